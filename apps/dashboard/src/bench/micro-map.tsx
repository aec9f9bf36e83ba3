/**
 * The subject of the map benchmark: `RegionMapView` mounted fresh (classification, legend, slider, controls
 * and the ECharts map) into an app that is already running — one React root and one query client for the page's
 * life, as in the dashboard or an OPD page, where the map appears inside a live app. Each measurement mounts a
 * new `SatataProvider` (its linked selection is part of the input) with the map, and is timed from the state
 * update that mounts it until the first frame showing its map has been rendered by the browser: once the chart
 * root of the expected level holds the map's paths (ECharts builds them synchronously in `setOption`), the time
 * is taken {@link afterPaint} — the same end point as the bare map's; `work` is the time until those paths were seen
 * (the React render and commit, the style and layout of the widget and ECharts' synchronous drawing — the mutation
 * observer runs right after the task that did them). Not ECharts' `finished` event: the bare map
 * has no animation, so its `finished` comes with its first paint, while an animated chart fires it only after its
 * last animation frame. The map is unmounted after each measurement.
 */
import type { Catalog, Indicator, IndicatorResult } from '@satata/core';
import { QueryClient, type RegionFeatureCollection, RegionMapView, SatataProvider } from '@satata/react';
import { type ReactNode, useState } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { afterPaint, type MapTiming } from './after-paint.ts';

/** Inputs of one micro-map render. */
export interface MicroMapInput {
  readonly catalog: Catalog;
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

/** A running app root into which maps are mounted one at a time. */
export interface MicroMapStage {
  /**
   * Mount the micro-map and resolve with the ms until the first frame showing its map of the expected level (and
   * until its SVG was in the document), then unmount it. Rejects when it has not painted within 20 s.
   */
  render(input: MicroMapInput): Promise<MapTiming>;
}

/** Where the stage mounts its maps: holds the current input, handing its setter to the stage. */
function Slot({
  client,
  bind,
}: {
  readonly client: QueryClient;
  readonly bind: (setInput: (input: MicroMapInput | null) => void) => void;
}): ReactNode {
  const [input, setInput] = useState<MicroMapInput | null>(null);
  bind(setInput);
  if (!input) return null;
  return (
    <SatataProvider
      queryClient={client}
      catalog={input.catalog}
      selectedRegion={input.open}
      onSelectRegion={() => {}}
    >
      <div style={{ width: 900 }}>
        <RegionMapView
          indicator={input.indicator}
          results={input.results}
          kecamatan={input.kecamatan}
          kelurahan={input.kelurahan}
          height={input.height}
          defaultView={input.citywide ? 'kelurahan' : 'kecamatan'}
        />
      </div>
    </SatataProvider>
  );
}

/**
 * Start the app root in `host` (a React root with one persistent query client, mounted once) and return the
 * stage that mounts maps into it.
 */
export function createMicroMapStage(host: HTMLElement): MicroMapStage {
  const client = new QueryClient();
  let show: (input: MicroMapInput | null) => void = () => {
    throw new Error('panggung peta belum terpasang');
  };
  const root = createRoot(host);
  // The app's persistent part: a provider holding the query client for the page's life, and the slot.
  root.render(
    <SatataProvider queryClient={client}>
      <Slot
        client={client}
        bind={(set) => {
          show = set;
        }}
      />
    </SatataProvider>,
  );

  return {
    render: (input) =>
      new Promise((resolve, reject) => {
        const level = input.open || input.citywide ? 'kelurahan' : 'kecamatan';
        const done = () => {
          const widget = host.querySelector(`[data-satata-widget="map"][data-satata-level="${level}"]`);
          const chart = widget?.querySelector('.satata-chart');
          return chart?.querySelector('path') != null;
        };
        const finish = (ms: MapTiming | Error) => {
          observer.disconnect();
          clearTimeout(timer);
          // Unmounted now, outside the timing, so the next measurement starts from an empty slot.
          flushSync(() => show(null));
          if (ms instanceof Error) reject(ms);
          else resolve(ms);
        };
        let seen = false;
        const observer = new MutationObserver(() => {
          if (seen || !done()) return;
          seen = true;
          const work = performance.now() - t0;
          void afterPaint().then((t1) => finish({ ms: t1 - t0, work }));
        });
        observer.observe(host, { subtree: true, childList: true, attributes: true });
        const timer = setTimeout(
          () => finish(new Error('peta mikro tidak selesai digambar dalam 20 detik')),
          20_000,
        );
        // Start from a laid-out page, as the bare map does.
        void document.body.offsetHeight;
        const t0 = performance.now();
        show(input);
      }),
  };
}
