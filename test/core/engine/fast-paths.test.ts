/**
 * The engine's fast paths must not change a result. Each test compares a fast path with the slow path it replaced
 * (or with the general computation it shortcuts) — no expected number is typed in by hand here: the hand-checked
 * numbers live in the rule tests, and these tests pin that the shortcuts agree with those rules.
 */
import {
  aggregateMeasures,
  aggregateSubPeriods,
  columnTable,
  computeOwnRegionResults,
  computeProgress,
  computeResults,
  computeScorecard,
  endTarget,
  type Period,
  parseCatalog,
  periodKey,
  projectToYear,
  type SubPeriodValue,
} from '@satata/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { syntheticCatalog } from '../../../bench/fixtures/synthetic-catalog.ts';
import { catalog, observations, regions } from './fixtures.ts';

/** The fixtures with the formula dataset `rt` (three households of 2025, one poor): formula and composite rows. */
const formulaInput = () => ({
  catalog,
  observations,
  regions,
  datasets: {
    rt: columnTable({
      kel: ['33.74.01.1001', '33.74.01.1002', '33.74.02.1001'],
      tahun: [2025, 2025, 2025],
      miskin: [true, false, false],
    }),
  },
});

const shuffle = <T>(xs: readonly T[], seed: number): T[] => {
  const out = [...xs];
  let s = seed >>> 0 || 1;
  for (let i = out.length - 1; i > 0; i--) {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
};

describe('computeScorecard takes shortcuts (years only, roll-ups into the kota only) without changing a row', () => {
  // Illustrative synthetic data (seeded): kelurahan rates rolled up, partial sums, range and quarterly targets,
  // 20 % of the values missing so that reasons and partial years occur too.
  const data = syntheticCatalog({ seed: 11, indicators: 24, disaggregated: 6, missingShare: 0.2 });
  const full = computeResults(data).rows;
  const kotaYear = (kode: string, tahun: number) =>
    full.find(
      (r) => r.indikator === kode && r.wilayah === '33.74' && r.periodKind === 'year' && r.tahun === tahun,
    );

  it('each scorecard row deep-equals the kota year row of computeResults (latest year with data)', () => {
    const { rows } = computeScorecard(data);
    expect(rows).toHaveLength(data.catalog.indikator.length);
    for (const r of rows) expect(r).toEqual(kotaYear(r.indikator, r.tahun));
  });

  it('…and for every year asked for (a row for every indicator that has that year, no other)', () => {
    const allIssues = computeResults(data).issues;
    for (let tahun = 2021; tahun <= 2026; tahun++) {
      const { rows, issues } = computeScorecard(data, { tahun });
      const expected = data.catalog.indikator.flatMap((i) => kotaYear(i.kode, tahun) ?? []);
      expect(rows).toEqual(expected);
      expect(issues).toEqual(allIssues);
    }
  });

  it('…and an indicator without any realisation shows the catalog’s latest year with data', () => {
    // The same data with every observation of one indicator taken out, and another's values all reported empty.
    const cols = [
      'indikator',
      'wilayah',
      'periode',
      'nilai',
      'numerator',
      'denominator',
      'sumber',
      'diperbarui',
    ];
    const kept: Record<string, unknown[]> = Object.fromEntries(cols.map((c) => [c, []]));
    const arrays = cols.map((c) => data.observations.array(c) as unknown[]);
    const ind = arrays[0] as string[];
    for (let i = 0; i < ind.length; i++) {
      if (ind[i] === 'IKU-008') continue;
      cols.forEach((c, k) => {
        const emptied = ind[i] === 'IKU-009' && (c === 'nilai' || c === 'numerator' || c === 'denominator');
        kept[c]!.push(emptied ? null : arrays[k]![i]);
      });
    }
    const input = { ...data, observations: columnTable(kept) };
    const all = computeResults(input).rows;
    const { rows } = computeScorecard(input);
    expect(rows).toHaveLength(data.catalog.indikator.length);
    const latest = Math.max(
      ...all.filter((r) => r.periodKind === 'year' && r.realisasi !== null).map((r) => r.tahun),
    );
    for (const kode of ['IKU-008', 'IKU-009']) {
      const row = rows.find((r) => r.indikator === kode)!;
      expect(row.realisasi).toBeNull();
      expect(row.tahun).toBe(latest);
    }
    for (const r of rows) {
      expect(r).toEqual(
        all.find((x) => x.indikator === r.indikator && x.wilayah === '33.74' && x.periode === r.periode),
      );
    }
  });

  it('…also with formula datasets, composites and a kecamatan that reports its own values', () => {
    const input = formulaInput();
    const all = computeResults(input).rows;
    for (const r of computeScorecard(input).rows) {
      expect(r).toEqual(
        all.find((x) => x.indikator === r.indikator && x.wilayah === r.wilayah && x.periode === r.periode),
      );
    }
  });
});

describe('computeOwnRegionResults builds only the kota rows, each equal to its row of computeResults', () => {
  const kotaRows = (rows: readonly { wilayah: string }[]) => rows.filter((r) => r.wilayah === '33.74');

  it('on synthetic data with roll-ups, partial years, sub-periods and missing values (several seeds)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10_000 }),
        fc.double({ min: 0, max: 0.4, noNaN: true }),
        (seed, missing) => {
          const data = syntheticCatalog({ seed, indicators: 8, disaggregated: 4, missingShare: missing });
          const full = computeResults(data);
          const own = computeOwnRegionResults(data);
          expect(own.rows.length).toBeGreaterThan(0);
          expect(own.rows.every((r) => r.wilayah === data.catalog.wilayah)).toBe(true);
          expect(own.rows).toEqual(kotaRows(full.rows));
          expect(own.issues).toEqual(full.issues);
        },
      ),
      { numRuns: 12 },
    );
  });

  it('with formula datasets, composites and a kecamatan that reports its own values', () => {
    const input = formulaInput();
    const own = computeOwnRegionResults(input).rows;
    expect(own.some((r) => r.periodKind !== 'year')).toBe(true);
    expect(own).toEqual(kotaRows(computeResults(input).rows));
  });
});

