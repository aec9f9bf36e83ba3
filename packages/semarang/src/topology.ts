/**
 * Boundaries of Kota Semarang as TopoJSON (`data/semarang.topo.json`, built by `scripts/build-topology.ts`):
 * objects `kelurahan` (177), `kecamatan` (16) and `kota` (1), each feature with properties `kode` (Kemendagri),
 * `nama` and `induk` (parent code). The kecamatan and kota outlines are merged from the kelurahan arcs, so edges
 * coincide. Geometry: cahyadsn/wilayah_boundaries (MIT) — see `data/semarang.topo.SOURCE.md` for the attribution
 * that must travel with it.
 *
 * The topology (≈ 93 KB, 31 KB gzip) is loaded on demand, so importing the pack does not pull it in.
 */
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

/** A boundary level in the topology. */
export type BoundaryLevel = 'kota' | 'kecamatan' | 'kelurahan';

/** Properties of every boundary feature. */
export interface BoundaryProperties {
  /** Kemendagri code (`33.74`, `33.74.01`, `33.74.01.1001`). */
  readonly kode: string;
  readonly nama: string;
  /** Kemendagri code of the parent region (`33` for the kota: Jawa Tengah). */
  readonly induk: string;
}

/** The Semarang topology: three GeometryCollections of (Multi)Polygons with {@link BoundaryProperties}. */
export type SemarangTopology = Topology<{
  kelurahan: GeometryCollection<BoundaryProperties>;
  kecamatan: GeometryCollection<BoundaryProperties>;
  kota: GeometryCollection<BoundaryProperties>;
}>;

/** A boundary feature as GeoJSON. */
export type BoundaryFeature = Feature<Polygon | MultiPolygon, BoundaryProperties>;

/** Attribution to show wherever the boundaries are displayed. */
export const BOUNDARY_ATTRIBUTION =
  'Batas wilayah: cahyadsn/wilayah_boundaries (MIT, © 2024 Cahya DSN), disederhanakan untuk peta 1.000 px';

let cached: Promise<SemarangTopology> | undefined;

/** Load the topology (once; later calls share the same promise). */
export function loadTopology(): Promise<SemarangTopology> {
  cached ??= import('../data/semarang.topo.json', { with: { type: 'json' } }).then(
    (m) => m.default as unknown as SemarangTopology,
  );
  return cached;
}

/** The features of one level of a loaded topology, as a GeoJSON FeatureCollection (synchronous). */
export function featuresFromTopology(
  topology: SemarangTopology,
  level: BoundaryLevel,
): FeatureCollection<Polygon | MultiPolygon, BoundaryProperties> {
  const object = topology.objects[level];
  if (!object) throw new Error(`tingkat batas wilayah tidak dikenal: ${JSON.stringify(level)}`);
  return feature(topology, object) as FeatureCollection<Polygon | MultiPolygon, BoundaryProperties>;
}

/** Load the topology and return the features of one level as GeoJSON (for ECharts `registerMap`, d3-geo …). */
export async function featuresOf(
  level: BoundaryLevel,
): Promise<FeatureCollection<Polygon | MultiPolygon, BoundaryProperties>> {
  return featuresFromTopology(await loadTopology(), level);
}
