/**
 * A CSV reader that writes straight into columns (no row objects): RFC 4180 quoting with `""` escapes and
 * newlines inside quotes, `\n` / `\r\n` / `\r` line ends, a UTF-8 BOM, `,` `;` or tab delimiters (given or
 * sniffed from the header line). Empty cells become `null`. Rows with the wrong number of cells are kept in place
 * (so row numbers stay right) and reported. Columns named in `numeric` are read into typed arrays
 * ({@link NumericCsvColumn}).
 */
import type { NumberFormat } from '../validate/spec.ts';
import { NumericCsvColumn } from './csv-numeric.ts';

/** A problem of one CSV record. `row` is the 0-based data row (the header is not a row); `line` is 1-based. */
export interface CsvRecordIssue {
  readonly row: number | null;
  readonly line: number;
  readonly message: string;
}

/** A parsed column: cell texts (null for empty), or a numeric column. */
export type CsvColumn = (string | null)[] | NumericCsvColumn;

/** The parsed CSV, column by column. */
export interface CsvColumns {
  readonly header: string[];
  readonly columns: CsvColumn[];
  readonly rows: number;
  readonly delimiter: string;
  readonly bom: boolean;
  readonly issues: CsvRecordIssue[];
}

/** Options of {@link parseCsv}. */
export interface CsvParseOptions {
  /** `,`, `;` or tab; sniffed from the header line when not given. */
  readonly delimiter?: string;
  /** Names of columns to read as numbers in `numberFormat` (the dataset's numeric fields). */
  readonly numeric?: ReadonlySet<string>;
  /** The declared number format; when absent, numeric columns read only what is unambiguous (see csv-numeric). */
  readonly numberFormat?: NumberFormat;
}

/** Delimiters the sniffer considers. */
export const CSV_DELIMITERS = [',', ';', '\t'] as const;

/** Pick the delimiter that occurs most often outside quotes in the first record (`,` on a tie or none). */
export function sniffDelimiter(text: string): string {
  const counts = new Map<string, number>(CSV_DELIMITERS.map((d) => [d, 0]));
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === '\n' || c === '\r')) break;
    else if (!quoted && counts.has(c)) counts.set(c, counts.get(c)! + 1);
  }
  let best = ',';
  let bestCount = 0;
  for (const [d, n] of counts) {
    if (n > bestCount) {
      best = d;
      bestCount = n;
    }
  }
  return best;
}

function uniqueHeader(names: (string | null)[], issues: CsvRecordIssue[]): string[] {
  const seen = new Map<string, number>();
  return names.map((raw, j) => {
    let name = raw?.trim() || `kolom_${j + 1}`;
    if (!raw?.trim())
      issues.push({ row: null, line: 1, message: `nama kolom ke-${j + 1} kosong; dinamai ${name}` });
    const n = seen.get(name) ?? 0;
    seen.set(name, n + 1);
    if (n > 0) {
      const renamed = `${name}_${n + 1}`;
      issues.push({ row: null, line: 1, message: `nama kolom ${name} berulang; dinamai ${renamed}` });
      name = renamed;
    }
    return name;
  });
}

