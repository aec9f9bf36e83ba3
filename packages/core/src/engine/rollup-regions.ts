/**
 * Rolling additive measures up the region hierarchy (kelurahan → kecamatan → kota) by summing — the only correct
 * way to get a rate at a higher level is Σ numerator / Σ denominator of the level below (DESIGN §3).
 */

import type { ColumnTable } from 'arquero';
import * as aq from 'arquero';
import { levelOfCode, type RegionLevel } from '../schema/region.ts';
import { MeasureSpecError } from './filters.ts';
import { PERIOD_COLUMN, REGION_COLUMN } from './measures.ts';

/** Options of {@link rollupRegions}. */
export interface RollupOptions {
  /** Columns to sum (default: every column except `wilayah` and `periode`). */
  readonly measures?: readonly string[];
  /** Keep the input rows in the output, before the rolled-up rows (default true). */
  readonly includeInput?: boolean;
  /**
   * The level of a region code (default {@link levelOfCode}, from the Kemendagri code's shape).
   */
  readonly levelOf?: (code: string) => RegionLevel;
}

const PARENT = '__induk';

/**
 * Sum a table of additive measures (`wilayah`, optional `periode`, measure columns — e.g. the output of
 * {@link aggregateMeasures}) up to every ancestor region whose level is in `levels`.
 *
 * A parent's value is null when any contributing child value is null (a partial sum would be a wrong number, not
 * a smaller one); children that have no row at all simply do not contribute. Codes without a parent are kept and
 * not rolled up.
 *
 * @param parentOf the parent code of a region code (e.g. {@link parentCode}, or a region pack's lookup).
 * @param levels the ancestor levels to produce, e.g. `['kecamatan', 'kota']`.
 * @returns the input rows (unless `includeInput: false`) followed by one row per ancestor × period.
 * @throws MeasureSpecError when a measure column is missing or not numeric.
 */
export function rollupRegions(
  input: ColumnTable,
  parentOf: (code: string) => string | undefined,
  levels: readonly RegionLevel[],
  options: RollupOptions = {},
): ColumnTable {
  const levelOf = options.levelOf ?? levelOfCode;
  const table =
    input.isFiltered() || input.isGrouped() || input.isOrdered() ? input.ungroup().reify() : input;
  const names = table.columnNames();
  if (!names.includes(REGION_COLUMN))
    throw new MeasureSpecError(`kolom "${REGION_COLUMN}" tidak ada di tabel`);
  const hasPeriod = names.includes(PERIOD_COLUMN);
  const measures: string[] = options.measures
    ? [...options.measures]
    : names.filter((n) => n !== REGION_COLUMN && n !== PERIOD_COLUMN);
  for (const m of measures) {
    const col = table.column(m);
    if (!col) throw new MeasureSpecError(`kolom ukuran "${m}" tidak ada di tabel`);
    for (let i = 0; i < table.numRows(); i++) {
      const v = col.at(i);
      if (v != null && typeof v !== 'number') {
        throw new MeasureSpecError(`kolom ukuran "${m}" harus angka; baris ${i} berisi ${JSON.stringify(v)}`);
      }
    }
  }

  const wanted = new Set(levels);
  const child: string[] = [];
  const parent: string[] = [];
  for (const code of new Set(Array.from(table.array(REGION_COLUMN) as ArrayLike<unknown>))) {
    if (typeof code !== 'string') continue;
    for (let p = parentOf(code); p !== undefined; p = parentOf(p)) {
      if (wanted.has(levelOf(p))) {
        child.push(code);
        parent.push(p);
      }
    }
  }
  const kept =
    options.includeInput === false
      ? null
      : table.select(REGION_COLUMN, hasPeriod ? PERIOD_COLUMN : [], measures);
  if (child.length === 0)
    return kept ?? table.select(REGION_COLUMN, hasPeriod ? PERIOD_COLUMN : [], measures).slice(0, 0);

  const map = aq.table({ [REGION_COLUMN]: child, [PARENT]: parent });
  const rollup: Record<string, string> = {};
  const fix: Record<string, string> = {};
  measures.forEach((m, i) => {
    const ref = `d[${JSON.stringify(m)}]`;
    rollup[m] = `d => op.sum(${ref})`;
    rollup[`__ng${i}`] = `d => op.invalid(${ref})`;
    fix[m] = `d => d.__ng${i} > 0 ? null : ${ref}`;
  });
  const keys = hasPeriod ? [PARENT, PERIOD_COLUMN] : [PARENT];
  const up = table
    .join(map, REGION_COLUMN)
    .groupby(keys)
    .rollup(rollup)
    .derive(fix)
    .rename({ [PARENT]: REGION_COLUMN })
    .select(REGION_COLUMN, hasPeriod ? PERIOD_COLUMN : [], measures);
  return kept ? kept.concat(up) : up;
}
