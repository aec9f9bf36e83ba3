/**
 * Period labels: "2025", "Semester I 2025", "Triwulan II 2025", "Juni 2025" (short: "S1 2025", "TW II 2025",
 * "Jun 2025"); English "H1 2025", "Q2 2025", "June 2025" (short "Jun 2025").
 */

import { type Period, parsePeriod, periodKey } from '../period/period.ts';
import { type BaseFormatOptions, INTL_LOCALE, type Locale, resolveLocale, spaceOf } from './locale.ts';

/** Options of {@link formatPeriod}. */
export interface PeriodFormatOptions extends BaseFormatOptions {
  /** `'long'` (default): "Triwulan II 2025"; `'short'`: "TW II 2025". */
  readonly style?: 'long' | 'short' | undefined;
}

const ROMAN = ['I', 'II', 'III', 'IV'] as const;

const monthCache = new Map<string, Intl.DateTimeFormat>();

/** The month name from `Intl` ("Juni" / "Jun" / "June"), from a UTC date so no time zone can shift it. */
export function monthName(month: number, locale: Locale, style: 'long' | 'short'): string {
  const key = `${locale}|${style}`;
  let f = monthCache.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(INTL_LOCALE[locale], { month: style, timeZone: 'UTC' });
    monthCache.set(key, f);
  }
  return f.format(new Date(Date.UTC(2000, month - 1, 15)));
}

/**
 * Label a period. Accepts a {@link Period} or anything {@link parsePeriod} reads ("2025-Q2", "TW2 2025" …); throws
 * its `PeriodParseError` on text that is not a period.
 *
 * @example formatPeriod('2025-Q2') // 'Triwulan II 2025'
 * @example formatPeriod('2025-S1', { style: 'short' }) // 'S1 2025'
 * @example formatPeriod('2025-06', { locale: 'en' }) // 'June 2025'
 */
export function formatPeriod(period: string | Period, opts?: PeriodFormatOptions): string {
  const locale = resolveLocale(opts?.locale);
  const style = opts?.style ?? 'long';
  // A Period object is re-validated through the parser: a hand-built `{kind:'quarter', index: 7}` must not print.
  const p = parsePeriod(typeof period === 'string' ? period : periodKey(period));
  const sp = spaceOf(opts);
  switch (p.kind) {
    case 'year':
      return String(p.year);
    case 'semester':
      if (locale === 'en') return `H${p.index}${sp}${p.year}`;
      return style === 'long'
        ? `Semester${sp}${ROMAN[p.index - 1]}${sp}${p.year}`
        : `S${p.index}${sp}${p.year}`;
    case 'quarter':
      if (locale === 'en') return `Q${p.index}${sp}${p.year}`;
      return `${style === 'long' ? 'Triwulan' : 'TW'}${sp}${ROMAN[p.index - 1]}${sp}${p.year}`;
    case 'month':
      return `${monthName(p.index, locale, style)}${sp}${p.year}`;
  }
}

/**
 * Label a span of periods of one kind within one year: "Triwulan I–III 2024", "Januari–Maret 2025", "Semester I–II
 * 2025" (English "Q1–Q3 2024", "January–March 2025", "H1–H2 2025"); a single period as {@link formatPeriod}. The
 * like-for-like comparison of a partial year says "dibanding Triwulan I–III 2024" with it.
 *
 * @throws PeriodParseError on text that is not a period; RangeError when the two differ in kind or year, or the
 *   first comes after the last.
 * @example formatPeriodSpan('2024-Q1', '2024-Q3') // 'Triwulan I–III 2024'
 */
export function formatPeriodSpan(
  first: string | Period,
  last: string | Period,
  opts?: PeriodFormatOptions,
): string {
  const a = parsePeriod(typeof first === 'string' ? first : periodKey(first));
  const b = parsePeriod(typeof last === 'string' ? last : periodKey(last));
  if (a.kind !== b.kind || a.year !== b.year || a.index > b.index) {
    throw new RangeError(`rentang periode tidak valid: ${periodKey(a)} – ${periodKey(b)}`);
  }
  if (a.index === b.index) return formatPeriod(a, opts);
  const locale = resolveLocale(opts?.locale);
  const style = opts?.style ?? 'long';
  const sp = spaceOf(opts);
  switch (a.kind) {
    case 'year':
      return String(a.year);
    case 'semester':
      if (locale === 'en') return `H${a.index}–H${b.index}${sp}${a.year}`;
      return `${style === 'long' ? 'Semester' : 'S'}${sp}${ROMAN[a.index - 1]}–${ROMAN[b.index - 1]}${sp}${a.year}`;
    case 'quarter':
      if (locale === 'en') return `Q${a.index}–Q${b.index}${sp}${a.year}`;
      return `${style === 'long' ? 'Triwulan' : 'TW'}${sp}${ROMAN[a.index - 1]}–${ROMAN[b.index - 1]}${sp}${a.year}`;
    case 'month':
      return `${monthName(a.index, locale, style)}–${monthName(b.index, locale, style)}${sp}${a.year}`;
  }
}

/**
 * The span from the start of a year to the end of `last`, labelled: "Triwulan I–III 2024" for `2024-Q3`, "Januari–
 * Juni 2025" for `2025-06`, "Semester I 2025" for `2025-S1`. The label of a partial year ("s.d. Triwulan III") and of
 * its like-for-like comparison.
 */
export function formatPeriodToDate(last: string | Period, opts?: PeriodFormatOptions): string {
  const b = parsePeriod(typeof last === 'string' ? last : periodKey(last));
  return formatPeriodSpan({ kind: b.kind, year: b.year, index: 1 }, b, opts);
}
