/**
 * Additive measures over a dataset, grouped by region and period — the one place where micro-data or dataset rows
 * become numerators and denominators. The spec is data (DESIGN §5): the same spec runs on Arquero here and compiles
 * to SQL with {@link measureSpecToSql} / {@link formulaToSql}.
 *
 * Semantics (identical in both back ends):
 * - `filters` of the spec restrict the population (SQL `WHERE`): a region × period whose rows are all filtered out
 *   has no output row.
 * - a measure's own filters select rows within the population (SQL `SUM(CASE WHEN … THEN x ELSE 0 END)`), so a
 *   group with no matching row has a true 0.
 * - `sum` skips null values; a `sum` without filters over only null values is null (SQL `SUM`), never 0.
 * - `count` counts rows, or the rows whose `field` is not null.
 */

import type { ColumnTable } from 'arquero';
import * as aq from 'arquero';
import type { FieldFilter, Formula, Measure } from '../schema/indicator.ts';
import { columnRef, compileFilters, filtersToSql, MeasureSpecError, sqlIdent } from './filters.ts';

/** Name of the region column in every engine table. */
export const REGION_COLUMN = 'wilayah';
/** Name of the period column in every engine table. */
export const PERIOD_COLUMN = 'periode';

/** What {@link aggregateMeasures} computes: additive measures per region (and period). */
export interface MeasureSpec {
  /** Field holding the Kemendagri region code of each row. */
  readonly regionField: string;
  /** Field holding the period of each row; omit to aggregate over all periods. */
  readonly periodField?: string;
  /** Output column name → measure. */
  readonly measures: Readonly<Record<string, Measure>>;
  /** Population filters (AND), applied before grouping. */
  readonly filters?: readonly FieldFilter[];
}

function checkSpec(table: ColumnTable | null, spec: MeasureSpec): void {
  const names = Object.keys(spec.measures);
  if (names.length === 0) throw new MeasureSpecError('spesifikasi ukuran kosong: tidak ada measures');
  for (const n of names) {
    if (n === REGION_COLUMN || n === PERIOD_COLUMN || n.startsWith('__')) {
      throw new MeasureSpecError(`nama ukuran "${n}" bentrok dengan kolom kunci atau internal`);
    }
  }
  if (!table) return;
  const has = new Set(table.columnNames());
  const need = (field: string, where: string) => {
    if (!has.has(field)) throw new MeasureSpecError(`kolom "${field}" (${where}) tidak ada di tabel`);
  };
  need(spec.regionField, 'regionField');
  if (spec.periodField) need(spec.periodField, 'periodField');
  for (const f of spec.filters ?? []) need(f.field, 'filter');
  for (const [n, m] of Object.entries(spec.measures)) {
    if (m.field) need(m.field, `ukuran ${n}`);
    for (const f of m.filters ?? []) need(f.field, `filter ukuran ${n}`);
  }
}

/** Dictionary-encoded group keys: one integer per row, and the distinct region and period values. */
interface EncodedKeys {
  readonly codes: Int32Array;
  readonly regions: readonly unknown[];
  readonly periods: readonly unknown[];
}

/** The values of a column as an indexable array: plain and typed arrays in place, other columns copied once. */
function valuesOf(table: ColumnTable, name: string): ArrayLike<unknown> {
  const col = table.column(name) as unknown;
  return Array.isArray(col) || ArrayBuffer.isView(col) ? (col as ArrayLike<unknown>) : table.array(name);
}

/** Largest span of integer values coded through a lookup array instead of a Map. */
const DENSE_SPAN = 1 << 16;

/**
 * Dictionary-encode a column: `out[i]` is the code of row i's value, codes numbered by first appearance (null and
 * undefined share one code). Integer typed arrays of a small span go through a lookup array; other columns
 * through a Map, skipped while a run of equal values lasts (micro-data usually comes sorted by region).
 */
function encode(values: ArrayLike<unknown>, n: number, out: Int32Array): unknown[] {
  const dict: unknown[] = [];
  // The lookup array is a speed-up: the Map below numbers the same values the same way, so which path runs, and
  // where its span ends, cannot be observed (a broken lookup can: see the typed-array tests).
  // Stryker disable ConditionalExpression,EqualityOperator,LogicalOperator,BlockStatement: speed path, see above
  if (isIntegerArray(values) && n > 0) {
    let min = values[0]!;
    let max = values[0]!;
    for (let i = 1; i < n; i++) {
      const v = values[i]!;
      if (v < min) min = v;
      else if (v > max) max = v;
    }
    if (max - min < DENSE_SPAN) {
      const lookup = new Int32Array(max - min + 1).fill(-1);
      for (let i = 0; i < n; i++) {
        const slot = values[i]! - min;
        let c = lookup[slot]!;
        if (c < 0) {
          c = dict.length;
          lookup[slot] = c;
          dict.push(values[i]);
        }
        out[i] = c;
      }
      return dict;
    }
  }
  // Stryker restore ConditionalExpression,EqualityOperator,LogicalOperator,BlockStatement
  const codes = new Map<unknown, number>();
  let last: unknown = {};
  let lastCode = -1;
  for (let i = 0; i < n; i++) {
    const v = values[i] ?? null;
    if (v !== last) {
      let c = codes.get(v);
      if (c === undefined) {
        c = dict.length;
        codes.set(v, c);
        dict.push(v);
      }
      last = v;
      lastCode = c;
    }
    out[i] = lastCode;
  }
  return dict;
}

