/**
 * Making a year (or a period to date) from its sub-periods by the indicator's aggregation (DESIGN §3).
 *
 * The rule:
 * - **Kinds combine where they cover different parts of the year.** Months January–March and triwulan II–IV make a
 *   whole year. Where sub-periods overlap, a documented precedence decides which one counts: a longer period wins
 *   (tahunan > semester > triwulan > bulan) — a published semester is the figure, not the sum of the quarters
 *   someone typed beside it. Where overlapping values disagree beyond rounding, {@link subPeriodConflicts} says so.
 * - **Aggregation.** `sum`: the sum of the pieces; `last`: the latest piece (by end month); `mean`: the mean
 *   weighted by the months each piece covers; `max`: the largest piece.
 * - **Blanks in a `sum`.** A month with no value before the last reported one, or after it in a finished year, is a
 *   blank: by default (`tidak-ada-data`) the year cannot be summed and has no value (`sub-period-missing`, or the
 *   blank's own `reported-missing` / `suppressed`); with `nol` a blank counts as 0 (`kosongNol`) — but a
 *   suppressed cell never does. Months after the last value of a year not yet finished are not blanks: the year is
 *   partial (`sebagian`, through `sampaiDengan`) and is judged to date.
 * - Missing stays missing: null values and suppressed cells are never read as 0 (except blanks under `nol`).
 */
import { type Period, type PeriodKind, periodOrdinal } from '../period/period.ts';
import {
  type Aggregation,
  Aggregation as AggregationSchema,
  type BlankRule,
  BlankRule as BlankRuleSchema,
} from '../schema/indicator.ts';
import { checkArray, checkEnum, checkInteger, checkOptionalEnum } from './arguments.ts';
import { decimalsOf } from './decimal.ts';
import type { MissingReason } from './types.ts';

/** One observed sub-period value (a month, a triwulan, a semester; a year is ignored here). */
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
  /** Kind of the last sub-period used (months and triwulan may both have contributed). */
  readonly kind: PeriodKind | null;
  /** The value covers only part of the span asked for (`sum`, `mean` and `max`; never `last`). */
  readonly sebagian: boolean;
  /** The last sub-period a partial value covers (`2025-Q3`); null when not partial. */
  readonly sampaiDengan: string | null;
  /** Blank sub-periods were counted as 0 (`periodeKosong: 'nol'`). */
  readonly kosongNol: boolean;
  /** Why `nilai` is null. */
  readonly reason?: MissingReason;
}

/** Options of {@link aggregateSubPeriods}. */
export interface AggregateOptions {
  /** Aggregate the months 1…`sampaiBulan` only (default 12: the whole year). Sub-periods ending later are left out. */
  readonly sampaiBulan?: number;
  /** What a blank in a `sum` means (default `tidak-ada-data`). */
  readonly periodeKosong?: BlankRule;
  /**
   * Whether months after the last value (up to `sampaiBulan`) are blanks — the year is finished — or simply not
   * reported yet (default false: the value is partial, `sebagian`).
   */
  readonly selesai?: boolean;
}

/** Precedence of kinds, highest first: a longer period wins where sub-periods overlap. */
const PRECEDENCE: Readonly<Record<PeriodKind, number>> = { year: 0, semester: 1, quarter: 2, month: 3 };
const MONTHS: Readonly<Record<PeriodKind, number>> = { year: 12, semester: 6, quarter: 3, month: 1 };

/** Bit mask of the months (bit 0 = January) a period covers. */
export function monthMask(p: Period): number {
  const len = MONTHS[p.kind];
  const start = (p.index - 1) * len;
  return ((1 << len) - 1) << start;
}

/** Last month (1–12) a period covers. */
const endOf = (p: Period) => p.index * MONTHS[p.kind];

/** A value that counts: a finite number (so not null) in a cell that is not suppressed. */
const usable = (v: SubPeriodValue) => !v.ditekan && Number.isFinite(v.nilai);

