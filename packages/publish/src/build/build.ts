/**
 * `satata build`: fetch every source (through the disk cache), validate, run the engine in Node, and write the
 * site — data packs, the pre-rendered dashboard, no-JavaScript snapshots of every IKU (card, trend; SVG, PNG and a
 * `data:` variant), of the scorecard and of the map, the gallery, the provenance and quality page, and `manifest.json` — then
 * swap it in atomically. A failing source throws a `SourceError` naming it, before anything is written: the
 * previous site stays as it was. When nothing changed since the live build, nothing is written; the writing half
 * (`render.ts`: React's server renderer, the components, ECharts, the rasteriser) is only loaded when needed, so a
 * scheduled `satata build` with nothing new costs a fresh process little more than reading its sources.
 */
import { existsSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Clock } from '@satata/data';
import { type LoadedConfig, loadConfig } from '../config/load.ts';
import { createDiskCache, type DiskCache } from '../fetch/disk-cache.ts';
import { contentHash } from '../site/files.ts';
import { liveBuild } from '../site/write.ts';
import { DASHBOARD_DIST } from './client.ts';
import { buildCodeHash, readLastBuild, writeLastBuild } from './input-key.ts';
import { regionPack } from './region.ts';
import { jakartaDate, loadSources, type SourceProvenance } from './sources.ts';

export { MANIFEST_VERSION } from './manifest-version.ts';

/** Options of {@link build}. */
export interface BuildOptions {
  /** The clock (injectable: "today" of the figures and the first-fetch times come from it). */
  readonly now?: () => Date;
  /** A fetch for the sources (default the global one), under the disk cache. */
  readonly fetch?: typeof fetch;
  /**
   * The request layer's clock — waits between retries (backoff, `Retry-After`) and the request timeout — and
   * its jitter (default the real ones; tests: retries without real waiting).
   */
  readonly clock?: Clock;
  readonly random?: () => number;
  /** The dashboard app's build folder (default `apps/dashboard/dist`). */
  readonly dashboardDist?: string;
  /** Called after the files are written and before the swap (tests: a failure at the last step). */
  readonly beforeSwap?: (folder: string) => void;
  /** Progress lines (default none). */
  readonly log?: (line: string) => void;
}

/** What a build did. */
export interface BuildResult {
  /** The live path and the build folder it points at. */
  readonly output: string;
  readonly folder: string;
  /** The build's id: the hash of its manifest (the same sources and day give the same id). */
  readonly id: string;
  readonly files: number;
  readonly provenance: readonly SourceProvenance[];
  /** Requests this build made: bodies downloaded, answers revalidated (304). */
  readonly requests: { readonly downloaded: number; readonly revalidated: number };
  readonly issues: number;
  readonly ms: number;
  /** True when nothing had changed and the live build was kept as it was. */
  readonly unchanged: boolean;
}

/** Build the site of the config at `configFile` (or an already loaded config). */
export async function build(config: string | LoadedConfig, options: BuildOptions = {}): Promise<BuildResult> {
  const started = performance.now();
  const loaded = typeof config === 'string' ? loadConfig(config) : config;
  const { config: c } = loaded;
  const now = options.now ?? (() => new Date());
  const log = options.log ?? (() => {});
  const region = regionPack(c.region);
  const cache: DiskCache = createDiskCache(loaded.cache, {
    now,
    ...(options.fetch ? { inner: (url, init) => options.fetch!(url, init) } : {}),
  });
  const sources = await loadSources(loaded, {
    cache,
    region,
    now,
    ...(options.clock ? { clock: options.clock } : {}),
    ...(options.random ? { random: options.random } : {}),
  });
  log(
    `sumber dimuat: ${sources.provenance.map((p) => `${p.id} (${p.rows.accepted}/${p.rows.input})`).join(', ')}`,
  );
  const asOf = jakartaDate(now().toISOString());
  const requestsOf = () => ({
    downloaded: cache.log.filter((r) => r.outcome === 'downloaded').length,
    revalidated: cache.log.filter((r) => r.outcome === 'revalidated').length,
  });

  // Nothing changed since the live build: it is already what this build would write.
  const dist = options.dashboardDist ?? DASHBOARD_DIST;
  const key = contentHash(
    JSON.stringify({
      config: c,
      sources: sources.provenance.map((p) => [p.id, p.sha256, p.etag, p.lastModified, p.fetchedAt]),
      asOf,
      code: buildCodeHash(dist),
    }),
  );
  const last = readLastBuild(loaded.cache);
  const live = liveBuild(loaded.output);
  if (
    last &&
    last.key === key &&
    live &&
    basename(live) === last.id &&
    existsSync(join(live, 'manifest.json'))
  ) {
    log('tidak ada yang berubah: situs yang tayang sudah sesuai');
    return {
      output: loaded.output,
      folder: live,
      id: last.id,
      files: last.files,
      provenance: sources.provenance,
      requests: requestsOf(),
      issues: last.issues,
      ms: performance.now() - started,
      unchanged: true,
    };
  }

  const { renderSite } = await import('./render.ts');
  // The boundaries, for the dashboard's map section and the map snapshot (only when the config has a map).
  const topology = c.maps.length > 0 ? await region.loadTopology() : null;
  const rendered = renderSite({
    loaded,
    sources,
    region,
    asOf,
    dist,
    topology,
    beforeSwap: options.beforeSwap,
  });
  writeLastBuild(loaded.cache, { key, id: rendered.id, files: rendered.files, issues: rendered.issues });
  return {
    output: loaded.output,
    folder: rendered.folder,
    id: rendered.id,
    files: rendered.files,
    provenance: sources.provenance,
    requests: requestsOf(),
    issues: rendered.issues,
    ms: performance.now() - started,
    unchanged: false,
  };
}
