/**
 * The parts of the poverty map section both dashboards share: the period the map opens on (the dashboard's last
 * complete year, until the map's own slider moves) and the card and trend of the region chosen on the map, built
 * from the map's results. The live page (`PovertySection.tsx`) computes those results with the engine; the
 * published page (`PublishedMapSection.tsx`) reads them from its packs.
 */
import {
  buildCardViewModel,
  buildTrendViewModel,
  type Catalog,
  type IndicatorResult,
  type LocatedIssue,
} from '@satata/core';
import {
  EmptyState,
  ErrorState,
  IndicatorCardView,
  LoadingSkeleton,
  TrendChartView,
  useSatata,
  useSelectedRegion,
} from '@satata/react';
import { type ReactNode, useMemo, useState } from 'react';
import { completeYear, resultsAsOf, type ViewPeriod } from './model.ts';

/**
 * The period the map shows: the last complete year of the dashboard's period (a year counts only once its fourth
 * triwulan is in, as on a yearly card); the slider's own moves hold until the dashboard's period changes.
 */
export function useMapPeriode(period: ViewPeriod): readonly [string, (periode: string) => void] {
  const lastYear = completeYear(period);
  const [moved, setMoved] = useState<{ readonly from: number; readonly periode: string } | null>(null);
  const periode = moved && moved.from === lastYear ? moved.periode : String(lastYear);
  return [periode, (p) => setMoved({ from: lastYear, periode: p })];
}

/** The map's results as a region's card and trend need them, and how loading them went. */
export interface MapResultsState {
  readonly data:
    | { readonly rows: readonly IndicatorResult[]; readonly issues: readonly LocatedIssue[] }
    | undefined;
  readonly isPending: boolean;
  readonly isError: boolean;
  readonly error: unknown;
  readonly refetch: () => void;
}

/** Props of {@link SelectedRegionView}. */
export interface SelectedRegionViewProps {
  readonly catalog: Catalog;
  readonly period: ViewPeriod;
  readonly indikator: string;
  readonly map: MapResultsState;
  /** Region names (default the provider's). */
  readonly regionNames?: Readonly<Record<string, string>>;
}

/** The card and the trend of the region chosen on the map (the kota until one is chosen). */
export function SelectedRegionView({
  catalog,
  period,
  indikator,
  map,
  regionNames: names,
}: SelectedRegionViewProps): ReactNode {
  const { asOf, categoryScale, regionNames: providerNames } = useSatata();
  const regionNames = names ?? providerNames;
  const [selected] = useSelectedRegion();
  const indicator = catalog.indikator.find((i) => i.kode === indikator);
  const wilayah = selected ?? catalog.wilayah;

  const views = useMemo(() => {
    if (!map.data || !indicator) return null;
    const { rows: all, issues } = map.data;
    const here = all.filter((r) => r.wilayah === wilayah);
    if (here.length === 0) return { card: null, trend: null };
    const { rows, periodKind } = resultsAsOf(here, wilayah, period);
    const card = buildCardViewModel(indicator, rows, {
      asOf: asOf ?? new Date(),
      wilayah,
      periodKind,
      regionNames,
      opdNames: Object.fromEntries(catalog.opd.map((o) => [o.kode, o.nama])),
      catalog,
      categoryScale,
      issues,
    });
    const shown = wilayah === catalog.wilayah ? [catalog.wilayah] : [catalog.wilayah, wilayah];
    const trend = buildTrendViewModel(
      indicator,
      all.filter((r) => shown.includes(r.wilayah)),
      { wilayah: shown, regionNames, rpjmd: catalog.rpjmd, catalog, categoryScale, issues },
    );
    return { card, trend };
  }, [map.data, indicator, wilayah, period, asOf, regionNames, catalog, categoryScale]);

  if (map.isError) return <ErrorState error={map.error} onRetry={() => map.refetch()} />;
  if (map.isPending) return <LoadingSkeleton lines={4} chartHeight={200} />;
  if (!views?.card) return <EmptyState />;
  return (
    <>
      <IndicatorCardView model={views.card} headingLevel={3} />
      {views.trend ? <TrendChartView model={views.trend} height={240} /> : null}
    </>
  );
}
