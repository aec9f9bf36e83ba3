/**
 * The one module that registers ECharts parts: tree-shaken `echarts/core` with only the charts, components and
 * renderers Satata uses, and the Indonesian locale. Every other module imports ECharts through here.
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
  CanvasRenderer,
]);
echarts.registerLocale(LOCALE_ID, LANG_ID as unknown as Parameters<typeof echarts.registerLocale>[1]);

export { echarts };
