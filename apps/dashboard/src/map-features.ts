/**
 * A published map's boundaries pack (the region pack's TopoJSON) as the two levels the region map draws. Its own
 * module, imported with the map's chunk: the TopoJSON reader is not in the published entry.
 */
import type { RegionFeatureCollection } from '@satata/react';
import { featuresFromTopology, type SemarangTopology } from '@satata/semarang';

/** The kecamatan and kelurahan features of a topology. */
export function regionFeatures(topology: unknown): {
  kecamatan: RegionFeatureCollection;
  kelurahan: RegionFeatureCollection;
} {
  const t = topology as SemarangTopology;
  return {
    kecamatan: featuresFromTopology(t, 'kecamatan') as unknown as RegionFeatureCollection,
    kelurahan: featuresFromTopology(t, 'kelurahan') as unknown as RegionFeatureCollection,
  };
}
