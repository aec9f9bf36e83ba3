/**
 * Building the Arquero table from validated columns, leaving out rejected rows. Uses only table construction
 * (no Arquero verbs), so it also works under a strict Content-Security-Policy.
 */

import type { ColumnTable } from 'arquero';
import * as aq from 'arquero';
import type { OutColumn } from './columns.ts';
import { emptyRecord, reader } from './raw.ts';

type TypedArray =
  | Float64Array
  | Float32Array
  | Int32Array
  | Int16Array
  | Int8Array
  | Uint32Array
  | Uint16Array
  | Uint8Array;

function compact(column: OutColumn, keep: Int32Array): OutColumn {
  if (ArrayBuffer.isView(column) && !(column instanceof DataView)) {
    const src = column as TypedArray;
    const Ctor = src.constructor as new (n: number) => TypedArray;
    const dst = new Ctor(keep.length);
    for (let j = 0; j < keep.length; j++) dst[j] = src[keep[j]!]!;
    return dst;
  }
  const read = reader(column);
  const dst = new Array<unknown>(keep.length);
  for (let j = 0; j < keep.length; j++) dst[j] = read(keep[j]!);
  return dst;
}

/** A table of the rows not marked in `rejected`, columns in `names` order. */
export function buildTable(
  columns: Readonly<Record<string, OutColumn>>,
  names: readonly string[],
  length: number,
  rejected: Uint8Array,
): ColumnTable {
  let count = 0;
  for (let i = 0; i < length; i++) count += rejected[i]!;
  const data = emptyRecord<OutColumn>();
  if (count === 0) {
    for (const n of names) data[n] = columns[n]!;
    return aq.table(data as Record<string, unknown[]>);
  }
  const keep = new Int32Array(length - count);
  for (let i = 0, j = 0; i < length; i++) if (!rejected[i]) keep[j++] = i;
  for (const n of names) data[n] = compact(columns[n]!, keep);
  return aq.table(data as Record<string, unknown[]>);
}
