/**
 * Reading numbers written as text. Indonesian sources write `1.234,5` (`id`), others `1,234.5` (`en`), and a text
 * such as `1.234` or `1,234` — one separator, three digits after it — is a valid number in both, 1000 times apart.
 * So a column's format is declared by the dataset (`numberFormat`) or inferred from the column's own unambiguous
 * values, and a value that stays ambiguous is reported with both readings, never turned into a number.
 *
 * Grouping must be well formed (groups of three after a first group of one to three digits that does not start
 * with 0), so in a declared format a number written in the other one is reported, never misread: in `id`, `4.23`
 * is refused; in `en`, `4,23` is.
 */
import type { NumberFormat } from './spec.ts';

const ID_NUMBER = /^[+-]?(?:[1-9]\d{0,2}(?:\.\d{3})+|\d+)(?:,\d+)?$/;
const EN_NUMBER = /^[+-]?(?:[1-9]\d{0,2}(?:,\d{3})+|\d+)(?:\.\d+)?(?:[eE][+-]?\d+)?$/;
const EN_FRACTION = /^[+-]?\.\d+$/;

/**
 * Parse `text` as a number in `format`; `NaN` when it is not one.
 * @example parseNumberText('1.234,5', 'id') // 1234.5
 * @example parseNumberText('4,23', 'id') // 4.23
 * @example parseNumberText('4,23', 'en') // NaN
 */
export function parseNumberText(text: string, format: NumberFormat): number {
  const s = text.trim();
  if (format === 'id') {
    if (!ID_NUMBER.test(s)) return Number.NaN;
    return Number(s.replaceAll('.', '').replace(',', '.'));
  }
  if (!EN_NUMBER.test(s) && !EN_FRACTION.test(s)) return Number.NaN;
  return Number(s.replaceAll(',', ''));
}

/**
 * What a text says about its number format:
 * - `plain`: the same number in both formats (`1234`, `-5`);
 * - `id` / `en`: a number in that format only (`4,23`, `1.234.567` / `4.23`, `1,234,567`, `0.125`);
 * - `ambiguous`: a different number in each (`1.234`, `12,345`);
 * - `none`: a number in neither.
 */
export type NumberTextKind = 'plain' | 'id' | 'en' | 'ambiguous' | 'none';

/** A text's readings in both formats (`NaN` where it is not a number in that format) and its {@link NumberTextKind}. */
export interface NumberReadings {
  readonly kind: NumberTextKind;
  readonly id: number;
  readonly en: number;
}

/** Read `text` in both formats. */
export function readNumberText(text: string): NumberReadings {
  const id = parseNumberText(text, 'id');
  const en = parseNumberText(text, 'en');
  const inId = !Number.isNaN(id);
  const inEn = !Number.isNaN(en);
  let kind: NumberTextKind;
  if (inId && inEn) kind = id === en ? 'plain' : 'ambiguous';
  else if (inId) kind = 'id';
  else if (inEn) kind = 'en';
  else kind = 'none';
  return { kind, id, en };
}

/** Counts of a column's texts that are numbers in one format only. */
export interface FormatEvidence {
  id: number;
  en: number;
}

/**
 * The format a column's evidence decides: `id` or `en` when its unambiguous values are all of that format, `null`
 * when it has none (or both kinds — a mixed column decides nothing).
 */
export function decidedFormat(evidence: FormatEvidence): NumberFormat | null {
  if (evidence.id > 0 && evidence.en === 0) return 'id';
  if (evidence.en > 0 && evidence.id === 0) return 'en';
  return null;
}

/** Gather the evidence of the texts of a column (values that are not strings say nothing). */
export function formatEvidence(
  values: Iterable<unknown>,
  into: FormatEvidence = { id: 0, en: 0 },
): FormatEvidence {
  for (const v of values) {
    if (typeof v !== 'string') continue;
    const { kind } = readNumberText(v);
    if (kind === 'id') into.id++;
    else if (kind === 'en') into.en++;
  }
  return into;
}

/** A number written the Indonesian way, without grouping (`1234`, `1,234`), for messages. */
function idText(n: number): string {
  return String(n).replace('.', ',');
}

/**
 * What an ambiguous text was expected to be, naming both readings (written the Indonesian way).
 * @example ambiguousExpected('1.234', 1234, 1.234)
 * // 'angka yang tidak ambigu: "1.234" terbaca 1234 dalam format id (1.234,5) atau 1,234 dalam format en (1234.5);
 * //  nyatakan numberFormat dataset'
 */
export function ambiguousExpected(text: string, id: number, en: number): string {
  return (
    `angka yang tidak ambigu: ${JSON.stringify(text.trim())} terbaca ${idText(id)} dalam format id (1.234,5) ` +
    `atau ${idText(en)} dalam format en (1234.5); nyatakan numberFormat dataset`
  );
}
