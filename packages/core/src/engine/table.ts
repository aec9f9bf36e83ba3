/**
 * The columnar table type the engine works on (Arquero's `ColumnTable`), re-exported so packages and tests that
 * feed the engine need not depend on Arquero's version themselves.
 */

import type { ColumnTable } from 'arquero';
import * as aq from 'arquero';

export type { ColumnTable } from 'arquero';

/**
 * A column table from named columns (arrays or typed arrays of equal length). Keep big data columnar: never build
 * a million row objects (TOOLCHAIN.md).
 */
export function columnTable(columns: Readonly<Record<string, ArrayLike<unknown>>>): ColumnTable {
  return aq.table(columns as Record<string, unknown[]>);
}

/** True when `value` is an Arquero column table (as opposed to an array of row objects). */
export function isColumnTable(value: unknown): value is ColumnTable {
  return value instanceof aq.ColumnTable;
}
