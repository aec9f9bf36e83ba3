import {
  columnTable,
  computeResults,
  computeScorecard,
  type IndicatorResult,
  type Observation,
  parseCatalog,
} from '@satata/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { catalog, observations, regions } from './fixtures.ts';

/** Households for RT_MISKIN: 33.74.01.1001 has 1 poor of 2, 33.74.01.1002 1 of 4, 33.74.02.1001 0 of 2. */
const rt = columnTable({
  kel: [
    '33.74.01.1001',
    '33.74.01.1001',
    '33.74.01.1002',
    '33.74.01.1002',
    '33.74.01.1002',
    '33.74.01.1002',
    '33.74.02.1001',
    '33.74.02.1001',
  ],
  tahun: [2025, 2025, 2025, 2025, 2025, 2025, 2025, 2025],
  miskin: [true, false, false, false, false, true, false, false],
});
const input = { catalog, observations, regions, datasets: { rt } };
const find = (rows: readonly IndicatorResult[], indikator: string, wilayah: string, periode: string) => {
  const r = rows.find((x) => x.indikator === indikator && x.wilayah === wilayah && x.periode === periode);
  if (!r) throw new Error(`no row ${indikator} ${wilayah} ${periode}`);
  return r;
};

describe('computeResults — hand-checked rows', () => {
  const { rows, issues } = computeResults(input);

  it('reads clean input without issues', () => {
    expect(issues).toEqual([]);
  });

  it('IPM 2025 (positive, annual): capaian, change, progress and projection', () => {
    const r = find(rows, 'IPM', '33.74', '2025');
    expect(r.realisasi).toBe(83.6);
    expect(r.level).toBe('kota');
    // 83,6 / 83,5 × 100 = 100,1198… → published 100,12.
    expect(r.capaian).toBe(100.12);
    expect(r.kategori).toBe('sangat-tinggi');
    expect(r.targetBasis).toBe('tahunan');
    // 83,6 − 83,0 = +0,6 → membaik.
    expect(r.perubahan?.selisih).toBeCloseTo(0.6, 10);
    expect(r.perubahan?.arah).toBe('membaik');
    // Progress: the latest value 83,6 against the 2026 target 84 → 99,52 % → tercapai.
    expect(r.progres?.persen).toBe(99.52);
    expect(r.progres?.status).toBe('tercapai');
    // Projection over (2020 baseline 81), 2023 82,5, 2024 83, 2025 83,6: x̄ = 2023, ȳ = 82,525,
    // Sxy = 7,2, Sxx = 14 → b = 0,514286; 2026: 82,525 + 3b = 84,0679 ≥ 84 → akan tercapai.
    expect(r.progres?.proyeksi?.nilai).toBeCloseTo(84.067857, 5);
    expect(r.progres?.proyeksi?.akanTercapai).toBe(true);
    expect(r.diperbarui).toBe('2026-02-01');
    expect(r.sumber).toBe('BPS');
    expect(r.missing).toEqual({});
  });

  it('every RPJMD year has a row; a year without data says no-data, never 0', () => {
    const r = find(rows, 'IPM', '33.74', '2021');
    expect(r.realisasi).toBeNull();
    expect(r.missing.realisasi).toBe('no-data');
    expect(r.missing.target).toBe('no-target');
    expect(r.capaian).toBeNull();
    expect(r.missing.capaian).toBe('no-data');
    expect(
      rows.filter((x) => x.indikator === 'IPM' && x.periodKind === 'year').map((x) => x.periode),
    ).toEqual(['2021', '2022', '2023', '2024', '2025', '2026']);
  });

  it('MISKIN: kecamatan and kota rates from summed numerators and denominators, never averaged', () => {
    // Kec 01: (30 + 10) / (1000 + 500) = 2,6667 %; Kec 02: (45 + 5) / (1500 + 20) = 3,2895 %;
    // Kota: 90 / 3020 = 2,98013 % (the mean of the four kelurahan rates would be 9,75 %).
    const kota = find(rows, 'MISKIN', '33.74', '2025');
    expect([kota.numerator, kota.denominator]).toEqual([90, 3020]);
    expect(kota.realisasi).toBeCloseTo(2.980132, 5);
    // Negative, selisih: (2·3 − 2,98013) / 3 × 100 = 100,6623 → 100,66.
    expect(kota.capaian).toBe(100.66);
    expect(kota.cakupan).toEqual({ dilaporkan: 4, diharapkan: 4, tingkat: 'kelurahan' });
    expect(find(rows, 'MISKIN', '33.74.01', '2025').cakupan).toEqual({
      dilaporkan: 2,
      diharapkan: 2,
      tingkat: 'kelurahan',
    });
    expect(find(rows, 'MISKIN', '33.74.01.1001', '2025').cakupan).toBeNull();
    expect(find(rows, 'MISKIN', '33.74.01', '2025').realisasi).toBeCloseTo(2.666667, 5);
    expect(find(rows, 'MISKIN', '33.74.02', '2025-Q4').realisasi).toBeCloseTo(3.289474, 5);
    expect(find(rows, 'MISKIN', '33.74.02', '2025').level).toBe('kecamatan');
  });

  it('MISKIN: ranks within the group by polarity and the small-denominator flag', () => {
    // Within Kec 01: 1002 at 2 % beats 1001 at 3 % (lower is better).
    expect(find(rows, 'MISKIN', '33.74.01.1002', '2025').peringkat).toBe(1);
    expect(find(rows, 'MISKIN', '33.74.01.1001', '2025').peringkat).toBe(2);
    expect(find(rows, 'MISKIN', '33.74.01', '2025').peringkat).toBe(1);
    expect(find(rows, 'MISKIN', '33.74.02', '2025').peringkat).toBe(2);
    // 5 / 20: the denominator 20 is under 30.
    const small = find(rows, 'MISKIN', '33.74.02.1002', '2025');
    expect(small.flags.kecilDenominator).toBe(true);
    expect(small.realisasi).toBe(25);
    expect(find(rows, 'MISKIN', '33.74.02.1001', '2025').flags.kecilDenominator).toBe(false);
  });

  it('WIRAUSAHA (sum): a partial year is flagged; triwulan rows are judged to date', () => {
    const y = find(rows, 'WIRAUSAHA', '33.74', '2025');
    // 90 + 110 + 100 = 300 after triwulan III. A partial year of a flow is judged to date: against 75 % of 400 =
    // 300 (pro-rata) → 100 % — not 300 / 400 = 75 %, which would compare three triwulan with a whole year.
    expect(y.realisasi).toBe(300);
    expect(y.flags.sebagian).toBe(true);
    expect(y.sumberPeriode).toEqual(['2025-Q1', '2025-Q2', '2025-Q3']);
    expect(y).toMatchObject({
      target: 300,
      targetBasis: 'pro-rata',
      capaian: 100,
      kategori: 'sangat-tinggi',
    });
    const q2 = find(rows, 'WIRAUSAHA', '33.74', '2025-Q2');
    // To date: 90 + 110 = 200 against 50 % of 400 = 200 → 100.
    expect(q2).toMatchObject({
      realisasi: 200,
      nilaiPeriode: 110,
      target: 200,
      targetBasis: 'pro-rata',
      capaian: 100,
    });
    expect(q2.periodKind).toBe('quarter');
    // The year to date is compared with the same span of 2024, which has no data: no change, with its reason.
    expect(q2.perubahan).toBeNull();
    expect(q2.missing.perubahan).toBe('no-comparable-period');
    // Progress of a sum: the cumulative end target needs every year's target; only 2025 has one.
    expect(y.progres?.targetAkhir).toBeNull();
    expect(y.missing.progres).toBe('no-end-target');
  });

  it('KOMPOSIT: weighted mean of the components’ capaian, itself the capaian without a target', () => {
    const r = find(rows, 'KOMPOSIT', '33.74', '2025');
    // The published capaian of the components: (100,12 + 100,66) / 2 = 100,39.
    expect(r.realisasi).toBeCloseTo(100.39, 10);
    expect(r.capaian).toBe(100.39);
    expect(r.missing.capaian).toBeUndefined();
    const y24 = find(rows, 'KOMPOSIT', '33.74', '2024');
    expect(y24.realisasi).toBeNull();
    expect(y24.missing.realisasi).toBe('composite-incomplete');
  });

  it('RT_MISKIN: formula from the dataset at every level, from sums, by the one roll-up rule', () => {
    // 1001: 1/2 = 50 %; 1002: 1/4 = 25 %; Kec 01 (both kelurahan): 2/6 = 33,33 %.
    expect(find(rows, 'RT_MISKIN', '33.74.01.1001', '2025').realisasi).toBe(50);
    const kec1 = find(rows, 'RT_MISKIN', '33.74.01', '2025');
    expect(kec1.realisasi).toBeCloseTo(33.333333, 5);
    expect(kec1.cakupan).toEqual({ dilaporkan: 2, diharapkan: 2, tingkat: 'kelurahan' });
    // Kec 02: only 1001 of its 2 kelurahan has households — no value from the single child (was 0 %), and the
    // kota (3 of 4) neither: the same meaning as an observation indicator (issue 10 §7).
    const kec2 = find(rows, 'RT_MISKIN', '33.74.02', '2025');
    expect(kec2).toMatchObject({ realisasi: null, cakupan: { dilaporkan: 1, diharapkan: 2 } });
    expect(kec2.missing.realisasi).toBe('incomplete-coverage');
    const kota = find(rows, 'RT_MISKIN', '33.74', '2025');
    expect(kota).toMatchObject({ realisasi: null, cakupan: { dilaporkan: 3, diharapkan: 4 } });
    expect(kota.missing.realisasi).toBe('incomplete-coverage');
  });

  it('RT_MISKIN with partial coverage allowed: sums over the kelurahan that reported, saying how many', () => {
    const partial = parseCatalog({
      ...catalog,
      indikator: catalog.indikator.map((i) => (i.kode === 'RT_MISKIN' ? { ...i, cakupanSebagian: true } : i)),
    });
    const out = computeResults({ ...input, catalog: partial }).rows;
    expect(find(out, 'RT_MISKIN', '33.74.02', '2025')).toMatchObject({
      realisasi: 0,
      cakupan: { dilaporkan: 1, diharapkan: 2 },
    });
    const kota = find(out, 'RT_MISKIN', '33.74', '2025');
    // 2 / 8 = 25 % from 3 of 4 kelurahan; negative against 30: (60 − 25) / 30 × 100 = 116,67.
    expect(kota).toMatchObject({ numerator: 2, denominator: 8, realisasi: 25, capaian: 116.67 });
    expect(kota.cakupan).toEqual({ dilaporkan: 3, diharapkan: 4, tingkat: 'kelurahan' });
  });

  it('neutral indicators have values but no capaian, direction or rank, each with its reason', () => {
    const r = find(rows, 'PENDUDUK', '33.74', '2025');
    expect(r.realisasi).toBe(1_700_000);
    expect(r.capaian).toBeNull();
    expect(r.missing.capaian).toBe('neutral-polarity');
    expect(r.peringkat).toBeNull();
    expect(r.missing.peringkat).toBe('neutral-polarity');
  });

  it('every null field of every row has its reason', () => {
    const fields = ['realisasi', 'capaian', 'perubahan', 'progres', 'peringkat'] as const;
    for (const r of rows) {
      for (const f of fields)
        if (r[f] === null)
          expect(r.missing[f], `${r.indikator} ${r.wilayah} ${r.periode} ${f}`).toBeDefined();
      if (r.target === null) expect(r.missing.target).toBe('no-target');
      if (r.progres && r.progres.proyeksi === null) expect(r.missing.proyeksi).toBeDefined();
    }
  });

  it('orders rows by catalog, level, code and period', () => {
    const ipm = rows.filter((r) => r.indikator === 'MISKIN').map((r) => r.wilayah);
    expect([...new Set(ipm)]).toEqual([
      '33.74',
      '33.74.01',
      '33.74.02',
      '33.74.01.1001',
      '33.74.01.1002',
      '33.74.02.1001',
      '33.74.02.1002',
    ]);
    expect([...new Set(rows.map((r) => r.indikator))]).toEqual(catalog.indikator.map((i) => i.kode));
  });
});

