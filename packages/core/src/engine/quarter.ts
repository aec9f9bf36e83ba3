/**
 * Quarter-to-date (more generally: sub-period-to-date) realisation and the target it is judged against
 * (DESIGN §3).
 *
 * The rule, per aggregation:
 * - `sum` (flows): the realisation is the sum of the sub-periods from the start of the year to this one (blanks
 *   by the indicator's `periodeKosong`, see `aggregate-year.ts`). It is judged against the sum of the sub-period
 *   targets (`targetPeriode`, each the target of that sub-period alone) when every sub-period of its kind to date
 *   has one (basis `periode`), otherwise against the pro-rata share of the annual target (basis `pro-rata`):
 *   25 / 50 / 75 / 100 % at the end of triwulan I–IV (configurable), the elapsed fraction of the year for other
 *   month ends. A range target is scaled bound by bound.
 * - `last` (stocks, rates, indices): the realisation is the latest value to date; it is judged against this
 *   sub-period's own target where one exists, else against the annual target itself (basis `tahunan`). Pro-rata
 *   does not apply: a poverty rate of 4 % is not "25 % of the way" to a 4 % target after triwulan I.
 * - `mean` / `max`: the mean / maximum to date, judged like `last` (these are not additive either).
 */
import { endMonth, PERIODS_PER_YEAR, type Period } from '../period/period.ts';
import {
  type Aggregation,
  Aggregation as AggregationSchema,
  type BlankRule,
  BlankRule as BlankRuleSchema,
  type Target,
} from '../schema/indicator.ts';
import { type AggregatedValue, aggregateSubPeriods, type SubPeriodValue } from './aggregate-year.ts';
import {
  checkArray,
  checkEnum,
  checkFinite,
  checkInteger,
  checkOptionalEnum,
  checkTarget,
  EngineArgumentError,
} from './arguments.ts';
import { internPeriodKey } from './intern.ts';
import { scaleTarget, sumTargets } from './targets.ts';
import type { EngineOptions, TargetBasis } from './types.ts';

/** Default pro-rata shares of the annual target for triwulan I–IV, in percent. */
export const DEFAULT_PRO_RATA = [25, 50, 75, 100] as const;

/** Result of {@link quarterToDate}. */
export interface ToDateResult {
  readonly realisasi: AggregatedValue;
  readonly target: Target | null;
  readonly targetBasis: TargetBasis | null;
}

/** The target a period to date is judged against, and how it was obtained. */
export interface TargetToDate {
  readonly target: Target | null;
  readonly targetBasis: TargetBasis | null;
}

/** The share (0–1) of the annual target due by the end of month `month` (1–12). */
function shareAt(month: number, proRata: readonly number[]): number {
  return month % 3 === 0 ? proRata[month / 3 - 1]! / 100 : month / 12;
}

/**
 * The share (0–1) of the annual target due by the end of `p`: `proRata` (default 25 / 50 / 75 / 100 %) at the
 * end of a triwulan — so also of a semester, or of March, June, September — else the elapsed fraction of the year.
 *
 * @throws EngineArgumentError for a period that is not a month, triwulan, semester or year, or shares that are not
 *   four finite numbers.
 */
export function proRataShare(p: Period, proRata: readonly number[] = DEFAULT_PRO_RATA): number {
  checkPeriod('proRataShare', 'p', p);
  checkProRata('proRataShare', 'proRata', proRata);
  return shareAt(endMonth(p), proRata);
}

function checkPeriod(fn: string, argument: string, p: Period): void {
  if (!p || typeof p !== 'object') throw new EngineArgumentError(fn, argument, p, 'periode');
  checkEnum(fn, `${argument}.kind`, p.kind, ['year', 'semester', 'quarter', 'month']);
  checkInteger(fn, `${argument}.year`, p.year, 0, 9999);
  checkInteger(fn, `${argument}.index`, p.index, 1, PERIODS_PER_YEAR[p.kind]);
}

function checkProRata(fn: string, argument: string, proRata: readonly number[]): void {
  checkArray(fn, argument, proRata);
  if (proRata.length !== 4)
    throw new EngineArgumentError(fn, argument, proRata, 'empat persentase (triwulan I–IV)');
  for (let i = 0; i < proRata.length; i++) checkFinite(fn, `${argument}.${i}`, proRata[i]);
}

/** Unchecked target to date at the end of `period`, by the rule in this module's header. */
export function targetToDate(
  period: Period,
  agregasi: Aggregation,
  targetPeriode: Readonly<Record<string, Target>>,
  annualTarget: Target | null,
  proRata: readonly number[],
): TargetToDate {
  if (agregasi === 'sum') {
    const all: Target[] = [];
    for (let i = 1; i <= period.index; i++) {
      const t = targetPeriode[internPeriodKey({ kind: period.kind, year: period.year, index: i })];
      if (t === undefined) break;
      all.push(t);
    }
    if (all.length === period.index) return { target: sumTargets(all), targetBasis: 'periode' };
    if (annualTarget === null) return { target: null, targetBasis: null };
    return { target: scaleTarget(annualTarget, shareAt(endMonth(period), proRata)), targetBasis: 'pro-rata' };
  }
  const own = targetPeriode[internPeriodKey(period)];
  if (own !== undefined) return { target: own, targetBasis: 'periode' };
  return { target: annualTarget, targetBasis: annualTarget === null ? null : 'tahunan' };
}

/**
 * The realisation to date at the end of sub-period `period`, and its target, by the rule in this module's header.
 * Every sub-period to date is due, so a blank among them follows `periodeKosong` (default `tidak-ada-data`).
 *
 * @param values sub-period values of the same year (other years and later periods are ignored).
 * @param targetPeriode sub-period targets keyed by canonical period key (`2025-Q2`).
 * @throws EngineArgumentError for an unknown aggregation or blank rule, a malformed period or target.
 */
export function quarterToDate(
  period: Period,
  agregasi: Aggregation,
  values: readonly SubPeriodValue[],
  targetPeriode: Readonly<Record<string, Target>>,
  annualTarget: Target | null,
  options: EngineOptions & { readonly periodeKosong?: BlankRule } = {},
): ToDateResult {
  const fn = 'quarterToDate';
  checkPeriod(fn, 'period', period);
  checkEnum(fn, 'agregasi', agregasi, AggregationSchema.options);
  checkArray(fn, 'values', values);
  checkTarget(fn, 'annualTarget', annualTarget);
  for (const [k, t] of Object.entries(targetPeriode)) checkTarget(fn, `targetPeriode.${k}`, t);
  checkOptionalEnum(fn, 'options.periodeKosong', options.periodeKosong, BlankRuleSchema.options);
  const proRata = options.proRata ?? DEFAULT_PRO_RATA;
  checkProRata(fn, 'options.proRata', proRata);
  const sameYear = values.filter((v) => v.period.year === period.year);
  const realisasi = aggregateSubPeriods(sameYear, agregasi, {
    sampaiBulan: endMonth(period),
    selesai: true,
    periodeKosong: options.periodeKosong,
  });
  return { realisasi, ...targetToDate(period, agregasi, targetPeriode, annualTarget, proRata) };
}
