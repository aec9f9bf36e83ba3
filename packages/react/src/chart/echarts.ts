import { echarts } from '@satata/charts';

/**
 * ECharts as registered by `@satata/charts` (tree-shaken `echarts/core`, SVG and canvas renderers, the
 * Indonesian locale): the components draw with exactly the parts the option builders were written for.
 */
export { echarts };
/** An ECharts instance. */
export type EChartsInstance = ReturnType<typeof echarts.init>;
/** Any ECharts option object. */
export type EChartsOption = Parameters<EChartsInstance['setOption']>[0];
