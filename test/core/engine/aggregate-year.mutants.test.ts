/**
 * aggregateSubPeriods and subPeriodConflicts: the cases that the mutation run (`pnpm mutation engine
 * aggregate-year.ts`) found untested. Every expected value is worked out by hand in the test's comment.
 */
import {
  aggregateSubPeriods,
  normalizePeriod,
  parsePeriod,
  type SubPeriodValue,
  subPeriodConflicts,
} from '@satata/core';
import { describe, expect, it } from 'vitest';

const v = (periode: string, nilai: number | null, extra: Partial<SubPeriodValue> = {}): SubPeriodValue => ({
  periode: normalizePeriod(periode),
  period: parsePeriod(periode),
  nilai,
  ...extra,
});
const quarters = (a: number, b: number, c: number, d: number) => [
  v('2025-Q1', a),
  v('2025-Q2', b),
  v('2025-Q3', c),
  v('2025-Q4', d),
];

describe('aggregateSubPeriods: which values count', () => {
  it('a suppressed cell never counts, even when it carries a number', () => {
    // Q2 is suppressed but holds 20: the sum is not 10 + 20 + 30 but missing (suppressed).
    const values = [v('2025-Q1', 10), v('2025-Q2', 20, { ditekan: true }), v('2025-Q3', 30)];
    expect(aggregateSubPeriods(values, 'sum')).toMatchObject({ nilai: null, reason: 'suppressed' });
    expect(aggregateSubPeriods(values, 'last')).toMatchObject({ nilai: 30, sumberPeriode: ['2025-Q3'] });
    expect(aggregateSubPeriods([v('2025-Q3', 30, { ditekan: true })], 'last')).toMatchObject({
      nilai: null,
      reason: 'suppressed',
    });
  });

  it("a year's own value is no sub-period: it is ignored here (10 + 20 + 30 + 40 = 100, not the year's 999)", () => {
    expect(aggregateSubPeriods([v('2025', 999), ...quarters(10, 20, 30, 40)], 'sum')).toMatchObject({
      nilai: 100,
      sumberPeriode: ['2025-Q1', '2025-Q2', '2025-Q3', '2025-Q4'],
    });
    expect(aggregateSubPeriods([v('2025', 999)], 'sum')).toMatchObject({ nilai: null, reason: 'no-data' });
  });

  it('with no usable value, an empty month makes the reason reported-missing even beside a suppressed one', () => {
    const values = [v('2025-Q1', null), v('2025-Q2', null, { ditekan: true })];
    expect(aggregateSubPeriods(values, 'sum')).toMatchObject({ nilai: null, reason: 'reported-missing' });
    expect(aggregateSubPeriods([...values].reverse(), 'mean')).toMatchObject({ reason: 'reported-missing' });
  });

  it('a missing value is a whole result: no parts, no periods, partial, not counted as zero', () => {
    expect(aggregateSubPeriods([v('2025-Q1', null)], 'sum')).toEqual({
      nilai: null,
      numerator: null,
      denominator: null,
      sumberPeriode: [],
      kind: null,
      sebagian: true,
      sampaiDengan: null,
      kosongNol: false,
      reason: 'reported-missing',
    });
    // A gap before the last value: the reason and the kind of the last piece.
    expect(aggregateSubPeriods([v('2025-Q1', 10), v('2025-Q3', 30)], 'sum')).toEqual({
      nilai: null,
      numerator: null,
      denominator: null,
      sumberPeriode: [],
      kind: 'quarter',
      sebagian: true,
      sampaiDengan: null,
      kosongNol: false,
      reason: 'sub-period-missing',
    });
  });

  it('a sum has a numerator and denominator only when every piece has both', () => {
    const whole = v('2025-Q1', 10, { numerator: 1, denominator: 10 });
    // Q2 lacks its denominator, then its numerator: the parts of the sum are unknown, the sum is 10 + 20 = 30.
    for (const q2 of [
      v('2025-Q2', 20, { numerator: 4, denominator: null }),
      v('2025-Q2', 20, { numerator: null, denominator: 20 }),
      v('2025-Q2', 20),
    ]) {
      expect(aggregateSubPeriods([whole, q2], 'sum')).toMatchObject({
        nilai: 30,
        numerator: null,
        denominator: null,
      });
    }
  });

  it('max is the largest value, negative ones included (−5 over −7 and −9)', () => {
    expect(aggregateSubPeriods(quarters(-7, -5, -9, -6), 'max').nilai).toBe(-5);
    expect(aggregateSubPeriods([v('2025-Q2', 3), v('2025-Q1', 3)], 'max')).toMatchObject({
      nilai: 3,
      sumberPeriode: ['2025-Q1', '2025-Q2'],
    });
  });

  it('to date: a span of months ending before December (sampaiBulan 5 over months 1–5)', () => {
    const months = [1, 2, 3, 4, 5, 6].map((m) => v(`2025-${String(m).padStart(2, '0')}`, m));
    // Months 1–5: 1 + 2 + 3 + 4 + 5 = 15; June lies after the span.
    expect(aggregateSubPeriods(months, 'sum', { sampaiBulan: 5, selesai: true })).toMatchObject({
      nilai: 15,
      sebagian: false,
      kosongNol: false,
    });
    // Months 1–4 reported of 1–5, not finished: partial through April (1 + 2 + 3 + 4 = 10).
    expect(aggregateSubPeriods(months.slice(0, 4), 'sum', { sampaiBulan: 5 })).toMatchObject({
      nilai: 10,
      sebagian: true,
      sampaiDengan: '2025-04',
    });
    // mean of months 1–4 over a span of 5 months is partial; of 1–5 it is whole.
    expect(aggregateSubPeriods(months, 'mean', { sampaiBulan: 4 })).toMatchObject({
      nilai: 2.5,
      sebagian: false,
    });
    expect(aggregateSubPeriods(months.slice(0, 4), 'mean', { sampaiBulan: 5 }).sebagian).toBe(true);
  });
});

