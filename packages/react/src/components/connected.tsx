import {
  buildCardViewModel,
  buildScorecardViewModel,
  buildTrendViewModel,
  type Catalog,
  type Indicator,
  type IndicatorResult,
  type ScorecardGrouping,
  type TrendGranularity,
} from '@satata/core';
import type { UseQueryResult } from '@tanstack/react-query';
import { type ReactNode, useMemo, useState } from 'react';
import { useSatata } from '../context.tsx';
import {
  UnknownIndicatorError,
  useCatalog,
  useEngineOutput,
  useIndicatorResults,
  useMapData,
  useTopology,
} from '../hooks/queries.ts';
import { WidgetErrorBoundary } from './ErrorBoundary.tsx';
import { IndicatorCardView } from './IndicatorCard.tsx';
import { RegionMapView, type RegionMapViewProps } from './RegionMap.tsx';
import { ScorecardView } from './Scorecard.tsx';
import { Sparkline } from './Sparkline.tsx';
import { EmptyState, ErrorState, WidgetSkeleton } from './states.tsx';
import { TrendChartView } from './TrendChart.tsx';

/** Render the first error or pending state of some queries, else `children` with their data. */
export function QueryGate<T extends readonly UseQueryResult<unknown>[]>({
  queries,
  lines,
  chartHeight,
  children,
}: {
  readonly queries: T;
  readonly lines?: number;
  readonly chartHeight?: number;
  readonly children: () => ReactNode;
}): ReactNode {
  const failed = queries.find((q) => q.isError);
  if (failed) {
    return (
      <div className="satata-widget">
        <ErrorState
          error={failed.error}
          onRetry={() => {
            for (const q of queries) if (q.isError) void q.refetch();
          }}
        />
      </div>
    );
  }
  if (queries.some((q) => q.data === undefined)) {
    return <WidgetSkeleton lines={lines} chartHeight={chartHeight} />;
  }
  return children();
}

function indicatorOf(catalog: Catalog, kode: string): Indicator {
  const ind = catalog.indikator.find((i) => i.kode === kode);
  if (!ind) throw new UnknownIndicatorError(kode);
  return ind;
}

/** The region a widget shows: its own prop, else the linked selection when it has results, else the catalog's. */
function useShownRegion(
  results: readonly IndicatorResult[] | undefined,
  catalog: Catalog | undefined,
  own?: string,
) {
  const { selectedRegion } = useSatata();
  if (own) return own;
  if (selectedRegion && results?.some((r) => r.wilayah === selectedRegion)) return selectedRegion;
  return catalog?.wilayah;
}

/** Props of {@link IndicatorCard}. */
export interface IndicatorCardProps {
  /** Indicator code in the catalog. */
  readonly indikator: string;
  readonly size?: 'compact' | 'full';
  /** Region to show (default: the linked selection when the indicator has data there, else the catalog's). */
  readonly wilayah?: string;
  /** Period to show (default: the latest year with a realisation). */
  readonly periode?: string;
  readonly headingLevel?: 2 | 3 | 4;
}

function IndicatorCardInner(props: IndicatorCardProps): ReactNode {
  const { asOf, regionNames, categoryScale } = useSatata();
  const catalog = useCatalog();
  const results = useIndicatorResults({ indikator: props.indikator });
  const issues = useEngineOutput().data?.issues;
  const wilayah = useShownRegion(results.data, catalog.data, props.wilayah);
  const model = useMemo(() => {
    if (!catalog.data || !results.data) return undefined;
    const ind = indicatorOf(catalog.data, props.indikator);
    const mine = results.data.filter((r) => r.wilayah === wilayah);
    if (mine.length === 0) return null;
    return buildCardViewModel(ind, mine, {
      asOf: asOf ?? new Date(),
      wilayah,
      periode: props.periode,
      regionNames,
      opdNames: Object.fromEntries(catalog.data.opd.map((o) => [o.kode, o.nama])),
      // The scale and decimals are resolved against the catalog as loaded (resolveCategoryScale).
      catalog: catalog.data,
      categoryScale,
      issues,
    });
  }, [
    catalog.data,
    results.data,
    issues,
    wilayah,
    props.indikator,
    props.periode,
    asOf,
    regionNames,
    categoryScale,
  ]);
  return (
    <QueryGate queries={[catalog, results] as const} lines={5}>
      {() =>
        model ? (
          <IndicatorCardView
            model={model}
            size={props.size}
            headingLevel={props.headingLevel}
            sparkline={<Sparkline model={model} />}
          />
        ) : (
          <div className="satata-widget">
            <EmptyState />
          </div>
        )
      }
    </QueryGate>
  );
}

/**
 * An indicator card by code: loads through the provider's hooks, shows a skeleton while loading, an error with
 * retry, the empty state without results, and sits in its own error boundary.
 */
export function IndicatorCard(props: IndicatorCardProps): ReactNode {
  return (
    <WidgetErrorBoundary>
      <IndicatorCardInner {...props} />
    </WidgetErrorBoundary>
  );
}

/** Props of {@link TrendChart}. */
export interface TrendChartProps {
  readonly indikator: string;
  /** Regions compared (default: the catalog's region, plus the linked selection when it has data). */
  readonly wilayah?: readonly string[];
  readonly defaultGranularity?: TrendGranularity;
  readonly height?: number;
}

