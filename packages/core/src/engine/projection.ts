/**
 * Projection of yearly realisations to the final RPJMD year at the current pace (DESIGN §3).
 */
import type { Polarity, ProjectionMethod, Target } from '../schema/indicator.ts';
import type { MissingReason } from './types.ts';

/** A yearly point. */
export interface YearPoint {
  readonly tahun: number;
  readonly nilai: number;
}

/** A fitted projection. */
export interface Projection {
  /** The method actually used (`cagr` falls back to `linear` when a value is ≤ 0). */
  readonly metode: ProjectionMethod;
  /** Fitted value at `tahun` for every year from the last observed one to the target year. */
  readonly titik: readonly YearPoint[];
  /** The fitted value in the target year. */
  readonly nilai: number;
}

/**
 * Ordinary least squares y = a + b·x over the points. Returns [a, b].
 * Hand-written (two sums) so it runs on a handful of points without allocating.
 */
export function linearFit(points: readonly YearPoint[]): [number, number] {
  const n = points.length;
  let sx = 0;
  let sy = 0;
  for (const p of points) {
    sx += p.tahun;
    sy += p.nilai;
  }
  const mx = sx / n;
  const my = sy / n;
  let sxy = 0;
  let sxx = 0;
  for (const p of points) {
    sxy += (p.tahun - mx) * (p.nilai - my);
    sxx += (p.tahun - mx) ** 2;
  }
  const b = sxx === 0 ? 0 : sxy / sxx;
  return [my - b * mx, b];
}

/** Compound annual growth rate between the first and last point: (last / first)^(1 / years) − 1. */
export function cagr(first: YearPoint, last: YearPoint): number {
  return (last.nilai / first.nilai) ** (1 / (last.tahun - first.tahun)) - 1;
}

/**
 * Project yearly points (at least 2 distinct years) to `tahunAkhir`: by linear least squares over all points, or
 * by the CAGR from the first to the last point applied to the last value. `titik` runs from the last observed year
 * (its fitted value for `linear`, its observed value for `cagr`) to `tahunAkhir`. Fewer than 2 years →
 * `insufficient-history`.
 *
 * @example projectToYear([{tahun: 2021, nilai: 10}, {tahun: 2022, nilai: 12}], 2024, 'linear') // nilai 16
 */
export function projectToYear(
  points: readonly YearPoint[],
  tahunAkhir: number,
  metode: ProjectionMethod,
): Projection | { readonly reason: MissingReason } {
  // Finite points in year order. Callers usually pass them so: then the (stable) sort would change nothing.
  let ordered = true;
  for (let i = 0; i < points.length; i++) {
    if (!Number.isFinite(points[i]!.nilai) || (i > 0 && points[i]!.tahun < points[i - 1]!.tahun)) {
      ordered = false;
      break;
    }
  }
  const sorted = ordered
    ? points
    : [...points].filter((p) => Number.isFinite(p.nilai)).sort((a, b) => a.tahun - b.tahun);
  // In year order, fewer than 2 distinct years means the first and last share a year.
  if (sorted.length === 0 || sorted[0]!.tahun === sorted[sorted.length - 1]!.tahun) {
    return { reason: 'insufficient-history' };
  }
  const first = sorted[0]!;
  const last = sorted[sorted.length - 1]!;
  const end = Math.max(last.tahun, tahunAkhir);
  // Sized up front: a pushed-to array keeps spare capacity, and every result row holds one of these.
  const titik = new Array<YearPoint>(end - last.tahun + 1);
  if (metode === 'cagr' && first.nilai > 0 && last.nilai > 0) {
    const g = cagr(first, last);
    for (let i = 0; i < titik.length; i++) {
      const tahun = last.tahun + i;
      titik[i] = { tahun, nilai: last.nilai * (1 + g) ** (tahun - last.tahun) };
    }
    return { metode: 'cagr', titik, nilai: titik[titik.length - 1]!.nilai };
  }
  const [a, b] = linearFit(sorted);
  for (let i = 0; i < titik.length; i++) {
    const tahun = last.tahun + i;
    titik[i] = { tahun, nilai: a + b * tahun };
  }
  return { metode: 'linear', titik, nilai: titik[titik.length - 1]!.nilai };
}

/**
 * Whether a value meets a target, by polarity: positive ≥ T, negative ≤ T, range inside [min, max] (whatever the
 * polarity). Null for a neutral indicator or a missing target.
 */
export function meetsTarget(value: number, target: Target | null, polaritas: Polarity): boolean | null {
  if (target === null) return null;
  if (typeof target === 'object') return value >= target.min && value <= target.max;
  if (polaritas === 'netral') return null;
  return polaritas === 'positif' ? value >= target : value <= target;
}
