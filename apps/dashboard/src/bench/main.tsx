/**
 * The benchmark page (`bench.html`): prepares data outside any timing, then exposes `window.__satataBench`, whose
 * functions render one thing into a fresh element and return the milliseconds it took. `bench/browser.bench.ts`
 * drives it from Node through playwright-core and takes medians.
 */
import {
  buildCardViewModel,
  buildScorecardViewModel,
  computeResults,
  groupByIndicator,
  levelOfCode,
} from '@satata/core';
import type { RegionFeatureCollection } from '@satata/react';
import {
  featuresFromTopology,
  loadTopology,
  REGIONS,
  sampleCatalog,
  sampleObservations,
} from '@satata/semarang';
import { syntheticCatalog } from '../../../../bench/fixtures/synthetic-catalog.ts';
import type { MapTiming } from './after-paint.ts';
import { type BareRegion, renderBareMap } from './bare-map.ts';
import { renderCardGrid, renderScorecard } from './card-grid.tsx';
import { createMicroMapStage } from './micro-map.tsx';

/** The functions the benchmark calls in the page. */
export interface SatataBench {
  /**
   * Bare ECharts map of a geometry: ms until the first frame showing it has been rendered, and the work before
   * that frame ({@link MapTiming}).
   */
  bareMap(target: MapTarget): Promise<MapTiming>;
  /**
   * The RegionMapView over the same geometry: ms until the first frame showing its map has been rendered
   * (the same end point as {@link SatataBench.bareMap}) — `kecamatan`: the 16 kecamatan;
   * `kelurahan`: opened (linked selection) on the kecamatan with the most kelurahan; `kelurahan-all`: opened on
   * the citywide view of all kelurahan. Each call gets new geometry objects, so the map registers its geometry
   * afresh, as the bare map does with its new map name. The map mounts into the page's running React root (one
   * root and query client for the page's life, as in an app), with its own provider.
   */
  microMap(target: MapTarget): Promise<MapTiming>;
  /** 127 compact IndicatorCardView in a grid: ms of render, commit and layout. */
  cardGrid(): { ms: number; cards: number };
  /** The ScorecardView table of the same 127 IKU. */
  scorecard(): { ms: number; rows: number };
  /** Facts about the prepared data (counts), for the benchmark's printout. */
  readonly facts: Readonly<Record<string, number>>;
}

declare global {
  interface Window {
    __satataBench?: SatataBench;
    __satataBenchError?: string;
  }
}

/** Geometries of the map benchmark: the 16 kecamatan, the kelurahan of one kecamatan, all 177 kelurahan. */
export type MapTarget = 'kecamatan' | 'kelurahan' | 'kelurahan-all';

const SIZE = { width: 900, height: 640 } as const;
const MAP_INDICATOR = 'IKU-KMS-REG';
const AS_OF = '2026-08-15';

function freshHost(width: number, height?: number): HTMLElement {
  const stage = document.getElementById('stage')!;
  stage.replaceChildren();
  const host = document.createElement('div');
  host.style.width = `${width}px`;
  if (height) host.style.height = `${height}px`;
  stage.appendChild(host);
  return host;
}

async function prepare(): Promise<SatataBench> {
  const topology = await loadTopology();
  const kelurahan = featuresFromTopology(topology, 'kelurahan') as unknown as RegionFeatureCollection;
  const kecamatan = featuresFromTopology(topology, 'kecamatan') as unknown as RegionFeatureCollection;
  // The kecamatan with the most kelurahan: the biggest map the micro-map draws at kelurahan level.
  const counts = new Map<string, number>();
  for (const f of kelurahan.features)
    counts.set(String(f.properties.induk), (counts.get(String(f.properties.induk)) ?? 0) + 1);
  const [openKecamatan] = [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]!;
  const geometries: Record<MapTarget, RegionFeatureCollection> = {
    kecamatan,
    kelurahan: {
      type: 'FeatureCollection',
      features: kelurahan.features.filter((f) => f.properties.induk === openKecamatan),
    },
    'kelurahan-all': kelurahan,
  };
  // Colours for the bare map: a fixed 5-step ramp by feature order (its cost is not part of the baseline).
  const ramp = ['#fee5d9', '#fcae91', '#fb6a4a', '#de2d26', '#a50f15'];
  const bareRegions = (g: RegionFeatureCollection): BareRegion[] =>
    g.features.map((f, i) => ({ kode: f.properties.kode, color: ramp[i % ramp.length]! }));

  // The micro-map's data: the open poverty aggregate at kelurahan level, rolled up by the engine.
  const mapIndicator = sampleCatalog.indikator.find((i) => i.kode === MAP_INDICATOR);
  if (!mapIndicator) throw new Error(`indikator ${MAP_INDICATOR} tidak ada di katalog sampel`);
  const mapResults = computeResults({
    catalog: sampleCatalog,
    observations: sampleObservations.filter(
      (o) => o.indikator === MAP_INDICATOR && levelOfCode(o.wilayah) === 'kelurahan',
    ),
    regions: REGIONS,
  }).rows.filter((r) => r.indikator === MAP_INDICATOR);

  const synthetic = syntheticCatalog();
  const { catalog } = synthetic;
  const { rows } = computeResults({
    catalog,
    observations: synthetic.observations,
    regions: synthetic.regions,
  });
  const byIndicator = groupByIndicator(rows, (r) => r.wilayah === catalog.wilayah);
  const opdNames = Object.fromEntries(catalog.opd.map((o) => [o.kode, o.nama]));
  const models = catalog.indikator.map((ind) =>
    buildCardViewModel(
      ind,
      (byIndicator.get(ind.kode) ?? []).filter((r) => r.periodKind === 'year'),
      {
        asOf: AS_OF,
        wilayah: catalog.wilayah,
        periodKind: 'year',
        opdNames,
        categoryScale: catalog.kategori,
      },
    ),
  );
  const scorecardModel = buildScorecardViewModel(catalog, rows, { asOf: AS_OF });

  const microStage = createMicroMapStage(document.getElementById('app')!);

  return {
    bareMap: (target) =>
      renderBareMap(
        freshHost(SIZE.width, SIZE.height),
        geometries[target],
        bareRegions(geometries[target]),
        SIZE,
      ),
    microMap: (target) => {
      // The map appears where the bare map did (the stage above is emptied; the app root stays mounted).
      document.getElementById('stage')!.replaceChildren();
      return microStage.render({
        catalog: sampleCatalog,
        indicator: mapIndicator,
        results: mapResults,
        // Fresh objects: a first render, not one that finds its geometry already registered.
        kecamatan: { ...kecamatan },
        kelurahan: { ...kelurahan },
        open: target === 'kelurahan' ? openKecamatan : null,
        citywide: target === 'kelurahan-all',
        height: SIZE.height,
      });
    },
    cardGrid: () => renderCardGrid(freshHost(1200), catalog, models, AS_OF),
    scorecard: () => renderScorecard(freshHost(1200), catalog, scorecardModel, AS_OF),
    facts: {
      kecamatan: kecamatan.features.length,
      kelurahanOpened: geometries.kelurahan.features.length,
      kelurahan: kelurahan.features.length,
      indikator: catalog.indikator.length,
      hasil: rows.length,
    },
  };
}

prepare().then(
  (api) => {
    window.__satataBench = api;
  },
  (e: unknown) => {
    window.__satataBenchError = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
    console.error(e);
  },
);
