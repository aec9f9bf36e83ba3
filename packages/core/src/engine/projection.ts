/**
 * Projection of yearly realisations to the final RPJMD year at the current pace (DESIGN §3).
 */
import {
  type Polarity,
  Polarity as PolaritySchema,
  type ProjectionMethod,
  ProjectionMethod as ProjectionMethodSchema,
  type RangeRule,
  RangeRule as RangeRuleSchema,
  type Target,
} from '../schema/indicator.ts';
import {
  checkArray,
  checkEnum,
  checkFinite,
  checkInteger,
  checkOptionalEnum,
  checkTarget,
  EngineArgumentError,
} from './arguments.ts';
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

function checkPoints(fn: string, points: readonly YearPoint[]): void {
  checkArray(fn, 'points', points);
  points.forEach((p, i) => {
    if (!p || typeof p !== 'object') throw new EngineArgumentError(fn, `points.${i}`, p, '{ tahun, nilai }');
    checkInteger(fn, `points.${i}.tahun`, p.tahun, 0, 9999);
    checkFinite(fn, `points.${i}.nilai`, p.nilai);
  });
}

/**
 * Ordinary least squares y = a + b·x over the points (the linear fit of {@link fitOf}). Returns [a, b].
 *
 * @throws EngineArgumentError when a point is not `{ tahun: integer, nilai: finite }`, or fewer than 2 years.
 */
export function linearFit(points: readonly YearPoint[]): [number, number] {
  checkPoints('linearFit', points);
  if (new Set(points.map((p) => p.tahun)).size < 2) {
    throw new EngineArgumentError('linearFit', 'points', points, 'titik dari sedikitnya 2 tahun berbeda');
  }
  // Two distinct years: always a fit, never a reason.
  const fit = fitOf(points, 'linear') as Fit;
  return [fit.a, fit.b];
}

/**
 * Compound annual growth rate between the first and last point: (last / first)^(1 / years) − 1.
 *
 * @throws EngineArgumentError unless both values are > 0 and the years differ.
 */
export function cagr(first: YearPoint, last: YearPoint): number {
  checkPoints('cagr', [first, last]);
  if (!(first.nilai > 0 && last.nilai > 0)) {
    throw new EngineArgumentError(
      'cagr',
      'first.nilai/last.nilai',
      [first.nilai, last.nilai],
      'dua nilai > 0',
    );
  }
  if (first.tahun === last.tahun)
    throw new EngineArgumentError('cagr', 'last.tahun', last.tahun, 'tahun lain dari first');
  return growth(first, last);
}

const growth = (first: YearPoint, last: YearPoint) =>
  (last.nilai / first.nilai) ** (1 / (last.tahun - first.tahun)) - 1;

/**
 * Project yearly points (at least 2 distinct years) to `tahunAkhir`: by linear least squares over all points, or
 * by the CAGR from the first to the last point applied to the last value (only when both are > 0; otherwise the
 * linear fit, and `metode` says so). `titik` runs from the last observed year (its fitted value for `linear`, its
 * observed value for `cagr`) to `tahunAkhir`. Fewer than 2 years → `insufficient-history`; a fit that is not
 * finite → `not-finite`.
 *
 * @throws EngineArgumentError for malformed points, a year that is not an integer or an unknown method.
 * @example projectToYear([{tahun: 2021, nilai: 10}, {tahun: 2022, nilai: 12}], 2024, 'linear') // nilai 16
 */
export function projectToYear(
  points: readonly YearPoint[],
  tahunAkhir: number,
  metode: ProjectionMethod,
): Projection | { readonly reason: MissingReason } {
  const fn = 'projectToYear';
  checkPoints(fn, points);
  checkInteger(fn, 'tahunAkhir', tahunAkhir, 0, 9999);
  checkEnum(fn, 'metode', metode, ProjectionMethodSchema.options);
  return projectionOf(points, tahunAkhir, metode);
}

/** A fitted trend: linear `a + b·tahun`, or compound growth `g` from the last point. */
export interface Fit {
  readonly metode: ProjectionMethod;
  /** The last fitted year: the projection runs from it. */
  readonly tahun: number;
  readonly a: number;
  readonly b: number;
  /** For `cagr`: the last value and the growth rate. */
  readonly nilai: number;
  readonly g: number;
}

/** The fitted value in year `tahun`. */
export function fitValue(fit: Fit, tahun: number): number {
  return fit.metode === 'cagr' ? fit.nilai * (1 + fit.g) ** (tahun - fit.tahun) : fit.a + fit.b * tahun;
}

