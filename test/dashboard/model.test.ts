/**
 * The dashboard's selection rules (apps/dashboard/src/model.ts), in Node: which results a card may use "as of" a
 * year or triwulan, the headline IKU, the IKU needing attention, and the years on offer. Hand-made results (and the
 * Semarang sample for the headline set); the expected picks are read off the rules stated in model.ts. Plus
 * properties of `resultsAsOf`.
 */
import {
  type CardViewModel,
  type Catalog,
  computeOwnRegionResults,
  type IndicatorResult,
} from '@satata/core';
import { REGIONS, sampleCatalog, sampleObservations } from '@satata/semarang';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  attention,
  headlineIndicators,
  lastQuarterWithData,
  resultsAsOf,
  viewPeriodKey,
  yearChoices,
} from '../../apps/dashboard/src/model.ts';
import { result as baseResult } from '../core/view/fixtures.ts';

const KOTA = '33.74';

/** A kota result of the view-model tests' builder (every field filled), from BPS unless `extra` says otherwise. */
const result = (
  indikator: string,
  periode: string,
  realisasi: number | null,
  extra: Partial<IndicatorResult> = {},
): IndicatorResult => baseResult({ indikator, wilayah: KOTA, periode, realisasi, sumber: 'BPS', ...extra });

const catalog = {
  wilayah: KOTA,
  rpjmd: { mulai: 2021, akhir: 2026 },
  indikator: [{ kode: 'A' }, { kode: 'B' }, { kode: 'C' }],
} as unknown as Catalog;

describe('resultsAsOf', () => {
  const annual = ['2021', '2022', '2023', '2024', '2025'].map((p) => result('A', p, 1));
  const quarterly = [
    result('B', '2024', 1),
    result('B', '2024-Q4', 1),
    result('B', '2025', 1),
    result('B', '2025-Q1', 1),
    result('B', '2025-Q2', 1),
    result('B', '2025-Q3', 1),
  ];
  const keys = (rows: IndicatorResult[]) => rows.map((r) => r.periode);

  it('a whole year keeps year rows up to it', () => {
    expect(keys(resultsAsOf(annual, KOTA, { tahun: 2023, triwulan: null }).rows)).toEqual([
      '2021',
      '2022',
      '2023',
    ]);
  });

  it('a triwulan keeps the triwulan rows up to it for an IKU that has them', () => {
    const picked = resultsAsOf(quarterly, KOTA, { tahun: 2025, triwulan: 2 });
    expect(picked.periodKind).toBe('quarter');
    expect(keys(picked.rows)).toEqual(['2024-Q4', '2025-Q1', '2025-Q2']);
  });

  it('a triwulan before IV falls back to the previous complete year for an IKU reported yearly', () => {
    const picked = resultsAsOf(annual, KOTA, { tahun: 2025, triwulan: 2 });
    expect(picked.periodKind).toBe('year');
    expect(keys(picked.rows).at(-1)).toBe('2024');
    expect(keys(resultsAsOf(annual, KOTA, { tahun: 2025, triwulan: 4 }).rows).at(-1)).toBe('2025');
  });

  it('leaves out other regions', () => {
    const other = result('A', '2023', 1, { wilayah: '33.74.01' });
    expect(resultsAsOf([...annual, other], KOTA, { tahun: 2025, triwulan: null }).rows).not.toContain(other);
  });

  it('property: nothing after the view period is ever kept, and nothing of another region', () => {
    const periodArb = fc
      .tuple(fc.integer({ min: 2019, max: 2027 }), fc.option(fc.integer({ min: 1, max: 4 }), { nil: null }))
      .map(([y, q]) => (q === null ? String(y) : `${y}-Q${q}`));
    fc.assert(
      fc.property(
        fc.array(fc.tuple(periodArb, fc.constantFrom(KOTA, '33.74.02')), { maxLength: 30 }),
        fc.integer({ min: 2020, max: 2026 }),
        fc.option(fc.constantFrom(1 as const, 2 as const, 3 as const, 4 as const), { nil: null }),
        (specs, tahun, triwulan) => {
          const rows = specs.map(([p, w]) => result('A', p, 1, { wilayah: w }));
          const picked = resultsAsOf(rows, KOTA, { tahun, triwulan });
          const limit = tahun * 4 + (triwulan ?? 4);
          for (const r of picked.rows) {
            expect(r.wilayah).toBe(KOTA);
            expect(r.periodKind).toBe(picked.periodKind);
            const q = r.periodKind === 'quarter' ? Number(r.periode.slice(-1)) : 4;
            expect(r.tahun * 4 + q).toBeLessThanOrEqual(limit);
          }
        },
      ),
    );
  });
});

