/**
 * Map classification (quantile, equal interval, natural breaks, manual) and its legends.
 * @module
 */

export { equalIntervalBounds, manualBounds, naturalBreaksBounds, quantileBounds } from './bounds.ts';
export { classify, DEFAULT_CLASS_COUNT } from './classify.ts';
export {
  type LegendItem,
  type LegendOptions,
  legendDecimals,
  legendItems,
  legendNumberFormat,
  methodLabel,
  NO_DATA_LABEL,
} from './legend.ts';
export {
  CLASS_METHODS,
  type ClassInterval,
  type Classification,
  type ClassificationWarning,
  ClassifyError,
  type ClassifyErrorCode,
  type ClassifyOptions,
  type ClassMethod,
} from './types.ts';
