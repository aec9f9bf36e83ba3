/**
 * Formula indicators: numerator / denominator × factor, computed from sums at every region level — never by
 * averaging lower-level percentages (DESIGN §3).
 */
import type { ColumnTable } from 'arquero';
import { isPercentSatuan } from '../format/value.ts';
import type { Formula, Indicator } from '../schema/indicator.ts';
import { checkFinite, checkOptionalFinite } from './arguments.ts';
import { aggregateMeasures, formulaMeasureSpec } from './measures.ts';
import type { MissingReason } from './types.ts';

/** A formula's value from summed parts, or why there is none. */
export interface FormulaValue {
  readonly nilai: number | null;
  readonly reason?: MissingReason;
}

const NO_DATA: FormulaValue = Object.freeze({ nilai: null, reason: 'no-data' });
const DENOMINATOR_ZERO: FormulaValue = Object.freeze({ nilai: null, reason: 'denominator-zero' });
const NOT_FINITE: FormulaValue = Object.freeze({ nilai: null, reason: 'not-finite' });

/**
 * numerator / denominator × factor; without a denominator (`undefined`), numerator × factor.
 * A null part → `no-data`; a denominator of 0 → `denominator-zero`; a result that is not finite (overflow, a
 * denominator that underflows to 0) → `not-finite`.
 *
 * @throws EngineArgumentError for parts or a factor that are not finite numbers (NaN, Infinity).
 * @example formulaValue(35, 450, 100) // { nilai: 7.777… } — 35 poor of 450 households, in percent
 */
export function formulaValue(
  numerator: number | null,
  denominator: number | null | undefined,
  factor = 1,
): FormulaValue {
  checkOptionalFinite('formulaValue', 'numerator', numerator);
  checkOptionalFinite('formulaValue', 'denominator', denominator);
  checkFinite('formulaValue', 'factor', factor);
  return formulaValueOf(numerator, denominator, factor);
}

/** Unchecked {@link formulaValue} for the engine's loops. */
export function formulaValueOf(
  numerator: number | null,
  denominator: number | null | undefined,
  factor: number,
): FormulaValue {
  const nilai = formulaNumber(numerator, denominator, factor);
  if (!Number.isNaN(nilai)) return { nilai };
  if (numerator === null || Number.isNaN(numerator)) return NO_DATA;
  if (denominator === null || Number.isNaN(denominator)) return NO_DATA;
  return denominator === 0 ? DENOMINATOR_ZERO : NOT_FINITE;
}

/**
 * The number {@link formulaValueOf} gives, or NaN where it gives none (a null part, a denominator of 0, a result
 * that is not finite) — without making an object, for loops over every row of a roll-up.
 */
export function formulaNumber(
  numerator: number | null,
  denominator: number | null | undefined,
  factor: number,
): number {
  if (numerator === null) return Number.NaN;
  let nilai: number;
  // A null or 0 denominator divides to ±Infinity or NaN, which the finiteness test below turns into NaN.
  if (denominator === undefined) nilai = numerator * factor;
  else nilai = (numerator / (denominator as number)) * factor;
  return Number.isFinite(nilai) ? nilai : Number.NaN;
}

/**
 * The factor that turns numerator / denominator into an indicator's unit: the formula's `factor`; otherwise 100
 * for a percentage satuan (`isPercentSatuan`: `%`, `persen`, `Persen (%)`, `persentase`, `percent`), N for a
 * "per N" unit ("per 1.000 kelahiran hidup" → 1000, id-ID thousands dots), else 1.
 */
export function rateFactor(indicator: Pick<Indicator, 'formula' | 'satuan'>): number {
  if (indicator.formula) return indicator.formula.factor;
  if (isPercentSatuan(indicator.satuan)) return 100;
  const per = /per\s*([\d.]+)/.exec(indicator.satuan.toLowerCase());
  if (per) {
    const n = Number(per[1]!.replaceAll('.', ''));
    if (Number.isFinite(n) && n > 0) return n;
  }
  return 1;
}

/**
 * The numerator and denominator of a formula per region and period from its dataset, at the dataset's own level
 * (the engine rolls them up to the levels above like any observation: see `rollup.ts`). Columns: `wilayah`,
 * `periode`, `numerator`, `denominator` (absent without a denominator).
 */
export function formulaTable(formula: Formula, dataset: ColumnTable): ColumnTable {
  return aggregateMeasures(dataset, formulaMeasureSpec(formula));
}
