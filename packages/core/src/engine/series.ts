/**
 * The result rows of one indicator in one region: a row for every year of the plan (and every observed year) and
 * for every observed sub-period, each built from the single-rule functions of this folder.
 */
import { formatNumber, formatPeriodSpan } from '../format/index.ts';
import { endMonth, type Period, previousPeriod } from '../period/period.ts';
import type { QualityIssue } from '../quality/report.ts';
import type { CategoryScale } from '../schema/category.ts';
import type { BlankRule, Indicator, NegativeFormula, Target } from '../schema/indicator.ts';
import type { RegionLevel } from '../schema/region.ts';
import {
  type AggregatedValue,
  aggregatePieces,
  choosePieces,
  monthMask,
  type Pieces,
  subPeriodConflicts,
} from './aggregate-year.ts';
import { capaianOf } from './capaian.ts';
import { bandOf } from './category.ts';
import { type Cell, laterDate, usableCell } from './cells.ts';
import { changeBetween } from './change.ts';
import { formulaValueOf } from './formula.ts';
import { internFlags, internMissing, internPeriodKey } from './intern.ts';
import { type ProgressInput, progressOf } from './progress.ts';
import type { YearPoint } from './projection.ts';
import { DEFAULT_PRO_RATA, type TargetToDate, targetToDate } from './quarter.ts';
import { isSmallDenominator } from './rank.ts';
import { endTargetOf } from './targets.ts';
import type {
  EngineOptions,
  IndicatorResult,
  MissingReason,
  ResultChange,
  ResultCoverage,
  ResultProgress,
  TargetBasis,
} from './types.ts';

/** Everything {@link seriesResults} needs besides the cells. */
export interface SeriesContext {
  readonly indicator: Indicator;
  readonly wilayah: string;
  readonly level: RegionLevel;
  /** The RPJMD period. */
  readonly mulai: number;
  readonly akhir: number;
  /** Factor turning numerator / denominator into the indicator's unit. */
  readonly factor: number;
  /** Sub-period targets keyed by canonical period key. */
  readonly targetPeriode: Readonly<Record<string, Target>>;
  /** Add the baseline as a realised point before the plan (for the government's own region). */
  readonly withBaseline: boolean;
  readonly scale: CategoryScale;
  readonly options: EngineOptions;
  /** Decimals of the published capaian and progress percentage. */
  readonly capaianDecimals: number;
  /** Display decimals of the indicator's values: a change that rounds to 0 at them is `tetap`. */
  readonly valueDecimals: number;
  /** Emit year rows only (the scorecard); year rows never depend on the sub-period rows. */
  readonly yearsOnly?: boolean;
  /**
   * Emit the row of this year only, or with `latest` of the latest year with a realisation (every year when none
   * has one). Each year row is built from the yearly realisations, never from the rows of other years, so the row
   * emitted equals that year's row of a full run.
   */
  readonly year?: number | 'latest';
  /**
   * Targets to date by period key, shared by every region of the indicator (the same targets apply to each);
   * omit to compute them each time.
   */
  readonly toDateTargets?: Map<string, TargetToDate>;
  /** Where overlapping observed values that disagree are reported (omit to skip the check). */
  readonly issues?: QualityIssue[];
  /** The source name of the cells, for those issues. */
  readonly source?: string;
}

/** One year's cells: its own value and its sub-periods. */
interface YearCells {
  annual: Cell | null;
  subs: Cell[];
  /** Sub-periods counted, then placed (while `subs` is filled). */
  n: number;
}

/** A realisation with the cells it was made from (`cells` from index `from` on). */
interface Realised {
  readonly agg: AggregatedValue;
  readonly cells: readonly Cell[];
  readonly from: number;
}

/** Recompute a rate from summed parts when the parts were summed (Σnum / Σden, never averaged rates). */
function withRate(agg: AggregatedValue, factor: number, summed: boolean): AggregatedValue {
  // A value without parts (missing, or not a summed rate) is kept as it is; a missing value never has parts.
  if (!summed || agg.numerator === null || agg.denominator === null) return agg;
  const fv = formulaValueOf(agg.numerator, agg.denominator, factor);
  return fv.reason ? { ...agg, nilai: null, reason: fv.reason } : { ...agg, nilai: fv.nilai };
}

const ANNUAL_KEYS = new Map<string, readonly string[]>();

