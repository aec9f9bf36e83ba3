/**
 * Turning a received value into a column's type. One coercer per column, built once; it returns the typed value
 * or a {@link Failure} saying which rule failed and what was expected (in Bahasa Indonesia).
 */
import type { QualityIssueCode } from '@satata/core';
import { isKodeWilayah, KODE_WILAYAH_EXPECTED, normalizePeriod } from '@satata/core';
import { ambiguousExpected, parseNumberText, readNumberText } from './numbers.ts';
import type { ColumnSpec, NumberFormat } from './spec.ts';

const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);

/** What an integer beyond ±(2^53 − 1) was expected to be. */
export const SAFE_INTEGER_TEXT = `bilangan bulat antara -${Number.MAX_SAFE_INTEGER} dan ${Number.MAX_SAFE_INTEGER} (yang dapat disimpan tepat sebagai angka)`;

/** Why a value was refused. Instances are shared per column, so coercion allocates nothing on failure. */
export class Failure {
  constructor(
    readonly code: QualityIssueCode,
    readonly expected: string,
  ) {}
}

/** Turns one received value into the column's typed value (or `null`), or returns a {@link Failure}. */
export type Coercer = (raw: unknown) => unknown;

/** Options that shape coercion of a column. */
export interface CoerceOptions {
  /**
   * How a number column's texts are read: the dataset's declared format, else the one the column's unambiguous
   * values decide, else `null` — each text then by its only reading, an ambiguous one refused.
   */
  readonly numberFormat: NumberFormat | null;
  readonly nullValues: ReadonlySet<string>;
}

