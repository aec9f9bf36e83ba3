/**
 * The component chrome's words come from the `react` section of `@satata/core`'s text catalogs (one per locale);
 * this module only names them for the components.
 */
import { type Locale, type ReactTexts, textsFor } from '@satata/core';

/** A display locale: Bahasa Indonesia (the default) or English; the same union as `Locale` of `@satata/core`. */
export type SatataLocale = Locale;

/** Every word the components add themselves: the `react` section of a text catalog (`ReactTexts` of core). */
export type Messages = ReactTexts;

/** The chrome texts of a locale (Bahasa Indonesia for anything unknown). */
export function messagesFor(locale: SatataLocale): Messages {
  return textsFor(locale).react;
}