function fromAnnualCell(c: Cell): AggregatedValue {
  if (!usableCell(c)) {
    return {
      nilai: null,
      numerator: null,
      denominator: null,
      sumberPeriode: [],
      kind: 'year',
      sebagian: false,
      sampaiDengan: null,
      kosongNol: false,
      reason: c.reason ?? 'reported-missing',
    };
  }
  let keys = ANNUAL_KEYS.get(c.periode);
  if (!keys) {
    keys = Object.freeze([c.periode]);
    ANNUAL_KEYS.set(c.periode, keys);
  }
  return {
    nilai: c.nilai,
    numerator: c.numerator,
    denominator: c.denominator,
    sumberPeriode: keys,
    kind: 'year',
    sebagian: false,
    sampaiDengan: null,
    kosongNol: false,
  };
}

/**
 * Where the cells a value was made from start among the chosen pieces (the cells are `p.chosen` from this index
 * on): all of them, or for `last` the latest one alone; none (the length) for a missing value. An index rather
 * than a copy: hundreds of thousands of rows per run.
 */
function piecesFrom(p: Pieces<Cell>, agg: AggregatedValue): number {
  const n = p.chosen.length;
  if (agg.nilai === null) return n;
  // Only `last` uses fewer pieces than it chose: the latest one (its value and its key are the last piece's).
  return agg.sumberPeriode.length === n ? 0 : n - 1;
}

/** Report overlapping observed values of one year that disagree (sub-period-conflict warnings). */
function reportConflicts(ctx: SeriesContext, e: YearCells): void {
  const issues = ctx.issues;
  if (!issues) return;
  const all = e.annual ? [e.annual, ...e.subs] : e.subs;
  if (all.length < 2) return;
  for (const c of subPeriodConflicts(all, ctx.indicator.agregasi)) {
    // Only observations are reported: a rolled-up cell's conflicts are its children's, reported there.
    if (c.dipakai.row === null && c.pembanding.every((p) => p.row === null)) continue;
    const first = c.pembanding[0]!;
    const last = c.pembanding[c.pembanding.length - 1]!;
    const span = formatPeriodSpan(first.period, last.period);
    const used = formatPeriodSpan(c.dipakai.period, c.dipakai.period);
    const n = (x: number) => formatNumber(x, { decimals: 6 });
    const verb = { sum: 'jumlah', last: 'nilai terakhir', mean: 'rata-rata', max: 'maksimum' }[
      ctx.indicator.agregasi
    ];
    issues.push({
      code: 'sub-period-conflict',
      severity: 'warning',
      indikator: ctx.indicator.kode,
      source: ctx.source ?? 'observasi',
      row: c.dipakai.row,
      field: 'nilai',
      value: {
        indikator: ctx.indicator.kode,
        wilayah: ctx.wilayah,
        periode: c.dipakai.periode,
        nilai: c.dipakai.nilai,
        pembanding: c.pembanding.map((p) => p.periode),
        nilaiPembanding: c.nilaiPembanding,
      },
      expected:
        `${used} (${n(c.dipakai.nilai as number)}) sama dengan ${verb} ${span} (${n(c.nilaiPembanding)}); ` +
        `dipakai ${used} (urutan: tahunan > semester > triwulan > bulan)`,
    });
  }
}

/** Coverage of a value: the least-covered cell it was made from (null when none was rolled up). */
function coverageOf(cells: readonly Cell[], from: number): ResultCoverage | null {
  let out: ResultCoverage | null = null;
  for (let i = from; i < cells.length; i++) {
    const c = cells[i]!;
    if (
      c.cakupan &&
      (out === null || c.cakupan.dilaporkan / c.cakupan.diharapkan < out.dilaporkan / out.diharapkan)
    )
      out = c.cakupan;
  }
  return out;
}

/**
 * Build every result row of one indicator × region from its cells (one per period, in any order). Ranks are left null here
 * and filled by the caller, which sees the whole group.
 */
