/**
 * Change against the previous period, judged by polarity (DESIGN §3). "Tetap" when the change rounds to zero at
 * the indicator's display precision, so the words never contradict the printed amount.
 */
import { type Polarity, Polarity as PolaritySchema } from '../schema/indicator.ts';
import {
  checkEnum,
  checkFinite,
  checkInteger,
  checkOptionalFinite,
  EngineArgumentError,
} from './arguments.ts';
import { decimalDifference, MAX_DECIMALS, roundsToZero } from './decimal.ts';
import type { ChangeDirection, MissingReason, ResultChange } from './types.ts';

/** Display decimals of values when an indicator does not set `desimal` (the formatters' default). */
export const DEFAULT_VALUE_DECIMALS = 2;

/** When a change counts as `tetap`. */
export interface ChangeTolerance {
  /**
   * An absolute tolerance: |change| ≤ it is `tetap`. When absent, a change that rounds to 0 at `decimals` is.
   */
  readonly tolerance?: number | undefined;
  /** Display decimals of the indicator's values (default {@link DEFAULT_VALUE_DECIMALS}). */
  readonly decimals?: number | undefined;
}

/** The result of {@link computeChange}: the change, or why there is none. */
export interface ChangeResult {
  readonly perubahan: ResultChange | null;
  readonly reason?: MissingReason;
}

const POLARITIES = PolaritySchema.options;

/** Unchecked {@link changeDirection} for the engine's loops. */
export function directionOf(
  selisih: number,
  polaritas: Polarity,
  tolerance: number | undefined,
  decimals: number,
): ChangeDirection | null {
  const flat = tolerance === undefined ? roundsToZero(selisih, decimals) : Math.abs(selisih) <= tolerance;
  if (flat) return 'tetap';
  if (polaritas === 'netral') return null;
  // Stryker disable next-line EqualityOperator: a change of 0 is always 'tetap' above, so > and >= agree
  return selisih > 0 === (polaritas === 'positif') ? 'membaik' : 'memburuk';
}

/**
 * The direction of a change: `tetap` when it rounds to 0 at `decimals` (default 2) — or, with an explicit
 * `tolerance`, when its absolute size is ≤ it — whatever the polarity; otherwise a rise is `membaik` for a positive
 * indicator and `memburuk` for a negative one; null for a neutral indicator.
 *
 * @throws EngineArgumentError for an unknown polarity, a change that is not a finite number, a negative or
 *   non-finite tolerance, or decimals outside 0–10.
 * @example changeDirection(-0.004, 'positif') // 'tetap' (prints as ±0,00)
 */
export function changeDirection(
  selisih: number,
  polaritas: Polarity,
  options: ChangeTolerance = {},
): ChangeDirection | null {
  const fn = 'changeDirection';
  checkFinite(fn, 'selisih', selisih);
  checkEnum(fn, 'polaritas', polaritas, POLARITIES);
  const { tolerance, decimals } = checkTolerance(fn, options);
  return directionOf(selisih, polaritas, tolerance, decimals);
}

function checkTolerance(fn: string, options: ChangeTolerance): { tolerance?: number; decimals: number } {
  if (options.tolerance !== undefined) {
    checkFinite(fn, 'options.tolerance', options.tolerance);
    if (options.tolerance < 0) {
      throw new EngineArgumentError(fn, 'options.tolerance', options.tolerance, 'angka ≥ 0');
    }
  }
  const decimals =
    options.decimals === undefined
      ? DEFAULT_VALUE_DECIMALS
      : checkInteger(fn, 'options.decimals', options.decimals, 0, MAX_DECIMALS);
  return { tolerance: options.tolerance, decimals };
}

