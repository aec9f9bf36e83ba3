/**
 * The one place that registers ECharts parts: tree-shaken `echarts/core` with only the charts, components and
 * renderers Satata uses, and the Indonesian locale. Registration is an explicit, idempotent call — not a module
 * side effect, which a bundler may drop when only the `echarts` export is used (the Storybook build did).
 */
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
import * as echarts from 'echarts/core';
import { CanvasRenderer, SVGRenderer } from 'echarts/renderers';
import { LANG_ID, LOCALE_ID } from './locale-id.ts';

/** The ECharts parts every `@satata/charts` builder needs (charts, components and both renderers). */
export const ECHARTS_PARTS = [
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
  CanvasRenderer,
] as const;

let ready = false;

/**
 * Register {@link ECHARTS_PARTS} with `echarts.use` and the Indonesian locale as {@link LOCALE_ID}, then return
 * the `echarts/core` namespace. Call it before `echarts.init` (`renderToSvg` and `@satata/react`'s `EChart` do);
 * idempotent — the first call registers, later calls only return.
 */
export function setupEcharts(): typeof echarts {
  if (!ready) {
    echarts.use([...ECHARTS_PARTS]);
    echarts.registerLocale(LOCALE_ID, LANG_ID as unknown as Parameters<typeof echarts.registerLocale>[1]);
    ready = true;
  }
  return echarts;
}

/** True once {@link setupEcharts} has registered the parts (for tests and diagnostics). */
export function isEchartsSetUp(): boolean {
  return ready;
}

export { echarts };
