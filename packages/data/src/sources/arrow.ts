/**
 * Arrow IPC: the transport for big tables. Decoded with `aq.fromArrow` (columnar, zero-copy) and validated
 * column by column — numeric columns on their typed arrays, dictionary columns once per dictionary entry.
 * 64-bit integer columns are read as exact integers: values a JavaScript number holds exactly become numbers,
 * others (beyond ±(2^53 − 1)) are reported with their column and row, never rounded and never a thrown `Error`.
 */
import type { QualityIssue } from '@satata/core';
import * as aq from 'arquero';
import { SchemaError } from '../errors.ts';
import { SAFE_INTEGER_TEXT } from '../validate/coerce.ts';
import { emptyRecord, type RawColumn, reader } from '../validate/raw.ts';
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
    // useBigInt: 64-bit integers arrive exact (as bigint), so an unsafe one can be reported instead of throwing.
    decoded = aq.fromArrow(bytes, { useBigInt: true });
  } catch (cause) {
    throw new SchemaError('data Arrow IPC yang sah', {
      cause,
      ...(options.provenance?.url ? { request: { url: options.provenance.url, method: 'GET' } } : {}),
    });
  }
  const names = decoded.columnNames();
  const columns = emptyRecord<RawColumn>();
  const sourceIssues: QualityIssue[] = [];
  for (const n of names) {
    const column = decoded.column(n) as unknown as RawColumn & {
      type?: { typeId?: number; bitWidth?: number };
    };
    columns[n] =
      column.type?.typeId === INT && column.type.bitWidth === 64
        ? int64Column(column, n, dataset.id, sourceIssues)
        : column;
  }
  const { table, report } = validateTable(
    { length: decoded.numRows(), names, columns, sourceIssues },
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

/** Arrow's type id of integers. */
const INT = 2;
const MAX = BigInt(Number.MAX_SAFE_INTEGER);

/**
 * A 64-bit integer column as numbers: a `Float64Array` when every value is present and safe, else an array with
 * `null` for missing and for unsafe values — each unsafe one an `error` issue naming the column and the row.
 */
function int64Column(column: RawColumn, name: string, source: string, issues: QualityIssue[]): RawColumn {
  const read = reader(column);
  const n = column.length;
  const out: (number | null)[] = new Array(n);
  let plain = true;
  for (let i = 0; i < n; i++) {
    const v = read(i);
    if (typeof v === 'bigint') {
      if (v > MAX || v < -MAX) {
        issues.push({
          code: 'schema',
          severity: 'error',
          source,
          row: i,
          field: name,
          value: v.toString(),
          expected: SAFE_INTEGER_TEXT,
        });
        out[i] = null;
        plain = false;
      } else out[i] = Number(v);
    } else if (typeof v === 'number') out[i] = v;
    else {
      out[i] = null;
      plain = false;
    }
  }
  return plain ? Float64Array.from(out as number[]) : out;
}
