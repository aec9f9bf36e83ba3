/**
 * Formula indicators: numerator / denominator × factor, computed from sums at every region level — never by
 * averaging lower-level percentages (DESIGN §3).
 */
import type { ColumnTable } from 'arquero';
import type { Formula, Indicator } from '../schema/indicator.ts';
import type { RegionLevel } from '../schema/region.ts';
import { aggregateMeasures, formulaMeasureSpec } from './measures.ts';
import { rollupRegions } from './rollup-regions.ts';
import type { MissingReason } from './types.ts';

/** A formula's value from summed parts, or why there is none. */
export interface FormulaValue {
  readonly nilai: number | null;
  readonly reason?: MissingReason;
}

/**
 * numerator / denominator × factor; without a denominator (`undefined`), numerator × factor.
 * A null part → `no-data`; a denominator of 0 → `denominator-zero`.
 *
 * @example formulaValue(35, 450, 100) // { nilai: 7.777… } — 35 poor of 450 households, in percent
 */
export function formulaValue(
  numerator: number | null,
  denominator: number | null | undefined,
  factor = 1,
): FormulaValue {
  if (numerator === null || Number.isNaN(numerator)) return { nilai: null, reason: 'no-data' };
  if (denominator === undefined) return { nilai: numerator * factor };
  if (denominator === null || Number.isNaN(denominator)) return { nilai: null, reason: 'no-data' };
  if (denominator === 0) return { nilai: null, reason: 'denominator-zero' };
  return { nilai: (numerator / denominator) * factor };
}

/**
 * The factor that turns numerator / denominator into an indicator's unit: the formula's `factor`; otherwise 100
 * for a `%` unit, N for a "per N" unit ("per 1.000 kelahiran hidup" → 1000, id-ID thousands dots), else 1.
 */
export function rateFactor(indicator: Pick<Indicator, 'formula' | 'satuan'>): number {
  if (indicator.formula) return indicator.formula.factor;
  const satuan = indicator.satuan.toLowerCase();
  if (satuan.includes('%') || satuan.includes('persen')) return 100;
  const per = /per\s*([\d.]+)/.exec(satuan);
  if (per) {
    const n = Number(per[1]!.replaceAll('.', ''));
    if (Number.isFinite(n) && n > 0) return n;
  }
  return 1;
}

/**
 * The numerator and denominator of a formula per region and period from its dataset, summed up to the `levels`
 * asked for (e.g. kelurahan rows rolled up to kecamatan and kota). Columns: `wilayah`, `periode`, `numerator`,
 * `denominator` (absent without a denominator). Compute the value with {@link formulaValue} on each row.
 */
export function formulaTable(
  formula: Formula,
  dataset: ColumnTable,
  parentOf: (code: string) => string | undefined,
  levels: readonly RegionLevel[],
): ColumnTable {
  const sums = aggregateMeasures(dataset, formulaMeasureSpec(formula));
  return levels.length === 0 ? sums : rollupRegions(sums, parentOf, levels);
}
