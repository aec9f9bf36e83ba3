import { buildCardViewModel, buildTrendViewModel, type Catalog } from '@satata/core';
import {
  EmptyState,
  ErrorState,
  IndicatorCardView,
  LoadingSkeleton,
  RegionMap,
  TrendChartView,
  useMapData,
  useSatata,
  useSelectedRegion,
} from '@satata/react';
import { type ReactNode, useMemo, useState } from 'react';
import type { MapSectionProps } from './App.tsx';
import { completeYear, resultsAsOf } from './model.ts';

/** Props of {@link PovertySection}. */
export interface PovertySectionProps extends MapSectionProps {
  /** Code of the indicator the micro-map draws (the poverty rate over the open kelurahan aggregate). */
  readonly indikator: string;
  /** Display name of the whole area, for the map's "back to" button. */
  readonly areaName: string;
  /** The catalog (the indicator, its OPD, the plan and the category scale of the region's card and trend). */
  readonly catalog: Catalog;
}

/**
 * The poverty map (the library's region map) with, beside it, the card and the trend of the region chosen on it (linked selection:
 * the kota until a kecamatan is chosen). The map, card and chart are the library's; this only lays them out and
 * picks the region and period: the map opens on the last complete year of the dashboard's period (as
 * `resultsAsOf` does for yearly cards), where the cards beside it are; its classes span every year with data, so a
 * colour means the same whatever period the dashboard shows.
 */
export function PovertySection({ catalog, period, indikator, areaName }: PovertySectionProps): ReactNode {
  return (
    <div className="dash-map">
      <PovertyMap period={period} indikator={indikator} areaName={areaName} />
      <div className="dash-map__side">
        <SelectedRegionView catalog={catalog} period={period} indikator={indikator} />
      </div>
    </div>
  );
}

function PovertyMap({
  period,
  indikator,
  areaName,
}: Pick<PovertySectionProps, 'period' | 'indikator' | 'areaName'>): ReactNode {
  // The map draws years; like a yearly card, a year counts only once complete (its fourth triwulan).
  const lastYear = completeYear(period);
  // The slider's own moves hold until the dashboard's period changes, which puts the map back on that year.
  const [moved, setMoved] = useState<{ readonly from: number; readonly periode: string } | null>(null);
  const periode = moved && moved.from === lastYear ? moved.periode : String(lastYear);
  return (
    <RegionMap
      indikator={indikator}
      areaName={areaName}
      height={460}
      periode={periode}
      onPeriodeChange={(p) => setMoved({ from: lastYear, periode: p })}
    />
  );
}

function SelectedRegionView({
  catalog,
  period,
  indikator,
}: Pick<PovertySectionProps, 'catalog' | 'period' | 'indikator'>): ReactNode {
  const { asOf, categoryScale, regionNames } = useSatata();
  const [selected] = useSelectedRegion();
  const map = useMapData(indikator);
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

  if (map.isError) return <ErrorState error={map.error} onRetry={() => void map.refetch()} />;
  if (map.isPending) return <LoadingSkeleton lines={4} chartHeight={200} />;
  if (!views?.card) return <EmptyState />;
  return (
    <>
      <IndicatorCardView model={views.card} headingLevel={3} />
      {views.trend ? <TrendChartView model={views.trend} height={240} /> : null}
    </>
  );
}
