import type { Catalog, Observation } from '@satata/core';

/** A GeoJSON geometry as the map needs it (polygons of a region). */
export interface RegionGeometry {
  readonly type: 'Polygon' | 'MultiPolygon';
  readonly coordinates: unknown;
}

/** A region boundary: a GeoJSON feature keyed by its Kemendagri code. */
export interface RegionFeature {
  readonly type: 'Feature';
  readonly properties: { readonly kode: string; readonly nama: string; readonly [key: string]: unknown };
  readonly geometry: RegionGeometry;
}

/** The boundaries of one level, as GeoJSON. */
export interface RegionFeatureCollection {
  readonly type: 'FeatureCollection';
  readonly features: readonly RegionFeature[];
}

/** The map levels the micro-map draws. */
export type MapLevel = 'kecamatan' | 'kelurahan';

/**
 * Functions the hooks call to load data; each receives the query's `AbortSignal`. Components never fetch by
 * themselves: a dashboard wires these to the data client (CKAN, static files) or to the bundled sample data.
 */
export interface SatataSources {
  /** The IKU catalog (used when the provider is not given `catalog` directly). */
  readonly catalog?: (signal: AbortSignal) => Promise<Catalog>;
  /** The observations of the catalog's indicators. */
  readonly observations?: (signal: AbortSignal) => Promise<readonly Observation[]>;
  /** Region boundaries of a level. */
  readonly topology?: (level: MapLevel, signal: AbortSignal) => Promise<RegionFeatureCollection>;
  /**
   * Open aggregates for the micro-map (kelurahan × period counts with numerator and denominator, small cells
   * suppressed), as observations of `indikator`.
   */
  readonly mapObservations?: (indikator: string, signal: AbortSignal) => Promise<readonly Observation[]>;
}
