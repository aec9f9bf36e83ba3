/**
 * Where the dashboard's view models come from. One interface, two kinds:
 * - {@link computeSource}: computed in the page from engine output (the bundled sample in development, Storybook);
 * - `packSource` (`pack-source.ts`): read from the data packs `satata build` writes (the published site): small JSON files per
 *   view period and locale, fetched once each.
 * The page is the same either way; only where the objects come from differs.
 */
import type {
  Catalog,
  Indicator,
  IndicatorResult,
  Locale,
  LocatedIssue,
  QualityReportViewModel,
  ScorecardViewModel,
  TrendViewModel,
} from '@satata/core';
import type { RegionFeatureCollection } from '@satata/react';
import type { DashboardData } from './data.ts';
import { memo } from './memo.ts';
import type { ViewPeriod } from './model.ts';
import {
  buildQuality,
  buildScorecard,
  buildTrends,
  buildView,
  type DashboardShell,
  type DashboardView,
  viewKey,
} from './view.ts';

/** The region map's data: the indicator's results at every level, the issues, boundaries and context. */
export interface MapData {
  readonly indicator: Indicator;
  readonly results: readonly IndicatorResult[];
  readonly issues: readonly LocatedIssue[];
  readonly kecamatan: RegionFeatureCollection;
  readonly kelurahan: RegionFeatureCollection;
  /** The catalog's parts a region's card and trend need (this indicator only), and region names. */
  readonly catalog: Catalog;
  readonly regionNames: Readonly<Record<string, string>>;
}

/** Where the dashboard's view models come from. */
export interface DashboardSource {
  readonly shell: DashboardShell;
  /** The view of a period in a locale (bilingual objects from a compute source, one locale's from a pack). */
  view(period: ViewPeriod, locale: Locale): Promise<DashboardView>;
  /**
   * The view of a period at once, when the source has it without waiting (computed in the page, or the view the
   * page was server-rendered with); `undefined` otherwise. Lets a page render its cards in its first commit.
   */
  peekView(period: ViewPeriod, locale: Locale): DashboardView | undefined;
  trends(locale: Locale): Promise<readonly TrendViewModel[]>;
  scorecard(tahun: number, locale: Locale): Promise<ScorecardViewModel>;
  quality(locale: Locale): Promise<QualityReportViewModel>;
  /** The map's data, when the page has a map. */
  map?(locale: Locale): Promise<MapData>;
}

/** Views computed in the page from engine output. View models are bilingual, so the locale changes nothing. */
export function computeSource(
  data: DashboardData,
  shell: DashboardShell,
  map?: () => Promise<MapData>,
): DashboardSource {
  const views = new Map<string, DashboardView>();
  const viewOf = (p: ViewPeriod) => {
    const k = viewKey(p);
    let v = views.get(k);
    if (!v) {
      v = buildView(data, shell, p);
      views.set(k, v);
    }
    return v;
  };
  return {
    shell,
    view: async (p) => viewOf(p),
    peekView: (p) => viewOf(p),
    trends: memo(
      () => '',
      async () => buildTrends(data, shell),
    ),
    scorecard: memo(
      (t) => String(t),
      async (t) => buildScorecard(data, shell, t),
    ),
    quality: memo(
      () => '',
      async () => buildQuality(data),
    ),
    ...(map ? { map: memo(() => '', map) } : {}),
  };
}
