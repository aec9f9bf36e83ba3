/**
 * A CSV column declared numeric, stored as a `Float64Array` while it is read: plain numbers (`-12`, `4.23`, or
 * `4,23` in the `id` format) are converted straight from the characters, without making a string per cell.
 * Anything else — empty cells, thousands separators, exponents, text — is kept as received text (or null) beside
 * the array, for the validator to coerce and report as usual.
 */
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
  const value = scale > 0 ? mantissa / POW10[scale]! : mantissa;
  return negative ? -value : value;
}

/** A numeric CSV column being built; also a raw column (`length`, `at`, `toArray`, `nullCount`) for validation. */
export class NumericCsvColumn {
  private values = new Float64Array(1024);
  /** Cells that are not plain numbers: row → received text, or null for an empty cell. */
  private readonly exceptions = new Map<number, string | null>();
  length = 0;
  readonly decimalMark: number;

  constructor(format: NumberFormat) {
    this.decimalMark = format === 'id' ? 44 : 46;
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
    const n = plainNumberAt(text, start, end, this.decimalMark);
    if (Number.isNaN(n)) this.exceptions.set(row, text.slice(start, end));
    else this.values[row] = n;
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
