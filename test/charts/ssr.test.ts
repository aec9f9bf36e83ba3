import {
  choroplethOption,
  distributionOption,
  renderToSvg,
  sparklineOption,
  trendOption,
} from '@satata/charts';
import { buildCardViewModel, buildTrendViewModel } from '@satata/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { indicator, result } from '../core/view/fixtures.ts';
import {
  cardVm,
  distributionVm,
  mapVm,
  quarterTrendVm,
  rangeTrendVm,
  squaresGeoJson,
  trendVm,
} from './fixtures.ts';

const maps = { 'uji-kelurahan': squaresGeoJson() };

/**
 * zrender numbers its instances and CSS classes with process-wide counters (`zr3-cls-7`), so they depend on test
 * order. Renumber them by first appearance for snapshots; the library keeps them unique on purpose (two SVGs inlined
 * in one page must not share class names).
 */
function stableIds(svg: string): string {
  const seen = new Map<string, string>();
  return svg
    .replace(/zr\d+-cls-\d+/g, (m) => {
      if (!seen.has(m)) seen.set(m, `zr-cls-${seen.size}`);
      return seen.get(m)!;
    })
    .replace(/\bzr\d+-/g, 'zr-');
}

/** The text of an XML attribute or text node, with the five predefined entities and numeric references decoded. */
function decodeXml(text: string): string {
  return text.replace(/&(?:#(\d+)|#x([0-9a-f]+)|(amp|lt|gt|quot|apos));/gi, (_, dec, hex, name) => {
    if (dec) return String.fromCodePoint(Number(dec));
    if (hex) return String.fromCodePoint(Number.parseInt(hex, 16));
    return { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }[name as 'amp']!;
  });
}

/** Every builder, in both locales, rendered through SSR to SVG. */
const cases = [
  ['trend', () => trendOption(trendVm()), 640, 360],
  ['trend-range', () => trendOption(rangeTrendVm()), 640, 360],
  ['trend-en', () => trendOption(trendVm(), { locale: 'en' }), 640, 360],
  ['trend-triwulan', () => trendOption(quarterTrendVm()), 640, 360],
  ['sparkline', () => sparklineOption(cardVm()), 160, 40],
  [
    'choropleth-2024',
    () => choroplethOption(mapVm(), squaresGeoJson(), { mapName: 'uji-kelurahan', periode: '2024' }),
    520,
    400,
  ],
  [
    'choropleth-2025-en',
    () =>
      choroplethOption(mapVm(), squaresGeoJson(), {
        mapName: 'uji-kelurahan',
        periode: '2025',
        locale: 'en',
      }),
    520,
    400,
  ],
  ['distribution', () => distributionOption(distributionVm()), 480, 300],
] as const;

describe('renderToSvg', () => {
  it.each(cases)('%s matches its SVG snapshot', async (name, make, width, height) => {
    const svg = renderToSvg(make(), { width, height, maps });
    expect(svg.startsWith('<svg role="img" aria-label="')).toBe(true);
    await expect(stableIds(svg)).toMatchFileSnapshot(`__snapshots__/${name}.svg`);
  });

  it('is deterministic: the same option renders to the same SVG twice', () => {
    const a = renderToSvg(choroplethOption(mapVm(), squaresGeoJson(), { mapName: 'uji-kelurahan' }), {
      width: 400,
      height: 300,
      maps,
    });
    const b = renderToSvg(choroplethOption(mapVm(), squaresGeoJson(), { mapName: 'uji-kelurahan' }), {
      width: 400,
      height: 300,
      maps,
    });
    expect(stableIds(a)).toBe(stableIds(b));
    expect(a).not.toBe(b); // the raw ids differ: each render gets its own class names
  });

  it('puts the view model summary, escaped, in the root aria-label and title, and reads back unchanged', () => {
    for (const vm of [trendVm(), trendVm(true)]) {
      const svg = renderToSvg(trendOption(vm), { width: 640, height: 360 });
      const root = /^<svg ([^>]*)>/.exec(svg)![1]!;
      expect(root.startsWith('role="img" aria-label="')).toBe(true);
      const label = /aria-label="([^"]*)"/.exec(root)![1]!;
      expect(decodeXml(label)).toBe(vm.ringkasan.id);
      const title = /^<svg [^>]*><title>([^<]*)<\/title>/.exec(svg)![1]!;
      expect(decodeXml(title)).toBe(vm.ringkasan.id);
    }
    // The hostile summary (names with <img …> and "><script>) reaches the attribute only escaped.
    expect(trendVm(true).ringkasan.id).toMatch(/[<>"]/);
  });

  it('writes id-ID numbers on the axes and Indonesian period labels', () => {
    const svg = renderToSvg(trendOption(trendVm()), { width: 640, height: 360 });
    expect(svg).toMatch(/>4,5</); // a y-axis tick, with a decimal comma
    expect(svg).not.toMatch(/>4\.5</);
    const q = renderToSvg(distributionOption(distributionVm()), { width: 480, height: 300 });
    expect(q).toContain('>Sangat Tinggi<');
    expect(q).toContain('>Tanpa capaian<');
  });

  it('the map draws suppressed cells hatched and lists them in the legend, never as 0', () => {
    const svg = renderToSvg(
      choroplethOption(mapVm(), squaresGeoJson(), { mapName: 'uji-kelurahan', periode: '2024' }),
      { width: 520, height: 400, maps },
    );
    expect(svg).toContain('Ditekan (sel kecil) (1)');
    expect(svg).toContain('Tidak ada data (0)');
    expect(svg).toContain('<pattern'); // the decal hatch
  });
});

