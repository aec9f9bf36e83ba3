/**
 * The IKU engine: from a catalog and observation tables to typed result rows for every indicator × region ×
 * period, and the kota-level scorecard. Each rule lives in its own module; this file only routes data to them.
 */
import type { ColumnTable } from 'arquero';
import { normalizePeriod, type Period, tryParsePeriod } from '../period/period.ts';
import type { QualityIssue } from '../quality/report.ts';
import type { Catalog } from '../schema/catalog.ts';
import { DEFAULT_CATEGORY_SCALE } from '../schema/category.ts';
import type { Indicator, Target } from '../schema/indicator.ts';
import type { Observation } from '../schema/observation.ts';
import { levelOfCode, parentCode, type Region, type RegionLevel } from '../schema/region.ts';
import { categorize } from './category.ts';
import { addToSum, type Cell, type CellSum, emptySum, type IndicatorCells } from './cells.ts';
import { combineComposite } from './composite.ts';
import { formulaTable, formulaValue, rateFactor } from './formula.ts';
import { groupByIndicator } from './group.ts';
import { collectObservations, type ObservationStore } from './input.ts';
import { internFlags } from './intern.ts';
import { rankByPolarity } from './rank.ts';
import { seriesResults } from './series.ts';
import type { EngineOptions, IndicatorResult, MissingReason } from './types.ts';

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

const LEVEL_ORDER: Readonly<Record<RegionLevel, number>> = {
  provinsi: 0,
  kota: 1,
  kecamatan: 2,
  kelurahan: 3,
};

interface RegionInfo {
  readonly parentOf: (code: string) => string | undefined;
  readonly levelOf: (code: string) => RegionLevel;
  readonly codes: ReadonlySet<string> | undefined;
  /** Number of regions of a level under an ancestor, when regions are known. */
  readonly childCount: (ancestor: string, level: RegionLevel) => number | undefined;
}

function regionInfo(regions: readonly Region[] | undefined): RegionInfo {
  if (!regions || regions.length === 0) {
    return { parentOf: parentCode, levelOf: levelOfCode, codes: undefined, childCount: () => undefined };
  }
  const byCode = new Map(regions.map((r) => [r.kode, r]));
  const parentOf = (c: string) => (byCode.has(c) ? byCode.get(c)!.induk : parentCode(c));
  const levelOf = (c: string) => byCode.get(c)?.level ?? levelOfCode(c);
  const counts = new Map<string, number>();
  for (const r of regions) {
    for (let p = parentOf(r.kode); p !== undefined; p = parentOf(p)) {
      const k = `${p}|${r.level}`;
      counts.set(k, (counts.get(k) ?? 0) + 1);
    }
  }
  return {
    parentOf,
    levelOf,
    codes: new Set(byCode.keys()),
    childCount: (a, l) => counts.get(`${a}|${l}`) ?? 0,
  };
}

function normalizedTargets(ind: Indicator): Record<string, Target> {
  const out: Record<string, Target> = {};
  for (const [k, t] of Object.entries(ind.targetPeriode)) out[normalizePeriod(k)] = t;
  return out;
}

function cellFromSum(
  periode: string,
  s: CellSum,
  ind: Indicator,
  factor: number,
  expected: number | undefined,
): Cell {
  let reason: MissingReason | null = s.unusable;
  if (reason === null && expected !== undefined && s.children < expected) reason = 'no-data';
  let nilai: number | null = null;
  let numerator: number | null = null;
  let denominator: number | null = null;
  if (reason === null) {
    if (s.allRates) {
      const fv = formulaValue(s.numerator, s.denominator, factor);
      nilai = fv.nilai;
      numerator = s.numerator;
      denominator = s.denominator;
      reason = fv.reason ?? null;
    } else if (ind.agregasi === 'sum' && s.allValues) nilai = s.nilai;
    else reason = 'no-data';
  }
  return {
    periode,
    period: s.period,
    nilai,
    numerator,
    denominator,
    ditekan: reason === 'suppressed',
    reason,
    sumber: null,
    diperbarui: s.diperbarui,
    seri: null,
    ilustratif: s.ilustratif,
  };
}

/** Where the cells of one indicator come from: observations (with roll-ups), a dataset or composite builders. */
interface CellSource {
  regions(): string[];
  cells(wilayah: string): Map<string, Cell>;
}