type IntegerArray =
  | Int8Array
  | Uint8Array
  | Uint8ClampedArray
  | Int16Array
  | Uint16Array
  | Int32Array
  | Uint32Array;

// Stryker disable all: chooses the speed path of encode only (see there)
function isIntegerArray(values: ArrayLike<unknown>): values is IntegerArray {
  return (
    values instanceof Int8Array ||
    values instanceof Uint8Array ||
    values instanceof Uint8ClampedArray ||
    values instanceof Int16Array ||
    values instanceof Uint16Array ||
    values instanceof Int32Array ||
    values instanceof Uint32Array
  );
}
// Stryker restore all

/** Integer-code (region, period) into one key column: grouping on one integer is ≈ 3× faster than on strings. */
function encodeKeys(table: ColumnTable, regionField: string, periodField: string | undefined): EncodedKeys {
  const n = table.numRows();
  const codes = new Int32Array(n);
  const regions = encode(valuesOf(table, regionField), n, codes);
  if (!periodField) return { codes, regions, periods: [null] };
  const pcodes = new Int32Array(n);
  const periods = encode(valuesOf(table, periodField), n, pcodes);
  const width = periods.length;
  if (regions.length * width > 2 ** 31 - 1) {
    throw new MeasureSpecError('terlalu banyak kombinasi wilayah × periode untuk satu tabel');
  }
  for (let i = 0; i < n; i++) codes[i] = codes[i]! * width + pcodes[i]!;
  return { codes, regions, periods };
}

const KEY = '__kunci';
const POPULATION = '__populasi';

/**
 * Aggregate additive measures by region (and period) in one Arquero `groupby` + `rollup`.
 *
 * Returns a table with the columns `wilayah`, `periode` (when `periodField` is given) and one column per measure,
 * ordered by first appearance of each group. Rows whose region or period is null form their own (null-keyed) group:
 * nothing is dropped silently.
 *
 * How: the (region, period) pair is dictionary-encoded to one integer key column (Arquero groups integers far
 * faster than strings), and each measure becomes one aggregate over a conditional expression — the Arquero form of
 * `SUM(CASE WHEN … THEN x ELSE 0 END)`. Population filters are folded into every measure together with a row count,
 * and groups with no row in the population are removed afterwards — the same result as `WHERE`, without
 * materialising a filtered copy of the table. Filter values enter the expressions only as literals (see
 * {@link compileFilters}); no closure and no user code. Rows of a filtered view (`table.filter(…)`) are honoured.
 *
 * @throws MeasureSpecError on an unknown field, a bad filter value or a measure name clashing with a key column.
 * @example
 * aggregateMeasures(households, {
 *   regionField: 'kode_kelurahan', periodField: 'tahun',
 *   measures: { miskin: { op: 'count', filters: [{ field: 'status', op: 'eq', value: 'miskin' }] },
 *               rumahTangga: { op: 'count', filters: [] } },
 * })
 */
