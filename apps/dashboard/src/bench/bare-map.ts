/**
 * The baseline of the map benchmark: a bare ECharts map of the same kelurahan geometry as the micro-map — only
 * `echarts/core` with the map chart and the SVG renderer (the renderer the components use), one colour per region
 * computed before timing, no legend, tooltip, classification or React.
 */
import { MapChart } from 'echarts/charts';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { afterPaint, type MapTiming } from './after-paint.ts';

echarts.use([MapChart, SVGRenderer]);

/** A region's value and the colour it is painted in. */
export interface BareRegion {
  readonly kode: string;
  readonly color: string;
}

let serial = 0;

/**
 * Render the bare map into `host` (a fresh element of the given size) and resolve with the milliseconds from the
 * start of `init` until the first frame showing it has been rendered by the browser ({@link afterPaint}), and until
 * `setOption` returned (it builds the SVG synchronously: the work before that frame). The chart is disposed after.
 */
export function renderBareMap(
  host: HTMLElement,
  geojson: unknown,
  regions: readonly BareRegion[],
  size: { width: number; height: number },
): Promise<MapTiming> {
  const name = `bare-kelurahan-${serial++}`;
  return new Promise((resolve, reject) => {
    // Start from a laid-out page: what the previous measurement left to lay out is not this map's work.
    void document.body.offsetHeight;
    const t0 = performance.now();
    try {
      const chart = echarts.init(host, null, { renderer: 'svg', width: size.width, height: size.height });
      echarts.registerMap(name, geojson as Parameters<typeof echarts.registerMap>[1]);
      chart.setOption({
        animation: false,
        series: [
          {
            type: 'map',
            map: name,
            nameProperty: 'kode',
            roam: false,
            label: { show: false },
            data: regions.map((r) => ({ name: r.kode, value: 1, itemStyle: { areaColor: r.color } })),
          },
        ],
      });
      const work = performance.now() - t0;
      void afterPaint().then((t1) => {
        chart.dispose();
        resolve({ ms: t1 - t0, work });
      });
    } catch (e) {
      reject(e);
    }
  });
}
