import { bandRank } from '../engine/category.ts';
import type { IndicatorResult, MissingReason, ResultCoverage } from '../engine/types.ts';
import { formatNumber, type Locale } from '../format/index.ts';
import { comparePeriods, type Period, parsePeriod } from '../period/period.ts';
import type { CategoryScale } from '../schema/category.ts';
import type { LocalizedText } from '../schema/common.ts';
import { ID_TEXTS, textsFor } from '../text/index.ts';

/** A text in every supported locale. View models carry both, so one snapshot serves Indonesian and English. */
export type Bilingual = Readonly<Record<Locale, string>>;

/** A {@link LocalizedText} with the English falling back to the Indonesian text. */
export function bilingual(text: LocalizedText): Bilingual {
  return { id: text.id, en: text.en ?? text.id };
}

/**
 * Thrown when a view model cannot be built from its input. Names the input row (index into the results given,
 * or null), the field and what was expected, so the caller can report it rather than drop it.
 */
export class ViewModelError extends Error {
  /** Index into the results passed to the builder, or null when the problem is not one row. */
  readonly row: number | null;
  /** The offending field. */
  readonly field: string;
  /** What was expected, in words (Bahasa Indonesia). */
  readonly expected: string;
  constructor(row: number | null, field: string, expected: string) {
    super(`Model tampilan tidak dapat dibuat: ${row === null ? '' : `baris ${row}, `}${field}: ${expected}`);
    this.name = 'ViewModelError';
    this.row = row;
    this.field = field;
    this.expected = expected;
  }
}

/** Every missing reason, in a stable order (the order of the engine's `MissingReason`). */
export const MISSING_REASONS: readonly MissingReason[] = Object.keys(
  ID_TEXTS.common.missingReasons,
) as MissingReason[];

/** Words for why a value is missing ("tidak ada target" / "no target"), from the locale's text catalog. */
export function missingReasonLabel(reason: MissingReason, locale: Locale = 'id'): string {
  return textsFor(locale).common.missingReasons[reason];
}

/** Label of a category key in a scale, in both locales; the key itself when the scale lacks it. */
export function categoryLabel(scale: CategoryScale, key: string | null): Bilingual | null {
  if (key === null) return null;
  const band = scale.bands.find((b) => b.key === key);
  return band ? bilingual(band.label) : { id: key, en: key };
}

/**
 * The tone of a category key in its scale, 0 (the best band) … 4 (the worst): its rank ({@link bandRank}) spread
 * over five tones, so scales with fewer or more bands still run from best to worst. Null for a missing key or one
 * the scale lacks. A view shows the tone beside the label (icon, colour), never instead of it.
 */
export function categoryTone(scale: CategoryScale, key: string | null): number | null {
  const i = bandRank(scale, key);
  if (i < 0) return null;
  const n = scale.bands.length;
  return n <= 1 ? 0 : Math.round((i * 4) / (n - 1));
}

/** Parse the period of every result once, failing with the row index when one is malformed. */
export function parsedPeriods(results: readonly IndicatorResult[]): Period[] {
  return results.map((r, i) => {
    try {
      return parsePeriod(r.periode);
    } catch {
      throw new ViewModelError(
        i,
        'periode',
        `kunci periode seperti 2025 atau 2025-Q2, bukan ${JSON.stringify(r.periode)}`,
      );
    }
  });
}

/** Results paired with their parsed period, sorted chronologically (a sub-period before its year). */
export function sortedByPeriod(
  results: readonly IndicatorResult[],
): { readonly result: IndicatorResult; readonly period: Period; readonly row: number }[] {
  const periods = parsedPeriods(results);
  return results
    .map((result, row) => ({ result, period: periods[row]!, row }))
    .sort((a, b) => comparePeriods(a.period, b.period) || a.row - b.row);
}

/** Join parts as a sentence list: "a, b dan c" / "a, b and c". */
export function joinList(parts: readonly string[], locale: Locale): string {
  if (parts.length <= 1) return parts.join('');
  const last = parts[parts.length - 1]!;
  return `${parts.slice(0, -1).join(', ')} ${textsFor(locale).common.and} ${last}`;
}

/** Build both locales' texts with one function of the locale. */
export function inBoth(make: (locale: Locale) => string): Bilingual {
  return { id: make('id'), en: make('en') };
}

/** Period keys sorted chronologically (a sub-period before its year). Throws on a malformed key. */
export function sortPeriodKeys(keys: Iterable<string>): string[] {
  return [...keys]
    .map((k) => {
      try {
        return { k, p: parsePeriod(k) };
      } catch {
        throw new ViewModelError(
          null,
          'periode',
          `kunci periode seperti 2025 atau 2025-Q2, bukan ${JSON.stringify(k)}`,
        );
      }
    })
    .sort((a, b) => comparePeriods(a.p, b.p))
    .map((x) => x.k);
}

/** "15 dari 16 kelurahan" / "15 of 16 kelurahan": a rolled-up region's children reported of those expected. */
export function coverageText(c: ResultCoverage, l: Locale): string {
  const n = (x: number) => formatNumber(x, { locale: l });
  const t = textsFor(l).common;
  return t.coverage(n(c.dilaporkan), n(c.diharapkan), t.levelPlural[c.tingkat]);
}
