/**
 * Observation cells: the engine's internal, validated form of an observation (one indicator × region × period),
 * and the rule for summing cells up the region hierarchy.
 */
import type { Period } from '../period/period.ts';
import type { MissingReason } from './types.ts';

/** One validated observation of an indicator × region × period. */
export interface Cell {
  readonly periode: string;
  readonly period: Period;
  /** The value, null when missing (see `reason`). */
  readonly nilai: number | null;
  readonly numerator: number | null;
  readonly denominator: number | null;
  readonly ditekan: boolean;
  /** Why `nilai` is null. */
  readonly reason: MissingReason | null;
  readonly sumber: string | null;
  readonly diperbarui: string | null;
  readonly seri: string | null;
  /**
   * The value is illustrative (generated, not a published figure): the observation's own `ilustratif`; for a
   * rolled-up cell, any of the children summed into it; for a composite, any of its components' realisations.
   */
  readonly ilustratif: boolean;
}

/** Cells of one indicator: region code → period key → cell. */
export type IndicatorCells = Map<string, Map<string, Cell>>;

/** True when a cell has a value that can be used. */
export function usableCell(c: Cell): c is Cell & { nilai: number } {
  return c.nilai !== null && !c.ditekan;
}

/** The latest of two ISO dates (null-safe). */
export function laterDate(a: string | null, b: string | null): string | null {
  if (a === null) return b;
  if (b === null) return a;
  return a >= b ? a : b;
}

/** Accumulator for summing child cells into a parent. */
export interface CellSum {
  period: Period;
  children: number;
  nilai: number;
  numerator: number;
  denominator: number;
  allRates: boolean;
  allValues: boolean;
  unusable: MissingReason | null;
  diperbarui: string | null;
  /** Some child added so far is illustrative. */
  ilustratif: boolean;
}

/** Start a sum for a parent region and period. */
export function emptySum(period: Period): CellSum {
  return {
    period,
    children: 0,
    nilai: 0,
    numerator: 0,
    denominator: 0,
    allRates: true,
    allValues: true,
    unusable: null,
    diperbarui: null,
    ilustratif: false,
  };
}

/** Add a child's values to a parent's sum (an illustrative child makes the sum illustrative). */
export function addToSum(
  s: CellSum,
  ditekan: boolean,
  nilai: number | null,
  numerator: number | null,
  denominator: number | null,
  reason: MissingReason | null,
  diperbarui: string | null,
  ilustratif: boolean,
): void {
  s.children++;
  if (ilustratif) s.ilustratif = true;
  if (ditekan) s.unusable = 'suppressed';
  else if (nilai === null && numerator === null && s.unusable === null)
    s.unusable = reason ?? 'reported-missing';
  if (numerator !== null && denominator !== null) {
    s.numerator += numerator;
    s.denominator += denominator;
  } else s.allRates = false;
  if (nilai !== null) s.nilai += nilai;
  else s.allValues = false;
  s.diperbarui = laterDate(s.diperbarui, diperbarui);
}
