/**
 * The benchmark page (`bench.html`): prepares data outside any timing, then exposes `window.__satataBench`, whose
 * functions render one thing into a fresh element and return the milliseconds it took. `bench/browser.bench.ts`
 * drives it from Node through playwright-core and takes medians.
 */
import { buildCardViewModel, computeResults, type IndicatorResult } from '@satata/core';
import { scorecardRows } from '@satata/react';
import { featuresFromTopology, loadTopology } from '@satata/semarang';
import { syntheticCatalog } from '../../../../bench/fixtures/synthetic-catalog.ts';
import { type BareRegion, renderBareMap } from './bare-map.ts';
import { renderCardGrid, renderScorecard } from './card-grid.tsx';
import { renderMicroMap } from './micro-map.tsx';

/** The functions the benchmark calls in the page. */
export interface SatataBench {
  /** Bare ECharts map of the kelurahan geometry: ms to the first finished frame. */
  bareMap(): Promise<number>;
  /** The PovertyMicroMap at kelurahan level over the same geometry: ms until it has painted. */
  microMap(): Promise<number>;
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

const SIZE = { width: 900, height: 640 } as const;
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
  const kelurahan = featuresFromTopology(topology, 'kelurahan');
  // Colours for the bare map: a fixed 5-step ramp by feature order (its cost is not part of the baseline).
  const ramp = ['#fee5d9', '#fcae91', '#fb6a4a', '#de2d26', '#a50f15'];
  const bare: BareRegion[] = kelurahan.features.map((f, i) => ({
    kode: f.properties.kode,
    color: ramp[i % ramp.length]!,
  }));

  const synthetic = syntheticCatalog();
  const { catalog } = synthetic;
  const { rows } = computeResults({
    catalog,
    observations: synthetic.observations,
    regions: synthetic.regions,
  });
  const byIndicator = new Map<string, IndicatorResult[]>();
  for (const r of rows) {
    if (r.wilayah !== catalog.wilayah) continue;
    const list = byIndicator.get(r.indikator) ?? [];
    list.push(r);
    byIndicator.set(r.indikator, list);
  }
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
  const scoreRows = scorecardRows(catalog, rows, { asOf: AS_OF });

  return {
    bareMap: () => renderBareMap(freshHost(SIZE.width, SIZE.height), kelurahan, bare, SIZE),
    microMap: () => renderMicroMap(freshHost(SIZE.width), kelurahan, SIZE),
    cardGrid: () => renderCardGrid(freshHost(1200), catalog, models, AS_OF),
    scorecard: () => renderScorecard(freshHost(1200), catalog, scoreRows, AS_OF),
    facts: {
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
