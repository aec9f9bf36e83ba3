/**
 * Compiling declarative {@link FieldFilter}s to Arquero expressions and to SQL.
 *
 * Safety: no user string is ever spliced into code. Field names enter an Arquero expression only as JSON string
 * literals in a computed member access (`d["kode wilayah"]`), which Arquero's own expression parser reads as a
 * literal; values enter only as JSON literals (strings, booleans) or parenthesised finite numbers, which the parser
 * accepts only as single literal tokens — Arquero regenerates code from the parsed AST, so a value can never become
 * code. In SQL, identifiers are double-quoted with `"` doubled and strings single-quoted with `'` doubled; numbers
 * must be finite.
 *
 * Null semantics follow SQL's three-valued logic so both back ends agree: every comparison except `isNull` is
 * false on a null field (`ne`, `notIn` and `lt` … do not match nulls).
 */
import type { FieldFilter } from '../schema/indicator.ts';

/** Thrown when a measure or filter specification cannot be compiled (unknown field, bad value, name clash). */
export class MeasureSpecError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MeasureSpecError';
  }
}

/** JSON-quoted column access for an Arquero expression. */
export function columnRef(field: string): string {
  return `d[${JSON.stringify(field)}]`;
}

type Scalar = string | number | boolean;

function checkScalar(f: FieldFilter, v: unknown): Scalar {
  if (typeof v === 'string' || typeof v === 'boolean') return v;
  if (Number.isFinite(v)) return v as number; // false for anything not a number
  throw new MeasureSpecError(
    `filter ${f.field} ${f.op}: nilai harus teks, angka berhingga atau boolean, diterima ${JSON.stringify(v)}`,
  );
}

function scalarOf(f: FieldFilter): Scalar {
  if (f.value === undefined || Array.isArray(f.value)) {
    throw new MeasureSpecError(`filter ${f.field} ${f.op}: perlu satu nilai`);
  }
  return checkScalar(f, f.value);
}

function listOf(f: FieldFilter): Scalar[] {
  if (!Array.isArray(f.value) || f.value.length === 0) {
    throw new MeasureSpecError(`filter ${f.field} ${f.op}: perlu daftar nilai yang tidak kosong`);
  }
  return f.value.map((v) => checkScalar(f, v));
}

/** A JavaScript literal for a value: JSON for strings and booleans, a parenthesised finite number. */
function jsLiteral(v: Scalar): string {
  return typeof v === 'number' ? `(${String(v)})` : JSON.stringify(v);
}

/**
 * Compile filters (combined with AND) to one Arquero boolean expression over the row `d`; `true` when empty.
 * Values become JSON literals, which Arquero's parser reads as literal tokens (its code generator re-emits only
 * the AST), so a value can never become code. Literals rather than `$` parameters are used because Arquero does not
 * allow parameters inside aggregate calls, where measure conditions live.
 */
export function compileFilters(filters: readonly FieldFilter[]): string {
  if (filters.length === 0) return 'true';
  const parts = filters.map((f) => {
    const col = columnRef(f.field);
    switch (f.op) {
      case 'isNull':
        return `(${col} == null)`;
      case 'notNull':
        return `(${col} != null)`;
      case 'in':
        return `(${col} != null && (${listOf(f)
          .map((v) => `${col} === ${jsLiteral(v)}`)
          .join(' || ')}))`;
      case 'notIn':
        return `(${col} != null && ${listOf(f)
          .map((v) => `${col} !== ${jsLiteral(v)}`)
          .join(' && ')})`;
      default: {
        const jsOp = { eq: '===', ne: '!==', lt: '<', lte: '<=', gt: '>', gte: '>=' }[f.op];
        return `(${col} != null && ${col} ${jsOp} ${jsLiteral(scalarOf(f))})`;
      }
    }
  });
  return parts.join(' && ');
}

/** Quote an SQL identifier: `"name"` with `"` doubled. */
export function sqlIdent(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

/** An SQL literal for a filter value: strings single-quoted with `'` doubled, finite numbers, TRUE/FALSE. */
export function sqlLiteral(v: Scalar): string {
  if (typeof v === 'string') return `'${v.replaceAll("'", "''")}'`;
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (!Number.isFinite(v)) throw new MeasureSpecError(`nilai SQL harus angka berhingga, diterima ${v}`);
  return String(v);
}

/** Compile filters (AND) to an SQL boolean expression with the same null semantics; `TRUE` when empty. */
export function filtersToSql(filters: readonly FieldFilter[]): string {
  if (filters.length === 0) return 'TRUE';
  return filters
    .map((f) => {
      const col = sqlIdent(f.field);
      switch (f.op) {
        case 'isNull':
          return `${col} IS NULL`;
        case 'notNull':
          return `${col} IS NOT NULL`;
        case 'in':
          return `${col} IN (${listOf(f).map(sqlLiteral).join(', ')})`;
        case 'notIn':
          return `${col} NOT IN (${listOf(f).map(sqlLiteral).join(', ')})`;
        default: {
          const op = { eq: '=', ne: '<>', lt: '<', lte: '<=', gt: '>', gte: '>=' }[f.op];
          return `${col} ${op} ${sqlLiteral(scalarOf(f))}`;
        }
      }
    })
    .join(' AND ');
}