function mapSource(cells: IndicatorCells): CellSource {
  return { regions: () => [...cells.keys()], cells: (w) => cells.get(w) ?? new Map() };
}

/**
 * Sum the rows of the finest observed level up to every level of the indicator's `levelEstimasi` above it, where
 * the ancestor has no observation of its own for that period. Rates go through Σ numerator / Σ denominator;
 * values without parts are summed only for `sum` (flow) indicators — a stock or rate without its parts cannot be
 * added up, so its ancestors stay `no-data`. A missing or suppressed child makes the parent missing, and so does a
 * child with no row at all when the regions are known. Works on the columnar store: no cell objects for children.
 */
function observedSource(
  ind: Indicator,
  store: ObservationStore,
  regions: RegionInfo,
  factor: number,
  onlyRegion?: string,
): CellSource {
  const observed = store.regionsOf(ind.kode);
  const rolled = new Map<string, Map<string, Cell>>();
  const wanted = new Set<RegionLevel>(ind.levelEstimasi);
  let finest: RegionLevel | null = null;
  for (const code of observed) {
    const l = regions.levelOf(code);
    if (finest === null || LEVEL_ORDER[l] > LEVEL_ORDER[finest]) finest = l;
  }
  const observedSet = new Set(observed);
  if (finest !== null && LEVEL_ORDER[finest] > LEVEL_ORDER.kota) {
    const P = store.periods.length;
    const sums = new Map<string, (CellSum | undefined)[]>();
    const own = new Map<string, Uint8Array>();
    const ownPeriods = (p: string) => {
      let m = own.get(p);
      if (!m) {
        m = new Uint8Array(P);
        if (observedSet.has(p)) store.forEachValue(ind.kode, p, (k) => (m![k] = 1));
        own.set(p, m);
      }
      return m;
    };
    for (const code of observed) {
      if (regions.levelOf(code) !== finest) continue;
      const targets: (CellSum | undefined)[][] = [];
      const owns: Uint8Array[] = [];
      for (let p = regions.parentOf(code); p !== undefined; p = regions.parentOf(p)) {
        if (!wanted.has(regions.levelOf(p) as never)) continue;
        // The scorecard emits one region: sums for the others would be thrown away. Every ancestor sums the
        // finest level directly, so skipping the others changes no figure of the one kept.
        if (onlyRegion !== undefined && p !== onlyRegion) continue;
        let acc = sums.get(p);
        if (!acc) {
          acc = new Array(P);
          sums.set(p, acc);
        }
        targets.push(acc);
        owns.push(ownPeriods(p));
      }
      if (targets.length === 0) continue;
      store.forEachValue(ind.kode, code, (k, ditekan, nilai, num, den, reason, upd, il) => {
        for (let t = 0; t < targets.length; t++) {
          if (owns[t]![k]) continue;
          const acc = targets[t]!;
          let s = acc[k];
          if (!s) {
            s = emptySum(store.periods[k]!.period);
            acc[k] = s;
          }
          addToSum(s, ditekan, nilai, num, den, reason, upd, il);
        }
      });
    }
    for (const [p, acc] of sums) {
      const m = new Map<string, Cell>();
      const expected = regions.childCount(p, finest);
      acc.forEach((s, k) => {
        if (!s) return;
        const key = store.periods[k]!.key;
        m.set(key, cellFromSum(key, s, ind, factor, expected));
      });
      rolled.set(p, m);
    }
  }
  return {
    regions: () => [...new Set([...observed, ...rolled.keys()])],
    cells: (w) => {
      const direct = observedSet.has(w) ? store.cells(ind.kode, w) : new Map<string, Cell>();
      const up = rolled.get(w);
      if (up) for (const [k, c] of up) if (!direct.has(k)) direct.set(k, c);
      return direct;
    },
  };
}

/**
 * Cells of a formula indicator from its dataset (already rolled up), with issues for unusable periods. Every cell
 * is illustrative when the catalog marks the dataset `ilustratif` (a dataset has no per-row flag).
 */
