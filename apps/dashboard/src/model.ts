/**
 * What the mayor's view shows for a chosen year and triwulan, from the engine's results: which results a card may
 * use ("as of" the chosen period), the headline IKU, the IKU that need attention and the years on offer. Pure
 * functions over `@satata/core` types; every rule (capaian, categories, change) stays in the engine and view
 * models — this module only selects.
 */
import {
  type CardViewModel,
  type Catalog,
  comparePeriods,
  completeYearAsOf,
  type IndicatorResult,
  latestWithData,
  parsePeriod,
  periodKey,
} from '@satata/core';
import type { Triwulan } from './url-state.ts';

/** The period the dashboard is looking at: a year, optionally a triwulan of it. */
export interface ViewPeriod {
  readonly tahun: number;
  readonly triwulan: Triwulan | null;
}

/** The period key of a view period (`2025`, `2025-Q2`), by core's `periodKey`. */
export function viewPeriodKey(p: ViewPeriod): string {
  return periodKey(
    p.triwulan === null
      ? { kind: 'year', year: p.tahun, index: 1 }
      : { kind: 'quarter', year: p.tahun, index: p.triwulan },
  );
}

/**
 * The last complete year as of a view period (`completeYearAsOf` of core): the year itself, or — for triwulan I–III —
 * the year before (a year counts once its fourth triwulan is in). Yearly cards, the scorecard and the map use it.
 */
export function completeYear(p: ViewPeriod): number {
  return completeYearAsOf(viewPeriodKey(p));
}

/**
 * The results a card may use when the dashboard looks at `period` ("as of" it), and the kind of period the card
 * should show:
 * - a whole year `T`: year rows up to `T`;
 * - triwulan `q` of `T`, for an IKU with triwulan rows: its triwulan rows up to `T-Qq`;
 * - triwulan `q` of `T`, for an IKU reported only yearly: year rows up to `T − 1` (the year `T` is not complete
 *   before its fourth triwulan), or up to `T` when `q` is 4.
 * Results of other regions are left out. The card then shows the latest of these with a realisation, and labels
 * its own period, so a card never claims a period it does not have.
 */
export function resultsAsOf(
  results: readonly IndicatorResult[],
  wilayah: string,
  period: ViewPeriod,
): { rows: IndicatorResult[]; periodKind: 'year' | 'quarter' } {
  const mine = results.filter((r) => r.wilayah === wilayah);
  if (period.triwulan !== null) {
    const quarters = mine.filter((r) => r.periodKind === 'quarter');
    if (quarters.length > 0) {
      const limit = parsePeriod(viewPeriodKey(period));
      const rows = quarters.filter((r) => comparePeriods(parsePeriod(r.periode), limit) <= 0);
      return { rows, periodKind: 'quarter' };
    }
  }
  const lastYear = completeYear(period);
  return { rows: mine.filter((r) => r.periodKind === 'year' && r.tahun <= lastYear), periodKind: 'year' };
}

/**
 * The headline IKU: those whose realisations at the government's own region are published figures — a result
 * with a realisation made from no illustrative observation (`flags.realisasiIlustratif` false: BPS releases and the
 * like) — in catalog order, at most `max`. When the catalog has none, its first `max` IKU. (Targets may still be
 * illustrative: the card says so with its badge, from `flags.ilustratif`.)
 */
export function headlineIndicators(catalog: Catalog, results: readonly IndicatorResult[], max = 8): string[] {
  const published = new Set<string>();
  for (const r of results) {
    if (r.wilayah === catalog.wilayah && r.realisasi !== null && !r.flags.realisasiIlustratif) {
      published.add(r.indikator);
    }
  }
  const codes = catalog.indikator.map((i) => i.kode);
  const chosen = codes.filter((k) => published.has(k));
  return (chosen.length > 0 ? chosen : codes).slice(0, max);
}

/** The IKU that need attention. */
export interface Attention {
  /** The lowest capaian first (IKU without a capaian are not ranked). */
  readonly lowest: readonly CardViewModel[];
  /** IKU whose change against the previous period is "memburuk" by their polarity, the largest capaian gap first. */
  readonly worsening: readonly CardViewModel[];
}

/**
 * The IKU that need attention among the cards shown: the `n` lowest capaian (ties by code) and up to `n` IKU that
 * worsened against the previous period (ordered by capaian, lowest first; those without a capaian last).
 */
export function attention(cards: readonly CardViewModel[], n = 5): Attention {
  const byCode = (a: CardViewModel, b: CardViewModel) => (a.indikator < b.indikator ? -1 : 1);
  const lowest = cards
    .filter((c) => c.capaian !== null && c.periode !== null)
    .sort((a, b) => a.capaian! - b.capaian! || byCode(a, b))
    .slice(0, n);
  const worsening = cards
    .filter((c) => c.perubahan?.arah === 'memburuk')
    .sort((a, b) => {
      if (a.capaian === null || b.capaian === null)
        return (a.capaian === null ? 1 : 0) - (b.capaian === null ? 1 : 0) || byCode(a, b);
      return a.capaian - b.capaian || byCode(a, b);
    })
    .slice(0, n);
  return { lowest, worsening };
}

/**
 * The years the filter offers: the RPJMD years, and the latest year with any realisation of the government's
 * own region (the default view).
 */
export function yearChoices(
  catalog: Catalog,
  results: readonly IndicatorResult[],
): { years: number[]; latest: number } {
  const years: number[] = [];
  for (let y = catalog.rpjmd.mulai; y <= catalog.rpjmd.akhir; y++) years.push(y);
  const kota = results.filter((r) => r.wilayah === catalog.wilayah);
  const found = latestWithData(kota, 'year');
  const year = found ? parsePeriod(found.periode).year : catalog.rpjmd.mulai;
  return { years, latest: Math.min(Math.max(year, catalog.rpjmd.mulai), catalog.rpjmd.akhir) };
}

/**
 * The last triwulan with any realisation in year `tahun` for the government's region, or null when that year
 * has no triwulan data (the triwulan filter then offers nothing beyond the whole year).
 */
export function lastQuarterWithData(
  catalog: Catalog,
  results: readonly IndicatorResult[],
  tahun: number,
): Triwulan | null {
  const found = latestWithData(
    results.filter((r) => r.wilayah === catalog.wilayah && r.tahun === tahun),
    'quarter',
  );
  return found ? (parsePeriod(found.periode).index as Triwulan) : null;
}
