/**
 * Arrow IPC: the transport for big tables. Decoded with `aq.fromArrow` (columnar, zero-copy) and validated
 * column by column — numeric columns on their typed arrays, dictionary columns once per dictionary entry.
 */
import * as aq from 'arquero';
import { SchemaError } from '../errors.ts';
import { emptyRecord, type RawColumn } from '../validate/raw.ts';
import type { DatasetSpec, ValidationContext } from '../validate/spec.ts';
import { validateTable } from '../validate/validate.ts';
import type { LoadedTable, Provenance } from './types.ts';

/** Load Arrow IPC bytes (stream or file format) and validate them against `dataset`. */
export function loadArrow(
  bytes: Uint8Array | ArrayBuffer,
  dataset: DatasetSpec,
  options: { ctx?: ValidationContext; provenance?: Provenance } = {},
): LoadedTable {
  let decoded: aq.ColumnTable;
  try {
    decoded = aq.fromArrow(bytes);
  } catch (cause) {
    throw new SchemaError('data Arrow IPC yang sah', {
      cause,
      ...(options.provenance?.url ? { request: { url: options.provenance.url, method: 'GET' } } : {}),
    });
  }
  const names = decoded.columnNames();
  const columns = emptyRecord<RawColumn>();
  for (const n of names) columns[n] = decoded.column(n) as unknown as RawColumn;
  const { table, report } = validateTable(
    { length: decoded.numRows(), names, columns, sourceIssues: [] },
    dataset,
    options.ctx,
  );
  return {
    table,
    report,
    meta: {
      kind: 'arrow',
      dataset: dataset.id,
      ...options.provenance,
      columns: table.columnNames(),
      inputRows: decoded.numRows(),
    },
  };
}
