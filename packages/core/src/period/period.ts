/**
 * Periods: a year, a semester, a triwulan (quarter) or a month.
 *
 * The canonical text form is the key used in every table: `2025`, `2025-S1`, `2025-Q2`, `2025-06`.
 * Parsing also accepts common Indonesian spellings ("Triwulan II 2025", "TW2 2025", "Semester I 2025").
 */

/** The granularity of a period. */
export type PeriodKind = 'year' | 'semester' | 'quarter' | 'month';

/** A parsed period. `index` is 1-based within the year (1 for a year, 1–2 semester, 1–4 quarter, 1–12 month). */
export interface Period {
  readonly kind: PeriodKind;
  readonly year: number;
  readonly index: number;
}

/** Number of sub-periods of each kind in a year. */
export const PERIODS_PER_YEAR: Readonly<Record<PeriodKind, number>> = {
  year: 1,
  semester: 2,
  quarter: 4,
  month: 12,
};

/** Months covered by one period of each kind. */
const MONTHS: Readonly<Record<PeriodKind, number>> = { year: 12, semester: 6, quarter: 3, month: 1 };

/** Thrown when a period cannot be parsed. Carries the offending input. */
export class PeriodParseError extends Error {
  /** The text that could not be parsed. */
  readonly input: unknown;
  constructor(input: unknown, detail: string) {
    super(`Periode tidak dikenali: ${JSON.stringify(input)} (${detail})`);
    this.name = 'PeriodParseError';
    this.input = input;
  }
}

const ROMAN: Readonly<Record<string, number>> = { I: 1, II: 2, III: 3, IV: 4 };
const MIN_YEAR = 1900;
const MAX_YEAR = 2200;

function checkYear(input: unknown, year: number): number {
  if (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR) {
    throw new PeriodParseError(input, `tahun harus antara ${MIN_YEAR} dan ${MAX_YEAR}`);
  }
  return year;
}

function make(input: unknown, kind: PeriodKind, year: number, index: number): Period {
  checkYear(input, year);
  if (!Number.isInteger(index) || index < 1 || index > PERIODS_PER_YEAR[kind]) {
    throw new PeriodParseError(input, `indeks ${kind} harus 1–${PERIODS_PER_YEAR[kind]}`);
  }
  return { kind, year, index };
}

function subIndex(token: string): number {
  const upper = token.toUpperCase();
  return ROMAN[upper] ?? Number(upper);
}

/**
 * Parse a period from its canonical form or a common Indonesian/English spelling.
 * A number is read as a year. Throws {@link PeriodParseError} on anything else.
 *
 * @example parsePeriod('2025-Q2') // { kind: 'quarter', year: 2025, index: 2 }
 * @example parsePeriod('Triwulan II 2025') // same
 */
export function parsePeriod(input: unknown): Period {
  if (typeof input === 'number') return make(input, 'year', input, 1);
  if (typeof input !== 'string') throw new PeriodParseError(input, 'harus teks atau angka tahun');
  const s = input.trim();
  let m = /^(\d{4})$/.exec(s);
  if (m) return make(input, 'year', Number(m[1]), 1);
  m = /^(\d{4})-?(Q|TW|T)([1-4])$/i.exec(s);
  if (m) return make(input, 'quarter', Number(m[1]), Number(m[3]));
  m = /^(\d{4})-?S([12])$/i.exec(s);
  if (m) return make(input, 'semester', Number(m[1]), Number(m[2]));
  m = /^(\d{4})-(\d{2})$/.exec(s);
  if (m) return make(input, 'month', Number(m[1]), Number(m[2]));
  m = /^(?:triwulan|tw|quarter|q)\s*-?\s*(I{1,3}|IV|[1-4])\s+(\d{4})$/i.exec(s);
  if (m) return make(input, 'quarter', Number(m[2]), subIndex(m[1]!));
  m = /^(?:semester|smt|s)\s*-?\s*(I{1,2}|[12])\s+(\d{4})$/i.exec(s);
  if (m) return make(input, 'semester', Number(m[2]), subIndex(m[1]!));
  throw new PeriodParseError(
    input,
    'format yang diterima: 2025, 2025-S1, 2025-Q2, 2025-06, "Triwulan II 2025"',
  );
}