/** Data indices of series 0 that the SVG draws a symbol (a dot) for. */
function dots(svg: string): number[] {
  return [...svg.matchAll(/<path [^>]*ecmeta_series_index="0" ecmeta_data_index="(\d+)"/g)]
    .map((m) => Number(m[1]))
    .sort((a, b) => a - b);
}

describe('sparkline drawing', () => {
  it('keeps the missing year as a gap: the line breaks there and no dot stands for it', () => {
    const svg = renderToSvg(sparklineOption(cardVm()), { width: 160, height: 40 });
    expect(svg).toContain(
      'aria-label="Garis tren Persentase penduduk miskin: 4,56% pada 2021 menjadi 4,03% pada 2024."',
    );
    // One polyline path: 2021 alone (a move, no segment), then 2023 → 2024 (a move and one segment).
    const line = /<path d="([^"]*)" fill="none"[^>]*stroke="#0072B2"/.exec(svg)![1]!;
    expect(line.match(/M/g)).toHaveLength(2);
    expect(line.match(/L/g)).toHaveLength(1);
    expect(dots(svg)).not.toContain(1);
  });

  it('draws a dot for a point beside a gap (2021, whose 2022 is missing) and for the last point', () => {
    // cardVm: 2021 4,56 · 2022 missing · 2023 4,23 · 2024 4,03. 2021 joins no segment; 2023–2024 is a line.
    const svg = renderToSvg(sparklineOption(cardVm()), { width: 160, height: 40 });
    expect(dots(svg)).toEqual([0, 3]);
  });

  it('property: every point with a value and no neighbour with one has a dot, and only those and the last', () => {
    const value = fc.option(fc.integer({ min: 0, max: 100 }), { nil: null, freq: 3 });
    fc.assert(
      fc.property(fc.array(value, { minLength: 1, maxLength: 8 }), (vals) => {
        const rows = vals.map((v, i) =>
          result({
            periode: String(2015 + i),
            realisasi: v,
            missing: v === null ? { realisasi: 'no-data' } : {},
          }),
        );
        const vm = buildCardViewModel(indicator(), rows, {
          asOf: '2024-01-01',
          periode: String(2015 + vals.length - 1),
        });
        const has = (i: number) => i >= 0 && i < vals.length && vals[i] !== null;
        const expected = vals.flatMap((_, i) =>
          has(i) && (i === vals.length - 1 || (!has(i - 1) && !has(i + 1))) ? [i] : [],
        );
        expect(dots(renderToSvg(sparklineOption(vm), { width: 160, height: 40 }))).toEqual(expected);
      }),
      { numRuns: 60 },
    );
  });
});

/**
 * The value of each y-axis tick label of a trend SVG, with its pixel row; and a function that reads a pixel row back
 * as a value on that axis (linear, from the first and last ticks).
 */
function yAxisOf(svg: string): (y: number) => number {
  const ticks = [
    ...svg.matchAll(/text-anchor="end"[^>]*transform="translate\([\d.]+ ([\d.]+)\)"[^>]*>([\d.,]+)<\/text>/g),
  ].map((m) => ({ y: Number(m[1]), v: Number(m[2]!.replace(/\./g, '').replace(',', '.')) }));
  expect(ticks.length).toBeGreaterThanOrEqual(3);
  const a = ticks[0]!;
  const b = ticks[ticks.length - 1]!;
  return (y) => a.v + ((y - a.y) * (b.v - a.v)) / (b.y - a.y);
}

/** The x pixel of each category label of the x axis, in order. */
function xCategories(svg: string, labels: readonly string[]): number[] {
  return labels.map((l) => {
    const m = new RegExp(
      `text-anchor="middle"[^>]*transform="translate\\(([\\d.]+) [\\d.]+\\)"[^>]*>${l}</text>`,
    ).exec(svg);
    return Number(m![1]);
  });
}

