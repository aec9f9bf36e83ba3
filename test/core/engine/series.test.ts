/**
 * Rules of a series of rows, checked through `computeResults` on small hand-made catalogs (illustrative numbers,
 * worked out by hand in the comments): range targets per indicator, sub-periods of several kinds, blanks, partial
 * years compared like with like, and "tetap".
 */
import { computeResults, type IndicatorResult, type Observation, parseCatalog } from '@satata/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { base, regions } from './fixtures.ts';

const KOTA = '33.74';
const find = (rows: readonly IndicatorResult[], indikator: string, periode: string, wilayah = KOTA) => {
  const r = rows.find((x) => x.indikator === indikator && x.wilayah === wilayah && x.periode === periode);
  if (!r) throw new Error(`no row ${indikator} ${wilayah} ${periode}`);
  return r;
};
const catalogOf = (...indikator: Parameters<typeof base>[1][]) =>
  parseCatalog({
    id: 'uji',
    nama: { id: 'Uji' },
    wilayah: KOTA,
    rpjmd: { mulai: 2021, akhir: 2026 },
    indikator: indikator.map((x, i) => base(`I${i}`, x)),
  });
const obs = (
  indikator: string,
  periode: string,
  nilai: number | null,
  extra: Partial<Observation> = {},
): Observation => ({
  indikator,
  wilayah: KOTA,
  periode,
  nilai,
  ...extra,
});

describe('range targets: the rule is per indicator (issue 10 §1)', () => {
  const catalog = catalogOf(
    // Growth rate, target range 5–6 %: above the range exceeds the target.
    { satuan: '%', target: { '2025': { min: 5, max: 6 } } },
    // Inflation 2,5 ± 1: bad on both sides.
    { satuan: '%', polaritas: 'negatif', rentang: 'dua-sisi', target: { '2025': { min: 1.5, max: 3.5 } } },
  );
  const { rows } = computeResults({
    catalog,
    observations: [obs('I0', '2025', 7), obs('I1', '2025', 4), obs('I1', '2024', 1)],
  });

  it('one catalog holds both: 7 against 5–6 is 7 / 6 = 116,67 (Sangat Tinggi); inflation 4 against 1,5–3,5 is (7 − 4) / 3,5 = 85,71 (Tinggi)', () => {
    expect(find(rows, 'I0', '2025')).toMatchObject({
      capaian: 116.67,
      kategori: 'sangat-tinggi',
      targetAcuan: 6,
    });
    expect(find(rows, 'I1', '2025')).toMatchObject({ capaian: 85.71, kategori: 'tinggi', targetAcuan: 3.5 });
  });

  it('progress to the end target uses the same rule', () => {
    // The end target of I0 (last) is the 2026 target: none → no progress; I1 neither.
    expect(find(rows, 'I0', '2025').missing.progres).toBe('no-end-target');
  });
});

