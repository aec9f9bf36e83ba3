import { BarChart, CustomChart, LineChart, MapChart, ScatterChart } from 'echarts/charts';
import {
  AriaComponent,
  DatasetComponent,
  GeoComponent,
  GridComponent,
  LegendComponent,
  MarkAreaComponent,
  MarkLineComponent,
  MarkPointComponent,
  TitleComponent,
  TooltipComponent,
  VisualMapComponent,
} from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';

/**
 * The tree-shaken ECharts core the components use: line, bar, scatter, custom and map charts with their
 * components, and only the SVG renderer (crisp at any zoom, exportable as SVG, and the one that works in
 * happy-dom). Registered once, on first import.
 */
echarts.use([
  LineChart,
  BarChart,
  ScatterChart,
  CustomChart,
  MapChart,
  AriaComponent,
  DatasetComponent,
  GeoComponent,
  GridComponent,
  LegendComponent,
  MarkAreaComponent,
  MarkLineComponent,
  MarkPointComponent,
  TitleComponent,
  TooltipComponent,
  VisualMapComponent,
  SVGRenderer,
]);

export { echarts };
/** An ECharts instance. */
export type EChartsInstance = echarts.EChartsType;
/** Any ECharts option object. */
export type EChartsOption = echarts.EChartsCoreOption;
