import { aggregateSubPeriods, normalizePeriod, parsePeriod, type SubPeriodValue } from '@satata/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

const v = (periode: string, nilai: number | null, extra: Partial<SubPeriodValue> = {}): SubPeriodValue => ({
  periode: normalizePeriod(periode),
  period: parsePeriod(periode),
  nilai,
  ...extra,
});
const year = [v('2025-Q1', 10), v('2025-Q2', 20), v('2025-Q3', 30), v('2025-Q4', 40)];

describe('aggregateSubPeriods', () => {
  it('sum: triwulan I–IV added (10 + 20 + 30 + 40 = 100)', () => {
    expect(aggregateSubPeriods(year, 'sum')).toEqual({
      nilai: 100,
      numerator: null,
      denominator: null,
      sumberPeriode: ['2025-Q1', '2025-Q2', '2025-Q3', '2025-Q4'],
      kind: 'quarter',
      sebagian: false,
    });
  });

  it('sum of a partial year is flagged and says which triwulan contributed (10 + 20 + 30 = 60)', () => {
    const r = aggregateSubPeriods(year.slice(0, 3), 'sum');
    expect(r).toMatchObject({ nilai: 60, sebagian: true, sumberPeriode: ['2025-Q1', '2025-Q2', '2025-Q3'] });
  });

  it('a reported-missing triwulan is skipped, not read as 0', () => {
    const r = aggregateSubPeriods([v('2025-Q1', 10), v('2025-Q2', null), v('2025-Q3', 30)], 'sum');
    expect(r).toMatchObject({ nilai: 40, sebagian: true, sumberPeriode: ['2025-Q1', '2025-Q3'] });
  });

  it('last: the latest non-empty value, whatever the input order', () => {
    const r = aggregateSubPeriods([v('2025-Q4', null), v('2025-Q3', 30), v('2025-Q1', 10)], 'last');
    expect(r).toMatchObject({ nilai: 30, sumberPeriode: ['2025-Q3'], sebagian: false });
  });

  it('last keeps the numerator and denominator of its value; sum adds them', () => {
    const rates = [
      v('2025-Q1', 10, { numerator: 1, denominator: 10 }),
      v('2025-Q2', 20, { numerator: 4, denominator: 20 }),
    ];
    expect(aggregateSubPeriods(rates, 'last')).toMatchObject({ numerator: 4, denominator: 20 });
    expect(aggregateSubPeriods(rates, 'sum')).toMatchObject({ numerator: 5, denominator: 30 });
  });

  it('mean and max of the values present ((10+20+30+40)/4 = 25; max 40)', () => {
    expect(aggregateSubPeriods(year, 'mean').nilai).toBe(25);
    expect(aggregateSubPeriods(year, 'max').nilai).toBe(40);
  });

  it('an all-missing year is null with its reason, never 0', () => {
    expect(aggregateSubPeriods([], 'sum')).toMatchObject({ nilai: null, reason: 'no-data' });
    expect(aggregateSubPeriods([v('2025-Q1', null)], 'sum')).toMatchObject({
      nilai: null,
      reason: 'reported-missing',
    });
    expect(aggregateSubPeriods([v('2025-Q1', null, { ditekan: true })], 'sum')).toMatchObject({
      nilai: null,
      reason: 'suppressed',
    });
  });

  it('never adds months and triwulan of the same year together', () => {
    const mixed = [v('2025-01', 1), v('2025-02', 2), v('2025-Q1', 100), v('2025-Q2', 200)];
    // Triwulan cover 6 months, the months only 2: the triwulan are used (100 + 200).
    expect(aggregateSubPeriods(mixed, 'sum')).toMatchObject({ nilai: 300, kind: 'quarter' });
  });

  it('a missing realisation never becomes 0 (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.option(fc.integer({ min: 1, max: 1000 }), { nil: null }), { minLength: 0, maxLength: 4 }),
        fc.constantFrom('sum' as const, 'last' as const, 'mean' as const, 'max' as const),
        (vals, agg) => {
          const r = aggregateSubPeriods(
            vals.map((x, i) => v(`2025-Q${i + 1}`, x)),
            agg,
          );
          if (vals.every((x) => x === null)) expect(r.nilai).toBeNull();
          else expect(r.nilai).toBeGreaterThan(0);
        },
      ),
    );
  });
});
