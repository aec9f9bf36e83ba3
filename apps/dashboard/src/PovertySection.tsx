import type { Catalog } from '@satata/core';
import { RegionMap, useMapData } from '@satata/react';
import type { ReactNode } from 'react';
import type { MapSectionProps } from './App.tsx';
import { SelectedRegionView, useMapPeriode } from './map-parts.tsx';

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
 * colour means the same whatever period the dashboard shows. The published page has its own section over the
 * packs (`PublishedMapSection.tsx`), with the same parts (`map-parts.tsx`).
 */
export function PovertySection({ catalog, period, indikator, areaName }: PovertySectionProps): ReactNode {
  const [periode, setPeriode] = useMapPeriode(period);
  const map = useMapData(indikator);
  return (
    <div className="dash-map">
      <RegionMap
        indikator={indikator}
        areaName={areaName}
        height={460}
        periode={periode}
        onPeriodeChange={setPeriode}
      />
      <div className="dash-map__side">
        <SelectedRegionView
          catalog={catalog}
          period={period}
          indikator={indikator}
          map={{
            data: map.data,
            isPending: map.isPending,
            isError: map.isError,
            error: map.error,
            refetch: () => void map.refetch(),
          }}
        />
      </div>
    </div>
  );
}
