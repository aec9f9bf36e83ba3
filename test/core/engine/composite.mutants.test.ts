/** combineComposite: the cases the mutation run found untested; expected values worked out by hand. */
import { combineComposite, EngineArgumentError } from '@satata/core';
import { describe, expect, it } from 'vitest';

/** The argument an EngineArgumentError from `call` names. */
function argumentOf(call: () => unknown): string {
  try {
    call();
  } catch (e) {
    expect(e).toBeInstanceOf(EngineArgumentError);
    return (e as EngineArgumentError).argument;
  }
  throw new Error('expected an EngineArgumentError');
}

describe('combineComposite', () => {
  it('no components is an incomplete composite, not 0 (sum) or NaN (mean)', () => {
    for (const metode of ['sum', 'mean', 'weighted-mean'] as const) {
      expect(combineComposite(metode, [])).toEqual({
        nilai: null,
        reason: 'composite-incomplete',
        kurang: [],
      });
    }
  });

  it('a combination too large for a number is null, not Infinity (1e308 + 1e308)', () => {
    const parts = [
      { kode: 'a', nilai: 1e308, bobot: 1 },
      { kode: 'b', nilai: 1e308, bobot: 1 },
    ];
    expect(combineComposite('sum', parts)).toEqual({ nilai: null, reason: 'not-finite', kurang: [] });
    // The mean of the same parts overflows in the sum before the division as well.
    expect(combineComposite('mean', parts)).toEqual({ nilai: null, reason: 'not-finite', kurang: [] });
  });

  it('names the argument it refuses: the parts, and the weight or value of the part at its index', () => {
    expect(argumentOf(() => combineComposite('sum', 'ab' as never))).toBe('parts');
    const ok = { kode: 'a', nilai: 1, bobot: 1 };
    expect(argumentOf(() => combineComposite('sum', [ok, { kode: 'b', nilai: 1, bobot: Number.NaN }]))).toBe(
      'parts.1.bobot',
    );
    expect(argumentOf(() => combineComposite('sum', [ok, { kode: 'b', nilai: 1, bobot: -1 }]))).toBe(
      'parts.1.bobot',
    );
    expect(argumentOf(() => combineComposite('sum', [{ kode: 'a', nilai: 'x' as never, bobot: 1 }]))).toBe(
      'parts.0.nilai',
    );
  });
});
