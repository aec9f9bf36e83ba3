/**
 * View models: plain typed objects made from engine results — a card, a trend, a map (and the region map's rules),
 * a category distribution, a scorecard, the rejected rows and the data-quality report — each with a generated text
 * summary (Bahasa Indonesia and English) and a data-table alternative with CSV export. Internal helpers
 * (period sorting of results, list joining, lazy parts) stay internal.
 * @module
 */

export {
  buildCardViewModel,
  type CardChange,
  type CardCoverage,
  type CardFreshness,
  type CardOptions,
  type CardProgress,
  type CardViewModel,
  CHANGE_LABELS,
  PROGRESS_LABELS,
} from './card.ts';
export {
  type Bilingual,
  bilingual,
  categoryLabel,
  categoryTone,
  coverageText,
  inBoth,
  MISSING_REASONS,
  missingReasonLabel,
  sortPeriodKeys,
  ViewModelError,
} from './common.ts';
export {
  buildDistributionViewModel,
  type DistributionBucket,
  type DistributionOptions,
  type DistributionViewModel,
  NO_CAPAIAN_KEY,
  type NoCapaianBucket,
} from './distribution.ts';
export {
  buildMapViewModel,
  type MapCell,
  type MapClass,
  type MapOptions,
  type MapPeriodCounts,
  type MapViewModel,
} from './map.ts';
export {
  buildQualityReportViewModel,
  issueValueText,
  type LocatedIssue,
  locateIssues,
  type ObservationInput,
  type QualityReportViewModel,
  type RejectedRow,
  type RejectedRows,
  type RejectionReason,
  rejectedInCell,
  rejectedRowsFor,
} from './quality.ts';
export {
  buildRegionMapViewModel,
  MAP_METHODS,
  type MapLegendItem,
  type MapRegion,
  mapCellNotes,
  mapCellText,
  mapLegend,
  mapPeriodShown,
  mapRegionList,
  type RegionMapOptions,
} from './region-map.ts';
export {
  buildScorecardViewModel,
  SCORECARD_GROUPINGS,
  type ScorecardCategoryChoice,
  type ScorecardGroup,
  type ScorecardGrouping,
  type ScorecardGroupRef,
  type ScorecardQuery,
  type ScorecardRow,
  type ScorecardSortKey,
  type ScorecardViewModel,
  type ScorecardViewOptions,
  type SortDirection,
  scorecardGroups,
} from './scorecard.ts';
export {
  completeYearAsOf,
  DEFAULT_PUBLICATION_LAG,
  FREQUENCY_MONTHS,
  freshUntil,
  isStale,
  type StaleOptions,
} from './stale.ts';
export {
  type CellMissing,
  type CellValue,
  type ColumnKind,
  type CsvOptions,
  columnHeader,
  type DataTable,
  formatCell,
  type TableColumn,
  type TableRow,
  toCsv,
} from './table.ts';
export {
  buildTrendViewModel,
  type SeriesChangeMark,
  type TrendGranularity,
  type TrendOptions,
  type TrendPoint,
  type TrendProjection,
  type TrendProjectionPoint,
  type TrendSeries,
  type TrendViewModel,
} from './trend.ts';
