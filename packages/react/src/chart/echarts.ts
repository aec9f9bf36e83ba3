import type { echarts } from '@satata/charts';

/** An ECharts instance. */
export type EChartsInstance = ReturnType<typeof echarts.init>;
/** Any ECharts option object. */
export type EChartsOption = Parameters<EChartsInstance['setOption']>[0];
