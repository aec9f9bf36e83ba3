/**
 * Checks across rows and against reference data, run on rows that passed coercion: fields filled together,
 * region codes known to the region index, indicators and periods inside the catalog, duplicate keys.
 * Each distinct value is looked up once.
 */
import { tryParsePeriod } from '@satata/core';
import { Failure } from './coerce.ts';
import { emit, type OutColumn, type Sink } from './columns.ts';
import { ownColumn, reader } from './raw.ts';
import type { DatasetSpec, ValidationContext } from './spec.ts';

function checkEach(
  column: OutColumn,
  field: string,
  sink: Sink,
  test: (value: unknown) => Failure | null,
  severity: 'error' | 'warning' = 'error',
): void {
  const dict = column as {
    key?: (row: number) => number;
    groups?: (names: string[]) => { keys: ArrayLike<number>; get: ((k: number) => unknown)[]; size: number };
  };
  if (typeof dict.key === 'function' && typeof dict.groups === 'function') {
    // A dictionary-encoded column: test each dictionary entry once, then walk the keys.
    const g = dict.groups([field]);
    const get = g.get[0]!;
    const results: (Failure | null)[] = [];
    for (let k = 0; k < g.size; k++) {
      const v = get(k);
      results.push(v === null || v === undefined ? null : test(v));
    }
    if (results.every((r) => r === null)) return;
    for (let i = 0; i < column.length; i++) {
      const r = results[g.keys[i]!];
      if (r && !sink.rejected[i]) emit(sink, i, field, get(g.keys[i]!), r, severity);
    }
    return;
  }
  const read = reader(column);
  const memo = new Map<unknown, Failure | null>();
  for (let i = 0; i < column.length; i++) {
    if (sink.rejected[i]) continue;
    const v = read(i);
    if (v === null || v === undefined) continue;
    let r = memo.get(v);
    if (r === undefined) {
      r = test(v);
      memo.set(v, r);
    }
    if (r) emit(sink, i, field, v, r, severity);
  }
}

function yearOfPeriod(value: unknown): number | null {
  return tryParsePeriod(value)?.year ?? null;
}

/** Run the cross-row and reference checks on coerced columns. `regionFields` are the region-typed fields. */
export function checkReferences(
  columns: Readonly<Record<string, OutColumn>>,
  length: number,
  dataset: DatasetSpec,
  regionFields: readonly string[],
  ctx: ValidationContext,
  sink: Sink,
): void {
  for (const [a, b] of dataset.requiredTogether ?? []) {
    const ca = ownColumn(columns, a);
    const cb = ownColumn(columns, b);
    if (!ca || !cb) continue;
    const ra = reader(ca);
    const rb = reader(cb);
    for (let i = 0; i < length; i++) {
      if (sink.rejected[i]) continue;
      const hasA = ra(i) !== null && ra(i) !== undefined;
      const hasB = rb(i) !== null && rb(i) !== undefined;
      if (hasA !== hasB) {
        const missing = hasA ? b : a;
        emit(sink, i, missing, null, new Failure('schema', `${a} dan ${b} diisi bersama`));
      }
    }
  }

  const { regions, catalog } = ctx;
  if (regions) {
    const unknown = new Failure('unknown-region', 'kode wilayah yang dikenal paket wilayah');
    for (const f of regionFields) {
      const c = ownColumn(columns, f);
      if (c) checkEach(c, f, sink, (v) => (regions.has(String(v)) ? null : unknown));
    }
  }
  if (catalog) {
    const indField = dataset.indicatorField;
    const ind = indField ? ownColumn(columns, indField) : undefined;
    if (indField && ind) {
      const unknown = new Failure('unknown-indicator', 'kode indikator dari katalog');
      checkEach(ind, indField, sink, (v) => (catalog.indicators.has(String(v)) ? null : unknown));
    }
    const perField = dataset.periodField;
    const per = perField ? ownColumn(columns, perField) : undefined;
    if (perField && per) {
      const { from, to } = catalog.years;
      const outside = new Failure('period-outside-catalog', `periode dalam tahun ${from}–${to}`);
      checkEach(
        per,
        perField,
        sink,
        (v) => {
          const y = yearOfPeriod(v);
          return y !== null && (y < from || y > to) ? outside : null;
        },
        'warning',
      );
    }
  }
  const key = dataset.key ?? [];
  if (key.length > 0 && key.every((k) => ownColumn(columns, k))) checkDuplicates(columns, length, key, sink);
}

function checkDuplicates(
  columns: Readonly<Record<string, OutColumn>>,
  length: number,
  key: readonly string[],
  sink: Sink,
): void {
  if (key.length === 1 && strictlyIncreasing(columns[key[0]!]!, length)) return;
  const readers = key.map((k) => reader(columns[k]!));
  const first = new Map<unknown, number>();
  const single = readers.length === 1 ? readers[0]! : null;
  for (let i = 0; i < length; i++) {
    if (sink.rejected[i]) continue;
    const k = single ? single(i) : readers.map((r) => String(r(i) ?? '∅')).join('\u0001');
    const prev = first.get(k);
    if (prev === undefined) first.set(k, i);
    else {
      const value = single ? k : Object.fromEntries(key.map((name, j) => [name, readers[j]!(i)]));
      emit(
        sink,
        i,
        key.join('+'),
        value,
        new Failure('duplicate-key', `kunci ${key.join(' × ')} unik (sudah ada di baris ${prev})`),
      );
    }
  }
}

/** True when a column is a typed numeric array whose values strictly increase (a serial id): no duplicates. */
function strictlyIncreasing(column: OutColumn, length: number): boolean {
  if (!ArrayBuffer.isView(column)) return false;
  const arr = column as unknown as ArrayLike<number>;
  for (let i = 1; i < length; i++) if (!(arr[i]! > arr[i - 1]!)) return false;
  return true;
}