describe('aggregateSubPeriods: periods in time order, whatever the input order', () => {
  it('longer periods win, and the pieces are listed in time order (Q4, S1, months 7–9 given out of order)', () => {
    const values = [
      v('2025-Q4', 40),
      v('2025-09', 9),
      v('2025-S1', 60),
      v('2025-07', 7),
      v('2025-Q1', 99),
      v('2025-08', 8),
    ];
    // S1 (60, over Q1's 99) + 7 + 8 + 9 + Q4 40 = 124.
    expect(aggregateSubPeriods(values, 'sum')).toMatchObject({
      nilai: 124,
      sumberPeriode: ['2025-S1', '2025-07', '2025-08', '2025-09', '2025-Q4'],
      kind: 'quarter',
      sebagian: false,
    });
    // last: the piece ending last is Q4 (40), not the last given or the last of the longest kind.
    expect(aggregateSubPeriods(values, 'last')).toMatchObject({ nilai: 40, sumberPeriode: ['2025-Q4'] });
  });

  it('months of one kind given backwards are summed in time order and the last is December', () => {
    const values = [12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1].map((m) =>
      v(`2025-${String(m).padStart(2, '0')}`, m),
    );
    const r = aggregateSubPeriods(values, 'sum');
    expect(r.nilai).toBe(78);
    expect(r.sumberPeriode[0]).toBe('2025-01');
    expect(r.sumberPeriode[11]).toBe('2025-12');
    expect(aggregateSubPeriods(values, 'last').nilai).toBe(12);
  });

  it('rows built from the same periods share one frozen list of periods', () => {
    // Periods no other test uses (2031), so the shared lists are made within this test.
    const q2031 = (a: number, b: number) => [v('2031-Q1', a), v('2031-Q2', b)];
    const a = aggregateSubPeriods(q2031(1, 2), 'sum');
    const b = aggregateSubPeriods(q2031(5, 6), 'mean');
    expect(a.sumberPeriode).toEqual(['2031-Q1', '2031-Q2']);
    expect(a.sumberPeriode).toBe(b.sumberPeriode);
    expect(Object.isFrozen(a.sumberPeriode)).toBe(true);
    const one = aggregateSubPeriods([v('2025-Q1', 1)], 'sum');
    expect(one.sumberPeriode).toEqual(['2025-Q1']);
    expect(aggregateSubPeriods([v('2025-Q1', 2)], 'last').sumberPeriode).toBe(one.sumberPeriode);
    expect(aggregateSubPeriods([v('2025-Q1', 3)], 'last').sumberPeriode).toBe(one.sumberPeriode);
    expect(Object.isFrozen(one.sumberPeriode)).toBe(true);
    // A different path gives a different list.
    expect(aggregateSubPeriods(quarters(1, 2, 3, 4).slice(0, 3), 'sum').sumberPeriode).toEqual([
      '2025-Q1',
      '2025-Q2',
      '2025-Q3',
    ]);
  });
});

