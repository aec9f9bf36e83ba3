import type { IndicatorResult } from './types.ts';

/**
 * Engine result rows grouped by indicator code, each group in input order; `keep` (when given) selects the rows
 * first — e.g. one region's year rows. Indicators without a kept row have no entry.
 */
export function groupByIndicator(
  results: readonly IndicatorResult[],
  keep?: (r: IndicatorResult) => boolean,
): Map<string, IndicatorResult[]> {
  const groups = new Map<string, IndicatorResult[]>();
  for (const r of results) {
    if (keep && !keep(r)) continue;
    const list = groups.get(r.indikator);
    if (list) list.push(r);
    else groups.set(r.indikator, [r]);
  }
  return groups;
}
