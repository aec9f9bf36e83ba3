/**
 * @satata/react — SatataProvider (TanStack Query), hooks and components: IndicatorCard, TrendChart,
 * PovertyMicroMap, Scorecard, DataTable and export buttons, each in its own error boundary.
 * @packageDocumentation
 */

/** TanStack Query's client, re-exported so apps can pass their own to `SatataProvider` without a direct dependency. */
export { QueryClient } from '@tanstack/react-query';
export * from './chart/EChart.tsx';
export type { EChartsInstance, EChartsOption } from './chart/echarts.ts';
export * from './components/ChartFrame.tsx';
export * from './components/category.tsx';
export * from './components/connected.tsx';
export * from './components/DataTableView.tsx';
export * from './components/ErrorBoundary.tsx';
export * from './components/ExportButtons.tsx';
export * from './components/IndicatorCard.tsx';
export * from './components/QualityReport.tsx';
export * from './components/RegionMap.tsx';
export * from './components/RejectedRows.tsx';
export * from './components/Scorecard.tsx';
export * from './components/Sparkline.tsx';
export * from './components/states.tsx';
export * from './components/TrendChart.tsx';
export * from './context.tsx';
export * from './export.ts';
export * from './hooks/queries.ts';
export * from './messages.ts';
export * from './sources.ts';
export * from './styles.ts';
export * from './theme.ts';
