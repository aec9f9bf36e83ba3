/**
 * Progress against the RPJMD end target, with its status and a projection to the final year (DESIGN §3).
 */
import type {
  Aggregation,
  NegativeFormula,
  Polarity,
  ProjectionMethod,
  Target,
} from '../schema/indicator.ts';
import { computeCapaian } from './capaian.ts';
import { meetsTarget, projectToYear, type YearPoint } from './projection.ts';
import type {
  EngineOptions,
  MissingReason,
  ProgressStatus,
  ResultProgress,
  ResultProjection,
} from './types.ts';

/** Default progress thresholds: ≥ 80 tercapai, ≥ 60 on-track, otherwise perlu upaya keras. */
export const DEFAULT_PROGRESS_THRESHOLDS = { tercapai: 80, onTrack: 60 } as const;

/** The status of a progress percentage under the thresholds (default {@link DEFAULT_PROGRESS_THRESHOLDS}). */
export function progressStatus(
  persen: number,
  thresholds: { readonly tercapai: number; readonly onTrack: number } = DEFAULT_PROGRESS_THRESHOLDS,
): ProgressStatus {
  if (persen >= thresholds.tercapai) return 'tercapai';
  if (persen >= thresholds.onTrack) return 'on-track';
  return 'perlu-upaya-keras';
}

/**
 * The end-of-period target: for `sum` indicators the sum of the annual targets of every RPJMD year (a flow's end
 * target is cumulative; ranges sum bound by bound), null unless every year has one; for the others the target of
 * the final year.
 */
export function endTarget(
  targets: Readonly<Record<string, Target>>,
  agregasi: Aggregation,
  mulai: number,
  akhir: number,
): Target | null {
  if (agregasi !== 'sum') return targets[String(akhir)] ?? null;
  let min = 0;
  let max = 0;
  let range = false;
  for (let y = mulai; y <= akhir; y++) {
    const t = targets[String(y)];
    if (t === undefined) return null;
    if (typeof t === 'number') {
      min += t;
      max += t;
    } else {
      range = true;
      min += t.min;
      max += t.max;
    }
  }
  return range ? { min, max } : min;
}

/** True when the points' years never decrease. */
function isInYearOrder(points: readonly YearPoint[]): boolean {
  for (let i = 1; i < points.length; i++) if (points[i]!.tahun < points[i - 1]!.tahun) return false;
  return true;
}

/** Inputs of {@link computeProgress}. */
export interface ProgressInput {
  readonly agregasi: Aggregation;
  readonly polaritas: Polarity;
  readonly rumusNegatif?: NegativeFormula;
  readonly proyeksi: ProjectionMethod;
  /** The year of the row. */
  readonly tahun: number;
  readonly tahunMulai: number;
  readonly tahunAkhir: number;
  /** Yearly realisations (years without a value left out); a baseline before `tahunMulai` may be included. */
  readonly yearly: readonly YearPoint[];
  /** Annual targets keyed by year. */
  readonly targets: Readonly<Record<string, Target>>;
  /** The points the projection is fitted on (default `yearly`), e.g. full years only when this one is partial. */
  readonly projectionPoints?: readonly YearPoint[];
  /**
   * The end target when the caller already has it: must equal `endTarget(targets, agregasi, tahunMulai,
   * tahunAkhir)` (the engine computes it once per series instead of once per row).
   */
  readonly targetAkhir?: Target | null;
}

/** Progress with the reasons of its missing parts. */
export interface ProgressResult {
  readonly progres: ResultProgress;
  readonly reason?: MissingReason;
  readonly proyeksiReason?: MissingReason;
}

