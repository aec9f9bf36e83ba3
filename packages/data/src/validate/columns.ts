/**
 * Column-by-column validation of a {@link ColumnDatasetSpec}: each column is read once, repeated values (codes,
 * periods) are coerced once, Arrow numeric columns are checked on their typed arrays, dictionary columns per
 * dictionary entry. No row objects are built.
 */
import type { QualityIssue } from '@satata/core';
import { type Coercer, coercerFor, Failure, isMemoisable, isMissing } from './coerce.ts';
import { decidedFormat, type FormatEvidence, formatEvidence } from './numbers.ts';
import { emptyRecord, ownColumn, type RawColumn, reader } from './raw.ts';
import type { ColumnDatasetSpec, ColumnSpec, NumberFormat } from './spec.ts';

/** The result of coercing one column: values (typed array, array, or the received column when unchanged). */
export type OutColumn = RawColumn;

/** Issue sink shared by the validation steps; marks rejected rows. */
export interface Sink {
  readonly source: string;
  readonly rejected: Uint8Array;
  /** Rows the source itself already rejected (a ragged CSV record, a non-object row): not coerced further. */
  readonly skip: Uint8Array;
  /** Identical duplicates left out of the table (kept once, at their first copy); each has a `warning`. */
  readonly merged: Uint8Array;
  readonly issues: QualityIssue[];
}

/** Record an issue; an `error` on a row rejects it. */
export function emit(
  sink: Sink,
  row: number | null,
  field: string | null,
  value: unknown,
  failure: Failure,
  severity: QualityIssue['severity'] = 'error',
): void {
  sink.issues.push({
    code: failure.code,
    severity,
    source: sink.source,
    row,
    field,
    value,
    expected: failure.expected,
  });
  if (severity === 'error' && row !== null) sink.rejected[row] = 1;
}

interface ArrowLike {
  readonly length: number;
  readonly nullCount?: number;
  toArray?: () => unknown;
  key?: (row: number) => number;
  groups?: (names: string[]) => { keys: ArrayLike<number>; get: ((k: number) => unknown)[]; size: number };
}

function numericTypedArray(column: RawColumn): ArrayLike<number> | null {
  if (ArrayBuffer.isView(column) && !(column instanceof BigInt64Array || column instanceof BigUint64Array)) {
    return column as unknown as ArrayLike<number>;
  }
  const c = column as ArrowLike;
  if (typeof c.toArray === 'function' && c.nullCount === 0 && typeof c.key !== 'function') {
    const arr = c.toArray();
    if (ArrayBuffer.isView(arr) && !(arr instanceof BigInt64Array || arr instanceof BigUint64Array)) {
      return arr as unknown as ArrayLike<number>;
    }
  }
  return null;
}

/**
 * Check a numeric typed array in place. `NaN` means "missing" (a typed array cannot hold null): a NaN in a
 * non-required column returns `null` so the caller takes the general path, which writes real nulls.
 */
function checkNumericTyped(
  arr: ArrayLike<number>,
  spec: ColumnSpec,
  coerce: Coercer,
  sink: Sink,
): OutColumn | null {
  const integer = spec.type === 'integer';
  const min = spec.min ?? Number.NEGATIVE_INFINITY;
  const max = spec.max ?? Number.POSITIVE_INFINITY;
  const failures: [number, number, Failure][] = [];
  const missing = new Failure('schema', 'nilai wajib diisi');
  for (let i = 0; i < arr.length; i++) {
    const v = arr[i]!;
    // biome-ignore lint/suspicious/noSelfCompare: NaN test on the hot path.
    if (v !== v) {
      if (!spec.required) return null;
      failures.push([i, v, missing]);
    } else if (
      v < min ||
      v > max ||
      v === Infinity ||
      v === -Infinity ||
      (integer && (v % 1 !== 0 || v > Number.MAX_SAFE_INTEGER || v < -Number.MAX_SAFE_INTEGER))
    ) {
      const r = coerce(v);
      if (r instanceof Failure) failures.push([i, v, r]);
    }
  }
  for (const [i, v, f] of failures) if (!sink.skip[i]) emit(sink, i, spec.name, v, f);
  return arr;
}

