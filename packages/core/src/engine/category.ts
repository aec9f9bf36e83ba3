/**
 * Categories (kriteria tingkat capaian kinerja) on half-open bands of the published capaian (DESIGN §3), and the
 * one rule for which scale applies.
 */
import type { Catalog } from '../schema/catalog.ts';
import { type CategoryBand, type CategoryScale, DEFAULT_CATEGORY_SCALE } from '../schema/category.ts';
import { checkInteger, EngineArgumentError } from './arguments.ts';
import { DEFAULT_CAPAIAN_DECIMALS } from './capaian.ts';
import { MAX_DECIMALS, roundHalfAway } from './decimal.ts';

/**
 * The category scale that applies: the one asked for explicitly (an engine or provider option), else the
 * catalog's own `kategori`, else the Permendagri 86/2017 default. Every place that needs a scale resolves it here,
 * so a catalog's scale is never overridden by a default.
 *
 * @example resolveCategoryScale(undefined, catalog) // catalog.kategori ?? DEFAULT_CATEGORY_SCALE
 */
export function resolveCategoryScale(
  explicit: CategoryScale | undefined,
  catalog?: Pick<Catalog, 'kategori'> | null,
): CategoryScale {
  return explicit ?? catalog?.kategori ?? DEFAULT_CATEGORY_SCALE;
}

/**
 * The decimals a capaian is published with: the indicator's `desimalCapaian`, else the catalog's, else 2.
 */
export function capaianDecimals(
  indicator?: { readonly desimalCapaian?: number | undefined } | null,
  catalog?: { readonly desimalCapaian?: number | undefined } | null,
): number {
  return indicator?.desimalCapaian ?? catalog?.desimalCapaian ?? DEFAULT_CAPAIAN_DECIMALS;
}

/** The band of an already published (rounded) capaian; the engine's loops call this. */
export function bandOf(capaian: number | null, scale: CategoryScale): CategoryBand | null {
  if (!Number.isFinite(capaian)) return null; // null too
  for (const band of scale.bands) if (band.min === null || (capaian as number) >= band.min) return band;
  return null;
}

/**
 * The band a capaian falls in, decided on the capaian as published: rounded half away from zero to `decimals`
 * (default 2) first, then the first band (highest `min` first) with capaian ≥ `min`, else the open bottom band.
 * So 90,996 (printed 91,00) is Sangat Tinggi, and 90,99999999999999 (R 9,1 against T 10) too. Null for a missing
 * or non-finite capaian.
 *
 * @throws EngineArgumentError when `scale` has no bands or `decimals` is not an integer 0–10.
 * @example categorize(91, DEFAULT_CATEGORY_SCALE)?.key // 'sangat-tinggi'
 */
export function categorize(
  capaian: number | null | undefined,
  scale: CategoryScale = DEFAULT_CATEGORY_SCALE,
  decimals: number = DEFAULT_CAPAIAN_DECIMALS,
): CategoryBand | null {
  if (!scale || !Array.isArray(scale.bands) || scale.bands.length === 0) {
    throw new EngineArgumentError('categorize', 'scale', scale, 'skala kategori dengan pita (bands)');
  }
  checkInteger('categorize', 'decimals', decimals, 0, MAX_DECIMALS);
  if (!Number.isFinite(capaian)) return null; // null and undefined too
  return bandOf(roundHalfAway(capaian as number, decimals), scale);
}

/** The rank of a band in its scale, 0 = highest; −1 when not in the scale. */
export function bandRank(scale: CategoryScale, key: string | null): number {
  return scale.bands.findIndex((b) => b.key === key); // a band's key is never null
}
