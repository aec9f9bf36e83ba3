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
  type Observation,
  type QualityReportViewModel,
  type ScorecardViewModel,
  type TrendViewModel,
} from '@satata/core';
import { computeDashboardData, type DashboardData } from '@satata/dashboard/src/data.ts';
import { viewPeriodKey } from '@satata/dashboard/src/model.ts';
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
  };
}
