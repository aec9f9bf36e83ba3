/**
 * The IKU engine's facade: from a catalog and observation tables to typed result rows for every indicator ×
 * region × period. Each rule lives in its own module; this file only routes data to them.
 */
import type { ColumnTable } from 'arquero';
import { normalizePeriod } from '../period/period.ts';
import type { QualityIssue } from '../quality/report.ts';
import type { Catalog } from '../schema/catalog.ts';
import type { Indicator, Target } from '../schema/indicator.ts';
import type { Observation } from '../schema/observation.ts';
import type { Region } from '../schema/region.ts';
import { capaianDecimals, resolveCategoryScale } from './category.ts';
import { DEFAULT_VALUE_DECIMALS } from './change.ts';
import { compositeCapaian } from './composite-capaian.ts';
import { rateFactor } from './formula.ts';
import { collectObservations, type ObservationStore } from './input.ts';
import type { TargetToDate } from './quarter.ts';
import { fillRanks } from './ranks.ts';
import { compareRegions, regionInfo } from './regions.ts';
import { seriesResults } from './series.ts';
import {
  type CellSource,
  compositeCells,
  compositeOrder,
  formulaStore,
  mapSource,
  observedSource,
  type RollupPlans,
} from './sources.ts';
import type { EngineOptions, IndicatorResult } from './types.ts';

/** Inputs of {@link computeResults}. */
export interface EngineInput {
  /** A validated catalog (see `parseCatalog`). */
  readonly catalog: Catalog;
  /** Observations (`indikator`, `wilayah`, `periode`, `nilai` and/or `numerator` + `denominator`, …). */
  readonly observations: ColumnTable | readonly Observation[];
  /** Datasets of formula indicators, keyed by dataset id. */
  readonly datasets?: Readonly<Record<string, ColumnTable>>;
  /** The region pack's regions: enables unknown-code checks, `induk` parents and complete-children checks. */
  readonly regions?: readonly Region[];
}

/** Output of the engine: result rows and the data-quality issues of the input. */
export interface EngineOutput {
  readonly rows: IndicatorResult[];
  readonly issues: QualityIssue[];
}

function normalizedTargets(ind: Indicator): Record<string, Target> {
  const out: Record<string, Target> = {};
  for (const [k, t] of Object.entries(ind.targetPeriode)) out[normalizePeriod(k)] = t;
  return out;
}

/** What a run emits. */
export interface RunOptions {
  /** Emit rows only for this region (the scorecard); cells of all regions are still used for roll-ups. */
  readonly onlyRegion?: string;
  /** Emit year rows only. */
  readonly yearsOnly?: boolean;
  /**
   * With `yearsOnly`, emit one year row per indicator and region: this year's, or with `latest` the latest year
   * with a realisation (every year's when none has one). Components of composites still emit every year (their
   * year rows make the composites' cells).
   */
  readonly year?: number | 'latest';
}

