import { echarts, LANG_ID, LOCALE_ID } from '@satata/charts';
import { BarChart, LineChart, MapChart } from 'echarts/charts';
import {
  AriaComponent,
  GridComponent,
  LegendComponent,
  MarkAreaComponent,
  MarkLineComponent,
  MarkPointComponent,
  TitleComponent,
  TooltipComponent,
  VisualMapPiecewiseComponent,
} from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';

let registered = false;

/**
 * Register the ECharts parts the `@satata/charts` builders use (line, bar and map charts with their components),
 * the SVG renderer and the Indonesian locale. `@satata/charts` registers the same on import, but a bundler may
 * skip that side-effect-free module when only its `echarts` re-export is used (the Storybook build did), so the
 * components call this before every `init`. Idempotent.
 */
export function ensureEcharts(): typeof echarts {
  if (registered) return echarts;
  echarts.use([
    LineChart,
    BarChart,
    MapChart,
    AriaComponent,
    GridComponent,
    LegendComponent,
    MarkAreaComponent,
    MarkLineComponent,
    MarkPointComponent,
    TitleComponent,
    TooltipComponent,
    VisualMapPiecewiseComponent,
    SVGRenderer,
  ]);
  echarts.registerLocale(LOCALE_ID, LANG_ID as unknown as Parameters<typeof echarts.registerLocale>[1]);
  registered = true;
  return echarts;
}

export { echarts };
/** An ECharts instance. */
export type EChartsInstance = ReturnType<typeof echarts.init>;
/** Any ECharts option object. */
export type EChartsOption = Parameters<EChartsInstance['setOption']>[0];
