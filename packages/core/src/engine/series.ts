/**
 * The result rows of one indicator in one region: a row for every year of the plan (and every observed year) and
 * for every observed sub-period, each built from the single-rule functions of this folder.
 */
import { type Period, previousPeriod } from '../period/period.ts';
import type { CategoryScale } from '../schema/category.ts';
import type { Indicator, Target } from '../schema/indicator.ts';
import type { RegionLevel } from '../schema/region.ts';
import { type AggregatedValue, aggregateSubPeriods, type SubPeriodValue } from './aggregate-year.ts';
import { computeCapaian } from './capaian.ts';
import { categorize } from './category.ts';
import { type Cell, laterDate, usableCell } from './cells.ts';
import { computeChange } from './change.ts';
import { formulaValue } from './formula.ts';
import { internFlags, internMissing, internPeriodKey } from './intern.ts';
import { computeProgress, endTarget, type ProgressResult } from './progress.ts';
import type { YearPoint } from './projection.ts';
import { quarterToDate } from './quarter.ts';
import { isSmallDenominator } from './rank.ts';
import type { EngineOptions, IndicatorResult, MissingReason, TargetBasis } from './types.ts';

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
  /** Emit year rows only (the scorecard); year rows never depend on the sub-period rows. */
  readonly yearsOnly?: boolean;
}

/** A realisation with its provenance. */
interface Realised {
  readonly agg: AggregatedValue;
  readonly cells: readonly Cell[];
}

/** Recompute a rate from summed parts when the parts were summed (Σnum / Σden, never averaged rates). */
function withRate(agg: AggregatedValue, factor: number, summed: boolean): AggregatedValue {
  if (!summed || agg.numerator === null || agg.denominator === null) return agg;
  const fv = formulaValue(agg.numerator, agg.denominator, factor);
  return fv.reason ? { ...agg, nilai: null, reason: fv.reason } : { ...agg, nilai: fv.nilai };
}

function fromYearCell(c: Cell): AggregatedValue {
  return usableCell(c)
    ? {
        nilai: c.nilai,
        numerator: c.numerator,
        denominator: c.denominator,
        sumberPeriode: [c.periode],
        kind: 'year',
        sebagian: false,
      }
    : {
        nilai: null,
        numerator: null,
        denominator: null,
        sumberPeriode: [],
        kind: 'year',
        sebagian: false,
        reason: c.reason ?? 'reported-missing',
      };
}

/**
 * Build every result row of one indicator × region from its cells (period key → cell). Ranks are left null here
 * and filled by the caller, which sees the whole group.
 */