describe('computeResults — bad input goes to issues, never into a number', () => {
  const bad: Record<string, unknown>[] = [
    { indikator: 'TIDAK_ADA', wilayah: '33.74', periode: '2025', nilai: 1 },
    { indikator: 'IPM', wilayah: '33.74', periode: '2025-Q5', nilai: 1 },
    { indikator: 'IPM', wilayah: '33.74', periode: '2022', nilai: '4,23' },
    { indikator: 'IPM', wilayah: 'Semarang', periode: '2022', nilai: 1 },
    { indikator: 'IPM', wilayah: '33.74.99', periode: '2022', nilai: 1 },
    { indikator: 'MISKIN', wilayah: '33.74.01.1001', periode: '2024-Q4', numerator: 3 },
    { indikator: 'IPM', wilayah: '33.74', periode: '2024', nilai: 90 }, // conflicts with 83 in the fixtures
    { indikator: 'IPM', wilayah: '33.74', periode: '2023', nilai: 82.5 }, // identical duplicate
  ];
  const { rows, issues } = computeResults({
    ...input,
    observations: [...observations, ...(bad as Observation[])],
  });
  const n = observations.length;

  it('reports each bad row with its index, field and expectation', () => {
    const brief = issues.map((i) => [i.row, i.code, i.field, i.severity]);
    expect(brief).toEqual(
      expect.arrayContaining([
        [n, 'unknown-indicator', 'indikator', 'error'],
        [n + 1, 'unparseable-period', 'periode', 'error'],
        [n + 2, 'non-numeric', 'nilai', 'error'],
        [n + 3, 'unknown-region', 'wilayah', 'error'],
        [n + 4, 'unknown-region', 'wilayah', 'error'],
        [n + 5, 'schema', 'denominator', 'error'],
        [1, 'duplicate-key', 'periode', 'error'],
        [n + 6, 'duplicate-key', 'periode', 'error'],
        [n + 7, 'duplicate-key', 'periode', 'warning'],
      ]),
    );
    expect(issues.every((i) => i.expected.length > 0 && i.source === 'observasi')).toBe(true);
  });

  it('keeps no value from a rejected row: a conflicting duplicate leaves the cell missing', () => {
    const y24 = find(rows, 'IPM', '33.74', '2024');
    expect(y24.realisasi).toBeNull();
    expect(y24.missing.realisasi).toBe('reported-missing');
    expect(find(rows, 'IPM', '33.74', '2022').realisasi).toBeNull();
    expect(find(rows, 'IPM', '33.74', '2023').realisasi).toBe(82.5);
    expect(rows.some((r) => r.wilayah === '33.74.99')).toBe(false);
  });

  it('accepts a column table as well as row objects', () => {
    const cols = Object.fromEntries(
      ['indikator', 'wilayah', 'periode', 'nilai', 'numerator', 'denominator'].map((k) => [
        k,
        observations.map((o) => (o as Record<string, unknown>)[k] ?? null),
      ]),
    );
    const fromTable = computeResults({ ...input, observations: columnTable(cols) });
    const fromRows = computeResults({
      ...input,
      observations: observations.map(({ diperbarui: _d, sumber: _s, ...o }) => o),
    });
    expect(fromTable.rows).toEqual(fromRows.rows);
  });
});

