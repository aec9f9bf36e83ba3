import {
  categorize,
  computeCapaian,
  DEFAULT_CATEGORY_SCALE,
  EngineArgumentError,
  formatPercent,
  negativeCapaian,
  positiveCapaian,
} from '@satata/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

const cap = (
  realisasi: number | null,
  target: number | { min: number; max: number },
  polaritas: 'positif' | 'negatif',
  extra = {},
) => computeCapaian({ realisasi, target, polaritas, ...extra });

describe('computeCapaian — hand-checked', () => {
  it('positive: R / T × 100, not capped at 100', () => {
    // 95 / 100 × 100 = 95; 150 / 100 × 100 = 150 (exceeding the target is reported as such).
    expect(cap(95, 100, 'positif')).toEqual({ capaian: 95, targetAcuan: 100, negatif: false });
    expect(cap(150, 100, 'positif').capaian).toBe(150);
  });

  it('negative: selisih (2T − R) / T × 100 by default, rasio T / R × 100 as an option, published to 2 decimals', () => {
    // TPT target 5,5 %, realisation 5,2 %: (11 − 5,2) / 5,5 × 100 = 105,4545… → 105,45; rasio 105,769… → 105,77.
    expect(cap(5.2, 5.5, 'negatif').capaian).toBe(105.45);
    expect(
      computeCapaian({ realisasi: 5.2, target: 5.5, polaritas: 'negatif' }, { negativeFormula: 'rasio' })
        .capaian,
    ).toBe(105.77);
    // Worse than target: 6,0 against 5,5 → (11 − 6) / 5,5 × 100 = 90,909… → 90,91.
    expect(cap(6, 5.5, 'negatif').capaian).toBe(90.91);
  });

  it("the indicator's rumusNegatif overrides the engine option", () => {
    const r = computeCapaian(
      { realisasi: 5.2, target: 5.5, polaritas: 'negatif', rumusNegatif: 'selisih' },
      { negativeFormula: 'rasio' },
    );
    expect(r.capaian).toBe(105.45);
  });

  it('reports a negative capaian as computed, flagged', () => {
    // Poverty rate 12 % against a 5 % target: (10 − 12) / 5 × 100 = −40.
    expect(cap(12, 5, 'negatif')).toEqual({ capaian: -40, targetAcuan: 5, negatif: true });
  });

  it('range targets follow the published convention by default (issue 10 §1)', () => {
    // Positive, target 10–12, realisation 13 → 13 / 12 × 100 = 108,33 (Sangat Tinggi).
    const above = cap(13, { min: 10, max: 12 }, 'positif');
    expect(above).toEqual({ capaian: 108.33, targetAcuan: 12, negatif: false });
    expect(categorize(above.capaian)?.key).toBe('sangat-tinggi');
    // Negative, target 7–8, realisation 6 → (2×7 − 6) / 7 × 100 = 114,29.
    expect(cap(6, { min: 7, max: 8 }, 'negatif')).toEqual({
      capaian: 114.29,
      targetAcuan: 7,
      negatif: false,
    });
    // The unfavourable side: positive below min 9 / 10 = 90; negative above max (16 − 9) / 8 = 87,5.
    expect(cap(9, { min: 10, max: 12 }, 'positif').capaian).toBe(90);
    expect(cap(9, { min: 7, max: 8 }, 'negatif').capaian).toBe(87.5);
    // rasio applies to the bound too: negative above max 8 / 9 × 100 = 88,89.
    expect(cap(9, { min: 7, max: 8 }, 'negatif', { rumusNegatif: 'rasio' }).capaian).toBe(88.89);
    // Inside: 100, judged against the nearest bound (equally near: the lower one).
    expect(cap(11, { min: 10, max: 12 }, 'positif')).toEqual({
      capaian: 100,
      targetAcuan: 10,
      negatif: false,
    });
    expect(cap(11.9, { min: 10, max: 12 }, 'negatif').targetAcuan).toBe(12);
  });

  it("a range bad on both sides (rentang 'dua-sisi', inflation 2,5 ± 1) falls short on either side", () => {
    const inflasi = { min: 1.5, max: 3.5 };
    // Above: judged like a negative indicator against max: (7 − 4) / 3,5 × 100 = 85,71.
    expect(cap(4, inflasi, 'negatif', { rentang: 'dua-sisi' }).capaian).toBe(85.71);
    // Below: judged like a positive one against min: 1 / 1,5 × 100 = 66,67.
    expect(cap(1, inflasi, 'negatif', { rentang: 'dua-sisi' }).capaian).toBe(66.67);
    expect(cap(2.5, inflasi, 'negatif', { rentang: 'dua-sisi' }).capaian).toBe(100);
    // The same realisations under the published convention: below min is better for a negative indicator.
    expect(cap(1, inflasi, 'negatif').capaian).toBe(133.33);
  });

  it('exact decimal edges stay exact: R 9,1 against T 10 is 91,00 and Sangat Tinggi (issue 10 §2)', () => {
    const r = cap(9.1, 10, 'positif');
    expect(r.capaian).toBe(91);
    expect(categorize(r.capaian)?.key).toBe('sangat-tinggi');
    // (2·10 − 10,9) / 10 × 100 = 91 exactly, though (2·10 − 10.9) / 10 * 100 is 90,99999999999999 in floats.
    expect(((2 * 10 - 10.9) / 10) * 100).not.toBe(91);
    expect(cap(10.9, 10, 'negatif').capaian).toBe(91);
    // 76: 7,6 / 10; 66: 0,66 / 1; 51: 5,1 / 10.
    expect(cap(7.6, 10, 'positif').capaian).toBe(76);
    expect(cap(0.66, 1, 'positif').capaian).toBe(66);
    expect(cap(5.1, 10, 'positif').capaian).toBe(51);
  });

  it('a capaian exactly halfway rounds away from zero, as published (90,995 → 91,00)', () => {
    // 200,189 / 220 × 100 = 90,995 exactly; the float quotient is 90,99499999999999, a hair below it.
    expect((200.189 / 220) * 100).toBeLessThan(90.995);
    expect(cap(200.189, 220, 'positif').capaian).toBe(91);
    expect(categorize(cap(200.189, 220, 'positif').capaian)?.key).toBe('sangat-tinggi');
    // 3,631 / 4 × 100 = 90,775 → 90,78 (the float is 90,77499999999999).
    expect(cap(3.631, 4, 'positif').capaian).toBe(90.78);
    // At 0 decimals (catalog desimalCapaian 0): 90,5 → 91; at 1: 90,95 → 91,0.
    expect(cap(90.5, 100, 'positif', { desimal: 0 }).capaian).toBe(91);
    expect(cap(90.95, 100, 'positif', { desimal: 1 }).capaian).toBe(91);
    expect(cap(-0.005, 1, 'positif', { desimal: 2 }).capaian).toBe(-0.5);
  });

  it('gives the reason for every missing capaian, never 0', () => {
    expect(computeCapaian({ realisasi: 5, target: 5, polaritas: 'netral' })).toMatchObject({
      capaian: null,
      reason: 'neutral-polarity',
    });
    expect(cap(null, 5, 'positif')).toMatchObject({ capaian: null, reason: 'no-data' });
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
    expect(cap(5, 0, 'positif')).toMatchObject({ capaian: null, reason: 'target-zero' });
    expect(cap(0, 5, 'negatif', { rumusNegatif: 'rasio' })).toMatchObject({
      capaian: null,
      reason: 'realisation-zero',
    });
    expect(cap(-1, 5, 'negatif', { rumusNegatif: 'rasio' })).toMatchObject({
      capaian: null,
      reason: 'realisation-negative',
    });
    // selisih handles R = 0: (10 − 0) / 5 × 100 = 200.
    expect(cap(0, 5, 'negatif').capaian).toBe(200);
  });

  it('a target (or the bound used) below 0 gives no capaian (issue 10 §3)', () => {
    // Today's bug: target −2 scored realisation −1 as 50 and −3 as 150.
    expect(cap(-1, -2, 'positif')).toMatchObject({
      capaian: null,
      reason: 'target-negative',
      targetAcuan: -2,
    });
    expect(cap(-3, -2, 'positif')).toMatchObject({ capaian: null, reason: 'target-negative' });
    expect(cap(-3, -2, 'negatif')).toMatchObject({ capaian: null, reason: 'target-negative' });
    // A range whose violated bound is ≤ 0: no capaian; inside it, 100 (no ratio is formed).
    expect(cap(-3, { min: -2, max: 1 }, 'positif')).toMatchObject({
      capaian: null,
      reason: 'target-negative',
    });
    expect(cap(-3, { min: 0, max: 1 }, 'positif')).toMatchObject({ capaian: null, reason: 'target-zero' });
    expect(cap(0, { min: -2, max: 1 }, 'positif').capaian).toBe(100);
  });

  it('a result that is not finite is n/a with a reason, never Infinity', () => {
    expect(cap(1e308, 1e-10, 'positif')).toMatchObject({ capaian: null, reason: 'not-finite' });
    // A denominator that underflows: 5e-324 is the smallest double; r / t overflows.
    expect(cap(5, 5e-324, 'positif')).toMatchObject({ capaian: null, reason: 'not-finite' });
    expect(cap(1e-300, 1e300, 'negatif', { rumusNegatif: 'rasio' })).toMatchObject({
      capaian: null,
      reason: 'not-finite',
    });
  });

  it('checks its arguments and names the bad one (issue 10 §3)', () => {
    const bad = (input: object, pattern: RegExp) => {
      expect(() =>
        computeCapaian({ realisasi: 5, target: 5, polaritas: 'positif', ...input } as never),
      ).toThrow(EngineArgumentError);
      expect(() =>
        computeCapaian({ realisasi: 5, target: 5, polaritas: 'positif', ...input } as never),
      ).toThrow(pattern);
    };
    // Today 'positive' was silently treated as negative.
    bad({ polaritas: 'positive' }, /polaritas.*'positif', 'negatif', 'netral'.*"positive"/);
    bad({ realisasi: Number.NaN }, /realisasi.*angka berhingga.*NaN/);
    bad({ realisasi: '5' }, /realisasi/);
    bad({ target: Number.POSITIVE_INFINITY }, /target/);
    bad({ target: { min: 3, max: 1 } }, /min ≤ max/);
    bad({ target: '10' }, /target/);
    bad({ rumusNegatif: 'ratio' }, /rumusNegatif/);
    bad({ rentang: 'band' }, /rentang/);
    bad({ desimal: 2.5 }, /desimal/);
    expect(() =>
      computeCapaian({ realisasi: 5, target: 5, polaritas: 'negatif' }, { negativeFormula: 'x' as never }),
    ).toThrow(/options.negativeFormula/);
  });

  it('exposes the two formulas, unrounded, with checked arguments', () => {
    expect(positiveCapaian(3, 4)).toBe(75);
    expect(negativeCapaian(3, 4, 'selisih')).toBe(125);
    expect(negativeCapaian(5, 4, 'rasio')).toBe(80);
    expect(() => negativeCapaian(5, 4, 'positive' as never)).toThrow(EngineArgumentError);
    expect(() => positiveCapaian(Number.NaN, 4)).toThrow(EngineArgumentError);
  });
});

