import {
  aggregateSubPeriods,
  EngineArgumentError,
  normalizePeriod,
  parsePeriod,
  type SubPeriodValue,
  subPeriodConflicts,
} from '@satata/core';
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
      sampaiDengan: null,
      kosongNol: false,
    });
  });

  it('sum of a year not yet finished is partial and says through when (10 + 20 + 30 = 60, s.d. Triwulan III)', () => {
    const r = aggregateSubPeriods(year.slice(0, 3), 'sum');
    expect(r).toMatchObject({
      nilai: 60,
      sebagian: true,
      sampaiDengan: '2025-Q3',
      sumberPeriode: ['2025-Q1', '2025-Q2', '2025-Q3'],
    });
  });

  it('months January–March and triwulan II–IV make the whole year (issue 10 §4: 12 months, not 9)', () => {
    const mixed = [
      v('2025-01', 1),
      v('2025-02', 2),
      v('2025-03', 3),
      v('2025-Q2', 20),
      v('2025-Q3', 30),
      v('2025-Q4', 40),
    ];
    expect(aggregateSubPeriods(mixed, 'sum')).toMatchObject({
      nilai: 96,
      sebagian: false,
      sumberPeriode: ['2025-01', '2025-02', '2025-03', '2025-Q2', '2025-Q3', '2025-Q4'],
      kind: 'quarter',
    });
    // The same pieces in any order.
    expect(aggregateSubPeriods([...mixed].reverse(), 'sum').nilai).toBe(96);
  });

  it('where periods overlap the longer one counts: a semester over its triwulan, a triwulan over its months', () => {
    const overlap = [
      v('2025-S1', 70),
      v('2025-Q1', 30),
      v('2025-Q2', 50),
      v('2025-Q3', 25),
      v('2025-Q4', 35),
    ];
    // S1 (70) + Q3 + Q4; Q1 and Q2 lie inside S1 and disagree with it (80 ≠ 70): precedence, not the sum.
    expect(aggregateSubPeriods(overlap, 'sum')).toMatchObject({
      nilai: 130,
      sumberPeriode: ['2025-S1', '2025-Q3', '2025-Q4'],
      sebagian: false,
    });
    const months = [v('2025-01', 1), v('2025-02', 1), v('2025-03', 1), v('2025-Q1', 5)];
    expect(aggregateSubPeriods(months, 'sum')).toMatchObject({ nilai: 5, sumberPeriode: ['2025-Q1'] });
  });

  it('a blank triwulan in a `sum` leaves the year without a value by default, never a smaller sum', () => {
    const gap = [v('2025-Q1', 10), v('2025-Q2', null), v('2025-Q3', 30)];
    expect(aggregateSubPeriods(gap, 'sum')).toMatchObject({ nilai: null, reason: 'reported-missing' });
    const absent = [v('2025-Q1', 10), v('2025-Q3', 30)];
    expect(aggregateSubPeriods(absent, 'sum')).toMatchObject({ nilai: null, reason: 'sub-period-missing' });
  });

  it("with periodeKosong 'nol' a blank counts as 0 and says so; a suppressed cell never does", () => {
    const gap = [v('2025-Q1', 10), v('2025-Q2', null), v('2025-Q3', 30)];
    expect(aggregateSubPeriods(gap, 'sum', { periodeKosong: 'nol' })).toMatchObject({
      nilai: 40,
      kosongNol: true,
      sebagian: true,
      sampaiDengan: '2025-Q3',
    });
    const suppressed = [v('2025-Q1', 10), v('2025-Q2', null, { ditekan: true }), v('2025-Q3', 30)];
    expect(aggregateSubPeriods(suppressed, 'sum', { periodeKosong: 'nol' })).toMatchObject({
      nilai: null,
      reason: 'suppressed',
    });
  });

  it('a finished year: missing triwulan IV is a blank, not a partial year', () => {
    const three = year.slice(0, 3);
    expect(aggregateSubPeriods(three, 'sum', { selesai: true })).toMatchObject({
      nilai: null,
      reason: 'sub-period-missing',
    });
    expect(aggregateSubPeriods(three, 'sum', { selesai: true, periodeKosong: 'nol' })).toMatchObject({
      nilai: 60,
      kosongNol: true,
      sebagian: false,
    });
  });

  it('to date: only the months up to sampaiBulan count (triwulan I–II of the year = 30)', () => {
    expect(aggregateSubPeriods(year, 'sum', { sampaiBulan: 6, selesai: true })).toMatchObject({
      nilai: 30,
      sebagian: false,
      sumberPeriode: ['2025-Q1', '2025-Q2'],
    });
  });

  it('last: the latest non-empty value, whatever the input order', () => {
    const r = aggregateSubPeriods([v('2025-Q4', null), v('2025-Q3', 30), v('2025-Q1', 10)], 'last');
    expect(r).toMatchObject({ nilai: 30, sumberPeriode: ['2025-Q3'], sebagian: false, sampaiDengan: null });
  });

  it('last keeps the numerator and denominator of its value; sum adds them', () => {
    const rates = [
      v('2025-Q1', 10, { numerator: 1, denominator: 10 }),
      v('2025-Q2', 20, { numerator: 4, denominator: 20 }),
    ];
    expect(aggregateSubPeriods(rates, 'last')).toMatchObject({ numerator: 4, denominator: 20 });
    expect(aggregateSubPeriods(rates, 'sum')).toMatchObject({ numerator: 5, denominator: 30 });
  });

  it('mean weighted by months, and max ((10+20+30+40)/4 = 25; S1 60 and Q3 30, Q4 90 → (6·60+3·30+3·90)/12 = 60)', () => {
    expect(aggregateSubPeriods(year, 'mean').nilai).toBe(25);
    expect(aggregateSubPeriods(year, 'max').nilai).toBe(40);
    expect(aggregateSubPeriods([v('2025-S1', 60), v('2025-Q3', 30), v('2025-Q4', 90)], 'mean').nilai).toBe(
      60,
    );
  });

  it('mean and max of part of the year are flagged partial; last never is', () => {
    const part = [v('2025-Q1', 10), v('2025-Q2', 20)];
    expect(aggregateSubPeriods(part, 'mean')).toMatchObject({ nilai: 15, sebagian: true });
    expect(aggregateSubPeriods(part, 'max')).toMatchObject({ nilai: 20, sebagian: true });
    expect(aggregateSubPeriods(part, 'last')).toMatchObject({ nilai: 20, sebagian: false });
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

  it('checks its arguments', () => {
    expect(() => aggregateSubPeriods(year, 'total' as never)).toThrow(EngineArgumentError);
    expect(() => aggregateSubPeriods(year, 'sum', { sampaiBulan: 13 })).toThrow(/sampaiBulan/);
    expect(() => aggregateSubPeriods(year, 'sum', { periodeKosong: 'zero' as never })).toThrow(
      /periodeKosong/,
    );
  });
});

