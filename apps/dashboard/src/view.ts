/**
 * What the dashboard shows, as plain view models: the shell (period-independent facts: title, years, headline codes,
 * the map's indicator) and one {@link DashboardView} per view period (headline cards, the IKU that need attention,
 * the category distribution), plus the trends, the scorecard of a year and the quality report. Pure functions over
 * the engine's output ({@link DashboardData}): the page computes them live from the bundled sample, and
 * `satata build` computes them in Node and writes them as data packs — the same objects, so a published page
 * hydrates from exactly what the server rendered.
 */
import {
  buildDistributionViewModel,
  buildQualityReportViewModel,
  buildScorecardViewModel,
  buildTrendViewModel,
  type CardViewModel,
  type Catalog,
  type DistributionViewModel,
  groupByIndicator,
  type IndicatorResult,
  type LocalizedText,
  type QualityReportViewModel,
  type ScorecardViewModel,
  type TrendViewModel,
} from '@satata/core';
import { cardsAsOf, type DashboardData } from './data.ts';
import {
  attention,
  completeYear,
  headlineIndicators,
  lastQuarterWithData,
  type ViewPeriod,
  viewPeriodKey,
  yearChoices,
} from './model.ts';
import type { Triwulan } from './url-state.ts';

/** The period-independent facts of the page. */
export interface DashboardShell {
  /** The catalog's id, its region and its name (for the title). */
  readonly catalogId: string;
  readonly wilayah: string;
  readonly areaName: string;
  readonly rpjmd: { readonly mulai: number; readonly akhir: number };
  /** Years offered by the filter, and the default (latest with data). */
  readonly years: readonly number[];
  readonly latestYear: number;
  /** Region codes a URL may name (`wilayah=`). */
  readonly regionCodes: readonly string[];
  /** Codes of the headline IKU (cards and trends). */
  readonly headline: readonly string[];
  /** How many data-quality issues the input has (the notice's link). */
  readonly issueCount: number;
  /** The region map's indicator, if the page has a map. */
  readonly map: { readonly indikator: string; readonly nama: LocalizedText } | null;
  /** "Today" of the figures (ISO date): staleness was judged on it. */
  readonly asOf: string;
}

/** One view period's cards and summaries. */
export interface DashboardView {
  readonly period: ViewPeriod;
  /** The last triwulan of the view's year with data (the triwulan filter marks later ones). */
  readonly lastQuarter: Triwulan | null;
  readonly headline: readonly CardViewModel[];
  readonly attention: {
    readonly lowest: readonly CardViewModel[];
    readonly worsening: readonly CardViewModel[];
  };
  readonly distribution: DistributionViewModel;
  /** The year the scorecard shows for this view (the last complete year, not before the RPJMD's start). */
  readonly scorecardTahun: number;
}

/** An ISO date of a date or ISO text. */
const isoDate = (d: string | Date) => (typeof d === 'string' ? d.slice(0, 10) : d.toISOString().slice(0, 10));

/** The shell of a dashboard over `data`. */
export function buildShell(
  data: DashboardData,
  { asOf, mapIndicator }: { asOf: string | Date; mapIndicator?: string | null },
): DashboardShell {
  const { catalog } = data;
  const choices = yearChoices(catalog, data.results);
  const ind = mapIndicator ? catalog.indikator.find((i) => i.kode === mapIndicator) : undefined;
  return {
    catalogId: catalog.id,
    wilayah: catalog.wilayah,
    areaName: data.regionNames[catalog.wilayah] ?? catalog.wilayah,
    rpjmd: { mulai: catalog.rpjmd.mulai, akhir: catalog.rpjmd.akhir },
    years: choices.years,
    latestYear: choices.latest,
    regionCodes: Object.keys(data.regionNames).sort(),
    headline: headlineIndicators(catalog, data.results),
    issueCount: data.issues.length,
    map: ind ? { indikator: ind.kode, nama: ind.nama } : null,
    asOf: isoDate(asOf),
  };
}

/** Results grouped by indicator, computed once per data object. */
const grouped = new WeakMap<DashboardData, ReadonlyMap<string, readonly IndicatorResult[]>>();
function byIndicatorOf(data: DashboardData): ReadonlyMap<string, readonly IndicatorResult[]> {
  let g = grouped.get(data);
  if (!g) {
    g = groupByIndicator(data.results);
    grouped.set(data, g);
  }
  return g;
}

/** The cards and summaries of one view period. */
export function buildView(data: DashboardData, shell: DashboardShell, period: ViewPeriod): DashboardView {
  const { catalog } = data;
  const cards = cardsAsOf(data, byIndicatorOf(data), catalog.wilayah, period, shell.asOf);
  const codes = new Set(shell.headline);
  const shown = cards.flatMap((c) => (c.result ? [c.result] : []));
  const needs = attention(cards.map((c) => c.model));
  return {
    period,
    lastQuarter: lastQuarterWithData(catalog, data.results, period.tahun),
    headline: cards.filter((c) => codes.has(c.model.indikator)).map((c) => c.model),
    attention: { lowest: needs.lowest, worsening: needs.worsening },
    distribution: buildDistributionViewModel(shown, { catalog }),
    scorecardTahun: Math.max(completeYear(period), catalog.rpjmd.mulai),
  };
}

/** Every view period the filters can reach: each year, whole and by triwulan. */
export function viewPeriods(shell: DashboardShell): ViewPeriod[] {
  return shell.years.flatMap((tahun) => [
    { tahun, triwulan: null },
    ...([1, 2, 3, 4] as const).map((triwulan) => ({ tahun, triwulan })),
  ]);
}

/** The trend charts of the headline IKU (the first `max`), at the city. */
export function buildTrends(data: DashboardData, shell: DashboardShell, max = 4): TrendViewModel[] {
  const { catalog } = data;
  return shell.headline.slice(0, max).flatMap((kode) => {
    const ind = catalog.indikator.find((i) => i.kode === kode);
    if (!ind) return [];
    const kota = (byIndicatorOf(data).get(kode) ?? []).filter((r) => r.wilayah === catalog.wilayah);
    return [
      buildTrendViewModel(ind, kota, {
        wilayah: [catalog.wilayah],
        regionNames: data.regionNames,
        rpjmd: catalog.rpjmd,
        catalog,
        issues: data.issues,
      }),
    ];
  });
}

/** The scorecard of a year (by OPD in the page). */
export function buildScorecard(
  data: DashboardData,
  shell: DashboardShell,
  tahun: number,
): ScorecardViewModel {
  return buildScorecardViewModel(data.catalog, data.results, {
    asOf: shell.asOf,
    tahun,
    regionNames: data.regionNames,
    issues: data.issues,
  });
}

/** The data-quality report of the input. */
export function buildQuality(data: DashboardData): QualityReportViewModel {
  return buildQualityReportViewModel(data.issues);
}

/** The key of a view period in packs and caches (`2025`, `2025-Q2`). */
export const viewKey = (p: ViewPeriod): string => viewPeriodKey(p);

/** What the map section needs besides its results: the catalog's parts a card or trend of a region uses. */
export interface MapContext {
  readonly catalog: Pick<Catalog, 'wilayah' | 'rpjmd' | 'kategori' | 'desimalCapaian' | 'opd' | 'indikator'>;
  readonly regionNames: Readonly<Record<string, string>>;
}