/**
 * The reference: the capaian as an exact fraction of cents, rounded half away from zero to 2 decimals in BigInt,
 * then its band — written independently of the engine's floating-point fast path.
 */
function exactCapaian(
  rCents: bigint,
  tCents: bigint,
  polaritas: 'positif' | 'negatif',
  rumus: 'selisih' | 'rasio',
): number | null {
  let num: bigint;
  let den: bigint;
  if (polaritas === 'positif') [num, den] = [rCents, tCents];
  else if (rumus === 'selisih') [num, den] = [2n * tCents - rCents, tCents];
  else {
    if (rCents <= 0n) return null;
    [num, den] = [tCents, rCents];
  }
  // capaian × 100 (2 decimals) = num × 10000 / den, rounded half away from zero.
  const n = num * 10_000n;
  const neg = n < 0n;
  const a = neg ? -n : n;
  let q = a / den;
  if ((a % den) * 2n >= den) q += 1n;
  return Number(neg ? -q : q) / 100;
}

const EDGES = [51, 66, 76, 91, 100];
const cents = fc.integer({ min: 1, max: 2_000_000 });
/** Pairs whose exact capaian is a band edge, and random pairs. */
const pair = fc.oneof(
  fc
    .record({
      t: cents,
      edge: fc.constantFrom(...EDGES),
      polaritas: fc.constantFrom('positif' as const, 'negatif' as const),
    })
    .map(({ t, edge, polaritas }) => {
      // positive: R = T·edge/100; negative (selisih): R = T·(200 − edge)/100 — exact when a whole number of cents.
      const t100 = t * 100;
      const r = polaritas === 'positif' ? (t100 * edge) / 10_000 : (t100 * (200 - edge)) / 10_000;
      return { t: t100, r: Math.round(r * 100), polaritas, rumus: 'selisih' as const };
    }),
  fc.record({
    t: cents,
    r: fc.integer({ min: -1_000_000, max: 4_000_000 }),
    polaritas: fc.constantFrom('positif' as const, 'negatif' as const),
    rumus: fc.constantFrom('selisih' as const, 'rasio' as const),
  }),
);

