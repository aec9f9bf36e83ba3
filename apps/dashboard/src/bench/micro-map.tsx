/**
 * The subject of the map benchmark: `PovertyMicroMapView` mounted fresh (provider, classification, legend, slider,
 * region buttons and the ECharts map), timed from `render` until the first frame showing its map has been rendered
 * by the browser: once the chart root of the expected level holds the map's paths (ECharts builds them
 * synchronously in `setOption`), the time is taken {@link afterPaint} — the same end point as the bare map's. Not
 * ECharts' `finished` event: the bare map has no animation, so its `finished` comes with its first paint, while an
 * animated chart fires it only after its last animation frame.
 */
import type { Indicator, IndicatorResult } from '@satata/core';
import { PovertyMicroMapView, type RegionFeatureCollection, SatataProvider } from '@satata/react';
import { createRoot } from 'react-dom/client';
import { afterPaint } from './after-paint.ts';

/** Inputs of one micro-map render. */
export interface MicroMapInput {
  readonly catalog: Parameters<typeof SatataProvider>[0]['catalog'];
  readonly indicator: Indicator;
  readonly results: readonly IndicatorResult[];
  readonly kecamatan: RegionFeatureCollection;
  readonly kelurahan: RegionFeatureCollection;
  /** A kecamatan to open (linked selection), or null for the kecamatan level. */
  readonly open: string | null;
  /** Open on every kelurahan of the city (the level toggle's citywide view) instead of the kecamatan. */
  readonly citywide?: boolean;
  readonly height: number;
}

/**
 * Mount the micro-map into `host` and resolve with the ms until the first frame showing its map of the expected
 * level, then unmount. Rejects when it has not painted within 20 s.
 */
export function renderMicroMap(host: HTMLElement, input: MicroMapInput): Promise<number> {
  return new Promise((resolve, reject) => {
    const root = createRoot(host);
    const level = input.open || input.citywide ? 'kelurahan' : 'kecamatan';
    const done = () => {
      const widget = host.querySelector(`[data-satata-widget="map"][data-satata-level="${level}"]`);
      const chart = widget?.querySelector('.satata-chart');
      return chart?.querySelector('path') != null;
    };
    const finish = (ms: number | Error) => {
      observer.disconnect();
      clearTimeout(timer);
      root.unmount();
      if (ms instanceof Error) reject(ms);
      else resolve(ms);
    };
    let seen = false;
    const observer = new MutationObserver(() => {
      if (seen || !done()) return;
      seen = true;
      void afterPaint().then((t1) => finish(t1 - t0));
    });
    observer.observe(host, { subtree: true, childList: true, attributes: true });
    const timer = setTimeout(
      () => finish(new Error('peta mikro tidak selesai digambar dalam 20 detik')),
      20_000,
    );
    const t0 = performance.now();
    root.render(
      <SatataProvider catalog={input.catalog} selectedRegion={input.open} onSelectRegion={() => {}}>
        <PovertyMicroMapView
          indicator={input.indicator}
          results={input.results}
          kecamatan={input.kecamatan}
          kelurahan={input.kelurahan}
          height={input.height}
          defaultView={input.citywide ? 'kelurahan' : 'kecamatan'}
        />
      </SatataProvider>,
    );
  });
}
