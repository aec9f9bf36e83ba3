/**
 * Observations carry their own `ilustratif` flag, and result rows say whether their realisation was made from an
 * illustrative observation (`flags.realisasiIlustratif`). Hand-checked cases (a roll-up, a year from triwulan, a
 * composite, input handling), then properties: a row is flagged iff an observation it was made from is marked,
 * and marking observations changes nothing else. The figures are made up for the tests.
 */
import {
  type Catalog,
  columnTable,
  computeResults,
  computeScorecard,
  type IndicatorInput,
  type IndicatorResult,
  type Observation,
  parseCatalog,
  type Region,
} from '@satata/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { base as indicatorBase } from './fixtures.ts';

const KOTA = '33.74';
const KEC1 = '33.74.01';
const KEC2 = '33.74.02';
const K11 = '33.74.01.1001';
const K12 = '33.74.01.1002';
const K21 = '33.74.02.1001';
const K22 = '33.74.02.1002';

const regions: Region[] = [
  { kode: KOTA, nama: 'Kota', level: 'kota' },
  { kode: KEC1, nama: 'Kec 1', level: 'kecamatan', induk: KOTA },
  { kode: KEC2, nama: 'Kec 2', level: 'kecamatan', induk: KOTA },
  { kode: K11, nama: 'Kel 1-1', level: 'kelurahan', induk: KEC1 },
  { kode: K12, nama: 'Kel 1-2', level: 'kelurahan', induk: KEC1 },
  { kode: K21, nama: 'Kel 2-1', level: 'kelurahan', induk: KEC2 },
  { kode: K22, nama: 'Kel 2-2', level: 'kelurahan', induk: KEC2 },
];

/** Every indicator here is estimated at all three levels. */
const base = (kode: string, extra: Partial<IndicatorInput>): IndicatorInput =>
  indicatorBase(kode, { levelEstimasi: ['kota', 'kecamatan', 'kelurahan'], ...extra });

const catalog: Catalog = parseCatalog({
  id: 'uji-ilustratif',
  nama: { id: 'Uji ilustratif' },
  wilayah: KOTA,
  rpjmd: { mulai: 2021, akhir: 2026 },
  indikator: [
    base('RATE', { polaritas: 'negatif', target: { '2024': 10 } }),
    base('JUMLAH', { satuan: 'orang', agregasi: 'sum', frekuensi: 'triwulanan', target: { '2024': 400 } }),
    base('STOK', { satuan: 'unit', frekuensi: 'triwulanan', levelEstimasi: ['kota'] }),
    base('KOMP', {
      satuan: 'indeks',
      levelEstimasi: ['kota'],
      komposit: { metode: 'mean', basis: 'realisasi', komponen: [{ kode: 'RATE' }, { kode: 'STOK' }] },
    }),
    base('TARGETILUS', { levelEstimasi: ['kota'], ilustratif: true, target: { '2024': 5 } }),
  ],
});

const row = (rows: readonly IndicatorResult[], indikator: string, wilayah: string, periode: string) => {
  const r = rows.find((x) => x.indikator === indikator && x.wilayah === wilayah && x.periode === periode);
  if (!r) throw new Error(`no row ${indikator} ${wilayah} ${periode}`);
  return r;
};