describe('shared result parts', () => {
  const { rows } = computeResults(syntheticCatalog({ seed: 3, indicators: 12, disaggregated: 2 }));

  it('flags and missing are frozen, so a consumer cannot change another row through a shared object', () => {
    for (const r of rows) {
      expect(Object.isFrozen(r.flags)).toBe(true);
      expect(Object.isFrozen(r.missing)).toBe(true);
    }
    const r = rows[0]!;
    expect(() => {
      (r.flags as { ditekan: boolean }).ditekan = !r.flags.ditekan;
    }).toThrow(TypeError);
  });

  it('rows with equal flags share one object and equal objects only', () => {
    const byJson = new Map<string, object>();
    for (const r of rows) {
      const k = JSON.stringify(r.flags);
      const seen = byJson.get(k);
      if (seen) expect(r.flags).toBe(seen);
      else byJson.set(k, r.flags);
    }
    expect(byJson.size).toBeGreaterThan(1);
  });

  it('progress against the RPJMD is on year rows; a sub-period row says it is judged per year', () => {
    for (const r of rows) {
      if (r.periodKind === 'year') expect(r.missing.progres).not.toBe('year-only');
      else {
        expect(r.progres).toBeNull();
        expect(r.missing).toMatchObject({ progres: 'year-only', proyeksi: 'year-only' });
      }
    }
  });

  it('a period key is the canonical key whatever path built it', () => {
    for (const r of rows) {
      expect(r.periode).toBe(periodKey({ kind: r.periodKind, year: r.tahun, index: indexOf(r.periode) }));
    }
  });
});

const indexOf = (key: string) => (key.includes('-Q') ? Number(key.slice(-1)) : 1);

const yearPoint = fc.record({
  tahun: fc.integer({ min: 2018, max: 2026 }),
  nilai: fc.double({ min: -1e4, max: 1e4, noNaN: true }),
});

