/** formulaValue and rateFactor: the cases the mutation run found untested; expected values worked out by hand. */
import { EngineArgumentError, formulaValue, rateFactor } from '@satata/core';
import { describe, expect, it } from 'vitest';

describe('formulaValue: why there is no value', () => {
  it('a missing denominator is no data, whatever the numerator; 0 / 0 is a zero denominator', () => {
    expect(formulaValue(3, null, 100)).toEqual({ nilai: null, reason: 'no-data' });
    expect(formulaValue(0, null)).toEqual({ nilai: null, reason: 'no-data' });
    expect(formulaValue(0, 0, 100)).toEqual({ nilai: null, reason: 'denominator-zero' });
    expect(formulaValue(-3, 0, 100)).toEqual({ nilai: null, reason: 'denominator-zero' });
  });

  it('a result too large for a number is not finite (1e308 / 1e-10 × 100), and so is 1e308 × 100', () => {
    expect(formulaValue(1e308, 1e-10, 100)).toEqual({ nilai: null, reason: 'not-finite' });
    expect(formulaValue(1e308, undefined, 100)).toEqual({ nilai: null, reason: 'not-finite' });
    // A factor of 0: 5 / 0 × 0 has no value either (a zero denominator).
    expect(formulaValue(5, 0, 0)).toEqual({ nilai: null, reason: 'denominator-zero' });
    expect(formulaValue(5, 2, 0)).toEqual({ nilai: 0 });
  });

  it('names the argument it refuses', () => {
    for (const [call, argument] of [
      [() => formulaValue('3' as never, 1), 'numerator'],
      [() => formulaValue(3, Number.NaN), 'denominator'],
    ] as const) {
      try {
        call();
        throw new Error('expected an EngineArgumentError');
      } catch (e) {
        expect(e).toBeInstanceOf(EngineArgumentError);
        expect(e).toMatchObject({ fn: 'formulaValue', argument });
      }
    }
  });
});

describe('rateFactor: a "per N" unit', () => {
  it('reads N with or without a space after "per"; a 0 or an N too large for a number gives 1', () => {
    expect(rateFactor({ satuan: 'per1.000 penduduk' })).toBe(1000);
    expect(rateFactor({ satuan: 'kasus per   10.000' })).toBe(10000);
    expect(rateFactor({ satuan: 'per 0 penduduk' })).toBe(1);
    expect(rateFactor({ satuan: 'per . penduduk' })).toBe(1);
    expect(rateFactor({ satuan: `per 1${'0'.repeat(400)}` })).toBe(1);
  });
});
