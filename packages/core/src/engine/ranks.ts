/**
 * Ranks of result rows within their group: kelurahan among the kelurahan of their kecamatan, kecamatan within the
 * kota, per period — comparing like with like.
 */
import { endMonth, parsePeriod } from '../period/period.ts';
import type { Indicator } from '../schema/indicator.ts';
import { ranksOf } from './rank.ts';
import type { RegionInfo } from './regions.ts';
import type { IndicatorResult } from './types.ts';

/** The last month a row's realisation covers: 12 for a full year, the end of `sampaiDengan` for a partial one. */
function spanEnd(r: IndicatorResult): number {
  return r.sampaiDengan == null ? 12 : endMonth(parsePeriod(r.sampaiDengan));
}

/**
 * Fill ranks (1 = best by polarity; ties share; missing values and neutral indicators get none): rows of the same
 * period, level and parent are ranked together — and a partial year only among rows covering the same span, so a
 * region with data through triwulan III is never ranked against one with a whole year. The rows were just built
 * by this run and are not shared yet, so the rank is written into them rather than copying each row.
 */
export function fillRanks(ind: Indicator, rows: IndicatorResult[], regions: RegionInfo): IndicatorResult[] {
  if (ind.polaritas === 'netral') return rows; // every rank of a neutral indicator is null
  // Groups: parent × level, then period (× span for a partial year), numbered in order of first appearance.
  const byParent = new Map<string, Map<string, number>>();
  const groupsOfRegion = new Map<string, Map<string, number>>();
  let G = 0;
  const group = new Int32Array(rows.length);
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i]!;
    let periods = groupsOfRegion.get(r.wilayah);
    if (periods === undefined) {
      const parentKey = `${regions.parentOf(r.wilayah) ?? ''}\u0000${r.level}`;
      periods = byParent.get(parentKey);
      if (periods === undefined) {
        periods = new Map();
        byParent.set(parentKey, periods);
      }
      groupsOfRegion.set(r.wilayah, periods);
    }
    const key = r.sampaiDengan == null ? r.periode : `${r.periode}\u0000${spanEnd(r)}`;
    let g = periods.get(key);
    if (g === undefined) {
      g = G++;
      periods.set(key, g);
    }
    group[i] = g;
  }
  // Rows of each group, in input order (counting sort by group).
  const start = new Int32Array(G + 1);
  for (let i = 0; i < rows.length; i++) start[group[i]! + 1]!++;
  for (let g = 0; g < G; g++) start[g + 1]! += start[g]!;
  const order = new Int32Array(rows.length);
  const fill = start.slice(0, G);
  for (let i = 0; i < rows.length; i++) order[fill[group[i]!]!++] = i;
  const values: (number | null)[] = [];
  for (let g = 0; g < G; g++) {
    values.length = 0;
    for (let k = start[g]!; k < start[g + 1]!; k++) values.push(rows[order[k]!]!.realisasi);
    if (values.length === 1) {
      if (values[0] !== null) (rows[order[start[g]!]!]! as { peringkat: number | null }).peringkat = 1;
      continue;
    }
    const ranks = ranksOf(values, ind.polaritas);
    for (let k = 0; k < ranks.length; k++) {
      if (ranks[k] !== null)
        (rows[order[start[g]! + k]!]! as { peringkat: number | null }).peringkat = ranks[k]!;
    }
  }
  return rows;
}