describe('computeResults — properties', () => {
  it('results do not depend on the order of the input rows', () => {
    const base = computeResults(input).rows;
    fc.assert(
      fc.property(
        fc.shuffledSubarray(observations, { minLength: observations.length, maxLength: observations.length }),
        (shuffled) => {
          expect(computeResults({ ...input, observations: shuffled }).rows).toEqual(base);
        },
      ),
      { numRuns: 20 },
    );
  });

  it('a kota rate equals Σ numerator / Σ denominator of its kelurahan', () => {
    const kel = regions.filter((r) => r.level === 'kelurahan').map((r) => r.kode);
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 500 }), fc.integer({ min: 1, max: 5000 })), {
          minLength: kel.length,
          maxLength: kel.length,
        }),
        (parts) => {
          const obs = parts.map(([a, b], i) => ({
            indikator: 'MISKIN',
            wilayah: kel[i]!,
            periode: '2025',
            numerator: Math.min(a, b),
            denominator: b,
          }));
          const r = find(
            computeResults({ catalog, regions, observations: obs }).rows,
            'MISKIN',
            '33.74',
            '2025',
          );
          const num = obs.reduce((s, o) => s + o.numerator, 0);
          const den = obs.reduce((s, o) => s + o.denominator, 0);
          expect(r.realisasi).toBeCloseTo((num / den) * 100, 9);
        },
      ),
      { numRuns: 50 },
    );
  });

  it('a missing realisation never becomes 0', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            q: fc.integer({ min: 1, max: 4 }),
            y: fc.integer({ min: 2021, max: 2026 }),
            v: fc.option(fc.integer({ min: 1, max: 1000 }), { nil: null }),
          }),
          { maxLength: 12 },
        ),
        (cells) => {
          const seen = new Set<string>();
          const obs = cells
            .filter((c) => !seen.has(`${c.y}-${c.q}`) && seen.add(`${c.y}-${c.q}`))
            .map((c) => ({
              indikator: 'WIRAUSAHA',
              wilayah: '33.74',
              periode: `${c.y}-Q${c.q}`,
              nilai: c.v,
            }));
          for (const r of computeResults({ catalog, observations: obs }).rows) {
            expect(r.realisasi).not.toBe(0);
            if (r.realisasi === null)
              expect(r.missing.realisasi).toMatch(
                /^(no-data|reported-missing|sub-period-missing|composite-incomplete)$/,
              );
          }
        },
      ),
      { numRuns: 50 },
    );
  });
});

describe('computeScorecard', () => {
  it('one kota row per indicator in catalog order, for the latest year with data', () => {
    const { rows } = computeScorecard(input);
    expect(rows.map((r) => r.indikator)).toEqual(catalog.indikator.map((i) => i.kode));
    expect(rows.every((r) => r.wilayah === '33.74' && r.periodKind === 'year')).toBe(true);
    expect(rows.map((r) => r.tahun)).toEqual([2025, 2025, 2025, 2025, 2025, 2025]);
    // Same numbers as the full computation.
    const full = computeResults(input).rows;
    expect(rows[1]).toEqual(find(full, 'MISKIN', '33.74', '2025'));
  });

  it('shows the given year, with reasons where it has no data', () => {
    const { rows } = computeScorecard(input, { tahun: 2024 });
    expect(rows.map((r) => r.tahun)).toEqual([2024, 2024, 2024, 2024, 2024, 2024]);
    expect(rows[0]!.realisasi).toBe(83);
    expect(rows[2]!.missing.realisasi).toBe('no-data');
  });
});
