/**
 * Quarter-to-date (more generally: sub-period-to-date) realisation and the target it is judged against
 * (DESIGN §3).
 *
 * The rule, per aggregation:
 * - `sum` (flows): the realisation is the sum of the sub-periods from the start of the year to this one. It is
 *   judged against the sum of the sub-period targets (`targetPeriode`, each the target of that sub-period alone)
 *   when every sub-period to date has one (basis `periode`), otherwise against the pro-rata share of the annual
 *   target (basis `pro-rata`): 25 / 50 / 75 / 100 % for triwulan I–IV (configurable), the elapsed fraction of the
 *   year for semesters and months. A range target is scaled bound by bound.
 * - `last` (stocks, rates, indices): the realisation is the latest value to date; it is judged against this
 *   sub-period's own target where one exists, else against the annual target itself (basis `tahunan`). Pro-rata
 *   does not apply: a poverty rate of 4 % is not "25 % of the way" to a 4 % target after triwulan I.
 * - `mean` / `max`: the mean / maximum to date, judged like `last` (these are not additive either).
 */
import { type Period, yearFraction } from '../period/period.ts';
import type { Aggregation, Target } from '../schema/indicator.ts';
import { type AggregatedValue, aggregateSubPeriods, type SubPeriodValue } from './aggregate-year.ts';
import { internPeriodKey } from './intern.ts';
import type { EngineOptions, TargetBasis } from './types.ts';

/** Default pro-rata shares of the annual target for triwulan I–IV, in percent. */
export const DEFAULT_PRO_RATA = [25, 50, 75, 100] as const;

/** Result of {@link quarterToDate}. */
export interface ToDateResult {
  readonly realisasi: AggregatedValue;
  readonly target: Target | null;
  readonly targetBasis: TargetBasis | null;
}

/** The share (0–1) of the annual target due by the end of `p`. */
export function proRataShare(p: Period, proRata: readonly number[] = DEFAULT_PRO_RATA): number {
  return p.kind === 'quarter' ? proRata[p.index - 1]! / 100 : yearFraction(p);
}

function scale(t: Target, f: number): Target {
  return typeof t === 'number' ? t * f : { min: t.min * f, max: t.max * f };
}

function addTargets(ts: readonly Target[]): Target {
  if (ts.every((t) => typeof t === 'number')) return (ts as number[]).reduce((a, b) => a + b, 0);
  return ts.reduce<{ min: number; max: number }>(
    (acc, t) =>
      typeof t === 'number'
        ? { min: acc.min + t, max: acc.max + t }
        : { min: acc.min + t.min, max: acc.max + t.max },
    { min: 0, max: 0 },
  );
}

/**
 * The realisation to date at the end of sub-period `period`, and its target, by the rule in this module's header.
 *
 * @param values sub-period values of the same year (other kinds and later periods are ignored).
 * @param targetPeriode sub-period targets keyed by canonical period key (`2025-Q2`).
 */
export function quarterToDate(
  period: Period,
  agregasi: Aggregation,
  values: readonly SubPeriodValue[],
  targetPeriode: Readonly<Record<string, Target>>,
  annualTarget: Target | null,
  options: EngineOptions = {},
): ToDateResult {
  const toDate = values.filter(
    (v) => v.period.kind === period.kind && v.period.year === period.year && v.period.index <= period.index,
  );
  const realisasi = aggregateSubPeriods(toDate, agregasi, period.index);
  const own = targetPeriode[internPeriodKey(period)];
  if (agregasi === 'sum') {
    const all: Target[] = [];
    for (let i = 1; i <= period.index; i++) {
      const t = targetPeriode[internPeriodKey({ kind: period.kind, year: period.year, index: i })];
      if (t === undefined) break;
      all.push(t);
    }
    if (all.length === period.index) return { realisasi, target: addTargets(all), targetBasis: 'periode' };
    if (annualTarget === null) return { realisasi, target: null, targetBasis: null };
    return {
      realisasi,
      target: scale(annualTarget, proRataShare(period, options.proRata)),
      targetBasis: 'pro-rata',
    };
  }
  if (own !== undefined) return { realisasi, target: own, targetBasis: 'periode' };
  return { realisasi, target: annualTarget, targetBasis: annualTarget === null ? null : 'tahunan' };
}