function formulaCells(
  ind: Indicator & { formula: NonNullable<Indicator['formula']> },
  dataset: ColumnTable,
  regions: RegionInfo,
  issues: QualityIssue[],
  datasetIlustratif: boolean,
): IndicatorCells {
  const levels = ind.levelEstimasi.filter((l) => l !== 'kelurahan');
  const t = formulaTable(ind.formula, dataset, regions.parentOf, levels);
  const wil = t.array('wilayah') as ArrayLike<unknown>;
  const per = t.array('periode') as ArrayLike<unknown>;
  const num = t.array('numerator') as ArrayLike<number | null>;
  const den = ind.formula.denominator ? (t.array('denominator') as ArrayLike<number | null>) : null;
  const cells: IndicatorCells = new Map();
  for (let i = 0; i < t.numRows(); i++) {
    const period = tryParsePeriod(per[i]);
    const w = wil[i];
    if (period === null || typeof w !== 'string') {
      issues.push({
        code: period === null ? 'unparseable-period' : 'unknown-region',
        severity: 'error',
        source: ind.formula.dataset,
        row: null,
        field: period === null ? ind.formula.periodField : ind.formula.regionField,
        value: period === null ? per[i] : w,
        expected: period === null ? 'periode seperti 2025 atau 2025-Q2' : 'kode wilayah Kemendagri',
      });
      continue;
    }
    const fv = formulaValue(num[i] ?? null, den ? (den[i] ?? null) : undefined, ind.formula.factor);
    const key = normalizePeriod(per[i]);
    let m = cells.get(w);
    if (!m) {
      m = new Map();
      cells.set(w, m);
    }
    m.set(key, {
      periode: key,
      period: period as Period,
      nilai: fv.nilai,
      numerator: num[i] ?? null,
      denominator: den ? (den[i] ?? null) : null,
      ditekan: false,
      reason: fv.reason ?? null,
      sumber: ind.sumberData,
      diperbarui: null,
      seri: null,
      ilustratif: datasetIlustratif,
    });
  }
  return cells;
}

/** Composites in dependency order (components first); the catalog guarantees there is no cycle. */
function compositeOrder(catalog: Catalog): Indicator[] {
  const byCode = new Map(catalog.indikator.map((i) => [i.kode, i]));
  const done = new Set<string>();
  const out: Indicator[] = [];
  const visit = (i: Indicator) => {
    if (done.has(i.kode)) return;
    done.add(i.kode);
    for (const c of i.komposit?.komponen ?? []) {
      const dep = byCode.get(c.kode);
      if (dep?.komposit) visit(dep);
    }
    out.push(i);
  };
  for (const i of catalog.indikator) if (i.komposit) visit(i);
  return out;
}

/**
 * Year cells of a composite from its components' year rows. A cell is illustrative when the realisation of any
 * component row it combines is (`flags.realisasiIlustratif`).
 */
function compositeCells(
  ind: Indicator,
  rowsByIndicator: ReadonlyMap<string, IndicatorResult[]>,
): IndicatorCells {
  const spec = ind.komposit!;
  const values = new Map<string, Map<string, Map<string, number | null>>>();
  const illustrative = new Set<string>();
  for (const comp of spec.komponen) {
    for (const r of rowsByIndicator.get(comp.kode) ?? []) {
      if (r.periodKind !== 'year') continue;
      let w = values.get(r.wilayah);
      if (!w) {
        w = new Map();
        values.set(r.wilayah, w);
      }
      let p = w.get(r.periode);
      if (!p) {
        p = new Map();
        w.set(r.periode, p);
      }
      p.set(comp.kode, spec.basis === 'capaian' ? r.capaian : r.realisasi);
      if (r.flags.realisasiIlustratif) illustrative.add(`${r.wilayah}|${r.periode}`);
    }
  }
  const cells: IndicatorCells = new Map();
  for (const [wilayah, byPeriod] of values) {
    const m = new Map<string, Cell>();
    for (const [periode, parts] of byPeriod) {
      const v = combineComposite(
        spec.metode,
        spec.komponen.map((c) => ({ kode: c.kode, bobot: c.bobot, nilai: parts.get(c.kode) ?? null })),
      );
      m.set(periode, {
        periode,
        period: { kind: 'year', year: Number(periode), index: 1 },
        nilai: v.nilai,
        numerator: null,
        denominator: null,
        ditekan: false,
        reason: v.reason ?? null,
        sumber: null,
        diperbarui: null,
        seri: null,
        ilustratif: illustrative.has(`${wilayah}|${periode}`),
      });
    }
    cells.set(wilayah, m);
  }
  return cells;
}

