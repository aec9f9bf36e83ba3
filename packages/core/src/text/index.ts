/**
 * One text catalog per locale for every user-facing word (view models, charts, components, the dashboard): typed
 * by {@link TextCatalog}, so a text missing in a locale does not compile.
 * @module
 */
import type { Locale } from '../format/locale.ts';
import { EN_TEXTS } from './en.ts';
import { ID_TEXTS } from './id.ts';
import type { TextCatalog } from './types.ts';

export { EN_TEXTS } from './en.ts';
export { ID_TEXTS } from './id.ts';
export type {
  CardTexts,
  ChartTexts,
  CommonTexts,
  DashboardTexts,
  DistributionTexts,
  ErrorKind,
  MapTexts,
  PublishTexts,
  QualityTexts,
  ReactTexts,
  ScorecardTexts,
  TableTexts,
  TextCatalog,
  TrendTexts,
} from './types.ts';

/** The catalog of each locale. */
export const TEXTS: Readonly<Record<Locale, TextCatalog>> = { id: ID_TEXTS, en: EN_TEXTS };

/**
 * The catalog of a locale; Bahasa Indonesia for anything else (a widget never fails for want of words).
 *
 * @example textsFor('en').common.change.membaik // 'improving'
 */
export function textsFor(locale: Locale): TextCatalog {
  return TEXTS[locale] ?? ID_TEXTS;
}
