/**
 * The dashboard's binding to the bundled Kota Semarang sample (`@satata/semarang`): the sample IKU catalog and
 * observations, the region pack's regions and boundaries, and the open poverty aggregate the micro-map draws.
 * Everything is in the bundle (boundaries load on demand): the dashboard needs no server beyond static files.
 */
import { levelOfCode, type Region } from '@satata/core';
import type { RegionFeatureCollection, SatataSources } from '@satata/react';
import {
  featuresFromTopology,
  KODE_KOTA,
  loadTopology,
  REGIONS,
  sampleCatalog,
  sampleObservations,
} from '@satata/semarang';
import { computeDashboardData, type DashboardData } from './data.ts';

/** The indicator of the poverty micro-map: persons in poverty per kelurahan, from the open aggregate. */
export const POVERTY_INDICATOR = 'IKU-KMS-REG';

/** What the dashboard is given. */
export interface SampleBinding {
  readonly data: DashboardData;
  readonly sources: SatataSources;
  readonly regions: readonly Region[];
  readonly povertyIndicator: string;
  /** Display name of the whole area (the kota). */
  readonly areaName: string;
}

/**
 * Compute the sample with the engine and bind the provider's sources. Throws when the catalog lacks the poverty
 * indicator (a renamed code must fail loudly, not leave an empty map).
 */
export async function loadSampleData(): Promise<SampleBinding> {
  const catalog = sampleCatalog;
  if (!catalog.indikator.some((i) => i.kode === POVERTY_INDICATOR)) {
    throw new Error(`Katalog sampel tidak memuat indikator peta kemiskinan ${POVERTY_INDICATOR}`);
  }
  const start = performance.now();
  const data = computeDashboardData({ catalog, observations: sampleObservations, regions: REGIONS });
  // A User Timing entry, so benchmarks and DevTools can tell the engine's share of the page's start.
  performance.measure('satata:engine', { start, end: performance.now() });
  const sources: SatataSources = {
    observations: async () => sampleObservations,
    topology: async (level) =>
      featuresFromTopology(await loadTopology(), level) as unknown as RegionFeatureCollection,
    // The open aggregate at kelurahan level; kecamatan and kota rates are recomputed from summed numerators
    // and denominators by the engine (useMapData), never averaged.
    mapObservations: async (indikator) =>
      sampleObservations.filter((o) => o.indikator === indikator && levelOfCode(o.wilayah) === 'kelurahan'),
  };
  const kota = REGIONS.find((r) => r.kode === KODE_KOTA);
  return {
    data,
    sources,
    regions: REGIONS,
    povertyIndicator: POVERTY_INDICATOR,
    areaName: kota?.nama ?? 'Kota Semarang',
  };
}