/** A composite over capaian without a target of its own: its capaian is the combined capaian itself. */
function compositeCapaian(
  ind: Indicator,
  rows: IndicatorResult[],
  options: EngineOptions,
): IndicatorResult[] {
  if (ind.komposit?.basis !== 'capaian') return rows;
  const scale = options.categoryScale ?? DEFAULT_CATEGORY_SCALE;
  return rows.map((r) => {
    if (r.target !== null || r.realisasi === null) return r;
    const { capaian: _c, ...missing } = r.missing;
    const f = r.flags;
    return {
      ...r,
      capaian: r.realisasi,
      kategori: categorize(r.realisasi, scale)?.key ?? null,
      flags: internFlags(
        r.realisasi < 0,
        f.kecilDenominator,
        f.ditekan,
        f.ilustratif,
        f.seriBerubah,
        f.sebagian ?? false,
        f.realisasiIlustratif ?? false,
      ),
      missing,
    };
  });
}

/**
 * Fill ranks: kelurahan among the kelurahan of their kecamatan, kecamatan within the kota, per period. The rows
 * were just built by this run and are not shared yet, so the rank is written into them rather than copying each
 * 30-field row (a copy per row doubled the engine's allocation).
 */
function fillRanks(ind: Indicator, rows: IndicatorResult[], regions: RegionInfo): IndicatorResult[] {
  if (ind.polaritas === 'netral') return rows; // every rank of a neutral indicator is null
  const groups = new Map<string, number[]>();
  const parents = new Map<string, string>();
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i]!;
    let parent = parents.get(r.wilayah);
    if (parent === undefined) {
      parent = regions.parentOf(r.wilayah) ?? '';
      parents.set(r.wilayah, parent);
    }
    const k = `${r.periode}|${r.level}|${parent}`;
    let g = groups.get(k);
    if (!g) {
      g = [];
      groups.set(k, g);
    }
    g.push(i);
  }
  for (const idx of groups.values()) {
    const ranks = rankByPolarity(
      idx.map((i) => rows[i]!.realisasi),
      ind.polaritas,
    );
    for (let k = 0; k < idx.length; k++) {
      if (ranks[k] !== null) (rows[idx[k]!] as { peringkat: number | null }).peringkat = ranks[k]!;
    }
  }
  return rows;
}

interface RunOptions {
  /** Emit rows only for this region (the scorecard); cells of all regions are still used for roll-ups. */
  readonly onlyRegion?: string;
  /** Emit year rows only. */
  readonly yearsOnly?: boolean;
}