describe('sub-periods never vanish silently (issue 10 §4)', () => {
  it('months January–March plus triwulan II–IV of a `sum` indicator make the whole year (12, not 9)', () => {
    const catalog = catalogOf({
      satuan: 'orang',
      agregasi: 'sum',
      frekuensi: 'bulanan',
      target: { '2025': 12 },
    });
    const { rows, issues } = computeResults({
      catalog,
      observations: [
        obs('I0', '2025-01', 1),
        obs('I0', '2025-02', 1),
        obs('I0', '2025-03', 1),
        obs('I0', '2025-Q2', 3),
        obs('I0', '2025-Q3', 3),
        obs('I0', '2025-Q4', 3),
      ],
    });
    expect(find(rows, 'I0', '2025')).toMatchObject({ realisasi: 12, capaian: 100, sampaiDengan: null });
    expect(find(rows, 'I0', '2025').flags.sebagian).toBe(false);
    // Triwulan II to date: January–March and triwulan II = 1 + 1 + 1 + 3 = 6.
    expect(find(rows, 'I0', '2025-Q2')).toMatchObject({ realisasi: 6, nilaiPeriode: 3 });
    expect(issues).toEqual([]);
  });

  it('semesters that disagree with the triwulan are reported, naming both, and the semester counts', () => {
    const catalog = catalogOf({ satuan: 'orang', agregasi: 'sum', frekuensi: 'triwulanan' });
    const { rows, issues } = computeResults({
      catalog,
      observations: [
        obs('I0', '2025-S1', 70),
        obs('I0', '2025-S2', 80),
        obs('I0', '2025-Q1', 30),
        obs('I0', '2025-Q2', 50),
      ],
    });
    expect(find(rows, 'I0', '2025').realisasi).toBe(150);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({
      code: 'sub-period-conflict',
      severity: 'warning',
      row: 0,
      field: 'nilai',
      value: {
        indikator: 'I0',
        wilayah: KOTA,
        periode: '2025-S1',
        nilai: 70,
        pembanding: ['2025-Q1', '2025-Q2'],
        nilaiPembanding: 80,
      },
    });
    expect(issues[0]!.expected).toMatch(
      /Semester I 2025 \(70\).*jumlah Triwulan I–II 2025 \(80\).*dipakai Semester I 2025/,
    );
  });

  it('an annual value wins over sub-periods that sum to something else, and the disagreement is reported', () => {
    const catalog = catalogOf({ satuan: 'orang', agregasi: 'sum', frekuensi: 'triwulanan' });
    const quarters = [10, 20, 30, 40].map((x, i) => obs('I0', `2025-Q${i + 1}`, x));
    const agree = computeResults({ catalog, observations: [obs('I0', '2025', 100), ...quarters] });
    expect(find(agree.rows, 'I0', '2025').realisasi).toBe(100);
    expect(agree.issues).toEqual([]);
    const disagree = computeResults({ catalog, observations: [obs('I0', '2025', 120), ...quarters] });
    expect(find(disagree.rows, 'I0', '2025')).toMatchObject({ realisasi: 120, sumberPeriode: ['2025'] });
    expect(disagree.issues.map((i) => [i.code, i.row])).toEqual([['sub-period-conflict', 0]]);
  });

  it("a blank month in a finished year: no value by default; counted as 0 with periodeKosong 'nol', and flagged", () => {
    const months = (skip: number) =>
      Array.from({ length: 12 }, (_, i) => i + 1)
        .filter((m) => m !== skip)
        .map((m) => obs('I0', `2024-${String(m).padStart(2, '0')}`, 10));
    const later = obs('I0', '2025-01', 10); // data has moved on: 2024 is finished
    const noData = computeResults({
      catalog: catalogOf({ satuan: 'orang', agregasi: 'sum', frekuensi: 'bulanan' }),
      observations: [...months(6), later],
    });
    expect(find(noData.rows, 'I0', '2024')).toMatchObject({
      realisasi: null,
      missing: { realisasi: 'sub-period-missing' },
    });
    const zero = computeResults({
      catalog: catalogOf({ satuan: 'orang', agregasi: 'sum', frekuensi: 'bulanan', periodeKosong: 'nol' }),
      observations: [...months(6), later],
    });
    const y = find(zero.rows, 'I0', '2024');
    expect(y).toMatchObject({ realisasi: 110, sampaiDengan: null });
    expect(y.flags).toMatchObject({ kosongNol: true, sebagian: false });
    // The month before the gap is unaffected; the month after it is a to-date sum with the blank as 0.
    expect(find(zero.rows, 'I0', '2024-07')).toMatchObject({ realisasi: 60 });
    expect(find(zero.rows, 'I0', '2024-07').flags.kosongNol).toBe(true);
    expect(find(zero.rows, 'I0', '2024-05').flags.kosongNol).toBe(false);
  });

  it('every observed sub-period is used or reported (property): the year of a `sum` is the total, missing, or flagged', () => {
    const catalog = catalogOf({ satuan: 'orang', agregasi: 'sum', frekuensi: 'bulanan' });
    const piece = fc.oneof(
      fc.integer({ min: 1, max: 12 }).map((m) => `2025-${String(m).padStart(2, '0')}`),
      fc.integer({ min: 1, max: 4 }).map((q) => `2025-Q${q}`),
      fc.integer({ min: 1, max: 2 }).map((s) => `2025-S${s}`),
    );
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.record({ p: piece, x: fc.integer({ min: 1, max: 1000 }) }), {
          selector: (r) => r.p,
          maxLength: 10,
        }),
        (cells) => {
          const { rows, issues } = computeResults({
            catalog,
            observations: cells.map((c) => obs('I0', c.p, c.x)),
          });
          const y = find(rows, 'I0', '2025');
          if (y.realisasi === null) {
            expect(y.missing.realisasi).toBeDefined();
            return;
          }
          // The used pieces never overlap, and every piece left out overlaps a used one.
          const mask = (k: string) => {
            const [, rest] = k.split('-');
            if (rest!.startsWith('S')) return Number(rest![1]) === 1 ? 0x3f : 0xfc0;
            if (rest!.startsWith('Q')) return 0b111 << ((Number(rest![1]) - 1) * 3);
            return 1 << (Number(rest) - 1);
          };
          let used = 0;
          for (const k of y.sumberPeriode) {
            expect(used & mask(k)).toBe(0);
            used |= mask(k);
          }
          for (const c of cells) if (!y.sumberPeriode.includes(c.p)) expect(used & mask(c.p)).not.toBe(0);
          const total = y.sumberPeriode.reduce((s, k) => s + cells.find((c) => c.p === k)!.x, 0);
          expect(y.realisasi).toBe(total);
          if (used !== 0xfff) expect(y.flags.sebagian).toBe(true);
          // A piece left out that disagrees with what was used is reported.
          if (issues.length > 0) expect(issues.every((i) => i.code === 'sub-period-conflict')).toBe(true);
        },
      ),
    );
  });
});

