import type { MissingReason } from '../engine/types.ts';
import {
  formatDate,
  formatNumber,
  formatPercent,
  formatPeriod,
  type Locale,
  MISSING_TEXT,
} from '../format/index.ts';
import { type TableTexts, textsFor } from '../text/index.ts';
import { type Bilingual, inBoth, missingReasonLabel } from './common.ts';

/**
 * What a table column holds, which decides how its cells are written:
 * `text` as is; `number` with id-ID digit grouping and the column's decimals; `percent` as a percentage;
 * `period` a period key written as "Triwulan II 2025"; `date` an ISO date written as "12 Agu 2025".
 */
export type ColumnKind = 'text' | 'number' | 'percent' | 'period' | 'date';

/** A column of a {@link DataTable}. */
export interface TableColumn {
  /** Key of the column in every row's `values`. */
  readonly key: string;
  readonly label: Bilingual;
  readonly kind: ColumnKind;
  /** Unit shown in the header ("Realisasi (%)"). */
  readonly satuan?: string;
  /** Decimals for `number` and `percent` columns. */
  readonly decimals?: number;
}

/**
 * A raw cell value: numbers stay numbers, a text in both locales is a {@link Bilingual}, a missing value is
 * `null` (never 0).
 */
export type CellValue = string | number | Bilingual | null;

/**
 * Why a table cell is empty: the engine's {@link MissingReason}, or `row-rejected` — the cell's own input row was
 * rejected by the data-quality checks (written "baris ditolak", never "tidak ada data").
 */
export type CellMissing = MissingReason | 'row-rejected';

/** A row of a {@link DataTable}: raw values by column key and, for every `null`, its reason where known. */
export interface TableRow {
  readonly values: Readonly<Record<string, CellValue>>;
  readonly missing: Readonly<Partial<Record<string, CellMissing>>>;
}

/**
 * The data-table alternative of a chart or card: what a screen-reader user reads instead of the picture, and what
 * CSV export writes. Plain data with raw values; {@link formatCell} writes a cell for display.
 */
export interface DataTable {
  readonly caption: Bilingual;
  readonly columns: readonly TableColumn[];
  readonly rows: readonly TableRow[];
}

/** A column label in both locales, from the text catalogs' table section. */
export function columnLabel(key: keyof TableTexts): Bilingual {
  return inBoth((l) => textsFor(l).table[key]);
}

/** Header text of a column in a locale, with its unit in brackets when it has one. */
export function columnHeader(column: TableColumn, locale: Locale = 'id'): string {
  const label = column.label[locale];
  return column.satuan ? `${label} (${column.satuan})` : label;
}

/**
 * Write one cell for display in a locale: id-ID numbers ("1.234,5"), percentages ("4,23%"), periods
 * ("Triwulan II 2025"), dates ("12 Agu 2025"). A missing value is written as the missing text followed by its
 * reason ("n/a (tidak ada target)"), never as 0.
 */
export function formatCell(row: TableRow, column: TableColumn, locale: Locale = 'id'): string {
  const v = row.values[column.key] ?? null;
  if (v === null) {
    const reason = row.missing[column.key];
    if (!reason) return MISSING_TEXT[locale];
    const why =
      reason === 'row-rejected' ? textsFor(locale).common.rowRejected : missingReasonLabel(reason, locale);
    return `${MISSING_TEXT[locale]} (${why})`;
  }
  if (typeof v === 'object') return v[locale];
  if (typeof v === 'string') {
    if (column.kind === 'period') return formatPeriod(v, { locale });
    if (column.kind === 'date') return formatDate(v, { locale });
    return v;
  }
  if (column.kind === 'percent') return formatPercent(v, { locale, decimals: column.decimals ?? 2 });
  return formatNumber(v, { locale, decimals: column.decimals });
}

/** Options of {@link toCsv}. */
export interface CsvOptions {
  /** Locale of the header row and of written periods and dates (default `id`). */
  readonly locale?: Locale;
  /**
   * How numbers are written (default `raw`):
   * - `raw`: the full-precision JavaScript number with `.` as the decimal point and no grouping (`1234.5`) — what
   *   spreadsheets and scripts re-read without loss, whatever their locale;
   * - `formatted`: as displayed in the locale (`"1.234,5"`), quoted because id-ID numbers contain the delimiter.
   */
  readonly numbers?: 'raw' | 'formatted';
  /**
   * The field separator (default `,`). Excel in a locale whose decimal mark is a comma (Indonesia's) splits CSV on
   * `;`: a file meant for it is written with `;` (best with `numbers: 'formatted'`, which that Excel reads as
   * numbers). Whatever the separator, a field holding either separator is quoted.
   */
  readonly delimiter?: ',' | ';';
}

/** A text cell starting like a spreadsheet formula (OWASP's CSV-injection list). */
const FORMULA_START = /^[=+\-@\t\r]/;
/** Characters that make a field need quotes: either separator, a quote, a tab or a line break. */
const NEEDS_QUOTES = /[",;\t\r\n]/;

function quote(field: string): string {
  return NEEDS_QUOTES.test(field) ? `"${field.replaceAll('"', '""')}"` : field;
}

function textField(text: string): string {
  // A text cell that starts like a spreadsheet formula is prefixed with ' so Excel shows it instead of running it.
  return quote(FORMULA_START.test(text) ? `'${text}` : text);
}

/**
 * Write a table as CSV (RFC 4180): a UTF-8 byte-order mark first (so Excel keeps "Triwulan", "Rp" and accented
 * names intact), `,` (or {@link CsvOptions.delimiter}) between fields, CRLF line ends. A field is quoted when it
 * holds a separator of either kind (`,` or `;`), `"`, a tab or a line break. A missing value is an empty field,
 * never 0. Text cells — headers, periods and dates included — that start with `=`, `+`, `-`, `@`, a tab or a
 * carriage return are prefixed with `'` against spreadsheet formula injection (OWASP); numbers stay numbers (a
 * negative number is written as a number, not prefixed) and follow {@link CsvOptions.numbers}.
 */
export function toCsv(table: DataTable, options: CsvOptions = {}): string {
  const locale = options.locale ?? 'id';
  const numbers = options.numbers ?? 'raw';
  const sep = options.delimiter ?? ',';
  const lines = [table.columns.map((c) => textField(columnHeader(c, locale))).join(sep)];
  for (const row of table.rows) {
    const fields = table.columns.map((column) => {
      const v = row.values[column.key] ?? null;
      if (v === null) return '';
      if (typeof v === 'number') {
        return numbers === 'raw' ? String(v) : quote(formatCell(row, column, locale));
      }
      if (typeof v === 'object') return textField(v[locale]);
      if (column.kind === 'period' || column.kind === 'date')
        return textField(formatCell(row, column, locale));
      return textField(v);
    });
    lines.push(fields.join(sep));
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