describe('computeCapaian — properties', () => {
  it('the category always equals the band of the printed capaian, and exact edges land in the band they start (issue 10 §2)', () => {
    fc.assert(
      fc.property(pair, ({ t, r, polaritas, rumus }) => {
        const R = r / 100;
        const T = t / 100;
        const c = computeCapaian({ realisasi: R, target: T, polaritas, rumusNegatif: rumus });
        const expected = exactCapaian(BigInt(r), BigInt(t), polaritas, rumus);
        expect(c.capaian).toBe(expected);
        if (c.capaian === null) return;
        const band = categorize(c.capaian)!.key;
        // The printed capaian ("90,99%" / "91,00%"), read back, lies in the same band.
        const printed = Number(
          formatPercent(c.capaian, { decimals: 2 }).replace('%', '').replace(/\./g, '').replace(',', '.'),
        );
        expect(printed).toBe(c.capaian);
        expect(categorize(printed)!.key).toBe(band);
        // An exact edge lands in the band it starts.
        const edge = DEFAULT_CATEGORY_SCALE.bands.find((b) => b.min === expected);
        if (edge) expect(band).toBe(edge.key);
      }),
      { numRuns: 2000 },
    );
  });

  it('a target ≤ 0 never gives a capaian; no result is ever Infinity or NaN (issue 10 §3)', () => {
    fc.assert(
      fc.property(
        fc.double({ noNaN: true, noDefaultInfinity: true }),
        fc.oneof(
          fc.double({ noNaN: true, noDefaultInfinity: true }),
          fc
            .tuple(
              fc.double({ noNaN: true, noDefaultInfinity: true }),
              fc.double({ min: 0, noNaN: true, noDefaultInfinity: true }),
            )
            .map(([min, w]) => ({ min, max: Number.isFinite(min + w) ? min + w : min })),
        ),
        fc.constantFrom('positif' as const, 'negatif' as const),
        fc.constantFrom('selisih' as const, 'rasio' as const),
        fc.constantFrom('polaritas' as const, 'dua-sisi' as const),
        (r, target, polaritas, rumusNegatif, rentang) => {
          const c = computeCapaian({ realisasi: r, target, polaritas, rumusNegatif, rentang });
          if (c.capaian === null) expect(c.reason).toBeDefined();
          else expect(Number.isFinite(c.capaian)).toBe(true);
          if (typeof target === 'number' && target <= 0) {
            expect(c.capaian).toBeNull();
            expect(c.reason).toBe(target === 0 ? 'target-zero' : 'target-negative');
          }
          if (typeof target === 'object' && (r < target.min || r > target.max) && c.capaian !== null) {
            expect(c.targetAcuan).toBeGreaterThan(0);
          }
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('rises with the realisation for positive indicators, falls for negative ones', () => {
    const target = fc.double({ min: 0.01, max: 1e6, noNaN: true });
    const real = fc.double({ min: 0.01, max: 1e6, noNaN: true });
    fc.assert(
      fc.property(target, real, real, (t, a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        const pos = (x: number) => cap(x, t, 'positif').capaian!;
        expect(pos(hi)).toBeGreaterThanOrEqual(pos(lo));
        for (const f of ['selisih', 'rasio'] as const) {
          const neg = (x: number) => cap(x, t, 'negatif', { rumusNegatif: f }).capaian!;
          expect(neg(hi)).toBeLessThanOrEqual(neg(lo));
        }
      }),
    );
  });

  it('range targets: 100 inside; outside, ≥ 100 only on the favourable side (published convention), < 100 on both in dua-sisi', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 100_000 }),
        fc.integer({ min: 0, max: 100_000 }),
        fc.integer({ min: 0, max: 300_000 }),
        fc.constantFrom('positif' as const, 'negatif' as const),
        (min, width, r, polaritas) => {
          const target = { min: min / 100, max: (min + width) / 100 };
          const R = r / 100;
          const conv = cap(R, target, polaritas).capaian!;
          const band = cap(R, target, polaritas, { rentang: 'dua-sisi' }).capaian!;
          if (R >= target.min && R <= target.max) {
            expect(conv).toBe(100);
            expect(band).toBe(100);
            return;
          }
          const favourable = polaritas === 'positif' ? R > target.max : R < target.min;
          if (favourable) expect(conv).toBeGreaterThanOrEqual(100);
          else expect(conv).toBeLessThanOrEqual(100);
          expect(band).toBeLessThanOrEqual(100);
        },
      ),
    );
  });

  it('a missing realisation never becomes a number', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(null, undefined),
        fc.double({ min: 0.01, max: 1e6, noNaN: true }),
        fc.constantFrom('positif' as const, 'negatif' as const),
        (r, t, p) => {
          expect(computeCapaian({ realisasi: r, target: t, polaritas: p }).capaian).toBeNull();
        },
      ),
    );
  });
});