describe('realisasiIlustratif, hand-checked', () => {
  it('a roll-up with one illustrative kelurahan marks the kelurahan, its kecamatan and the kota only', () => {
    const observations: Observation[] = [
      { indikator: 'RATE', wilayah: K11, periode: '2024', numerator: 10, denominator: 100 },
      { indikator: 'RATE', wilayah: K12, periode: '2024', numerator: 30, denominator: 200, ilustratif: true },
      { indikator: 'RATE', wilayah: K21, periode: '2024', numerator: 5, denominator: 100 },
      {
        indikator: 'RATE',
        wilayah: K22,
        periode: '2024',
        numerator: 15,
        denominator: 100,
        ilustratif: false,
      },
    ];
    const { rows, issues } = computeResults({ catalog, observations, regions });
    expect(issues).toEqual([]);
    const flag = (w: string) => row(rows, 'RATE', w, '2024').flags;
    expect(flag(K11).realisasiIlustratif).toBe(false);
    expect(flag(K12)).toMatchObject({ realisasiIlustratif: true, ilustratif: true });
    expect(flag(K21).realisasiIlustratif).toBe(false);
    expect(flag(K22).realisasiIlustratif).toBe(false);
    // Kec 1 = (10 + 30) / (100 + 200) = 13.33 %, made from Kel 1-2: illustrative. Kec 2 = 20 / 200 = 10 %: not.
    expect(row(rows, 'RATE', KEC1, '2024').realisasi).toBeCloseTo((40 / 300) * 100, 10);
    expect(flag(KEC1)).toMatchObject({ realisasiIlustratif: true, ilustratif: true });
    expect(row(rows, 'RATE', KEC2, '2024').realisasi).toBeCloseTo(10, 10);
    expect(flag(KEC2)).toMatchObject({ realisasiIlustratif: false, ilustratif: false });
    // Kota = 60 / 500 = 12 %, made from all four kelurahan.
    expect(row(rows, 'RATE', KOTA, '2024').realisasi).toBeCloseTo(12, 10);
    expect(flag(KOTA).realisasiIlustratif).toBe(true);
    // The RPJMD years without data are not made from anything.
    expect(row(rows, 'RATE', KOTA, '2021').flags.realisasiIlustratif).toBe(false);
  });

  it("a kecamatan's own published figure is not marked by its illustrative kelurahan; the kota still is", () => {
    const observations: Observation[] = [
      { indikator: 'RATE', wilayah: KEC1, periode: '2024', nilai: 13 },
      { indikator: 'RATE', wilayah: K11, periode: '2024', numerator: 10, denominator: 100 },
      { indikator: 'RATE', wilayah: K12, periode: '2024', numerator: 30, denominator: 200, ilustratif: true },
      { indikator: 'RATE', wilayah: K21, periode: '2024', numerator: 5, denominator: 100 },
      { indikator: 'RATE', wilayah: K22, periode: '2024', numerator: 15, denominator: 100 },
    ];
    const { rows } = computeResults({ catalog, observations, regions });
    expect(row(rows, 'RATE', KEC1, '2024')).toMatchObject({ realisasi: 13 });
    expect(row(rows, 'RATE', KEC1, '2024').flags.realisasiIlustratif).toBe(false);
    // Every ancestor sums the finest level (kelurahan) directly, Kel 1-2 included.
    expect(row(rows, 'RATE', KOTA, '2024').realisasi).toBeCloseTo(12, 10);
    expect(row(rows, 'RATE', KOTA, '2024').flags.realisasiIlustratif).toBe(true);
  });

  it('a year summed from triwulan is marked when one triwulan is; each triwulan to date from then on', () => {
    const q = (periode: string, nilai: number, ilustratif?: boolean): Observation => ({
      indikator: 'JUMLAH',
      wilayah: KOTA,
      periode,
      nilai,
      ...(ilustratif === undefined ? {} : { ilustratif }),
    });
    const observations = [q('2024-Q1', 90), q('2024-Q2', 110), q('2024-Q3', 100, true), q('2024-Q4', 120)];
    const { rows } = computeResults({ catalog, observations, regions });
    // 90 + 110 + 100 + 120 = 420, from all four triwulan.
    expect(row(rows, 'JUMLAH', KOTA, '2024')).toMatchObject({ realisasi: 420 });
    expect(row(rows, 'JUMLAH', KOTA, '2024').flags.realisasiIlustratif).toBe(true);
    // To date: Q1 = 90, Q2 = 200 (no illustrative part), Q3 = 300 and Q4 = 420 include triwulan III.
    const marks = ['2024-Q1', '2024-Q2', '2024-Q3', '2024-Q4'].map((p) => {
      const r = row(rows, 'JUMLAH', KOTA, p);
      return [r.realisasi, r.flags.realisasiIlustratif];
    });
    expect(marks).toEqual([
      [90, false],
      [200, false],
      [300, true],
      [420, true],
    ]);
  });

  it('a `last` year takes triwulan IV alone, so an illustrative triwulan III does not mark it', () => {
    const observations: Observation[] = [
      { indikator: 'STOK', wilayah: KOTA, periode: '2024-Q3', nilai: 7, ilustratif: true },
      { indikator: 'STOK', wilayah: KOTA, periode: '2024-Q4', nilai: 8 },
    ];
    const { rows } = computeResults({ catalog, observations, regions });
    expect(row(rows, 'STOK', KOTA, '2024')).toMatchObject({ realisasi: 8, sumberPeriode: ['2024-Q4'] });
    expect(row(rows, 'STOK', KOTA, '2024').flags.realisasiIlustratif).toBe(false);
    expect(row(rows, 'STOK', KOTA, '2024-Q3').flags.realisasiIlustratif).toBe(true);
    expect(row(rows, 'STOK', KOTA, '2024-Q4').flags.realisasiIlustratif).toBe(false);
  });

  it('a composite is marked when a component realisation is, in that year only', () => {
    const observations: Observation[] = [
      { indikator: 'RATE', wilayah: KOTA, periode: '2023', nilai: 10 },
      { indikator: 'RATE', wilayah: KOTA, periode: '2024', nilai: 12 },
      { indikator: 'STOK', wilayah: KOTA, periode: '2023', nilai: 20 },
      { indikator: 'STOK', wilayah: KOTA, periode: '2024', nilai: 30, ilustratif: true },
    ];
    const { rows } = computeResults({ catalog, observations, regions });
    // Mean of the components: 2023 (10 + 20) / 2 = 15, 2024 (12 + 30) / 2 = 21.
    expect(row(rows, 'KOMP', KOTA, '2023')).toMatchObject({ realisasi: 15 });
    expect(row(rows, 'KOMP', KOTA, '2023').flags.realisasiIlustratif).toBe(false);
    expect(row(rows, 'KOMP', KOTA, '2024')).toMatchObject({ realisasi: 21 });
    expect(row(rows, 'KOMP', KOTA, '2024').flags).toMatchObject({
      realisasiIlustratif: true,
      ilustratif: true,
    });
  });

  it('an illustrative catalog indicator with published data: ilustratif without realisasiIlustratif', () => {
    const observations: Observation[] = [
      { indikator: 'TARGETILUS', wilayah: KOTA, periode: '2024', nilai: 4 },
    ];
    const { rows } = computeScorecard({ catalog, observations, regions }, { tahun: 2024 });
    expect(rows.find((r) => r.indikator === 'TARGETILUS')!.flags).toMatchObject({
      ilustratif: true,
      realisasiIlustratif: false,
    });
  });

  it('a marked suppressed cell marks the rows made from it, which stay missing', () => {
    const observations: Observation[] = [
      { indikator: 'RATE', wilayah: KOTA, periode: '2024', nilai: null, status: 'ditekan', ilustratif: true },
    ];
    const r = row(computeResults({ catalog, observations, regions }).rows, 'RATE', KOTA, '2024');
    expect(r).toMatchObject({ realisasi: null, missing: { realisasi: 'suppressed' } });
    expect(r.flags).toMatchObject({ ditekan: true, realisasiIlustratif: true, ilustratif: true });
  });

  it('flags stay interned: one frozen object per combination', () => {
    const observations: Observation[] = [
      { indikator: 'STOK', wilayah: KOTA, periode: '2023', nilai: 1, ilustratif: true },
      { indikator: 'STOK', wilayah: KOTA, periode: '2024', nilai: 2, ilustratif: true },
    ];
    const { rows } = computeResults({ catalog, observations, regions });
    const a = row(rows, 'STOK', KOTA, '2023').flags;
    const b = row(rows, 'STOK', KOTA, '2024').flags;
    expect(a).toBe(b);
    expect(Object.isFrozen(a)).toBe(true);
    expect(Object.keys(a)).toEqual([
      'capaianNegatif',
      'kecilDenominator',
      'ditekan',
      'ilustratif',
      'seriBerubah',
      'sebagian',
      'realisasiIlustratif',
      'kosongNol',
    ]);
  });
});