describe('subPeriodConflicts: what is compared', () => {
  it('only the pieces inside the longer period are compared with it (S1 against Q1–Q2, not Q3–Q4)', () => {
    const s1 = v('2025-S1', 70);
    const q1 = v('2025-Q1', 30);
    const q2 = v('2025-Q2', 50);
    // Q1 + Q2 = 80 ≠ 70: a conflict, though Q3 and Q4 are there too.
    const out = subPeriodConflicts([s1, q1, q2, v('2025-Q3', 1), v('2025-Q4', 2)], 'sum');
    expect(out).toEqual([{ dipakai: s1, pembanding: [q1, q2], nilaiPembanding: 80 }]);
  });

  it('an empty or suppressed value is compared with nothing, and nothing is compared with it', () => {
    // The year is empty: its triwulan are not compared with it.
    expect(subPeriodConflicts([v('2025', null), ...quarters(10, 20, 30, 40)], 'sum')).toEqual([]);
    expect(subPeriodConflicts([v('2025', 5, { ditekan: true }), ...quarters(10, 20, 30, 40)], 'sum')).toEqual(
      [],
    );
    // Q4 is empty: the triwulan do not cover the year, so 10 + 20 + 30 = 60 is not compared with 100.
    const gap = [v('2025', 100), ...quarters(10, 20, 30, 40).slice(0, 3), v('2025-Q4', null)];
    expect(subPeriodConflicts(gap, 'sum')).toEqual([]);
    const sup = [
      v('2025', 100),
      ...quarters(10, 20, 30, 40).slice(0, 3),
      v('2025-Q4', 40, { ditekan: true }),
    ];
    expect(subPeriodConflicts(sup, 'sum')).toEqual([]);
  });

  it('two values of the same period are not compared with each other', () => {
    const q1 = v('2025-Q1', 5);
    const months = [v('2025-01', 1), v('2025-02', 2), v('2025-03', 2)];
    // Each Q1 against its months (1 + 2 + 2 = 5): the first agrees, the second (6) does not; never Q1 against Q1.
    const q1b = v('2025-Q1', 6);
    expect(subPeriodConflicts([q1, q1b, ...months], 'sum')).toEqual([
      { dipakai: q1b, pembanding: months, nilaiPembanding: 5 },
    ]);
  });

  it('`last` compares with the piece ending last, whatever the input order (Q4 5,0 given first)', () => {
    // The year 5,0 equals Q4 5,0; Q1 (5,2) is the largest and the first in time, neither counts for `last`.
    const values = [
      v('2025', 5.0),
      v('2025-Q4', 5.0),
      v('2025-Q3', 4.6),
      v('2025-Q2', 4.8),
      v('2025-Q1', 5.2),
    ];
    expect(subPeriodConflicts(values, 'last')).toEqual([]);
    const [c] = subPeriodConflicts([v('2025', 4.6), ...values.slice(1)], 'last');
    expect(c?.nilaiPembanding).toBe(5.0);
    expect(c?.pembanding.map((p) => p.periode)).toEqual(['2025-Q1', '2025-Q2', '2025-Q3', '2025-Q4']);
  });
});

describe('subPeriodConflicts: the tolerance adds the rounding of every value compared', () => {
  it('sum: 4,5 + 5,46 = 9,96 agrees with 10 (|diff| 0,04 ≤ 0 + 0,05 + 0,005)', () => {
    expect(subPeriodConflicts([v('2025', 10), v('2025-S1', 4.5), v('2025-S2', 5.46)], 'sum')).toEqual([]);
    // 4,5 + 5,44 = 9,94: |diff| 0,06 > 0,055.
    expect(subPeriodConflicts([v('2025', 10), v('2025-S1', 4.5), v('2025-S2', 5.44)], 'sum')).toHaveLength(1);
  });

  it('last: 5,2 agrees with 5,24 (|diff| 0,04 ≤ 0,005 + 0,05)', () => {
    expect(subPeriodConflicts([v('2025', 5.24), ...quarters(4.1, 4.6, 5, 5.2)], 'last')).toEqual([]);
    expect(subPeriodConflicts([v('2025', 5.26), ...quarters(4.1, 4.6, 5, 5.2)], 'last')).toHaveLength(1);
  });

  it('mean: 5, 5,2, 5,4, 5,4 → 5,25 agrees with 5,24 (|diff| 0,01 ≤ 0,005 + the largest half unit 0,05)', () => {
    expect(subPeriodConflicts([v('2025', 5.24), ...quarters(5, 5.2, 5.4, 5.4)], 'mean')).toEqual([]);
    expect(subPeriodConflicts([v('2025', 5.31), ...quarters(5, 5.2, 5.4, 5.4)], 'mean')).toHaveLength(1);
  });

  it('max: 5,2 agrees with 5,24 (|diff| 0,04 ≤ 0,005 + 0,05)', () => {
    expect(subPeriodConflicts([v('2025', 5.24), ...quarters(5.2, 4.1, 4.6, 5)], 'max')).toEqual([]);
    expect(subPeriodConflicts([v('2025', 5.26), ...quarters(5.2, 4.1, 4.6, 5)], 'max')).toHaveLength(1);
  });
});