/** Inputs of {@link computeChange}. */
export interface ChangeInput {
  /** This period's value; null when missing. */
  readonly realisasi: number | null;
  /** Why `realisasi` is missing (default `no-data`). */
  readonly realisasiReason?: MissingReason;
  /** The compared value: the previous period's, or the same span of the previous year for a partial year. */
  readonly sebelumnya: number | null;
  /** Why `sebelumnya` is missing (default `no-previous`). */
  readonly sebelumnyaReason?: MissingReason;
  /** Key of the previous period, e.g. `2024` for `2025`. */
  readonly periodeSebelumnya: string;
  /** For a partial year: the last sub-period of the compared span of the previous year (`2024-Q3`). */
  readonly sampaiDengan?: string | null;
  readonly polaritas: Polarity;
}

/** Unchecked {@link computeChange} for the engine's loops. */
export function changeOf(input: ChangeInput, tolerance: number | undefined, decimals: number): ChangeResult {
  const c = changeBetween(
    input.realisasi,
    input.realisasiReason ?? 'no-data',
    input.sebelumnya,
    input.sebelumnyaReason ?? 'no-previous',
    input.periodeSebelumnya,
    input.sampaiDengan ?? null,
    input.polaritas,
    tolerance,
    decimals,
  );
  return typeof c === 'string' ? { perubahan: null, reason: c } : { perubahan: c };
}

/**
 * {@link changeOf} with its input as arguments, giving the change or the reason there is none: the engine builds
 * one per result row, and this makes no object besides the change itself.
 */
export function changeBetween(
  current: number | null,
  currentReason: MissingReason,
  previous: number | null,
  previousReason: MissingReason,
  periodeSebelumnya: string,
  sampaiDengan: string | null,
  polaritas: Polarity,
  tolerance: number | undefined,
  decimals: number,
): ResultChange | MissingReason {
  if (current === null) return currentReason;
  if (previous === null) return previousReason;
  const selisih = decimalDifference(current, previous, decimals);
  if (!Number.isFinite(selisih)) return 'not-finite';
  // Against a previous 0 the quotient is ±Infinity or NaN: no percent.
  const persen = (selisih / Math.abs(previous)) * 100;
  return {
    periodeSebelumnya,
    sampaiDengan,
    sebelumnya: previous,
    selisih,
    persen: Number.isFinite(persen) ? persen : null,
    arah: directionOf(selisih, polaritas, tolerance, decimals),
  };
}

/**
 * Compare a realisation with the previous period's. The difference is that of the decimals shown (4,235 − 4,23 is
 * 0,005, which prints "+0,01"), so the printed amount and the word agree. (or, for a partial year, with the same span of the previous
 * year: `sampaiDengan`). Without a current value the change is null with the current value's reason; without a
 * compared value it is null with `sebelumnyaReason` (default `no-previous`); an overflowing difference is null
 * with `not-finite`. `persen` is relative to |sebelumnya| and null when that is 0. The direction follows
 * {@link changeDirection}.
 *
 * @throws EngineArgumentError for an unknown polarity or values that are not finite numbers (null is missing).
 * @example computeChange({ realisasi: 4.2, sebelumnya: 4.5, periodeSebelumnya: '2024', polaritas: 'negatif' }).perubahan?.arah // 'membaik'
 */
export function computeChange(input: ChangeInput, options: ChangeTolerance = {}): ChangeResult {
  const fn = 'computeChange';
  checkEnum(fn, 'polaritas', input.polaritas, POLARITIES);
  checkOptionalFinite(fn, 'realisasi', input.realisasi);
  checkOptionalFinite(fn, 'sebelumnya', input.sebelumnya);
  if (typeof input.periodeSebelumnya !== 'string') {
    throw new EngineArgumentError(fn, 'periodeSebelumnya', input.periodeSebelumnya, 'kunci periode (teks)');
  }
  const { tolerance, decimals } = checkTolerance(fn, options);
  return changeOf(
    { ...input, realisasi: input.realisasi ?? null, sebelumnya: input.sebelumnya ?? null },
    tolerance,
    decimals,
  );
}
