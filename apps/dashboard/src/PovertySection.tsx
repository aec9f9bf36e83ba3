import { buildCardViewModel, buildTrendViewModel } from '@satata/core';
import {
  EmptyState,
  ErrorState,
  IndicatorCardView,
  LoadingSkeleton,
  PovertyMicroMapView,
  QueryGate,
  TrendChartView,
  useMapData,
  useSatata,
  useSelectedRegion,
  useTopology,
} from '@satata/react';
import { type ReactNode, useMemo } from 'react';
import type { MapSectionProps } from './App.tsx';
import { resultsAsOf } from './model.ts';

/** Props of {@link PovertySection}. */
export interface PovertySectionProps extends MapSectionProps {
  /** Code of the indicator the micro-map draws (the poverty rate over the open kelurahan aggregate). */
  readonly indikator: string;
  /** Display name of the whole area, for the map's "back to" button. */
  readonly areaName: string;
}

/**
 * The poverty micro-map with, beside it, the card and the trend of the region chosen on it (linked selection:
 * the kota until a kecamatan is chosen). The map, card and chart are the library's; this only lays them out and
 * picks the region and period: the map gets the complete years up to the dashboard's period (as `resultsAsOf`
 * does for yearly cards), so its time slider starts where the cards beside it are (classes are computed over
 * those years).
 */
export function PovertySection({ data, period, indikator, areaName }: PovertySectionProps): ReactNode {
  return (
    <div className="dash-map">
      <PovertyMap data={data} period={period} indikator={indikator} areaName={areaName} />
      <div className="dash-map__side">
        <SelectedRegionView data={data} period={period} indikator={indikator} />
      </div>
    </div>
  );
}

function PovertyMap({
  data,
  period,
  indikator,
  areaName,
}: Pick<PovertySectionProps, 'data' | 'period' | 'indikator' | 'areaName'>): ReactNode {
  const map = useMapData(indikator);
  const kecamatan = useTopology('kecamatan');
  const kelurahan = useTopology('kelurahan');
  const indicator = data.catalog.indikator.find((i) => i.kode === indikator);
  // The map draws years; like a yearly card, a year counts only once complete (its fourth triwulan).
  const lastYear = period.triwulan === null || period.triwulan === 4 ? period.tahun : period.tahun - 1;
  const upToYear = useMemo(() => map.data?.filter((r) => r.tahun <= lastYear) ?? [], [map.data, lastYear]);
  if (!indicator) return <EmptyState />;
  return (
    <QueryGate queries={[map, kecamatan, kelurahan] as const} lines={3} chartHeight={460}>
      {() => (
        <PovertyMicroMapView
          indicator={indicator}
          results={upToYear}
          kecamatan={kecamatan.data!}
          kelurahan={kelurahan.data!}
          areaName={areaName}
          height={460}
        />
      )}
    </QueryGate>
  );
}

function SelectedRegionView({
  data,
  period,
  indikator,
}: Pick<PovertySectionProps, 'data' | 'period' | 'indikator'>): ReactNode {
  const { asOf, categoryScale, regionNames } = useSatata();
  const [selected] = useSelectedRegion();
  const map = useMapData(indikator);
  const { catalog } = data;
  const indicator = catalog.indikator.find((i) => i.kode === indikator);
  const wilayah = selected ?? catalog.wilayah;

  const views = useMemo(() => {
    if (!map.data || !indicator) return null;
    const here = map.data.filter((r) => r.wilayah === wilayah);
    if (here.length === 0) return { card: null, trend: null };
    const { rows, periodKind } = resultsAsOf(here, wilayah, period);
    const card = buildCardViewModel(indicator, rows, {
      asOf: asOf ?? new Date(),
      wilayah,
      periodKind,
      regionNames,
      opdNames: Object.fromEntries(catalog.opd.map((o) => [o.kode, o.nama])),
      categoryScale,
    });
    const shown = wilayah === catalog.wilayah ? [catalog.wilayah] : [catalog.wilayah, wilayah];
    const trend = buildTrendViewModel(
      indicator,
      map.data.filter((r) => shown.includes(r.wilayah)),
      { wilayah: shown, regionNames, rpjmd: catalog.rpjmd, categoryScale },
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