export function seriesResults(cells: readonly Cell[], ctx: SeriesContext): IndicatorResult[] {
  const { indicator: ind } = ctx;
  const blank: BlankRule = ind.periodeKosong;
  // Each year's annual cell and sub-periods, by year offset from the first year (counted first: arrays of their
  // exact size, tens of thousands of series per run).
  let first = ctx.mulai;
  let lastYear = ctx.akhir;
  let lastUsableYear = Number.NEGATIVE_INFINITY;
  for (const c of cells) {
    const y = c.period.year;
    if (y < first) first = y;
    if (y > lastYear) lastYear = y;
    if (usableCell(c) && y > lastUsableYear) lastUsableYear = y;
  }
  const byYear = new Array<YearCells | undefined>(lastYear - first + 1);
  for (let y = ctx.mulai; y <= ctx.akhir; y++) byYear[y - first] = { annual: null, subs: NO_CELLS, n: 0 };
  for (const c of cells) {
    const i = c.period.year - first;
    let e = byYear[i];
    if (e === undefined) {
      e = { annual: null, subs: NO_CELLS, n: 0 };
      byYear[i] = e;
    }
    if (c.period.kind === 'year') e.annual = c;
    else e.n++;
  }
  for (const c of cells) {
    if (c.period.kind === 'year') continue;
    const e = byYear[c.period.year - first]!;
    if (e.subs === NO_CELLS) {
      e.subs = new Array<Cell>(e.n);
      e.n = 0;
    }
    e.subs[e.n++] = c;
  }
  // The years in order (every year of the plan and every observed one).
  const years: number[] = [];
  for (let i = 0; i < byYear.length; i++) {
    const e = byYear[i];
    if (e === undefined) continue;
    years.push(first + i);
    // Sub-periods by end month (a shorter one first), in place: every use below reads them in that order.
    if (e.subs.length > 1) insertionSort(e.subs, byEndThenKind);
  }
  const summed = ind.agregasi === 'sum';

  // Yearly realisations first: they feed changes, progress and projections.
  const yearly = new Array<Realised | undefined>(byYear.length);
  for (const y of years) {
    const e = byYear[y - first]!;
    reportConflicts(ctx, e);
    if (e.annual && (usableCell(e.annual) || e.subs.length === 0)) {
      yearly[y - first] = { agg: fromAnnualCell(e.annual), cells: [e.annual], from: 0 };
      continue;
    }
    if (e.subs.length === 0) {
      yearly[y - first] = { agg: noData, cells: NO_CELLS, from: 0 };
      continue;
    }
    const pieces = choosePieces(e.subs, 12);
    const blankAtEnd = ((pieces.emptyMask | pieces.suppressedMask) & 0x800) !== 0;
    const finished = y < lastUsableYear || blankAtEnd;
    let agg = withRate(aggregatePieces(pieces, ind.agregasi, 12, blank, finished), ctx.factor, summed);
    if (agg.nilai === null && e.annual && agg.reason === 'no-data')
      agg = { ...agg, reason: e.annual.reason ?? 'reported-missing' };
    yearly[y - first] = { agg, cells: pieces.chosen, from: piecesFrom(pieces, agg) };
  }
  const points: YearPoint[] = [];
  for (const tahun of years) {
    const nilai = yearly[tahun - first]!.agg.nilai;
    if (nilai !== null) points.push({ tahun, nilai });
  }
  if (ctx.withBaseline && ind.baseline && !points.some((p) => p.tahun === ind.baseline!.tahun)) {
    points.push({ tahun: ind.baseline.tahun, nilai: ind.baseline.nilai });
  }
  insertionSort(points, byTahun);
  // A partial year of a `sum` indicator is not a yearly flow: trends are fitted on full years only.
  let fitAll = points;
  if (summed) {
    fitAll = [];
    for (const p of points) if (yearly[p.tahun - first]?.agg.sebagian !== true) fitAll.push(p);
  }

  const targetAkhir = endTargetOf(ind.target, ind.agregasi, ctx.mulai, ctx.akhir);
  const proRata = ctx.options.proRata ?? DEFAULT_PRO_RATA;
  const formula: NegativeFormula = ind.rumusNegatif ?? ctx.options.negativeFormula ?? 'selisih';
  const out: IndicatorResult[] = [];
  const row: RowInput = {
    period: yearPeriod(ctx.mulai),
    periode: '',
    agg: noData,
    cells: NO_CELLS,
    cellsFrom: 0,
    nilaiPeriode: null,
    target: null,
    targetBasis: null,
    change: NO_CHANGE,
    changeValue: null,
    changeReason: null,
    previousSeri: null,
    yearly: NO_POINTS,
    fitPoints: NO_POINTS,
    sampaiDengan: null,
  };
  const subChange: MutableChangeSpec = { value: null, reason: 'no-previous', key: '', sampaiDengan: null };
  const running: { -readonly [K in keyof Pieces<Cell>]: Pieces<Cell>[K] } & { chosen: Cell[] } = {
    chosen: NO_CELLS,
    mask: 0,
    emptyMask: 0,
    suppressedMask: 0,
    blanks: 0,
  };
  let onlyYear: number | null = typeof ctx.year === 'number' ? ctx.year : null;
  if (ctx.year === 'latest') {
    for (const y of years) if (yearly[y - first]!.agg.nilai !== null) onlyYear = y;
  }
  for (const y of years) {
    if (onlyYear !== null && y !== onlyYear) continue;
    const r = yearly[y - first]!;
    const prev = yearly[y - 1 - first];
    const e = byYear[y - first]!;
    const annualTarget: Target | null = ind.target[String(y)] ?? null;
    let target: Target | null = annualTarget;
    let targetBasis: TargetBasis | null = 'tahunan';
    let change: ChangeSpec;
    const agg = r.agg;
    if (agg.sebagian && agg.nilai !== null && agg.sampaiDengan !== null) {
      // A partial year: judged to date, compared with the same span of the previous year.
      const last = subOf(e, agg.sampaiDengan)!;
      if (summed) {
        const td = targetToDate(last.period, 'sum', ctx.targetPeriode, annualTarget, proRata);
        target = td.target;
        targetBasis = td.targetBasis;
      }
      change = sameSpanLastYear(ctx, byYear[y - 1 - first], last.period, blank);
    } else {
      const baseline = ctx.withBaseline && ind.baseline?.tahun === y - 1 ? ind.baseline.nilai : null;
      if (prev?.agg.sebagian && prev.agg.nilai !== null) {
        change = {
          value: null,
          reason: 'no-comparable-period',
          key: internPeriodKey(yearPeriod(y - 1)),
          sampaiDengan: null,
        };
      } else {
        change = {
          value: prev?.agg.nilai ?? baseline,
          reason: 'no-previous',
          key: internPeriodKey(yearPeriod(y - 1)),
          sampaiDengan: null,
        };
      }
    }
    row.period = yearPeriod(y);
    row.periode = internPeriodKey(row.period);
    row.agg = agg;
    row.cells = r.cells;
    row.cellsFrom = r.from;
    row.nilaiPeriode = agg.nilai;
    row.target = target;
    row.targetBasis = targetBasis;
    row.change = change;
    row.changeValue = agg.nilai;
    row.changeReason = null;
    row.previousSeri = prev ? lastSeri(prev.cells, prev.from) : null;
    row.yearly = points;
    row.fitPoints = fitAll;
    row.sampaiDengan = agg.sebagian && agg.nilai !== null ? agg.sampaiDengan : null;
    out.push(buildRow(ctx, row, targetAkhir, formula));
    if (e.subs.length === 0 || ctx.yearsOnly) continue;
    const subs = e.subs;
    // One kind of sub-period (the usual case): the pieces to date are the usable ones so far, in order — what
    // choosePieces would choose, built incrementally instead of re-chosen for every row.
    let oneKind = true;
    for (const c of subs) if (c.period.kind !== subs[0]!.period.kind) oneKind = false;
    const soFar: Cell[] = [];
    let mask = 0;
    let emptyMask = 0;
    let suppressedMask = 0;
    let blanks = 0;
    running.chosen = soFar;
    for (const c of subs) {
      const upTo = endMonth(c.period);
      let pieces: Pieces<Cell>;
      if (oneKind) {
        const m = monthMask(c.period);
        if (usableCell(c)) {
          soFar.push(c);
          mask |= m;
        } else {
          blanks++;
          if (c.ditekan) suppressedMask |= m;
          else emptyMask |= m;
        }
        // One object per series, not copied: the row below reads the pieces before the next one is added.
        running.mask = mask;
        running.emptyMask = emptyMask;
        running.suppressedMask = suppressedMask;
        running.blanks = blanks;
        pieces = running;
      } else pieces = choosePieces(e.subs, upTo);
      const toDate = withRate(aggregatePieces(pieces, ind.agregasi, upTo, blank, true), ctx.factor, summed);
      const td = toDateTarget(ctx, c.period, c.periode, annualTarget, proRata);
      const prevKey = previousKey(c.periode, c.period);
      // The previous sub-period of the kind: in this year, or the last of the year before.
      const prevCell = subOf(c.period.index === 1 ? byYear[y - 1 - first] : e, prevKey);
      const usable = usableCell(c);
      row.period = c.period;
      row.periode = c.periode;
      row.agg = toDate;
      row.cells = pieces.chosen;
      row.cellsFrom = piecesFrom(pieces, toDate);
      row.nilaiPeriode = usable ? c.nilai : null;
      row.target = td.target;
      row.targetBasis = td.targetBasis;
      if (summed) {
        // A sum's sub-period row holds the year to date: compared with the same span of the previous year, like
        // a partial year (issue 10 §5), never the triwulan alone against the previous one.
        row.change = sameSpanLastYear(ctx, byYear[y - 1 - first], c.period, blank);
        row.changeValue = toDate.nilai;
        row.changeReason = null;
      } else {
        subChange.value = prevCell && usableCell(prevCell) ? prevCell.nilai : null;
        subChange.key = prevKey;
        row.change = subChange;
        row.changeValue = usable ? c.nilai : null;
        row.changeReason = c.reason ?? 'no-data';
      }
      row.previousSeri = prevCell?.seri ?? null;
      row.yearly = NO_POINTS;
      row.fitPoints = NO_POINTS;
      row.sampaiDengan = null;
      out.push(buildRow(ctx, row, targetAkhir, formula));
    }
  }
  return out;
}

