/**
 * Small-cell suppression for open aggregate tables.
 * @module
 */

export {
  type AggregateRow,
  DEFAULT_SMALL_CELL_THRESHOLD,
  type SuppressedCell,
  type SuppressionOptions,
  SuppressionOptionsError,
  type SuppressionReason,
  type SuppressionResult,
  suppressSmallCells,
} from './suppress.ts';
