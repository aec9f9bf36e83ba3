import { cagr, EngineArgumentError, linearFit, meetsTarget, projectToYear } from '@satata/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

describe('projectToYear', () => {
  it('linear least squares: 10, 12, 14 in 2021–2023 → slope 2 → 20 in 2026', () => {
    const p = projectToYear(
      [
        { tahun: 2021, nilai: 10 },
        { tahun: 2022, nilai: 12 },
        { tahun: 2023, nilai: 14 },
      ],
      2026,
      'linear',
    );
    expect('reason' in p).toBe(false);
    if ('reason' in p) return;
    expect(p.metode).toBe('linear');
    expect(p.nilai).toBeCloseTo(20, 10);
    expect(p.titik.map((t) => t.tahun)).toEqual([2023, 2024, 2025, 2026]);
  });

  it('least squares on noisy points: (1,1), (2,3), (3,2) → y = 1 + 0,5x', () => {
    // x̄ = 2, ȳ = 2; Sxy = (−1)(−1) + 0 + (1)(0) = 1; Sxx = 2 → b = 0,5, a = 2 − 0,5·2 = 1.
    const [a, b] = linearFit([
      { tahun: 1, nilai: 1 },
      { tahun: 2, nilai: 3 },
      { tahun: 3, nilai: 2 },
    ]);
    expect(a).toBeCloseTo(1, 12);
    expect(b).toBeCloseTo(0.5, 12);
  });

  it('CAGR: 100 → 121 over 2 years is 10 % a year → 133,1 one year on', () => {
    expect(cagr({ tahun: 2021, nilai: 100 }, { tahun: 2023, nilai: 121 })).toBeCloseTo(0.1, 12);
    const p = projectToYear(
      [
        { tahun: 2021, nilai: 100 },
        { tahun: 2023, nilai: 121 },
      ],
      2024,
      'cagr',
    );
    if ('reason' in p) throw new Error('expected a projection');
    expect(p.metode).toBe('cagr');
    expect(p.nilai).toBeCloseTo(133.1, 10);
  });

  it('falls back to linear when CAGR cannot apply (a value ≤ 0)', () => {
    const p = projectToYear(
      [
        { tahun: 2021, nilai: 0 },
        { tahun: 2022, nilai: 5 },
      ],
      2023,
      'cagr',
    );
    if ('reason' in p) throw new Error('expected a projection');
    expect(p.metode).toBe('linear');
    expect(p.nilai).toBeCloseTo(10, 10);
  });

  it('falls back to linear when the last value is ≤ 0 too, not only the first', () => {
    const p = projectToYear(
      [
        { tahun: 2021, nilai: 5 },
        { tahun: 2022, nilai: -1 },
      ],
      2023,
      'cagr',
    );
    if ('reason' in p) throw new Error('expected a projection');
    expect(p.metode).toBe('linear');
    expect(p.nilai).toBeCloseTo(-7, 10);
    expect(() => cagr({ tahun: 2021, nilai: 5 }, { tahun: 2022, nilai: 0 })).toThrow(EngineArgumentError);
  });

  it('needs at least two years', () => {
    expect(projectToYear([{ tahun: 2021, nilai: 3 }], 2026, 'linear')).toEqual({
      reason: 'insufficient-history',
    });
    expect(projectToYear([], 2026, 'cagr')).toEqual({ reason: 'insufficient-history' });
  });

  it('passes exactly through points on a line (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -100, max: 100 }),
        fc.integer({ min: -20, max: 20 }),
        fc.integer({ min: 2, max: 6 }),
        (a, b, n) => {
          const pts = Array.from({ length: n }, (_, i) => ({ tahun: 2021 + i, nilai: a + b * i }));
          const p = projectToYear(pts, 2030, 'linear');
          if ('reason' in p) throw new Error('expected a projection');
          expect(p.nilai).toBeCloseTo(a + b * 9, 6);
        },
      ),
    );
  });
});

describe('meetsTarget', () => {
  it('judges by polarity: R = T meets the target whatever the polarity', () => {
    expect(meetsTarget(10, 10, 'positif')).toBe(true);
    expect(meetsTarget(9.9, 10, 'positif')).toBe(false);
    expect(meetsTarget(4.5, 4.5, 'negatif')).toBe(true);
    expect(meetsTarget(4, 4.5, 'negatif')).toBe(true);
    expect(meetsTarget(5, 4.5, 'negatif')).toBe(false);
    expect(meetsTarget(5, 4, 'netral')).toBeNull();
    expect(meetsTarget(5, null, 'positif')).toBeNull();
  });

  it('a range is met inside and on its favourable side (published convention), inside only when bad on both sides', () => {
    const range = { min: 5, max: 6 };
    expect(meetsTarget(5.5, range, 'positif')).toBe(true);
    expect(meetsTarget(6, range, 'positif')).toBe(true);
    expect(meetsTarget(6.5, range, 'positif')).toBe(true);
    expect(meetsTarget(4.5, range, 'positif')).toBe(false);
    expect(meetsTarget(4.5, range, 'negatif')).toBe(true);
    expect(meetsTarget(6.5, range, 'negatif')).toBe(false);
    expect(meetsTarget(6.5, range, 'positif', 'dua-sisi')).toBe(false);
    expect(meetsTarget(4.5, range, 'negatif', 'dua-sisi')).toBe(false);
    expect(meetsTarget(5, range, 'negatif', 'dua-sisi')).toBe(true);
  });

  it('checks its arguments', () => {
    expect(() => meetsTarget(Number.NaN, 5, 'positif')).toThrow(EngineArgumentError);
    expect(() => meetsTarget(5, 5, 'positive' as never)).toThrow(/polaritas/);
    expect(() => meetsTarget(5, 5, 'positif', 'band' as never)).toThrow(/rentang/);
  });
});
