/**
 * The data packs: hashed JSON files under `data/` — the catalog, each IKU's results at the city for every period,
 * each map indicator's results at every region level, one file per dashboard view (period), the trends, the
 * scorecard of each year, the data-quality report and the provenance, the dashboard's map section (its data and
 * the region pack's boundaries) — and the dashboard's pack index that names them. View models are bilingual
 * (`{ id, en }` texts), so one set of files serves every locale. Hashed names make
 * every file immutable for caches; `manifest.json` (written last, by the build) lists them with their SHA-256.
 */

import type { Locale } from '@satata/core';
import { PACK_SCHEMA_VERSION, type PackIndex } from '@satata/dashboard/src/pack-source.ts';
import { jsonBytes, relativeUrl, type SiteFiles } from '../site/files.ts';
import type { ComputedSite } from './compute.ts';
import { type GuardOptions, guardAggregate, guardRows, guardSuppressed } from './guard.ts';
import type { SourceProvenance } from './sources.ts';

/** Where the packs went: site paths. */
export interface WrittenPacks {
  /** The dashboard's pack index. */
  readonly index: string;
  readonly indexValue: PackIndex;
  readonly catalog: string;
  /** Results per indicator. */
  readonly results: Readonly<Record<string, string>>;
  /** Map results per indicator. */
  readonly maps: Readonly<Record<string, string>>;
  /** The dashboard's map section: its data and the region pack's boundaries (TopoJSON), or null. */
  readonly map: { readonly data: string; readonly topology: string } | null;
  readonly provenance: string;
  readonly qualityReport: string;
}

const codeFile = (kode: string) => kode.replace(/[^A-Za-z0-9-]/g, '_');

/** Write the packs of `site` into `files`. */
export function writePacks(
  files: SiteFiles,
  site: ComputedSite,
  provenance: readonly SourceProvenance[],
  locales: readonly Locale[],
  guard: GuardOptions,
  topology: unknown = null,
): WrittenPacks {
  const json = (dir: string, name: string, value: unknown) =>
    files.addHashed(dir, name, 'json', jsonBytes(value));
  const catalog = json('data', 'katalog', site.catalog);
  const results: Record<string, string> = {};
  const byIndicator = new Map<string, unknown[]>();
  for (const r of site.data.results) {
    const list = byIndicator.get(r.indikator) ?? [];
    if (list.length === 0) byIndicator.set(r.indikator, list);
    list.push(r);
  }
  for (const ind of site.catalog.indikator) {
    const rows = byIndicator.get(ind.kode) ?? [];
    guardRows(`hasil ${ind.kode}`, rows as object[], guard);
    results[ind.kode] = json('data/hasil', codeFile(ind.kode), rows);
  }
  const maps: Record<string, string> = {};
  for (const [kode, rows] of site.maps) {
    // The open aggregate behind the map: checked before any of it is written.
    guardAggregate(
      `agregat peta ${kode}`,
      site.observations.filter((o) => o.indikator === kode),
      guard,
    );
    maps[kode] = json('data/peta', codeFile(kode), rows);
  }
  // The map section: the indicator's results at every level over the open aggregate (checked first), and the
  // boundaries as the region pack keeps them (TopoJSON: the page turns them into features in its map chunk).
  let map: WrittenPacks['map'] = null;
  if (site.mapSection && topology) {
    const kode = site.mapSection.indicator.kode;
    guardAggregate(`agregat peta ${kode}`, site.mapObservations, guard);
    guardRows(`peta dasbor ${kode}`, site.mapSection.results as object[], guard);
    guardSuppressed(`peta dasbor ${kode}`, site.mapSection.results);
    map = {
      data: json('data/peta', `dasbor-${codeFile(kode)}`, site.mapSection),
      topology: json('data/peta', 'batas-wilayah', topology),
    };
  }
  const views: Record<string, string> = {};
  for (const [key, view] of site.views) views[key] = json('data/tampilan', key, view);
  const scorecards: Record<string, string> = {};
  for (const [tahun, sc] of site.scorecards)
    scorecards[String(tahun)] = json('data/kartu-kinerja', String(tahun), sc);
  const trends = json('data', 'tren', site.trends);
  const quality = json('data', 'kualitas-tampilan', site.quality);
  const qualityReport = json('data', 'kualitas', {
    issues: site.data.issues,
    jumlah: site.data.issues.length,
  });
  const provenanceFile = json('data', 'provenans', provenance);
  // The index: paths relative to the index itself (it lives in data/).
  const rel = (p: string) => relativeUrl('data/index', p).replace(/^\.\.\/data\//, '');
  const indexValue: PackIndex = {
    schemaVersion: PACK_SCHEMA_VERSION,
    locale: locales[0] ?? 'id',
    shell: site.shell,
    views: Object.fromEntries(Object.entries(views).map(([k, p]) => [k, rel(p)])),
    trends: rel(trends),
    scorecards: Object.fromEntries(Object.entries(scorecards).map(([k, p]) => [k, rel(p)])),
    quality: rel(quality),
    map: map ? { data: rel(map.data), topology: rel(map.topology) } : null,
    // Bilingual view models: every locale reads this same index.
    locales: {},
  };
  const index = json('data', 'dasbor', indexValue);
  return { index, indexValue, catalog, results, maps, map, provenance: provenanceFile, qualityReport };
}
