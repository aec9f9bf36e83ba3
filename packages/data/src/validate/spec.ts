/**
 * How a dataset declares its rows: a column spec (validated column by column — the way for big tables) or a
 * zod row schema (validated row by row — for small sources), plus its key and the fields the reference checks use.
 */
import type { Catalog, DatasetField } from '@satata/core';
import type { z } from 'zod';

/** The value types of a column: core's `DatasetField` types. */
export type ColumnType = DatasetField['type'];

/** How numbers written as text are read: `id` — `1.234,5`; `en` — `1,234.5`. */
export type NumberFormat = 'id' | 'en';

/** One column of a column spec. Everything is declarative (JSON-compatible), so a spec can live in a catalog. */
export interface ColumnSpec {
  readonly name: string;
  readonly type: ColumnType;
  /** A null (or empty cell) is an error. Default false: empty means "missing", never 0. */
  readonly required?: boolean;
  /** Inclusive bounds for `number` / `integer` columns. */
  readonly min?: number;
  readonly max?: number;
  /** Allowed values for `string` columns. */
  readonly values?: readonly string[];
  /** A regular expression (source text) `string` values must match in full. */
  readonly pattern?: string;
  readonly label?: string;
}

/**
 * One field compared when two rows share a key: by its value, or — `{ field, equals }` — only by whether it equals
 * `equals` (the engine compares `status` only on being `ditekan`).
 */
export type DuplicateCompare = string | { readonly field: string; readonly equals: string };

/**
 * How rows that share a key are told apart — the engine's rule for observations, for any dataset: copies that
 * agree on every compared field are identical (the first is kept, each later copy is dropped with a `warning`);
 * once a copy disagrees, every copy of that key is rejected with an `error` (a conflicting duplicate never picks
 * one of its values), and so is every later copy.
 */
export interface DuplicatePolicy {
  /** The fields compared. Default: every column that is not part of the key. */
  readonly compare?: readonly DuplicateCompare[];
  /** Boolean fields the kept copy of identical duplicates takes as true when any copy is (`ilustratif`). */
  readonly anyTrue?: readonly string[];
}

/** Fields shared by both kinds of dataset spec. */
interface DatasetSpecBase {
  /** Dataset id; the source name in quality reports. */
  readonly id: string;
  /**
   * Fields whose combination must be unique. Identical copies are kept once (a `warning` per dropped copy);
   * conflicting copies are all rejected — see {@link DuplicatePolicy}.
   */
  readonly key?: readonly string[];
  /** How copies with the same key are compared. Default: on every column outside the key. */
  readonly duplicates?: DuplicatePolicy;
  /**
   * How numbers written as text are read. Not declared (the default): each numeric column in the format its own
   * unambiguous values show; a value that reads two ways (`1.234`) in a column that decides nothing is an
   * `ambiguous-number` issue, never a number.
   */
  readonly numberFormat?: NumberFormat;
  /** Texts that mean "missing" besides the empty cell (e.g. `-`, `…`). Default none. */
  readonly nullValues?: readonly string[];
  /** The field holding an indicator code, checked against the catalog. */
  readonly indicatorField?: string;
  /** The field holding a period, checked against the catalog's plan period. */
  readonly periodField?: string;
  /** Fields holding Kemendagri region codes, checked against the region index. Column specs add `region` columns. */
  readonly regionFields?: readonly string[];
  /** Pairs of fields that must both be filled or both be empty (numerator and denominator). */
  readonly requiredTogether?: readonly (readonly [string, string])[];
}

/** A dataset validated column by column. */
export interface ColumnDatasetSpec extends DatasetSpecBase {
  readonly columns: readonly ColumnSpec[];
  readonly rowSchema?: undefined;
}

/** A dataset validated row by row with a zod object schema. Empty cells arrive as `null`: use `.nullable()`. */
export interface RowSchemaDatasetSpec extends DatasetSpecBase {
  readonly rowSchema: z.ZodType<Record<string, unknown>>;
  readonly columns?: undefined;
}

/** A dataset's declared shape. */
export type DatasetSpec = ColumnDatasetSpec | RowSchemaDatasetSpec;

/** What the region pack provides: which Kemendagri codes exist. The data package never imports a region pack. */
export interface RegionIndex {
  has(code: string): boolean;
}

/** The part of a catalog the checks need: its indicator codes and the years its plan covers. */
export interface CatalogScope {
  readonly indicators: { has(code: string): boolean };
  /** Inclusive year range periods must fall in. */
  readonly years: { readonly from: number; readonly to: number };
}

/**
 * The {@link CatalogScope} of a core catalog: its indicator codes, and the RPJMD years — from the baseline year
 * (the year before the plan starts) to the last plan year unless `includeBaseline` is false.
 */
export function catalogScope(
  catalog: Pick<Catalog, 'indikator' | 'rpjmd'>,
  { includeBaseline = true }: { includeBaseline?: boolean } = {},
): CatalogScope {
  return {
    indicators: new Set(catalog.indikator.map((i) => i.kode)),
    years: { from: catalog.rpjmd.mulai - (includeBaseline ? 1 : 0), to: catalog.rpjmd.akhir },
  };
}

/** What a validation is checked against. */
export interface ValidationContext {
  readonly regions?: RegionIndex;
  readonly catalog?: CatalogScope;
}

/** Build a column spec from core `DatasetField`s (e.g. a catalog's dataset metadata). */
export function columnsFromFields(
  fields: readonly DatasetField[],
  required: readonly string[] = [],
): ColumnSpec[] {
  return fields.map((f) => ({
    name: f.name,
    type: f.type,
    ...(required.includes(f.name) ? { required: true } : {}),
    ...(f.label ? { label: f.label } : {}),
  }));
}
