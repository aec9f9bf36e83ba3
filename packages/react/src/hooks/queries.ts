import {
  type Catalog,
  computeResults,
  type IndicatorResult,
  type LocatedIssue,
  locateIssues,
  type Observation,
  resolveCategoryScale,
} from '@satata/core';
import { type QueryClient, type UseQueryResult, useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import { type SatataContextValue, useSatata } from '../context.tsx';
import type { MapLevel, RegionFeatureCollection } from '../sources.ts';

/** Thrown by a hook whose data source the provider was not given. */
export class MissingSourceError extends Error {
  /** The missing `sources` entry. */
  readonly source: string;
  constructor(source: string) {
    super(`Sumber data "${source}" tidak diberikan ke <SatataProvider sources={{ ${source}: … }}>`);
    this.name = 'MissingSourceError';
    this.source = source;
  }
}

/** Thrown when a component names an indicator the catalog lacks. */
export class UnknownIndicatorError extends Error {
  readonly kode: string;
  constructor(kode: string) {
    super(`Indikator ${JSON.stringify(kode)} tidak ada di katalog`);
    this.name = 'UnknownIndicatorError';
    this.kode = kode;
  }
}

/** TanStack Query keys of the hooks (plain JSON arrays under `satata`). */
export const satataKeys = {
  catalog: (id: string | null) => ['satata', 'catalog', id] as const,
  observations: () => ['satata', 'observations'] as const,
  results: (catalogId: string | null, options: string) => ['satata', 'results', catalogId, options] as const,
  topology: (level: MapLevel) => ['satata', 'topology', level] as const,
  map: (catalogId: string | null, indikator: string, options: string) =>
    ['satata', 'map', catalogId, indikator, options] as const,
};

function catalogQuery(ctx: SatataContextValue) {
  return {
    queryKey: satataKeys.catalog(ctx.catalog?.id ?? null),
    queryFn: ({ signal }: { signal: AbortSignal }): Promise<Catalog> => {
      if (ctx.catalog) return Promise.resolve(ctx.catalog);
      if (!ctx.sources.catalog) throw new MissingSourceError('catalog');
      return ctx.sources.catalog(signal);
    },
    staleTime: Number.POSITIVE_INFINITY,
  };
}

async function loadCatalog(client: QueryClient, ctx: SatataContextValue): Promise<Catalog> {
  return ctx.catalog ?? client.fetchQuery(catalogQuery(ctx));
}

function engineOptionsKey(ctx: SatataContextValue): string {
  return JSON.stringify({
    o: ctx.engineOptions,
    s: ctx.categoryScale?.id ?? null,
    r: ctx.regions?.length ?? 0,
  });
}

/**
 * The engine's options for a catalog: the provider's, with the category scale resolved at use time — the one given
 * to the provider explicitly, else the (loaded) catalog's own, else Permendagri 86/2017 (`resolveCategoryScale`).
 */
function engineOptionsFor(ctx: SatataContextValue, catalog: Catalog) {
  return { ...ctx.engineOptions, categoryScale: resolveCategoryScale(ctx.categoryScale, catalog) };
}

/** What the engine gives a page: every result row, and the data-quality issues placed at their rows. */
export interface SatataOutput {
  readonly rows: readonly IndicatorResult[];
  /** The input's issues, each with the region and period of its row (`locateIssues` of `@satata/core`). */
  readonly issues: readonly LocatedIssue[];
}

/** The catalog: the provider's `catalog`, else loaded by `sources.catalog`. */
export function useCatalog(): UseQueryResult<Catalog> {
  const ctx = useSatata();
  return useQuery({ ...catalogQuery(ctx), initialData: ctx.catalog });
}

/**
 * The engine output over the catalog and `sources.observations`: every indicator × region × period
 * (`computeResults` of `@satata/core`, with the provider's engine options and the category scale resolved against
 * the loaded catalog) and the data-quality issues of the input, placed at their rows. Computed once and cached by
 * TanStack Query.
 */
export function useEngineOutput(): UseQueryResult<SatataOutput> {
  const ctx = useSatata();
  const client = useQueryClient();
  return useQuery({
    queryKey: satataKeys.results(ctx.catalog?.id ?? null, engineOptionsKey(ctx)),
    queryFn: async ({ signal }) => {
      const catalog = await loadCatalog(client, ctx);
      const loader = ctx.sources.observations;
      if (!loader) throw new MissingSourceError('observations');
      const observations: readonly Observation[] = await client.fetchQuery({
        queryKey: satataKeys.observations(),
        queryFn: () => loader(signal),
      });
      const { rows, issues } = computeResults(
        { catalog, observations, regions: ctx.regions },
        engineOptionsFor(ctx, catalog),
      );
      return { rows, issues: locateIssues(issues, observations) };
    },
  });
}

/** Which results {@link useIndicatorResults} returns. */
export interface ResultFilter {
  /** Indicator code (default: every indicator). */
  readonly indikator?: string;
  /** Region codes (default: every region). */
  readonly wilayah?: readonly string[];
}

/** Engine results, optionally of one indicator and some regions. */
export function useIndicatorResults(filter: ResultFilter = {}): UseQueryResult<readonly IndicatorResult[]> {
  const output = useEngineOutput();
  const regionKey = filter.wilayah?.join('|') ?? null;
  const rows = output.data?.rows;
  const data = useMemo(() => {
    const wanted = regionKey === null ? null : new Set(regionKey.split('|'));
    return rows?.filter(
      (r) => (!filter.indikator || r.indikator === filter.indikator) && (!wanted || wanted.has(r.wilayah)),
    );
  }, [rows, filter.indikator, regionKey]);
  return { ...output, data } as UseQueryResult<readonly IndicatorResult[]>;
}

/** Region boundaries of a level, from `sources.topology`. */
export function useTopology(level: MapLevel): UseQueryResult<RegionFeatureCollection> {
  const { sources } = useSatata();
  return useQuery({
    queryKey: satataKeys.topology(level),
    queryFn: ({ signal }) => {
      if (!sources.topology) throw new MissingSourceError('topology');
      return sources.topology(level, signal);
    },
    staleTime: Number.POSITIVE_INFINITY,
  });
}

/**
 * Engine results of one indicator over the open map aggregates (`sources.mapObservations`, e.g. kelurahan ×
 * period counts with numerator and denominator): kelurahan rows as given and kecamatan and kota rows recomputed by
 * the engine from summed numerators and denominators (never averaged percentages), with the issues of those
 * aggregates placed at their rows.
 */
export function useMapData(indikator: string): UseQueryResult<SatataOutput> {
  const ctx = useSatata();
  const client = useQueryClient();
  return useQuery({
    queryKey: satataKeys.map(ctx.catalog?.id ?? null, indikator, engineOptionsKey(ctx)),
    queryFn: async ({ signal }) => {
      const catalog = await loadCatalog(client, ctx);
      const indicator = catalog.indikator.find((i) => i.kode === indikator);
      if (!indicator) throw new UnknownIndicatorError(indikator);
      if (!ctx.sources.mapObservations) throw new MissingSourceError('mapObservations');
      const observations = await ctx.sources.mapObservations(indikator, signal);
      const { rows, issues } = computeResults(
        { catalog: { ...catalog, indikator: [indicator] }, observations, regions: ctx.regions },
        engineOptionsFor(ctx, catalog),
      );
      return { rows, issues: locateIssues(issues, observations) };
    },
  });
}
