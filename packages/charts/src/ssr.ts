import type { Locale } from '@satata/core';
import type { GeoJsonLike } from './choropleth.ts';
import type { ChartOption } from './common.ts';
import { setupEcharts } from './echarts.ts';
import { escapeHtml, xmlSafe } from './escape.ts';
import { LOCALE_ID } from './locale-id.ts';

/** The ECharts locale registered for each display locale (ECharts' own English, or the Indonesian `LOCALE_ID`). */
const ECHARTS_LOCALES = { id: LOCALE_ID, en: 'EN' } as const;

/** Options of {@link renderToSvg}. */
export interface RenderToSvgOptions {
  readonly width: number;
  readonly height: number;
  /** Geometries to register first, by map name (as used in `choroplethOption({ mapName })`). */
  readonly maps?: Readonly<Record<string, GeoJsonLike>>;
  /** ECharts locale for built-in texts (default `id`, the registered Indonesian locale). */
  readonly locale?: Locale;
}

/**
 * Render an option to an SVG string on the server (or in a test): `echarts.init(null, null, { renderer: 'svg',
 * ssr: true })`, animation off, and the instance always disposed. ECharts sets no aria attributes in SSR, so the
 * option's aria description is added as `role="img"`, `aria-label` and a `<title>` on the root, escaped. Characters
 * XML does not allow are dropped ({@link xmlSafe}), so the SVG always parses.
 * Registers the ECharts parts first ({@link setupEcharts}). `maps` go to ECharts' global map registry (as `echarts.registerMap` does), replacing any map of the same name.
 */
export function renderToSvg(option: ChartOption, opts: RenderToSvgOptions): string {
  const echarts = setupEcharts();
  for (const [name, geo] of Object.entries(opts.maps ?? {})) {
    echarts.registerMap(name, geo as unknown as Parameters<typeof echarts.registerMap>[1]);
  }
  const chart = echarts.init(null, null, {
    renderer: 'svg',
    ssr: true,
    width: opts.width,
    height: opts.height,
    locale: ECHARTS_LOCALES[opts.locale ?? 'id'],
  });
  try {
    chart.setOption({ ...option, animation: false });
    const svg = xmlSafe(chart.renderToSVGString());
    const aria = option.aria as { label?: { description?: string } } | undefined;
    const description = aria?.label?.description;
    if (!description) return svg;
    const text = escapeHtml(xmlSafe(description));
    return svg
      .replace(/^<svg\b/, `<svg role="img" aria-label="${text}"`)
      .replace(/^(<svg[^>]*>)/, `$1<title>${text}</title>`);
  } finally {
    chart.dispose();
  }
}