/** True when a received value means "missing": null, undefined, an empty or blank text, or a declared null text. */
export function isMissing(raw: unknown, nullValues: ReadonlySet<string>): boolean {
  if (raw === null || raw === undefined) return true;
  if (typeof raw === 'string') {
    const t = raw.trim();
    return t === '' || nullValues.has(t);
  }
  return typeof raw === 'number' && Number.isNaN(raw);
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ][0-9:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/;
const ID_DATE = /^(\d{1,2})[/-](\d{1,2})[/-](\d{4})$/;

function isoDate(y: number, m: number, d: number): string | null {
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function numberCoercer(spec: ColumnSpec, opts: CoerceOptions): Coercer {
  const integer = spec.type === 'integer';
  const format = opts.numberFormat;
  const fmt = format === 'id' ? '1.234,5' : format === 'en' ? '1234.5' : '1.234,5 atau 1234.5';
  const nonNumeric = new Failure('non-numeric', `angka${integer ? ' bulat' : ''} (format ${fmt})`);
  const notInteger = new Failure('schema', 'angka bulat');
  const unsafe = new Failure('schema', SAFE_INTEGER_TEXT);
  const low = new Failure('schema', `angka ≥ ${spec.min}`);
  const high = new Failure('schema', `angka ≤ ${spec.max}`);
  const { min, max } = spec;
  return (raw) => {
    let n: number;
    if (typeof raw === 'number') n = raw;
    else if (typeof raw === 'string') {
      if (format) n = parseNumberText(raw, format);
      else {
        const r = readNumberText(raw);
        if (r.kind === 'ambiguous')
          return new Failure('ambiguous-number', ambiguousExpected(raw, r.id, r.en));
        n = r.kind === 'en' ? r.en : r.id;
      }
    } else if (typeof raw === 'bigint') {
      if (raw > MAX_SAFE || raw < -MAX_SAFE) return unsafe;
      n = Number(raw);
    } else return nonNumeric;
    if (!Number.isFinite(n)) return nonNumeric;
    if (integer && !Number.isInteger(n)) return notInteger;
    // Past 2^53 an integer is no longer exact (a JSON 9007199254740993 arrives as …992): never keep a rounded one.
    if (integer && !Number.isSafeInteger(n)) return unsafe;
    if (min !== undefined && n < min) return low;
    if (max !== undefined && n > max) return high;
    return n;
  };
}

function stringCoercer(spec: ColumnSpec): Coercer {
  const allowed = spec.values ? new Set(spec.values) : null;
  const pattern = spec.pattern !== undefined ? new RegExp(`^(?:${spec.pattern})$`) : null;
  const notAllowed = new Failure('schema', `salah satu dari ${(spec.values ?? []).join(', ')}`);
  const noMatch = new Failure('schema', `teks sesuai pola ${spec.pattern}`);
  const notText = new Failure('schema', 'teks');
  return (raw) => {
    let s: string;
    if (typeof raw === 'string') s = raw;
    else if (typeof raw === 'number' || typeof raw === 'bigint' || typeof raw === 'boolean') s = String(raw);
    else return notText;
    if (allowed && !allowed.has(s)) return notAllowed;
    if (pattern && !pattern.test(s)) return noMatch;
    return s;
  };
}

const TRUE_TEXT = new Set(['true', 'ya', 'y', '1', 'benar']);
const FALSE_TEXT = new Set(['false', 'tidak', 'n', '0', 'salah']);
/**
 * Single letters that mean opposite things in common exports: PostgreSQL writes true as `t` (false `f`), while
 * Indonesian forms write "Tidak" as `T` beside "Ya" as `Y`. Guessing would silently flip values, so they are
 * rejected with a message that says why.
 */
const AMBIGUOUS_TEXT = new Set(['t', 'f']);

function booleanCoercer(): Coercer {
  const fail = new Failure('schema', 'nilai logika (ya/tidak, true/false, 1/0)');
  const ambiguous = new Failure(
    'schema',
    'nilai logika yang tidak ambigu (ya/tidak, true/false, 1/0): "t"/"f" berarti true/false di PostgreSQL tetapi "T" berarti "Tidak" di formulir',
  );
  return (raw) => {
    if (typeof raw === 'boolean') return raw;
    if (raw === 1 || raw === 0) return raw === 1;
    if (typeof raw === 'string') {
      const t = raw.trim().toLowerCase();
      if (TRUE_TEXT.has(t)) return true;
      if (FALSE_TEXT.has(t)) return false;
      if (AMBIGUOUS_TEXT.has(t)) return ambiguous;
    }
    return fail;
  };
}

function dateCoercer(): Coercer {
  const fail = new Failure('schema', 'tanggal (2025-12-31 atau 31/12/2025)');
  return (raw) => {
    if (raw instanceof Date) return Number.isNaN(raw.getTime()) ? fail : raw.toISOString().slice(0, 10);
    if (typeof raw === 'number')
      return Number.isFinite(raw) ? new Date(raw).toISOString().slice(0, 10) : fail;
    if (typeof raw !== 'string') return fail;
    const s = raw.trim();
    let m = ISO_DATE.exec(s);
    if (m) return isoDate(Number(m[1]), Number(m[2]), Number(m[3])) ?? fail;
    m = ID_DATE.exec(s);
    if (m) return isoDate(Number(m[3]), Number(m[2]), Number(m[1])) ?? fail;
    return fail;
  };
}

function periodCoercer(): Coercer {
  const fail = new Failure(
    'unparseable-period',
    'periode seperti 2025, 2025-S1, 2025-Q2, 2025-06 atau Triwulan II 2025',
  );
  return (raw) => {
    if (typeof raw !== 'string' && typeof raw !== 'number') return fail;
    try {
      return normalizePeriod(typeof raw === 'string' ? raw.trim() : raw);
    } catch {
      return fail;
    }
  };
}

function regionCoercer(): Coercer {
  const fail = new Failure('schema', KODE_WILAYAH_EXPECTED);
  return (raw) => {
    if (typeof raw !== 'string') return fail;
    const s = raw.trim();
    return isKodeWilayah(s) ? s : fail;
  };
}

/** Build the coercer of one column (the null check is done by the caller, before coercion). */
export function coercerFor(spec: ColumnSpec, opts: CoerceOptions): Coercer {
  switch (spec.type) {
    case 'number':
    case 'integer':
      return numberCoercer(spec, opts);
    case 'string':
      return stringCoercer(spec);
    case 'boolean':
      return booleanCoercer();
    case 'date':
      return dateCoercer();
    case 'period':
      return periodCoercer();
    case 'region':
      return regionCoercer();
  }
}

/** True for column types whose values repeat a lot (codes, periods, flags), so coercion is memoised per value. */
export function isMemoisable(spec: ColumnSpec): boolean {
  return spec.type === 'region' || spec.type === 'period' || spec.type === 'boolean' || spec.type === 'date';
}