const noData: AggregatedValue = Object.freeze({
  nilai: null,
  numerator: null,
  denominator: null,
  sumberPeriode: Object.freeze([]) as readonly string[],
  kind: null,
  sebagian: false,
  sampaiDengan: null,
  kosongNol: false,
  reason: 'no-data',
});

const YEAR_PERIODS = new Map<number, Period>();

function yearPeriod(y: number): Period {
  let p = YEAR_PERIODS.get(y);
  if (!p) {
    p = Object.freeze({ kind: 'year', year: y, index: 1 }) as Period;
    YEAR_PERIODS.set(y, p);
  }
  return p;
}

const byTahun = (a: YearPoint, b: YearPoint) => a.tahun - b.tahun;

/**
 * A stable in-place insertion sort: the arrays here are a handful of years or sub-periods, and
 * `Array.prototype.sort` allocates a work area on every call (tens of thousands of calls per run).
 */
function insertionSort<T>(xs: T[], order: (a: T, b: T) => number): void {
  for (let i = 1; i < xs.length; i++) {
    const x = xs[i]!;
    let k = i;
    while (k > 0 && order(xs[k - 1]!, x) > 0) {
      xs[k] = xs[k - 1]!;
      k--;
    }
    xs[k] = x;
  }
}

const KIND_ORDER: Readonly<Record<Period['kind'], number>> = { month: 0, quarter: 1, semester: 2, year: 3 };