function run(input: EngineInput, options: EngineOptions, runOptions: RunOptions): EngineOutput {
  const { catalog } = input;
  const regions = regionInfo(input.regions);
  const indicators = new Map(catalog.indikator.map((i) => [i.kode, i]));
  const issues: QualityIssue[] = [];
  const skip = new Map<string, string>();
  const formulaCellsOf = new Map<string, IndicatorCells>();
  for (const ind of catalog.indikator) {
    const ds = ind.formula ? input.datasets?.[ind.formula.dataset] : undefined;
    if (ind.formula && ds) {
      skip.set(
        ind.kode,
        `indikator berformula dihitung dari dataset ${ind.formula.dataset}, bukan dari observasi`,
      );
      const meta = catalog.datasets.find((d) => d.id === ind.formula!.dataset);
      formulaCellsOf.set(
        ind.kode,
        formulaCells(ind as never, ds, regions, issues, meta?.ilustratif ?? false),
      );
    }
  }
  const store = collectObservations(input.observations, indicators, { regionCodes: regions.codes, skip });
  issues.unshift(...store.issues);
  const scale = options.categoryScale ?? catalog.kategori ?? DEFAULT_CATEGORY_SCALE;
  const opts: EngineOptions = { ...options, categoryScale: scale };
  const rowsByIndicator = new Map<string, IndicatorResult[]>();

  const computeIndicator = (ind: Indicator, source: CellSource) => {
    const factor = rateFactor(ind);
    const targetPeriode = normalizedTargets(ind);
    const codes = runOptions.onlyRegion ? [runOptions.onlyRegion] : source.regions();
    if (!codes.includes(catalog.wilayah)) codes.push(catalog.wilayah);
    codes.sort(
      (a, b) =>
        LEVEL_ORDER[regions.levelOf(a)] - LEVEL_ORDER[regions.levelOf(b)] || (a < b ? -1 : a > b ? 1 : 0),
    );
    let rows: IndicatorResult[] = [];
    for (const wilayah of codes) {
      const series = seriesResults(source.cells(wilayah), {
        indicator: ind,
        wilayah,
        level: regions.levelOf(wilayah),
        mulai: catalog.rpjmd.mulai,
        akhir: catalog.rpjmd.akhir,
        factor,
        targetPeriode,
        withBaseline: wilayah === catalog.wilayah,
        yearsOnly: runOptions.yearsOnly,
        scale,
        options: opts,
      });
      for (const r of series) rows.push(r);
    }
    rows = fillRanks(ind, compositeCapaian(ind, rows, opts), regions);
    rowsByIndicator.set(ind.kode, rows);
  };

  for (const ind of catalog.indikator) {
    if (ind.komposit) continue;
    const fromDataset = formulaCellsOf.get(ind.kode);
    computeIndicator(
      ind,
      fromDataset
        ? mapSource(fromDataset)
        : observedSource(ind, store, regions, rateFactor(ind), runOptions.onlyRegion),
    );
  }
  for (const ind of compositeOrder(catalog))
    computeIndicator(ind, mapSource(compositeCells(ind, rowsByIndicator)));

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
 * duplicates) are reported in `issues` with their row index and never produce a number.
 *
 * A year of a `sum` indicator that is still partial (e.g. the current year through triwulan II) keeps its partial
 * sum as `realisasi` (flagged `sebagian`) and is judged to date — against the quarterly targets or the pro-rata
 * share (`targetBasis`), like its last triwulan row — and left out of trend fits.
 */
export function computeResults(input: EngineInput, options: EngineOptions = {}): EngineOutput {
  return run(input, options, {});
}

/**
 * {@link computeResults} for the government's own region only (the catalog's `wilayah`, e.g. kota `33.74`): every
 * period of it, each row equal to that region's row of `computeResults`. Observations of every region are still
 * read, so kecamatan and kelurahan data roll up into the kota exactly as there; only rows of the other regions
 * are not built. For views that show the city's figures first (an executive dashboard) and need the regions'
 * rows later, if at all. `issues` are those of the whole input.
 */
export function computeOwnRegionResults(input: EngineInput, options: EngineOptions = {}): EngineOutput {
  return run(input, options, { onlyRegion: input.catalog.wilayah });
}

/** Options of {@link computeScorecard}. */
export interface ScorecardOptions {
  /** The year to show (default: per indicator, the latest year with a realisation; else the latest such year of the catalog). */
  readonly tahun?: number;
  readonly options?: EngineOptions;
}

/**
 * The scorecard: one row per indicator, in catalog order, for the government's own region (the catalog's
 * `wilayah`, e.g. kota `33.74`), for the given year or the latest year with data. Regional data still feeds the
 * kota figures through roll-ups. `issues` are those of the whole input.
 */
export function computeScorecard(input: EngineInput, scorecard: ScorecardOptions = {}): EngineOutput {
  const { rows, issues } = run(input, scorecard.options ?? {}, {
    onlyRegion: input.catalog.wilayah,
    yearsOnly: true,
  });
  const years = rows.filter((r) => r.periodKind === 'year');
  const withData = years.filter((r) => r.realisasi !== null);
  const latest = withData.reduce((m, r) => Math.max(m, r.tahun), input.catalog.rpjmd.mulai);
  const byIndicator = groupByIndicator(years);
  const out: IndicatorResult[] = [];
  for (const ind of input.catalog.indikator) {
    const list = byIndicator.get(ind.kode) ?? [];
    let pick: IndicatorResult | undefined;
    if (scorecard.tahun !== undefined) pick = list.find((r) => r.tahun === scorecard.tahun);
    else {
      for (const r of list) if (r.realisasi !== null && (!pick || r.tahun > pick.tahun)) pick = r;
      pick ??= list.find((r) => r.tahun === latest);
    }
    if (pick) out.push(pick);
  }
  return { rows: out, issues };
}
