import { z } from 'zod';
import { tryParsePeriod } from '../period/period.ts';

/** Text in Bahasa Indonesia with an optional English version. */
export const LocalizedText = z
  .object({
    id: z.string().min(1, 'teks Bahasa Indonesia wajib diisi'),
    en: z.string().min(1).optional(),
  })
  .strict();
/** Text in Bahasa Indonesia with an optional English version. */
export type LocalizedText = z.infer<typeof LocalizedText>;

/** A period key in any accepted spelling (`2025`, `2025-Q2`, `Triwulan II 2025` …). */
export const PeriodText = z.string().refine((s) => tryParsePeriod(s) !== null, {
  message: 'periode seperti 2025, 2025-S1, 2025-Q2 atau 2025-06',
});

/** A four-digit year. */
export const Year = z.number().int().min(1900).max(2200);

/**
 * The shape of a Kemendagri region code: `33` (provinsi), `33.74` (kota/kabupaten), `33.74.01` (kecamatan),
 * `33.74.01.1001` (kelurahan/desa). The one pattern every package checks codes with.
 */
export const KODE_WILAYAH_PATTERN: RegExp = /^\d{2}(\.\d{2}(\.\d{2}(\.\d{4})?)?)?$/;

/** What a Kemendagri region code looks like, in words (for errors and quality issues). */
export const KODE_WILAYAH_EXPECTED = 'kode wilayah Kemendagri seperti 33.74 atau 33.74.01.1001';

/** True when `value` is a string shaped like a Kemendagri region code ({@link KODE_WILAYAH_PATTERN}). */
export function isKodeWilayah(value: unknown): value is string {
  return typeof value === 'string' && KODE_WILAYAH_PATTERN.test(value);
}

/** Kemendagri region code: `33`, `33.74`, `33.74.01`, `33.74.01.1001`. */
export const KodeWilayah = z.string().regex(KODE_WILAYAH_PATTERN, KODE_WILAYAH_EXPECTED);

/** A finite number (no NaN, no Infinity). */
export const FiniteNumber = z.number().refine(Number.isFinite, { message: 'angka berhingga' });
