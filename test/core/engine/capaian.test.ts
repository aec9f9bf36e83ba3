import { computeCapaian, negativeCapaian, positiveCapaian } from '@satata/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

describe('computeCapaian', () => {
  it('positive: R / T × 100, not capped at 100', () => {
    // 95 / 100 × 100 = 95; 150 / 100 × 100 = 150 (exceeding the target is reported as such).
    expect(computeCapaian({ realisasi: 95, target: 100, polaritas: 'positif' })).toEqual({
      capaian: 95,
      targetAcuan: 100,
      negatif: false,
    });
    expect(computeCapaian({ realisasi: 150, target: 100, polaritas: 'positif' }).capaian).toBe(150);
  });

  it('negative: selisih (2T − R) / T × 100 by default, rasio T / R × 100 as an option', () => {
    // TPT target 5,5 %, realisation 5,2 %: (11 − 5,2) / 5,5 × 100 = 105,4545…; rasio 5,5 / 5,2 × 100 = 105,769…
    const selisih = computeCapaian({ realisasi: 5.2, target: 5.5, polaritas: 'negatif' });
    expect(selisih.capaian).toBeCloseTo(105.454545, 5);
    const rasio = computeCapaian(
      { realisasi: 5.2, target: 5.5, polaritas: 'negatif' },
      { negativeFormula: 'rasio' },
    );
    expect(rasio.capaian).toBeCloseTo(105.769231, 5);
    // Worse than target: 6,0 against 5,5 → (11 − 6) / 5,5 × 100 = 90,909…
    expect(computeCapaian({ realisasi: 6, target: 5.5, polaritas: 'negatif' }).capaian).toBeCloseTo(
      90.909091,
      5,
    );
  });

  it("the indicator's rumusNegatif overrides the engine option", () => {
    const r = computeCapaian(
      { realisasi: 5.2, target: 5.5, polaritas: 'negatif', rumusNegatif: 'selisih' },
      { negativeFormula: 'rasio' },
    );
    expect(r.capaian).toBeCloseTo(105.454545, 5);
  });

  it('reports a negative capaian as computed, flagged', () => {
    // Poverty rate 12 % against a 5 % target: (10 − 12) / 5 × 100 = −40.
    expect(computeCapaian({ realisasi: 12, target: 5, polaritas: 'negatif' })).toEqual({
      capaian: -40,
      targetAcuan: 5,
      negatif: true,
    });
  });

  it('range targets: 100 inside, the violated bound outside (band mode, the default)', () => {
    const target = { min: 5, max: 6 };
    // Inside: 100, judged against the nearest bound (5,5 is equally near: the lower one).
    expect(computeCapaian({ realisasi: 5.5, target, polaritas: 'positif' })).toEqual({
      capaian: 100,
      targetAcuan: 5,
      negatif: false,
    });
    expect(computeCapaian({ realisasi: 5.9, target, polaritas: 'negatif' }).targetAcuan).toBe(6);
    // Below: 4 / 5 × 100 = 80. Above: (2·6 − 7) / 6 × 100 = 83,33…
    expect(computeCapaian({ realisasi: 4, target, polaritas: 'positif' })).toMatchObject({
      capaian: 80,
      targetAcuan: 5,
    });
    const above = computeCapaian({ realisasi: 7, target, polaritas: 'positif' });
    expect(above.capaian).toBeCloseTo(83.333333, 5);
    expect(above.targetAcuan).toBe(6);
  });

  it('range targets in polaritas mode: the favourable side exceeds 100', () => {
    const target = { min: 5, max: 6 };
    // Positive above max: 7 / 6 × 100 = 116,67. Negative below min: (2·5 − 4) / 5 × 100 = 120.
    expect(
      computeCapaian({ realisasi: 7, target, polaritas: 'positif' }, { rangeMode: 'polaritas' }).capaian,
    ).toBeCloseTo(116.666667, 5);
    expect(
      computeCapaian({ realisasi: 4, target, polaritas: 'negatif' }, { rangeMode: 'polaritas' }).capaian,
    ).toBe(120);
    // The unfavourable side is still below 100: positive below min 4 / 5 = 80.
    expect(
      computeCapaian({ realisasi: 4, target, polaritas: 'positif' }, { rangeMode: 'polaritas' }).capaian,
    ).toBe(80);
  });

  it('gives the reason for every missing capaian, never 0', () => {
    expect(computeCapaian({ realisasi: 5, target: 5, polaritas: 'netral' })).toMatchObject({
      capaian: null,
      reason: 'neutral-polarity',
    });
    expect(computeCapaian({ realisasi: null, target: 5, polaritas: 'positif' })).toMatchObject({
      capaian: null,
      reason: 'no-data',
    });
    expect(
      computeCapaian({
        realisasi: undefined,
        realisasiReason: 'suppressed',
        target: 5,
        polaritas: 'positif',
      }),
    ).toMatchObject({ capaian: null, reason: 'suppressed' });
    expect(computeCapaian({ realisasi: 5, target: null, polaritas: 'positif' })).toMatchObject({
      capaian: null,
      reason: 'no-target',
    });
    expect(computeCapaian({ realisasi: 5, target: 0, polaritas: 'positif' })).toMatchObject({
      capaian: null,
      reason: 'target-zero',
    });
    expect(
      computeCapaian({ realisasi: 0, target: 5, polaritas: 'negatif', rumusNegatif: 'rasio' }),
    ).toMatchObject({ capaian: null, reason: 'realisation-zero' });
    // selisih handles R = 0: (10 − 0) / 5 × 100 = 200.
    expect(computeCapaian({ realisasi: 0, target: 5, polaritas: 'negatif' }).capaian).toBe(200);
  });

  it('exposes the two formulas', () => {
    expect(positiveCapaian(3, 4)).toBe(75);
    expect(negativeCapaian(3, 4, 'selisih')).toBe(125);
    expect(negativeCapaian(5, 4, 'rasio')).toBe(80);
  });

  const target = fc.double({ min: 0.01, max: 1e6, noNaN: true });
  const real = fc.double({ min: 0.01, max: 1e6, noNaN: true });

  it('rises with the realisation for positive indicators, falls for negative ones (property)', () => {
    fc.assert(
      fc.property(target, real, real, (t, a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        const pos = (r: number) => computeCapaian({ realisasi: r, target: t, polaritas: 'positif' }).capaian!;
        expect(pos(hi)).toBeGreaterThanOrEqual(pos(lo));
        for (const f of ['selisih', 'rasio'] as const) {
          const neg = (r: number) =>
            computeCapaian({ realisasi: r, target: t, polaritas: 'negatif', rumusNegatif: f }).capaian!;
          expect(neg(hi)).toBeLessThanOrEqual(neg(lo));
        }
      }),
    );
  });

  it('range targets: 100 inside, below 100 outside in band mode (property)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.1, max: 1000, noNaN: true }),
        fc.double({ min: 0, max: 1000, noNaN: true }),
        fc.double({ min: 0, max: 3000, noNaN: true }),
        fc.constantFrom('positif' as const, 'negatif' as const),
        (min, width, r, polaritas) => {
          const target = { min, max: min + width };
          const c = computeCapaian({ realisasi: r, target, polaritas }).capaian!;
          if (r >= target.min && r <= target.max) expect(c).toBe(100);
          else expect(c).toBeLessThan(100);
        },
      ),
    );
  });

  it('a missing realisation never becomes a number (property)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(null, undefined, Number.NaN),
        target,
        fc.constantFrom('positif' as const, 'negatif' as const),
        (r, t, p) => {
          expect(computeCapaian({ realisasi: r, target: t, polaritas: p }).capaian).toBeNull();
        },
      ),
    );
  });
});
