/**
 * Progress against the RPJMD end target, with its status and a projection to the final year (DESIGN §3).
 */
import {
  type Aggregation,
  Aggregation as AggregationSchema,
  type NegativeFormula,
  NegativeFormula as NegativeFormulaSchema,
  type Polarity,
  Polarity as PolaritySchema,
  type ProjectionMethod,
  ProjectionMethod as ProjectionMethodSchema,
  type RangeRule,
  RangeRule as RangeRuleSchema,
  type Target,
} from '../schema/indicator.ts';
import {
  checkArray,
  checkEnum,
  checkFinite,
  checkInteger,
  checkOptionalEnum,
  checkTarget,
  EngineArgumentError,
} from './arguments.ts';
import { capaianOf, DEFAULT_CAPAIAN_DECIMALS } from './capaian.ts';
import { MAX_DECIMALS } from './decimal.ts';
import { fitOf, fitValue, isInYearOrder, meets, type YearPoint } from './projection.ts';
import { endTargetOf } from './targets.ts';
import type {
  EngineOptions,
  MissingReason,
  ProgressStatus,
  ResultProgress,
  ResultProjection,
} from './types.ts';

/** Default progress thresholds: ≥ 80 tercapai, ≥ 60 sesuai-jalur, otherwise perlu upaya keras. */
export const DEFAULT_PROGRESS_THRESHOLDS = { tercapai: 80, sesuaiJalur: 60 } as const;

/** Progress thresholds in percent. */
export interface ProgressThresholds {
  readonly tercapai: number;
  readonly sesuaiJalur: number;
}

function checkThresholds(fn: string, t: ProgressThresholds): void {
  if (!t || typeof t !== 'object')
    throw new EngineArgumentError(fn, 'thresholds', t, '{ tercapai, sesuaiJalur }');
  checkFinite(fn, 'thresholds.tercapai', t.tercapai);
  checkFinite(fn, 'thresholds.sesuaiJalur', t.sesuaiJalur);
  if (t.sesuaiJalur > t.tercapai)
    throw new EngineArgumentError(fn, 'thresholds.sesuaiJalur', t.sesuaiJalur, `≤ tercapai (${t.tercapai})`);
}

/**
 * The status of a progress percentage under the thresholds (default {@link DEFAULT_PROGRESS_THRESHOLDS}):
 * ≥ tercapai → `tercapai`, ≥ sesuaiJalur → `sesuai-jalur`, else `perlu-upaya-keras`.
 *
 * @throws EngineArgumentError for a percentage that is not finite or thresholds with sesuaiJalur > tercapai.
 */
export function progressStatus(
  persen: number,
  thresholds: ProgressThresholds = DEFAULT_PROGRESS_THRESHOLDS,
): ProgressStatus {
  checkFinite('progressStatus', 'persen', persen);
  checkThresholds('progressStatus', thresholds);
  return statusOf(persen, thresholds);
}

function statusOf(persen: number, thresholds: ProgressThresholds): ProgressStatus {
  if (persen >= thresholds.tercapai) return 'tercapai';
  if (persen >= thresholds.sesuaiJalur) return 'sesuai-jalur';
  return 'perlu-upaya-keras';
}

