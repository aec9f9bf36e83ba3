import { z } from 'zod';
import { KodeWilayah } from './common.ts';

/** Administrative levels, from the province down to the kelurahan/desa. */
export const RegionLevel = z.enum(['provinsi', 'kota', 'kecamatan', 'kelurahan']);
/** Administrative level of a region. */
export type RegionLevel = z.infer<typeof RegionLevel>;

/** Levels at which an indicator can be estimated (DESIGN §3, "level estimasi"). */
export const EstimationLevel = z.enum(['kota', 'kecamatan', 'kelurahan']);
/** Level at which an indicator can be estimated. */
export type EstimationLevel = z.infer<typeof EstimationLevel>;

/** A region keyed by its Kemendagri code; BPS codes come only through the crosswalk (`kodeBps`). */
export const Region = z
  .object({
    kode: KodeWilayah,
    nama: z.string().min(1),
    level: RegionLevel,
    /** Kemendagri code of the parent region (a kelurahan's kecamatan, a kecamatan's kota). */
    induk: KodeWilayah.optional(),
    /** BPS code from the crosswalk, where one is known. Never derived from the Kemendagri code. */
    kodeBps: z.string().regex(/^\d+$/).optional(),
  })
  .strict();
/** A region keyed by its Kemendagri code. */
export type Region = z.infer<typeof Region>;

/** The level a Kemendagri code denotes, from its shape. */
export function levelOfCode(kode: string): RegionLevel {
  const parts = kode.split('.').length;
  return parts === 1 ? 'provinsi' : parts === 2 ? 'kota' : parts === 3 ? 'kecamatan' : 'kelurahan';
}

/** The parent code of a Kemendagri code (`33.74.01.1001` → `33.74.01`), or `undefined` for a province. */
export function parentCode(kode: string): string | undefined {
  const i = kode.lastIndexOf('.');
  return i < 0 ? undefined : kode.slice(0, i);
}
