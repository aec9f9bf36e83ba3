/**
 * Checks across rows and against reference data, run on rows that passed coercion: fields filled together,
 * region codes known to the region index, indicators and periods inside the catalog, duplicate keys.
 * Each distinct value is looked up once.
 */
import { tryParsePeriod } from '@satata/core';
import { Failure } from './coerce.ts';
import { emit, type OutColumn, type Sink } from './columns.ts';
import { ownColumn, reader } from './raw.ts';
import type { DatasetSpec, DuplicatePolicy, ValidationContext } from './spec.ts';

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
  columns: Record<string, OutColumn>,
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
  if (key.length > 0 && key.every((k) => ownColumn(columns, k))) {
    checkDuplicates(columns, length, key, dataset.duplicates ?? {}, sink);
  }
}

/** Equal, with NaN equal to itself (a float column read as received may hold NaN). */
function sameValue(a: unknown, b: unknown): boolean {
  // biome-ignore lint/suspicious/noSelfCompare: NaN test.
  return a === b || (a !== a && b !== b);
}

/**
 * The identity of a composite key as one string: the JSON of the tuple, with every non-text part tagged with its
 * type. No separator can occur inside a part (`1|23` and `12|3` stay apart), and `null`, `'null'` and `'∅'` differ.
 */
export function compositeKey(parts: readonly unknown[]): string {
  return JSON.stringify(
    parts.map((v) =>
      v === null || v === undefined ? null : typeof v === 'string' ? v : [typeof v, String(v)],
    ),
  );
}

/**
 * Duplicate keys, by {@link DuplicatePolicy}: the first copy of a key stays; a later copy equal to it on every
 * compared field is dropped with a warning (kept once); a copy that differs rejects the first copy and itself, and
 * every later copy of that key is rejected too. Matches the engine's `collectObservations`.
 */
function checkDuplicates(
  columns: Record<string, OutColumn>,
  length: number,
  key: readonly string[],
  policy: DuplicatePolicy,
  sink: Sink,
): void {
  const keyColumns = key.map((k) => ownColumn(columns, k)!);
  if (key.length === 1 && strictlyIncreasing(keyColumns[0]!, length)) return;
  const readers = keyColumns.map((c) => reader(c));
  const single = readers.length === 1 ? readers[0]! : null;
  const keyAt = (i: number): unknown => (single ? single(i) : compositeKey(readers.map((r) => r(i))));
  const keyValue = (i: number): unknown =>
    single ? single(i) : Object.fromEntries(key.map((name, j) => [name, readers[j]!(i)]));
  const compare = (policy.compare ?? Object.keys(columns).filter((n) => !key.includes(n))).map((c) => {
    const field = typeof c === 'string' ? c : c.field;
    const column = ownColumn(columns, field);
    const read = column ? reader(column) : () => null;
    if (typeof c === 'string') return (i: number) => read(i) ?? null;
    return (i: number) => read(i) === c.equals;
  });
  const same = (a: number, b: number) => compare.every((value) => sameValue(value(a), value(b)));
  const anyTrue = policy.anyTrue ?? [];
  const names = key.join(' × ');
  const field = key.join('+');
  const first = new Map<unknown, number>();
  const conflicted = new Set<number>();
  const copies = new Map<string, unknown[]>();
  for (let i = 0; i < length; i++) {
    if (sink.rejected[i]) continue;
    const k = keyAt(i);
    const f = first.get(k);
    if (f === undefined) {
      first.set(k, i);
      continue;
    }
    if (!conflicted.has(f) && same(f, i)) {
      sink.merged[i] = 1;
      const identical = new Failure(
        'duplicate-key',
        `kunci ${names} unik (duplikat identik dari baris ${f}, dipakai sekali)`,
      );
      emit(sink, i, field, keyValue(i), identical, 'warning');
      for (const name of anyTrue) setTrueFrom(columns, copies, name, length, i, f);
      continue;
    }
    if (!conflicted.has(f)) {
      conflicted.add(f);
      emit(sink, f, field, keyValue(f), conflict(names, i));
    }
    emit(sink, i, field, keyValue(i), conflict(names, f));
  }
}

function conflict(names: string, other: number): Failure {
  return new Failure(
    'duplicate-key',
    `kunci ${names} unik (nilai bertentangan dengan baris ${other}, semua salinan ditolak)`,
  );
}

/**
 * Set boolean `name` of row `to` to true when row `from` has it true. The column is copied before its first write
 * (never write into a column as received: it may be the caller's own array) and the copy kept in `copies`.
 */
function setTrueFrom(
  columns: Record<string, OutColumn>,
  copies: Map<string, unknown[]>,
  name: string,
  length: number,
  from: number,
  to: number,
): void {
  const column = ownColumn(columns, name);
  if (!column) return;
  const read = reader(column);
  const v = read(from);
  if ((v !== true && v !== 1) || read(to) === true) return;
  let copy = copies.get(name);
  if (!copy) {
    copy = Array.from({ length }, (_, j) => read(j));
    copies.set(name, copy);
    columns[name] = copy;
  }
  copy[to] = true;
}

/** True when a column is a typed numeric array whose values strictly increase (a serial id): no duplicates. */
function strictlyIncreasing(column: OutColumn, length: number): boolean {
  if (!ArrayBuffer.isView(column)) return false;
  const arr = column as unknown as ArrayLike<number>;
  for (let i = 1; i < length; i++) if (!(arr[i]! > arr[i - 1]!)) return false;
  return true;
}