/** Parse CSV text into columns. The first record is the header. */
export function parseCsv(input: string, options: CsvParseOptions = {}): CsvColumns {
  const bom = input.charCodeAt(0) === 0xfeff;
  const text = bom ? input.slice(1) : input;
  const delimiter = options.delimiter ?? sniffDelimiter(text);
  if (delimiter.length !== 1 || delimiter === '"' || delimiter === '\n' || delimiter === '\r') {
    throw new RangeError(
      `pemisah CSV harus satu karakter selain tanda kutip dan baris baru: ${JSON.stringify(delimiter)}`,
    );
  }
  const d = delimiter.charCodeAt(0);
  const n = text.length;
  const issues: CsvRecordIssue[] = [];
  let header: string[] | null = null;
  const headerCells: (string | null)[] = [];
  let texts: ((string | null)[] | null)[] = [];
  let nums: (NumericCsvColumn | null)[] = [];
  let width = 0;
  let rows = 0;
  let line = 1;
  let recordLine = 1;
  let recordProblem: string | null = null;
  let j = 0;
  let blankCandidate = true;
  let pos = 0;

  const put = (value: string | null) => {
    if (header === null) headerCells.push(value);
    else if (j < width) {
      const t = texts[j];
      if (t) t[rows] = value;
      else nums[j]!.setText(rows, value);
    }
    if (value !== null) blankCandidate = false;
    j++;
  };

  const endRecord = () => {
    if (j === 1 && blankCandidate && recordProblem === null) {
      if (header !== null) {
        const t = texts[0];
        if (t) t.length = rows;
        else nums[0]!.truncate(rows);
      }
      return;
    }
    if (header === null) {
      header = uniqueHeader(headerCells, issues);
      width = header.length;
      texts = header.map((h) => (options.numeric?.has(h) ? null : []));
      nums = header.map((h) =>
        options.numeric?.has(h) ? new NumericCsvColumn(options.numberFormat ?? null) : null,
      );
      return;
    }
    for (let k = j; k < width; k++) {
      const t = texts[k];
      if (t) t[rows] = null;
      else nums[k]!.setText(rows, null);
    }
    if (j !== width) {
      const msg = `${width} kolom, ditemukan ${j}`;
      recordProblem = recordProblem ? `${recordProblem}; ${msg}` : msg;
    }
    if (recordProblem !== null) issues.push({ row: rows, line: recordLine, message: recordProblem });
    rows++;
  };

  while (pos <= n) {
    if (pos < n && text.charCodeAt(pos) === 34) {
      let start = pos + 1;
      let parts = '';
      for (;;) {
        const q = text.indexOf('"', start);
        if (q < 0) {
          parts += text.slice(start);
          pos = n;
          recordProblem = 'tanda kutip tidak ditutup sampai akhir berkas (berkas terpotong?)';
          break;
        }
        if (text.charCodeAt(q + 1) === 34) {
          parts += text.slice(start, q + 1);
          start = q + 2;
          continue;
        }
        parts += text.slice(start, q);
        pos = q + 1;
        break;
      }
      for (let k = parts.indexOf('\n'); k >= 0; k = parts.indexOf('\n', k + 1)) line++;
      const after = pos;
      while (pos < n) {
        const c = text.charCodeAt(pos);
        if (c === d || c === 10 || c === 13) break;
        pos++;
      }
      if (pos > after) {
        parts += text.slice(after, pos);
        recordProblem = 'teks setelah tanda kutip penutup';
      }
      if (recordProblem !== null) blankCandidate = false;
      put(parts === '' ? null : parts);
    } else {
      const start = pos;
      while (pos < n) {
        const c = text.charCodeAt(pos);
        if (c === d || c === 10 || c === 13) break;
        pos++;
      }
      const num = header !== null && j < width ? nums[j] : null;
      if (num) {
        num.setSlice(rows, text, start, pos);
        if (pos > start) blankCandidate = false;
        j++;
      } else put(pos > start ? text.slice(start, pos) : null);
    }
    if (pos < n && text.charCodeAt(pos) === d) {
      pos++;
      blankCandidate = false;
      continue;
    }
    endRecord();
    j = 0;
    blankCandidate = true;
    recordProblem = null;
    if (pos >= n) break;
    pos += text.charCodeAt(pos) === 13 && text.charCodeAt(pos + 1) === 10 ? 2 : 1;
    line++;
    recordLine = line;
    if (pos >= n) break;
  }
  const columns: CsvColumn[] = (header ?? []).map((_, k) => {
    const t = texts[k];
    if (t) {
      t.length = rows;
      return t;
    }
    nums[k]!.truncate(rows);
    return nums[k]!;
  });
  return { header: header ?? [], columns, rows, delimiter, bom, issues };
}
