/**
 * Calendar dates: "12 Agu 2025" / "12 Agustus 2025" (id), "Aug 12, 2025" / "August 12, 2025" (en).
 *
 * Dates are calendar dates in Asia/Jakarta (WIB, UTC+7), where Semarang is:
 * - a date-only text `2025-08-12` is that calendar date, whatever the machine's time zone;
 * - a date-time with `Z` or an offset is an instant, shown as its date in Jakarta (`2025-08-11T20:00:00Z` is
 *   12 August in Semarang);
 * - a date-time without an offset is read as Jakarta local time (never the machine's, which differs between a
 *   server and a visitor's browser);
 * - a `Date` is an instant.
 */

import {
  type BaseFormatOptions,
  INTL_LOCALE,
  type Locale,
  MISSING_TEXT,
  normalizeSpaces,
  resolveLocale,
  spaceOf,
} from './locale.ts';

/** The IANA time zone whose calendar dates are shown. */
export const DISPLAY_TIME_ZONE = 'Asia/Jakarta';

/** Thrown when a date text or `Date` is not a valid calendar date or instant. */
export class DateFormatError extends RangeError {
  /** The input that could not be read. */
  readonly input: unknown;
  constructor(input: unknown, detail: string) {
    super(
      `Tanggal tidak valid: ${input instanceof Date ? 'Invalid Date' : JSON.stringify(input)} (${detail})`,
    );
    this.name = 'DateFormatError';
    this.input = input;
  }
}

/** Options of {@link formatDate}. */
export interface DateFormatOptions extends BaseFormatOptions {
  /** `'short'` (default): "12 Agu 2025"; `'long'`: "12 Agustus 2025". */
  readonly style?: 'short' | 'long' | undefined;
}

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:?\d{2})?$/i;

function checkedUtc(input: unknown, y: number, mo: number, d: number, h = 0, mi = 0, s = 0, ms = 0): number {
  const t = Date.UTC(y, mo - 1, d, h, mi, s, ms);
  const back = new Date(t);
  if (
    back.getUTCFullYear() !== y ||
    back.getUTCMonth() !== mo - 1 ||
    back.getUTCDate() !== d ||
    h > 23 ||
    mi > 59 ||
    s > 59
  ) {
    throw new DateFormatError(input, 'tanggal atau jam di luar kalender');
  }
  return t;
}

/** A date to print: an instant (shown in Jakarta) or a calendar date (shown as is). */
type Resolved = { kind: 'instant'; time: number } | { kind: 'calendar'; time: number };

/**
 * Read an ISO 8601 date or date-time, or a `Date`, as described in the module comment. Throws
 * {@link DateFormatError} on text in another form, on impossible dates (2025-02-30) and on an invalid `Date`.
 */
function resolveDate(input: string | Date): Resolved {
  if (input instanceof Date) {
    const time = input.getTime();
    if (Number.isNaN(time)) throw new DateFormatError(input, 'objek Date tidak valid');
    return { kind: 'instant', time };
  }
  if (typeof input !== 'string') throw new DateFormatError(input, 'harus teks ISO 8601 atau Date');
  const s = input.trim();
  let m = DATE_ONLY.exec(s);
  if (m) return { kind: 'calendar', time: checkedUtc(input, Number(m[1]), Number(m[2]), Number(m[3])) };
  m = DATE_TIME.exec(s);
  if (!m) throw new DateFormatError(input, 'format yang diterima: 2025-08-12 atau 2025-08-12T10:00:00+07:00');
  const ms = m[7] ? Number(m[7].slice(0, 3).padEnd(3, '0')) : 0;
  const local = checkedUtc(
    input,
    Number(m[1]),
    Number(m[2]),
    Number(m[3]),
    Number(m[4]),
    Number(m[5]),
    Number(m[6] ?? 0),
    ms,
  );
  const zone = m[8];
  let offsetMinutes = 7 * 60; // no offset: Jakarta local time
  if (zone && zone.toUpperCase() === 'Z') offsetMinutes = 0;
  else if (zone) {
    const digits = zone.replace(':', '');
    const hh = Number(digits.slice(1, 3));
    const mm = Number(digits.slice(3, 5));
    if (hh > 14 || mm > 59) throw new DateFormatError(input, 'zona waktu di luar ±14:00');
    offsetMinutes = (digits[0] === '-' ? -1 : 1) * (hh * 60 + mm);
  }
  return { kind: 'instant', time: local - offsetMinutes * 60_000 };
}

const cache = new Map<string, Intl.DateTimeFormat>();

function dateFormatter(locale: Locale, style: 'short' | 'long', timeZone: string): Intl.DateTimeFormat {
  const key = `${locale}|${style}|${timeZone}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(INTL_LOCALE[locale], {
      day: 'numeric',
      month: style,
      year: 'numeric',
      timeZone,
    });
    cache.set(key, f);
  }
  return f;
}

/**
 * Format a calendar date. `null` / `undefined` give {@link MISSING_TEXT}; unreadable input throws
 * {@link DateFormatError}.
 *
 * @example formatDate('2025-08-12') // '12 Agu 2025'
 * @example formatDate('2025-08-12', { style: 'long' }) // '12 Agustus 2025'
 * @example formatDate('2025-08-12', { locale: 'en' }) // 'Aug 12, 2025'
 */
export function formatDate(iso: string | Date | null | undefined, opts?: DateFormatOptions): string {
  const locale = resolveLocale(opts?.locale);
  if (iso === null || iso === undefined) return MISSING_TEXT[locale];
  const r = resolveDate(iso);
  const tz = r.kind === 'instant' ? DISPLAY_TIME_ZONE : 'UTC';
  return normalizeSpaces(dateFormatter(locale, opts?.style ?? 'short', tz).format(r.time), spaceOf(opts));
}
