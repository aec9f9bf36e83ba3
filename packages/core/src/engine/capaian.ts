/**
 * Capaian (achievement, %) of a realisation against a target, by polarity (DESIGN §3, Permendagri 86/2017).
 */
import type { NegativeFormula, Polarity, Target } from '../schema/indicator.ts';
import type { EngineOptions, MissingReason } from './types.ts';

/** The result of {@link computeCapaian}: the capaian or the reason it is missing. */
export interface CapaianResult {
  /** Capaian in percent, unrounded and not capped at 100; null when it cannot be formed. */
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
}

/** Capaian of a positive indicator: R / T × 100. */
export function positiveCapaian(r: number, t: number): number {
  return (r / t) * 100;
}

/** Capaian of a negative indicator: `selisih` (2T − R) / T × 100, or `rasio` T / R × 100. */
export function negativeCapaian(r: number, t: number, formula: NegativeFormula): number {
  return formula === 'selisih' ? ((2 * t - r) / t) * 100 : (t / r) * 100;
}

const missing = (reason: MissingReason, targetAcuan: number | null = null): CapaianResult => ({
  capaian: null,
  targetAcuan,
  reason,
  negatif: false,
});

function judge(
  r: number,
  t: number,
  polaritas: 'positif' | 'negatif',
  formula: NegativeFormula,
): CapaianResult {
  if (t === 0) return missing('target-zero', 0);
  if (polaritas === 'negatif' && formula === 'rasio' && r === 0) return missing('realisation-zero', t);
  const capaian = polaritas === 'positif' ? positiveCapaian(r, t) : negativeCapaian(r, t, formula);
  return { capaian, targetAcuan: t, negatif: capaian < 0 };
}

/**
 * Compute the capaian of a realisation against a target.
 *
 * - positive: R / T × 100; negative: (2T − R) / T × 100 (`selisih`, default) or T / R × 100 (`rasio`), chosen by
 *   the indicator's `rumusNegatif`, else `options.negativeFormula`.
 * - range `{min, max}`: inside (bounds included) → 100 against the nearest bound; outside → see
 *   {@link EngineOptions.rangeMode} (default `band`: below → R / min × 100, above → the negative formula against
 *   max, both < 100).
 * - neutral polarity → null `neutral-polarity`; missing realisation → null with its reason (never 0); missing
 *   target → `no-target`; target 0 → `target-zero`; `rasio` with R = 0 → `realisation-zero`.
 * - Not capped at 100; a negative capaian is returned as computed with `negatif: true`.
 *
 * @example computeCapaian({ realisasi: 4.2, target: 4.5, polaritas: 'negatif' }) // (9 − 4.2) / 4.5 × 100 = 106.67
 */
export function computeCapaian(input: CapaianInput, options: EngineOptions = {}): CapaianResult {
  const { realisasi: r, target: t, polaritas } = input;
  if (polaritas === 'netral') return missing('neutral-polarity');
  if (r === null || r === undefined || Number.isNaN(r)) return missing(input.realisasiReason ?? 'no-data');
  if (t === null || t === undefined) return missing('no-target');
  const formula = input.rumusNegatif ?? options.negativeFormula ?? 'selisih';
  if (typeof t === 'number') return judge(r, t, polaritas, formula);

  const { min, max } = t;
  if (r >= min && r <= max) {
    const nearest = Math.abs(r - min) <= Math.abs(max - r) ? min : max;
    return { capaian: 100, targetAcuan: nearest, negatif: false };
  }
  const mode = options.rangeMode ?? 'band';
  if (mode === 'band') return r < min ? judge(r, min, 'positif', formula) : judge(r, max, 'negatif', formula);
  return r < min ? judge(r, min, polaritas, formula) : judge(r, max, polaritas, formula);
}
