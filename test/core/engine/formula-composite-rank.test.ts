import {
  columnTable,
  combineComposite,
  type Formula,
  formulaTable,
  formulaValue,
  isSmallDenominator,
  parentCode,
  rankByPolarity,
  rateFactor,
  rollupRegions,
} from '@satata/core';
import { describe, expect, it } from 'vitest';

describe('formulaValue and rateFactor', () => {
  it('numerator / denominator × factor, with reasons', () => {
    expect(formulaValue(35, 450, 100).nilai).toBeCloseTo(7.777778, 5); // 35 / 450 × 100
    expect(formulaValue(12, undefined, 1000).nilai).toBe(12000);
    expect(formulaValue(3, 0, 100)).toEqual({ nilai: null, reason: 'denominator-zero' });
    expect(formulaValue(null, 10, 100)).toEqual({ nilai: null, reason: 'no-data' });
  });

  it('reads the factor from the formula or the unit', () => {
    expect(rateFactor({ satuan: '%' })).toBe(100);
    // One percent rule (issue 10 §8): "percent" got factor 1 while printing as %.
    expect(rateFactor({ satuan: 'percent' })).toBe(100);
    expect(rateFactor({ satuan: 'Persen (%)' })).toBe(100);
    expect(rateFactor({ satuan: 'persentase' })).toBe(100);
    expect(rateFactor({ satuan: 'per 1.000 kelahiran hidup' })).toBe(1000);
    expect(rateFactor({ satuan: 'per 100.000 penduduk' })).toBe(100000);
    expect(rateFactor({ satuan: 'orang' })).toBe(1);
    expect(
      rateFactor({
        satuan: '%',
        formula: {
          dataset: 'x',
          numerator: { op: 'count', filters: [] },
          factor: 10,
          filters: [],
          regionField: 'w',
          periodField: 'p',
        },
      }),
    ).toBe(10);
  });

  it('formulaTable sums per kelurahan; rolled up, the kecamatan rate is Σnum / Σden, not the mean of rates', () => {
    const dataset = columnTable({
      kel: [
        '33.74.01.1001',
        '33.74.01.1001',
        '33.74.01.1002',
        '33.74.01.1002',
        '33.74.01.1002',
        '33.74.01.1002',
      ],
      tahun: [2025, 2025, 2025, 2025, 2025, 2025],
      miskin: [true, false, false, false, false, true],
    });
    const formula: Formula = {
      dataset: 'rt',
      regionField: 'kel',
      periodField: 'tahun',
      factor: 100,
      filters: [],
      numerator: { op: 'count', filters: [{ field: 'miskin', op: 'eq', value: true }] },
      denominator: { op: 'count', filters: [] },
    };
    const kel = formulaTable(formula, dataset);
    expect(kel.objects()).toEqual([
      { wilayah: '33.74.01.1001', periode: 2025, numerator: 1, denominator: 2 },
      { wilayah: '33.74.01.1002', periode: 2025, numerator: 1, denominator: 4 },
    ]);
    const rows = rollupRegions(kel, parentCode, ['kecamatan']).objects() as Record<string, number>[];
    const kec = rows.find((r) => r.wilayah === ('33.74.01' as never))!;
    // 1001: 1 of 2 (50 %); 1002: 1 of 4 (25 %). Kecamatan: 2 of 6 = 33,3 % — not (50 + 25) / 2 = 37,5 %.
    expect([kec.numerator, kec.denominator]).toEqual([2, 6]);
    expect(formulaValue(kec.numerator!, kec.denominator, 100).nilai).toBeCloseTo(33.333333, 5);
  });
});

describe('combineComposite', () => {
  const parts = [
    { kode: 'a', nilai: 90, bobot: 2 },
    { kode: 'b', nilai: 60, bobot: 1 },
  ];
  it('weighted mean (2·90 + 1·60) / 3 = 80, mean 75, sum 150', () => {
    expect(combineComposite('weighted-mean', parts).nilai).toBe(80);
    expect(combineComposite('mean', parts).nilai).toBe(75);
    expect(combineComposite('sum', parts).nilai).toBe(150);
  });
  it('a missing component gives no composite, naming it', () => {
    expect(combineComposite('mean', [parts[0]!, { kode: 'b', nilai: null, bobot: 1 }])).toEqual({
      nilai: null,
      reason: 'composite-incomplete',
      kurang: ['b'],
    });
  });
});

describe('rankByPolarity and isSmallDenominator', () => {
  it('1 = best by polarity, ties share a rank, missing values have none', () => {
    expect(rankByPolarity([5, 9, 5, null], 'positif')).toEqual([2, 1, 2, null]);
    expect(rankByPolarity([5, 9, 5, null], 'negatif')).toEqual([1, 3, 1, null]);
    expect(rankByPolarity([5, 9], 'netral')).toEqual([null, null]);
  });
  it('flags denominators below the threshold (default 30)', () => {
    expect(isSmallDenominator(29)).toBe(true);
    expect(isSmallDenominator(30)).toBe(false);
    expect(isSmallDenominator(null)).toBe(false);
    expect(isSmallDenominator(45, 50)).toBe(true);
  });
});
