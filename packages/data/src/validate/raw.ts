/**
 * The columnar form every source hands to validation: named columns of received values, plus the issues the
 * source itself found (a ragged CSV row, a non-object JSON row). No row objects are built for column specs.
 */
import type { QualityIssue } from '@satata/core';

/** A column as received: a plain array, a typed array, or an Arrow/Arquero column object with `at(i)`. */
export type RawColumn = ArrayLike<unknown> | { readonly length: number; at(row: number): unknown };

/** Received data in columns. */
export interface RawTable {
  readonly length: number;
  readonly names: readonly string[];
  readonly columns: Readonly<Record<string, RawColumn>>;
  /** Issues found while reading; an `error` with a row number rejects that row. */
  readonly sourceIssues: readonly QualityIssue[];
}

/**
 * An empty object without a prototype, for maps keyed by column names: a column may be called `constructor`,
 * `toString` or `__proto__`, which an ordinary object would confuse with what it inherits.
 */
export function emptyRecord<T>(): Record<string, T> {
  return Object.create(null) as Record<string, T>;
}

/** The column `name` of `columns` when it is its own entry (never an inherited `constructor`, `toString` …). */
export function ownColumn<T>(columns: Readonly<Record<string, T>>, name: string): T | undefined {
  return Object.hasOwn(columns, name) ? columns[name] : undefined;
}

/**
 * Column names a table cannot hold: Arquero keeps a table's columns in an ordinary object, where `__proto__` is
 * the prototype and not a column. Such a column is reported and not loaded.
 */
export const UNSTORABLE_COLUMN = '__proto__';

/** A reader of one column's values by row index. */
export function reader(column: RawColumn): (row: number) => unknown {
  if (Array.isArray(column) || ArrayBuffer.isView(column)) {
    const arr = column as ArrayLike<unknown>;
    return (i) => arr[i];
  }
  if (typeof (column as { at?: unknown }).at === 'function') {
    const col = column as { at(row: number): unknown };
    return (i) => col.at(i);
  }
  const arr = column as ArrayLike<unknown>;
  return (i) => arr[i];
}

/** Columns from an array of row objects (for small sources: inline rows, JSON rows, DataStore records). */
export function columnsFromRows(
  rows: readonly unknown[],
  source: string,
  preferredNames: readonly string[] = [],
): RawTable {
  const names: string[] = [...preferredNames];
  const seen = new Set(names);
  for (const row of rows) {
    if (row === null || typeof row !== 'object' || Array.isArray(row)) continue;
    for (const k of Object.keys(row)) {
      if (!seen.has(k)) {
        seen.add(k);
        names.push(k);
      }
    }
  }
  const columns = emptyRecord<unknown[]>();
  for (const n of names) columns[n] = new Array(rows.length).fill(null);
  const sourceIssues: QualityIssue[] = [];
  rows.forEach((row, i) => {
    if (row === null || typeof row !== 'object' || Array.isArray(row)) {
      sourceIssues.push({
        code: 'source',
        severity: 'error',
        source,
        row: i,
        field: null,
        value: row,
        expected: 'baris berupa objek {kolom: nilai}',
      });
      return;
    }
    for (const [k, v] of Object.entries(row)) columns[k]![i] = v;
  });
  return { length: rows.length, names, columns, sourceIssues };
}
