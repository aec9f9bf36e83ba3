import { z } from 'zod';
import { FiniteNumber, LocalizedText, PeriodText, Year } from './common.ts';
import { EstimationLevel } from './region.ts';

/** Polarity: `positif` — higher is better; `negatif` — lower is better (poverty, Gini, TPT); `netral` — context only. */
export const Polarity = z.enum(['positif', 'negatif', 'netral']);
/** Polarity of an indicator. */
export type Polarity = z.infer<typeof Polarity>;

/**
 * Formula for the capaian of a negative indicator: `selisih` — (2T − R) / T × 100 (the default);
 * `rasio` — T / R × 100.
 */
export const NegativeFormula = z.enum(['selisih', 'rasio']);
/** Formula for the capaian of a negative indicator. */
export type NegativeFormula = z.infer<typeof NegativeFormula>;

/**
 * How sub-period values make the year: `sum` for flows (counts, budget), `last` for stocks, rates and indices
 * (the latest non-empty value), `mean` and `max` where an indicator says so.
 */
export const Aggregation = z.enum(['sum', 'last', 'mean', 'max']);
/** In-year aggregation of an indicator. */
export type Aggregation = z.infer<typeof Aggregation>;

/** Reporting frequency. */
export const Frequency = z.enum(['bulanan', 'triwulanan', 'semesteran', 'tahunan']);
/** Reporting frequency. */
export type Frequency = z.infer<typeof Frequency>;

/**
 * How a range target `{min, max}` is judged outside the range (inside it the capaian is always 100):
 * - `polaritas` (the published convention, default): above the range the indicator's own polarity formula is
 *   applied to `max`, below it to `min` — so a positive indicator above its range exceeds its target (> 100);
 * - `dua-sisi`: the range is a band to stay in (inflation 2,5 ± 1): leaving it on either side is a shortfall,
 *   judged like a positive indicator against `min` below and like a negative one against `max` above.
 */
export const RangeRule = z.enum(['polaritas', 'dua-sisi']);
/** How a range target is judged outside the range. */
export type RangeRule = z.infer<typeof RangeRule>;

/**
 * What a sub-period without a value means in a finished year of a `sum` indicator: `tidak-ada-data` (default) —
 * the year cannot be summed and has no value; `nol` — the blank counts as 0 (the card says so).
 */
export const BlankRule = z.enum(['tidak-ada-data', 'nol']);
/** What a blank sub-period of a `sum` indicator means. */
export type BlankRule = z.infer<typeof BlankRule>;

/** Projection method to the final RPJMD year. */
export const ProjectionMethod = z.enum(['linear', 'cagr']);
/** Projection method to the final RPJMD year. */
export type ProjectionMethod = z.infer<typeof ProjectionMethod>;

/** A target: one number, or a range `{min, max}` (inside the range the capaian is 100). */
export const Target = z.union(
  [
    FiniteNumber,
    z
      .object({ min: FiniteNumber, max: FiniteNumber })
      .strict()
      .refine((r) => r.min <= r.max, { message: 'rentang target: min harus ≤ max' }),
  ],
  { error: 'angka atau rentang {min, max}' },
);
/** A target: one number, or a range `{min, max}`. */
export type Target = z.infer<typeof Target>;

/** A range target. */
export type RangeTarget = Exclude<Target, number>;

/** True when the target is a range `{min, max}`. */
export function isRangeTarget(t: Target): t is RangeTarget {
  return typeof t === 'object';
}

/** Comparison in a declarative filter. Every operator has a direct SQL equivalent. */
export const FilterOp = z.enum(['eq', 'ne', 'in', 'notIn', 'lt', 'lte', 'gt', 'gte', 'isNull', 'notNull']);
/** Comparison in a declarative filter. */
export type FilterOp = z.infer<typeof FilterOp>;

const Scalar = z.union([z.string(), FiniteNumber, z.boolean()]);

/** A declarative row filter over one dataset field (never a JavaScript closure, so it can compile to SQL). */
export const FieldFilter = z
  .object({
    field: z.string().min(1),
    op: FilterOp,
    value: z.union([Scalar, z.array(Scalar)]).optional(),
  })
  .strict()
  .superRefine((f, ctx) => {
    const list = f.op === 'in' || f.op === 'notIn';
    const none = f.op === 'isNull' || f.op === 'notNull';
    if (list && !Array.isArray(f.value)) {
      ctx.addIssue({ code: 'custom', path: ['value'], message: `operator ${f.op} perlu daftar nilai` });
    } else if (none && f.value !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['value'], message: `operator ${f.op} tidak memakai nilai` });
    } else if (!list && !none && (f.value === undefined || Array.isArray(f.value))) {
      ctx.addIssue({ code: 'custom', path: ['value'], message: `operator ${f.op} perlu satu nilai` });
    }
  });
/** A declarative row filter over one dataset field. */
export type FieldFilter = z.infer<typeof FieldFilter>;

/**
 * An additive measure over a dataset: `sum` of a field or `count` of rows (of non-null `field` values when given).
 * Only additive measures are allowed so rates can be recomputed at every region level from sums.
 */
export const Measure = z
  .object({
    op: z.enum(['sum', 'count']),
    field: z.string().min(1).optional(),
    filters: z.array(FieldFilter).default([]),
  })
  .strict()
  .refine((m) => m.op === 'count' || m.field !== undefined, {
    message: 'ukuran sum perlu nama field',
    path: ['field'],
  });