describe('range targets are drawn as a band between their bounds', () => {
  it('shades, at every period, exactly the range min … max on the y axis (read back from the SVG)', () => {
    // Bounds that change each year, so a band drawn from the wrong numbers (max instead of max − min, one year's
    // range for all) shows.
    const ind = indicator({ kode: 'IKU-INF', nama: { id: 'Inflasi', en: 'Inflation' } });
    const bounds = [
      { min: 1.5, max: 3.5 },
      { min: 2, max: 3 },
      { min: 1, max: 4.5 },
    ];
    const vm = buildTrendViewModel(
      ind,
      bounds.map((t, i) =>
        result({ indikator: 'IKU-INF', periode: String(2022 + i), realisasi: 2.5 + i, target: t }),
      ),
      { regionNames: { '33.74': 'Kota Semarang' } },
    );
    const svg = renderToSvg(trendOption(vm), { width: 640, height: 360 });
    const band = [
      ...svg.matchAll(
        /<path d="([^"]*)" fill="#555555" fill-opacity="0.18"(?![^>]*ecmeta_ssr_type="legend")/g,
      ),
    ];
    expect(band).toHaveLength(1);
    const pts = [...band[0]![1]!.matchAll(/[ML]([\d.]+) ([\d.]+)/g)].map((m) => ({
      x: Number(m[1]),
      y: Number(m[2]),
    }));
    const value = yAxisOf(svg);
    const xs = xCategories(svg, ['2022', '2023', '2024']);
    xs.forEach((x, i) => {
      const here = pts.filter((p) => Math.abs(p.x - x) < 0.5).map((p) => value(p.y));
      expect(here, `band at ${2022 + i}`).toHaveLength(2);
      expect(Math.max(...here)).toBeCloseTo(bounds[i]!.max, 1);
      expect(Math.min(...here)).toBeCloseTo(bounds[i]!.min, 1);
    });
    // No target line is drawn for a range (only the band), and the legend's mark for it is a swatch of the band.
    expect(svg).toContain('>Target (rentang)</text>');
    expect(svg).not.toContain('>Target</text>');
    expect(svg).toMatch(
      /<path d="M0 0l25 0l0 14l-25 0Z"[^>]*fill="#555555" fill-opacity="0.18"[^>]*ecmeta_ssr_type="legend"/,
    );
  });
});

/** The subpaths of the polyline drawn with `stroke` (and, when given, a dash pattern or none), as points. */
function polyline(svg: string, stroke: string, dashed: boolean): { x: number; y: number }[][] {
  const paths = [...svg.matchAll(/<path d="([^"]*)" fill="none"[^>]*>/g)].filter(
    (m) =>
      m[0].includes(`stroke="${stroke}"`) &&
      m[0].includes('stroke-dasharray') === dashed &&
      !m[0].includes('ecmeta_ssr_type="legend"'),
  );
  expect(paths, `${stroke}${dashed ? ' dashed' : ''}`).toHaveLength(1);
  return paths[0]![1]!
    .split('M')
    .filter(Boolean)
    .map((sub) => [...sub.matchAll(/([\d.]+) ([\d.]+)/g)].map((m) => ({ x: Number(m[1]), y: Number(m[2]) })));
}

describe('the trend SVG draws what the view model says', () => {
  // trendVm: Kota Semarang 2021–2024 4,56 · 4,25 · 4,23 · 4,03; Semarang Tengah 2022 5,2 · 2023 missing · 2024 4,9;
  // targets 4,6 · 4,4 · 4,2 · 4,1; projection 2024–2026 4,03 · 3,9 · 3,77; a vintage change in 2023.
  const vm = trendVm();
  const svg = renderToSvg(trendOption(vm), { width: 640, height: 360 });
  const value = yAxisOf(svg);
  const xs = xCategories(svg, ['2021', '2022', '2023', '2024', '2025', '2026']);
  const read = (subpaths: { x: number; y: number }[][]) =>
    subpaths.map((sub) =>
      sub.map((p) => [xs.findIndex((x) => Math.abs(x - p.x) < 1), Math.round(value(p.y) * 100) / 100]),
    );

  it('one line per region through its values; a missing year is a gap, never 0', () => {
    expect(read(polyline(svg, '#0072B2', false))).toEqual([
      [
        [0, 4.56],
        [1, 4.25],
        [2, 4.23],
        [3, 4.03],
      ],
    ]);
    // Semarang Tengah: 2022 and 2024 each alone (2023 missing), so no segment joins them.
    expect(read(polyline(svg, '#E69F00', false))).toEqual([[[1, 5.2]], [[3, 4.9]]]);
  });

  it('the target as a dotted line, the projection dashed from the last observed year', () => {
    expect(read(polyline(svg, '#555555', true))).toEqual([
      [
        [0, 4.6],
        [1, 4.4],
        [2, 4.2],
        [3, 4.1],
      ],
    ]);
    expect(read(polyline(svg, '#0072B2', true))).toEqual([
      [
        [3, 4.03],
        [4, 3.9],
        [5, 3.77],
      ],
    ]);
  });

  it('marks the vintage change with a labelled vertical line at 2023', () => {
    const label = /transform="translate\(([\d.]+) [\d.]+\)"[^>]*>Seri berubah<\/text>/.exec(svg);
    expect(Math.abs(Number(label![1]) - xs[2]!)).toBeLessThan(1);
  });
});