/** True when the points' years never decrease. */
export function isInYearOrder(points: readonly YearPoint[]): boolean {
  for (let i = 1; i < points.length; i++) if (points[i]!.tahun < points[i - 1]!.tahun) return false;
  return true;
}

/**
 * Fit finite yearly points (any order; callers leave out the others) by `metode`: linear least squares over all points, or the CAGR from
 * the first to the last point (only when both are > 0; otherwise linear). Fewer than 2 distinct years →
 * `insufficient-history`.
 */
export function fitOf(
  points: readonly YearPoint[],
  metode: ProjectionMethod,
): Fit | { readonly reason: MissingReason } {
  // In year order. Callers usually pass them so: then the (stable) sort would change nothing.
  const sorted = isInYearOrder(points) ? points : [...points].sort((a, b) => a.tahun - b.tahun);
  // In year order, fewer than 2 distinct years means the first and last share a year.
  if (sorted.length === 0 || sorted[0]!.tahun === sorted[sorted.length - 1]!.tahun) {
    return { reason: 'insufficient-history' };
  }
  const first = sorted[0]!;
  const last = sorted[sorted.length - 1]!;
  if (metode === 'cagr' && first.nilai > 0 && last.nilai > 0) {
    return { metode: 'cagr', tahun: last.tahun, a: 0, b: 0, nilai: last.nilai, g: growth(first, last) };
  }
  // Least squares, inline (two passes over a handful of points).
  const n = sorted.length;
  let sx = 0;
  let sy = 0;
  for (const p of sorted) {
    sx += p.tahun;
    sy += p.nilai;
  }
  const mx = sx / n;
  const my = sy / n;
  let sxy = 0;
  let sxx = 0;
  for (const p of sorted) {
    sxy += (p.tahun - mx) * (p.nilai - my);
    sxx += (p.tahun - mx) ** 2;
  }
  const b = sxy / sxx;
  return { metode: 'linear', tahun: last.tahun, a: my - b * mx, b, nilai: last.nilai, g: 0 };
}

/** Unchecked {@link projectToYear}: the points must be finite. */
export function projectionOf(
  points: readonly YearPoint[],
  tahunAkhir: number,
  metode: ProjectionMethod,
): Projection | { readonly reason: MissingReason } {
  const fit = fitOf(points, metode);
  if ('reason' in fit) return fit;
  const end = Math.max(fit.tahun, tahunAkhir);
  // Sized up front: a pushed-to array keeps spare capacity.
  const titik = new Array<YearPoint>(end - fit.tahun + 1);
  for (let i = 0; i < titik.length; i++) {
    const tahun = fit.tahun + i;
    titik[i] = { tahun, nilai: fitValue(fit, tahun) };
  }
  const nilai = titik[titik.length - 1]!.nilai;
  if (!Number.isFinite(nilai)) return { reason: 'not-finite' };
  return { metode: fit.metode, titik, nilai };
}

/**
 * Whether a value meets a target, by polarity: positive ≥ T, negative ≤ T. A range `{min, max}` is met inside it
 * and, under the published convention (`rentang: 'polaritas'`, the default), beyond it on the favourable side
 * (a positive indicator above `max`, a negative one below `min`) — exactly where the capaian is ≥ 100; a
 * `dua-sisi` range is met inside it only. Null for a neutral indicator or a missing target.
 *
 * @throws EngineArgumentError for a value that is not finite, a malformed target or an unknown polarity or rule.
 */
export function meetsTarget(
  value: number,
  target: Target | null,
  polaritas: Polarity,
  rentang: RangeRule = 'polaritas',
): boolean | null {
  const fn = 'meetsTarget';
  checkFinite(fn, 'value', value);
  checkTarget(fn, 'target', target);
  checkEnum(fn, 'polaritas', polaritas, PolaritySchema.options);
  checkOptionalEnum(fn, 'rentang', rentang, RangeRuleSchema.options);
  return meets(value, target ?? null, polaritas, rentang);
}

/** Unchecked {@link meetsTarget} for the engine's loops. */
export function meets(
  value: number,
  target: Target | null,
  polaritas: Polarity,
  rentang: RangeRule,
): boolean | null {
  if (target === null || polaritas === 'netral') return null;
  if (typeof target === 'number') return polaritas === 'positif' ? value >= target : value <= target;
  // Outside the range only the favourable side of the published convention meets it.
  if (value < target.min) return rentang === 'polaritas' && polaritas === 'negatif';
  if (value > target.max) return rentang === 'polaritas' && polaritas === 'positif';
  return true;
}
