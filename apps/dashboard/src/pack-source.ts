/**
 * The dashboard's view models read from the data packs `satata build` writes: small JSON files per view period and
 * locale, fetched once each. Its own module, so the published page's bundle holds no engine and no view builders.
 */
import type { Locale, QualityReportViewModel, ScorecardViewModel, TrendViewModel } from '@satata/core';
import type { RegionFeatureCollection } from '@satata/react';
import { memo } from './memo.ts';
import { viewPeriodKey as viewKey } from './model.ts';
import type { DashboardSource, MapData } from './source.ts';
import type { DashboardShell, DashboardView } from './view.ts';

/**
 * The index of a published dashboard's packs for one locale (`data/<locale>/dashboard.<hash>.json`): the shell and
 * the file of every view, relative to the index's own URL.
 */
export interface PackIndex {
  readonly schemaVersion: number;
  readonly locale: Locale;
  readonly shell: DashboardShell;
  /** View files by view key (`2025`, `2025-Q2`). */
  readonly views: Readonly<Record<string, string>>;
  readonly trends: string;
  /** Scorecard files by year. */
  readonly scorecards: Readonly<Record<string, string>>;
  readonly quality: string;
  /** The map's files (results and boundaries), when the page has a map. */
  readonly map: { readonly data: string; readonly topology: string } | null;
  /** The index files of the other locales, relative to this one. */
  readonly locales: Readonly<Partial<Record<Locale, string>>>;
}

/** The two boundary levels the region map draws. */
type MapFeatures = { kecamatan: RegionFeatureCollection; kelurahan: RegionFeatureCollection };

/** The version of the pack format this page reads; a build writes it into every index and the manifest. */
export const PACK_SCHEMA_VERSION = 1;

/** A pack file could not be read. */
export class PackError extends Error {
  constructor(url: string, reason: string) {
    super(`Paket data ${url} gagal dimuat: ${reason}`);
    this.name = 'PackError';
  }
}

async function getJson<T>(url: string): Promise<T> {
  let res: Response;
  try {
    res = await fetch(url, { credentials: 'same-origin' });
  } catch (e) {
    throw new PackError(url, e instanceof Error ? e.message : String(e));
  }
  if (!res.ok) throw new PackError(url, `HTTP ${res.status}`);
  return (await res.json()) as T;
}

/**
 * Views read from the packs of a published site. `index` is the first locale's index (already fetched: the page
 * hydrates from it), `indexUrl` its URL; other locales' indexes are fetched when first asked.
 * `topologyToFeatures` turns the boundaries file into the two levels (a region pack's function; it may load
 * itself, so the TopoJSON reader stays out of the page's first bundle).
 */
export function packSource(
  index: PackIndex,
  indexUrl: string,
  topologyToFeatures?: (topology: unknown) => MapFeatures | Promise<MapFeatures>,
  initial?: { readonly view: DashboardView },
): DashboardSource {
  if (index.schemaVersion !== PACK_SCHEMA_VERSION) {
    throw new PackError(
      indexUrl,
      `versi skema ${index.schemaVersion}, halaman ini membaca ${PACK_SCHEMA_VERSION}`,
    );
  }
  const base = new URL(indexUrl, globalThis.location?.href ?? 'http://localhost/');
  const indexes = new Map<Locale, Promise<{ index: PackIndex; url: URL }>>([
    [index.locale, Promise.resolve({ index, url: base })],
  ]);
  const indexOf = (locale: Locale) => {
    let p = indexes.get(locale);
    if (!p) {
      const rel = index.locales[locale];
      const url = rel ? new URL(rel, base) : base;
      p = rel
        ? getJson<PackIndex>(url.href).then((i) => ({ index: i, url }))
        : Promise.resolve({ index, url: base });
      indexes.set(locale, p);
      p.catch(() => indexes.delete(locale));
    }
    return p;
  };
  const file = <T>(locale: Locale, pick: (i: PackIndex) => string | undefined, what: string) =>
    indexOf(locale).then(({ index: i, url }) => {
      const rel = pick(i);
      if (!rel) throw new PackError(url.href, `tidak memuat ${what}`);
      return getJson<T>(new URL(rel, url).href);
    });
  const seeded = initial ? `${index.locale}|${viewKey(initial.view.period)}` : null;
  return {
    shell: index.shell,
    peekView: (p, l) => (initial && seeded === `${l}|${viewKey(p)}` ? initial.view : undefined),
    view: memo(
      (p, l) => `${l}|${viewKey(p)}`,
      (p, l) =>
        seeded === `${l}|${viewKey(p)}` && initial
          ? Promise.resolve(initial.view)
          : file<DashboardView>(l, (i) => i.views[viewKey(p)], `tampilan ${viewKey(p)}`),
    ),
    trends: memo(
      (l) => l,
      (l) => file<readonly TrendViewModel[]>(l, (i) => i.trends, 'tren'),
    ),
    scorecard: memo(
      (t, l) => `${l}|${t}`,
      (t, l) => file<ScorecardViewModel>(l, (i) => i.scorecards[String(t)], `kartu kinerja ${t}`),
    ),
    quality: memo(
      (l) => l,
      (l) => file<QualityReportViewModel>(l, (i) => i.quality, 'laporan kualitas'),
    ),
    ...(index.map && topologyToFeatures
      ? {
          map: memo(
            (l) => l,
            async (l) => {
              const [data, topology] = await Promise.all([
                file<Omit<MapData, 'kecamatan' | 'kelurahan'>>(l, (i) => i.map?.data, 'data peta'),
                file<unknown>(l, (i) => i.map?.topology, 'batas wilayah'),
              ]);
              return { ...data, ...(await topologyToFeatures(topology)) };
            },
          ),
        }
      : {}),
  };
}