/** Highest set bit's month (1–12) of a mask, 0 for an empty one (`Math.clz32(0)` is 32). */
function lastMonth(mask: number): number {
  return 32 - Math.clz32(mask);
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

/** A trie of frozen key lists: one node per key, its list for the path from the root. */
interface KeyNode {
  list: readonly string[] | null;
  readonly next: Map<string, KeyNode>;
}
const KEY_TRIE: KeyNode = { list: null, next: new Map() };
let trieSize = 0;

/**
 * A frozen `sumberPeriode` of several keys, shared by every row built from the same periods (every kelurahan's
 * triwulan I–III to date shares one array). Looked up key by key, so no joined string is built per row.
 */
function manyKeys<V extends SubPeriodValue>(values: readonly V[]): readonly string[] {
  if (values.length === 1) return singleKey(values[0]!.periode);
  let node = KEY_TRIE;
  for (const v of values) {
    let child = node.next.get(v.periode);
    if (child === undefined) {
      child = { list: null, next: new Map() };
      // A bound on memory only: past it, lists are built but no longer shared.
      // Stryker disable next-line ConditionalExpression,EqualityOperator: only the sharing of lists past 65 536 trie nodes changes
      if (trieSize < 65_536) {
        node.next.set(v.periode, child);
        // Stryker disable next-line UpdateOperator: only the memory bound above reads it
        trieSize++;
      }
    }
    node = child;
  }
  if (node.list === null) node.list = Object.freeze(values.map((v) => v.periode));
  return node.list;
}

/** The sub-periods chosen to cover months 1…`upTo`: non-overlapping, by precedence, in time order. */
export interface Pieces<V extends SubPeriodValue> {
  /** The usable values chosen, in time order (by start month). */
  readonly chosen: readonly V[];
  /** Months covered by the chosen values. */
  readonly mask: number;
  /** Months of values reported empty, and of suppressed ones (months 1…`upTo` only). */
  readonly emptyMask: number;
  readonly suppressedMask: number;
  /** Values of the span that are not usable (empty or suppressed). */
  readonly blanks: number;
}

/** Sort key: precedence first, then start month. */
function precedenceOrder(a: SubPeriodValue, b: SubPeriodValue): number {
  return (
    PRECEDENCE[a.period.kind] - PRECEDENCE[b.period.kind] || periodOrdinal(a.period) - periodOrdinal(b.period)
  );
}

/**
 * Choose the sub-periods that count for months 1…`upTo`: usable values, longer periods first, each taken when none
 * of its months is taken yet. Years are ignored (the caller decides between a year's own value and its parts).
 */
export function choosePieces<V extends SubPeriodValue>(values: readonly V[], upTo = 12): Pieces<V> {
  const candidates: V[] = [];
  let emptyMask = 0;
  let suppressedMask = 0;
  let blanks = 0;
  for (const v of values) {
    if (v.period.kind === 'year' || endOf(v.period) > upTo) continue;
    if (usable(v)) candidates.push(v);
    else {
      // Stryker disable next-line UpdateOperator: read only as "any blank" (≠ 0), and a blank always sets a mask too
      blanks++;
      if (v.ditekan) suppressedMask |= monthMask(v.period);
      else emptyMask |= monthMask(v.period);
    }
  }
  // Speed only, below: the engine calls this for every year and year-to-date of every series (hundreds of
  // thousands of times a run), and `Array.prototype.sort` allocates on every call, even on sorted input. Skipping
  // a sort of input already in order, and the time-order sort when one kind was chosen (chosen in precedence
  // order = time order then), gives the same pieces.
  let sorted = true;
  // Stryker disable next-line EqualityOperator,ConditionalExpression,BlockStatement: sorting sorted input changes nothing (the check only skips the sort)
  for (let i = 1; i < candidates.length; i++)
    if (precedenceOrder(candidates[i - 1]!, candidates[i]!) > 0) sorted = false;
  // Stryker disable next-line ConditionalExpression,BooleanLiteral: sorting sorted input changes nothing
  if (!sorted) candidates.sort(precedenceOrder);
  let mask = 0;
  const chosen: V[] = [];
  let mixed = false;
  for (const v of candidates) {
    const m = monthMask(v.period);
    if ((mask & m) !== 0) continue;
    // Stryker disable next-line ConditionalExpression,LogicalOperator,EqualityOperator,BooleanLiteral: one kind chosen is already in time order, so sorting it anyway changes nothing
    if (chosen.length > 0 && chosen[0]!.period.kind !== v.period.kind) mixed = true;
    chosen.push(v);
    mask |= m;
  }
  // Values ending after `upTo` were left out above, so every mask lies within months 1…`upTo`.
  // Stryker disable next-line ConditionalExpression: one kind chosen is already in time order
  if (mixed) chosen.sort(byOrdinal);
  return { chosen, mask, emptyMask, suppressedMask, blanks };
}

const byOrdinal = (a: SubPeriodValue, b: SubPeriodValue) => periodOrdinal(a.period) - periodOrdinal(b.period);

function missingValue(reason: MissingReason, kind: PeriodKind | null): AggregatedValue {
  return {
    nilai: null,
    numerator: null,
    denominator: null,
    sumberPeriode: [],
    kind,
    sebagian: true,
    sampaiDengan: null,
    kosongNol: false,
    reason,
  };
}

/** The reason a gap of months leaves a `sum` without a value, or null when the gap counts as 0. */
function gapReason(gap: number, pieces: Pieces<SubPeriodValue>, blank: BlankRule): MissingReason | null {
  if ((gap & pieces.suppressedMask) !== 0) return 'suppressed';
  if (blank === 'nol') return null;
  return (gap & pieces.emptyMask) !== 0 ? 'reported-missing' : 'sub-period-missing';
}

/**
 * Aggregate sub-period values by `agregasi` over months 1…`sampaiBulan` (see the rule in this module's header).
 *
 * @throws EngineArgumentError for an unknown aggregation or blank rule, or `sampaiBulan` outside 1–12.
 */
export function aggregateSubPeriods(
  values: readonly SubPeriodValue[],
  agregasi: Aggregation,
  options: AggregateOptions = {},
): AggregatedValue {
  const fn = 'aggregateSubPeriods';
  checkArray(fn, 'values', values);
  checkEnum(fn, 'agregasi', agregasi, AggregationSchema.options);
  checkOptionalEnum(fn, 'options.periodeKosong', options.periodeKosong, BlankRuleSchema.options);
  const upTo =
    options.sampaiBulan === undefined
      ? 12
      : checkInteger(fn, 'options.sampaiBulan', options.sampaiBulan, 1, 12);
  return aggregatePieces(
    choosePieces(values, upTo),
    agregasi,
    upTo,
    // Stryker disable next-line StringLiteral: only 'nol' is told apart; any other rule is the default
    options.periodeKosong ?? 'tidak-ada-data',
    options.selesai ?? false,
  );
}

/** Unchecked aggregation of already chosen pieces, for the engine's loops. */
export function aggregatePieces(
  pieces: Pieces<SubPeriodValue>,
  agregasi: Aggregation,
  upTo: number,
  blank: BlankRule,
  finished: boolean,
): AggregatedValue {
  const { chosen, mask } = pieces;
  if (chosen.length === 0) {
    // A blank always sets the empty or the suppressed mask: with no empty month, some month is suppressed.
    const reason: MissingReason =
      pieces.blanks === 0 ? 'no-data' : pieces.emptyMask === 0 ? 'suppressed' : 'reported-missing';
    return missingValue(reason, null);
  }
  const last = chosen[chosen.length - 1]!;
  const kind = last.period.kind;
  if (agregasi === 'last') {
    return {
      nilai: last.nilai,
      numerator: last.numerator ?? null,
      denominator: last.denominator ?? null,
      sumberPeriode: singleKey(last.periode),
      kind,
      sebagian: false,
      sampaiDengan: null,
      kosongNol: false,
    };
  }
  const span = (1 << upTo) - 1; // months 1…upTo (upTo is 1–12)
  const gaps = span & ~mask;
  const reach = lastMonth(mask);
  const before = gaps & ((1 << reach) - 1);
  const trailing = gaps & ~before;
  let kosongNol = false;
  let sebagian = false;
  if (agregasi === 'sum') {
    if (before !== 0) {
      const reason = gapReason(before, pieces, blank);
      if (reason) return missingValue(reason, kind);
      kosongNol = true;
    }
    if (trailing !== 0) {
      if (finished) {
        const reason = gapReason(trailing, pieces, blank);
        if (reason) return missingValue(reason, kind);
        kosongNol = true;
      } else sebagian = true;
    }
  } else sebagian = gaps !== 0;
  const sumberPeriode = manyKeys(chosen);
  const sampaiDengan = sebagian ? last.periode : null;
  if (agregasi === 'max') {
    let m = Number.NEGATIVE_INFINITY;
    for (const v of chosen) m = Math.max(m, v.nilai as number);
    return {
      nilai: m,
      numerator: null,
      denominator: null,
      sumberPeriode,
      kind,
      sebagian,
      sampaiDengan,
      kosongNol,
    };
  }
  if (agregasi === 'mean') {
    let total = 0;
    let months = 0;
    for (const v of chosen) {
      const w = MONTHS[v.period.kind];
      total += (v.nilai as number) * w;
      months += w;
    }
    return {
      nilai: total / months,
      numerator: null,
      denominator: null,
      sumberPeriode,
      kind,
      sebagian,
      sampaiDengan,
      kosongNol,
    };
  }
  // sum: added in time order from 0, as a reduce would; parts summed when every piece has them.
  let total = 0;
  let n = 0;
  let d = 0;
  let parts = true;
  for (const v of chosen) {
    total += v.nilai as number;
    if (v.numerator == null || v.denominator == null) parts = false;
    else {
      n += v.numerator;
      d += v.denominator;
    }
  }
  return {
    nilai: total,
    numerator: parts ? n : null,
    denominator: parts ? d : null,
    sumberPeriode,
    kind,
    sebagian,
    sampaiDengan,
    kosongNol,
  };
}

/** Two overlapping published values that disagree beyond rounding. */
export interface SubPeriodConflict<V extends SubPeriodValue = SubPeriodValue> {
  /** The longer period, whose value counts (precedence). */
  readonly dipakai: V;
  /** The shorter periods covering it, whose aggregate disagrees. */
  readonly pembanding: readonly V[];
  /** Their aggregate by the indicator's aggregation. */
  readonly nilaiPembanding: number;
}

/** Half a unit in the last printed decimal of `x`; an integer is taken as exact. */
function halfUnit(x: number): number {
  const d = decimalsOf(x);
  return d === 0 ? 0 : 0.5 * 10 ** -d;
}

/**
 * Overlapping values that disagree: for every usable value of a longer period (a year, a semester, a triwulan) and
 * every shorter kind whose usable values cover it exactly, their aggregate by `agregasi` (sum, the one ending with
 * it for `last`, the month-weighted mean, the maximum) is compared with it. They agree when they differ by no more
 * than the rounding of their printed decimals (half a unit in the last printed decimal of each value compared;
 * integers are taken as exact). The longer period counts either way (see {@link choosePieces}).
 */
export function subPeriodConflicts<V extends SubPeriodValue>(
  values: readonly V[],
  agregasi: Aggregation,
): SubPeriodConflict<V>[] {
  const out: SubPeriodConflict<V>[] = [];
  let kinds = 0;
  for (const v of values) kinds |= 1 << PRECEDENCE[v.period.kind];
  // Fast path (fewer than two kinds, so nothing overlaps): the loop below would find nothing either.
  // Stryker disable next-line ConditionalExpression: the fast path's result equals the loop's
  if ((kinds & (kinds - 1)) === 0) return out;
  for (const outer of values) {
    if (!usable(outer)) continue; // a month has no shorter kind: the loop below skips it
    const om = monthMask(outer.period);
    for (const kind of ['semester', 'quarter', 'month'] as const) {
      if (PRECEDENCE[kind] <= PRECEDENCE[outer.period.kind]) continue;
      const inner = values.filter((v) => v.period.kind === kind && (monthMask(v.period) & ~om) === 0);
      if (!inner.every(usable)) continue; // no inner value leaves `cover` ≠ `om` below
      let cover = 0;
      for (const v of inner) cover |= monthMask(v.period);
      if (cover !== om) continue;
      inner.sort((a, b) => periodOrdinal(a.period) - periodOrdinal(b.period));
      const xs = inner.map((v) => v.nilai as number);
      let agg: number;
      let tol = halfUnit(outer.nilai as number);
      if (agregasi === 'sum') {
        agg = xs.reduce((s, x) => s + x, 0);
        for (const x of xs) tol += halfUnit(x);
      } else if (agregasi === 'last') {
        agg = xs[xs.length - 1]!;
        tol += halfUnit(agg);
      } else if (agregasi === 'mean') {
        agg = xs.reduce((s, x) => s + x, 0) / xs.length;
        tol += Math.max(...xs.map(halfUnit));
      } else {
        agg = Math.max(...xs);
        tol += halfUnit(agg);
      }
      const o = outer.nilai as number;
      if (Math.abs(agg - o) > tol + 1e-9 * Math.max(1, Math.abs(agg), Math.abs(o))) {
        out.push({ dipakai: outer, pembanding: inner, nilaiPembanding: agg });
      }
    }
  }
  return out;
}