describe('computeCapaian — edges a plausible one-line change would move', () => {
  it('a capaian of exactly 0 is not flagged negative', () => {
    // Positive: 0 / 5 × 100 = 0. Negative selisih: (2·5 − 10) / 5 × 100 = 0.
    expect(cap(0, 5, 'positif')).toEqual({ capaian: 0, targetAcuan: 5, negatif: false });
    expect(cap(10, 5, 'negatif')).toEqual({ capaian: 0, targetAcuan: 5, negatif: false });
    // Just below 0 is: (2·5 − 10,01) / 5 × 100 = −0,2.
    expect(cap(10.01, 5, 'negatif')).toEqual({ capaian: -0.2, targetAcuan: 5, negatif: true });
  });

  it('a realisation on a bound is inside the range, even when that bound is 0 (no ratio is formed)', () => {
    // A bound written −0 is the bound 0: judged against it first, it must not leave a −0 behind for later rows.
    expect(Object.is(cap(0, { min: -0, max: 1 }, 'positif').targetAcuan, 0)).toBe(true);
    // On the lower bound 0: inside → 100 against it (judged against 0 it would be target-zero).
    expect(cap(0, { min: 0, max: 1 }, 'positif')).toEqual({ capaian: 100, targetAcuan: 0, negatif: false });
    // On the upper bound 0 of a range −2…0: inside → 100 against 0.
    expect(cap(0, { min: -2, max: 0 }, 'positif')).toEqual({ capaian: 100, targetAcuan: 0, negatif: false });
    expect(cap(0, { min: -2, max: 0 }, 'negatif', { rentang: 'dua-sisi' }).capaian).toBe(100);
  });

  it("'dua-sisi' judges below the range positively against min and above it negatively against max", () => {
    // Below: 1 / 2 × 100 = 50 against min 2, whatever the polarity.
    for (const polaritas of ['positif', 'negatif'] as const) {
      expect(cap(1, { min: 2, max: 4 }, polaritas, { rentang: 'dua-sisi' })).toEqual({
        capaian: 50,
        targetAcuan: 2,
        negatif: false,
      });
      // Above: selisih (2·4 − 5) / 4 × 100 = 75; rasio 4 / 5 × 100 = 80, against max 4.
      expect(cap(5, { min: 2, max: 4 }, polaritas, { rentang: 'dua-sisi' })).toEqual({
        capaian: 75,
        targetAcuan: 4,
        negatif: false,
      });
      expect(
        cap(5, { min: 2, max: 4 }, polaritas, { rentang: 'dua-sisi', rumusNegatif: 'rasio' }).capaian,
      ).toBe(80);
    }
  });

  it("the range rule defaults to the published convention ('polaritas')", () => {
    // Positive above 10–12: 13 / 12 × 100 = 108,33 — under 'dua-sisi' it would be (24 − 13) / 12 × 100 = 91,67.
    expect(cap(13, { min: 10, max: 12 }, 'positif').capaian).toBe(108.33);
    expect(cap(13, { min: 10, max: 12 }, 'positif', { rentang: 'polaritas' }).capaian).toBe(108.33);
    expect(cap(13, { min: 10, max: 12 }, 'positif', { rentang: 'dua-sisi' }).capaian).toBe(91.67);
  });

  it('an exact halfway capaian of a negative indicator rounds away from zero under both formulas', () => {
    // selisih: (2·4 − 0,369) / 4 × 100 = 190,775 exactly → 190,78.
    expect(cap(0.369, 4, 'negatif').capaian).toBe(190.78);
    // rasio: 0,18145 / 0,2 × 100 = 90,725 exactly → 90,73.
    expect(cap(0.2, 0.18145, 'negatif', { rumusNegatif: 'rasio' }).capaian).toBe(90.73);
  });

  it('the two exported formulas name the argument they reject', () => {
    const rejected = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        return e instanceof EngineArgumentError ? { fn: e.fn, argument: e.argument } : e;
      }
      return 'no error';
    };
    expect(rejected(() => positiveCapaian(Number.NaN, 4))).toEqual({ fn: 'positiveCapaian', argument: 'r' });
    expect(rejected(() => positiveCapaian(3, Number.POSITIVE_INFINITY))).toEqual({
      fn: 'positiveCapaian',
      argument: 't',
    });
    expect(rejected(() => negativeCapaian(Number.NaN, 4, 'selisih'))).toEqual({
      fn: 'negativeCapaian',
      argument: 'r',
    });
    expect(rejected(() => negativeCapaian(3, Number.NaN, 'selisih'))).toEqual({
      fn: 'negativeCapaian',
      argument: 't',
    });
    expect(rejected(() => negativeCapaian(3, 4, 'ratio' as never))).toEqual({
      fn: 'negativeCapaian',
      argument: 'formula',
    });
  });

  it('results inside a range are shared per bound, and the sharing stops growing after 4096 bounds', () => {
    const inside = (bound: number) => cap(bound + 0.5, { min: bound, max: bound + 2 }, 'positif');
    const a = inside(1_000_001);
    expect(a).toEqual({ capaian: 100, targetAcuan: 1_000_001, negatif: false });
    expect(inside(1_000_001)).toBe(a);
    // Fill the table past its bound: a bound never seen before is then computed afresh each time (equal, not shared).
    for (let i = 0; i < 4100; i++) inside(2_000_000 + i);
    const fresh = inside(3_000_000);
    expect(inside(3_000_000)).toEqual(fresh);
    expect(inside(3_000_000)).not.toBe(fresh);
  });
});
