/**
 * Questions every view asks of result rows, answered once: "the latest period with data" and "is this cell
 * suppressed".
 */
import { comparePeriods, type PeriodKind, parsePeriod } from '../period/period.ts';

/** What {@link latestWithData} reads of a row. */
export interface PeriodRow {
  readonly periode: string;
  readonly realisasi: number | null;
}

/**
 * The row of the latest period that has a realisation — among rows of `kind` when given (e.g. `year`) — or
 * undefined when none has one. Periods are compared by their end, a sub-period before its year (`2025-Q4` <
 * `2025`); among rows of the same period, the first given wins.
 *
 * @example latestWithData(rows, 'year')?.periode // '2025' when 2025 has a value and 2026 does not
 */
export function latestWithData<R extends PeriodRow>(rows: readonly R[], kind?: PeriodKind): R | undefined {
  let best: R | undefined;
  let bestPeriod: ReturnType<typeof parsePeriod> | undefined;
  for (const r of rows) {
    if (r.realisasi === null) continue;
    const p = parsePeriod(r.periode);
    if (kind !== undefined && p.kind !== kind) continue;
    if (bestPeriod === undefined || comparePeriods(p, bestPeriod) > 0) {
      best = r;
      bestPeriod = p;
    }
  }
  return best;
}

/** What {@link isSuppressed} reads of a row. */
export interface SuppressibleRow {
  readonly flags: { readonly ditekan: boolean };
  readonly missing: { readonly realisasi?: string | undefined };
}

/**
 * True when a row's value is withheld for privacy (a small cell, or a parent whose child is one): shown as
 * "ditekan", never as 0 or as "no data". The engine sets `flags.ditekan` exactly when the realisation is missing
 * because it is suppressed; a row built elsewhere may say so only in `missing.realisasi`.
 */
export function isSuppressed(r: SuppressibleRow): boolean {
  return r.flags.ditekan || r.missing.realisasi === 'suppressed';
}
