import { changeDirection, computeChange, EngineArgumentError } from '@satata/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

const change = (
  realisasi: number | null,
  sebelumnya: number | null,
  polaritas: 'positif' | 'negatif' | 'netral',
  extra = {},
) => computeChange({ realisasi, sebelumnya, periodeSebelumnya: '2024', polaritas, ...extra });

describe('computeChange', () => {
  it('judges direction by polarity', () => {
    // IPM 82,1 → 82,6: +0,5 on a positive indicator is membaik; persen = 0,5 / 82,1 × 100 = 0,609 %.
    const ipm = change(82.6, 82.1, 'positif');
    expect(ipm.perubahan?.arah).toBe('membaik');
    expect(ipm.perubahan?.selisih).toBeCloseTo(0.5, 10);
    expect(ipm.perubahan?.persen).toBeCloseTo(0.609013, 5);
    expect(ipm.perubahan?.periodeSebelumnya).toBe('2024');
    expect(ipm.perubahan?.sampaiDengan).toBeNull();
    // Poverty 4,23 → 4,03 %: a fall on a negative indicator is membaik; a rise memburuk.
    expect(change(4.03, 4.23, 'negatif').perubahan?.arah).toBe('membaik');
    expect(change(4.43, 4.23, 'negatif').perubahan?.arah).toBe('memburuk');
    expect(change(4.43, 4.23, 'netral').perubahan?.arah).toBeNull();
  });

  it('a change that rounds to zero at the display precision is tetap, whatever the polarity (issue 10 §6)', () => {
    // 4,2300 → 4,2349: +0,0049 prints "±0,00": tetap, not "membaik".
    expect(change(4.2349, 4.23, 'positif').perubahan?.arah).toBe('tetap');
    expect(change(4.2349, 4.23, 'negatif').perubahan?.arah).toBe('tetap');
    expect(change(4.2349, 4.23, 'netral').perubahan?.arah).toBe('tetap');
    // +0,005 prints "+0,01" (half away from zero): judged.
    expect(change(4.235, 4.23, 'positif').perubahan?.arah).toBe('membaik');
    // Display decimals come from the indicator: at 0 decimals +0,4 jiwa is tetap, +0,5 is not.
    expect(changeDirection(0.4, 'positif', { decimals: 0 })).toBe('tetap');
    expect(changeDirection(0.5, 'positif', { decimals: 0 })).toBe('membaik');
    expect(changeDirection(0, 'negatif')).toBe('tetap');
  });

  it('an explicit tolerance replaces the display rule', () => {
    expect(changeDirection(0.04, 'positif', { tolerance: 0.05 })).toBe('tetap');
    expect(changeDirection(0.05, 'positif', { tolerance: 0.05 })).toBe('tetap');
    expect(changeDirection(-0.06, 'positif', { tolerance: 0.05 })).toBe('memburuk');
    expect(changeDirection(0.004, 'positif', { tolerance: 0 })).toBe('membaik');
  });

  it('persen is relative to |sebelumnya|: a rise from −4 to −2 is +50 %, not −50 %', () => {
    expect(change(-2, -4, 'positif').perubahan).toMatchObject({ selisih: 2, persen: 50, arah: 'membaik' });
    expect(change(-6, -4, 'positif').perubahan).toMatchObject({ selisih: -2, persen: -50, arah: 'memburuk' });
  });

  it('has no percent against a previous 0, and says why a change is missing', () => {
    expect(change(5, 0, 'positif').perubahan).toMatchObject({ selisih: 5, persen: null, arah: 'membaik' });
    expect(change(5, null, 'positif')).toEqual({ perubahan: null, reason: 'no-previous' });
    expect(change(null, 4, 'positif', { realisasiReason: 'suppressed' })).toEqual({
      perubahan: null,
      reason: 'suppressed',
    });
    expect(change(5, null, 'positif', { sebelumnyaReason: 'no-comparable-period' })).toEqual({
      perubahan: null,
      reason: 'no-comparable-period',
    });
    expect(change(1.7e308, -1.7e308, 'positif')).toEqual({ perubahan: null, reason: 'not-finite' });
  });

  it('carries the span of a partial year it was compared with', () => {
    expect(change(10, 8, 'positif', { sampaiDengan: '2024-Q3' }).perubahan?.sampaiDengan).toBe('2024-Q3');
  });

  it('checks its arguments', () => {
    expect(() => change(5, 4, 'positive' as never)).toThrow(EngineArgumentError);
    expect(() => change(Number.NaN, 4, 'positif')).toThrow(/realisasi/);
    expect(() => change(5, Number.POSITIVE_INFINITY, 'positif')).toThrow(/sebelumnya/);
    expect(() => changeDirection(1, 'positif', { tolerance: -1 })).toThrow(/tolerance/);
    expect(() => changeDirection(1, 'positif', { decimals: 11 })).toThrow(/decimals/);
  });

  it('tetap exactly when the printed change is zero (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -100_000, max: 100_000 }),
        fc.integer({ min: -100_000, max: 100_000 }),
        fc.constantFrom('positif' as const, 'negatif' as const),
        (a, b, polaritas) => {
          // Values with 3 decimals, printed with 2.
          const c = change(a / 1000, b / 1000, polaritas).perubahan!;
          const printedZero = Math.abs(a - b) < 5;
          expect(c.arah === 'tetap').toBe(printedZero);
        },
      ),
    );
  });
});

describe('computeChange — defaults and the argument each check names', () => {
  it('without a current value the reason defaults to no-data', () => {
    expect(change(null, 4, 'positif')).toEqual({ perubahan: null, reason: 'no-data' });
  });

  it('names the function and the argument', () => {
    const fields = (call: () => unknown) => {
      try {
        call();
      } catch (e) {
        if (!(e instanceof EngineArgumentError)) throw e;
        return { fn: e.fn, argument: e.argument };
      }
      return 'no error';
    };
    expect(fields(() => change(5, 4, 'positive' as never))).toEqual({
      fn: 'computeChange',
      argument: 'polaritas',
    });
    expect(fields(() => changeDirection(1, 'positive' as never))).toEqual({
      fn: 'changeDirection',
      argument: 'polaritas',
    });
    expect(fields(() => changeDirection(1, 'positif', { tolerance: Number.NaN }))).toEqual({
      fn: 'changeDirection',
      argument: 'options.tolerance',
    });
  });
});
