/**
 * Locales, the missing-value text and bilingual labels shared by every formatter.
 *
 * Bahasa Indonesia is the default everywhere; English is an option.
 */

import type { LocalizedText } from '../schema/common.ts';

/** A display locale: `'id'` (Bahasa Indonesia, the default) or `'en'` (English). */
export type Locale = 'id' | 'en';

/** The locale used when none is given. */
export const DEFAULT_LOCALE: Locale = 'id';

/**
 * The text shown for a missing value (null, undefined, NaN, ±Infinity).
 *
 * Both locales use `'n/a'`, the convention DESIGN.md §3 fixes for a missing realisation ("A missing realisation is
 * 'n/a', never 0"). BPS tables print `...` for "data tidak tersedia", but in a dashboard card an ellipsis reads as
 * "still loading" or "text cut off", and `-` means "nil or zero" in BPS tables, which is exactly the confusion the
 * rule forbids; `t.a.` is not a sourced convention. Callers that want another text pass it to their own renderer.
 */
export const MISSING_TEXT: Readonly<Record<Locale, string>> = { id: 'n/a', en: 'n/a' };

/** Options every formatter accepts. */
export interface BaseFormatOptions {
  /** Display locale; default `'id'`. */
  readonly locale?: Locale | undefined;
  /**
   * Join the parts of a value ("Rp" and the amount, an amount and its unit) with a no-break space (U+00A0) instead of
   * a plain space, so HTML never wraps "Rp" onto its own line. Default `false`: plain U+0020, so strings compare
   * equal to what a person types.
   */
  readonly nbsp?: boolean | undefined;
}

/** Thrown when a formatter is given an option it cannot honour (unknown locale, negative decimals …). */
export class FormatOptionError extends RangeError {
  /** The option at fault. */
  readonly option: string;
  /** The value given for it. */
  readonly value: unknown;
  constructor(option: string, value: unknown, expected: string) {
    super(`Opsi format "${option}" tidak valid: ${JSON.stringify(value)} (${expected})`);
    this.name = 'FormatOptionError';
    this.option = option;
    this.value = value;
  }
}

/** The BCP 47 tag handed to `Intl` for each locale. */
export const INTL_LOCALE: Readonly<Record<Locale, string>> = { id: 'id-ID', en: 'en-US' };

/** Validate and default a locale option. Throws {@link FormatOptionError} on anything but `'id'` / `'en'`. */
export function resolveLocale(locale: Locale | undefined): Locale {
  if (locale === undefined) return DEFAULT_LOCALE;
  if (locale !== 'id' && locale !== 'en')
    throw new FormatOptionError('locale', locale, "harus 'id' atau 'en'");
  return locale;
}

/** The space used between the parts of a value under the given options. */
export function spaceOf(opts: BaseFormatOptions | undefined): string {
  return opts?.nbsp ? '\u00a0' : ' ';
}

/**
 * Replace the no-break and narrow no-break spaces `Intl` puts into its output (ICU writes "Rp\u00a01.250.000") with
 * `space`, so output does not depend on the ICU version's choice of space.
 */
export function normalizeSpaces(text: string, space = ' '): string {
  return text.replace(/[\u00a0\u202f\u2009]/g, space);
}

/**
 * Pick the text for a locale: English when asked for and present (non-empty), otherwise Bahasa Indonesia.
 *
 * @example localized({ id: 'Tidak ada data', en: 'No data' }, 'en') // 'No data'
 * @example localized({ id: 'Kemiskinan' }, 'en') // 'Kemiskinan'
 */
export function localized(text: Readonly<LocalizedText>, locale: Locale = DEFAULT_LOCALE): string {
  if (locale === 'en' && text.en !== undefined && text.en.trim() !== '') return text.en;
  return text.id;
}