function TrendChartInner(props: TrendChartProps): ReactNode {
  const { regionNames, categoryScale, selectedRegion, messages: m } = useSatata();
  const catalog = useCatalog();
  const results = useIndicatorResults({ indikator: props.indikator });
  const issues = useEngineOutput().data?.issues;
  const [granularity, setGranularity] = useState<TrendGranularity>(props.defaultGranularity ?? 'tahunan');
  const regions = useMemo(() => {
    if (props.wilayah) return props.wilayah;
    if (!catalog.data) return [];
    const list = [catalog.data.wilayah];
    if (selectedRegion && results.data?.some((r) => r.wilayah === selectedRegion)) list.push(selectedRegion);
    return list;
  }, [props.wilayah, catalog.data, selectedRegion, results.data]);
  const model = useMemo(() => {
    if (!catalog.data || !results.data) return undefined;
    const ind = indicatorOf(catalog.data, props.indikator);
    return buildTrendViewModel(
      ind,
      results.data.filter((r) => regions.includes(r.wilayah)),
      {
        granularity,
        wilayah: regions,
        regionNames,
        rpjmd: catalog.data.rpjmd,
        catalog: catalog.data,
        categoryScale,
        issues,
      },
    );
  }, [catalog.data, results.data, issues, regions, granularity, regionNames, categoryScale, props.indikator]);
  const hasQuarters = results.data?.some((r) => r.periodKind === 'quarter') ?? false;
  return (
    <QueryGate queries={[catalog, results] as const} lines={2} chartHeight={props.height ?? 300}>
      {() => {
        if (!model || model.series.every((s) => s.points.length === 0))
          return (
            <div className="satata-widget">
              <EmptyState />
            </div>
          );
        const controls = hasQuarters ? (
          // biome-ignore lint/a11y/useSemanticElements: a toggle-button group, not a form fieldset.
          <div role="group" aria-label={m.period} className="satata-card__row">
            {(['tahunan', 'triwulanan'] as const).map((g) => (
              <button
                key={g}
                type="button"
                aria-pressed={granularity === g}
                onClick={() => setGranularity(g)}
              >
                {g === 'tahunan' ? m.yearly : m.quarterly}
              </button>
            ))}
          </div>
        ) : null;
        return <TrendChartView model={model} height={props.height} controls={controls} />;
      }}
    </QueryGate>
  );
}

/** A trend chart by indicator code, with loading, error, empty states and its own error boundary. */
export function TrendChart(props: TrendChartProps): ReactNode {
  return (
    <WidgetErrorBoundary>
      <TrendChartInner {...props} />
    </WidgetErrorBoundary>
  );
}

/** Props of {@link Scorecard}. */
export interface ScorecardProps {
  /** Year shown (default: each IKU's latest year with a realisation). */
  readonly tahun?: number;
  readonly title?: string;
  readonly defaultGroupBy?: ScorecardGrouping;
}

function ScorecardInner(props: ScorecardProps): ReactNode {
  const { asOf, selectedRegion, categoryScale, regionNames } = useSatata();
  const catalog = useCatalog();
  const output = useEngineOutput();
  const model = useMemo(() => {
    if (!catalog.data || !output.data) return undefined;
    const { rows, issues } = output.data;
    const wilayah =
      selectedRegion && rows.some((r) => r.wilayah === selectedRegion) ? selectedRegion : undefined;
    return buildScorecardViewModel(catalog.data, rows, {
      asOf: asOf ?? new Date(),
      tahun: props.tahun,
      wilayah,
      categoryScale,
      regionNames,
      issues,
    });
  }, [catalog.data, output.data, selectedRegion, asOf, props.tahun, categoryScale, regionNames]);
  return (
    <QueryGate queries={[catalog, output] as const} lines={6}>
      {() =>
        model && model.rows.length > 0 ? (
          <ScorecardView model={model} title={props.title} defaultGroupBy={props.defaultGroupBy} />
        ) : (
          <div className="satata-widget">
            <EmptyState />
          </div>
        )
      }
    </QueryGate>
  );
}

/** The scorecard of every IKU in the catalog, with loading, error, empty states and its own error boundary. */
export function Scorecard(props: ScorecardProps): ReactNode {
  return (
    <WidgetErrorBoundary>
      <ScorecardInner {...props} />
    </WidgetErrorBoundary>
  );
}

/** Props of {@link RegionMap}. */
export interface RegionMapProps
  extends Omit<RegionMapViewProps, 'indicator' | 'results' | 'issues' | 'kecamatan' | 'kelurahan'> {
  /** Indicator code of the map aggregates (e.g. the poverty rate per kelurahan). */
  readonly indikator: string;
}

function RegionMapInner({ indikator, ...rest }: RegionMapProps): ReactNode {
  const catalog = useCatalog();
  const data = useMapData(indikator);
  const kecamatan = useTopology('kecamatan');
  const kelurahan = useTopology('kelurahan');
  return (
    <QueryGate
      queries={[catalog, data, kecamatan, kelurahan] as const}
      lines={3}
      chartHeight={rest.height ?? 420}
    >
      {() => (
        <RegionMapView
          {...rest}
          indicator={indicatorOf(catalog.data!, indikator)}
          results={data.data!.rows}
          issues={data.data!.issues}
          kecamatan={kecamatan.data!}
          kelurahan={kelurahan.data!}
        />
      )}
    </QueryGate>
  );
}

/**
 * The region map of an indicator by code over `sources.mapObservations` and `sources.topology`, with loading,
 * error and empty states and its own error boundary; it says how many of its input rows were rejected, and why.
 */
export function RegionMap(props: RegionMapProps): ReactNode {
  return (
    <WidgetErrorBoundary>
      <RegionMapInner {...props} />
    </WidgetErrorBoundary>
  );
}

/**
 * The connected region map's first name, from when it drew only poverty.
 * @deprecated It draws any indicator: use {@link RegionMap}.
 */
export const PovertyMicroMap = RegionMap;
/**
 * Props of the connected region map under its first name.
 * @deprecated Use {@link RegionMapProps}.
 */
export type PovertyMicroMapProps = RegionMapProps;
