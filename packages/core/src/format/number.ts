/**
 * Plain numbers and percentages in `id-ID` (1.234,5 · 4,23%) and `en` (1,234.5 · 4.23%).
 *
 * Digit grouping, decimal marks and rounding are `Intl.NumberFormat`'s (round half away from zero on the shortest
 * decimal form of the number, so 1.005 → "1,01" with two decimals).
 */

import {
  type BaseFormatOptions,
  FormatOptionError,
  INTL_LOCALE,
  type Locale,
  MISSING_TEXT,
  resolveLocale,
} from './locale.ts';

/** Options of {@link formatNumber}. */
export interface NumberFormatOptions extends BaseFormatOptions {
  /** Maximum number of decimals (0–20). Default 2 for numbers, 2 for percentages, 1 for compact values. */
  readonly decimals?: number | undefined;
  /** Minimum number of decimals (0–`decimals`): trailing zeros kept up to this many. Default 0 (2 for percent). */
  readonly minDecimals?: number | undefined;
}

const MAX_DECIMALS = 20;

function checkDecimals(option: string, value: number): number {
  if (!Number.isInteger(value) || value < 0 || value > MAX_DECIMALS) {
    throw new FormatOptionError(option, value, `bilangan bulat 0–${MAX_DECIMALS}`);
  }
  return value;
}

/** Resolve `decimals` / `minDecimals` with their defaults, checking both. */
export function resolveDecimals(
  opts: { readonly decimals?: number | undefined; readonly minDecimals?: number | undefined } | undefined,
  defaultMax: number,
  defaultMin: number,
): { max: number; min: number } {
  const max = checkDecimals('decimals', opts?.decimals ?? defaultMax);
  const min = checkDecimals('minDecimals', opts?.minDecimals ?? Math.min(defaultMin, max));
  if (min > max) throw new FormatOptionError('minDecimals', min, `tidak boleh melebihi decimals (${max})`);
  return { max, min };
}

const cache = new Map<string, Intl.NumberFormat>();

/** A cached `Intl.NumberFormat` for a locale and decimal range; never prints "-0". */
export function numberFormatter(
  locale: Locale,
  min: number,
  max: number,
  grouping = true,
): Intl.NumberFormat {
  const key = `${locale}|${min}|${max}|${grouping}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.NumberFormat(INTL_LOCALE[locale], {
      minimumFractionDigits: min,
      maximumFractionDigits: max,
      useGrouping: grouping,
      signDisplay: 'negative',
    });
    cache.set(key, f);
  }
  return f;
}

/**
 * Round `value` to `decimals` exactly as `Intl.NumberFormat` does when it prints it, and return the number shown.
 * Used to decide, before printing, whether a rounded value crosses a unit boundary (999,95 rb → 1.000 rb → 1 jt).
 */
export function intlRound(value: number, decimals: number): number {
  const shown = Number(numberFormatter('en', 0, decimals, false).format(value));
  return shown === 0 ? 0 : shown;
}

/** True for a number that can be printed: not null/undefined, not NaN, not ±Infinity. */
export function isPrintable(value: number | null | undefined): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

/**
 * Format a number with the locale's grouping and decimal marks.
 *
 * - `null`, `undefined`, `NaN` and ±`Infinity` give {@link MISSING_TEXT} (a division by zero is not a value to show).
 * - At most `decimals` (default 2) decimals, at least `minDecimals` (default 0); `-0` and negatives that round to
 *   zero print as "0".
 *
 * @example formatNumber(1234.5) // '1.234,5'
 * @example formatNumber(1234.5, { locale: 'en' }) // '1,234.5'
 * @example formatNumber(4, { minDecimals: 1 }) // '4,0'
 */
export function formatNumber(value: number | null | undefined, opts?: NumberFormatOptions): string {
  const locale = resolveLocale(opts?.locale);
  const { max, min } = resolveDecimals(opts, 2, 0);
  if (!isPrintable(value)) return MISSING_TEXT[locale];
  return numberFormatter(locale, min, max).format(value);
}

/** Options of {@link formatPercent}. */
export interface PercentFormatOptions extends NumberFormatOptions {}

/**
 * Format a value that is already in percent (4.23 means 4,23 %) with a percent sign and no space, as BPS prints it.
 * Decimals are fixed: `decimals` (default 2) unless `minDecimals` is lowered.
 *
 * @example formatPercent(4.23) // '4,23%'
 * @example formatPercent(4.2) // '4,20%'
 * @example formatPercent(4.23, { locale: 'en' }) // '4.23%'
 */
export function formatPercent(value: number | null | undefined, opts?: PercentFormatOptions): string {
  const locale = resolveLocale(opts?.locale);
  const decimals = checkDecimals('decimals', opts?.decimals ?? 2);
  const { max, min } = resolveDecimals(
    { decimals, minDecimals: opts?.minDecimals ?? decimals },
    decimals,
    decimals,
  );
  if (!isPrintable(value)) return MISSING_TEXT[locale];
  return `${numberFormatter(locale, min, max).format(value)}%`;
}
