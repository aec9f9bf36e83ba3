/**
 * The IKU engine's public surface: one rule per module (see the rule table in the package README), the facade
 * functions `computeResults` / `computeOwnRegionResults` / `computeScorecard`, and the result types. Internals
 * (series building, cell sources, the roll-up's accumulators, interned values) stay internal.
 * @module
 */
export {
  type AggregatedValue,
  type AggregateOptions,
  aggregateSubPeriods,
  type SubPeriodConflict,
  type SubPeriodValue,
  subPeriodConflicts,
} from './aggregate-year.ts';
export { EngineArgumentError } from './arguments.ts';
export {
  type CapaianInput,
  type CapaianResult,
  computeCapaian,
  DEFAULT_CAPAIAN_DECIMALS,
  negativeCapaian,
  positiveCapaian,
} from './capaian.ts';
export { bandRank, capaianDecimals, categorize, resolveCategoryScale } from './category.ts';
export {
  type ChangeInput,
  type ChangeResult,
  type ChangeTolerance,
  changeDirection,
  computeChange,
  DEFAULT_VALUE_DECIMALS,
} from './change.ts';
export { type CompositePart, type CompositeValue, combineComposite } from './composite.ts';
export { roundHalfAway, roundsToZero } from './decimal.ts';
export { computeOwnRegionResults, computeResults, type EngineInput, type EngineOutput } from './engine.ts';
export { compileFilters, filtersToSql, MeasureSpecError, sqlIdent, sqlLiteral } from './filters.ts';
export { type FormulaValue, formulaTable, formulaValue, rateFactor } from './formula.ts';
export { groupByIndicator } from './group.ts';
export { type CollectOptions, collectObservations, type ObservationStore } from './input.ts';
export { isSuppressed, latestWithData, type PeriodRow, type SuppressibleRow } from './latest.ts';
export {
  aggregateMeasures,
  formulaMeasureSpec,
  formulaToSql,
  type MeasureSpec,
  measureSpecToSql,
  PERIOD_COLUMN,
  REGION_COLUMN,
} from './measures.ts';
export {
  computeProgress,
  DEFAULT_PROGRESS_THRESHOLDS,
  type ProgressInput,
  type ProgressResult,
  type ProgressThresholds,
  progressStatus,
} from './progress.ts';
export {
  cagr,
  linearFit,
  meetsTarget,
  type Projection,
  projectToYear,
  type YearPoint,
} from './projection.ts';
export { DEFAULT_PRO_RATA, proRataShare, quarterToDate, type ToDateResult } from './quarter.ts';
export { DEFAULT_SMALL_DENOMINATOR, isSmallDenominator, rankByPolarity } from './rank.ts';
export { type RollupOptions, rollupRegions } from './rollup-regions.ts';
export { computeScorecard, type ScorecardOptions } from './scorecard.ts';
export { type ColumnTable, columnTable, isColumnTable } from './table.ts';
export { endTarget, sumTargets } from './targets.ts';
export type * from './types.ts';
