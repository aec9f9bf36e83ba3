/**
 * Run the engine in Node over what the sources gave, and build every view model the published dashboard reads:
 * the shell, one view per period the filters can reach, the trends, the scorecard of each year a view shows, and
 * the data-quality report (the sources' rejected rows and the engine's issues). The same pure functions the page
 * uses in live mode (`apps/dashboard/src/view.ts`), so a published page hydrates from exactly what it would compute.
 */
import {
  type Catalog,
  computeResults,
  type IndicatorResult,
  type LocatedIssue,
  levelOfCode,
  locateIssues,
  type Observation,
  type QualityReportViewModel,
  type ScorecardViewModel,
  type TrendViewModel,
} from '@satata/core';
import { computeDashboardData, type DashboardData } from '@satata/dashboard/src/data.ts';
import { viewPeriodKey } from '@satata/dashboard/src/model.ts';
import type { MapData } from '@satata/dashboard/src/source.ts';
import {
  buildQuality,
  buildScorecard,
  buildShell,
  buildTrends,
  buildView,
  type DashboardShell,
  type DashboardView,
  viewPeriods,
} from '@satata/dashboard/src/view.ts';
import type { RegionPack } from './region.ts';
import { allIssues, type LoadedSources } from './sources.ts';

/** Everything the site shows, computed. */
export interface ComputedSite {
  readonly catalog: Catalog;
  readonly data: DashboardData;
  readonly shell: DashboardShell;
  /** Views by view key (`2025`, `2025-Q2`). */
  readonly views: ReadonlyMap<string, DashboardView>;
  /** The key of the default view (the latest year with data, whole year). */
  readonly defaultView: string;
  readonly trends: readonly TrendViewModel[];
  /** Scorecards by year. */
  readonly scorecards: ReadonlyMap<number, ScorecardViewModel>;
  readonly quality: QualityReportViewModel;
  /** Every observation, in source order. */
  readonly observations: readonly Observation[];
  /** Per map indicator: its results at every region level (kota, kecamatan, kelurahan). */
  readonly maps: ReadonlyMap<string, readonly IndicatorResult[]>;
  /**
   * The dashboard's map section (the first map indicator), as the live page computes it (`useMapData`): the
   * engine over the open kelurahan aggregate, kecamatan and kota recomputed from summed numerators and
   * denominators; without the boundaries, which are a pack of their own. Null without a map indicator.
   */
  readonly mapSection: Omit<MapData, 'kecamatan' | 'kelurahan'> | null;
  /** The observations the map section was computed from (the micro-data guard checks them). */
  readonly mapObservations: readonly Observation[];
}

/** Options of {@link computeSite}. */
export interface ComputeOptions {
  readonly region: RegionPack;
  /** "Today" of the figures (ISO date): staleness is judged on it. */
  readonly asOf: string;
  /** The map indicators (the config's `maps`). */
  readonly maps: readonly string[];
}

/** Compute the site's view models. */
export function computeSite(sources: LoadedSources, options: ComputeOptions): ComputedSite {
  const observations = [...sources.observations.values()].flat();
  const computed = computeDashboardData({
    catalog: sources.catalog,
    observations,
    regions: options.region.regions,
  });
  // The dashboard's issues: the rows the sources rejected, then the engine's own (placed at their rows).
  const issues: LocatedIssue[] = [...allIssues(sources.reports), ...computed.issues];
  const data: DashboardData = { ...computed, issues };
  const shell = buildShell(data, { asOf: options.asOf, mapIndicator: options.maps[0] ?? null });
  const views = new Map<string, DashboardView>();
  for (const p of viewPeriods(shell)) views.set(viewPeriodKey(p), buildView(data, shell, p));
  const scorecards = new Map<number, ScorecardViewModel>();
  for (const v of views.values()) {
    if (!scorecards.has(v.scorecardTahun)) {
      scorecards.set(v.scorecardTahun, buildScorecard(data, shell, v.scorecardTahun));
    }
  }
  const maps = new Map<string, readonly IndicatorResult[]>();
  for (const kode of options.maps) {
    const { rows } = computeResults({
      catalog: sources.catalog,
      observations: observations.filter((o) => o.indikator === kode),
      regions: options.region.regions,
    });
    maps.set(
      kode,
      rows.filter((r) => r.indikator === kode),
    );
  }
  const mapKode = shell.map?.indikator;
  const mapIndicator = mapKode ? sources.catalog.indikator.find((i) => i.kode === mapKode) : undefined;
  // The open aggregate the live map reads (`apps/dashboard/src/sample.ts`): the indicator's kelurahan rows.
  const mapObservations = mapIndicator
    ? observations.filter((o) => o.indikator === mapIndicator.kode && levelOfCode(o.wilayah) === 'kelurahan')
    : [];
  let mapSection: ComputedSite['mapSection'] = null;
  if (mapIndicator) {
    // The catalog's parts a region's card and trend need: this indicator, its OPD, the plan and the scale.
    const catalog: Catalog = { ...sources.catalog, indikator: [mapIndicator] };
    const run = computeResults({ catalog, observations: mapObservations, regions: options.region.regions });
    mapSection = {
      indicator: mapIndicator,
      results: run.rows.filter((r) => r.indikator === mapIndicator.kode),
      // The sources' rejected rows of this indicator, then the engine's own over the aggregate.
      issues: [
        ...allIssues(sources.reports).filter((i) => i.indikator === mapIndicator.kode),
        ...locateIssues(run.issues, mapObservations),
      ],
      catalog,
      regionNames: data.regionNames,
    };
  }
  return {
    catalog: sources.catalog,
    data,
    shell,
    views,
    defaultView: viewPeriodKey({ tahun: shell.latestYear, triwulan: null }),
    trends: buildTrends(data, shell),
    scorecards,
    quality: buildQuality(data),
    observations,
    maps,
    mapSection,
    mapObservations,
  };
}