describe('subPeriodConflicts', () => {
  it('names a semester and the triwulan that disagree with it beyond rounding', () => {
    const s1 = v('2025-S1', 70);
    const q1 = v('2025-Q1', 30);
    const q2 = v('2025-Q2', 50);
    const [c, ...rest] = subPeriodConflicts([s1, q1, q2], 'sum');
    expect(rest).toEqual([]);
    expect(c).toEqual({ dipakai: s1, pembanding: [q1, q2], nilaiPembanding: 80 });
  });

  it('values that agree within the rounding of their printed decimals are no conflict', () => {
    // S1 12,3 against 6,14 + 6,17 = 12,31: within half a unit of each printed decimal.
    expect(subPeriodConflicts([v('2025-S1', 12.3), v('2025-Q1', 6.14), v('2025-Q2', 6.17)], 'sum')).toEqual(
      [],
    );
    // Integers are exact: 1.235 against 1.234 is a conflict.
    expect(
      subPeriodConflicts([v('2025', 1235), v('2025-S1', 600), v('2025-S2', 634)], 'sum').map(
        (c) => c.nilaiPembanding,
      ),
    ).toEqual([1234]);
  });

  it('compares by aggregation: the last sub-period for `last`, the maximum for `max`', () => {
    const rates = [
      v('2025', 5.2),
      v('2025-Q1', 4.1),
      v('2025-Q2', 4.6),
      v('2025-Q3', 5.0),
      v('2025-Q4', 5.2),
    ];
    expect(subPeriodConflicts(rates, 'last')).toEqual([]);
    expect(subPeriodConflicts(rates, 'max')).toEqual([]);
    expect(subPeriodConflicts(rates, 'sum')).toHaveLength(1);
  });

  it('does not compare pieces that cover only part of the longer period', () => {
    expect(subPeriodConflicts([v('2025-S1', 70), v('2025-Q1', 30)], 'sum')).toEqual([]);
  });
});

