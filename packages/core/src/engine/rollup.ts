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

/** What the children of one parent × period add up to (read from {@link ChildSums.at}). */
export interface ChildSum {
  /** Children with a usable value or usable parts. */
  readonly reported: number;
  readonly nilai: number;
  readonly numerator: number;
  readonly denominator: number;
  /** Every reported child had a numerator and a denominator. */
  readonly allParts: boolean;
  /** Every reported child had a value. */
  readonly allValues: boolean;
  /** Some child is suppressed for privacy. */
  readonly suppressed: boolean;
  /** Some child has a row but no usable value. */
  readonly empty: boolean;
  readonly diperbarui: string | null;
  readonly ilustratif: boolean;
}

const SEEN = 1;
const NOT_ALL_PARTS = 2;
const NOT_ALL_VALUES = 4;
const SUPPRESSED = 8;
const EMPTY = 16;
const ILLUSTRATIVE = 32;

/**
 * Running sums of children, one slot per parent × period, kept in columns (typed arrays): a roll-up adds every
 * kelurahan row of an indicator without making an object per row or per slot. {@link ChildSums.add} is how one
 * child counts; {@link parentValue} turns a slot into the parent's value.
 */
export class ChildSums {
  /** Children with a usable value or usable parts, per slot. */
  readonly reported: Int32Array;
  readonly nilai: Float64Array;
  readonly numerator: Float64Array;
  readonly denominator: Float64Array;
  private readonly state: Uint8Array;
  private readonly updated: (string | null)[];

  /** @param size the number of slots (parents × periods). */
  constructor(readonly size: number) {
    this.reported = new Int32Array(size);
    this.nilai = new Float64Array(size);
    this.numerator = new Float64Array(size);
    this.denominator = new Float64Array(size);
    this.state = new Uint8Array(size);
    this.updated = new Array<string | null>(size).fill(null);
  }

  /** True when some child was added to slot `k`. */
  has(k: number): boolean {
    return this.state[k]! !== 0;
  }

  /**
   * Add one child's row to slot `k`: a suppressed child makes the slot suppressed; a child with neither a value
   * nor both parts makes it `empty`; any other child is reported, its parts and value summed (an illustrative
   * child makes the sum illustrative; the latest `diperbarui` is kept). A missing value or part is NaN (numbers
   * only: a roll-up adds every kelurahan row, and a null beside numbers would box each value).
   */
  add(
    k: number,
    ditekan: boolean,
    nilai: number,
    numerator: number,
    denominator: number,
    diperbarui: string | null,
    ilustratif: boolean,
  ): void {
    let st = this.state[k]! | SEEN;
    if (ilustratif) st |= ILLUSTRATIVE;
    // Children of one period usually share their update date: an equal one needs no ordering.
    if (diperbarui !== null && diperbarui !== this.updated[k]) {
      this.updated[k] = laterDate(this.updated[k]!, diperbarui);
    }
    if (ditekan) st |= SUPPRESSED;
    else {
      const parts = !Number.isNaN(numerator) && !Number.isNaN(denominator);
      const hasValue = !Number.isNaN(nilai);
      if (!parts && !hasValue) st |= EMPTY;
      else {
        this.reported[k]!++;
        if (parts) {
          this.numerator[k]! += numerator;
          this.denominator[k]! += denominator;
        } else st |= NOT_ALL_PARTS;
        if (hasValue) this.nilai[k]! += nilai;
        else st |= NOT_ALL_VALUES;
      }
    }
    this.state[k] = st;
  }

  /** Slot `k` as a {@link ChildSum}. */
  at(k: number): ChildSum {
    const st = this.state[k]!;
    return {
      reported: this.reported[k]!,
      nilai: this.nilai[k]!,
      numerator: this.numerator[k]!,
      denominator: this.denominator[k]!,
      allParts: (st & NOT_ALL_PARTS) === 0,
      allValues: (st & NOT_ALL_VALUES) === 0,
      suppressed: (st & SUPPRESSED) !== 0,
      empty: (st & EMPTY) !== 0,
      diperbarui: this.updated[k]!,
      ilustratif: (st & ILLUSTRATIVE) !== 0,
    };
  }
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
  if (s.reported === 0)
    return noValue(s.suppressed ? 'suppressed' : s.empty ? 'reported-missing' : 'no-data', cakupan);
  if (s.reported < diharapkan && !partial)
    return noValue(s.suppressed ? 'suppressed' : 'incomplete-coverage', cakupan);
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
  return noValue('no-data', cakupan);
}

/** A parent without a value (a module-level function: no closure per parent cell). */
function noValue(reason: MissingReason, cakupan: ResultCoverage) {
  return { nilai: null, numerator: null, denominator: null, reason, cakupan };
}

/** A rolled-up cell from its children's sum. */
export function parentCell(
  periode: string,
  period: Period,
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
    period,
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
