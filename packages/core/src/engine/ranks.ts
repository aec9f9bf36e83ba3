/**
 * Ranks of result rows within their group: kelurahan among the kelurahan of their kecamatan, kecamatan within the
 * kota, per period — comparing like with like.
 */
import { endMonth, parsePeriod } from '../period/period.ts';
import type { Indicator } from '../schema/indicator.ts';
import type { RegionInfo } from './regions.ts';
import type { IndicatorResult } from './types.ts';

const SPAN_KEYS = new Map<string, string>();

/**
 * The group key of a partial year: its period and the last month its realisation covers (the end of
 * `sampaiDengan`), one shared string per pair.
 */
function partialKey(periode: string, sampaiDengan: string): string {
  const k = `${periode}\u0000${sampaiDengan}`;
  let key = SPAN_KEYS.get(k);
  if (key === undefined) {
    key = `${periode}\u0000${endMonth(parsePeriod(sampaiDengan))}`;
    if (SPAN_KEYS.size < 65_536) SPAN_KEYS.set(k, key);
  }
  return key;
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
  const value = new Float64Array(rows.length);
  // Rows come in blocks of one region: remember the last one's groups.
  let lastWilayah: string | null = null;
  let periods: Map<string, number> | undefined;
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i]!;
    if (r.wilayah !== lastWilayah) {
      periods = groupsOfRegion.get(r.wilayah);
      lastWilayah = r.wilayah;
    }
    if (periods === undefined) {
      const parentKey = `${regions.parentOf(r.wilayah) ?? ''}\u0000${r.level}`;
      periods = byParent.get(parentKey);
      if (periods === undefined) {
        periods = new Map();
        byParent.set(parentKey, periods);
      }
      groupsOfRegion.set(r.wilayah, periods);
    }
    const key = r.sampaiDengan == null ? r.periode : partialKey(r.periode, r.sampaiDengan);
    let g = periods.get(key);
    if (g === undefined) {
      g = G++;
      periods.set(key, g);
    }
    group[i] = g;
    value[i] = r.realisasi ?? Number.NaN;
  }
  // Rows of each group, in input order (counting sort by group). Values and ranks live in typed arrays indexed
  // by row, and the rows are read and written in their own order: a group's rows lie far apart in memory, and
  // visiting them group by group was most of the time.
  const n = rows.length;
  const start = new Int32Array(G + 1);
  for (let i = 0; i < n; i++) start[group[i]! + 1]!++;
  for (let g = 0; g < G; g++) start[g + 1]! += start[g]!;
  const order = new Int32Array(n);
  const fill = start.slice(0, G);
  for (let i = 0; i < n; i++) order[fill[group[i]!]!++] = i;
  const rank = new Int32Array(n);
  const sign = ind.polaritas === 'positif' ? -1 : 1;
  for (let g = 0; g < G; g++) rankGroup(value, order, start[g]!, start[g + 1]!, sign, rank);
  for (let i = 0; i < n; i++) {
    if (rank[i]! > 0) (rows[i] as { peringkat: number | null }).peringkat = rank[i]!;
  }
  return rows;
}

/**
 * {@link ranksOf} over one group of rows: `order[from…to)` are the group's rows in input order, `value[row]` their
 * values (NaN = missing); writes competition ranks (1 = best, ties share) into `rank[row]`, 0 for a missing value.
 * `sign` −1 ranks the highest value first (positive polarity), 1 the lowest.
 */
function rankGroup(
  value: Float64Array,
  order: Int32Array,
  from: number,
  to: number,
  sign: number,
  rank: Int32Array,
): void {
  // Best first by insertion (ties keep input order), sorting the group's slice of `order` in place: it is not
  // read again.
  let m = from;
  for (let k = from; k < to; k++) {
    const i = order[k]!;
    const v = value[i]!;
    if (Number.isNaN(v)) continue;
    let j = m++;
    while (j > from && sign * (value[order[j - 1]!]! - v) > 0) {
      order[j] = order[j - 1]!;
      j--;
    }
    order[j] = i;
  }
  for (let k = from; k < m; k++) {
    const i = order[k]!;
    rank[i] = k > from && value[order[k - 1]!] === value[i] ? rank[order[k - 1]!]! : k - from + 1;
  }
}