export function seriesResults(cells: ReadonlyMap<string, Cell>, ctx: SeriesContext): IndicatorResult[] {
  const { indicator: ind, options } = ctx;
  const byYear = new Map<number, { year: Cell | null; subs: Cell[] }>();
  for (let y = ctx.mulai; y <= ctx.akhir; y++) byYear.set(y, { year: null, subs: [] });
  for (const c of cells.values()) {
    let e = byYear.get(c.period.year);
    if (!e) {
      e = { year: null, subs: [] };
      byYear.set(c.period.year, e);
    }
    if (c.period.kind === 'year') e.year = c;
    else e.subs.push(c);
  }
  const years = [...byYear.keys()].sort((a, b) => a - b);

  // Yearly realisations first: they feed changes, progress and projections.
  const yearly = new Map<number, Realised>();
  for (const y of years) {
    const e = byYear.get(y)!;
    const subs: readonly SubPeriodValue[] = e.subs;
    let agg: AggregatedValue;
    let used: Cell[];
    if (e.year && (usableCell(e.year) || e.subs.length === 0)) {
      agg = fromYearCell(e.year);
      used = [e.year];
    } else {
      agg = withRate(aggregateSubPeriods(subs, ind.agregasi), ctx.factor, ind.agregasi === 'sum');
      const src = new Set(agg.sumberPeriode);
      used = e.subs.filter((c) => src.has(c.periode));
      if (agg.nilai === null && e.year) agg = { ...agg, reason: e.year.reason ?? agg.reason };
    }
    yearly.set(y, { agg, cells: used });
  }
  const points: YearPoint[] = [];
  for (const [tahun, r] of yearly) if (r.agg.nilai !== null) points.push({ tahun, nilai: r.agg.nilai });
  if (ctx.withBaseline && ind.baseline && !points.some((p) => p.tahun === ind.baseline!.tahun)) {
    points.push({ tahun: ind.baseline.tahun, nilai: ind.baseline.nilai });
  }
  points.sort((a, b) => a.tahun - b.tahun);
  // A partial year of a `sum` indicator is not a yearly flow: trends are fitted on full years only.
  const partialSum = (y: number) => ind.agregasi === 'sum' && yearly.get(y)?.agg.sebagian === true;
  const fitAll = points.filter((p) => !partialSum(p.tahun));

  const targetAkhir = endTarget(ind.target, ind.agregasi, ctx.mulai, ctx.akhir);
  const out: IndicatorResult[] = [];
  for (const y of years) {
    const r = yearly.get(y)!;
    const prev = yearly.get(y - 1);
    const progressMemo = new Map<string, ProgressResult>();
    const prevValue =
      prev?.agg.nilai ?? (ctx.withBaseline && ind.baseline?.tahun === y - 1 ? ind.baseline.nilai : null);
    const e = byYear.get(y)!;
    let target: Target | null = ind.target[String(y)] ?? null;
    let targetBasis: TargetBasis | null = 'tahunan';
    if (partialSum(y) && r.agg.nilai !== null && r.agg.kind !== null && r.agg.kind !== 'year') {
      // Half a year of a flow is judged to date (quarterly targets or the pro-rata share), not against the
      // full-year target.
      const last = e.subs.find((c) => c.periode === r.agg.sumberPeriode[r.agg.sumberPeriode.length - 1]);
      if (last) {
        const td = quarterToDate(last.period, 'sum', e.subs, ctx.targetPeriode, target, options);
        target = td.target;
        targetBasis = td.targetBasis;
      }
    }
    out.push(
      buildRow(
        ctx,
        {
          period: { kind: 'year', year: y, index: 1 },
          realised: r,
          nilaiPeriode: r.agg.nilai,
          target,
          targetBasis,
          previousValue: prevValue,
          previousSeri: prev ? lastSeri(prev.cells) : null,
          yearly: points,
          fitPoints: fitAll,
        },
        targetAkhir,
        progressMemo,
      ),
    );
    if (e.subs.length === 0 || ctx.yearsOnly) continue;
    const subs: readonly SubPeriodValue[] = e.subs;
    // The years before this one: the same for every sub-period of the year.
    const earlier = points.filter((p) => p.tahun < y);
    const earlierFull = fitAll.filter((p) => p.tahun < y);
    const subCells = new Map(e.subs.map((c) => [c.periode, c]));
    for (const c of [...e.subs].sort(
      (a, b) => a.period.index - b.period.index || kindOrder(a.period) - kindOrder(b.period),
    )) {
      const td = quarterToDate(
        c.period,
        ind.agregasi,
        subs,
        ctx.targetPeriode,
        ind.target[String(y)] ?? null,
        options,
      );
      const agg = withRate(td.realisasi, ctx.factor, ind.agregasi === 'sum');
      const src = new Set(agg.sumberPeriode);
      const prevKey = internPeriodKey(previousPeriod(c.period));
      const prevCell = subCells.get(prevKey) ?? cellsOfYear(byYear, c.period.year - 1, prevKey);
      const toDate = agg.nilai === null ? earlier : [...earlier, { tahun: y, nilai: agg.nilai }];
      out.push(
        buildRow(
          ctx,
          {
            period: c.period,
            realised: { agg, cells: e.subs.filter((s) => src.has(s.periode)) },
            nilaiPeriode: usableCell(c) ? c.nilai : null,
            ownReason: c.reason,
            target: td.target,
            targetBasis: td.targetBasis,
            previousValue: prevCell && usableCell(prevCell) ? prevCell.nilai : null,
            previousKey: prevKey,
            previousSeri: prevCell?.seri ?? null,
            yearly: toDate,
            // A partial year's sum is not a yearly flow: fit the projection of a `sum` indicator on full years only.
            fitPoints: ind.agregasi === 'sum' ? earlierFull : toDate,
          },
          targetAkhir,
          progressMemo,
        ),
      );
    }
  }
  return out;
}

const kindOrder = (p: Period) => ({ month: 0, quarter: 1, semester: 2, year: 3 })[p.kind];

function cellsOfYear(
  byYear: ReadonlyMap<number, { year: Cell | null; subs: Cell[] }>,
  year: number,
  key: string,
): Cell | undefined {
  return byYear.get(year)?.subs.find((c) => c.periode === key);
}

/** True when any of the cells the realisation was made from is illustrative. */
function anyIllustrative(cells: readonly Cell[]): boolean {
  for (const c of cells) if (c.ilustratif) return true;
  return false;
}

function lastSeri(cells: readonly Cell[]): string | null {
  for (let i = cells.length - 1; i >= 0; i--) if (cells[i]!.seri) return cells[i]!.seri;
  return null;
}

interface RowInput {
  readonly period: Period;
  readonly realised: Realised;
  readonly nilaiPeriode: number | null;
  readonly ownReason?: MissingReason | null;
  readonly target: Target | null;
  readonly targetBasis: TargetBasis | null;
  readonly previousValue: number | null;
  readonly previousKey?: string;
  readonly previousSeri: string | null;
  readonly yearly: readonly YearPoint[];
  readonly fitPoints: readonly YearPoint[];
}

/** The value of the year-`y` point in year points (a key part: `-0` kept apart from `0`), `x` when there is none. */
function pointKey(points: readonly YearPoint[], y: number): string {
  for (const p of points) if (p.tahun === y) return Object.is(p.nilai, -0) ? '-0' : String(p.nilai);
  return 'x';
}