describe('partial years are compared like with like (issue 10 §5)', () => {
  // "Jumlah Kunjungan Wisatawan" (illustrative numbers): 2024 by triwulan, 2025 through triwulan III.
  const catalog = catalogOf({
    satuan: 'kunjungan',
    agregasi: 'sum',
    frekuensi: 'triwulanan',
    target: { '2024': 4_000_000, '2025': 4_400_000 },
  });
  const y2024 = [900_000, 1_000_000, 1_100_000, 1_200_000];
  const y2025 = [1_000_000, 1_050_000, 1_150_000];
  const observations = [
    ...y2024.map((x, i) => obs('I0', `2024-Q${i + 1}`, x)),
    ...y2025.map((x, i) => obs('I0', `2025-Q${i + 1}`, x)),
  ];
  const { rows } = computeResults({ catalog, observations });
  const y = find(rows, 'I0', '2025');

  it('the change of a partial year is against the same span of the previous year, and says so', () => {
    // 2025 through triwulan III: 3.200.000; 2024 triwulan I–III: 3.000.000 → +200.000 membaik (today: −663.353
    // against the whole of 2024, "memburuk").
    expect(y).toMatchObject({ realisasi: 3_200_000, sampaiDengan: '2025-Q3' });
    expect(y.flags.sebagian).toBe(true);
    expect(y.perubahan).toMatchObject({
      periodeSebelumnya: '2024',
      sampaiDengan: '2024-Q3',
      sebelumnya: 3_000_000,
      selisih: 200_000,
      arah: 'membaik',
    });
  });

  it('its capaian is against the target to date: 75 % of 4.400.000 = 3.300.000 → 96,97', () => {
    expect(y).toMatchObject({
      target: 3_300_000,
      targetBasis: 'pro-rata',
      capaian: 96.97,
      kategori: 'sangat-tinggi',
    });
  });

  it('the whole previous year is compared with the whole year before it', () => {
    expect(find(rows, 'I0', '2024')).toMatchObject({ realisasi: 4_200_000, sampaiDengan: null });
    expect(find(rows, 'I0', '2024').perubahan).toBeNull();
    expect(find(rows, 'I0', '2024').missing.perubahan).toBe('no-previous');
  });

  it('without sub-period data for that span there is no change, with its reason', () => {
    const annualOnly = computeResults({
      catalog,
      observations: [obs('I0', '2024', 4_200_000), ...y2025.map((x, i) => obs('I0', `2025-Q${i + 1}`, x))],
    }).rows;
    const r = find(annualOnly, 'I0', '2025');
    expect(r.perubahan).toBeNull();
    expect(r.missing.perubahan).toBe('no-comparable-period');
    // 2024 with triwulan I and III only: the span I–III is not covered either.
    const holes = computeResults({
      catalog,
      observations: [
        obs('I0', '2024-Q1', 1),
        obs('I0', '2024-Q3', 1),
        ...y2025.map((x, i) => obs('I0', `2025-Q${i + 1}`, x)),
      ],
    }).rows;
    expect(find(holes, 'I0', '2025').missing.perubahan).toBe('no-comparable-period');
  });

  it("a sum's triwulan row holds the year to date and is compared with the same span of the previous year", () => {
    // 2025-Q2: 1.000.000 + 1.050.000 = 2.050.000 to date; 2024 triwulan I–II: 900.000 + 1.000.000 = 1.900.000
    // → +150.000 (7,89 %), membaik — not the triwulan alone against triwulan I (1.050.000 − 1.000.000 = +50.000),
    // which the printed to-date value would contradict.
    const q2 = find(rows, 'I0', '2025-Q2');
    expect(q2).toMatchObject({ realisasi: 2_050_000, nilaiPeriode: 1_050_000 });
    expect(q2.perubahan).toMatchObject({
      periodeSebelumnya: '2024',
      sampaiDengan: '2024-Q2',
      sebelumnya: 1_900_000,
      selisih: 150_000,
      arah: 'membaik',
    });
    expect(q2.perubahan!.persen).toBeCloseTo((150_000 / 1_900_000) * 100, 10);
    // 2025-Q1 against 2024-Q1: 1.000.000 − 900.000 = +100.000.
    expect(find(rows, 'I0', '2025-Q1').perubahan).toMatchObject({
      sampaiDengan: '2024-Q1',
      selisih: 100_000,
    });
    // 2024's triwulan rows have no 2023 to compare with.
    expect(find(rows, 'I0', '2024-Q3').missing.perubahan).toBe('no-comparable-period');
  });

  it("a last-value indicator's triwulan row keeps the change against the previous triwulan", () => {
    const last = computeResults({
      catalog: catalogOf({ frekuensi: 'triwulanan' }),
      observations: [obs('I0', '2025-Q1', 4), obs('I0', '2025-Q2', 5)],
    }).rows;
    expect(find(last, 'I0', '2025-Q2').perubahan).toMatchObject({
      periodeSebelumnya: '2025-Q1',
      sampaiDengan: null,
      selisih: 1,
    });
  });

  it('ranks compare regions over the same span only', () => {
    const regional = parseCatalog({
      ...catalog,
      indikator: [{ ...catalog.indikator[0]!, levelEstimasi: ['kota', 'kecamatan'] }],
    });
    const out = computeResults({
      catalog: regional,
      observations: [
        obs('I0', '2025-Q1', 10, { wilayah: '33.74.01' }),
        obs('I0', '2025-Q2', 10, { wilayah: '33.74.01' }),
        obs('I0', '2025-Q1', 5, { wilayah: '33.74.02' }),
        obs('I0', '2025-Q2', 5, { wilayah: '33.74.02' }),
        obs('I0', '2025-Q3', 5, { wilayah: '33.74.02' }),
        obs('I0', '2025-Q1', 1, { wilayah: '33.74.03' }),
        obs('I0', '2025-Q2', 1, { wilayah: '33.74.03' }),
      ],
    }).rows;
    // 01 (20 through Q2) and 03 (2 through Q2) are ranked together; 02 (15 through Q3) alone.
    expect(find(out, 'I0', '2025', '33.74.01').peringkat).toBe(1);
    expect(find(out, 'I0', '2025', '33.74.03').peringkat).toBe(2);
    expect(find(out, 'I0', '2025', '33.74.02').peringkat).toBe(1);
  });
});

