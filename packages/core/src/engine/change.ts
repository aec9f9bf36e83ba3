/**
 * Change against the previous period of the same kind, judged by polarity (DESIGN §3).
 */
import type { Polarity } from '../schema/indicator.ts';
import type { ChangeDirection, MissingReason, ResultChange } from './types.ts';

/** The result of {@link computeChange}: the change, or why there is none. */
export interface ChangeResult {
  readonly perubahan: ResultChange | null;
  readonly reason?: MissingReason;
}

/**
 * The direction of a change by polarity: a rise is `membaik` for a positive indicator and `memburuk` for a negative
 * one; a change whose absolute size is ≤ `tolerance` is `tetap`. Null for a neutral indicator.
 */
export function changeDirection(selisih: number, polaritas: Polarity, tolerance = 0): ChangeDirection | null {
  if (polaritas === 'netral') return null;
  if (Math.abs(selisih) <= tolerance) return 'tetap';
  return selisih > 0 === (polaritas === 'positif') ? 'membaik' : 'memburuk';
}

/**
 * Compare a realisation with the previous period's (`periodeSebelumnya`: `2024` for `2025`, `2025-Q1` for
 * `2025-Q2`). Without a current value the change is null with the current value's reason; without a previous value
 * it is null with `no-previous`. `persen` is relative to |sebelumnya| and null when that is 0.
 *
 * @example computeChange(4.2, 4.5, '2024', 'negatif').perubahan?.arah // 'membaik' (a fall of 0,3 on a negative indicator)
 */
export function computeChange(
  current: number | null,
  previous: number | null,
  periodeSebelumnya: string,
  polaritas: Polarity,
  tolerance = 0,
  currentReason: MissingReason = 'no-data',
): ChangeResult {
  if (current === null) return { perubahan: null, reason: currentReason };
  if (previous === null) return { perubahan: null, reason: 'no-previous' };
  const selisih = current - previous;
  return {
    perubahan: {
      periodeSebelumnya,
      sebelumnya: previous,
      selisih,
      persen: previous === 0 ? null : (selisih / Math.abs(previous)) * 100,
      arah: changeDirection(selisih, polaritas, tolerance),
    },
  };
}
