import { ECHARTS_PARTS, echarts, isEchartsSetUp, LANG_ID, setupEcharts } from '@satata/charts';
import { describe, expect, it } from 'vitest';

/**
 * `setupEcharts()` is the one registration of ECharts parts (issue 4 gap: the registration used to be a module
 * side effect that the Storybook build dropped, and @satata/react repeated the list). Vitest gives this file its own
 * module graph, so the "before" state is really the state right after importing the package.
 */
describe('setupEcharts', () => {
  it('registers nothing on import: no renderer exists until it is called', () => {
    expect(isEchartsSetUp()).toBe(false);
    expect(() => echarts.init(null, null, { renderer: 'svg', ssr: true, width: 10, height: 10 })).toThrow();
  });

  it('registers the parts and the Indonesian locale, returns echarts/core, and is idempotent', () => {
    const first = setupEcharts();
    expect(first).toBe(echarts);
    expect(isEchartsSetUp()).toBe(true);
    expect(setupEcharts()).toBe(first);
    expect(ECHARTS_PARTS.length).toBe(14);
    // A map with an aria description in the 'ID' locale: needs MapChart, AriaComponent, SVGRenderer and LANG_ID.
    first.registerMap('uji-setup', {
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          properties: { name: 'A' },
          geometry: {
            type: 'Polygon',
            coordinates: [
              [
                [0, 0],
                [1, 0],
                [1, 1],
                [0, 0],
              ],
            ],
          },
        },
      ],
    } as never);
    const chart = first.init(null, null, {
      renderer: 'svg',
      ssr: true,
      width: 200,
      height: 200,
      locale: 'ID',
    });
    try {
      chart.setOption({
        animation: false,
        aria: { enabled: true },
        series: [{ type: 'map', map: 'uji-setup', data: [{ name: 'A', value: 1 }] }],
      });
      const svg = chart.renderToSVGString();
      expect(svg).toContain('<path');
      // The instance speaks the registered Indonesian locale (ECharts writes no aria attributes in SSR, so ask
      // the instance's locale model, as ECharts' aria component does).
      const model = (
        chart as unknown as { getModel(): { getLocaleModel(): { get(path: string): unknown } } }
      ).getModel();
      const sentence = (LANG_ID as { aria: { general: { withoutTitle: string } } }).aria.general.withoutTitle;
      expect(model.getLocaleModel().get('aria.general.withoutTitle')).toBe(sentence);
      expect(sentence).not.toContain('This is a chart');
    } finally {
      chart.dispose();
    }
  });
});
