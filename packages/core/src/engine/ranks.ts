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
  const groups = new Map<string, Map<string, number[]>>();
  const parents = new Map<string, string>();
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i]!;
    let parent = parents.get(r.wilayah);
    if (parent === undefined) {
      parent = `${regions.parentOf(r.wilayah) ?? ''}\u0000${r.level}`;
      parents.set(r.wilayah, parent);
    }
    let byPeriod = groups.get(parent);
    if (!byPeriod) {
      byPeriod = new Map();
      groups.set(parent, byPeriod);
    }
    const key = r.sampaiDengan == null ? r.periode : `${r.periode}\u0000${spanEnd(r)}`;
    let g = byPeriod.get(key);
    if (!g) {
      g = [];
      byPeriod.set(key, g);
    }
    g.push(i);
  }
  for (const byPeriod of groups.values()) {
    for (const idx of byPeriod.values()) {
      const ranks = ranksOf(
        idx.map((i) => rows[i]!.realisasi),
        ind.polaritas,
      );
      for (let k = 0; k < idx.length; k++) {
        if (ranks[k] !== null) (rows[idx[k]!] as { peringkat: number | null }).peringkat = ranks[k]!;
      }
    }
  }
  return rows;
}
