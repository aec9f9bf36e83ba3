/**
 * Making a year (or a period to date) from its sub-periods by the indicator's aggregation (DESIGN §3).
 */
import { PERIODS_PER_YEAR, type Period, type PeriodKind, periodOrdinal } from '../period/period.ts';
import type { Aggregation } from '../schema/indicator.ts';
import type { MissingReason } from './types.ts';

/** One observed sub-period value (a triwulan, a month, a semester). */
export interface SubPeriodValue {
  /** Canonical period key, e.g. `2025-Q2`. */
  readonly periode: string;
  readonly period: Period;
  /** The value; null when reported as missing. */
  readonly nilai: number | null;
  /** Numerator and denominator of a rate, summed for `sum` and taken with the value for `last`. */
  readonly numerator?: number | null;
  readonly denominator?: number | null;
  /** True when the cell is suppressed for privacy (treated as missing, never as 0). */
  readonly ditekan?: boolean;
}

/** The aggregate of sub-period values. */
export interface AggregatedValue {
  readonly nilai: number | null;
  readonly numerator: number | null;
  readonly denominator: number | null;
  /** Keys of the sub-periods that contributed, in time order. */
  readonly sumberPeriode: readonly string[];
  /** Kind of the sub-periods used. */
  readonly kind: PeriodKind | null;
  /** Fewer sub-periods contributed than `expected` (only meaningful for `sum`, `mean` and `max`). */
  readonly sebagian: boolean;
  /** Why `nilai` is null. */
  readonly reason?: MissingReason;
}

const usable = (v: SubPeriodValue) => v.nilai !== null && !v.ditekan && Number.isFinite(v.nilai);

/**
 * Choose the sub-periods of one kind, so months and triwulan of the same year are never added together: the kind
 * whose usable values cover the most months, ties going to the finer kind.
 */
function pickKind(values: readonly SubPeriodValue[]): PeriodKind | null {
  // Months covered per kind; −1 = no value of that kind.
  let month = -1;
  let quarter = -1;
  let semester = -1;
  for (const v of values) {
    const kind = v.period.kind;
    if (kind === 'year') continue;
    const months = usable(v) ? 12 / PERIODS_PER_YEAR[kind] : 0;
    if (kind === 'month') month = Math.max(month, 0) + months;
    else if (kind === 'quarter') quarter = Math.max(quarter, 0) + months;
    else semester = Math.max(semester, 0) + months;
  }
  // Ties go to the finer kind: month, then quarter, then semester.
  let best: PeriodKind | null = null;
  let bestCover = -1;
  if (month >= 0 && month > bestCover) {
    best = 'month';
    bestCover = month;
  }
  if (quarter >= 0 && quarter > bestCover) {
    best = 'quarter';
    bestCover = quarter;
  }
  if (semester >= 0 && semester > bestCover) best = 'semester';
  return best;
}

const SINGLE_KEYS = new Map<string, readonly string[]>();

/** A frozen one-key `sumberPeriode`, shared by every row that took its value from that one period. */
function singleKey(key: string): readonly string[] {
  let a = SINGLE_KEYS.get(key);
  if (a === undefined) {
    a = Object.freeze([key]);
    SINGLE_KEYS.set(key, a);
  }
  return a;
}

/** Values of one kind in time order (a copy only when they are not in order already). */
function ofKindInOrder(
  values: readonly SubPeriodValue[],
  kind: PeriodKind | null,
): readonly SubPeriodValue[] {
  let all = true;
  let ordered = true;
  let prev = Number.NEGATIVE_INFINITY;
  for (const v of values) {
    if (v.period.kind !== kind) {
      all = false;
      continue;
    }
    const o = periodOrdinal(v.period);
    if (o < prev) ordered = false;
    prev = o;
  }
  const ofKind = all ? values : values.filter((v) => v.period.kind === kind);
  return ordered ? ofKind : [...ofKind].sort((a, b) => periodOrdinal(a.period) - periodOrdinal(b.period));
}

function missingReason(values: readonly SubPeriodValue[]): MissingReason {
  if (values.length === 0) return 'no-data';
  if (values.every((v) => v.ditekan)) return 'suppressed';
  return 'reported-missing';
}

/**
 * Aggregate sub-period values by `agregasi`:
 * - `sum`: the sum of the usable values (numerators and denominators summed too);
 * - `last`: the latest usable value (with its numerator and denominator);
 * - `mean` / `max`: the mean / maximum of the usable values.
 *
 * Missing stays missing: null values and suppressed cells are skipped, never read as 0, and when no value is
 * usable the result is null with `no-data`, `reported-missing` or `suppressed` — never 0. `sebagian` is true when
 * fewer than `expected` sub-periods contributed (default: all of the year, e.g. 4 triwulan), so a partial-year sum
 * is never mistaken for a full one; `sumberPeriode` says which contributed.
 *
 * Values of several kinds (months and triwulan) are not mixed: see the kind chosen in `kind`.
 */
export function aggregateSubPeriods(
  values: readonly SubPeriodValue[],
  agregasi: Aggregation,
  expected?: number,
): AggregatedValue {
  const kind = pickKind(values);
  const ofKind = ofKindInOrder(values, kind);
  const used = ofKind.filter(usable);
  if (used.length === 0) {
    return {
      nilai: null,
      numerator: null,
      denominator: null,
      sumberPeriode: [],
      kind,
      sebagian: true,
      reason: missingReason(ofKind),
    };
  }
  const want = expected ?? (kind ? PERIODS_PER_YEAR[kind] : 1);
  const sebagian = agregasi !== 'last' && used.length < want;
  if (agregasi === 'last') {
    const v = used[used.length - 1]!;
    return {
      nilai: v.nilai,
      numerator: v.numerator ?? null,
      denominator: v.denominator ?? null,
      sumberPeriode: singleKey(v.periode),
      kind,
      sebagian: false,
    };
  }
  let nilai: number;
  let numerator: number | null = null;
  let denominator: number | null = null;
  if (agregasi === 'sum' || agregasi === 'mean') {
    // Added in time order from 0, as a reduce would.
    let total = 0;
    for (const v of used) total += v.nilai as number;
    nilai = agregasi === 'sum' ? total : total / used.length;
    if (agregasi === 'sum' && used.every((v) => v.numerator != null && v.denominator != null)) {
      let n = 0;
      let d = 0;
      for (const v of used) {
        n += v.numerator as number;
        d += v.denominator as number;
      }
      numerator = n;
      denominator = d;
    }
  } else {
    nilai = Math.max(...used.map((v) => v.nilai as number));
  }
  const sumberPeriode = used.length === 1 ? singleKey(used[0]!.periode) : used.map((v) => v.periode);
  return { nilai, numerator, denominator, sumberPeriode, kind, sebagian };
}
