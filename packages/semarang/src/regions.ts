/**
 * Lookup of Kota Semarang's regions by Kemendagri code, the BPS ↔ Kemendagri crosswalk and the region index the
 * data client checks codes against. Codes are the key; names never are (see `names.ts`).
 */
import type { Region, RegionLevel } from '@satata/core';
import { KECAMATAN, KELURAHAN, REGIONS, WILAYAH_ROWS, type WilayahRow } from './wilayah.ts';

/** Thrown by {@link getRegion} for a code that is not a region of Kota Semarang. */
export class UnknownRegionError extends Error {
  /** The code that was asked for. */
  readonly kode: string;
  constructor(kode: string) {
    super(`Kode wilayah tidak dikenal di Kota Semarang: ${JSON.stringify(kode)}`);
    this.name = 'UnknownRegionError';
    this.kode = kode;
  }
}

const byCode = new Map<string, Region>(REGIONS.map((r) => [r.kode, r]));
const rowByCode = new Map<string, WilayahRow>(WILAYAH_ROWS.map((r) => [r.kode, r]));
const bpsToKemendagri = new Map<string, string>();
for (const r of REGIONS) if (r.kodeBps) bpsToKemendagri.set(r.kodeBps, r.kode);
const children = new Map<string, Region[]>();
for (const r of REGIONS) {
  if (!r.induk) continue;
  const list = children.get(r.induk) ?? [];
  list.push(r);
  children.set(r.induk, list);
}

/** The region with this Kemendagri code, or `undefined` when it is not one of Kota Semarang's. */
export function regionByCode(kode: string): Region | undefined {
  return byCode.get(kode);
}

/** The region with this Kemendagri code; throws {@link UnknownRegionError} when there is none. */
export function getRegion(kode: string): Region {
  const r = byCode.get(kode);
  if (!r) throw new UnknownRegionError(kode);
  return r;
}

/** The generated row of a region (with the BPS spelling, the crosswalk note and the centroid), if known. */
export function wilayahRow(kode: string): WilayahRow | undefined {
  return rowByCode.get(kode);
}

/** The regions one level below `kode` (the kecamatan of the kota, the kelurahan of a kecamatan), in code order. */
export function childrenOf(kode: string): readonly Region[] {
  return children.get(kode) ?? [];
}

/** The regions of one level. */
export function regionsAt(level: RegionLevel): readonly Region[] {
  if (level === 'kecamatan') return KECAMATAN;
  if (level === 'kelurahan') return KELURAHAN;
  return REGIONS.filter((r) => r.level === level);
}

/** The parent's Kemendagri code within the pack (a kelurahan's kecamatan, a kecamatan's kota). */
export function parentOf(kode: string): string | undefined {
  return byCode.get(kode)?.induk;
}

/**
 * The Kemendagri code for a BPS code (`3374130` → `33.74.01`, `3374130005` → `33.74.01.1001`), through the
 * crosswalk only — never by removing dots. `undefined` when the crosswalk has no such code.
 */
export function kemendagriFromBps(kodeBps: string): string | undefined {
  return bpsToKemendagri.get(kodeBps.trim());
}

/**
 * The BPS code for a Kemendagri code, from the crosswalk. `undefined` for the 5 kelurahan missing from the BPS MFD
 * extract of 11 January 2018 (Pekunden, Kudu, Meteseh, Kedungmundu, Ngesrep) and for unknown codes.
 */
export function bpsFromKemendagri(kode: string): string | undefined {
  return byCode.get(kode)?.kodeBps;
}

/** A set of known region codes, as the data client expects (`has`), with lookup. */
export interface RegionIndex {
  /** True when `kode` is a Kemendagri code of this pack. */
  has(kode: string): boolean;
  /** The region, or `undefined`. */
  get(kode: string): Region | undefined;
  /** Number of regions (1 + 16 + 177 = 194). */
  readonly size: number;
  /** Every code, kota first, then kecamatan and kelurahan in code order. */
  codes(): readonly string[];
}

const allCodes = Object.freeze(REGIONS.map((r) => r.kode));

/** The index of Kota Semarang's 194 region codes, for the data client's unknown-code checks. */
export const regionIndex: RegionIndex = Object.freeze({
  has: (kode: string) => byCode.has(kode),
  get: (kode: string) => byCode.get(kode),
  size: byCode.size,
  codes: () => allCodes,
});
