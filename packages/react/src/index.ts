/**
 * @satata/react — SatataProvider (TanStack Query), hooks and components: IndicatorCard, TrendChart, RegionMap,
 * Scorecard, the rejected-rows notice, the quality report, DataTable and export buttons, each connected widget in
 * its own error boundary. A chosen list: the chart wrapper's internals (map registry, resize and tooltip
 * helpers), the error helpers and the theme's colour maths stay internal.
 * @packageDocumentation
 */

/** TanStack Query's client, re-exported so apps can pass their own to `SatataProvider` without a direct dependency. */
export { QueryClient } from '@tanstack/react-query';
export { EChart, type EChartHandler, type EChartProps } from './chart/EChart.tsx';
export type { EChartsInstance, EChartsOption } from './chart/echarts.ts';
export { ChartFrame, type ChartFrameProps } from './components/ChartFrame.tsx';
export { CategoryBadge, type CategoryBadgeProps, TONE_ICONS } from './components/category.tsx';
export {
  IndicatorCard,
  type IndicatorCardProps,
  PovertyMicroMap,
  type PovertyMicroMapProps,
  QueryGate,
  RegionMap,
  type RegionMapProps,
  Scorecard,
  type ScorecardProps,
  TrendChart,
  type TrendChartProps,
} from './components/connected.tsx';
export { DataTableView, type DataTableViewProps } from './components/DataTableView.tsx';
export { WidgetErrorBoundary, type WidgetErrorBoundaryProps } from './components/ErrorBoundary.tsx';
export { ExportButtons, type ExportButtonsProps, type TableSource } from './components/ExportButtons.tsx';
export { IndicatorCardView, type IndicatorCardViewProps } from './components/IndicatorCard.tsx';
export { ClockIcon, type IconProps, InfoIcon } from './components/icons.tsx';
export { QualityReportView, type QualityReportViewProps } from './components/QualityReport.tsx';
export {
  MAP_VIEWS,
  type MapView,
  PovertyMicroMapView,
  type PovertyMicroMapViewProps,
  RegionMapView,
  type RegionMapViewProps,
} from './components/RegionMap.tsx';
export { RejectedRowsNotice, type RejectedRowsNoticeProps } from './components/RejectedRows.tsx';
export { ScorecardView, type ScorecardViewProps } from './components/Scorecard.tsx';
export { Sparkline, type SparklineProps } from './components/Sparkline.tsx';
export {
  EmptyState,
  ErrorState,
  type ErrorStateProps,
  IllustrativeBadge,
  LoadingSkeleton,
  type LoadingSkeletonProps,
  StaleBadge,
  WidgetSkeleton,
  type WidgetSkeletonProps,
} from './components/states.tsx';
export { TrendChartView, type TrendChartViewProps } from './components/TrendChart.tsx';
export {
  type SatataContextValue,
  SatataProvider,
  type SatataProviderProps,
  useMessages,
  useSatata,
  useSelectedRegion,
  useTexts,
} from './context.tsx';
export { chartPng, chartSvg, csvBlob, downloadBlob, fileSlug } from './export.ts';
export {
  MissingSourceError,
  type ResultFilter,
  type SatataOutput,
  satataKeys,
  UnknownIndicatorError,
  useCatalog,
  useEngineOutput,
  useIndicatorResults,
  useMapData,
  useTopology,
} from './hooks/queries.ts';
export { type Messages, messagesFor, type SatataLocale } from './messages.ts';
export type {
  MapLevel,
  RegionFeature,
  RegionFeatureCollection,
  RegionGeometry,
  SatataSources,
} from './sources.ts';
export { SATATA_CSS } from './styles.ts';
export {
  DARK,
  HIGH_CONTRAST,
  LIGHT,
  THEMES,
  type ThemeName,
  type ThemeTokens,
  themeTokens,
} from './theme.ts';
