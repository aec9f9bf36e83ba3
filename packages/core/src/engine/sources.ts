/**
 * Where the cells of one indicator come from: its observations (rolled up to the levels above by the one roll-up
 * rule), its formula's dataset (aggregated, then read and rolled up exactly like observations), or its composite
 * builders (its components' year results).
 */
import type { ColumnTable } from 'arquero';
import type { Catalog } from '../schema/catalog.ts';
import type { Indicator } from '../schema/indicator.ts';
import type { RegionLevel } from '../schema/region.ts';
import type { Cell, IndicatorCells } from './cells.ts';
import { combineComposite } from './composite.ts';
import { formulaTable } from './formula.ts';
import { collectObservations, type ObservationStore } from './input.ts';
import { PERIOD_COLUMN, REGION_COLUMN } from './measures.ts';
import { LEVEL_ORDER, type RegionInfo } from './regions.ts';
import { ChildSums, parentCell } from './rollup.ts';
import { columnTable } from './table.ts';
import type { IndicatorResult } from './types.ts';

/** The cells of one indicator, region by region. */
export interface CellSource {
  /** Name of the data the cells come from, for quality issues (`observasi`, a dataset id). */
  readonly source: string;
  /** Every region with cells (observed or rolled up). */
  regions(): string[];
  /** The cells of a region, one per period (canonical keys), in no particular order. */
  cells(wilayah: string): Cell[];
}

/** A source over ready cells (composites). */
export function mapSource(cells: IndicatorCells, source: string): CellSource {
  return { source, regions: () => [...cells.keys()], cells: (w) => [...(cells.get(w)?.values() ?? [])] };
}

/**
 * Where an indicator's finest-level rows go in a roll-up: the parents (by index), each finest-level region's parent
 * slot bases (parent index × period count), and each parent's expected child count. The same for every indicator
 * observed in the same regions with the same estimation levels, so a run makes it once per such group.
 */
interface RollupPlan {
  readonly parents: readonly string[];
  readonly slotsOf: readonly (number[] | undefined)[];
  readonly expected: readonly number[];
}

/** Roll-up plans of one run, per store (a formula dataset has its own region and period indices). */
export type RollupPlans = WeakMap<ObservationStore, Map<string, RollupPlan>>;

function rollupPlan(
  store: ObservationStore,
  observedSet: ReadonlySet<string>,
  finest: RegionLevel,
  wanted: ReadonlySet<RegionLevel>,
  regions: RegionInfo,
  onlyRegion: string | undefined,
): RollupPlan {
  const P = store.periods.length;
  const parents: string[] = [];
  const parentIndex = new Map<string, number>();
  // Children seen per parent: the expected count when the region pack does not know it.
  const seen: number[] = [];
  const slotsOf: (number[] | undefined)[] = new Array(store.regionList.length);
  store.regionList.forEach((code, r) => {
    if (!observedSet.has(code) || regions.levelOf(code) !== finest) return;
    const slots: number[] = [];
    for (let p = regions.parentOf(code); p !== undefined; p = regions.parentOf(p)) {
      if (!wanted.has(regions.levelOf(p) as never)) continue;
      // The scorecard emits one region: sums for the others would be thrown away. Every ancestor sums the
      // finest level directly, so skipping the others changes no figure of the one kept.
      if (onlyRegion !== undefined && p !== onlyRegion) continue;
      let a = parentIndex.get(p);
      if (a === undefined) {
        a = parents.length;
        parentIndex.set(p, a);
        parents.push(p);
        seen.push(0);
      }
      seen[a]!++;
      slots.push(a * P);
    }
    if (slots.length > 0) slotsOf[r] = slots;
  });
  const expected = parents.map((p, a) => regions.childCount(p, finest) ?? seen[a]!);
  return { parents, slotsOf, expected };
}

/**
 * The observed cells of an indicator, with the finest observed level rolled up to every level of its
 * `levelEstimasi` above it (for each ancestor and period without an observation of its own) by the one roll-up
 * rule (`rollup.ts`). Works on the columnar store: no cell objects for children.
 *
 * @param onlyRegion build the roll-up of this region only (the scorecard emits one region).
 * @param plans roll-up plans shared by the indicators of one run (see {@link RollupPlan}).
 */