function checkDictionary(column: ArrowLike, spec: ColumnSpec, coerce: Coercer, sink: Sink): OutColumn | null {
  if (typeof column.key !== 'function' || typeof column.groups !== 'function') return null;
  const g = column.groups([spec.name]);
  const get = g.get[0]!;
  const results: unknown[] = [];
  let unchanged = true;
  for (let k = 0; k < g.size; k++) {
    const raw = get(k);
    const r = raw === null ? null : coerce(raw);
    results.push(r);
    if (r !== raw && !(r instanceof Failure)) unchanged = false;
  }
  const missing = new Failure('schema', 'nilai wajib diisi');
  const out: unknown[] | null = unchanged ? null : new Array(column.length);
  for (let i = 0; i < column.length; i++) {
    const r = results[g.keys[i]!];
    if (sink.skip[i]) {
      if (out) out[i] = null;
      continue;
    }
    if (r instanceof Failure) emit(sink, i, spec.name, get(g.keys[i]!), r);
    else if (r === null && spec.required) emit(sink, i, spec.name, null, missing);
    if (out) out[i] = r instanceof Failure ? null : r;
  }
  return out ?? (column as RawColumn);
}

/** Coerce one column into its spec's type, recording every failing value. */
export function coerceColumn(
  column: RawColumn,
  spec: ColumnSpec,
  coerce: Coercer,
  nullValues: ReadonlySet<string>,
  sink: Sink,
): OutColumn {
  if (spec.type === 'number' || spec.type === 'integer') {
    const typed = numericTypedArray(column);
    const checked = typed ? checkNumericTyped(typed, spec, coerce, sink) : null;
    if (checked) return checked;
  } else {
    const dict = checkDictionary(column as ArrowLike, spec, coerce, sink);
    if (dict) return dict;
  }
  const read = reader(column);
  const n = column.length;
  const out: unknown[] = new Array(n);
  const memo = isMemoisable(spec) ? new Map<unknown, unknown>() : null;
  const missing = new Failure('schema', 'nilai wajib diisi');
  for (let i = 0; i < n; i++) {
    if (sink.skip[i]) {
      out[i] = null;
      continue;
    }
    const raw = read(i);
    if (isMissing(raw, nullValues)) {
      out[i] = null;
      if (spec.required) emit(sink, i, spec.name, raw ?? null, missing);
      continue;
    }
    let r: unknown;
    if (memo) {
      r = memo.get(raw);
      if (r === undefined) {
        r = coerce(raw);
        memo.set(raw, r);
      }
    } else r = coerce(raw);
    if (r instanceof Failure) {
      emit(sink, i, spec.name, raw, r);
      out[i] = null;
    } else out[i] = r;
  }
  return out;
}

/**
 * The number format a column's own values decide (see `decidedFormat`): from its texts, plus what a numeric CSV
 * column counted while reading its plain cells. `null` when nothing decides it.
 */
export function columnFormat(column: RawColumn): NumberFormat | null {
  if (numericTypedArray(column)) return null;
  const csv = column as { formatEvidence?: FormatEvidence; texts?: () => Iterable<string | null> };
  if (csv.formatEvidence && typeof csv.texts === 'function') {
    return decidedFormat(formatEvidence(csv.texts(), { ...csv.formatEvidence }));
  }
  const read = reader(column);
  function* values(): Generator<unknown> {
    for (let i = 0; i < column.length; i++) yield read(i);
  }
  return decidedFormat(formatEvidence(values()));
}

/**
 * Coerce every column of a column spec. An absent optional column becomes all-null; columns not in the spec are
 * kept as received, after the spec's, with a warning (a misspelt header shows up instead of vanishing).
 */
export function coerceColumns(
  columns: Readonly<Record<string, RawColumn>>,
  names: readonly string[],
  length: number,
  dataset: ColumnDatasetSpec,
  sink: Sink,
): { columns: Record<string, OutColumn>; missingRequired: string[] } {
  const nullValues = new Set(dataset.nullValues ?? []);
  const out = emptyRecord<OutColumn>();
  const missingRequired: string[] = [];
  for (const spec of dataset.columns) {
    const column = ownColumn(columns, spec.name);
    if (!column) {
      if (spec.required) missingRequired.push(spec.name);
      else out[spec.name] = new Array(length).fill(null);
      continue;
    }
    const numeric = spec.type === 'number' || spec.type === 'integer';
    const numberFormat = dataset.numberFormat ?? (numeric ? columnFormat(column) : null);
    out[spec.name] = coerceColumn(
      column,
      spec,
      coercerFor(spec, { numberFormat, nullValues }),
      nullValues,
      sink,
    );
  }
  for (const name of names) {
    if (Object.hasOwn(out, name)) continue;
    out[name] = columns[name]!;
    sink.issues.push({
      code: 'source',
      severity: 'warning',
      source: sink.source,
      row: null,
      field: name,
      value: null,
      expected: `kolom dari skema dataset (${dataset.columns.map((c) => c.name).join(', ')}); kolom ini disimpan apa adanya`,
    });
  }
  return { columns: out, missingRequired };
}
