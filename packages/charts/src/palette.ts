/**
 * Default colours. Region series use the Okabe–Ito palette (distinguishable with the common colour-vision
 * deficiencies); categories use ColorBrewer RdYlGn (best band green); choropleth classes use ColorBrewer sequential
 * ramps (YlOrRd where higher is worse, Blues otherwise). Every builder takes its colours as options too, so themes
 * (dark, high contrast) can pass their own.
 */

/** Okabe–Ito, for one series per region. */
export const SERIES_COLORS: readonly string[] = [
  '#0072B2',
  '#E69F00',
  '#009E73',
  '#CC79A7',
  '#56B4E9',
  '#D55E00',
  '#000000',
  '#F0E442',
];

/** Target line and band. */
export const TARGET_COLOR = '#555555';

/** Category bands best first (ColorBrewer RdYlGn, 5 classes, reversed). */
export const CATEGORY_COLORS: readonly string[] = ['#1a9641', '#a6d96a', '#fee08b', '#fdae61', '#d7191c'];

/** IKU without capaian. */
export const NO_CAPAIAN_COLOR = '#bdbdbd';

/** ColorBrewer YlOrRd, 9 classes. */
export const YL_OR_RD: readonly string[] = [
  '#ffffcc',
  '#ffeda0',
  '#fed976',
  '#feb24c',
  '#fd8d3c',
  '#fc4e2a',
  '#e31a1c',
  '#bd0026',
  '#800026',
];

/** ColorBrewer Blues, 9 classes. */
export const BLUES: readonly string[] = [
  '#f7fbff',
  '#deebf7',
  '#c6dbef',
  '#9ecae1',
  '#6baed6',
  '#4292c6',
  '#2171b5',
  '#08519c',
  '#08306b',
];

/** The "Tidak ada data" class: a light grey, distinct from the lightest ramp colour. */
export const NO_DATA_COLOR = '#e6e6e6';

/** Suppressed cells: mid grey, also hatched with a decal so they differ from "no data" without colour. */
export const SUPPRESSED_COLOR = '#9e9e9e';

/**
 * `k` colours spread evenly over a 9-step ramp, lightest first (k = 1 → the middle step).
 * @example rampColors(YL_OR_RD, 3) // ['#ffffcc', '#fd8d3c', '#800026']
 */
export function rampColors(ramp: readonly string[], k: number): string[] {
  if (k <= 0) return [];
  if (k === 1) return [ramp[Math.floor(ramp.length / 2)]!];
  return Array.from({ length: k }, (_, i) => ramp[Math.round((i * (ramp.length - 1)) / (k - 1))]!);
}