/** A random tiling of the 12 months by semesters, triwulan and months, each with an integer value. */
const tiling = fc
  .array(fc.constantFrom('semester', 'quarter', 'month'), { minLength: 2, maxLength: 2 })
  .chain(([half1, half2]) => {
    const pieces: string[] = [];
    for (const [h, kind] of [
      [1, half1],
      [2, half2],
    ] as const) {
      if (kind === 'semester') pieces.push(`2025-S${h}`);
      else if (kind === 'quarter') pieces.push(`2025-Q${2 * h - 1}`, `2025-Q${2 * h}`);
      else for (let m = 6 * h - 5; m <= 6 * h; m++) pieces.push(`2025-${String(m).padStart(2, '0')}`);
    }
    return fc.tuple(
      fc.constant(pieces),
      fc.array(fc.integer({ min: 0, max: 10_000 }), { minLength: pieces.length, maxLength: pieces.length }),
    );
  })
  .map(([pieces, values]) => pieces.map((p, i) => v(p, values[i]!)));

describe('aggregateSubPeriods — properties (issue 10 §4)', () => {
  it('any tiling of the year by months, triwulan and semesters sums to its total, whole and unflagged', () => {
    fc.assert(
      fc.property(tiling, fc.boolean(), (pieces, reversed) => {
        const total = pieces.reduce((s, p) => s + (p.nilai as number), 0);
        const r = aggregateSubPeriods(reversed ? [...pieces].reverse() : pieces, 'sum');
        expect(r).toMatchObject({ nilai: total, sebagian: false, kosongNol: false });
        expect(r.sumberPeriode).toHaveLength(pieces.length);
        expect(subPeriodConflicts(pieces, 'sum')).toEqual([]);
      }),
    );
  });

  it('finer pieces that agree with a longer one change nothing; ones that disagree are reported, and the longer one counts', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1000 }),
        fc.integer({ min: 0, max: 1000 }),
        fc.integer({ min: 1, max: 50 }),
        (a, b, delta) => {
          const s1 = v('2025-S1', a + b);
          const s2 = v('2025-S2', 100);
          const agree = [v('2025-Q1', a), v('2025-Q2', b)];
          expect(aggregateSubPeriods([s1, s2, ...agree], 'sum').nilai).toBe(a + b + 100);
          expect(subPeriodConflicts([s1, s2, ...agree], 'sum')).toEqual([]);
          const disagree = [v('2025-Q1', a), v('2025-Q2', b + delta)];
          expect(aggregateSubPeriods([s1, s2, ...disagree], 'sum').nilai).toBe(a + b + 100);
          expect(subPeriodConflicts([s1, s2, ...disagree], 'sum')).toHaveLength(1);
        },
      ),
    );
  });

  it('no month vanishes: a `sum` is whole, partial (saying through when), counted-as-zero, or missing with a reason', () => {
    const quarterOrMonth = fc.oneof(
      fc.integer({ min: 1, max: 4 }).map((q) => `2025-Q${q}`),
      fc.integer({ min: 1, max: 12 }).map((m) => `2025-${String(m).padStart(2, '0')}`),
      fc.integer({ min: 1, max: 2 }).map((s) => `2025-S${s}`),
    );
    fc.assert(
      fc.property(
        fc.uniqueArray(
          fc.record({ p: quarterOrMonth, x: fc.option(fc.integer({ min: 1, max: 99 }), { nil: null }) }),
          {
            selector: (r) => r.p,
            maxLength: 8,
          },
        ),
        fc.constantFrom('tidak-ada-data' as const, 'nol' as const),
        fc.boolean(),
        (rows, periodeKosong, selesai) => {
          const r = aggregateSubPeriods(
            rows.map((x) => v(x.p, x.x)),
            'sum',
            { periodeKosong, selesai },
          );
          if (r.nilai === null) {
            expect(r.reason).toBeDefined();
            return;
          }
          expect(r.nilai).toBeGreaterThan(0);
          // Every used piece is listed; a partial value says through when; a blank counted as 0 is flagged.
          const months = r.sumberPeriode
            .map((k) => parsePeriod(k))
            .reduce((s, p) => s + { month: 1, quarter: 3, semester: 6, year: 12 }[p.kind], 0);
          if (months < 12) expect(r.sebagian || r.kosongNol).toBe(true);
          if (r.sebagian) expect(r.sampaiDengan).toBe(r.sumberPeriode[r.sumberPeriode.length - 1]);
          if (r.kosongNol) expect(periodeKosong).toBe('nol');
        },
      ),
    );
  });
});