describe('in-order fast paths equal the general (sorting) path', () => {
  it('projectToYear gives the same projection for points in any order (property)', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(yearPoint, { maxLength: 8, selector: (p) => p.tahun }),
        fc.boolean(),
        fc.nat(),
        (pts, cagr, seed) => {
          const sorted = [...pts].sort((a, b) => a.tahun - b.tahun);
          const m = cagr ? 'cagr' : 'linear';
          expect(projectToYear(sorted, 2026, m)).toEqual(projectToYear(shuffle(pts, seed), 2026, m));
        },
      ),
    );
  });

  it('computeProgress: unordered points, ordered points and a precomputed end target agree (property)', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(yearPoint, { maxLength: 7, selector: (p) => p.tahun }),
        fc.constantFrom('sum', 'last', 'mean', 'max') as fc.Arbitrary<'sum' | 'last' | 'mean' | 'max'>,
        fc.constantFrom('positif', 'negatif') as fc.Arbitrary<'positif' | 'negatif'>,
        fc.integer({ min: 2019, max: 2026 }),
        fc.nat(),
        (pts, agregasi, polaritas, tahun, seed) => {
          const targets = {
            '2021': 10,
            '2022': 12,
            '2023': 14,
            '2024': { min: 15, max: 17 },
            '2025': 18,
            '2026': 20,
          };
          const base = {
            agregasi,
            polaritas,
            proyeksi: 'linear' as const,
            tahun,
            tahunMulai: 2021,
            tahunAkhir: 2026,
            targets,
          };
          const sorted = [...pts].sort((a, b) => a.tahun - b.tahun);
          const slow = computeProgress({ ...base, yearly: shuffle(pts, seed) });
          expect(computeProgress({ ...base, yearly: sorted })).toEqual(slow);
          expect(
            computeProgress({
              ...base,
              yearly: sorted,
              targetAkhir: endTarget(targets, agregasi, 2021, 2026),
            }),
          ).toEqual(slow);
        },
      ),
    );
  });

  const sub = fc
    .record({
      kind: fc.constantFrom('quarter', 'month', 'semester') as fc.Arbitrary<Period['kind']>,
      index: fc.integer({ min: 1, max: 12 }),
      nilai: fc.oneof(fc.integer({ min: -50, max: 500 }), fc.constant(null)),
      ditekan: fc.boolean(),
      parts: fc.boolean(),
    })
    .map(({ kind, index, nilai, ditekan, parts }): SubPeriodValue => {
      const max = kind === 'month' ? 12 : kind === 'quarter' ? 4 : 2;
      const period: Period = { kind, year: 2025, index: ((index - 1) % max) + 1 };
      return {
        periode: periodKey(period),
        period,
        nilai,
        numerator: parts && nilai !== null ? nilai * 3 : null,
        denominator: parts && nilai !== null ? 300 : null,
        ditekan,
      };
    });

  it('aggregateSubPeriods gives the same aggregate for sub-periods in any order (property)', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(sub, { maxLength: 10, selector: (v) => v.periode }),
        fc.constantFrom('sum', 'last', 'mean', 'max') as fc.Arbitrary<'sum' | 'last' | 'mean' | 'max'>,
        fc.nat(),
        (values, agregasi, seed) => {
          expect(aggregateSubPeriods(shuffle(values, seed), agregasi)).toEqual(
            aggregateSubPeriods(values, agregasi),
          );
        },
      ),
    );
  });
});

