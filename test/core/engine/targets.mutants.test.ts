/** endTarget and sumTargets: edges the mutation run can tell apart; expected values worked out by hand. */
import { EngineArgumentError, endTarget, proRataShare, sumTargets } from '@satata/core';
import { describe, expect, it } from 'vitest';

const refused = (call: () => unknown) => {
  try {
    call();
  } catch (e) {
    expect(e).toBeInstanceOf(EngineArgumentError);
    const err = e as EngineArgumentError;
    return { argument: err.argument, expected: err.expected };
  }
  throw new Error('expected an EngineArgumentError');
};

describe('endTarget', () => {
  it('a plan of one year: its target, for sum and for last', () => {
    expect(endTarget({ '2026': 7 }, 'sum', 2026, 2026)).toBe(7);
    expect(endTarget({ '2026': 7 }, 'last', 2026, 2026)).toBe(7);
  });

  it('sum: every year from mulai to akhir inclusive (5 + 6 + 7 = 18); any year missing, including the last, gives null', () => {
    expect(endTarget({ '2024': 5, '2025': 6, '2026': 7, '2027': 100 }, 'sum', 2024, 2026)).toBe(18);
    expect(endTarget({ '2024': 5, '2025': 6 }, 'sum', 2024, 2026)).toBeNull();
    expect(endTarget({ '2025': 6, '2026': 7 }, 'sum', 2024, 2026)).toBeNull();
  });

  it('mean and max take the final year like last; null without one', () => {
    expect(endTarget({ '2025': 1, '2026': 2 }, 'mean', 2021, 2026)).toBe(2);
    expect(endTarget({ '2025': 1, '2026': { min: 2, max: 3 } }, 'max', 2021, 2026)).toEqual({
      min: 2,
      max: 3,
    });
    expect(endTarget({ '2025': 1 }, 'last', 2021, 2026)).toBeNull();
  });

  it('years 0–9999 pass; outside, or akhir before mulai, is refused naming the argument', () => {
    expect(endTarget({ '9999': 1 }, 'last', 0, 9999)).toBe(1);
    expect(refused(() => endTarget({}, 'last', -1, 2026))).toEqual({
      argument: 'mulai',
      expected: 'bilangan bulat 0–9999',
    });
    expect(refused(() => endTarget({}, 'last', 2021, 10000))).toEqual({
      argument: 'akhir',
      expected: 'bilangan bulat 0–9999',
    });
    expect(refused(() => endTarget({}, 'last', 2027, 2026))).toEqual({
      argument: 'akhir',
      expected: 'tahun ≥ mulai (2027)',
    });
    expect(refused(() => endTarget(null as never, 'last', 2021, 2026))).toEqual({
      argument: 'targets',
      expected: 'objek target per tahun',
    });
    expect(refused(() => endTarget('x' as never, 'last', 2021, 2026)).argument).toBe('targets');
    expect(refused(() => endTarget({}, 'total' as never, 2021, 2026)).argument).toBe('agregasi');
    expect(refused(() => endTarget({ '2025': Number.NaN }, 'last', 2021, 2026)).argument).toBe(
      'targets.2025',
    );
  });
});

describe('sumTargets', () => {
  it('numbers only stay a number; ranges add bound by bound wherever they come in the list', () => {
    expect(sumTargets([5])).toBe(5);
    expect(sumTargets([{ min: 1, max: 2 }, 10, { min: 3, max: 4 }])).toEqual({ min: 14, max: 16 });
    expect(sumTargets([-5, 2])).toBe(-3);
  });
});

describe('proRataShare refuses what is no period, saying a period was expected', () => {
  it('null or a number', () => {
    for (const p of [null, 5]) {
      expect(refused(() => proRataShare(p as never))).toEqual({ argument: 'p', expected: 'periode' });
    }
  });
});
