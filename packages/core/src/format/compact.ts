/**
 * Compact numbers: ribu / juta / miliar / triliun as `rb` / `jt` / `M` / `T` in Bahasa Indonesia ("25,6 T",
 * "1,2 jt", "12,3 rb"), `K` / `M` / `B` / `T` in English ("25.6T", "1.2M").
 *
 * Spacing follows CLDR, as `Intl` prints these units: a space before the Indonesian abbreviation, none before the
 * English one. The unit is chosen here rather than by `Intl`'s `notation: 'compact'`, whose thresholds and default
 * precision differ between ICU versions (browser and Node would disagree); the digits are still `Intl`'s.
 */

import { type BaseFormatOptions, type Locale, MISSING_TEXT, resolveLocale, spaceOf } from './locale.ts';
import { intlRound, isPrintable, numberFormatter, resolveDecimals } from './number.ts';

/** One compact unit: its power of ten and its abbreviation. */
export interface CompactUnit {
  /** 10^3, 10^6, 10^9 or 10^12. */
  readonly scale: number;
  /** Abbreviation shown after the number. */
  readonly suffix: string;
}

/** The compact units per locale, smallest first, and whether a space separates number and suffix. */
export const COMPACT_UNITS: Readonly<
  Record<Locale, { readonly units: readonly CompactUnit[]; readonly spaced: boolean }>
> = {
  id: {
    units: [
      { scale: 1e3, suffix: 'rb' },
      { scale: 1e6, suffix: 'jt' },
      { scale: 1e9, suffix: 'M' },
      { scale: 1e12, suffix: 'T' },
    ],
    spaced: true,
  },
  en: {
    units: [
      { scale: 1e3, suffix: 'K' },
      { scale: 1e6, suffix: 'M' },
      { scale: 1e9, suffix: 'B' },
      { scale: 1e12, suffix: 'T' },
    ],
    spaced: false,
  },
};

/** Options of {@link formatCompact}. */
export interface CompactFormatOptions extends BaseFormatOptions {
  /** Maximum decimals of the scaled number; default 1. */
  readonly decimals?: number | undefined;
  /** Minimum decimals of the scaled number; default 0 ("1 jt", not "1,0 jt"). */
  readonly minDecimals?: number | undefined;
}

/** The scaled, rounded number and the unit chosen for a value (unit `null`: shown as is). */
export interface CompactParts {
  readonly scaled: number;
  readonly unit: CompactUnit | null;
}

/**
 * Choose the unit for `value` after rounding: the largest unit not above |value|, moved up one when rounding reaches
 * 1.000 of it (999.950 → 1.000,0 rb → "1 jt"). Above the largest unit the number grows ("1.500 T").
 */
export function compactParts(value: number, locale: Locale, decimals: number): CompactParts {
  const { units } = COMPACT_UNITS[locale];
  const abs = Math.abs(value);
  let i = -1;
  for (let j = 0; j < units.length; j++) if (abs >= units[j]!.scale) i = j;
  for (;;) {
    const scale = i < 0 ? 1 : units[i]!.scale;
    const scaled = intlRound(value / scale, decimals);
    if (Math.abs(scaled) >= 1000 && i < units.length - 1) {
      i += 1;
      continue;
    }
    return { scaled, unit: i < 0 ? null : units[i]! };
  }
}

/**
 * Format a number compactly. Values below 1.000 (after rounding) keep no unit; negatives keep their sign.
 *
 * @example formatCompact(25_600_000_000_000) // '25,6 T'
 * @example formatCompact(1_234_567) // '1,2 jt'
 * @example formatCompact(999_950) // '1 jt'
 * @example formatCompact(25_600_000_000_000, { locale: 'en' }) // '25.6T'
 */
export function formatCompact(value: number | null | undefined, opts?: CompactFormatOptions): string {
  const locale = resolveLocale(opts?.locale);
  const { max, min } = resolveDecimals(opts, 1, 0);
  if (!isPrintable(value)) return MISSING_TEXT[locale];
  const { scaled, unit } = compactParts(value, locale, max);
  const digits = numberFormatter(locale, min, max).format(scaled);
  if (!unit) return digits;
  return `${digits}${COMPACT_UNITS[locale].spaced ? spaceOf(opts) : ''}${unit.suffix}`;
}
