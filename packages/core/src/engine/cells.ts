/**
 * Observation cells: the engine's internal, validated form of an observation (one indicator × region × period).
 */
import type { Period } from '../period/period.ts';
import type { MissingReason, ResultCoverage } from './types.ts';

/** One validated observation of an indicator × region × period (or one rolled up from the regions below). */
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
  /** Index of the input row the cell came from (for quality issues); null for a rolled-up or derived cell. */
  readonly row: number | null;
  /** Children reported / expected, for a cell rolled up from the regions below; null for an observed cell. */
  readonly cakupan: ResultCoverage | null;
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