/** One run of the engine over the whole input (see {@link computeResults}). */
export function runEngine(input: EngineInput, options: EngineOptions, runOptions: RunOptions): EngineOutput {
  const { catalog } = input;
  const regions = regionInfo(input.regions);
  const indicators = new Map(catalog.indikator.map((i) => [i.kode, i]));
  const issues: QualityIssue[] = [];
  const skip = new Map<string, string>();
  const formulaStores = new Map<string, ObservationStore>();
  for (const ind of catalog.indikator) {
    const ds = ind.formula ? input.datasets?.[ind.formula.dataset] : undefined;
    if (ind.formula && ds) {
      skip.set(
        ind.kode,
        `indikator berformula dihitung dari dataset ${ind.formula.dataset}, bukan dari observasi`,
      );
      formulaStores.set(ind.kode, formulaStore(ind as never, ds, catalog, regions));
    }
  }
  const store = collectObservations(input.observations, indicators, { regionCodes: regions.codes, skip });
  issues.push(...store.issues);
  for (const fs of formulaStores.values()) issues.push(...fs.issues);
  const scale = resolveCategoryScale(options.categoryScale, catalog);
  const opts: EngineOptions = { ...options, categoryScale: scale };
  const rowsByIndicator = new Map<string, IndicatorResult[]>();
  const byRegion = compareRegions(regions);
  // Most indicators share their set of regions (the kota alone, or every region of the pack): sort each set once.
  const sortedSets = new Map<string, readonly string[]>();
  const sortRegions = (codes: string[]): readonly string[] => {
    const key = codes.join('\u0000');
    let sorted = sortedSets.get(key);
    if (sorted === undefined) {
      sorted = codes.sort(byRegion);
      sortedSets.set(key, sorted);
    }
    return sorted;
  };

  // Components of composites: their year rows make the composites' cells, so they emit every year.
  const components = new Set<string>();
  const plans: RollupPlans = new WeakMap();
  for (const ind of catalog.indikator) for (const c of ind.komposit?.komponen ?? []) components.add(c.kode);

  const computeIndicator = (ind: Indicator, source: CellSource) => {
    const targetPeriode = normalizedTargets(ind);
    const toDateTargets = new Map<string, TargetToDate>();
    const codes = runOptions.onlyRegion ? [runOptions.onlyRegion] : source.regions();
    if (!codes.includes(catalog.wilayah)) codes.push(catalog.wilayah);
    let rows: IndicatorResult[] = [];
    for (const wilayah of sortRegions(codes)) {
      const series = seriesResults(source.cells(wilayah), {
        indicator: ind,
        wilayah,
        level: regions.levelOf(wilayah),
        mulai: catalog.rpjmd.mulai,
        akhir: catalog.rpjmd.akhir,
        factor: rateFactor(ind),
        targetPeriode,
        toDateTargets,
        withBaseline: wilayah === catalog.wilayah,
        yearsOnly: runOptions.yearsOnly,
        year: runOptions.yearsOnly && !components.has(ind.kode) ? runOptions.year : undefined,
        scale,
        options: opts,
        capaianDecimals: capaianDecimals(ind, catalog),
        valueDecimals: ind.desimal ?? DEFAULT_VALUE_DECIMALS,
        issues,
        source: source.source,
      });
      for (const r of series) rows.push(r);
    }
    rows = fillRanks(ind, compositeCapaian(ind, rows, scale, capaianDecimals(ind, catalog)), regions);
    rowsByIndicator.set(ind.kode, rows);
  };

  for (const ind of catalog.indikator) {
    if (ind.komposit) continue;
    computeIndicator(
      ind,
      observedSource(
        ind,
        formulaStores.get(ind.kode) ?? store,
        regions,
        rateFactor(ind),
        runOptions.onlyRegion,
        plans,
      ),
    );
  }
  for (const ind of compositeOrder(catalog)) {
    computeIndicator(ind, mapSource(compositeCells(ind, rowsByIndicator), 'komposit'));
  }

  const rows: IndicatorResult[] = [];
  for (const ind of catalog.indikator) for (const r of rowsByIndicator.get(ind.kode) ?? []) rows.push(r);
  return { rows, issues };
}

/**
 * Compute every indicator × region × period: a row for each year of the RPJMD (and each observed year) and each
 * observed sub-period, for the government's own region and every region observed or rolled up to. Every field of
 * {@link IndicatorResult} is filled and every null carries its reason in `missing`.
 *
 * Order: catalog order, then kota → kecamatan → kelurahan by code, then years ascending with each year's
 * sub-periods after it — independent of the order of the input rows.
 *
 * Bad input rows (unknown indicator, malformed or unknown region code, unparseable period, non-numeric value,
 * conflicting duplicates) are reported in `issues` with their row index and never produce a number; overlapping
 * sub-periods that disagree are reported as `sub-period-conflict` warnings.
 *
 * A year of a `sum` indicator that is still partial (e.g. the current year through triwulan III) keeps its
 * partial sum as `realisasi` (flagged `sebagian`, through `sampaiDengan`), is judged to date — against the
 * quarterly targets or the pro-rata share (`targetBasis`), like its last triwulan row — compared with the same span
 * of the previous year, and left out of trend fits.
 */
export function computeResults(input: EngineInput, options: EngineOptions = {}): EngineOutput {
  return runEngine(input, options, {});
}

/**
 * {@link computeResults} for the government's own region only (the catalog's `wilayah`, e.g. kota `33.74`): every
 * period of it, each row equal to that region's row of `computeResults`. Observations of every region are still
 * read, so kecamatan and kelurahan data roll up into the kota exactly as there; only rows of the other regions
 * are not built. For views that show the city's figures first (an executive dashboard) and need the regions'
 * rows later, if at all. `issues` are those of the whole input.
 */
export function computeOwnRegionResults(input: EngineInput, options: EngineOptions = {}): EngineOutput {
  return runEngine(input, options, { onlyRegion: input.catalog.wilayah });
}
