/** CSV sources: text (or bytes) parsed into columns, then validated by the dataset spec. */
import type { QualityIssue } from '@satata/core';
import { emptyRecord } from '../validate/raw.ts';
import type { DatasetSpec, ValidationContext } from '../validate/spec.ts';
import { validateTable } from '../validate/validate.ts';
import { decodeText, encodingIssue } from './content.ts';
import { type CsvColumn, parseCsv } from './csv-parse.ts';
import type { LoadedTable, Provenance } from './types.ts';

/** CSV reading options. */
export interface CsvOptions {
  /** `,`, `;` or tab; sniffed from the header line when not given. */
  readonly delimiter?: string;
  /**
   * The bytes' encoding when they are not UTF-8, e.g. `windows-1252` (an Excel export): used only when the bytes
   * are not valid UTF-8. Without one, invalid UTF-8 is one `source` issue naming the first bad byte.
   */
  readonly encoding?: string;
}

/**
 * Load CSV text or bytes (UTF-8, or the declared `encoding`; see {@link CsvOptions.encoding}). Numbers are read in
 * the dataset's `numberFormat` (`id`: `1.234,5`), or in the format each column's unambiguous values show; empty cells
 * are `null` (never 0), malformed records (wrong number of cells, an unclosed quote) are rejected and reported.
 */
export function loadCsv(
  input: string | Uint8Array,
  dataset: DatasetSpec,
  options: CsvOptions & { ctx?: ValidationContext; provenance?: Provenance } = {},
): LoadedTable {
  const decoded = typeof input === 'string' ? null : decodeText(input, options.encoding);
  const text = decoded ? decoded.text : (input as string);
  const badBytes = decoded ? encodingIssue(dataset.id, decoded) : null;
  const numeric = new Set(
    (dataset.columns ?? []).filter((c) => c.type === 'number' || c.type === 'integer').map((c) => c.name),
  );
  const parsed = parseCsv(text, {
    ...(options.delimiter ? { delimiter: options.delimiter } : {}),
    numeric,
    ...(dataset.numberFormat ? { numberFormat: dataset.numberFormat } : {}),
  });
  const sourceIssues: QualityIssue[] = parsed.issues.map((i) => ({
    code: 'source',
    severity: i.row === null ? 'warning' : 'error',
    source: dataset.id,
    row: i.row,
    field: null,
    value: null,
    expected: `baris CSV yang utuh (baris berkas ${i.line}: ${i.message})`,
  }));
  if (badBytes) sourceIssues.unshift(badBytes);
  const columns = emptyRecord<CsvColumn>();
  parsed.header.forEach((h, j) => {
    columns[h] = parsed.columns[j]!;
  });
  const { table, report } = validateTable(
    { length: parsed.rows, names: parsed.header, columns, sourceIssues },
    dataset,
    options.ctx,
  );
  return {
    table,
    report,
    meta: {
      kind: 'csv',
      dataset: dataset.id,
      ...options.provenance,
      columns: table.columnNames(),
      inputRows: parsed.rows,
      ...(decoded ? { encoding: decoded.encoding } : {}),
      csv: { delimiter: parsed.delimiter, bom: parsed.bom },
    },
  };
}