/** Inputs of {@link computeProgress}. */
export interface ProgressInput {
  readonly agregasi: Aggregation;
  readonly polaritas: Polarity;
  readonly rumusNegatif?: NegativeFormula;
  /** How a range end target is judged outside the range (default `polaritas`). */
  readonly rentang?: RangeRule;
  /** Decimals of the published percentage (default 2). */
  readonly desimal?: number;
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
 *   cumulative end target (see `endTarget`);
 * - other aggregations: the latest realisation up to `tahun` against the final year's target;
 * - `persen` is the capaian of that against the end target (same polarity, range and rounding rules as
 *   `computeCapaian`), `status` from the thresholds on that published percentage.
 * The projection uses the yearly realisations up to `tahun` (the baseline included): the final-year value for
 * non-`sum` indicators; for `sum` ones the realised total plus the projected flows of the remaining years, so
 * `nilai` is a cumulative total and `titik` the projected yearly flows. `akanTercapai` by `meetsTarget`.
 *
 * @throws EngineArgumentError for unknown enums, years that are not integers, malformed points or targets.
 */
export function computeProgress(input: ProgressInput, options: EngineOptions = {}): ProgressResult {
  const fn = 'computeProgress';
  checkEnum(fn, 'agregasi', input.agregasi, AggregationSchema.options);
  checkEnum(fn, 'polaritas', input.polaritas, PolaritySchema.options);
  checkOptionalEnum(fn, 'rumusNegatif', input.rumusNegatif, NegativeFormulaSchema.options);
  checkOptionalEnum(fn, 'rentang', input.rentang, RangeRuleSchema.options);
  checkEnum(fn, 'proyeksi', input.proyeksi, ProjectionMethodSchema.options);
  if (input.desimal !== undefined) checkInteger(fn, 'desimal', input.desimal, 0, MAX_DECIMALS);
  checkInteger(fn, 'tahun', input.tahun, 0, 9999);
  checkInteger(fn, 'tahunMulai', input.tahunMulai, 0, 9999);
  checkInteger(fn, 'tahunAkhir', input.tahunAkhir, input.tahunMulai, 9999);
  for (const [name, pts] of [
    ['yearly', input.yearly],
    ['projectionPoints', input.projectionPoints ?? []],
  ] as const) {
    checkArray(fn, name, pts);
    pts.forEach((p, i) => {
      checkInteger(fn, `${name}.${i}.tahun`, p?.tahun, 0, 9999);
      checkFinite(fn, `${name}.${i}.nilai`, p.nilai);
    });
  }
  for (const [k, t] of Object.entries(input.targets)) checkTarget(fn, `targets.${k}`, t);
  checkTarget(fn, 'targetAkhir', input.targetAkhir);
  checkOptionalEnum(fn, 'options.negativeFormula', options.negativeFormula, NegativeFormulaSchema.options);
  if (options.progressThresholds) checkThresholds(fn, options.progressThresholds);
  return progressOf(input, options);
}

/** Unchecked {@link computeProgress} for the engine's loops. */
export function progressOf(input: ProgressInput, options: EngineOptions): ProgressResult {
  const { agregasi, tahun, tahunMulai, tahunAkhir, polaritas } = input;
  const targetAkhir =
    input.targetAkhir !== undefined
      ? input.targetAkhir
      : endTargetOf(input.targets, agregasi, tahunMulai, tahunAkhir);
  // The cumulative sum (added in year order) or the latest value up to `tahun`, within the plan.
  const yearly = isInYearOrder(input.yearly)
    ? input.yearly
    : [...input.yearly].sort((a, b) => a.tahun - b.tahun);
  let sum = 0;
  let latest: number | null = null;
  for (const p of yearly) {
    if (p.tahun > tahun || p.tahun < tahunMulai || !Number.isFinite(p.nilai)) continue;
    sum += p.nilai;
    latest = p.nilai;
  }
  // `latest` is null exactly when no year was counted.
  const realisasiKumulatif = latest === null ? null : agregasi === 'sum' ? sum : latest;
  const rule = input.rentang ?? 'polaritas';
  const c = capaianOf(
    realisasiKumulatif,
    'no-data',
    targetAkhir,
    polaritas,
    input.rumusNegatif ?? options.negativeFormula ?? 'selisih',
    rule,
    input.desimal ?? DEFAULT_CAPAIAN_DECIMALS,
  );
  const reason: MissingReason | undefined = c.reason === 'no-target' ? 'no-end-target' : c.reason;

  let proyeksi: ResultProjection | null = null;
  let proyeksiReason: MissingReason | undefined;
  // The fitted points up to `tahun`, in year order (sums are added in year order whatever the input order).
  const fitFrom = input.projectionPoints ?? yearly;
  // Stryker disable next-line BooleanLiteral: filtering every time keeps the same points (the check only saves a copy)
  let allKept = true;
  for (const p of fitFrom) if (!(p.tahun <= tahun && Number.isFinite(p.nilai))) allKept = false;
  const kept = allKept ? fitFrom : fitFrom.filter((p) => p.tahun <= tahun && Number.isFinite(p.nilai));
  const fitOn = isInYearOrder(kept) ? kept : [...kept].sort((a, b) => a.tahun - b.tahun);
  const fit = fitOf(fitOn, input.proyeksi);
  if ('reason' in fit) {
    proyeksiReason = fit.reason;
  } else {
    const end = Math.max(fit.tahun, tahunAkhir);
    let nilai = fitValue(fit, end);
    if (agregasi === 'sum') {
      // The realised full years of the plan plus the fitted flows of every later plan year.
      let realised = 0;
      for (const p of fitOn) if (p.tahun >= tahunMulai) realised += p.nilai;
      let future = 0;
      for (let t = fit.tahun + 1; t <= end; t++) if (t >= tahunMulai) future += fitValue(fit, t);
      nilai = realised + future;
    }
    if (Number.isFinite(nilai)) {
      const titik = new Array<YearPoint>(end - fit.tahun + 1);
      for (let i = 0; i < titik.length; i++) {
        titik[i] = { tahun: fit.tahun + i, nilai: fitValue(fit, fit.tahun + i) };
      }
      proyeksi = {
        metode: fit.metode,
        tahun: tahunAkhir,
        nilai,
        akanTercapai: meets(nilai, targetAkhir, polaritas, rule),
        titik,
      };
      if (targetAkhir === null) proyeksiReason = 'no-end-target';
    } else proyeksiReason = 'not-finite';
  }
  const thresholds = options.progressThresholds ?? DEFAULT_PROGRESS_THRESHOLDS;
  return {
    progres: {
      tahunAkhir,
      targetAkhir,
      realisasiKumulatif,
      persen: c.capaian,
      status: c.capaian === null ? null : statusOf(c.capaian, thresholds),
      proyeksi,
    },
    reason,
    proyeksiReason,
  };
}
