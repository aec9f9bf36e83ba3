import { endMonth, PERIODS_PER_YEAR, parsePeriod } from '../period/period.ts';
import type { Frequency } from '../schema/indicator.ts';

/** Months between two consecutive periods of each reporting frequency. */
export const FREQUENCY_MONTHS: Readonly<Record<Frequency, number>> = {
  bulanan: 1,
  triwulanan: 3,
  semesteran: 6,
  tahunan: 12,
};

/**
 * Default publication lag in months: how long after a period ends its data may reasonably take to appear.
 * Monthly 1, quarterly 2, half-yearly 3, yearly 6 (BPS publishes most annual city figures within the following
 * half year). Override per call with {@link StaleOptions.lagMonths}.
 */
export const DEFAULT_PUBLICATION_LAG: Readonly<Record<Frequency, number>> = {
  bulanan: 1,
  triwulanan: 2,
  semesteran: 3,
  tahunan: 6,
};

/** Options of {@link isStale} and {@link freshUntil}. */
export interface StaleOptions {
  /** Publication lag in months (default {@link DEFAULT_PUBLICATION_LAG} of the frequency). */
  readonly lagMonths?: number;
}

const JAKARTA_OFFSET_MS = 7 * 60 * 60 * 1000;

function jakartaDate(asOf: string | Date): { year: number; month: number; day: number } {
  const d =
    typeof asOf === 'string'
      ? new Date(/^\d{4}-\d{2}-\d{2}$/.test(asOf) ? `${asOf}T00:00:00+07:00` : asOf)
      : asOf;
  if (Number.isNaN(d.getTime())) throw new RangeError(`Tanggal tidak valid: ${JSON.stringify(String(asOf))}`);
  const j = new Date(d.getTime() + JAKARTA_OFFSET_MS);
  return { year: j.getUTCFullYear(), month: j.getUTCMonth() + 1, day: j.getUTCDate() };
}

/**
 * The last day (ISO `YYYY-MM-DD`, a calendar date in Asia/Jakarta) on which data whose latest period is
 * `lastPeriod` still counts as fresh: the end of the month that lies one reporting interval plus the publication
 * lag after the end of `lastPeriod`. By then the next period should have been published.
 *
 * @example freshUntil('triwulanan', '2025-Q2') // '2025-11-30': Q3 ends in September, + 2 months' lag
 * @example freshUntil('tahunan', '2024') // '2026-06-30': 2025 ends in December 2025, + 6 months' lag
 */
export function freshUntil(frequency: Frequency, lastPeriod: string, options: StaleOptions = {}): string {
  const p = parsePeriod(lastPeriod);
  const lag = options.lagMonths ?? DEFAULT_PUBLICATION_LAG[frequency];
  if (!Number.isInteger(lag) || lag < 0)
    throw new RangeError(`lagMonths harus bilangan bulat ≥ 0, bukan ${lag}`);
  const monthIndex = p.year * 12 + (endMonth(p) - 1) + FREQUENCY_MONTHS[frequency] + lag;
  const year = Math.floor(monthIndex / 12);
  const month = (monthIndex % 12) + 1;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, '0')}-${String(lastDay).padStart(2, '0')}`;
}

/**
 * True when data whose latest period is `lastPeriod` is older than its frequency allows on the date `asOf`
 * (read as a calendar date in Asia/Jakarta): `asOf` is after {@link freshUntil}. The rule: a period's data stays
 * fresh until the next period is due, i.e. one reporting interval after it ends plus the publication lag.
 *
 * @example isStale('triwulanan', '2025-Q2', '2025-11-30') // false
 * @example isStale('triwulanan', '2025-Q2', '2025-12-01') // true
 */
export function isStale(
  frequency: Frequency,
  lastPeriod: string,
  asOf: string | Date,
  options: StaleOptions = {},
): boolean {
  const until = freshUntil(frequency, lastPeriod, options);
  const d = jakartaDate(asOf);
  const today = `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
  return today > until;
}

/**
 * The last year complete as of a period (a year, or a sub-period of it): the year itself when the period is the year
 * or ends it (triwulan IV, semester II, December), else the year before. A yearly figure is shown "as of" a
 * sub-period only once its year is complete.
 *
 * @example completeYearAsOf('2025-Q2') // 2024
 * @example completeYearAsOf('2025-Q4') // 2025
 */
export function completeYearAsOf(periode: string): number {
  const p = parsePeriod(periode);
  return p.index === PERIODS_PER_YEAR[p.kind] ? p.year : p.year - 1;
}