describe('headlineIndicators', () => {
  const marked = { realisasiIlustratif: true, ilustratif: true };
  const published = { realisasiIlustratif: false, ilustratif: false };

  it('takes the IKU with published realisations at the kota, in catalog order', () => {
    const rows = [
      result('C', '2024', 3, { flags: published as IndicatorResult['flags'] }),
      result('A', '2024', 1, { flags: marked as IndicatorResult['flags'] }),
      result('B', '2024', null, { flags: published as IndicatorResult['flags'] }),
    ];
    expect(headlineIndicators(catalog, rows)).toEqual(['C']);
  });

  it('goes by the realisation flag, never the source text', () => {
    const rows = [
      // A published figure whose source text happens to start with "Ilustratif": still published.
      result('A', '2024', 1, {
        sumber: 'Ilustratif: dibangkitkan',
        flags: published as IndicatorResult['flags'],
      }),
      // A BPS-named source on a realisation made from an illustrative observation: not published.
      result('B', '2024', 2, { sumber: 'BPS', flags: marked as IndicatorResult['flags'] }),
      // An indicator with illustrative targets but a published realisation (like IPM): published.
      result('C', '2024', 3, {
        flags: { realisasiIlustratif: false, ilustratif: true } as IndicatorResult['flags'],
      }),
    ];
    expect(headlineIndicators(catalog, rows)).toEqual(['A', 'C']);
  });

  it('leaves out realisations of other regions', () => {
    const other = result('B', '2024', 2, {
      wilayah: '33.74.01',
      flags: published as IndicatorResult['flags'],
    });
    expect(headlineIndicators(catalog, [other], 2)).toEqual(['A', 'B']);
  });

  it('falls back to the first IKU of the catalog when nothing is published', () => {
    expect(headlineIndicators(catalog, [], 2)).toEqual(['A', 'B']);
  });

  it('picks the published macro IKU of the Semarang sample, the first eight in catalog order', () => {
    const { rows } = computeOwnRegionResults({
      catalog: sampleCatalog,
      observations: sampleObservations,
      regions: REGIONS,
    });
    // The macro IKU with published BPS / LKPJ / Pemerintah Kota / Semar Satata rows (packages/semarang README).
    const published = ['IKU-IPM', 'IKU-P0', 'IKU-JPM', 'KTX-GK', 'IKU-P1', 'IKU-TPT', 'IKU-TPAK', 'IKU-LPE'];
    expect(headlineIndicators(sampleCatalog, rows)).toEqual(published);
    expect(headlineIndicators(sampleCatalog, rows, 100)).toEqual([...published, 'IKU-PDRBKAP', 'IKU-INV']);
  });
});

describe('attention', () => {
  const card = (indikator: string, capaian: number | null, arah: string | null) =>
    ({ indikator, capaian, periode: '2024', perubahan: arah ? { arah } : null }) as unknown as CardViewModel;
  const cards = [
    card('A', 95, 'membaik'),
    card('B', 40, 'memburuk'),
    card('C', null, 'memburuk'),
    card('D', 70, 'memburuk'),
    card('E', 40, null),
  ];

  it('ranks the lowest capaian first (ties by code) and leaves out IKU without one', () => {
    expect(attention(cards, 3).lowest.map((c) => c.indikator)).toEqual(['B', 'E', 'D']);
  });

  it('lists worsening IKU by capaian, those without a capaian last', () => {
    expect(attention(cards).worsening.map((c) => c.indikator)).toEqual(['B', 'D', 'C']);
  });
});

describe('years and triwulan on offer', () => {
  const rows = [
    result('A', '2023', 1),
    result('A', '2024', 1),
    result('A', '2025', null),
    result('A', '2025-Q1', 1),
    result('A', '2025-Q2', 1),
    result('A', '2025-Q3', null),
    result('A', '2024', 9, { wilayah: '33.74.01' }),
  ];

  it('offers the RPJMD years and defaults to the latest year with a realisation at the kota', () => {
    expect(yearChoices(catalog, rows)).toEqual({ years: [2021, 2022, 2023, 2024, 2025, 2026], latest: 2024 });
  });

  it('finds the last triwulan with a realisation', () => {
    expect(lastQuarterWithData(catalog, rows, 2025)).toBe(2);
    expect(lastQuarterWithData(catalog, rows, 2024)).toBeNull();
  });

  it('writes view periods as period keys', () => {
    expect(viewPeriodKey({ tahun: 2025, triwulan: 2 })).toBe('2025-Q2');
    expect(viewPeriodKey({ tahun: 2025, triwulan: null })).toBe('2025');
  });
});
