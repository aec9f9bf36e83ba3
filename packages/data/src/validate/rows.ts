/**
 * Row-by-row validation with a zod schema (for small sources). Before parsing, empty cells become `null` and
 * text in the schema's number fields is read in the dataset's number format (or, undeclared, the format the
 * field's unambiguous texts decide), so `'4,23'` reaches a `z.number()` as 4.23; a text that stays ambiguous is
 * an `ambiguous-number` issue. One row object exists at a time.
 */
import type { z } from 'zod';
import { Failure, isMissing } from './coerce.ts';
import { columnFormat, emit, type OutColumn, type Sink } from './columns.ts';
import { ambiguousExpected, parseNumberText, readNumberText } from './numbers.ts';
import { emptyRecord, type RawColumn, reader } from './raw.ts';
import type { NumberFormat, RowSchemaDatasetSpec } from './spec.ts';

interface ZodDefLike {
  readonly type?: string;
  readonly innerType?: { _zod?: { def?: ZodDefLike } };
  readonly shape?: Record<string, { _zod?: { def?: ZodDefLike } }>;
}

function defOf(schema: unknown): ZodDefLike | undefined {
  return (schema as { _zod?: { def?: ZodDefLike } })?._zod?.def;
}

/** The base type name of a zod field, through optional / nullable / default wrappers. */
function baseType(schema: unknown): string | undefined {
  let def = defOf(schema);
  while (
    def &&
    (def.type === 'optional' || def.type === 'nullable' || def.type === 'default') &&
    def.innerType
  ) {
    def = def.innerType._zod?.def;
  }
  return def?.type;
}

/** Field names of an object schema and which of them are numbers. */
export function zodShapeInfo(schema: unknown): { names: string[]; numeric: Set<string> } {
  let def = defOf(schema);
  while (def && def.type === 'pipe') def = defOf((def as { in?: unknown }).in);
  const shape = def?.shape ?? {};
  const names = Object.keys(shape);
  return { names, numeric: new Set(names.filter((n) => baseType(shape[n]) === 'number')) };
}

function at(value: unknown, path: readonly PropertyKey[]): unknown {
  let cur = value;
  for (const k of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<PropertyKey, unknown>)[k];
  }
  return cur;
}

/** Validate rows with the dataset's zod schema; returns the output columns (the schema's fields first). */
export function parseRows(
  columns: Readonly<Record<string, RawColumn>>,
  names: readonly string[],
  length: number,
  dataset: RowSchemaDatasetSpec,
  sink: Sink,
): Record<string, OutColumn> {
  const { names: shapeNames, numeric } = zodShapeInfo(dataset.rowSchema);
  const nullValues = new Set(dataset.nullValues ?? []);
  const readers = names.map((n) => [n, reader(columns[n]!)] as const);
  // Each number field's format: the declared one, else what its own unambiguous texts decide (else none).
  const formats = new Map<string, NumberFormat | null>();
  for (const n of names) {
    if (numeric.has(n)) formats.set(n, dataset.numberFormat ?? columnFormat(columns[n]!));
  }
  const outNames = [...shapeNames];
  const out = emptyRecord<unknown[]>();
  for (const n of outNames) out[n] = new Array(length).fill(null);
  for (let i = 0; i < length; i++) {
    if (sink.rejected[i]) continue;
    const received = emptyRecord<unknown>();
    const row = emptyRecord<unknown>();
    const ambiguous = new Set<string>();
    for (const [n, read] of readers) {
      const raw = read(i);
      received[n] = raw;
      if (isMissing(raw, nullValues)) row[n] = null;
      else if (numeric.has(n) && typeof raw === 'string') {
        const format = formats.get(n) ?? null;
        let v: number;
        if (format) v = parseNumberText(raw, format);
        else {
          const r = readNumberText(raw);
          if (r.kind === 'ambiguous') {
            emit(sink, i, n, raw, new Failure('ambiguous-number', ambiguousExpected(raw, r.id, r.en)));
            ambiguous.add(n);
          }
          v = r.kind === 'en' ? r.en : r.kind === 'ambiguous' ? Number.NaN : r.id;
        }
        row[n] = Number.isNaN(v) ? raw : v;
      } else row[n] = raw;
    }
    const parsed = (dataset.rowSchema as z.ZodType).safeParse(row);
    if (!parsed.success || ambiguous.size > 0) {
      for (const issue of parsed.success ? [] : parsed.error.issues) {
        const field = issue.path.map(String).join('.') || null;
        const top = issue.path[0];
        // An ambiguous number is reported once, as such, not again as zod's "expected number".
        if (typeof top === 'string' && ambiguous.has(top)) continue;
        const nonNumeric = typeof top === 'string' && numeric.has(top) && typeof row[top] === 'string';
        const format = typeof top === 'string' ? (formats.get(top) ?? null) : null;
        const failure = new Failure(
          nonNumeric ? 'non-numeric' : 'schema',
          nonNumeric
            ? `angka (format ${format === 'id' ? '1.234,5' : format === 'en' ? '1234.5' : '1.234,5 atau 1234.5'})`
            : issue.message,
        );
        emit(sink, i, field, issue.path.length > 0 ? at(received, issue.path) : received, failure);
      }
      continue;
    }
    for (const [k, v] of Object.entries(parsed.data as Record<string, unknown>)) {
      let col = Object.hasOwn(out, k) ? out[k] : undefined;
      if (!col) {
        col = new Array(length).fill(null);
        out[k] = col;
        outNames.push(k);
      }
      col[i] = v ?? null;
    }
  }
  return out;
}
