/**
 * Rolling a table of additive measures up the region hierarchy (kelurahan → kecamatan → kota) by the engine's one
 * roll-up rule (`rollup.ts`), for trusted pipelines that aggregate micro-data into open tables.
 */
import type { ColumnTable } from 'arquero';
import type { Region, RegionLevel } from '../schema/region.ts';
import { levelOfCode } from '../schema/region.ts';
import { MeasureSpecError } from './filters.ts';
import { PERIOD_COLUMN, REGION_COLUMN } from './measures.ts';
import { regionInfo } from './regions.ts';
import { ChildSums, parentValue } from './rollup.ts';
import { columnTable } from './table.ts';

/** Options of {@link rollupRegions}. */
export interface RollupOptions {
  /** Columns to sum (default: every column except `wilayah` and `periode`). */
  readonly measures?: readonly string[];
  /** Keep the input rows in the output, before the rolled-up rows (default true). */
  readonly includeInput?: boolean;
  /** The level of a region code (default from the Kemendagri code's shape, or the region pack's). */
  readonly levelOf?: (code: string) => RegionLevel;
  /**
   * The region pack's regions: how many children each parent expects. Without them, a parent expects every child
   * seen in the table (in any period).
   */
  readonly regions?: readonly Region[];
  /** Give a parent with missing children the sum of those that reported (default false: null). */
  readonly cakupanSebagian?: boolean;
  /** Add `dilaporkan` and `diharapkan` columns: children with a row / children expected (default false). */
  readonly cakupan?: boolean;
}

/**
 * Sum a table of additive measures (`wilayah`, optional `periode`, measure columns — e.g. the output of
 * `aggregateMeasures`) up to every ancestor region whose level is in `levels`, by the engine's one roll-up rule:
 * a parent's measure is the sum of its children's when every expected child has a value for it; otherwise null
 * (a partial sum would be a wrong number, not a smaller one) unless `cakupanSebagian` allows it.
 *
 * @param parentOf the parent code of a region code (e.g. `parentCode`, or a region pack's lookup).
 * @param levels the ancestor levels to produce, e.g. `['kecamatan', 'kota']`.
 * @returns the input rows (unless `includeInput: false`) followed by one row per ancestor × period, ancestors in
 *   order of first appearance, periods in order of first appearance.
 * @throws MeasureSpecError when the region column or a measure column is missing, or a measure is not numeric.
 */
export function rollupRegions(
  input: ColumnTable,
  parentOf: (code: string) => string | undefined,
  levels: readonly RegionLevel[],
  options: RollupOptions = {},
): ColumnTable {
  const info = options.regions ? regionInfo(options.regions) : undefined;
  const levelOf = options.levelOf ?? info?.levelOf ?? levelOfCode;
  const table =
    input.isFiltered() || input.isGrouped() || input.isOrdered() ? input.ungroup().reify() : input;
  const names = table.columnNames();
  if (!names.includes(REGION_COLUMN))
    throw new MeasureSpecError(`kolom "${REGION_COLUMN}" tidak ada di tabel`);
  const hasPeriod = names.includes(PERIOD_COLUMN);
  const measures: string[] = options.measures
    ? [...options.measures]
    : names.filter((n) => n !== REGION_COLUMN && n !== PERIOD_COLUMN);
  const n = table.numRows();
  const cols = measures.map((m) => {
    if (!names.includes(m)) throw new MeasureSpecError(`kolom ukuran "${m}" tidak ada di tabel`);
    const values = table.array(m) as ArrayLike<unknown>;
    for (let i = 0; i < n; i++) {
      const v = values[i];
      if (v != null && typeof v !== 'number') {
        throw new MeasureSpecError(`kolom ukuran "${m}" harus angka; baris ${i} berisi ${JSON.stringify(v)}`);
      }
    }
    return values as ArrayLike<number | null | undefined>;
  });
  const wil = table.array(REGION_COLUMN) as ArrayLike<unknown>;
  const per = hasPeriod ? (table.array(PERIOD_COLUMN) as ArrayLike<unknown>) : null;

  // Ancestors (at the wanted levels) of every child code, and the children seen per ancestor and level.
  const wanted = new Set(levels);
  const ancestors = new Map<string, string[]>();
  const seen = new Map<string, Set<string>>();
  const ancestorsOf = (code: string) => {
    let a = ancestors.get(code);
    if (!a) {
      a = [];
      for (let p = parentOf(code); p !== undefined; p = parentOf(p)) if (wanted.has(levelOf(p))) a.push(p);
      ancestors.set(code, a);
      const level = levelOf(code);
      for (const p of a) {
        const k = `${p}\u0000${level}`;
        let s = seen.get(k);
        if (!s) {
          s = new Set();
          seen.set(k, s);
        }
        s.add(code);
      }
    }
    return a;
  };

  // Groups: ancestor × period, in order of first appearance; per group the child rows and their level.
  const groups = new Map<string, Map<unknown, number[]>>();
  for (let i = 0; i < n; i++) {
    const code = wil[i];
    if (typeof code !== 'string') continue;
    for (const p of ancestorsOf(code)) {
      let byPeriod = groups.get(p);
      if (!byPeriod) {
        byPeriod = new Map();
        groups.set(p, byPeriod);
      }
      const period = per ? (per[i] ?? null) : null;
      let rows = byPeriod.get(period);
      if (!rows) {
        rows = [];
        byPeriod.set(period, rows);
      }
      rows.push(i);
    }
  }

  const out: Record<string, unknown[]> = { [REGION_COLUMN]: [] };
  if (hasPeriod) out[PERIOD_COLUMN] = [];
  for (const m of measures) out[m] = [];
  if (options.cakupan) {
    out.dilaporkan = [];
    out.diharapkan = [];
  }
  if (options.includeInput !== false) {
    for (let i = 0; i < n; i++) {
      out[REGION_COLUMN]!.push(wil[i]);
      if (per) out[PERIOD_COLUMN]!.push(per[i]);
      for (let k = 0; k < measures.length; k++) out[measures[k]!]!.push(cols[k]![i] ?? null);
      if (options.cakupan) {
        out.dilaporkan!.push(null);
        out.diharapkan!.push(null);
      }
    }
  }
  for (const [parent, byPeriod] of groups) {
    for (const [period, rows] of byPeriod) {
      const level = levelOf(wil[rows[0]!] as string);
      const expected =
        info?.childCount(parent, level) ?? seen.get(`${parent}\u0000${level}`)?.size ?? rows.length;
      out[REGION_COLUMN]!.push(parent);
      if (per) out[PERIOD_COLUMN]!.push(period);
      measures.forEach((m, k) => {
        const s = new ChildSums(1);
        for (const i of rows) s.add(0, false, cols[k]![i] ?? Number.NaN, Number.NaN, Number.NaN, null, false);
        out[m]!.push(parentValue(s.at(0), expected, 'sum', 1, options.cakupanSebagian ?? false).nilai);
      });
      if (options.cakupan) {
        out.dilaporkan!.push(rows.length);
        out.diharapkan!.push(Math.max(expected, rows.length));
      }
    }
  }
  return columnTable(out);
}
