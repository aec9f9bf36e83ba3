/**
 * @satata/charts — pure ECharts option builders for Satata's view models, the Indonesian ECharts locale, the one
 * HTML-escaping helper every tooltip passes through, and server-side rendering to SVG. A chosen list: the builders'
 * shared internals (resolved base options, the tooltip component's settings, the aria option) stay internal.
 * @packageDocumentation
 */

export {
  type ChoroplethOptions,
  choroplethOption,
  type GeoJsonLike,
  NO_DATA_CLASS,
  SUPPRESSED_CLASS,
} from './choropleth.ts';
export { type BaseChartOptions, ChartInputError, type ChartOption } from './common.ts';
export { type DistributionChartOptions, distributionOption } from './distribution.ts';
export { ECHARTS_PARTS, echarts, isEchartsSetUp, setupEcharts } from './echarts.ts';
export {
  escapeHtml,
  escapeRichText,
  htmlTooltip,
  renderTooltip,
  richTextTooltip,
  TOOLTIP_MANY_ROWS,
  type TooltipContent,
  type TooltipMode,
  type TooltipRow,
  xmlSafe,
} from './escape.ts';
export { LANG_ID, LOCALE_ID } from './locale-id.ts';
export {
  BLUES,
  CATEGORY_COLORS,
  NO_CAPAIAN_COLOR,
  NO_DATA_COLOR,
  rampColors,
  SERIES_COLORS,
  SUPPRESSED_COLOR,
  TARGET_COLOR,
  YL_OR_RD,
} from './palette.ts';
export { type SparklineOptions, sparklineOption } from './sparkline.ts';
export { type RenderToSvgOptions, renderToSvg } from './ssr.ts';
export { type TrendChartOptions, trendOption } from './trend.ts';
