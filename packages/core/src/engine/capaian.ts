/**
 * Capaian (achievement, %) of a realisation against a target, by polarity (DESIGN §3, Permendagri 86/2017), as it
 * is published: computed exactly from the decimal inputs and rounded half away from zero to the capaian decimals.
 */
import {
  type NegativeFormula,
  NegativeFormula as NegativeFormulaSchema,
  type Polarity,
  Polarity as PolaritySchema,
  type RangeRule,
  RangeRule as RangeRuleSchema,
  type Target,
} from '../schema/indicator.ts';
import {
  checkEnum,
  checkFinite,
  checkInteger,
  checkOptionalEnum,
  checkOptionalFinite,
  checkTarget,
} from './arguments.ts';
import { MAX_DECIMALS, roundedCapaian } from './decimal.ts';
import type { EngineOptions, MissingReason } from './types.ts';

/** Decimals of a published capaian when neither the catalog nor the indicator says otherwise. */
export const DEFAULT_CAPAIAN_DECIMALS = 2;

/** The result of {@link computeCapaian}: the capaian or the reason it is missing. */
export interface CapaianResult {
  /** Capaian in percent as published (rounded to the capaian decimals), not capped at 100; null when not formed. */
  readonly capaian: number | null;
  /** The number the realisation was judged against (for a range: the violated or nearest bound). */
  readonly targetAcuan: number | null;
  /** Why `capaian` is null. */
  readonly reason?: MissingReason;
  /** True when the capaian is negative (reported as computed, and flagged). */
  readonly negatif: boolean;
}

/** Inputs of {@link computeCapaian}. */
export interface CapaianInput {
  /** The realisation; null or undefined when missing. */
  readonly realisasi: number | null | undefined;
  /** Why the realisation is missing (default `no-data`). */
  readonly realisasiReason?: MissingReason;
  readonly target: Target | null | undefined;
  readonly polaritas: Polarity;
  /** The indicator's own negative formula; overrides `options.negativeFormula`. */
  readonly rumusNegatif?: NegativeFormula;
  /** How a range target is judged outside the range (default `polaritas`, the published convention). */
  readonly rentang?: RangeRule;
  /** Decimals of the published capaian (default {@link DEFAULT_CAPAIAN_DECIMALS}). */
  readonly desimal?: number;
}

const POLARITIES = PolaritySchema.options;
const FORMULAS = NegativeFormulaSchema.options;
const RANGE_RULES = RangeRuleSchema.options;

/** Capaian of a positive indicator, unrounded: R / T × 100. */
export function positiveCapaian(r: number, t: number): number {
  checkFinite('positiveCapaian', 'r', r);
  checkFinite('positiveCapaian', 't', t);
  return (r / t) * 100;
}

/** Capaian of a negative indicator, unrounded: `selisih` (2T − R) / T × 100, or `rasio` T / R × 100. */
export function negativeCapaian(r: number, t: number, formula: NegativeFormula): number {
  checkFinite('negativeCapaian', 'r', r);
  checkFinite('negativeCapaian', 't', t);
  checkEnum('negativeCapaian', 'formula', formula, FORMULAS);
  return formula === 'selisih' ? ((2 * t - r) / t) * 100 : (t / r) * 100;
}

const MISSING_WITHOUT_TARGET = new Map<MissingReason, CapaianResult>();

/** A capaian missing for `reason`; one shared frozen result per reason when there is no target to refer to. */
function missing(reason: MissingReason, targetAcuan: number | null = null): CapaianResult {
  if (targetAcuan !== null) return { capaian: null, targetAcuan, reason, negatif: false };
  let c = MISSING_WITHOUT_TARGET.get(reason);
  if (c === undefined) {
    c = Object.freeze({ capaian: null, targetAcuan: null, reason, negatif: false });
    MISSING_WITHOUT_TARGET.set(reason, c);
  }
  return c;
}

const INSIDE_RANGE: Map<number, CapaianResult> = new Map();

/**
 * Capaian 100 against bound `t` (inside a range), shared per bound value. The map does not tell −0 from 0, so the
 * bound is stored as 0: a bound written −0 must not leave a −0 behind for later rows.
 */
function inside(t: number): CapaianResult {
  let c = INSIDE_RANGE.get(t);
  if (c === undefined) {
    c = Object.freeze({ capaian: 100, targetAcuan: t === 0 ? 0 : t, negatif: false });
    // Stryker disable next-line EqualityOperator: a bound of 4096 or 4097 shared results is not observable (both cap memory)
    if (INSIDE_RANGE.size < 4096) INSIDE_RANGE.set(t, c);
  }
  return c;
}

/**
 * Judge `r` against the single number `t` by a polarity (`positive`: R / T; else the negative `formula`): the
 * published capaian, or why there is none. The ratio formulas assume a positive target: a target ≤ 0 gives no
 * capaian (`target-zero` / `target-negative`), and so does `rasio` with R ≤ 0. A result that is not finite
 * (overflow, underflow to 0) gives `not-finite`.
 */