describe('"tetap" when nothing changed at display precision (issue 10 §6)', () => {
  it('a change that rounds to zero at the indicator’s decimals is tetap, whatever the polarity', () => {
    const catalog = catalogOf(
      { satuan: '%', polaritas: 'positif' },
      { satuan: '%', polaritas: 'negatif', desimal: 1 },
    );
    const { rows } = computeResults({
      catalog,
      observations: [
        obs('I0', '2024', 4.23),
        obs('I0', '2025', 4.234), // +0,004 → "±0,00"
        obs('I1', '2024', 5.2),
        obs('I1', '2025', 5.24), // +0,04 at 1 decimal → "±0,0"
      ],
    });
    expect(find(rows, 'I0', '2025').perubahan?.arah).toBe('tetap');
    expect(find(rows, 'I1', '2025').perubahan?.arah).toBe('tetap');
  });
});

describe('a `sum` rate is Σ numerator / Σ denominator, for the year and to date (issue 10 §10)', () => {
  // Cases per quarter (numerator) out of the population (denominator), in percent: 10 %, 30 %, 10 %, 10 %.
  const catalog = catalogOf({
    satuan: '%',
    agregasi: 'sum',
    frekuensi: 'triwulanan',
    target: { '2025': 20 },
  });
  const parts = [
    [10, 100],
    [30, 100],
    [20, 200],
    [40, 400],
  ];
  // Computed inside each test (not while collecting), so per-test coverage (Stryker) attributes the code to it.
  const rowsOf = () =>
    computeResults({
      catalog,
      observations: parts.map(([n, d], i) =>
        obs('I0', `2025-Q${i + 1}`, null, { numerator: n, denominator: d }),
      ),
    }).rows;

  it('the year: 100 / 800 × 100 = 12,5 % (not 60, the sum of the percentages)', () => {
    expect(find(rowsOf(), 'I0', '2025')).toMatchObject({
      realisasi: 12.5,
      numerator: 100,
      denominator: 800,
      // 12,5 / 20 × 100 = 62,5.
      capaian: 62.5,
    });
  });

  it('to date: triwulan II is 40 / 200 × 100 = 20 % (its own value 30 %)', () => {
    expect(find(rowsOf(), 'I0', '2025-Q2')).toMatchObject({
      realisasi: 20,
      nilaiPeriode: 30,
      numerator: 40,
      denominator: 200,
    });
  });

  it('a partial year is the rate to date too, and the same span of the previous year is compared', () => {
    const partial = computeResults({
      catalog,
      observations: [
        ...parts.map(([n, d], i) => obs('I0', `2024-Q${i + 1}`, null, { numerator: n, denominator: d })),
        obs('I0', '2025-Q1', null, { numerator: 5, denominator: 100 }),
        obs('I0', '2025-Q2', null, { numerator: 15, denominator: 100 }),
      ],
    }).rows;
    // 2025 through triwulan II: 20 / 200 = 10 %; 2024 triwulan I–II: 40 / 200 = 20 % → −10.
    const y = find(partial, 'I0', '2025');
    expect(y).toMatchObject({ realisasi: 10, sampaiDengan: '2025-Q2' });
    expect(y.perubahan).toMatchObject({ sebelumnya: 20, selisih: -10, sampaiDengan: '2024-Q2' });
  });
});

