/**
 * Raw class bounds per method, over sorted finite values. Each function returns `k + 1` non-decreasing edges from
 * the data minimum to the maximum; `classify` then collapses duplicates.
 */

import { scaleQuantile } from 'd3-scale';
import { ckmeans } from 'simple-statistics';

/**
 * Quantile bounds: d3's `scaleQuantile` thresholds (R-7 interpolation, as Excel's PERCENTILE.INC) between the
 * minimum and maximum, so each class holds about `n / k` values (ties can unbalance it).
 */
export function quantileBounds(sorted: readonly number[], k: number): number[] {
  const thresholds = scaleQuantile<number>()
    .domain(sorted)
    .range(Array.from({ length: k }, (_, i) => i))
    .quantiles();
  return [sorted[0]!, ...thresholds, sorted[sorted.length - 1]!];
}

/**
 * Equal-interval bounds: `k` classes of width `(max − min) / k`. Interpolated as `min·(1 − t) + max·t` so that even
 * ranges near the largest double do not overflow; the outer edges are exactly min and max.
 */
export function equalIntervalBounds(sorted: readonly number[], k: number): number[] {
  const min = sorted[0]!;
  const max = sorted[sorted.length - 1]!;
  const out = [min];
  for (let i = 1; i < k; i++) {
    const t = i / k;
    out.push(Math.min(max, Math.max(out[i - 1]!, min * (1 - t) + max * t)));
  }
  out.push(max);
  return out;
}

/**
 * Natural-breaks bounds: simple-statistics `ckmeans` (Wang & Song's optimal 1-D k-means, the modern form of Jenks)
 * with `k` capped at the number of distinct values; each class starts at its cluster's smallest value, so class
 * membership equals cluster membership. When the top cluster is a single value, the last class is `[v, v]` (closed,
 * so not empty): the last two bounds are then equal, and `classify` keeps them.
 */
export function naturalBreaksBounds(sorted: readonly number[], k: number, distinct: number): number[] {
  const clusters = ckmeans(sorted as number[], Math.min(k, distinct));
  const lows: number[] = [];
  for (const c of clusters) if (lows.length === 0 || c[0]! > lows[lows.length - 1]!) lows.push(c[0]!);
  return [...lows, sorted[sorted.length - 1]!];
}

/**
 * Manual bounds: the thresholds between the data minimum and maximum, the outer edges widened to the outermost
 * thresholds when these lie outside the data (the classes stay; some are empty). With no data, the outer edges are
 * the outermost thresholds.
 */
export function manualBounds(sorted: readonly number[], breaks: readonly number[]): number[] {
  if (sorted.length === 0) {
    return breaks.length === 0 ? [] : [breaks[0]!, ...breaks, breaks[breaks.length - 1]!];
  }
  const min = sorted[0]!;
  const max = sorted[sorted.length - 1]!;
  if (breaks.length === 0) return [min, max];
  return [Math.min(min, breaks[0]!), ...breaks, Math.max(max, breaks[breaks.length - 1]!)];
}