describe('the ilustratif column', () => {
  const obs = (periode: string, ilustratif: unknown) => ({
    indikator: 'STOK',
    wilayah: KOTA,
    periode,
    nilai: 1,
    ilustratif,
  });
  const flagOf = (rows: readonly IndicatorResult[], p: string) =>
    row(rows, 'STOK', KOTA, p).flags.realisasiIlustratif;

  it('reads a boolean column and a 0/1 column of a ColumnTable; an absent column is all false', () => {
    const common = {
      indikator: ['STOK', 'STOK', 'STOK'],
      wilayah: [KOTA, KOTA, KOTA],
      periode: ['2022', '2023', '2024'],
      nilai: [1, 2, 3],
    };
    for (const column of [[true, false, null], Int8Array.from([1, 0, 0]), [1, 0, undefined]]) {
      const { rows, issues } = computeResults({
        catalog,
        observations: columnTable({ ...common, ilustratif: column } as never),
        regions,
      });
      expect(issues).toEqual([]);
      expect(['2022', '2023', '2024'].map((p) => flagOf(rows, p))).toEqual([true, false, false]);
    }
    const { rows } = computeResults({ catalog, observations: columnTable(common), regions });
    expect(['2022', '2023', '2024'].map((p) => flagOf(rows, p))).toEqual([false, false, false]);
  });

  it('rejects any other value with an issue naming row, field and expectation', () => {
    const observations = [obs('2022', true), obs('2023', 'ya'), obs('2024', 2), obs('2025', 'true')];
    for (const input of [
      observations as unknown as Observation[],
      columnTable({
        indikator: observations.map((o) => o.indikator),
        wilayah: observations.map((o) => o.wilayah),
        periode: observations.map((o) => o.periode),
        nilai: observations.map((o) => o.nilai),
        ilustratif: observations.map((o) => o.ilustratif),
      }),
    ]) {
      const { rows, issues } = computeResults({ catalog, observations: input, regions });
      const expected = 'true/false (atau 1/0), atau kosong';
      expect(issues).toEqual([
        {
          code: 'schema',
          severity: 'error',
          source: 'observasi',
          row: 1,
          field: 'ilustratif',
          value: 'ya',
          expected,
          indikator: 'STOK',
        },
        {
          code: 'schema',
          severity: 'error',
          source: 'observasi',
          row: 2,
          field: 'ilustratif',
          value: 2,
          expected,
          indikator: 'STOK',
        },
        {
          code: 'schema',
          severity: 'error',
          source: 'observasi',
          row: 3,
          field: 'ilustratif',
          value: 'true',
          expected,
          indikator: 'STOK',
        },
      ]);
      // The rejected rows give no number.
      expect(row(rows, 'STOK', KOTA, '2023').realisasi).toBeNull();
      expect(row(rows, 'STOK', KOTA, '2022').flags.realisasiIlustratif).toBe(true);
    }
  });

  it('a duplicate kept once is illustrative when either copy is', () => {
    const { rows, issues } = computeResults({
      catalog,
      observations: [obs('2024', false), obs('2024', true)] as Observation[],
      regions,
    });
    expect(issues.map((i) => [i.code, i.severity, i.row])).toEqual([['duplicate-key', 'warning', 1]]);
    expect(row(rows, 'STOK', KOTA, '2024')).toMatchObject({ realisasi: 1 });
    expect(flagOf(rows, '2024')).toBe(true);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Properties over generated observations of the catalog above.

const LEVEL = new Map(regions.map((r) => [r.kode, r.level]));
const DEPTH = { provinsi: 0, kota: 1, kecamatan: 2, kelurahan: 3 } as const;
const PARENT = new Map(regions.map((r) => [r.kode, r.induk]));
const isAncestor = (a: string, c: string) => {
  for (let p = PARENT.get(c); p !== undefined; p = PARENT.get(p)) if (p === a) return true;
  return false;
};
const PERIODS = ['2023', '2024', '2024-Q1', '2024-Q2', '2024-Q3', '2024-Q4', '2025-Q1', '2025-Q2', '2025-S1'];
const CODES = regions.map((r) => r.kode);

type Value = Pick<Observation, 'nilai' | 'numerator' | 'denominator' | 'status'>;
const valueArb: fc.Arbitrary<Value> = fc.oneof(
  { weight: 5, arbitrary: fc.integer({ min: 0, max: 500 }).map((nilai) => ({ nilai })) },
  {
    weight: 3,
    arbitrary: fc
      .tuple(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 400 }))
      .map(([n, d]) => ({ numerator: n, denominator: n + d })),
  },
  { weight: 1, arbitrary: fc.constant({ nilai: null }) },
  { weight: 1, arbitrary: fc.constant({ nilai: null, status: 'ditekan' as const }) },
);
const obsArb = fc
  .uniqueArray(
    fc.record({
      indikator: fc.constantFrom('RATE', 'JUMLAH', 'STOK'),
      wilayah: fc.constantFrom(...CODES),
      periode: fc.constantFrom(...PERIODS),
    }),
    { selector: (o) => `${o.indikator}|${o.wilayah}|${o.periode}`, maxLength: 40 },
  )
  .chain((keys) =>
    fc.tuple(
      fc.constant(keys),
      fc.array(valueArb, { minLength: keys.length, maxLength: keys.length }),
      fc.array(fc.boolean(), { minLength: keys.length, maxLength: keys.length }),
    ),
  )
  .map(([keys, values, marks]) => ({
    plain: keys.map((k, i) => ({ ...k, ...values[i]! })) as Observation[],
    marks,
  }));

const mark = (plain: readonly Observation[], marks: readonly boolean[]) =>
  plain.map((o, i) => ({ ...o, ilustratif: marks[i]! }));

/**
 * The observations a row was made from, worked out from the observations and the row's `sumberPeriode` alone:
 * each listed period's cell is the region's own observation, or else the finest-level observations below it
 * (roll-up, to the indicator's `levelEstimasi` only); a missing year row with no sub-periods is made from its own (missing or suppressed) year cell. A
 * composite row is made from whatever its component rows of that region and year were made from.
 */
function contributing(obs: readonly Observation[], rows: readonly IndicatorResult[]) {
  const byKey = new Map(obs.map((o, i) => [`${o.indikator}|${o.wilayah}|${o.periode}`, i]));
  const finest = new Map<string, number>();
  for (const o of obs)
    finest.set(o.indikator, Math.max(finest.get(o.indikator) ?? 0, DEPTH[LEVEL.get(o.wilayah)!]));
  const cellObs = (ind: string, w: string, q: string): number[] => {
    const own = byKey.get(`${ind}|${w}|${q}`);
    if (own !== undefined) return [own];
    const depth = finest.get(ind) ?? 0;
    const levels: readonly string[] = catalog.indikator.find((i) => i.kode === ind)!.levelEstimasi;
    // Roll-ups go only to the indicator's levels, from the finest level observed.
    if (!levels.includes(LEVEL.get(w)!) || DEPTH[LEVEL.get(w)!] >= depth) return [];
    const out: number[] = [];
    obs.forEach((o, i) => {
      if (
        o.indikator === ind &&
        o.periode === q &&
        DEPTH[LEVEL.get(o.wilayah)!] === depth &&
        isAncestor(w, o.wilayah)
      )
        out.push(i);
    });
    return out;
  };
  const ofRow = (r: IndicatorResult): number[] => {
    const komp = catalog.indikator.find((i) => i.kode === r.indikator)!.komposit;
    if (komp) {
      return komp.komponen.flatMap((c) => {
        const cr = rows.find(
          (x) => x.indikator === c.kode && x.wilayah === r.wilayah && x.periode === r.periode,
        );
        return cr ? ofRow(cr) : [];
      });
    }
    const out = r.sumberPeriode.flatMap((q) => cellObs(r.indikator, r.wilayah, q));
    if (r.periodKind === 'year' && r.realisasi === null && r.sumberPeriode.length === 0) {
      const subs = PERIODS.filter((p) => p.startsWith(`${r.tahun}-`));
      if (!subs.some((q) => cellObs(r.indikator, r.wilayah, q).length > 0)) {
        out.push(...cellObs(r.indikator, r.wilayah, r.periode));
      }
    }
    return out;
  };
  return ofRow;
}

/** A row without its illustrative flags, to compare runs with and without marks. */
const unflagged = (r: IndicatorResult) => {
  const { ilustratif: _i, realisasiIlustratif: _r, ...flags } = r.flags;
  return { ...r, flags };
};

describe('realisasiIlustratif, properties', () => {
  it('a row is marked iff some observation it was made from is marked; ilustratif = catalog || realisation', () => {
    fc.assert(
      fc.property(obsArb, ({ plain, marks }) => {
        const observations = mark(plain, marks);
        const { rows, issues } = computeResults({ catalog, observations, regions });
        // Overlapping sub-periods that disagree are reported (warnings); nothing is rejected.
        expect(issues.filter((i) => i.code !== 'sub-period-conflict')).toEqual([]);
        const ofRow = contributing(observations, rows);
        for (const r of rows) {
          const expected = ofRow(r).some((i) => marks[i]);
          expect({
            row: `${r.indikator} ${r.wilayah} ${r.periode}`,
            marked: r.flags.realisasiIlustratif,
          }).toEqual({
            row: `${r.indikator} ${r.wilayah} ${r.periode}`,
            marked: expected,
          });
          const ind = catalog.indikator.find((i) => i.kode === r.indikator)!;
          expect(r.flags.ilustratif).toBe(ind.ilustratif || expected);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('marking observations changes no other field of any row, and unmarked runs mark nothing', () => {
    fc.assert(
      fc.property(obsArb, ({ plain, marks }) => {
        const unmarked = computeResults({ catalog, observations: plain, regions });
        const marked = computeResults({ catalog, observations: mark(plain, marks), regions });
        const allFalse = computeResults({
          catalog,
          observations: mark(
            plain,
            marks.map(() => false),
          ),
          regions,
        });
        expect(marked.issues).toEqual(unmarked.issues);
        expect(marked.rows.map(unflagged)).toEqual(unmarked.rows.map(unflagged));
        expect(allFalse.rows).toEqual(unmarked.rows);
        for (const r of unmarked.rows) {
          expect(r.flags.realisasiIlustratif).toBe(false);
          expect(r.flags.ilustratif).toBe(catalog.indikator.find((i) => i.kode === r.indikator)!.ilustratif);
        }
      }),
      { numRuns: 100 },
    );
  });
});
