import type { PeriodKind } from '../period/period.ts';
import type { CategoryScale } from '../schema/category.ts';
import type { NegativeFormula, ProjectionMethod, Target } from '../schema/indicator.ts';
import type { RegionLevel } from '../schema/region.ts';

/**
 * Why a value is missing. A missing value is never shown as 0: every `null` in a result carries one of these.
 * - `no-data`: no observation for the region and period
 * - `reported-missing`: an observation exists but its value is empty
 * - `suppressed`: a small cell suppressed for privacy (status `ditekan`), or a parent of one
 * - `no-target`: no target for the period
 * - `target-zero`: the target (or the range bound used) is 0, so no ratio can be formed
 * - `target-negative`: the target (or the range bound used) is below 0: the ratio formulas assume a positive target
 * - `realisation-zero`: the `rasio` formula T / R with R = 0
 * - `realisation-negative`: the `rasio` formula T / R with R below 0
 * - `not-finite`: the computation overflowed or divided by a number that underflowed to 0
 * - `neutral-polarity`: the indicator is `netral`, so no capaian or rank is judged
 * - `denominator-zero`: a formula's denominator sums to 0
 * - `incomplete-coverage`: a region above the observed level, some of whose children did not report (and the
 *   indicator does not allow partial coverage)
 * - `sub-period-missing`: a year (or period to date) of a `sum` indicator with a sub-period without a value, which
 *   the indicator does not count as 0
 * - `no-previous`: no value for the previous period
 * - `no-comparable-period`: a partial year whose same span of the previous year has no complete data
 * - `year-only`: progress against the RPJMD end target and its projection are judged on year rows (a sub-period
 *   row's progress is its year row's, through the latest data of that year)
 * - `insufficient-history`: too few years for a projection
 * - `no-end-target`: no target for the final RPJMD year
 * - `composite-incomplete`: a component of a composite is missing
 */
export type MissingReason =
  | 'no-data'
  | 'reported-missing'
  | 'suppressed'
  | 'no-target'
  | 'target-zero'
  | 'target-negative'
  | 'realisation-zero'
  | 'realisation-negative'
  | 'not-finite'
  | 'neutral-polarity'
  | 'denominator-zero'
  | 'incomplete-coverage'
  | 'sub-period-missing'
  | 'no-previous'
  | 'no-comparable-period'
  | 'year-only'
  | 'insufficient-history'
  | 'no-end-target'
  | 'composite-incomplete';

/** Fields of a result that can be missing, each with its reason. */
export type ResultField =
  | 'realisasi'
  | 'target'
  | 'capaian'
  | 'perubahan'
  | 'progres'
  | 'proyeksi'
  | 'peringkat';

/** Direction of change against the previous period, judged by polarity. */
export type ChangeDirection = 'membaik' | 'memburuk' | 'tetap';

/** Status of progress against the RPJMD end target. */
export type ProgressStatus = 'tercapai' | 'sesuai-jalur' | 'perlu-upaya-keras';

/** How the target a capaian was judged against was obtained. */
export type TargetBasis = 'tahunan' | 'periode' | 'pro-rata';

/** Change against the previous period of the same kind. */
export interface ResultChange {
  /** Key of the previous period (`2024` for `2025`, `2025-Q1` for `2025-Q2`). */
  readonly periodeSebelumnya: string;
  /**
   * For a partial year, compared like with like: the last sub-period of the previous year's span it was compared
   * with (`2024-Q3`: "dibanding Triwulan I–III 2024"); null when whole periods are compared. Always set by
   * `computeResults`.
   */
  readonly sampaiDengan?: string | null;
  readonly sebelumnya: number | null;
  /** realisasi − sebelumnya. */
  readonly selisih: number | null;
  /** Relative change in percent of `sebelumnya` (null when `sebelumnya` is 0 or missing). */
  readonly persen: number | null;
  /**
   * Judged by polarity: a fall is `membaik` for a negative indicator; `tetap` when the change rounds to 0 at the
   * indicator's display precision (whatever the polarity); otherwise `null` for a neutral indicator.
   */
  readonly arah: ChangeDirection | null;
}

/** A projection of the realisation to the final RPJMD year at the current pace. */
export interface ResultProjection {
  readonly metode: ProjectionMethod;
  readonly tahun: number;
  readonly nilai: number | null;
  /** Whether the projected value meets the end target, judged by polarity (null without an end target). */
  readonly akanTercapai: boolean | null;
  /** The fitted points from the last observed year to the final year, for a dashed line on charts. */
  readonly titik: readonly { readonly tahun: number; readonly nilai: number }[];
}

/** Children reported out of children expected, for a region rolled up from the level below. */
export interface ResultCoverage {
  readonly dilaporkan: number;
  readonly diharapkan: number;
  /** The level of the children counted (the finest observed level, e.g. `kelurahan`). */
  readonly tingkat: RegionLevel;
}

/** Progress against the end-of-period (RPJMD) target. */
export interface ResultProgress {
  readonly tahunAkhir: number;
  readonly targetAkhir: Target | null;
  /** For `sum`: earlier years plus this one; for other aggregations: the latest value. */
  readonly realisasiKumulatif: number | null;
  /** Capaian of the cumulative realisation against the end target, in percent, rounded like `capaian`. */
  readonly persen: number | null;
  readonly status: ProgressStatus | null;
  readonly proyeksi: ResultProjection | null;
}