/**
 * Progress of the realisation through `tahun` against the end target:
 * - `sum`: the realisations of the RPJMD years up to `tahun` added (earlier years plus this one) against the
 *   cumulative end target ({@link endTarget});
 * - other aggregations: the latest realisation up to `tahun` against the final year's target;
 * - `persen` is the capaian of that against the end target (same polarity and range rules as {@link computeCapaian}),
 *   `status` from the thresholds.
 * The projection uses the yearly realisations up to `tahun` (the baseline included): the final-year value for
 * non-`sum` indicators; for `sum` ones the realised total plus the projected flows of the remaining years, so
 * `nilai` is a cumulative total and `titik` the projected yearly flows. `akanTercapai` by {@link meetsTarget}.
 */
export function computeProgress(input: ProgressInput, options: EngineOptions = {}): ProgressResult {
  const { agregasi, tahun, tahunMulai, tahunAkhir, polaritas } = input;
  const targetAkhir =
    input.targetAkhir !== undefined
      ? input.targetAkhir
      : endTarget(input.targets, agregasi, tahunMulai, tahunAkhir);
  let realisasiKumulatif: number | null = null;
  if (isInYearOrder(input.yearly)) {
    // Points already in year order (the engine's): one pass, the same additions in the same order as below.
    let sum = 0;
    let count = 0;
    let latest: number | null = null;
    for (const p of input.yearly) {
      if (p.tahun > tahun || p.tahun < tahunMulai || !Number.isFinite(p.nilai)) continue;
      sum += p.nilai;
      count++;
      latest = p.nilai;
    }
    if (count > 0) realisasiKumulatif = agregasi === 'sum' ? sum : latest;
  } else {
    const upTo = input.yearly.filter((p) => p.tahun <= tahun && Number.isFinite(p.nilai));
    const inPlan = upTo.filter((p) => p.tahun >= tahunMulai).sort((a, b) => a.tahun - b.tahun);
    if (agregasi === 'sum') {
      if (inPlan.length > 0) realisasiKumulatif = inPlan.reduce((s, p) => s + p.nilai, 0);
    } else if (inPlan.length > 0) {
      realisasiKumulatif = inPlan[inPlan.length - 1]!.nilai;
    }
  }
  const c = computeCapaian(
    { realisasi: realisasiKumulatif, target: targetAkhir, polaritas, rumusNegatif: input.rumusNegatif },
    options,
  );
  const reason: MissingReason | undefined =
    c.reason === 'no-target' ? 'no-end-target' : (c.reason as MissingReason | undefined);

  let proyeksi: ResultProjection | null = null;
  let proyeksiReason: MissingReason | undefined;
  const fitFrom = input.projectionPoints ?? input.yearly;
  const fitOn = fitFrom.every((p) => p.tahun <= tahun && Number.isFinite(p.nilai))
    ? fitFrom
    : fitFrom.filter((p) => p.tahun <= tahun && Number.isFinite(p.nilai));
  const fit = projectToYear(fitOn, tahunAkhir, input.proyeksi);
  if ('reason' in fit) {
    proyeksiReason = fit.reason;
  } else {
    let nilai = fit.nilai;
    if (agregasi === 'sum') {
      // The realised full years of the plan plus the fitted flows of every later plan year.
      let lastFitted = Number.NEGATIVE_INFINITY;
      let realised = 0;
      for (const p of fitOn) {
        if (p.tahun > lastFitted) lastFitted = p.tahun;
        if (p.tahun >= tahunMulai) realised += p.nilai;
      }
      let future = 0;
      for (const p of fit.titik) if (p.tahun > lastFitted && p.tahun >= tahunMulai) future += p.nilai;
      nilai = realised + future;
    }
    proyeksi = {
      metode: fit.metode,
      tahun: tahunAkhir,
      nilai,
      akanTercapai: meetsTarget(nilai, targetAkhir, polaritas),
      titik: fit.titik,
    };
    if (targetAkhir === null) proyeksiReason = 'no-end-target';
  }
  return {
    progres: {
      tahunAkhir,
      targetAkhir,
      realisasiKumulatif,
      persen: c.capaian,
      status: c.capaian === null ? null : progressStatus(c.capaian, options.progressThresholds),
      proyeksi,
    },
    reason,
    proyeksiReason,
  };
}