export function aggregateMeasures(table: ColumnTable, spec: MeasureSpec): ColumnTable {
  checkSpec(table, spec);
  const population = compileFilters(spec.filters ?? []);
  const restricted = population !== 'true';
  const rollup: Record<string, string> = {};
  for (const [name, m] of Object.entries(spec.measures)) {
    const own = compileFilters(m.filters ?? []);
    const col = m.field ? columnRef(m.field) : null;
    let value: string;
    if (m.op === 'sum') {
      value = own === 'true' ? `${col}` : `((${own}) ? ${col} : 0)`;
    } else {
      const conds = [own === 'true' ? null : own, col ? `${col} != null` : null].filter((c) => c !== null);
      value = conds.length === 0 ? '1' : `((${conds.join(' && ')}) ? 1 : 0)`;
    }
    if (!restricted && m.op === 'count' && value === '1') rollup[name] = 'd => op.count()';
    else if (!restricted && m.op === 'count' && own === 'true') rollup[name] = `d => op.valid(${col})`;
    // Rows outside the population contribute null, which op.sum skips, as SQL's WHERE would.
    else rollup[name] = `d => op.sum(${restricted ? `(${population}) ? ${value} : null` : value})`;
  }
  if (restricted) rollup[POPULATION] = `d => op.sum((${population}) ? 1 : 0)`;

  // A filtered or grouped view is materialised first so the key column lines up with the rows.
  const base = table.isFiltered() || table.isGrouped() ? table.ungroup().reify() : table;
  if (base.numRows() === 0) return emptyResult(spec);
  const keys = encodeKeys(base, spec.regionField, spec.periodField);
  let out = base
    .assign({ [KEY]: keys.codes })
    .groupby(KEY)
    .rollup(rollup);
  if (restricted) out = out.filter(`d => d.${POPULATION} > 0`).select(aq.not(POPULATION)).reify();

  const groupKeys = out.array(KEY) as ArrayLike<number>;
  const width = keys.periods.length;
  const m = groupKeys.length;
  const wilayah = new Array<unknown>(m);
  const periode = new Array<unknown>(m);
  for (let i = 0; i < m; i++) {
    const k = groupKeys[i]!;
    wilayah[i] = keys.regions[Math.floor(k / width)];
    periode[i] = keys.periods[k % width];
  }
  const columns: Record<string, ArrayLike<unknown>> = { [REGION_COLUMN]: wilayah };
  if (spec.periodField) columns[PERIOD_COLUMN] = periode;
  for (const name of Object.keys(spec.measures))
    columns[name] = nullable(out.array(name) as ArrayLike<unknown>);
  return aq.table(columns as Record<string, unknown[]>);
}

/** Arquero's aggregates give `undefined` for "no valid value"; the engine's tables say `null`. */
function nullable(values: ArrayLike<unknown>): unknown[] {
  const out = new Array<unknown>(values.length);
  for (let i = 0; i < values.length; i++) out[i] = values[i] ?? null;
  return out;
}

function emptyResult(spec: MeasureSpec): ColumnTable {
  const columns: Record<string, unknown[]> = { [REGION_COLUMN]: [] };
  if (spec.periodField) columns[PERIOD_COLUMN] = [];
  for (const name of Object.keys(spec.measures)) columns[name] = [];
  return aq.table(columns);
}

/** The measure spec of a formula: its numerator (and denominator) grouped by its region and period fields. */
export function formulaMeasureSpec(formula: Formula): MeasureSpec {
  const measures: Record<string, Measure> = { numerator: formula.numerator };
  if (formula.denominator) measures.denominator = formula.denominator;
  return {
    regionField: formula.regionField,
    periodField: formula.periodField,
    measures,
    filters: formula.filters,
  };
}

function measureToSql(m: Measure): string {
  const filtered = (m.filters ?? []).length > 0;
  const cond = filtersToSql(m.filters ?? []);
  const col = m.field ? sqlIdent(m.field) : null;
  if (m.op === 'sum') return filtered ? `SUM(CASE WHEN ${cond} THEN ${col} ELSE 0 END)` : `SUM(${col})`;
  if (!filtered) return col ? `COUNT(${col})` : 'COUNT(*)';
  return col
    ? `SUM(CASE WHEN ${cond} AND ${col} IS NOT NULL THEN 1 ELSE 0 END)`
    : `SUM(CASE WHEN ${cond} THEN 1 ELSE 0 END)`;
}

/**
 * The SQL equivalent of {@link aggregateMeasures} for a spec over table `tableName` (standard SQL: PostgreSQL,
 * DuckDB, CKAN `datastore_search_sql`). Same columns, same null semantics.
 */
export function measureSpecToSql(spec: MeasureSpec, tableName: string): string {
  checkSpec(null, spec);
  const select = [`${sqlIdent(spec.regionField)} AS ${sqlIdent(REGION_COLUMN)}`];
  const group = [sqlIdent(spec.regionField)];
  if (spec.periodField) {
    select.push(`${sqlIdent(spec.periodField)} AS ${sqlIdent(PERIOD_COLUMN)}`);
    group.push(sqlIdent(spec.periodField));
  }
  for (const [name, m] of Object.entries(spec.measures))
    select.push(`${measureToSql(m)} AS ${sqlIdent(name)}`);
  const where = (spec.filters ?? []).length > 0 ? `\nWHERE ${filtersToSql(spec.filters ?? [])}` : '';
  return `SELECT ${select.join(',\n       ')}\nFROM ${sqlIdent(tableName)}${where}\nGROUP BY ${group.join(', ')}`;
}

/**
 * The SQL that computes a formula indicator's numerator and denominator per region and period over `tableName`
 * (the formula's dataset), equivalent to `aggregateMeasures(table, formulaMeasureSpec(formula))`. The ratio and
 * factor are applied after summing (and after rolling up regions), never inside the query per row.
 */
export function formulaToSql(formula: Formula, tableName: string): string {
  return measureSpecToSql(formulaMeasureSpec(formula), tableName);
}

export { MeasureSpecError };
