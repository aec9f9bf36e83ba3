/**
 * The region packs a config can name (`region`): each gives its codes (for the data client's reference checks),
 * its regions (for the engine's roll-ups and names) and its boundaries. Another city is another entry here.
 */
import type { Region } from '@satata/core';
import type { RegionIndex } from '@satata/data';
import {
  ATTRIBUTIONS,
  type Attribution,
  featuresFromTopology,
  KODE_KOTA,
  loadTopology,
  REGIONS,
  regionIndex,
  type SemarangTopology,
} from '@satata/semarang';
import type { BoundaryFeatures } from '../snapshot/map.ts';

/** What a build needs of a region pack. */
export interface RegionPack {
  /** The config's name of the pack. */
  readonly name: string;
  /** The code of the whole area (the kota). */
  readonly root: string;
  readonly regions: readonly Region[];
  readonly index: RegionIndex;
  /** The boundaries as TopoJSON (kota, kecamatan, kelurahan objects). */
  loadTopology(): Promise<unknown>;
  /** The kecamatan and kelurahan features of the loaded topology, as GeoJSON. */
  boundaries(topology: unknown): { kecamatan: BoundaryFeatures; kelurahan: BoundaryFeatures };
  /** Credits of the pack's reference data, shown on the provenance page. */
  readonly attributions: readonly Attribution[];
  /** The credit of the boundaries, shown wherever they are drawn. */
  readonly boundaryCredit: Attribution;
}

const SEMARANG: RegionPack = {
  name: 'semarang',
  root: KODE_KOTA,
  regions: REGIONS,
  index: regionIndex,
  loadTopology,
  boundaries: (topology) => ({
    kecamatan: featuresFromTopology(topology as SemarangTopology, 'kecamatan') as unknown as BoundaryFeatures,
    kelurahan: featuresFromTopology(topology as SemarangTopology, 'kelurahan') as unknown as BoundaryFeatures,
  }),
  attributions: ATTRIBUTIONS,
  // The first line of the pack's credits is its boundaries' (cahyadsn/wilayah_boundaries).
  boundaryCredit: ATTRIBUTIONS[0]!,
};

/** The pack a config names. */
export function regionPack(name: 'semarang'): RegionPack {
  switch (name) {
    case 'semarang':
      return SEMARANG;
  }
}
