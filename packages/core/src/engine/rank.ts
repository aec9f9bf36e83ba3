/**
 * Ranks within a group by polarity, and the small-denominator flag.
 */
import { type Polarity, Polarity as PolaritySchema } from '../schema/indicator.ts';
import { checkArray, checkEnum, checkOptionalFinite } from './arguments.ts';

/** Default threshold under which a denominator is flagged as small. */
export const DEFAULT_SMALL_DENOMINATOR = 30;

/**
 * Competition ranks ("1224") of values within one group, 1 = best by polarity: the highest value for a positive
 * indicator, the lowest for a negative one. Ties share a rank and the next rank skips. Missing values get null,
 * and so does every value of a neutral indicator.
 *
 * @throws EngineArgumentError for an unknown polarity or a value that is not a finite number or null.
 * @example rankByPolarity([5, 9, 5, null], 'positif') // [2, 1, 2, null]
 */
export function rankByPolarity(values: readonly (number | null)[], polaritas: Polarity): (number | null)[] {
  checkArray('rankByPolarity', 'values', values);
  checkEnum('rankByPolarity', 'polaritas', polaritas, PolaritySchema.options);
  for (let i = 0; i < values.length; i++) checkOptionalFinite('rankByPolarity', `values.${i}`, values[i]);
  return ranksOf(values, polaritas);
}

/** Unchecked {@link rankByPolarity} for the engine's loops. */
export function ranksOf(values: readonly (number | null)[], polaritas: Polarity): (number | null)[] {
  const n = values.length;
  const out: (number | null)[] = new Array(n).fill(null);
  if (polaritas === 'netral') return out;
  // Indices of the present values, sorted best first (ties keep input order), then competition ranks.
  const idx: number[] = [];
  for (let i = 0; i < n; i++) {
    const v = values[i];
    if (v !== null && v !== undefined && Number.isFinite(v)) idx.push(i);
  }
  if (polaritas === 'positif') idx.sort((a, b) => (values[b] as number) - (values[a] as number) || a - b);
  else idx.sort((a, b) => (values[a] as number) - (values[b] as number) || a - b);
  for (let k = 0; k < idx.length; k++) {
    const i = idx[k]!;
    const prev = k > 0 ? idx[k - 1]! : -1;
    out[i] = prev >= 0 && values[prev] === values[i] ? out[prev]! : k + 1;
  }
  return out;
}

/** True when a denominator is present and below the threshold (default {@link DEFAULT_SMALL_DENOMINATOR}). */
export function isSmallDenominator(
  denominator: number | null | undefined,
  threshold = DEFAULT_SMALL_DENOMINATOR,
): boolean {
  return denominator !== null && denominator !== undefined && denominator < threshold;
}