export function judge(
  r: number,
  t: number,
  positive: boolean,
  formula: NegativeFormula,
  decimals: number,
): CapaianResult {
  if (t < 0) return missing('target-negative', t);
  if (t === 0) return missing('target-zero', 0);
  let approx: number;
  if (positive) approx = (r / t) * 100;
  else if (formula === 'selisih') approx = ((2 * t - r) / t) * 100;
  else {
    if (r < 0) return missing('realisation-negative', t);
    if (r === 0) return missing('realisation-zero', t);
    approx = (t / r) * 100;
  }
  if (!Number.isFinite(approx)) return missing('not-finite', t);
  const capaian = roundedCapaian(approx, decimals, positive ? 'positif' : formula, r, t);
  return { capaian, targetAcuan: t, negatif: capaian < 0 };
}

/**
 * The capaian without argument checks, for the engine's loops (the arguments come from a validated catalog).
 * See {@link computeCapaian}.
 */
export function capaianOf(
  r: number | null,
  realisasiReason: MissingReason,
  t: Target | null,
  polaritas: Polarity,
  formula: NegativeFormula,
  rule: RangeRule,
  decimals: number,
): CapaianResult {
  if (polaritas === 'netral') return missing('neutral-polarity');
  if (r === null) return missing(realisasiReason);
  if (t === null) return missing('no-target');
  if (typeof t === 'number') return judge(r, t, polaritas === 'positif', formula, decimals);
  const { min, max } = t;
  const below = r < min;
  if (!below && r <= max) {
    // Inside the range: 100 against the nearest bound (no ratio is formed, so the bounds' signs do not matter).
    return inside(Math.abs(r - min) <= Math.abs(max - r) ? min : max);
  }
  if (rule === 'polaritas') return judge(r, below ? min : max, polaritas === 'positif', formula, decimals);
  // dua-sisi: below the range like a positive indicator, above it like a negative one.
  return below ? judge(r, min, true, formula, decimals) : judge(r, max, false, formula, decimals);
}

/**
 * Compute the capaian of a realisation against a target, as published.
 *
 * - positive: R / T × 100; negative: (2T − R) / T × 100 (`selisih`, default) or T / R × 100 (`rasio`), chosen by
 *   the indicator's `rumusNegatif`, else `options.negativeFormula`.
 * - range `{min, max}`: inside (bounds included) → 100 against the nearest bound; outside, by `rentang`:
 *   `polaritas` (default, the published convention) applies the polarity's formula to the bound passed — above the
 *   range to `max`, below it to `min` (positive 10–12, R 13 → 13 / 12 × 100 = 108,33; negative 7–8, R 6 →
 *   (2×7 − 6) / 7 × 100 = 114,29); `dua-sisi` (a band, bad on both sides) judges below `min` like a positive
 *   indicator and above `max` like a negative one, so both sides fall short.
 * - Rounded half away from zero to `desimal` decimals (default 2) on the exact decimal quotient, so exact edges
 *   stay exact (R 9,1 against T 10 is 91,00) and the printed capaian is the value its category is decided on.
 * - Missing, never 0: neutral polarity → `neutral-polarity`; missing realisation → its reason; no target →
 *   `no-target`; a target (or the bound used) of 0 → `target-zero`, below 0 → `target-negative`; `rasio` with
 *   R = 0 → `realisation-zero`, R < 0 → `realisation-negative`; a non-finite result → `not-finite`.
 * - Not capped at 100; a negative capaian is returned as computed with `negatif: true`.
 *
 * @throws EngineArgumentError for an unknown polarity, formula or range rule, a realisation or target that is not
 *   a finite number (NaN, Infinity), a range with min > max, or decimals outside 0–10.
 * @example computeCapaian({ realisasi: 4.2, target: 4.5, polaritas: 'negatif' }).capaian // (9 − 4,2) / 4,5 × 100 = 106.67
 */
export function computeCapaian(input: CapaianInput, options: EngineOptions = {}): CapaianResult {
  const fn = 'computeCapaian';
  const polaritas = checkEnum(fn, 'polaritas', input.polaritas, POLARITIES);
  const r = checkOptionalFinite(fn, 'realisasi', input.realisasi) ?? null;
  checkTarget(fn, 'target', input.target);
  const formula =
    checkOptionalEnum(fn, 'rumusNegatif', input.rumusNegatif, FORMULAS) ??
    checkOptionalEnum(fn, 'options.negativeFormula', options.negativeFormula, FORMULAS) ??
    'selisih';
  const rule = checkOptionalEnum(fn, 'rentang', input.rentang, RANGE_RULES) ?? 'polaritas';
  const decimals =
    input.desimal === undefined
      ? DEFAULT_CAPAIAN_DECIMALS
      : checkInteger(fn, 'desimal', input.desimal, 0, MAX_DECIMALS);
  return capaianOf(
    r,
    input.realisasiReason ?? 'no-data',
    input.target ?? null,
    polaritas,
    formula,
    rule,
    decimals,
  );
}
