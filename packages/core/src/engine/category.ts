/**
 * Categories (kriteria tingkat capaian kinerja) on half-open bands of the unrounded capaian (DESIGN §3).
 */
import { type CategoryBand, type CategoryScale, DEFAULT_CATEGORY_SCALE } from '../schema/category.ts';

/**
 * The band a capaian falls in: the first band (highest `min` first) with capaian ≥ `min`; the open bottom band
 * otherwise. Judged on the unrounded value: 90.996 is Tinggi on the default scale even though it prints as 91,00.
 * Null for a missing or non-finite capaian.
 *
 * @example categorize(91, DEFAULT_CATEGORY_SCALE)?.key // 'sangat-tinggi'
 */
export function categorize(
  capaian: number | null | undefined,
  scale: CategoryScale = DEFAULT_CATEGORY_SCALE,
): CategoryBand | null {
  if (capaian === null || capaian === undefined || !Number.isFinite(capaian)) return null;
  for (const band of scale.bands) if (band.min === null || capaian >= band.min) return band;
  return null;
}

/** The rank of a band in its scale, 0 = highest; −1 when not in the scale. */
export function bandRank(scale: CategoryScale, key: string | null): number {
  return key === null ? -1 : scale.bands.findIndex((b) => b.key === key);
}
