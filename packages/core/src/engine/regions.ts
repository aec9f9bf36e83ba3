/**
 * The region hierarchy the engine rolls up along: parents, levels and how many children each region has, from a
 * region pack's regions or, without one, from the shape of Kemendagri codes.
 */
import { levelOfCode, parentCode, type Region, type RegionLevel } from '../schema/region.ts';

/** Order of levels from the top. */
export const LEVEL_ORDER: Readonly<Record<RegionLevel, number>> = {
  provinsi: 0,
  kota: 1,
  kecamatan: 2,
  kelurahan: 3,
};

/** What the engine knows of the regions. */
export interface RegionInfo {
  readonly parentOf: (code: string) => string | undefined;
  readonly levelOf: (code: string) => RegionLevel;
  /** Every known code; undefined without a region pack (then any well-formed code is accepted). */
  readonly codes: ReadonlySet<string> | undefined;
  /** Number of regions of a level under an ancestor; undefined without a region pack. */
  readonly childCount: (ancestor: string, level: RegionLevel) => number | undefined;
}

/** The hierarchy of a region pack (or, without regions, of the codes' shape). */
export function regionInfo(regions: readonly Region[] | undefined): RegionInfo {
  if (!regions || regions.length === 0) {
    return { parentOf: parentCode, levelOf: levelOfCode, codes: undefined, childCount: () => undefined };
  }
  const byCode = new Map(regions.map((r) => [r.kode, r]));
  const parentOf = (c: string) => {
    const r = byCode.get(c);
    return r ? r.induk : parentCode(c);
  };
  const levelOf = (c: string) => byCode.get(c)?.level ?? levelOfCode(c);
  const counts = new Map<string, Map<RegionLevel, number>>();
  for (const r of regions) {
    for (let p = parentOf(r.kode); p !== undefined; p = parentOf(p)) {
      let m = counts.get(p);
      if (!m) {
        m = new Map();
        counts.set(p, m);
      }
      m.set(r.level, (m.get(r.level) ?? 0) + 1);
    }
  }
  return {
    parentOf,
    levelOf,
    codes: new Set(byCode.keys()),
    childCount: (a, l) => counts.get(a)?.get(l) ?? 0,
  };
}

/** Sort region codes top level first, then by code. */
export function compareRegions(info: RegionInfo): (a: string, b: string) => number {
  return (a, b) =>
    LEVEL_ORDER[info.levelOf(a)] - LEVEL_ORDER[info.levelOf(b)] || (a < b ? -1 : a > b ? 1 : 0);
}
