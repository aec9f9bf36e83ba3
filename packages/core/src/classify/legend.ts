/**
 * Legends for a classification: one label per class with its count, then the "Tidak ada data" class, and the
 * method's name.
 *
 * Label forms (id; en uses the same shapes with English number marks):
 * - a half-open class `[lo, hi)`: "4,0 – < 5,0";
 * - the last, closed class `[lo, hi]`: "8,0 – 9,2";
 * - a closed class of one value `[v, v]` (all data equal, or the top cluster of natural breaks): "3";
 * - with `openEnds` (the default for `manual`, whose thresholds are policy and whose end classes take any value
 *   below / above them): the first class "< 4,0", the last "≥ 8,0".
 */

import { DEFAULT_LOCALE, type Locale, resolveLocale } from '../format/locale.ts';
import { formatNumber, intlRound } from '../format/number.ts';
import { EN_TEXTS, ID_TEXTS, textsFor } from '../text/index.ts';
import type { Classification, ClassMethod } from './types.ts';

/** One legend row. `index` is the class index, or `null` for the no-data row. */
export interface LegendItem {
  readonly index: number | null;
  /** The label, e.g. "4,0 – < 5,0" or "Tidak ada data". */
  readonly label: string;
  /** How many values fall in the class. */
  readonly count: number;
  /** The class's lower bound (absent on the no-data row). */
  readonly lo?: number;
  /** The class's upper bound (absent on the no-data row). */
  readonly hi?: number;
}

/** Options of {@link legendItems}. */
export interface LegendOptions {
  /** Display locale; default `'id'`. */
  readonly locale?: Locale | undefined;
  /** How to print a bound; default {@link legendNumberFormat} of the bounds. */
  readonly format?: ((n: number) => string) | undefined;
  /** Print the first class as "< hi" and the last as "≥ lo". Default: true for `manual`, false otherwise. */
  readonly openEnds?: boolean | undefined;
  /** Add the no-data row; default `true` (DESIGN.md §3: an explicit "Tidak ada data" class). */
  readonly includeNoData?: boolean | undefined;
}

/** The no-data class's label in each locale ("Tidak ada data" / "No data"), from the text catalogs. */
export const NO_DATA_LABEL: Readonly<Record<Locale, string>> = {
  id: ID_TEXTS.map.noData,
  en: EN_TEXTS.map.noData,
};

/**
 * The method's name for a legend title.
 *
 * @example methodLabel('quantile') // 'Kuantil'
 * @example methodLabel('equal-interval', 'en') // 'Equal interval'
 */
export function methodLabel(method: ClassMethod, locale: Locale = DEFAULT_LOCALE): string {
  return textsFor(resolveLocale(locale)).map.methods[method];
}

/**
 * The number of decimals a legend needs: the fewest (0–2) that print every bound exactly; when none does
 * (interpolated quantiles such as 4,333…), the fewest from 2 up to 10 that keep distinct bounds distinct.
 * All bounds get the same number of decimals, so the column lines up ("4,0 … 9,2").
 */
export function legendDecimals(bounds: readonly number[]): number {
  const exact = (d: number) =>
    bounds.every((b) => Math.abs(intlRound(b, d) - b) <= 1e-9 * Math.max(1, Math.abs(b)));
  for (let d = 0; d <= 2; d++) if (exact(d)) return d;
  const distinct = new Set(bounds).size;
  for (let d = 2; d <= 10; d++) if (new Set(bounds.map((b) => intlRound(b, d))).size === distinct) return d;
  return 10;
}

/** The default bound formatter: {@link legendDecimals} fixed decimals in the locale's marks. */
export function legendNumberFormat(
  bounds: readonly number[],
  locale: Locale = DEFAULT_LOCALE,
): (n: number) => string {
  const d = legendDecimals(bounds);
  return (n) => formatNumber(n, { locale, decimals: d, minDecimals: d });
}

/**
 * Legend rows for a classification: one per class, lowest first, then "Tidak ada data" / "No data". Each carries
 * its count.
 *
 * @example
 * legendItems(classify([2, 4, 5, 7.5, 9.2], { method: 'manual', breaks: [4, 5, 6, 8] }), { openEnds: false })
 *   .map((i) => i.label) // ['2,0 – < 4,0', '4,0 – < 5,0', '5,0 – < 6,0', '6,0 – < 8,0', '8,0 – 9,2', 'Tidak ada data']
 */
export function legendItems(c: Classification, opts: LegendOptions = {}): LegendItem[] {
  const locale = resolveLocale(opts.locale);
  const format = opts.format ?? legendNumberFormat(c.bounds, locale);
  const openEnds = (opts.openEnds ?? c.method === 'manual') && c.k >= 2;
  const items: LegendItem[] = c.classes.map((cls) => {
    let label: string;
    if (openEnds && cls.index === 0) label = `< ${format(cls.hi)}`;
    else if (openEnds && cls.closedHigh) label = `≥ ${format(cls.lo)}`;
    else if (cls.lo === cls.hi && cls.closedHigh) label = format(cls.lo);
    else
      label = cls.closedHigh
        ? `${format(cls.lo)} – ${format(cls.hi)}`
        : `${format(cls.lo)} – < ${format(cls.hi)}`;
    return { index: cls.index, label, count: cls.count, lo: cls.lo, hi: cls.hi };
  });
  if (opts.includeNoData ?? true) {
    items.push({ index: null, label: textsFor(locale).map.noData, count: c.noData.count });
  }
  return items;
}