/** Freeze a progress result that is about to be shared by a second row. */
function freezeProgress(p: ProgressResult): ProgressResult {
  if (Object.isFrozen(p.progres)) return p;
  const proyeksi = p.progres.proyeksi;
  if (proyeksi) {
    for (const t of proyeksi.titik) Object.freeze(t);
    Object.freeze(proyeksi.titik);
    Object.freeze(proyeksi);
  }
  Object.freeze(p.progres);
  return p;
}

function buildRow(
  ctx: SeriesContext,
  r: RowInput,
  targetAkhir: Target | null,
  progressMemo: Map<string, ProgressResult>,
): IndicatorResult {
  const { indicator: ind, options } = ctx;
  const { agg } = r.realised;
  // Reasons per field in MISSING_FIELDS order: realisasi, target, capaian, perubahan, progres, proyeksi, peringkat.
  const reasons: (MissingReason | undefined)[] = [
    undefined,
    undefined,
    undefined,
    undefined,
    undefined,
    undefined,
    undefined,
  ];
  const realReason = agg.reason ?? 'no-data';
  if (agg.nilai === null) reasons[0] = realReason;
  if (r.target === null) reasons[1] = 'no-target';
  const cap = computeCapaian(
    {
      realisasi: agg.nilai,
      realisasiReason: realReason,
      target: r.target,
      polaritas: ind.polaritas,
      rumusNegatif: ind.rumusNegatif,
    },
    options,
  );
  if (cap.reason) reasons[2] = cap.reason;
  const key = internPeriodKey(r.period);
  const prevKey = r.previousKey ?? internPeriodKey(previousPeriod(r.period));
  const change = computeChange(
    r.period.kind === 'year' ? agg.nilai : r.nilaiPeriode,
    r.previousValue,
    prevKey,
    ind.polaritas,
    options.changeTolerance ?? 0,
    r.period.kind === 'year' ? realReason : (r.ownReason ?? 'no-data'),
  );
  if (change.reason) reasons[3] = change.reason;
  // Progress depends on the points up to this year only: the points of earlier years are the same for every row
  // of the year, so rows with the same year-y points (the year row and its last triwulan, for instance) share one
  // progress — computed once, then frozen.
  const memoKey = `${pointKey(r.yearly, r.period.year)}|${pointKey(r.fitPoints, r.period.year)}`;
  let prog = progressMemo.get(memoKey);
  if (prog) prog = freezeProgress(prog);
  else {
    prog = computeProgress(
      {
        agregasi: ind.agregasi,
        polaritas: ind.polaritas,
        rumusNegatif: ind.rumusNegatif,
        proyeksi: ind.proyeksi,
        tahun: r.period.year,
        tahunMulai: ctx.mulai,
        tahunAkhir: ctx.akhir,
        yearly: r.yearly,
        targets: ind.target,
        projectionPoints: r.fitPoints,
        targetAkhir,
      },
      options,
    );
    progressMemo.set(memoKey, prog);
  }
  if (prog.reason) reasons[4] = prog.reason;
  if (prog.proyeksiReason) reasons[5] = prog.proyeksiReason;
  if (agg.nilai === null) reasons[6] = ind.polaritas === 'netral' ? 'neutral-polarity' : realReason;
  else if (ind.polaritas === 'netral') reasons[6] = 'neutral-polarity';
  let diperbarui: string | null = null;
  for (const c of r.realised.cells) diperbarui = laterDate(diperbarui, c.diperbarui);
  const seri = lastSeri(r.realised.cells);
  const cells = r.realised.cells;
  return {
    indikator: ind.kode,
    wilayah: ctx.wilayah,
    level: ctx.level,
    periode: key,
    periodKind: r.period.kind,
    tahun: r.period.year,
    realisasi: agg.nilai,
    nilaiPeriode: r.nilaiPeriode,
    numerator: agg.numerator,
    denominator: agg.denominator,
    sumberPeriode: agg.sumberPeriode,
    target: r.target,
    targetAcuan: cap.targetAcuan,
    targetBasis: r.target === null ? null : r.targetBasis,
    capaian: cap.capaian,
    kategori: categorize(cap.capaian, ctx.scale)?.key ?? null,
    perubahan: change.perubahan,
    progres: prog.progres,
    peringkat: null,
    flags: internFlags(
      cap.negatif,
      isSmallDenominator(agg.denominator, options.smallDenominator),
      agg.nilai === null && agg.reason === 'suppressed',
      ind.ilustratif,
      seri !== null && r.previousSeri !== null && seri !== r.previousSeri,
      agg.sebagian && agg.nilai !== null,
      anyIllustrative(cells),
    ),
    missing: internMissing(reasons),
    diperbarui,
    sumber: cells.find((c) => c.sumber)?.sumber ?? (agg.nilai === null ? null : ind.sumberData),
    seri,
  };
}
