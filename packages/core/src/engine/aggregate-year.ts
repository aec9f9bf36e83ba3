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
  const cover = new Map<PeriodKind, number>();
  for (const v of values) {
    if (v.period.kind === 'year') continue;
    const months = usable(v) ? 12 / PERIODS_PER_YEAR[v.period.kind] : 0;
    cover.set(v.period.kind, (cover.get(v.period.kind) ?? 0) + months);
  }
  let best: PeriodKind | null = null;
  let bestCover = -1;
  for (const kind of ['month', 'quarter', 'semester'] as const) {
    const c = cover.get(kind);
    if (c !== undefined && c > bestCover) {
      best = kind;
      bestCover = c;
    }
  }
  return best;
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
  const ofKind = values
    .filter((v) => v.period.kind === kind)
    .sort((a, b) => periodOrdinal(a.period) - periodOrdinal(b.period));
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
      sumberPeriode: [v.periode],
      kind,
      sebagian: false,
    };
  }
  const nums = used.map((v) => v.nilai as number);
  let nilai: number;
  let numerator: number | null = null;
  let denominator: number | null = null;
  if (agregasi === 'sum') {
    nilai = nums.reduce((a, b) => a + b, 0);
    if (used.every((v) => v.numerator != null && v.denominator != null)) {
      numerator = used.reduce((a, v) => a + (v.numerator as number), 0);
      denominator = used.reduce((a, v) => a + (v.denominator as number), 0);
    }
  } else if (agregasi === 'mean') {
    nilai = nums.reduce((a, b) => a + b, 0) / nums.length;
  } else {
    nilai = Math.max(...nums);
  }
  return { nilai, numerator, denominator, sumberPeriode: used.map((v) => v.periode), kind, sebagian };
}
