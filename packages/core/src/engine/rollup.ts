/**
 * The one roll-up: values of the regions below (kelurahan) summed into their parents (kecamatan, kota), for
 * observation and formula indicators alike (DESIGN §3).
 *
 * The rule:
 * - A rate is recomputed from the summed numerator and denominator (Σ numerator / Σ denominator × factor), never
 *   averaged from the children's rates. A value without its parts is summed only for `sum` (flow) indicators; a
 *   stock or rate without parts cannot be added up, so its parent has no value (`no-data`).
 * - A parent carries its coverage: children reported (a usable value or parts) out of children expected (the
 *   region pack's children of that level; without a pack, every child seen for the indicator in any period).
 * - A parent with a missing child gets a value only where the indicator allows partial coverage
 *   (`cakupanSebagian`), summed over the children that reported. Otherwise it has none: `suppressed` when a child
 *   is suppressed (never a figure from which a small cell could be worked out), else `incomplete-coverage`.
 */
import type { Period } from '../period/period.ts';
import type { Aggregation } from '../schema/indicator.ts';
import type { RegionLevel } from '../schema/region.ts';
import { type Cell, laterDate } from './cells.ts';
import { formulaValueOf } from './formula.ts';
import type { MissingReason, ResultCoverage } from './types.ts';

/** What the children of one parent × period add up to so far. */
export interface ChildSum {
  readonly period: Period;
  /** Children with a usable value or usable parts. */
  reported: number;
  nilai: number;
  numerator: number;
  denominator: number;
  /** Every reported child had a numerator and a denominator. */
  allParts: boolean;
  /** Every reported child had a value. */
  allValues: boolean;
  /** Some child is suppressed for privacy. */
  suppressed: boolean;
  /** Some child has a row but no usable value. */
  empty: boolean;
  diperbarui: string | null;
  ilustratif: boolean;
}

/** Start a sum for a parent and period. */
export function emptyChildSum(period: Period): ChildSum {
  return {
    period,
    reported: 0,
    nilai: 0,
    numerator: 0,
    denominator: 0,
    allParts: true,
    allValues: true,
    suppressed: false,
    empty: false,
    diperbarui: null,
    ilustratif: false,
  };
}

/** Add one child's row to a parent's sum (an illustrative child makes the sum illustrative). */
export function addChild(
  s: ChildSum,
  ditekan: boolean,
  nilai: number | null,
  numerator: number | null,
  denominator: number | null,
  diperbarui: string | null,
  ilustratif: boolean,
): void {
  if (ilustratif) s.ilustratif = true;
  s.diperbarui = laterDate(s.diperbarui, diperbarui);
  if (ditekan) {
    s.suppressed = true;
    return;
  }
  const parts = numerator !== null && denominator !== null;
  if (!parts && nilai === null) {
    s.empty = true;
    return;
  }
  s.reported++;
  if (parts) {
    s.numerator += numerator;
    s.denominator += denominator;
  } else s.allParts = false;
  if (nilai !== null) s.nilai += nilai;
  else s.allValues = false;
}

/** The parent's value, parts and coverage from its children's sum, by the rule in this module's header. */
export function parentValue(
  s: ChildSum,
  expected: number,
  agregasi: Aggregation,
  factor: number,
  partial: boolean,
  tingkat: RegionLevel = 'kelurahan',
): {
  readonly nilai: number | null;
  readonly numerator: number | null;
  readonly denominator: number | null;
  readonly reason: MissingReason | null;
  readonly cakupan: ResultCoverage;
} {
  const diharapkan = Math.max(expected, s.reported);
  const cakupan = coverage(s.reported, diharapkan, tingkat);
  const none = (reason: MissingReason) => ({
    nilai: null,
    numerator: null,
    denominator: null,
    reason,
    cakupan,
  });
  if (s.reported === 0) return none(s.suppressed ? 'suppressed' : s.empty ? 'reported-missing' : 'no-data');
  if (s.reported < diharapkan && !partial) return none(s.suppressed ? 'suppressed' : 'incomplete-coverage');
  if (s.allParts) {
    const v = formulaValueOf(s.numerator, s.denominator, factor);
    return {
      nilai: v.nilai,
      numerator: s.numerator,
      denominator: s.denominator,
      reason: v.reason ?? null,
      cakupan,
    };
  }
  if (agregasi === 'sum' && s.allValues) {
    return { nilai: s.nilai, numerator: null, denominator: null, reason: null, cakupan };
  }
  return none('no-data');
}

/** A rolled-up cell from its children's sum. */
export function parentCell(
  periode: string,
  s: ChildSum,
  expected: number,
  agregasi: Aggregation,
  factor: number,
  partial: boolean,
  tingkat: RegionLevel,
): Cell {
  const v = parentValue(s, expected, agregasi, factor, partial, tingkat);
  return {
    periode,
    period: s.period,
    nilai: v.nilai,
    numerator: v.numerator,
    denominator: v.denominator,
    ditekan: v.reason === 'suppressed',
    reason: v.reason,
    sumber: null,
    diperbarui: s.diperbarui,
    seri: null,
    ilustratif: s.ilustratif,
    row: null,
    cakupan: v.cakupan,
  };
}

const COVERAGE = new Map<number, ResultCoverage>();
const LEVELS: readonly RegionLevel[] = ['provinsi', 'kota', 'kecamatan', 'kelurahan'];

/** A frozen coverage object, shared by every row with the same counts. */
export function coverage(dilaporkan: number, diharapkan: number, tingkat: RegionLevel): ResultCoverage {
  const key = (dilaporkan * 65_536 + diharapkan) * 4 + LEVELS.indexOf(tingkat);
  let c = COVERAGE.get(key);
  if (c === undefined) {
    c = Object.freeze({ dilaporkan, diharapkan, tingkat });
    if (COVERAGE.size < 16_384) COVERAGE.set(key, c);
  }
  return c;
}