export function observedSource(
  ind: Indicator,
  store: ObservationStore,
  regions: RegionInfo,
  factor: number,
  onlyRegion?: string,
  plans?: RollupPlans,
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
    const key = `${finest}\u0000${[...wanted].sort().join(',')}\u0000${onlyRegion ?? ''}\u0000${observed.join(',')}`;
    let byKey = plans?.get(store);
    if (plans && byKey === undefined) {
      byKey = new Map();
      plans.set(store, byKey);
    }
    let plan = byKey?.get(key);
    if (plan === undefined) {
      plan = rollupPlan(store, observedSet, finest, wanted, regions, onlyRegion);
      byKey?.set(key, plan);
    }
    const sums = new ChildSums(plan.parents.length * P);
    store.addToParents(ind.kode, plan.slotsOf, sums);
    const level = finest;
    // A parent's own observation of a period wins over its roll-up (see `cells` below).
    plan.parents.forEach((p, a) => {
      const m = new Map<string, Cell>();
      const expected = plan.expected[a]!;
      for (let k = 0; k < P; k++) {
        if (!sums.has(a * P + k)) continue;
        const { key, period } = store.periods[k]!;
        const s = sums.at(a * P + k);
        m.set(key, parentCell(key, period, s, expected, ind.agregasi, factor, ind.cakupanSebagian, level));
      }
      rolled.set(p, m);
    });
  }
  return {
    source: store.source,
    regions: () => [...new Set([...observed, ...rolled.keys()])],
    cells: (w) => {
      const direct = observedSet.has(w) ? store.cells(ind.kode, w) : [];
      const up = rolled.get(w);
      if (up) {
        const own = new Set(direct.map((c) => c.periode));
        for (const [k, c] of up) if (!own.has(k)) direct.push(c);
      }
      return direct;
    },
  };
}

/**
 * The observations of a formula indicator: its dataset's numerator and denominator per region and period, as
 * observation rows (validated like any observation: unknown regions and unparseable periods become issues), so
 * they are rolled up and judged exactly like observed rates. Every row is illustrative when the catalog marks the
 * dataset `ilustratif` (a dataset has no per-row flag).
 */
export function formulaStore(
  ind: Indicator & { formula: NonNullable<Indicator['formula']> },
  dataset: ColumnTable,
  catalog: Catalog,
  regions: RegionInfo,
): ObservationStore {
  const t = formulaTable(ind.formula, dataset);
  const n = t.numRows();
  const illustrative = catalog.datasets.find((d) => d.id === ind.formula.dataset)?.ilustratif ?? false;
  const wilayah = t.array(REGION_COLUMN) as ArrayLike<unknown>;
  const periode = t.array(PERIOD_COLUMN) as ArrayLike<unknown>;
  const observations = columnTable({
    indikator: new Array<string>(n).fill(ind.kode),
    wilayah: Array.from(wilayah, (w) => (typeof w === 'string' ? w : w == null ? w : String(w))),
    periode: Array.from(periode, (p) => (typeof p === 'number' ? String(p) : p)),
    numerator: t.array('numerator') as ArrayLike<unknown>,
    ...(ind.formula.denominator ? { denominator: t.array('denominator') as ArrayLike<unknown> } : {}),
    ilustratif: new Array<boolean>(n).fill(illustrative),
  });
  return collectObservations(observations, new Map([[ind.kode, ind]]), {
    source: ind.formula.dataset,
    regionCodes: regions.codes,
  });
}

/**
 * Year cells of a composite from its components' year rows. A cell is illustrative when the realisation of any
 * component row it combines is (`flags.realisasiIlustratif`).
 */
export function compositeCells(
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
      if (r.flags.realisasiIlustratif) illustrative.add(`${r.wilayah}\u0000${r.periode}`);
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
        ilustratif: illustrative.has(`${wilayah}\u0000${periode}`),
        row: null,
        cakupan: null,
      });
    }
    cells.set(wilayah, m);
  }
  return cells;
}

/** Composites in dependency order (components first); the catalog guarantees there is no cycle. */
export function compositeOrder(catalog: Catalog): Indicator[] {
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
