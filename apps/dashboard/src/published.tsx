/**
 * Entry of a published dashboard (`satata build`): the page arrives server-rendered, with its headline values in
 * the HTML; this hydrates it over the site's data packs. The boot data (the pack index, and which view the server
 * rendered) is a JSON block at the end of the page — data, not script, so a strict CSP allows it; the view itself is
 * fetched from its pack (it is not repeated in the HTML), then the page hydrates. No observations and
 * no engine are in this bundle; the stylesheet is a file the page links, so nothing injects a `<style>`.
 */
import { zodWithoutEval } from '@satata/core';
import { WidgetSkeleton } from '@satata/react';
import { lazy, StrictMode, Suspense } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { Dashboard, type MapSectionProps } from './App.tsx';
import { NearViewport } from './near-viewport.tsx';
import { type PackIndex, packSource } from './pack-source.ts';
import type { DashboardSource } from './source.ts';
import type { DashboardView } from './view.ts';

/** What the server puts in `<script type="application/json" id="satata-boot">`. */
export interface PublishedBoot {
  /** The URL of the index, relative to the page. */
  readonly indexUrl: string;
  readonly index: PackIndex;
  /** The URL of the view the HTML was rendered with (the default filters), relative to the page. */
  readonly viewUrl: string;
  /** The gallery of no-JavaScript snapshots, relative to the page. */
  readonly galleryHref?: string;
}

// The map section (ECharts' map, the boundaries' reader) is its own chunk, loaded when the section nears the
// viewport; its data and boundaries are packs of their own.
const PublishedMapSection = lazy(() =>
  import('./PublishedMapSection.tsx').then((m) => ({ default: m.PublishedMapSection })),
);
const toFeatures = (topology: unknown) => import('./map-features.ts').then((m) => m.regionFeatures(topology));

/** The map section's placeholder, as the server renders it (the same height: nothing moves when it loads). */
const mapPlaceholder = () => <WidgetSkeleton lines={3} chartHeight={460} />;

/** The published map section: a placeholder until it nears the viewport, then the map over the packs. */
function mapSection(source: DashboardSource, areaName: string) {
  const load = source.map;
  if (!load) return undefined;
  return (p: MapSectionProps) => (
    <NearViewport fallback={mapPlaceholder()}>
      <Suspense fallback={mapPlaceholder()}>
        <PublishedMapSection {...p} load={load} areaName={areaName} />
      </Suspense>
    </NearViewport>
  );
}

// Before anything parses: zod must not probe `new Function` under the site's CSP.
zodWithoutEval();
const root = document.getElementById('root');
const bootElement = document.getElementById('satata-boot');
if (root && bootElement?.textContent) {
  const boot = JSON.parse(bootElement.textContent) as PublishedBoot;
  void hydrate(root, boot);
}

async function hydrate(root: HTMLElement, boot: PublishedBoot): Promise<void> {
  const res = await fetch(boot.viewUrl, { credentials: 'same-origin' });
  if (!res.ok) throw new Error(`Paket data ${boot.viewUrl} gagal dimuat: HTTP ${res.status}`);
  const view = (await res.json()) as DashboardView;
  const source = packSource(boot.index, boot.indexUrl, toFeatures, { view });
  const map = mapSection(source, boot.index.shell.areaName);
  hydrateRoot(
    root,
    <StrictMode>
      <Dashboard
        source={source}
        {...(map ? { mapSection: map } : {})}
        hydrating={true}
        injectStyles={false}
        tooltipMode="richText"
        {...(boot.galleryHref ? { galleryHref: boot.galleryHref } : {})}
      />
    </StrictMode>,
  );
}