/** An additive measure over a dataset. */
export type Measure = z.infer<typeof Measure>;

/**
 * A computable formula, like a DHIS2 indicator: numerator / denominator × factor over a dataset's fields, with
 * filters. Without a denominator the value is numerator × factor.
 */
export const Formula = z
  .object({
    dataset: z.string().min(1),
    numerator: Measure,
    denominator: Measure.optional(),
    factor: FiniteNumber.default(1),
    filters: z.array(FieldFilter).default([]),
    /** Field holding the Kemendagri region code of each row. */
    regionField: z.string().min(1).default('kode_wilayah'),
    /** Field holding the period of each row. */
    periodField: z.string().min(1).default('periode'),
  })
  .strict();
/** A computable formula. */
export type Formula = z.infer<typeof Formula>;

/** A composite indicator built from other indicators of the catalog. */
export const Composite = z
  .object({
    /** `weighted-mean` (Σ wᵢxᵢ / Σ wᵢ), `mean`, or `sum` of the components. */
    metode: z.enum(['weighted-mean', 'mean', 'sum']),
    /** Combine the components' realisations or their capaian. */
    basis: z.enum(['realisasi', 'capaian']).default('capaian'),
    komponen: z
      .array(z.object({ kode: z.string().min(1), bobot: z.number().positive().default(1) }).strict())
      .min(1),
  })
  .strict();
/** A composite indicator specification. */
export type Composite = z.infer<typeof Composite>;

/** A baseline value: the realisation in the year before the plan period. */
export const Baseline = z.object({ tahun: Year, nilai: FiniteNumber }).strict();
/** A baseline value. */
export type Baseline = z.infer<typeof Baseline>;

const YearKey = z.string().regex(/^\d{4}$/, 'tahun empat digit');

/**
 * An indicator (IKU) with Satu Data Indonesia metadata (BPS MS-Ind) and its place in the RPJMD.
 */
export const Indicator = z
  .object({
    /** Reference code, unique within the catalog. */
    kode: z
      .string()
      .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, 'kode: huruf, angka, titik, garis bawah atau strip'),
    nama: LocalizedText,
    konsep: LocalizedText.optional(),
    definisi: LocalizedText,
    interpretasi: LocalizedText.optional(),
    /** The formula as text, as printed in the metadata. */
    rumus: LocalizedText.optional(),
    /** The computable formula, when the indicator is computed from a dataset. */
    formula: Formula.optional(),
    /** The builders of a composite indicator. */
    komposit: Composite.optional(),
    ukuran: z.string().min(1).optional(),
    satuan: z.string().min(1),
    polaritas: Polarity,
    /** Overrides the engine's default formula for negative indicators. */
    rumusNegatif: NegativeFormula.optional(),
    /** How a range target is judged outside the range (default: the published convention, `polaritas`). */
    rentang: RangeRule.default('polaritas'),
    tipePerhitungan: z.string().min(1).optional(),
    agregasi: Aggregation,
    frekuensi: Frequency,
    levelEstimasi: z.array(EstimationLevel).min(1),
    variabelDisagregasi: z.array(z.string().min(1)).default([]),
    /** Code of the responsible OPD (produsen data), from the catalog's `opd` list. */
    produsenData: z.string().min(1),
    sumberData: z.string().min(1),
    dapatDiaksesUmum: z.boolean().default(true),
    proyeksi: ProjectionMethod.default('linear'),
    baseline: Baseline.optional(),
    /** Annual targets, keyed by year. */
    target: z.record(YearKey, Target).default({}),
    /** Targets for sub-periods (triwulan, semester), keyed by period. */
    targetPeriode: z.record(PeriodText, Target).default({}),
    /** Code of the sasaran in the catalog's misi → tujuan → sasaran tree. */
    sasaran: z.string().min(1).optional(),
    /** Code of the urusan (government affair). */
    urusan: z.string().min(1).optional(),
    /** Number of decimals to show values with (default 2); a change that rounds to 0 at it reads "tetap". */
    desimal: z.number().int().min(0).max(6).optional(),
    /** Decimals of the published capaian (overrides the catalog's `desimalCapaian`). */
    desimalCapaian: z.number().int().min(0).max(6).optional(),
    /** What a blank sub-period in a finished year of a `sum` indicator means (default `tidak-ada-data`). */
    periodeKosong: BlankRule.default('tidak-ada-data'),
    /**
     * Whether a region above the observed level gets a value when some of its children did not report (summed over
     * those that did, the row saying "15 dari 16 kelurahan"). Default false: such a parent has no value.
     */
    cakupanSebagian: z.boolean().default(false),
    /** True when values or targets are illustrative (generated), not published figures. */
    ilustratif: z.boolean().default(false),
    catatan: LocalizedText.optional(),
  })
  .strict()
  .refine((ind) => !(ind.formula && ind.komposit), {
    message: 'indikator tidak boleh punya formula dan komposit sekaligus',
    path: ['komposit'],
  });
/** An indicator (IKU). */
export type Indicator = z.infer<typeof Indicator>;
/** An indicator as written in a catalog file, before defaults are applied. */
export type IndicatorInput = z.input<typeof Indicator>;