describe('year rows from an annual cell, and the cells a value was made from', () => {
  it('an annual value reported empty is missing with its reason: no sources, not partial, not counted as 0', () => {
    const { rows } = computeResults({
      catalog: catalogOf({ satuan: 'orang' }),
      observations: [obs('I0', '2025', null)],
    });
    const y = find(rows, 'I0', '2025');
    expect(y).toMatchObject({
      realisasi: null,
      sumberPeriode: [],
      sampaiDengan: null,
      missing: { realisasi: 'reported-missing' },
    });
    expect(y.flags.sebagian).toBe(false);
    expect(y.flags.kosongNol).toBe(false);
  });

  it('an annual value is its own source: sumberPeriode names the year', () => {
    const { rows } = computeResults({
      catalog: catalogOf({ satuan: 'orang' }),
      observations: [obs('I0', '2024', 5), obs('I0', '2025', 7)],
    });
    expect(find(rows, 'I0', '2024').sumberPeriode).toEqual(['2024']);
    expect(find(rows, 'I0', '2025').sumberPeriode).toEqual(['2025']);
    expect(find(rows, 'I0', '2025').flags.kosongNol).toBe(false);
  });

  it('a year without a value takes nothing from its sub-periods: no date, source or series', () => {
    // Triwulan I and III of a `sum` indicator in a finished year: the year has no value (a blank triwulan II).
    const { rows } = computeResults({
      catalog: catalogOf({ satuan: 'orang', agregasi: 'sum', frekuensi: 'triwulanan' }),
      observations: [
        obs('I0', '2024-Q1', 1, { diperbarui: '2025-01-05', sumber: 'Dinas', seri: 'v1' }),
        obs('I0', '2024-Q3', 1, { diperbarui: '2025-01-05', sumber: 'Dinas', seri: 'v1' }),
        obs('I0', '2025-Q1', 1),
      ],
    });
    expect(find(rows, 'I0', '2024')).toMatchObject({
      realisasi: null,
      diperbarui: null,
      sumber: null,
      seri: null,
    });
  });

  it('for `last`, the year takes its date and source from the latest sub-period only', () => {
    const { rows } = computeResults({
      catalog: catalogOf({ satuan: '%', frekuensi: 'triwulanan' }),
      observations: [
        obs('I0', '2025-Q1', 4, { diperbarui: '2025-04-10', sumber: 'Survei A' }),
        obs('I0', '2025-Q2', 5, { diperbarui: '2025-07-10' }),
      ],
    });
    // The latest value is triwulan II's: its date, and no source of its own → the catalog's sumberData.
    expect(find(rows, 'I0', '2025')).toMatchObject({
      realisasi: 5,
      sumberPeriode: ['2025-Q2'],
      diperbarui: '2025-07-10',
      sumber: 'Uji',
    });
  });
});