/** Flags that a view should show beside the numbers. */
export interface ResultFlags {
  /** The capaian is negative (reported as computed, and flagged). */
  readonly capaianNegatif: boolean;
  /** The denominator is below the small-denominator threshold. */
  readonly kecilDenominator: boolean;
  /** The cell is suppressed for privacy. */
  readonly ditekan: boolean;
  /**
   * Something on this row is illustrative (generated, not a published figure): the indicator is marked
   * `ilustratif` in the catalog (which also covers illustrative targets), or its realisation is
   * (`realisasiIlustratif`). Always `indicator.ilustratif || realisasiIlustratif`.
   */
  readonly ilustratif: boolean;
  /** The series vintage/method differs from the previous period's. */
  readonly seriBerubah: boolean;
  /**
   * The realisation covers only part of its period: a year (or a quarter-to-date sum) made from fewer sub-periods
   * than the period has. See `sumberPeriode` for which ones contributed. Always set by `computeResults`.
   */
  readonly sebagian?: boolean;
  /**
   * Blank sub-periods of this `sum` indicator's year (or period to date) were counted as 0, because the indicator
   * says so (`periodeKosong: 'nol'`). Views say it beside the value. Always set by `computeResults`.
   */
  readonly kosongNol?: boolean;
  /**
   * Some observation that feeds the realisation is illustrative (its `ilustratif` is true): the row's own cell,
   * the children rolled up into it, the sub-periods aggregated into a year (those in `sumberPeriode`), or a
   * composite's components. Provenance of the figure itself, unlike the catalog's `ilustratif`, which also covers
   * illustrative targets. Always set by `computeResults`.
   */
  readonly realisasiIlustratif?: boolean;
}

/**
 * One computed row: an indicator × region × period. Plain data, ready to become a view model.
 * Every `null` has its reason in `missing`.
 */
export interface IndicatorResult {
  readonly indikator: string;
  /** Kemendagri code of the region. */
  readonly wilayah: string;
  readonly level: RegionLevel;
  /** Canonical period key (`2025`, `2025-Q2`). */
  readonly periode: string;
  readonly periodKind: PeriodKind;
  readonly tahun: number;
  /** The realisation: for a year, made from its sub-periods by the indicator's aggregation. */
  readonly realisasi: number | null;
  /**
   * The period's own value, before any to-date accumulation: on a triwulan row of a `sum` indicator `realisasi` is
   * the sum from triwulan I to this one, `nilaiPeriode` this triwulan alone. Equal to `realisasi` on year rows.
   * Always set by `computeResults`.
   */
  readonly nilaiPeriode?: number | null;
  /**
   * The last sub-period a partial year's realisation covers (`2025-Q3` for a year of a `sum` indicator with data
   * through triwulan III): its target is the target to date, labelled "s.d. Triwulan III". Null on full periods.
   * Always set by `computeResults`.
   */
  readonly sampaiDengan?: string | null;
  /**
   * Children reported / children expected, on a region whose value was rolled up from the level below ("15 dari 16
   * kelurahan"); for a year, the least-covered sub-period used. Null on a region's own observations. Always set by
   * `computeResults`.
   */
  readonly cakupan?: ResultCoverage | null;
  /** Summed numerator and denominator, for rate indicators (shown beside every rate). */
  readonly numerator: number | null;
  readonly denominator: number | null;
  /** Keys of the observed periods the realisation was made from. */
  readonly sumberPeriode: readonly string[];
  /** The target as planned (a number or a range). */
  readonly target: Target | null;
  /** The number the capaian was judged against (for a range: the violated bound; inside it, the nearest bound). */
  readonly targetAcuan: number | null;
  readonly targetBasis: TargetBasis | null;
  /**
   * Capaian (achievement) in percent as published: computed exactly from the decimal inputs and rounded half away
   * from zero to the indicator's capaian decimals (default 2), not capped at 100.
   */
  readonly capaian: number | null;
  /** Key of the category band (e.g. `sangat-tinggi`) of the published capaian. */
  readonly kategori: string | null;
  readonly perubahan: ResultChange | null;
  /**
   * Progress against the RPJMD end target: on year rows (a partial year's, through its latest sub-period). Null on
   * sub-period rows, with `missing.progres = 'year-only'`.
   */
  readonly progres: ResultProgress | null;
  /** Rank within the group (1 = best by polarity), e.g. among the kelurahan of a kecamatan. */
  readonly peringkat: number | null;
  readonly flags: ResultFlags;
  /** The reason for every missing field. */
  readonly missing: Readonly<Partial<Record<ResultField, MissingReason>>>;
  /** Latest update date of the contributing observations (ISO), source and series. */
  readonly diperbarui: string | null;
  readonly sumber: string | null;
  readonly seri: string | null;
}

/** Options of the engine. Every default follows DESIGN.md §3. */
export interface EngineOptions {
  /** Category scale (default: Permendagri 86/2017 bands). */
  readonly categoryScale?: CategoryScale;
  /** Default formula for negative indicators (default `selisih`: (2T − R) / T × 100). */
  readonly negativeFormula?: NegativeFormula;
  /** Progress thresholds in percent (default: tercapai ≥ 80, sesuai-jalur ≥ 60). */
  readonly progressThresholds?: { readonly tercapai: number; readonly sesuaiJalur: number };
  /** Denominators below this are flagged as small (default 30). */
  readonly smallDenominator?: number;
  /** Year-fraction shares for pro-rata targets of triwulan I–IV (default 25 / 50 / 75 / 100 %). */
  readonly proRata?: readonly [number, number, number, number];
  /**
   * Absolute tolerance under which a change counts as `tetap`. Default: a change that rounds to 0 at the
   * indicator's display decimals (`desimal`, default 2) is `tetap`, so the words never contradict the printed
   * amount ("±0").
   */
  readonly changeTolerance?: number;
}
