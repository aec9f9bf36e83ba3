/**
 * @satata/charts — pure ECharts option builders for Satata's view models, the Indonesian ECharts locale, the one
 * HTML-escaping helper every tooltip passes through, and server-side rendering to SVG.
 * @packageDocumentation
 */

export * from './choropleth.ts';
export * from './common.ts';
export * from './distribution.ts';
export { ECHARTS_PARTS, echarts, isEchartsSetUp, setupEcharts } from './echarts.ts';
export * from './escape.ts';
export * from './locale-id.ts';
export * from './palette.ts';
export * from './sparkline.ts';
export * from './ssr.ts';
export * from './trend.ts';
