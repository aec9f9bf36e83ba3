/**
 * A CSV column declared numeric, stored as a `Float64Array` while it is read: plain numbers (`-12`, `4.23`, or
 * `4,23` in the `id` format) are converted straight from the characters, without making a string per cell.
 * Anything else — empty cells, thousands separators, exponents, text — is kept as received text (or null) beside
 * the array, for the validator to coerce and report as usual. With no declared format, a decimal point or comma is
 * read where it can only be a decimal mark, and counted as evidence of the column's format; an ambiguous cell
 * (`1.234`: one separator, three digits after it) is kept as text for the validator to decide.
 */
import type { FormatEvidence } from '../validate/numbers.ts';
import type { NumberFormat } from '../validate/spec.ts';

const POW10 = Array.from({ length: 23 }, (_, k) => 10 ** k);

/**
 * The number written in `text[start, end)` when it is a plain decimal (optional sign, digits, optionally the
 * format's decimal mark and digits, at most 15 digits), else `NaN`. Computed as an integer mantissa divided by a
 * power of ten — both exact doubles — so the result is correctly rounded, i.e. equal to `Number(text)`.
 */
export function plainNumberAt(text: string, start: number, end: number, decimalMark: number): number {
  let i = start;
  let negative = false;
  const first = text.charCodeAt(i);
  if (first === 45 || first === 43) {
    negative = first === 45;
    i++;
  }
  let mantissa = 0;
  let digits = 0;
  let scale = -1;
  for (; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      mantissa = mantissa * 10 + (c - 48);
      digits++;
      if (scale >= 0) scale++;
    } else if (c === decimalMark && scale < 0) scale = 0;
    else return Number.NaN;
  }
  if (digits === 0 || digits > 15 || scale === 0) return Number.NaN;
  // `,5` is not an `id` number (the integer part is required there); `.5` is an `en` one.
  if (scale === digits && decimalMark === 44) return Number.NaN;
  const value = scale > 0 ? mantissa / POW10[scale]! : mantissa;
  return negative ? -value : value;
}

/**
 * The number in `text[start, end)` when the column's format is not declared: a plain integer, or a decimal with
 * one `.` or `,` that can only be a decimal mark — counted in `evidence` (`.` as `en`, `,` as `id`). `NaN` for
 * anything else, an ambiguous cell included (one separator, exactly three digits after it, one to three digits
 * before it, the first not 0: `1.234` is 1234 in `id` and 1.234 in `en`).
 */
export function plainNumberAnyAt(text: string, start: number, end: number, evidence: FormatEvidence): number {
  let i = start;
  let negative = false;
  const first = text.charCodeAt(i);
  if (first === 45 || first === 43) {
    negative = first === 45;
    i++;
  }
  let mantissa = 0;
  let digits = 0;
  let whole = 0;
  let leading = 0;
  let scale = -1;
  let mark = 0;
  for (; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      mantissa = mantissa * 10 + (c - 48);
      digits++;
      if (scale >= 0) scale++;
      else if (whole++ === 0) leading = c;
    } else if ((c === 44 || c === 46) && scale < 0) {
      scale = 0;
      mark = c;
    } else return Number.NaN;
  }
  if (digits === 0 || digits > 15 || scale === 0) return Number.NaN;
  if (mark !== 0) {
    if (scale === 3 && whole >= 1 && whole <= 3 && leading !== 48) return Number.NaN;
    if (mark === 44) {
      if (whole === 0) return Number.NaN;
      evidence.id++;
    } else evidence.en++;
  }
  const value = scale > 0 ? mantissa / POW10[scale]! : mantissa;
  return negative ? -value : value;
}

/** A numeric CSV column being built; also a raw column (`length`, `at`, `toArray`, `nullCount`) for validation. */
export class NumericCsvColumn {
  private values = new Float64Array(1024);
  /** Cells that are not plain numbers: row → received text, or null for an empty cell. */
  private readonly exceptions = new Map<number, string | null>();
  length = 0;
  /** The declared format's decimal mark (`,` 44 or `.` 46), or 0 when the format is not declared. */
  readonly decimalMark: number;
  /** With no declared format: how many cells were read as numbers of one format only (`4,23`: id; `4.23`: en). */
  readonly formatEvidence: FormatEvidence = { id: 0, en: 0 };

  constructor(format: NumberFormat | null) {
    this.decimalMark = format === 'id' ? 44 : format === 'en' ? 46 : 0;
  }

  private grow(row: number): void {
    if (row >= this.values.length) {
      const bigger = new Float64Array(Math.max(row + 1, this.values.length * 2));
      bigger.set(this.values);
      this.values = bigger;
    }
    if (row >= this.length) this.length = row + 1;
  }

  /** Set the cell at `row` from `text[start, end)` (an unquoted cell). */
  setSlice(row: number, text: string, start: number, end: number): void {
    this.grow(row);
    if (this.exceptions.size > 0) this.exceptions.delete(row);
    if (end === start) {
      this.exceptions.set(row, null);
      return;
    }
    const n =
      this.decimalMark === 0
        ? plainNumberAnyAt(text, start, end, this.formatEvidence)
        : plainNumberAt(text, start, end, this.decimalMark);
    if (Number.isNaN(n)) this.exceptions.set(row, text.slice(start, end));
    else this.values[row] = n;
  }

  /** The received texts of the cells that are not plain numbers (for the validator's format inference). */
  texts(): IterableIterator<string | null> {
    return this.exceptions.values();
  }

  /** Set the cell at `row` to a received text (a quoted cell) or null. */
  setText(row: number, value: string | null): void {
    this.grow(row);
    this.exceptions.set(row, value);
  }

  /** Drop rows from `length` on (a blank line written and then not counted). */
  truncate(length: number): void {
    for (const row of this.exceptions.keys()) if (row >= length) this.exceptions.delete(row);
    this.length = length;
  }

  /** The value at `row`: a number, the received text of a non-plain cell, or null. */
  at(row: number): unknown {
    if (this.exceptions.size > 0 && this.exceptions.has(row)) return this.exceptions.get(row);
    return this.values[row];
  }

  /** Cells that are not plain numbers (the validator takes the typed-array path when there are none). */
  get nullCount(): number {
    return this.exceptions.size;
  }

  /** The numbers as a `Float64Array` of `length` (exception cells hold 0 there; check `nullCount`). */
  toArray(): Float64Array {
    return this.values.subarray(0, this.length);
  }
}