describe('aggregateMeasures key encoding (lookup array for small integer columns, runs of equal codes)', () => {
  const spec = (region: string) => ({
    regionField: region,
    periodField: 'tahun',
    measures: {
      n: { op: 'count' as const, filters: [] },
      miskin: { op: 'count' as const, filters: [{ field: 'miskin', op: 'eq' as const, value: 1 }] },
      jiwa: { op: 'sum' as const, field: 'jiwa', filters: [] },
    },
  });
  const row = fc.record({
    kel: fc.integer({ min: 0, max: 5 }),
    tahun: fc.integer({ min: 2020, max: 2024 }),
    miskin: fc.integer({ min: 0, max: 1 }),
    jiwa: fc.integer({ min: 1, max: 9 }),
  });

  it('typed-array key columns give the same table, in the same order, as plain arrays (property)', () => {
    fc.assert(
      fc.property(fc.array(row, { maxLength: 60 }), fc.boolean(), (rows, wide) => {
        // `wide` spreads region codes over more than the lookup array's span, forcing the Map path.
        const kelValue = (k: number) => (wide ? k * 100_000 : k);
        const plain = columnTable({
          kel: rows.map((r) => kelValue(r.kel)),
          tahun: rows.map((r) => r.tahun),
          miskin: rows.map((r) => r.miskin),
          jiwa: rows.map((r) => r.jiwa),
        });
        const typed = columnTable({
          kel: Int32Array.from(rows, (r) => kelValue(r.kel)),
          tahun: Uint16Array.from(rows, (r) => r.tahun),
          miskin: Uint8Array.from(rows, (r) => r.miskin),
          jiwa: Uint8Array.from(rows, (r) => r.jiwa),
        });
        expect(aggregateMeasures(typed, spec('kel')).objects()).toEqual(
          aggregateMeasures(plain, spec('kel')).objects(),
        );
      }),
    );
  });

  it('string codes in runs and interleaved give the same sums per group', () => {
    const kel = ['33.74.01.1001', '33.74.01.1002', '33.74.02.1001'];
    const n = 300;
    const runs = Array.from({ length: n }, (_, i) => kel[Math.floor((i * kel.length) / n)]!);
    const interleaved = Array.from({ length: n }, (_, i) => kel[i % kel.length]!);
    const cols = (codes: string[]) =>
      columnTable({
        kode: codes,
        tahun: new Int16Array(n).fill(2024),
        miskin: Uint8Array.from({ length: n }, (_, i) => (i % 4 === 0 ? 1 : 0)),
        jiwa: Uint8Array.from({ length: n }, (_, i) => 1 + (i % 5)),
      });
    const byRegion = (codes: string[]) =>
      Object.fromEntries(
        aggregateMeasures(cols(codes), spec('kode'))
          .objects()
          .map((o) => [(o as { wilayah: string }).wilayah, o]),
      );
    // The loop below is the reference: counts and sums per code over the same rows.
    for (const codes of [runs, interleaved]) {
      const got = byRegion(codes);
      for (const k of kel) {
        let count = 0;
        let poor = 0;
        let jiwa = 0;
        codes.forEach((c, i) => {
          if (c !== k) return;
          count++;
          poor += i % 4 === 0 ? 1 : 0;
          jiwa += 1 + (i % 5);
        });
        expect(got[k]).toEqual({ wilayah: k, periode: 2024, n: count, miskin: poor, jiwa });
      }
    }
  });
});

describe('sub-period rows of one kind are built incrementally, as aggregateSubPeriods would choose them', () => {
  it('each triwulan row to date equals aggregateSubPeriods over the year up to it (property)', () => {
    const quarter = fc.record({
      q: fc.integer({ min: 1, max: 4 }),
      v: fc.option(fc.integer({ min: 0, max: 500 }), { nil: null }),
      ditekan: fc.boolean(),
    });
    fc.assert(
      fc.property(
        fc.uniqueArray(quarter, { selector: (x) => x.q, maxLength: 4 }),
        fc.constantFrom('sum', 'last', 'mean', 'max') as fc.Arbitrary<'sum' | 'last' | 'mean' | 'max'>,
        fc.constantFrom('tidak-ada-data', 'nol') as fc.Arbitrary<'tidak-ada-data' | 'nol'>,
        (qs, agregasi, periodeKosong) => {
          const cat = parseCatalog({
            ...catalog,
            indikator: [{ ...catalog.indikator[0]!, agregasi, periodeKosong, baseline: undefined }],
          });
          const kode = cat.indikator[0]!.kode;
          const observations = qs.map((x) => ({
            indikator: kode,
            wilayah: '33.74',
            periode: `2025-Q${x.q}`,
            nilai: x.ditekan ? null : x.v,
            status: x.ditekan ? ('ditekan' as const) : undefined,
          }));
          const { rows } = computeResults({ catalog: cat, observations });
          const values: SubPeriodValue[] = qs.map((x) => {
            const period: Period = { kind: 'quarter', year: 2025, index: x.q };
            return { periode: periodKey(period), period, nilai: x.ditekan ? null : x.v, ditekan: x.ditekan };
          });
          for (const x of qs) {
            const r = rows.find((row) => row.periode === `2025-Q${x.q}`)!;
            const expected = aggregateSubPeriods(values, agregasi, {
              sampaiBulan: x.q * 3,
              selesai: true,
              periodeKosong,
            });
            expect(r.realisasi).toBe(expected.nilai);
            expect(r.sumberPeriode).toEqual(expected.sumberPeriode);
            expect(r.flags.kosongNol).toBe(expected.kosongNol && expected.nilai !== null);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
