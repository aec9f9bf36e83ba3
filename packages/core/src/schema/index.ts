/**
 * The domain's zod schemas and their types: catalog, category scale, indicator (with target, formula and
 * composite), observation, region, and the catalog's validation with readable issues.
 * @module
 */

export {
  Catalog,
  type CatalogInput,
  catalogJsonSchema,
  DatasetField,
  DatasetMeta,
  Misi,
  Opd,
  PlanPeriod,
  Sasaran,
  Tujuan,
  Urusan,
} from './catalog.ts';
export {
  BAIK_KURANG_CATEGORY_SCALE,
  CategoryBand,
  CategoryScale,
  DEFAULT_CATEGORY_SCALE,
} from './category.ts';
export {
  FiniteNumber,
  isKodeWilayah,
  KODE_WILAYAH_EXPECTED,
  KODE_WILAYAH_PATTERN,
  KodeWilayah,
  LocalizedText,
  PeriodText,
  Year,
} from './common.ts';
export {
  Aggregation,
  Baseline,
  BlankRule,
  Composite,
  FieldFilter,
  FilterOp,
  Formula,
  Frequency,
  Indicator,
  type IndicatorInput,
  isRangeTarget,
  Measure,
  NegativeFormula,
  Polarity,
  ProjectionMethod,
  RangeRule,
  type RangeTarget,
  Target,
} from './indicator.ts';
export { Observation, ObservationStatus } from './observation.ts';
export { EstimationLevel, levelOfCode, parentCode, Region, RegionLevel } from './region.ts';
export { type CatalogIssue, CatalogValidationError, parseCatalog } from './validate.ts';
