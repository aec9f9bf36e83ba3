/** Inline rows: an array of row objects given in code (a small dataset, a test, a snapshot). */
import { columnsFromRows } from '../validate/raw.ts';
import type { DatasetSpec, ValidationContext } from '../validate/spec.ts';
import { validateTable } from '../validate/validate.ts';
import type { LoadedTable } from './types.ts';

/** Validate inline rows against `dataset`. Non-object rows are rejected and reported. */
export function loadInline(
  rows: readonly unknown[],
  dataset: DatasetSpec,
  ctx: ValidationContext = {},
): LoadedTable {
  const raw = columnsFromRows(
    rows,
    dataset.id,
    dataset.columns?.map((c) => c.name),
  );
  const { table, report } = validateTable(raw, dataset, ctx);
  return {
    table,
    report,
    meta: { kind: 'inline', dataset: dataset.id, columns: table.columnNames(), inputRows: rows.length },
  };
}
