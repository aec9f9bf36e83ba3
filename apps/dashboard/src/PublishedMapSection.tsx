/**
 * The poverty map section of a published dashboard: the library's region map and the chosen region's card and
 * trend, over the map's pack (the indicator's results at every level, computed by `satata build` over the open
 * aggregate) and the region pack's boundaries — no engine in the page. Its own chunk, with ECharts' map and the
 * boundaries' TopoJSON reader, loaded when the section nears the viewport (`published.tsx`).
 */
import type { Locale } from '@satata/core';
import { RegionMapView, useSatata, WidgetSkeleton } from '@satata/react';
import { type ReactNode, useEffect, useState } from 'react';
import type { MapSectionProps } from './App.tsx';
import { SelectedRegionView, useMapPeriode } from './map-parts.tsx';
import type { MapData } from './source.ts';

/** Props of {@link PublishedMapSection}. */
export interface PublishedMapSectionProps extends MapSectionProps {
  /** The map's data in a locale (the pack source's `map`). */
  readonly load: (locale: Locale) => Promise<MapData>;
  /** Display name of the whole area, for the map's "back to" button. */
  readonly areaName: string;
}

/** The map section over the packs. */
export function PublishedMapSection({ period, load, areaName }: PublishedMapSectionProps): ReactNode {
  const { locale } = useSatata();
  const [periode, setPeriode] = useMapPeriode(period);
  const [state, setState] = useState<{ data?: MapData; error?: unknown }>({});
  useEffect(() => {
    let live = true;
    load(locale).then(
      (data) => live && setState({ data }),
      (error: unknown) => live && setState((s) => ({ ...s, error })),
    );
    return () => {
      live = false;
    };
  }, [load, locale]);
  const { data, error } = state;
  // The section's error boundary shows a failed pack, with the reason.
  if (error && !data) throw error;
  return (
    <div className="dash-map">
      {data ? (
        <RegionMapView
          indicator={data.indicator}
          results={data.results}
          issues={data.issues}
          kecamatan={data.kecamatan}
          kelurahan={data.kelurahan}
          areaName={areaName}
          height={460}
          periode={periode}
          onPeriodeChange={setPeriode}
        />
      ) : (
        <WidgetSkeleton lines={3} chartHeight={460} />
      )}
      <div className="dash-map__side">
        {data ? (
          <SelectedRegionView
            catalog={data.catalog}
            period={period}
            indikator={data.indicator.kode}
            regionNames={data.regionNames}
            map={{
              data: { rows: data.results, issues: data.issues },
              isPending: false,
              isError: false,
              error: undefined,
              refetch: () => {},
            }}
          />
        ) : (
          <WidgetSkeleton lines={4} chartHeight={200} />
        )}
      </div>
    </div>
  );
}
