/**
 * Themes as CSS custom properties. Each theme is a set of tokens; {@link themeCss} writes them as
 * `--satata-*` variables scoped to `.satata-root[data-satata-theme="…"]`, and charts read the same tokens in
 * JavaScript (ECharts cannot read CSS variables). Every text/background pair meets WCAG AA (4.5:1 for text,
 * 3:1 for graphics); `test/react/theme.test.ts` computes the ratios.
 */

/** The themes a {@link SatataProvider} accepts. */
export type ThemeName = 'light' | 'dark' | 'high-contrast';

/** The tokens of one theme. Colours are `#rrggbb`. */
export interface ThemeTokens {
  readonly bg: string;
  readonly surface: string;
  readonly fg: string;
  readonly muted: string;
  readonly border: string;
  readonly accent: string;
  readonly accentFg: string;
  readonly focus: string;
  /** Change that is good by polarity (membaik) and bad (memburuk). */
  readonly good: string;
  readonly bad: string;
  readonly warnBg: string;
  readonly warnFg: string;
  /** Category tones, from the best band to the worst: background and edge of the badge (text is `fg`). */
  readonly toneBg: readonly [string, string, string, string, string];
  readonly toneEdge: readonly [string, string, string, string, string];
  /** Sequential map classes, lowest to highest rate. */
  readonly mapClasses: readonly string[];
  readonly noData: string;
  readonly suppressed: string;
  /** Series colours of charts: realisation, target, projection, comparison regions. */
  readonly series: readonly string[];
}

/** Light theme (the default). */
export const LIGHT: ThemeTokens = {
  bg: '#ffffff',
  surface: '#f5f7fa',
  fg: '#1b1f24',
  muted: '#4a5361',
  border: '#6b7685',
  accent: '#0b57a4',
  accentFg: '#ffffff',
  focus: '#0b57a4',
  good: '#16703a',
  bad: '#b02a20',
  warnBg: '#fff1c2',
  warnFg: '#5c4200',
  toneBg: ['#d2efd9', '#e4f2d2', '#fff0bf', '#ffdfc9', '#fbd3d0'],
  toneEdge: ['#16703a', '#4a7d12', '#8a6100', '#a84b00', '#b02a20'],
  mapClasses: ['#fee5d9', '#fcae91', '#fb6a4a', '#de2d26', '#a50f15', '#67000d', '#3d0008'],
  noData: '#c9ced6',
  suppressed: '#8a93a0',
  series: ['#0b57a4', '#b02a20', '#6a3d9a', '#16703a', '#a84b00', '#00727a'],
};

/** Dark theme. */
export const DARK: ThemeTokens = {
  bg: '#121418',
  surface: '#1c2027',
  fg: '#eef1f5',
  muted: '#b8c0cc',
  border: '#8791a0',
  accent: '#7db7ff',
  accentFg: '#0b1420',
  focus: '#9cc8ff',
  good: '#6fd68f',
  bad: '#ff8a80',
  warnBg: '#4a3800',
  warnFg: '#ffe08a',
  toneBg: ['#173b24', '#2a3c14', '#453800', '#4a2a0d', '#4d1a17'],
  toneEdge: ['#6fd68f', '#a9d86a', '#f2c94c', '#ffa25c', '#ff8a80'],
  mapClasses: ['#fcbba1', '#fc9272', '#fb6a4a', '#ef3b2c', '#cb181d', '#a50f15', '#67000d'],
  noData: '#4a515c',
  suppressed: '#7d8796',
  series: ['#7db7ff', '#ff8a80', '#c9a7ff', '#6fd68f', '#ffa25c', '#5fd4dc'],
};

/** High-contrast theme: black and white with saturated edges, for low vision and bright sunlight. */
export const HIGH_CONTRAST: ThemeTokens = {
  bg: '#000000',
  surface: '#000000',
  fg: '#ffffff',
  muted: '#ffffff',
  border: '#ffffff',
  accent: '#ffff00',
  accentFg: '#000000',
  focus: '#ffff00',
  good: '#7dff7d',
  bad: '#ff9d9d',
  warnBg: '#000000',
  warnFg: '#ffff00',
  toneBg: ['#000000', '#000000', '#000000', '#000000', '#000000'],
  toneEdge: ['#7dff7d', '#c8ff5a', '#ffff00', '#ffb84d', '#ff9d9d'],
  mapClasses: ['#ffffcc', '#ffeda0', '#feb24c', '#fc4e2a', '#bd0026', '#800026', '#4d0017'],
  noData: '#595959',
  suppressed: '#a6a6a6',
  series: ['#ffff00', '#ff9d9d', '#7dff7d', '#7fdbff', '#ffb84d', '#ffffff'],
};

/** Tokens of every theme by name. */
export const THEMES: Readonly<Record<ThemeName, ThemeTokens>> = {
  light: LIGHT,
  dark: DARK,
  'high-contrast': HIGH_CONTRAST,
};

/** The tokens of a theme (light for anything unknown). */
export function themeTokens(name: ThemeName): ThemeTokens {
  return THEMES[name] ?? LIGHT;
}

/** The custom-property declarations of one theme (`--satata-fg: #1b1f24; …`). */
export function themeVariables(tokens: ThemeTokens): string {
  const vars: [string, string][] = [
    ['bg', tokens.bg],
    ['surface', tokens.surface],
    ['fg', tokens.fg],
    ['muted', tokens.muted],
    ['border', tokens.border],
    ['accent', tokens.accent],
    ['accent-fg', tokens.accentFg],
    ['focus', tokens.focus],
    ['good', tokens.good],
    ['bad', tokens.bad],
    ['warn-bg', tokens.warnBg],
    ['warn-fg', tokens.warnFg],
    ['no-data', tokens.noData],
    ['suppressed', tokens.suppressed],
  ];
  for (const [i, c] of tokens.toneBg.entries()) vars.push([`tone-${i}-bg`, c]);
  for (const [i, c] of tokens.toneEdge.entries()) vars.push([`tone-${i}-edge`, c]);
  return vars.map(([k, v]) => `--satata-${k}: ${v};`).join(' ');
}

/** Relative luminance of a `#rrggbb` colour (WCAG 2.x). */
export function luminance(hex: string): number {
  const m = /^#([0-9a-f]{6})$/i.exec(hex);
  if (!m) throw new RangeError(`Warna harus #rrggbb, bukan ${JSON.stringify(hex)}`);
  const n = Number.parseInt(m[1]!, 16);
  const ch = [(n >> 16) & 255, (n >> 8) & 255, n & 255].map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * ch[0]! + 0.7152 * ch[1]! + 0.0722 * ch[2]!;
}

/** WCAG contrast ratio of two `#rrggbb` colours (1 … 21). */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}
