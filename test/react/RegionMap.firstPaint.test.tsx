/**
 * The micro-map's first render draws its map in the same commit (issue 4 §6: first render ≤ 1.5× a bare ECharts
 * map): EChart inits the chart and sets its first option in a layout effect, so by the time any later component's
 * layout effect runs — before the browser paints that commit — the map's SVG paths exist. With the chart created in
 * a passive effect and its option set in a second render, a probe there finds no path.
 */
import type { IndicatorResult } from '@satata/core';
import { type RegionFeatureCollection, RegionMapView } from '@satata/react';
import { cleanup } from '@testing-library/react';
import fc from 'fast-check';
import { useLayoutEffect } from 'react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { kemiskinan, mapBoundaries, result } from './fixtures.ts';
import { renderWithProvider } from './render.tsx';

afterEach(cleanup);

let kecamatan: RegionFeatureCollection;
let kelurahan: RegionFeatureCollection;
beforeAll(async () => {
  ({ kecamatan, kelurahan } = await mapBoundaries());
});

/** One illustrative 2024 rate (2 + 0.1 i %) for every kecamatan and kelurahan, i by feature order. */
function results(): IndicatorResult[] {
  const rows = (fcol: RegionFeatureCollection, level: 'kecamatan' | 'kelurahan') =>
    fcol.features.map((f, i) =>
      result({
        indikator: 'IKU-01',
        wilayah: f.properties.kode,
        level,
        periode: '2024',
        realisasi: 2 + 0.1 * i,
      }),
    );
  return [...rows(kecamatan, 'kecamatan'), ...rows(kelurahan, 'kelurahan')];
}

/** What a layout effect after the map sees: the level drawn, its map's path count and the rendering mark. */
interface Seen {
  level: string | null;
  paths: number;
  /** The region count the (closed) region list's toggle announces. */
  regions: number;
}

function Probe({ seen }: { seen: Seen[] }) {
  useLayoutEffect(() => {
    const widget = document.querySelector('[data-satata-widget="map"]');
    seen.push({
      level: widget?.getAttribute('data-satata-level') ?? null,
      paths: widget?.querySelectorAll('.satata-chart svg path').length ?? 0,
      regions: Number(
        /\((\d+)\)/.exec(widget?.querySelector('.satata-map__list-toggle')?.textContent ?? '')?.[1],
      ),
    });
  }, [seen]);
  return null;
}

function firstCommit(props: { view?: 'kecamatan' | 'kelurahan'; selected?: string | null }): Seen {
  const seen: Seen[] = [];
  renderWithProvider(
    <>
      <RegionMapView
        indicator={kemiskinan}
        results={results()}
        kecamatan={kecamatan}
        kelurahan={kelurahan}
        defaultView={props.view}
      />
      <Probe seen={seen} />
    </>,
    { selectedRegion: props.selected ?? null, onSelectRegion: () => {} },
  );
  return seen[0]!;
}

describe('RegionMapView: the first commit draws the map', () => {
  it('draws the 16 kecamatan before the first paint, with every region button in the DOM', () => {
    const seen = firstCommit({});
    expect(seen.level).toBe('kecamatan');
    // Every kecamatan is at least one path (multipolygons give more).
    expect(seen.paths).toBeGreaterThanOrEqual(16);
    expect(seen.regions).toBe(16);
  });

  it('draws all 177 kelurahan of the citywide view before the first paint', () => {
    const seen = firstCommit({ view: 'kelurahan' });
    expect(seen.level).toBe('kelurahan');
    expect(seen.paths).toBeGreaterThanOrEqual(177);
    expect(seen.regions).toBe(177);
  });

  it('draws the kelurahan of any kecamatan chosen by linked selection in the first commit (property)', () => {
    const codes = kecamatan.features.map((f) => f.properties.kode);
    fc.assert(
      fc.property(fc.constantFrom(...codes), (kode) => {
        cleanup();
        const n = kelurahan.features.filter((f) => f.properties.induk === kode).length;
        const seen = firstCommit({ selected: kode });
        expect(seen.level).toBe('kelurahan');
        expect(seen.paths).toBeGreaterThanOrEqual(n);
        expect(seen.regions).toBe(n);
      }),
      { numRuns: 6 },
    );
  });
});
