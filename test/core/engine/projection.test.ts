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

describe('projection — edges a plausible one-line change would move', () => {
  const fields = (call: () => unknown) => {
    try {
      call();
    } catch (e) {
      if (!(e instanceof EngineArgumentError)) throw e;
      return { fn: e.fn, argument: e.argument, expected: e.expected };
    }
    return 'no error';
  };

  it('linearFit needs two distinct years, and two are enough: (2021, 3), (2022, 5) → y = 3 + 2·(x − 2021)', () => {
    const [a, b] = linearFit([
      { tahun: 2021, nilai: 3 },
      { tahun: 2022, nilai: 5 },
    ]);
    expect(b).toBeCloseTo(2, 12);
    // a = ȳ − b·x̄ = 4 − 2 · 2021,5 = −4039.
    expect(a).toBeCloseTo(-4039, 8);
    expect(
      fields(() =>
        linearFit([
          { tahun: 2021, nilai: 3 },
          { tahun: 2021, nilai: 5 },
        ]),
      ),
    ).toEqual({ fn: 'linearFit', argument: 'points', expected: 'titik dari sedikitnya 2 tahun berbeda' });
  });

  it('cagr needs both values > 0 (the first too) and two different years', () => {
    const expected = { fn: 'cagr', argument: 'first.nilai/last.nilai', expected: 'dua nilai > 0' };
    expect(fields(() => cagr({ tahun: 2021, nilai: 0 }, { tahun: 2022, nilai: 5 }))).toEqual(expected);
    expect(fields(() => cagr({ tahun: 2021, nilai: 5 }, { tahun: 2022, nilai: -1 }))).toEqual(expected);
    expect(fields(() => cagr({ tahun: 2021, nilai: 5 }, { tahun: 2021, nilai: 6 }))).toEqual({
      fn: 'cagr',
      argument: 'last.tahun',
      expected: 'tahun lain dari first',
    });
    expect(fields(() => cagr(null as never, { tahun: 2021, nilai: 6 }))).toEqual({
      fn: 'cagr',
      argument: 'points.0',
      expected: '{ tahun, nilai }',
    });
  });

  it('projects points in any order: the CAGR runs from the earliest year to the latest', () => {
    // 100 (2021) → 121 (2023): 10 % a year → 2024: 133,1, whatever order the points come in.
    const p = projectToYear(
      [
        { tahun: 2023, nilai: 121 },
        { tahun: 2021, nilai: 100 },
      ],
      2024,
      'cagr',
    );
    if ('reason' in p) throw new Error('expected a projection');
    expect(p.metode).toBe('cagr');
    expect(p.nilai).toBeCloseTo(133.1, 10);
    expect(p.titik.map((t) => t.tahun)).toEqual([2023, 2024]);
    expect(p.titik[0]!.nilai).toBe(121);
  });

  it('a target year before the last observed one projects nothing beyond it: the fitted last year', () => {
    // Linear through 10, 12, 14 (2021–2023); asked for 2022, the projection stays at 2023: 14.
    const p = projectToYear(
      [
        { tahun: 2021, nilai: 10 },
        { tahun: 2022, nilai: 12 },
        { tahun: 2023, nilai: 14 },
      ],
      2022,
      'linear',
    );
    if ('reason' in p) throw new Error('expected a projection');
    expect(p.titik.map((t) => t.tahun)).toEqual([2023]);
    expect(p.nilai).toBeCloseTo(14, 8);
  });

  it('a projection that overflows is not-finite, never Infinity', () => {
    // Growth 1e-300 → 1e300 in one year: the factor (1e600) overflows.
    expect(
      projectToYear(
        [
          { tahun: 2021, nilai: 1e-300 },
          { tahun: 2022, nilai: 1e300 },
        ],
        2024,
        'cagr',
      ),
    ).toEqual({ reason: 'not-finite' });
  });

  it('on a range bound the target is met, whatever the polarity and rule', () => {
    const range = { min: 5, max: 6 };
    for (const polaritas of ['positif', 'negatif'] as const) {
      for (const rule of ['polaritas', 'dua-sisi'] as const) {
        expect(meetsTarget(5, range, polaritas, rule)).toBe(true);
        expect(meetsTarget(6, range, polaritas, rule)).toBe(true);
      }
    }
    // Just outside: met only on the favourable side under the published convention (the default).
    expect(meetsTarget(6.01, range, 'positif')).toBe(true);
    expect(meetsTarget(4.99, range, 'positif')).toBe(false);
    expect(meetsTarget(4.99, range, 'negatif')).toBe(true);
    expect(meetsTarget(6.01, range, 'negatif')).toBe(false);
    expect(meetsTarget(4.99, range, 'positif', 'dua-sisi')).toBe(false);
    expect(meetsTarget(6.01, range, 'negatif', 'dua-sisi')).toBe(false);
    expect(meetsTarget(5, range, 'netral')).toBeNull();
  });
});

describe('projection — the argument each check names', () => {
  const fields = (call: () => unknown) => {
    try {
      call();
    } catch (e) {
      if (!(e instanceof EngineArgumentError)) throw e;
      return { fn: e.fn, argument: e.argument };
    }
    return 'no error';
  };
  const two = [
    { tahun: 2021, nilai: 1 },
    { tahun: 2022, nilai: 2 },
  ];

  it('names the function, the point and the field', () => {
    expect(fields(() => linearFit('x' as never))).toEqual({ fn: 'linearFit', argument: 'points' });
    expect(fields(() => linearFit([{ tahun: 2021.5, nilai: 1 }, ...two]))).toEqual({
      fn: 'linearFit',
      argument: 'points.0.tahun',
    });
    expect(fields(() => projectToYear([...two, { tahun: 2023, nilai: Number.NaN }], 2026, 'linear'))).toEqual(
      {
        fn: 'projectToYear',
        argument: 'points.2.nilai',
      },
    );
    expect(fields(() => projectToYear([...two, 7 as never], 2026, 'linear'))).toEqual({
      fn: 'projectToYear',
      argument: 'points.2',
    });
    expect(fields(() => projectToYear(two, 2026.5, 'linear'))).toEqual({
      fn: 'projectToYear',
      argument: 'tahunAkhir',
    });
    expect(fields(() => meetsTarget(Number.NaN, 5, 'positif'))).toEqual({
      fn: 'meetsTarget',
      argument: 'value',
    });
    expect(fields(() => meetsTarget(5, Number.NaN, 'positif'))).toEqual({
      fn: 'meetsTarget',
      argument: 'target',
    });
  });

  it('the CAGR needs a last value above 0: 5 → 0 falls back to linear (2023: −5)', () => {
    const p = projectToYear(
      [
        { tahun: 2021, nilai: 5 },
        { tahun: 2022, nilai: 0 },
      ],
      2023,
      'cagr',
    );
    if ('reason' in p) throw new Error('expected a projection');
    expect(p.metode).toBe('linear');
    expect(p.nilai).toBeCloseTo(-5, 10);
  });
});
