/**
 * Validation of received columns against a dataset spec, into an Arquero table and a data-quality report.
 * Every input row ends either in the table or, rejected, in the report with the row, field, value and what was
 * expected.
 */
import { buildQualityReport, type DataQualityReport } from '@satata/core';
import type { ColumnTable } from 'arquero';
import { SchemaError } from '../errors.ts';
import { coerceColumns, type OutColumn, type Sink } from './columns.ts';
import { type RawTable, UNSTORABLE_COLUMN } from './raw.ts';
import { checkReferences } from './references.ts';
import { parseRows, zodShapeInfo } from './rows.ts';
import type { DatasetSpec, ValidationContext } from './spec.ts';
import { buildTable } from './table.ts';

/** A validated table and its quality report. */
export interface Validated {
  readonly table: ColumnTable;
  readonly report: DataQualityReport;
}

/**
 * Validate `raw` against `dataset`. Column specs are checked column by column; zod row schemas row by row.
 * Every input row ends in exactly one place: the table, the report as rejected (an `error`), or — an identical
 * duplicate — the report as a `duplicate-key` warning, its content kept once in the table at its first copy.
 * Throws {@link SchemaError} when a required column is missing altogether (every row would fail for one reason).
 */
export function validateTable(input: RawTable, dataset: DatasetSpec, ctx: ValidationContext = {}): Validated {
  if (dataset.columns?.some((c) => c.name === UNSTORABLE_COLUMN)) {
    throw new SchemaError(`nama kolom selain ${UNSTORABLE_COLUMN} dalam spesifikasi dataset ${dataset.id}`);
  }
  const raw = withoutUnstorable(input, dataset.id);
  const { length } = raw;
  const rejected = new Uint8Array(length);
  const issues = [...raw.sourceIssues];
  for (const issue of issues) if (issue.severity === 'error' && issue.row !== null) rejected[issue.row] = 1;
  const sink: Sink = {
    source: dataset.id,
    rejected,
    skip: rejected.slice(),
    merged: new Uint8Array(length),
    issues,
  };
  let columns: Record<string, OutColumn>;
  let regionFields: string[];
  if (dataset.columns) {
    const coerced = coerceColumns(raw.columns, raw.names, length, dataset, sink);
    if (coerced.missingRequired.length > 0) {
      throw new SchemaError(
        `kolom wajib ${coerced.missingRequired.join(', ')} pada dataset ${dataset.id} (kolom yang ada: ${raw.names.join(', ') || 'tidak ada'})`,
      );
    }
    columns = coerced.columns;
    regionFields = [
      ...new Set([
        ...dataset.columns.filter((c) => c.type === 'region').map((c) => c.name),
        ...(dataset.regionFields ?? []),
      ]),
    ];
  } else {
    const { names } = zodShapeInfo(dataset.rowSchema);
    const absent = names.filter((n) => !raw.names.includes(n));
    // Probe with the absent fields left out, as the rows will have them (undefined): an `.optional()` field may be
    // absent, a `.nullable()` one may not.
    const probe =
      absent.length > 0
        ? dataset.rowSchema.safeParse(
            Object.fromEntries(names.filter((n) => !absent.includes(n)).map((n) => [n, null])),
          )
        : null;
    const required =
      probe && !probe.success ? absent.filter((n) => probe.error.issues.some((i) => i.path[0] === n)) : [];
    if (required.length > 0 && length > 0) {
      throw new SchemaError(
        `kolom ${required.join(', ')} pada dataset ${dataset.id} (kolom yang ada: ${raw.names.join(', ') || 'tidak ada'})`,
      );
    }
    columns = parseRows(raw.columns, raw.names, length, dataset, sink);
    regionFields = [...(dataset.regionFields ?? [])];
  }
  checkReferences(columns, length, dataset, regionFields, ctx, sink);
  const left = sink.rejected.slice();
  for (let i = 0; i < length; i++) left[i]! |= sink.merged[i]!;
  const table = buildTable(columns, Object.keys(columns), length, left);
  return { table, report: buildQualityReport(dataset.id, length, sink.issues) };
}

/** The received table without a `__proto__` column (no table can hold one), which is reported instead. */
function withoutUnstorable(raw: RawTable, source: string): RawTable {
  if (!raw.names.includes(UNSTORABLE_COLUMN)) return raw;
  return {
    ...raw,
    names: raw.names.filter((n) => n !== UNSTORABLE_COLUMN),
    sourceIssues: [
      ...raw.sourceIssues,
      {
        code: 'source',
        severity: 'warning',
        source,
        row: null,
        field: UNSTORABLE_COLUMN,
        value: null,
        expected: `nama kolom selain ${UNSTORABLE_COLUMN} (tabel tidak dapat menyimpan kolom bernama ${UNSTORABLE_COLUMN}); kolom ini tidak dimuat`,
      },
    ],
  };
}
