/**
 * Rupiah amounts: "Rp 25,6 T" (compact, the default) or "Rp 1.250.000" (in full).
 *
 * The sign goes before "Rp", as `Intl` writes IDR in id-ID: "-Rp 1.250.000".
 */

import { formatCompact } from './compact.ts';
import { type BaseFormatOptions, MISSING_TEXT, resolveLocale, spaceOf } from './locale.ts';
import { isPrintable, numberFormatter, resolveDecimals } from './number.ts';

/** Options of {@link formatRupiah}. */
export interface RupiahFormatOptions extends BaseFormatOptions {
  /** Compact units (rb / jt / M / T, or K / M / B / T in English). Default `true`. */
  readonly compact?: boolean | undefined;
  /** Maximum decimals: default 1 when compact, 0 in full. */
  readonly decimals?: number | undefined;
  /** Minimum decimals; default 0. */
  readonly minDecimals?: number | undefined;
}

/**
 * Format an amount in rupiah (the value is in rupiah, not thousands).
 *
 * @example formatRupiah(25_600_000_000_000) // 'Rp 25,6 T'
 * @example formatRupiah(1_250_000, { compact: false }) // 'Rp 1.250.000'
 * @example formatRupiah(25_600_000_000_000, { locale: 'en' }) // 'Rp 25.6T'
 */
export function formatRupiah(value: number | null | undefined, opts?: RupiahFormatOptions): string {
  const locale = resolveLocale(opts?.locale);
  const compact = opts?.compact ?? true;
  const { max, min } = resolveDecimals(opts, compact ? 1 : 0, 0);
  if (!isPrintable(value)) return MISSING_TEXT[locale];
  const magnitude = compact
    ? formatCompact(Math.abs(value), { locale, decimals: max, minDecimals: min, nbsp: opts?.nbsp })
    : numberFormatter(locale, min, max).format(Math.abs(value));
  const zero = magnitude === numberFormatter(locale, min, max).format(0);
  return `${value < 0 && !zero ? '-' : ''}Rp${spaceOf(opts)}${magnitude}`;
}
