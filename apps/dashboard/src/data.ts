/**
 * The dashboard's data, computed once in the page by the engine: every IKU × period of the city (the catalog's own
 * region, with kecamatan and kelurahan data rolled up into it), the quality issues of the input, the region names
 * and the card view models of a view period. Pure functions; the sample binding is in `sample.ts`. The regions'
 * own figures are the map section's, which computes them from its own source (`useMapData`).
 */
import {
  buildCardViewModel,
  type CardViewModel,
  type Catalog,
  type ColumnTable,
  computeOwnRegionResults,
  type IndicatorResult,
  type LocatedIssue,
  locateIssues,
  type Observation,
  type Region,
} from '@satata/core';
import { resultsAsOf, type ViewPeriod } from './model.ts';

/** What the engine needs: a catalog, its observations and the region pack's regions. */
export interface DashboardInput {
  readonly catalog: Catalog;
  readonly observations: ColumnTable | readonly Observation[];
  readonly regions: readonly Region[];
}

/** The engine's output over the dashboard input, with the region names for display. */
export interface DashboardData {
  readonly catalog: Catalog;
  /** The city's rows (the catalog's `wilayah`), every period. */
  readonly results: readonly IndicatorResult[];
  /** The input's data-quality issues, each placed at its row's region and period (`locateIssues`). */
  readonly issues: readonly LocatedIssue[];
  readonly regionNames: Readonly<Record<string, string>>;
  readonly opdNames: Readonly<Record<string, string>>;
}

/**
 * Run the engine over the whole input once for the city's own region (every period; the views only select). Every
 * view of this data shows the city, so the rows of the other regions are not built (`computeOwnRegionResults`:
 * the same city rows as `computeResults`, in a fraction of the time).
 */
export function computeDashboardData(input: DashboardInput): DashboardData {
  const { rows, issues } = computeOwnRegionResults({
    catalog: input.catalog,
    observations: input.observations,
    regions: input.regions,
  });
  return {
    catalog: input.catalog,
    results: rows,
    issues: locateIssues(issues, input.observations),
    regionNames: Object.fromEntries(input.regions.map((r) => [r.kode, r.nama])),
    opdNames: Object.fromEntries(input.catalog.opd.map((o) => [o.kode, o.nama])),
  };
}

/** An IKU's card as of a view period, with the result it shows (null when it shows none). */
export interface ShownCard {
  readonly model: CardViewModel;
  readonly result: IndicatorResult | null;
}

/**
 * The card view model of every IKU of the catalog for a region as of a view period (see `resultsAsOf`), in
 * catalog order, with the result each card shows. An IKU without results for the region keeps its card, showing
 * "n/a" with its reason.
 */
export function cardsAsOf(
  data: DashboardData,
  byIndicator: ReadonlyMap<string, readonly IndicatorResult[]>,
  wilayah: string,
  period: ViewPeriod,
  asOf: string | Date,
): ShownCard[] {
  return data.catalog.indikator.map((ind) => {
    const { rows, periodKind } = resultsAsOf(byIndicator.get(ind.kode) ?? [], wilayah, period);
    const model = buildCardViewModel(ind, rows, {
      asOf,
      wilayah,
      periodKind,
      regionNames: data.regionNames,
      opdNames: data.opdNames,
      catalog: data.catalog,
      issues: data.issues,
    });
    return { model, result: rows.find((r) => r.periode === model.periode) ?? null };
  });
}
