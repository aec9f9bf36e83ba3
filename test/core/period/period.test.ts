/**
 * Periods: canonical keys, Indonesian spellings, arithmetic. Expected values follow the calendar (a triwulan is
 * three months; Triwulan II ends in June, so 6/12 of the year has elapsed).
 */
import {
  comparePeriods,
  endMonth,
  nextPeriod,
  normalizePeriod,
  type Period,
  PeriodParseError,
  parsePeriod,
  periodContains,
  periodKey,
  periodsOfYear,
  previousPeriod,
  sameQuarterLastYear,
  startMonth,
  tryParsePeriod,
  yearFraction,
  yearOf,
} from '@satata/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

describe('parsePeriod', () => {
  it.each([
    ['2025', { kind: 'year', year: 2025, index: 1 }],
    [2025, { kind: 'year', year: 2025, index: 1 }],
    ['2025-S1', { kind: 'semester', year: 2025, index: 1 }],
    ['2025-Q2', { kind: 'quarter', year: 2025, index: 2 }],
    ['2025Q4', { kind: 'quarter', year: 2025, index: 4 }],
    ['2025-TW3', { kind: 'quarter', year: 2025, index: 3 }],
    ['2025-06', { kind: 'month', year: 2025, index: 6 }],
    ['Triwulan II 2025', { kind: 'quarter', year: 2025, index: 2 }],
    ['triwulan iv 2025', { kind: 'quarter', year: 2025, index: 4 }],
    ['TW 3 2024', { kind: 'quarter', year: 2024, index: 3 }],
    ['Q1 2026', { kind: 'quarter', year: 2026, index: 1 }],
    ['Semester I 2025', { kind: 'semester', year: 2025, index: 1 }],
    ['  2025-Q2  ', { kind: 'quarter', year: 2025, index: 2 }],
  ] as const)('reads %j', (input, expected) => {
    expect(parsePeriod(input)).toEqual(expected);
  });

  it.each(['2025-Q5', '2025-13', '2025-00', '25', 'Triwulan V 2025', 'kemarin', '', '2025-S3', '1899'])(
    'rejects %j with a PeriodParseError naming the input',
    (input) => {
      expect(() => parsePeriod(input)).toThrow(PeriodParseError);
      expect(() => parsePeriod(input)).toThrow(JSON.stringify(input));
      expect(tryParsePeriod(input)).toBeNull();
    },
  );

  it('rejects non-text, non-number input', () => {
    expect(() => parsePeriod(null)).toThrow(PeriodParseError);
    expect(() => parsePeriod({ year: 2025 })).toThrow(PeriodParseError);
    expect(() => parsePeriod(2025.5)).toThrow(PeriodParseError);
  });

  it('normalises every spelling to the canonical key', () => {
    expect(normalizePeriod('Triwulan II 2025')).toBe('2025-Q2');
    expect(normalizePeriod('Semester II 2024')).toBe('2024-S2');
    expect(normalizePeriod(2023)).toBe('2023');
  });
});

describe('period arithmetic', () => {
  const q = (year: number, index: number): Period => ({ kind: 'quarter', year, index });

  it('steps across year boundaries', () => {
    expect(previousPeriod(q(2025, 1))).toEqual(q(2024, 4));
    expect(nextPeriod(q(2024, 4))).toEqual(q(2025, 1));
    expect(previousPeriod(parsePeriod('2025-01'))).toEqual(parsePeriod('2024-12'));
    expect(previousPeriod(parsePeriod('2025'))).toEqual(parsePeriod('2024'));
    expect(sameQuarterLastYear(q(2025, 2))).toEqual(q(2024, 2));
  });

  it('knows the months a period covers and the share of the year elapsed', () => {
    // Triwulan II: April–June; 6 of 12 months elapsed at its end.
    expect([startMonth(q(2025, 2)), endMonth(q(2025, 2))]).toEqual([4, 6]);
    expect(yearFraction(q(2025, 2))).toBe(0.5);
    expect([1, 2, 3, 4].map((i) => yearFraction(q(2025, i)))).toEqual([0.25, 0.5, 0.75, 1]);
    expect(yearFraction(parsePeriod('2025-S1'))).toBe(0.5);
    expect(yearFraction(parsePeriod('2025-09'))).toBe(0.75);
  });

  it('orders by end month, a sub-period before the year it ends', () => {
    const keys = ['2025', '2025-Q4', '2024', '2025-Q1', '2025-06', '2025-S1'];
    const sorted = keys
      .map((k) => parsePeriod(k))
      .sort(comparePeriods)
      .map(periodKey);
    expect(sorted).toEqual(['2024', '2025-Q1', '2025-06', '2025-S1', '2025-Q4', '2025']);
  });

  it('tells containment', () => {
    expect(periodContains(parsePeriod('2025'), q(2025, 3))).toBe(true);
    expect(periodContains(parsePeriod('2025-S1'), parsePeriod('2025-05'))).toBe(true);
    expect(periodContains(parsePeriod('2025-S1'), q(2025, 3))).toBe(false);
    expect(periodContains(q(2025, 3), parsePeriod('2025'))).toBe(false);
    expect(yearOf(q(2025, 3))).toEqual(parsePeriod('2025'));
    expect(periodsOfYear(2025, 'quarter').map(periodKey)).toEqual([
      '2025-Q1',
      '2025-Q2',
      '2025-Q3',
      '2025-Q4',
    ]);
  });
});

const arbPeriod: fc.Arbitrary<Period> = fc.oneof(
  fc.integer({ min: 1950, max: 2150 }).map((year) => ({ kind: 'year' as const, year, index: 1 })),
  fc.record({
    kind: fc.constant('semester' as const),
    year: fc.integer({ min: 1950, max: 2150 }),
    index: fc.integer({ min: 1, max: 2 }),
  }),
  fc.record({
    kind: fc.constant('quarter' as const),
    year: fc.integer({ min: 1950, max: 2150 }),
    index: fc.integer({ min: 1, max: 4 }),
  }),
  fc.record({
    kind: fc.constant('month' as const),
    year: fc.integer({ min: 1950, max: 2150 }),
    index: fc.integer({ min: 1, max: 12 }),
  }),
);

describe('period properties', () => {
  it('parse(periodKey(p)) = p', () => {
    fc.assert(
      fc.property(arbPeriod, (p) => {
        expect(parsePeriod(periodKey(p))).toEqual(p);
      }),
    );
  });

  it('next and previous are inverse and move strictly forward/backward', () => {
    fc.assert(
      fc.property(arbPeriod, (p) => {
        expect(previousPeriod(nextPeriod(p))).toEqual(p);
        expect(comparePeriods(p, nextPeriod(p))).toBeLessThan(0);
        expect(comparePeriods(previousPeriod(p), p)).toBeLessThan(0);
      }),
    );
  });

  it('every period lies inside its year and its year fraction is in (0, 1]', () => {
    fc.assert(
      fc.property(arbPeriod, (p) => {
        expect(periodContains(yearOf(p), p)).toBe(true);
        expect(yearFraction(p)).toBeGreaterThan(0);
        expect(yearFraction(p)).toBeLessThanOrEqual(1);
      }),
    );
  });
});