/** Sub-periods by end month, a shorter one first (a month before the triwulan it ends). */
function byEndThenKind(a: Cell, b: Cell): number {
  return endMonth(a.period) - endMonth(b.period) || KIND_ORDER[a.period.kind] - KIND_ORDER[b.period.kind];
}

/** A year's sub-period cell by its key (a linear search: a year has at most a few dozen). */
function subOf(e: YearCells | undefined, key: string): Cell | undefined {
  if (e === undefined) return undefined;
  for (const c of e.subs) if (c.periode === key) return c;
  return undefined;
}

const PREVIOUS_KEYS = new Map<string, string>();

/** The key of the period before `p` of the same kind (`2025-Q1` → `2024-Q4`), interned. */
function previousKey(key: string, p: Period): string {
  let k = PREVIOUS_KEYS.get(key);
  if (k === undefined) {
    k = internPeriodKey(previousPeriod(p));
    if (PREVIOUS_KEYS.size < 65_536) PREVIOUS_KEYS.set(key, k);
  }
  return k;
}

/** The target to date at the end of `period`, computed once per indicator and period (it is the same in every region). */
function toDateTarget(
  ctx: SeriesContext,
  period: Period,
  key: string,
  annualTarget: Target | null,
  proRata: readonly number[],
): TargetToDate {
  const cache = ctx.toDateTargets;
  let td = cache?.get(key);
  if (td === undefined) {
    td = targetToDate(period, ctx.indicator.agregasi, ctx.targetPeriode, annualTarget, proRata);
    cache?.set(key, td);
  }
  return td;
}

