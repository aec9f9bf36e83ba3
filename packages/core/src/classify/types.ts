/**
 * The shapes of a map classification (DESIGN.md §3 "Map classes").
 */

import type { LocalizedText } from '../schema/common.ts';

/** How class bounds are chosen. */
export type ClassMethod = 'quantile' | 'equal-interval' | 'natural-breaks' | 'manual';

/** Every method, in the order a picker shows them. */
export const CLASS_METHODS: readonly ClassMethod[] = [
  'quantile',
  'equal-interval',
  'natural-breaks',
  'manual',
];

/** Options of `classify`. */
export interface ClassifyOptions {
  /** The method. */
  readonly method: ClassMethod;
  /**
   * Number of classes asked for (integer ≥ 1), default 5. For `manual` it is `breaks.length + 1`; giving another
   * value is an error.
   */
  readonly k?: number | undefined;
  /** `manual` only: the inner thresholds, strictly increasing. A value equal to a threshold belongs to the class above. */
  readonly breaks?: readonly number[] | undefined;
}

/** One class: the values `lo ≤ v < hi`, or `lo ≤ v ≤ hi` for the last class (`closedHigh`). */
export interface ClassInterval {
  /** 0-based position, lowest values first. */
  readonly index: number;
  /** Lower bound (included). */
  readonly lo: number;
  /** Upper bound (excluded, except in the last class). */
  readonly hi: number;
  /** True for the last class only: its upper bound is included. */
  readonly closedHigh: boolean;
  /** How many of the classified values fall in this class. */
  readonly count: number;
}

/** Why a classification differs from what was asked, or where its data sit oddly; shown to the map's editor. */
export interface ClassificationWarning {
  /**
   * - `collapsed`: fewer distinct bounds than `k + 1` (few distinct values, heavy ties), so fewer classes;
   * - `single-value`: all values are equal: one class;
   * - `no-data`: no value to classify;
   * - `break-below-data` / `break-above-data`: a manual threshold lies outside the data's range, so a class is empty.
   */
  readonly code: 'collapsed' | 'single-value' | 'no-data' | 'break-below-data' | 'break-above-data';
  /** A sentence for the editor, in Bahasa Indonesia and English. */
  readonly message: LocalizedText;
}

/** The result of `classify`. Plain data plus the `classOf` lookup. */
export interface Classification {
  /** The method used. */
  readonly method: ClassMethod;
  /** Number of classes made (may be below `requestedK`: see `warnings`). 0 when there is no data and no breaks. */
  readonly k: number;
  /** Number of classes asked for. */
  readonly requestedK: number;
  /**
   * The `k + 1` class edges, non-decreasing: `bounds[i]` and `bounds[i + 1]` enclose class `i`. The outer edges are
   * the data's minimum and maximum (for `manual`, widened to the outermost thresholds when these lie outside).
   * Empty when `k` is 0.
   */
  readonly bounds: readonly number[];
  /** The classes, lowest first. */
  readonly classes: readonly ClassInterval[];
  /** The "Tidak ada data" class: null, undefined, NaN and ±Infinity values (`nonFinite` counts the last three). */
  readonly noData: { readonly count: number; readonly nonFinite: number };
  /** Number of values given (classified + no data). */
  readonly total: number;
  /** Notes on collapsed classes, empty classes and missing data. */
  readonly warnings: readonly ClassificationWarning[];
  /**
   * The class index of a value, or `null` for the no-data class (null, undefined, NaN, ±Infinity, or any value when
   * `k` is 0). A finite value below the lowest bound goes to the first class, above the highest to the last: this
   * only happens for values that were not passed to `classify` (for `manual` it is what the open-ended end classes
   * mean).
   */
  classOf(value: number | null | undefined): number | null;
}

/** The problems `classify` refuses, each with a code a caller can act on. */
export type ClassifyErrorCode =
  | 'unknown-method'
  | 'invalid-k'
  | 'missing-breaks'
  | 'breaks-not-allowed'
  | 'invalid-break'
  | 'breaks-not-increasing'
  | 'k-mismatch'
  | 'invalid-value';

/** Thrown by `classify` on options or input it cannot honour. The message names the problem in Bahasa Indonesia. */
export class ClassifyError extends Error {
  /** What is wrong. */
  readonly code: ClassifyErrorCode;
  /** Position of the offending break or value, when there is one. */
  readonly index: number | undefined;
  constructor(code: ClassifyErrorCode, message: string, index?: number) {
    super(message);
    this.name = 'ClassifyError';
    this.code = code;
    this.index = index;
  }
}
