import { EChart, type EChartsInstance, type EChartsOption } from '@satata/react';
import { act, cleanup, fireEvent, waitFor } from '@testing-library/react';
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
// Internals of the chart wrapper (not exported by the package).
import {
  ChartRegistry,
  chartMaps,
  needsResize,
  withoutTooltip,
} from '../../packages/react/src/chart/EChart.tsx';
import { createMapRegistry } from '../../packages/react/src/chart/maps.ts';
import { PAINT, renderWithProvider } from './render.tsx';

afterEach(cleanup);

const square = (x: number) => ({
  type: 'FeatureCollection',
  features: [
    {
      type: 'Feature',
      properties: { name: `R${x}` },
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [x, 0],
            [x + 1, 0],
            [x + 1, 1],
            [x, 0],
          ],
        ],
      },
    },
  ],
});

const mapOption = (map: string, value: number) => ({
  animation: false,
  series: [{ type: 'map', map, data: [{ name: 'R0', value }] }],
});

describe('createMapRegistry', () => {
  it('registers a (name, geometry) pair once, and again only for another geometry under that name', () => {
    const calls: string[] = [];
    const reg = createMapRegistry((name) => calls.push(name));
    const a = square(0);
    expect(reg.ensure('peta', a)).toBe(true);
    expect(reg.ensure('peta', a)).toBe(false);
    expect(reg.ensure('lain', a)).toBe(true);
    // An equal but distinct object replaces the registered one (identity, not deep equality, is the key).
    expect(reg.ensure('peta', square(0))).toBe(true);
    expect(calls).toEqual(['peta', 'lain', 'peta']);
    expect(reg.registrations).toBe(3);
  });

  it('calls register exactly once per change of geometry under a name (property)', () => {
    const geos = [square(0), square(1), square(2)];
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom('a', 'b'), fc.nat(2)), { maxLength: 40 }), (seq) => {
        const reg = createMapRegistry(() => {});
        const last = new Map<string, number>();
        let expected = 0;
        for (const [name, i] of seq) {
          if (last.get(name) !== i) expected++;
          last.set(name, i);
          reg.ensure(name, geos[i]);
        }
        expect(reg.registrations).toBe(expected);
      }),
    );
  });
});

describe('needsResize', () => {
  it('resizes only for a visible container whose size differs from the chart', () => {
    expect(needsResize(800, 420, 800, 420)).toBe(false); // ResizeObserver's first report: nothing changed
    expect(needsResize(800, 420, 800.4, 420)).toBe(false); // sub-pixel layout noise
    expect(needsResize(800, 420, 640, 420)).toBe(true);
    expect(needsResize(800, 420, 800, 300)).toBe(true);
    expect(needsResize(640, 420, 0, 420)).toBe(false); // hidden container: keep the fallback width
  });
});

describe('EChart', () => {
  it('registers its map once however many options use it', async () => {
    const geo = square(0);
    const maps = { 'uji-sekali': geo };
    const before = chartMaps.registrations;
    const { container, rerender } = renderWithProvider(
      <EChart option={mapOption('uji-sekali', 1)} maps={maps} ariaLabel="peta" />,
    );
    await waitFor(() => expect(container.querySelector('svg path')).not.toBeNull(), PAINT);
    for (const v of [2, 3, 4])
      rerender(<EChart option={mapOption('uji-sekali', v)} maps={maps} ariaLabel="peta" />);
    // Remounting with the same geometry does not register it again either.
    cleanup();
    renderWithProvider(
      <EChart option={mapOption('uji-sekali', 5)} maps={{ 'uji-sekali': geo }} ariaLabel="peta" />,
    );
    expect(chartMaps.registrations - before).toBe(1);
  });

  it('skips the resize when ResizeObserver reports the size the chart already has', () => {
    const callbacks: ResizeObserverCallback[] = [];
    const original = globalThis.ResizeObserver;
    const width = vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(800);
    globalThis.ResizeObserver = class {
      constructor(cb: ResizeObserverCallback) {
        callbacks.push(cb);
      }
      observe() {}
      unobserve() {}
      disconnect() {}
    } as unknown as typeof ResizeObserver;
    try {
      let instance: EChartsInstance | null = null;
      renderWithProvider(
        <ChartRegistry.Provider value={(c) => (instance = c ?? instance)}>
          <EChart option={mapOption('uji-sekali', 1)} ariaLabel="peta" height={300} />
        </ChartRegistry.Provider>,
      );
      expect(instance).not.toBeNull();
      const chart = instance as unknown as EChartsInstance;
      expect(chart.getWidth()).toBe(800);
      const resize = vi.spyOn(chart, 'resize');
      const fire = () => act(() => callbacks.at(-1)!([], {} as ResizeObserver));
      fire(); // the report right after observe(): same size
      expect(resize).not.toHaveBeenCalled();
      width.mockReturnValue(600);
      fire();
      expect(resize).toHaveBeenCalledTimes(1);
    } finally {
      globalThis.ResizeObserver = original;
      width.mockRestore();
    }
  });

  it('sets up the tooltip only when a pointer first comes over the chart, and keeps it for later options', () => {
    let instance: EChartsInstance | null = null;
    const withTip = (v: number) =>
      ({
        ...mapOption('uji-tip', v),
        tooltip: { trigger: 'item', formatter: `nilai ${v}` },
      }) as EChartsOption;
    const tooltips = () => (instance!.getOption() as { tooltip?: { formatter?: string }[] }).tooltip ?? [];
    const tree = (v: number) => (
      <ChartRegistry.Provider value={(c) => (instance = c ?? instance)}>
        <EChart option={withTip(v)} maps={{ 'uji-tip': square(0) }} ariaLabel="peta" />
      </ChartRegistry.Provider>
    );
    const { container, rerender } = renderWithProvider(tree(1));
    expect(tooltips()).toEqual([]);
    rerender(tree(2));
    expect(tooltips()).toEqual([]);
    const root = container.querySelector('.satata-chart')!;
    fireEvent.pointerOver(root.firstElementChild!);
    expect(tooltips().map((t) => t.formatter)).toEqual(['nilai 2']);
    // A second pointer changes nothing; a new option after it is given whole, tooltip included.
    fireEvent.pointerDown(root.firstElementChild!);
    rerender(tree(3));
    expect(tooltips().map((t) => t.formatter)).toEqual(['nilai 3']);
  });

  it('sets up the tooltip on a first touch too (pointerdown with no pointerover before it)', () => {
    let instance: EChartsInstance | null = null;
    const { container } = renderWithProvider(
      <ChartRegistry.Provider value={(c) => (instance = c ?? instance)}>
        <EChart
          option={{ ...mapOption('uji-tip', 1), tooltip: { trigger: 'item' } } as EChartsOption}
          maps={{ 'uji-tip': square(0) }}
          ariaLabel="peta"
        />
      </ChartRegistry.Provider>,
    );
    fireEvent.pointerDown(container.querySelector('.satata-chart')!.firstElementChild!);
    expect((instance!.getOption() as { tooltip?: unknown[] }).tooltip).toHaveLength(1);
  });
});

describe('withoutTooltip', () => {
  it('drops only the tooltip, and returns an option without one as it is', () => {
    const plain = mapOption('x', 1) as EChartsOption;
    expect(withoutTooltip(plain)).toBe(plain);
    const tipped = { ...plain, tooltip: { trigger: 'item' } } as EChartsOption;
    expect(withoutTooltip(tipped)).toEqual(plain);
    expect(tipped.tooltip).toBeDefined();
  });
});
