import {
  choroplethOption,
  distributionOption,
  renderToSvg,
  sparklineOption,
  trendOption,
} from '@satata/charts';
import { describe, expect, it } from 'vitest';
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

  it('puts the view model summary in the root title and aria-label', () => {
    const vm = trendVm();
    const svg = renderToSvg(trendOption(vm), { width: 640, height: 360 });
    expect(svg).toContain(`<title>${vm.ringkasan.id}</title>`);
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
