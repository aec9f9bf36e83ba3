/**
 * Arithmetic on targets: adding them (a flow's targets over quarters or over the plan years), scaling them (the
 * pro-rata share of a year), and the end-of-period target. Ranges add and scale bound by bound.
 */
import { type Aggregation, Aggregation as AggregationSchema, type Target } from '../schema/indicator.ts';
import { checkEnum, checkInteger, checkTarget, EngineArgumentError } from './arguments.ts';

/**
 * The sum of targets: numbers add; as soon as one is a range `{min, max}`, the result is a range whose bounds are
 * the sums of the bounds (a number counting as `{min: t, max: t}`). Null for an empty list.
 *
 * @example sumTargets([100, { min: 10, max: 20 }]) // { min: 110, max: 120 }
 */
export function sumTargets(targets: readonly Target[]): Target | null {
  if (targets.length === 0) return null;
  let min = 0;
  let max = 0;
  let range = false;
  for (const t of targets) {
    if (typeof t === 'number') {
      min += t;
      max += t;
    } else {
      range = true;
      min += t.min;
      max += t.max;
    }
  }
  return range ? { min, max } : min;
}

/** A target times a factor (bound by bound for a range). */
export function scaleTarget(t: Target, factor: number): Target {
  return typeof t === 'number' ? t * factor : { min: t.min * factor, max: t.max * factor };
}

/**
 * The end-of-period target: for `sum` indicators the sum of the annual targets of every RPJMD year (a flow's end
 * target is cumulative; see {@link sumTargets}), null unless every year has one; for the others the target of the
 * final year.
 *
 * @throws EngineArgumentError for an unknown aggregation, years that are not integers, mulai > akhir, or a target
 *   that is not a finite number or a range.
 */
export function endTarget(
  targets: Readonly<Record<string, Target>>,
  agregasi: Aggregation,
  mulai: number,
  akhir: number,
): Target | null {
  const fn = 'endTarget';
  checkEnum(fn, 'agregasi', agregasi, AggregationSchema.options);
  checkInteger(fn, 'mulai', mulai, 0, 9999);
  checkInteger(fn, 'akhir', akhir, 0, 9999);
  if (mulai > akhir) throw new EngineArgumentError(fn, 'akhir', akhir, `tahun ≥ mulai (${mulai})`);
  if (targets === null || typeof targets !== 'object') {
    throw new EngineArgumentError(fn, 'targets', targets, 'objek target per tahun');
  }
  for (const [year, t] of Object.entries(targets)) checkTarget(fn, `targets.${year}`, t);
  return endTargetOf(targets, agregasi, mulai, akhir);
}

/** Unchecked {@link endTarget} for the engine's loops. */
export function endTargetOf(
  targets: Readonly<Record<string, Target>>,
  agregasi: Aggregation,
  mulai: number,
  akhir: number,
): Target | null {
  if (agregasi !== 'sum') return targets[String(akhir)] ?? null;
  const all: Target[] = [];
  for (let y = mulai; y <= akhir; y++) {
    const t = targets[String(y)];
    if (t === undefined) return null;
    all.push(t);
  }
  return sumTargets(all);
}