/** What a row's change compares with. */
interface ChangeSpec {
  readonly value: number | null;
  readonly reason: MissingReason;
  readonly key: string;
  readonly sampaiDengan: string | null;
}

/**
 * The same span of the previous year as a partial year through `last` (months 1 … end of `last`): its value when
 * the previous year's sub-periods cover the whole span, else no comparison (`no-comparable-period`).
 */
function sameSpanLastYear(
  ctx: SeriesContext,
  prevYear: YearCells | undefined,
  last: Period,
  blank: BlankRule,
): ChangeSpec {
  const upTo = endMonth(last);
  const key = internPeriodKey(yearPeriod(last.year - 1));
  const sampaiDengan = internPeriodKey({ kind: last.kind, year: last.year - 1, index: last.index });
  if (!prevYear || prevYear.subs.length === 0) {
    return { value: null, reason: 'no-comparable-period', key, sampaiDengan };
  }
  const pieces = choosePieces(prevYear.subs, upTo);
  const span = upTo >= 12 ? 0xfff : (1 << upTo) - 1;
  const agg = withRate(
    aggregatePieces(pieces, ctx.indicator.agregasi, upTo, blank, true),
    ctx.factor,
    ctx.indicator.agregasi === 'sum',
  );
  const complete = (pieces.mask & span) === span || agg.kosongNol;
  if (agg.nilai === null || !complete)
    return { value: null, reason: 'no-comparable-period', key, sampaiDengan };
  return { value: agg.nilai, reason: 'no-comparable-period', key, sampaiDengan };
}

/** True when any of the cells the realisation was made from is illustrative. */
function anyIllustrative(cells: readonly Cell[], from: number): boolean {
  for (let i = from; i < cells.length; i++) if (cells[i]!.ilustratif) return true;
  return false;
}

function lastSeri(cells: readonly Cell[], from: number): string | null {
  for (let i = cells.length - 1; i >= from; i--) if (cells[i]!.seri) return cells[i]!.seri;
  return null;
}

/**
 * What one row is built from. One instance per series is filled in for each row in turn and read by
 * {@link buildRow} before the next (a series makes dozens of rows; a run, 165 k), so no field may be kept.
 */
interface RowInput {
  period: Period;
  /** The period's canonical key. */
  periode: string;
  agg: AggregatedValue;
  /** The cells the realisation was made from: `cells` from index `cellsFrom` on. */
  cells: readonly Cell[];
  cellsFrom: number;
  nilaiPeriode: number | null;
  target: Target | null;
  targetBasis: TargetBasis | null;
  /** What the change compares with. */
  change: ChangeSpec;
  /** The value the change is of: the year's, or the sub-period's own. */
  changeValue: number | null;
  /** Why `changeValue` is missing (null: the realisation's reason). */
  changeReason: MissingReason | null;
  previousSeri: string | null;
  yearly: readonly YearPoint[];
  fitPoints: readonly YearPoint[];
  sampaiDengan: string | null;
}

/** What a sub-period row's change compares with: the previous sub-period of its kind (filled in per row). */
interface MutableChangeSpec {
  value: number | null;
  reason: MissingReason;
  key: string;
  sampaiDengan: string | null;
}

const NO_POINTS: readonly YearPoint[] = Object.freeze([]);
const NO_CHANGE: ChangeSpec = Object.freeze({
  value: null,
  reason: 'no-previous',
  key: '',
  sampaiDengan: null,
});
/** The sub-periods of a year without any (frozen: never written). */
const NO_CELLS = Object.freeze([]) as unknown as Cell[];

const REASONS_SCRATCH: (MissingReason | undefined)[] = new Array(7);

const PROGRESS_SCRATCH: { -readonly [K in keyof ProgressInput]-?: ProgressInput[K] } = {
  agregasi: 'last',
  polaritas: 'positif',
  rumusNegatif: 'selisih',
  rentang: 'polaritas',
  desimal: 2,
  proyeksi: 'linear',
  tahun: 0,
  tahunMulai: 0,
  tahunAkhir: 0,
  yearly: NO_POINTS,
  targets: {},
  projectionPoints: NO_POINTS,
  targetAkhir: null,
};

