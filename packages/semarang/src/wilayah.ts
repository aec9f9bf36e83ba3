/**
 * The kode wilayah of Kota Semarang as core `Region`s: 1 kota, 16 kecamatan, 177 kelurahan, keyed by Kemendagri
 * code, with the BPS code from the crosswalk. Generated into `data/wilayah.json` by `scripts/build-regions.ts`.
 */
import type { Region } from '@satata/core';
import data from '../data/wilayah.json' with { type: 'json' };

/** One row of the generated kode wilayah table (a `Region` plus crosswalk notes and the source's centroid). */
export interface WilayahRow {
  readonly kode: string;
  readonly nama: string;
  readonly level: 'kota' | 'kecamatan' | 'kelurahan';
  readonly induk?: string;
  readonly kodeBps?: string;
  /** The BPS spelling of the name (MFD 2018), where the crosswalk has one. */
  readonly namaBps?: string;
  /** How the BPS match was made (`nama sama`, `ejaan berbeda (dicocokkan manual)`, `tidak ada di ekstrak …`). */
  readonly padanan?: string;
  /** The boundary source's own centroid, `[lng, lat]` (kelurahan only). */
  readonly pusat?: readonly [number, number];
}

/** Every row of the generated table: the kota first, then kecamatan and kelurahan in code order. */
export const WILAYAH_ROWS: readonly WilayahRow[] = (data as unknown as { wilayah: WilayahRow[] }).wilayah;

/** Kemendagri code of Kota Semarang. */
export const KODE_KOTA = '33.74';

function toRegion(r: WilayahRow): Region {
  const region: { -readonly [K in keyof Region]: Region[K] } = { kode: r.kode, nama: r.nama, level: r.level };
  if (r.induk) region.induk = r.induk;
  if (r.kodeBps) region.kodeBps = r.kodeBps;
  return Object.freeze(region);
}

/** Every region of Kota Semarang as a core `Region` (kota, kecamatan, kelurahan), in code order within a level. */
export const REGIONS: readonly Region[] = Object.freeze(WILAYAH_ROWS.map(toRegion));

/** The 16 kecamatan, in Kemendagri code order. */
export const KECAMATAN: readonly Region[] = Object.freeze(REGIONS.filter((r) => r.level === 'kecamatan'));

/** The 177 kelurahan, in Kemendagri code order. The index in this list is the kelurahan index of micro-data. */
export const KELURAHAN: readonly Region[] = Object.freeze(REGIONS.filter((r) => r.level === 'kelurahan'));

/** Kemendagri codes of the 177 kelurahan, in the order of {@link KELURAHAN}. */
export const KELURAHAN_CODES: readonly string[] = Object.freeze(KELURAHAN.map((r) => r.kode));

/** The rows of the 177 kelurahan, in the order of {@link KELURAHAN}. */
export const KELURAHAN_ROWS: readonly WilayahRow[] = Object.freeze(
  WILAYAH_ROWS.filter((r) => r.level === 'kelurahan'),
);
