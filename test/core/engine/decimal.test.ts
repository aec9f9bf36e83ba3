/**
 * Exact decimal rounding (engine/decimal.ts) through its public functions: `roundHalfAway`, `roundsToZero`, and
 * the capaian and change that use its exact paths.
 */
import {
  computeCapaian,
  computeChange,
  parsePeriod,
  roundHalfAway,
  roundsToZero,
  subPeriodConflicts,
} from '@satata/core';
import { describe, expect, it } from 'vitest';

describe('roundHalfAway', () => {
  it('rounds half away from zero on the decimal a number shows, both signs', () => {
    // 2,675 is stored as 2,67499999999999982236431605997495353221893310546875; printed 2,675 → 2,68.
    expect(roundHalfAway(2.675, 2)).toBe(2.68);
    expect(roundHalfAway(-2.675, 2)).toBe(-2.68);
    expect(roundHalfAway(2.5, 0)).toBe(3);
    expect(roundHalfAway(-2.5, 0)).toBe(-3);
    // Not at a halfway point: the nearest value.
    expect(roundHalfAway(2.674, 2)).toBe(2.67);
    expect(roundHalfAway(-2.676, 2)).toBe(-2.68);
  });

  it('reads numbers written with an exponent exactly: 1,5·10⁻⁷ → 2·10⁻⁷ at 7 decimals', () => {
    // String(1.5e-7) is "1.5e-7": 15 / 10⁸, halfway between 1·10⁻⁷ and 2·10⁻⁷.
    expect(roundHalfAway(1.5e-7, 7)).toBe(2e-7);
    expect(roundHalfAway(-2.5e-7, 7)).toBe(-3e-7);
    expect(roundHalfAway(1.25e-7, 8)).toBe(1.3e-7);
  });

  it('large values keep their digits exactly (every decimal asked for is already there)', () => {
    // 123.456.789.012 · 100 is far from a halfway point but within the exact path's tolerance: unchanged.
    expect(roundHalfAway(123_456_789_012, 2)).toBe(123_456_789_012);
    expect(roundHalfAway(1_234_567_890.12, 2)).toBe(1_234_567_890.12);
    // 1.055.433,005 is stored a hair below (× 100 = 105.543.300,49999999): printed 1.055.433,005 → 1.055.433,01.
    expect(roundHalfAway(1_055_433.005, 2)).toBe(1_055_433.01);
    expect(roundHalfAway(-1_055_433.005, 2)).toBe(-1_055_433.01);
    // 12.345.678.901,5 at 0 decimals: halfway → 12.345.678.902.
    expect(roundHalfAway(12_345_678_901.5, 0)).toBe(12_345_678_902);
    // Beyond 2⁵² · 10⁻ᵈ there are no decimals left to round.
    expect(roundHalfAway(1e20, 2)).toBe(1e20);
    expect(roundHalfAway(-1e20, 2)).toBe(-1e20);
  });

  it('never returns −0, and non-finite values come back unchanged', () => {
    expect(Object.is(roundHalfAway(-0.001, 2), 0)).toBe(true);
    expect(Object.is(roundHalfAway(-0.4, 0), 0)).toBe(true);
    expect(Object.is(roundHalfAway(-0, 2), 0)).toBe(true);
    expect(roundHalfAway(Number.POSITIVE_INFINITY, 2)).toBe(Number.POSITIVE_INFINITY);
    expect(roundHalfAway(Number.NEGATIVE_INFINITY, 2)).toBe(Number.NEGATIVE_INFINITY);
    expect(roundHalfAway(Number.NaN, 2)).toBeNaN();
  });

  it('takes whole decimals 0–10 and names what it received otherwise', () => {
    expect(roundHalfAway(1.23456789012, 10)).toBe(1.2345678901);
    expect(roundHalfAway(1.5, 0)).toBe(2);
    for (const bad of [-1, 11, 1.5, Number.NaN]) {
      expect(() => roundHalfAway(1, bad)).toThrow(RangeError);
      expect(() => roundHalfAway(1, bad)).toThrow(
        `desimal harus bilangan bulat 0–10, diterima ${String(bad)}`,
      );
    }
  });

  it('roundsToZero: exactly when the printed value is 0 (0,005 at 2 decimals is not)', () => {
    expect(roundsToZero(0.00499, 2)).toBe(true);
    expect(roundsToZero(-0.00499, 2)).toBe(true);
    expect(roundsToZero(0.005, 2)).toBe(false);
    expect(roundsToZero(-0.005, 2)).toBe(false);
  });
});

