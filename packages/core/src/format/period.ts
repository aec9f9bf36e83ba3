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