/** Like {@link parsePeriod} but returns `null` instead of throwing. */
export function tryParsePeriod(input: unknown): Period | null {
  try {
    return parsePeriod(input);
  } catch {
    return null;
  }
}

/** The canonical key of a period: `2025`, `2025-S1`, `2025-Q2`, `2025-06`. */
export function periodKey(p: Period): string {
  switch (p.kind) {
    case 'year':
      return String(p.year);
    case 'semester':
      return `${p.year}-S${p.index}`;
    case 'quarter':
      return `${p.year}-Q${p.index}`;
    case 'month':
      return `${p.year}-${String(p.index).padStart(2, '0')}`;
  }
}

/** Normalise any accepted spelling to the canonical key. Throws on unparseable input. */
export function normalizePeriod(input: unknown): string {
  return periodKey(parsePeriod(input));
}

/** First month (1–12) covered by the period. */
export function startMonth(p: Period): number {
  return (p.index - 1) * MONTHS[p.kind] + 1;
}

/** Last month (1–12) covered by the period. */
export function endMonth(p: Period): number {
  return p.index * MONTHS[p.kind];
}

/**
 * A sortable ordinal: by end month, then by length, shorter first — so a month sorts before the triwulan it ends,
 * and Triwulan IV before its year.
 */
export function periodOrdinal(p: Period): number {
  return (p.year * 12 + endMonth(p)) * 16 + MONTHS[p.kind];
}

/** Compare two periods chronologically by their end; ties broken so a sub-period sorts before its year. */
export function comparePeriods(a: Period, b: Period): number {
  return periodOrdinal(a) - periodOrdinal(b);
}

/** The period of the same kind immediately before `p` (Q1 2025 → Q4 2024). */
export function previousPeriod(p: Period): Period {
  if (p.index > 1) return { kind: p.kind, year: p.year, index: p.index - 1 };
  return { kind: p.kind, year: p.year - 1, index: PERIODS_PER_YEAR[p.kind] };
}

/** The period of the same kind immediately after `p`. */
export function nextPeriod(p: Period): Period {
  if (p.index < PERIODS_PER_YEAR[p.kind]) return { kind: p.kind, year: p.year, index: p.index + 1 };
  return { kind: p.kind, year: p.year + 1, index: 1 };
}

/** The same sub-period one year earlier (Q2 2025 → Q2 2024): the usual year-on-year comparison. */
export function sameQuarterLastYear(p: Period): Period {
  return { kind: p.kind, year: p.year - 1, index: p.index };
}

/** True when `inner` lies entirely within `outer` (a quarter within its year, a month within its quarter …). */
export function periodContains(outer: Period, inner: Period): boolean {
  return (
    outer.year === inner.year && startMonth(outer) <= startMonth(inner) && endMonth(inner) <= endMonth(outer)
  );
}

/**
 * Share of the year elapsed at the end of `p`: 0.25 / 0.5 / 0.75 / 1 for triwulan I–IV, 0.5 / 1 for semesters,
 * month / 12 for months, 1 for a year. Used for the pro-rata share of an annual target.
 */
export function yearFraction(p: Period): number {
  return endMonth(p) / 12;
}

/** The year period containing `p`. */
export function yearOf(p: Period): Period {
  return { kind: 'year', year: p.year, index: 1 };
}

/** All periods of `kind` within a year, in order. */
export function periodsOfYear(year: number, kind: PeriodKind): Period[] {
  return Array.from({ length: PERIODS_PER_YEAR[kind] }, (_, i) => ({ kind, year, index: i + 1 }));
}