describe('sub-period conflicts say how the pieces were aggregated, to six decimals', () => {
  const conflict = (agregasi: 'last' | 'mean' | 'max', q: number[]) =>
    computeResults({
      catalog: catalogOf({ satuan: 'indeks', agregasi, frekuensi: 'triwulanan' }),
      observations: [obs('I0', '2025-S1', 70.125), obs('I0', '2025-Q1', q[0]!), obs('I0', '2025-Q2', q[1]!)],
    }).issues;

  it.each([
    ['last', [1, 2], 'nilai terakhir', '2'],
    ['mean', [1, 2], 'rata-rata', '1,5'],
    ['max', [1, 2], 'maksimum', '2'],
  ] as const)('%s: "%s"', (agregasi, q, verb, value) => {
    const issues = conflict(agregasi, [...q]);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ code: 'sub-period-conflict', source: 'observasi' });
    expect(issues[0]!.expected).toBe(
      `Semester I 2025 (70,125) sama dengan ${verb} Triwulan I–II 2025 (${value}); ` +
        'dipakai Semester I 2025 (urutan: tahunan > semester > triwulan > bulan)',
    );
  });
});

describe('a year rolled up from sub-periods carries the coverage of its least-covered sub-period', () => {
  it('kecamatan 01: 2 of 2 then 1 of 2 → 1 of 2; kecamatan 02: 1 of 2 then 2 of 2 → 1 of 2; kota 3 of 4', () => {
    const catalog = parseCatalog({
      id: 'uji',
      nama: { id: 'Uji' },
      wilayah: KOTA,
      rpjmd: { mulai: 2021, akhir: 2026 },
      indikator: [
        base('I0', {
          satuan: 'orang',
          agregasi: 'sum',
          frekuensi: 'triwulanan',
          levelEstimasi: ['kota', 'kecamatan', 'kelurahan'],
          cakupanSebagian: true,
        }),
      ],
    });
    const kel = (wilayah: string, periode: string) => obs('I0', periode, 10, { wilayah });
    const { rows } = computeResults({
      catalog,
      regions,
      observations: [
        kel('33.74.01.1001', '2025-Q1'),
        kel('33.74.01.1002', '2025-Q1'),
        kel('33.74.02.1001', '2025-Q1'),
        kel('33.74.01.1001', '2025-Q2'),
        kel('33.74.02.1001', '2025-Q2'),
        kel('33.74.02.1002', '2025-Q2'),
      ],
    });
    const cakupan = (wilayah: string) => find(rows, 'I0', '2025', wilayah).cakupan;
    expect(cakupan('33.74.01')).toEqual({ dilaporkan: 1, diharapkan: 2, tingkat: 'kelurahan' });
    expect(cakupan('33.74.02')).toEqual({ dilaporkan: 1, diharapkan: 2, tingkat: 'kelurahan' });
    expect(cakupan(KOTA)).toEqual({ dilaporkan: 3, diharapkan: 4, tingkat: 'kelurahan' });
    expect(cakupan('33.74.01.1001')).toBeNull();
    // Kecamatan 01 through triwulan II: 20 + 10 = 30 from the kelurahan that reported.
    expect(find(rows, 'I0', '2025', '33.74.01').realisasi).toBe(30);
  });
});

describe('conflicts are reported where they were observed, not again in every roll-up', () => {
  it('four kelurahan whose semester disagrees with their triwulan: four issues, none for the kecamatan or the kota', () => {
    const catalog = parseCatalog({
      id: 'uji',
      nama: { id: 'Uji' },
      wilayah: KOTA,
      rpjmd: { mulai: 2021, akhir: 2026 },
      indikator: [
        base('I0', {
          satuan: 'orang',
          agregasi: 'sum',
          frekuensi: 'triwulanan',
          levelEstimasi: ['kota', 'kecamatan', 'kelurahan'],
        }),
      ],
    });
    const kelurahan = regions.filter((r) => r.level === 'kelurahan').map((r) => r.kode);
    const { rows, issues } = computeResults({
      catalog,
      regions,
      observations: kelurahan.flatMap((wilayah) => [
        obs('I0', '2025-S1', 70, { wilayah }),
        obs('I0', '2025-Q1', 30, { wilayah }),
        obs('I0', '2025-Q2', 50, { wilayah }),
      ]),
    });
    // The roll-ups disagree too (kota: semester 280 against 320), but only the observations are reported.
    expect(find(rows, 'I0', '2025-S1').realisasi).toBe(280);
    expect(issues.map((i) => [i.code, (i.value as { wilayah: string }).wilayah])).toEqual(
      kelurahan.map((w) => ['sub-period-conflict', w]),
    );
  });
});