function buildRow(
  ctx: SeriesContext,
  r: RowInput,
  targetAkhir: Target | null,
  formula: NegativeFormula,
): IndicatorResult {
  const { indicator: ind, options } = ctx;
  const { agg } = r;
  // Reasons per field in MISSING_FIELDS order: realisasi, target, capaian, perubahan, progres, proyeksi, peringkat
  // (a scratch array: internMissing reads it before the next row is built).
  const reasons = REASONS_SCRATCH;
  reasons.fill(undefined);
  const realReason = agg.reason ?? 'no-data';
  if (agg.nilai === null) reasons[0] = realReason;
  if (r.target === null) reasons[1] = 'no-target';
  const cap = capaianOf(
    agg.nilai,
    realReason,
    r.target,
    ind.polaritas,
    formula,
    ind.rentang,
    ctx.capaianDecimals,
  );
  if (cap.reason) reasons[2] = cap.reason;
  const key = r.periode;
  const change = changeBetween(
    r.changeValue,
    r.changeReason ?? realReason,
    r.change.value,
    r.change.reason,
    r.change.key,
    r.change.sampaiDengan,
    ind.polaritas,
    options.changeTolerance,
    ctx.valueDecimals,
  );
  let perubahan: ResultChange | null = null;
  if (typeof change === 'string') reasons[3] = change;
  else perubahan = change;
  // Progress against the RPJMD end target is judged on year rows (a partial year's through its latest data).
  let progres: ResultProgress | null = null;
  if (r.period.kind === 'year') {
    // A scratch input (progressOf keeps nothing of it): a run judges progress on tens of thousands of year rows.
    const input = PROGRESS_SCRATCH;
    input.agregasi = ind.agregasi;
    input.polaritas = ind.polaritas;
    input.rumusNegatif = formula;
    input.rentang = ind.rentang;
    input.desimal = ctx.capaianDecimals;
    input.proyeksi = ind.proyeksi;
    input.tahun = r.period.year;
    input.tahunMulai = ctx.mulai;
    input.tahunAkhir = ctx.akhir;
    input.yearly = r.yearly;
    input.targets = ind.target;
    input.projectionPoints = r.fitPoints;
    input.targetAkhir = targetAkhir;
    const prog = progressOf(input, options);
    progres = prog.progres;
    if (prog.reason) reasons[4] = prog.reason;
    if (prog.proyeksiReason) reasons[5] = prog.proyeksiReason;
  } else {
    reasons[4] = 'year-only';
    reasons[5] = 'year-only';
  }
  if (agg.nilai === null) reasons[6] = ind.polaritas === 'netral' ? 'neutral-polarity' : realReason;
  else if (ind.polaritas === 'netral') reasons[6] = 'neutral-polarity';
  const { cells, cellsFrom } = r;
  let diperbarui: string | null = null;
  let sumber: string | null = null;
  for (let i = cellsFrom; i < cells.length; i++) {
    const c = cells[i]!;
    diperbarui = laterDate(diperbarui, c.diperbarui);
    if (sumber === null && c.sumber) sumber = c.sumber;
  }
  const seri = lastSeri(cells, cellsFrom);
  return {
    indikator: ind.kode,
    wilayah: ctx.wilayah,
    level: ctx.level,
    periode: key,
    periodKind: r.period.kind,
    tahun: r.period.year,
    realisasi: agg.nilai,
    nilaiPeriode: r.nilaiPeriode,
    sampaiDengan: r.sampaiDengan,
    cakupan: coverageOf(cells, cellsFrom),
    numerator: agg.nilai === null ? null : agg.numerator,
    denominator: agg.nilai === null ? null : agg.denominator,
    sumberPeriode: agg.sumberPeriode,
    target: r.target,
    targetAcuan: cap.targetAcuan,
    targetBasis: r.target === null ? null : r.targetBasis,
    capaian: cap.capaian,
    kategori: bandOf(cap.capaian, ctx.scale)?.key ?? null,
    perubahan,
    progres,
    peringkat: null,
    flags: internFlags(
      cap.negatif,
      isSmallDenominator(agg.nilai === null ? null : agg.denominator, options.smallDenominator),
      agg.nilai === null && agg.reason === 'suppressed',
      ind.ilustratif,
      seri !== null && r.previousSeri !== null && seri !== r.previousSeri,
      agg.sebagian && agg.nilai !== null,
      anyIllustrative(cells, cellsFrom),
      agg.kosongNol && agg.nilai !== null,
    ),
    missing: internMissing(reasons),
    diperbarui,
    sumber: sumber ?? (agg.nilai === null ? null : ind.sumberData),
    seri,
  };
}