describe('exact paths of the capaian and the change', () => {
  it('a capaian too large to carry decimals is returned as computed', () => {
    // 10¹⁵ / 1 × 100 = 10¹⁷.
    expect(computeCapaian({ realisasi: 1e15, target: 1, polaritas: 'positif' }).capaian).toBe(1e17);
  });

  it('a capaian that rounds to 0 from below is 0, not −0, and not flagged negative', () => {
    // −0,001 / 1 × 100 = −0,1 → 0 at 0 decimals.
    const c = computeCapaian({ realisasi: -0.001, target: 1, polaritas: 'positif', desimal: 0 });
    expect(Object.is(c.capaian, 0)).toBe(true);
    expect(c.negatif).toBe(false);
  });

  it('halfway capaian of figures written with an exponent: 2,00189·10²² against 2,2·10²² is 90,995 → 91', () => {
    expect(computeCapaian({ realisasi: 2.00189e22, target: 2.2e22, polaritas: 'positif' }).capaian).toBe(91);
    expect(computeCapaian({ realisasi: 2.00189e-20, target: 2.2e-20, polaritas: 'positif' }).capaian).toBe(
      91,
    );
  });

  it('a difference too fine for exact decimal arithmetic keeps its float value', () => {
    // 5,000000000000001·10⁻¹¹ has 26 decimals: the float difference is used (and is judged at 10 decimals).
    const c = computeChange(
      { realisasi: 5.000000000000001e-11, sebelumnya: 0, periodeSebelumnya: '2024', polaritas: 'positif' },
      { decimals: 10 },
    );
    expect(c.perubahan?.selisih).toBe(5.000000000000001e-11);
    expect(c.perubahan?.arah).toBe('membaik');
  });

  it('a difference at a halfway point is the difference of the decimals shown: 4,235 − 4,23 = 0,005 → membaik', () => {
    const c = computeChange({
      realisasi: 4.235,
      sebelumnya: 4.23,
      periodeSebelumnya: '2024',
      polaritas: 'positif',
    });
    expect(c.perubahan?.selisih).toBe(0.005);
    expect(c.perubahan?.arah).toBe('membaik');
    const d = computeChange({
      realisasi: -4.235,
      sebelumnya: -4.23,
      periodeSebelumnya: '2024',
      polaritas: 'positif',
    });
    expect(d.perubahan?.selisih).toBe(-0.005);
    expect(d.perubahan?.arah).toBe('memburuk');
  });
});

describe('values too large to have decimals left come back as they are', () => {
  it('roundHalfAway of 12 339 862 978 995 168 at 2 decimals is itself (× 100 ÷ 100 in floats would give …170)', () => {
    const x = 12339862978995168;
    expect((x * 100) / 100).not.toBe(x);
    expect(roundHalfAway(x, 2)).toBe(x);
    expect(roundHalfAway(-x, 3)).toBe(-x);
  });

  it('a capaian that large is the float capaian itself (123 398 629 789 959 of 1 → 12 339 862 978 995 900)', () => {
    const approx = 123398629789959 * 100;
    expect((approx * 100) / 100).not.toBe(approx);
    expect(computeCapaian({ realisasi: 123398629789959, target: 1, polaritas: 'positif' }).capaian).toBe(
      approx,
    );
  });

  it('a value written with an exponent has no decimals: 1e21 + 1e21 against 3e21 is a conflict (no rounding slack)', () => {
    expect(
      subPeriodConflicts(
        [
          { periode: '2025', period: parsePeriod('2025'), nilai: 3e21 },
          { periode: '2025-S1', period: parsePeriod('2025-S1'), nilai: 1e21 },
          { periode: '2025-S2', period: parsePeriod('2025-S2'), nilai: 1e21 },
        ],
        'sum',
      ),
    ).toHaveLength(1);
  });
});
