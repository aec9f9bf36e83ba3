import { z } from 'zod';
import { CategoryScale } from './category.ts';
import { KodeWilayah, LocalizedText, Year } from './common.ts';
import { Indicator } from './indicator.ts';

/** A perangkat daerah (OPD) that produces data. */
export const Opd = z
  .object({ kode: z.string().min(1), nama: z.string().min(1), singkatan: z.string().min(1).optional() })
  .strict();
/** A perangkat daerah (OPD). */
export type Opd = z.infer<typeof Opd>;

/** An urusan pemerintahan (government affair), e.g. pendidikan, kesehatan. */
export const Urusan = z.object({ kode: z.string().min(1), nama: LocalizedText }).strict();
/** An urusan pemerintahan. */
export type Urusan = z.infer<typeof Urusan>;

/** A sasaran (objective) of the plan. */
export const Sasaran = z.object({ kode: z.string().min(1), nama: LocalizedText }).strict();
/** A sasaran of the plan. */
export type Sasaran = z.infer<typeof Sasaran>;

/** A tujuan (goal) with its sasaran. */
export const Tujuan = z
  .object({ kode: z.string().min(1), nama: LocalizedText, sasaran: z.array(Sasaran).default([]) })
  .strict();
/** A tujuan with its sasaran. */
export type Tujuan = z.infer<typeof Tujuan>;

/** A misi (mission) with its tujuan. */
export const Misi = z
  .object({ kode: z.string().min(1), nama: LocalizedText, tujuan: z.array(Tujuan).default([]) })
  .strict();
/** A misi with its tujuan. */
export type Misi = z.infer<typeof Misi>;

/** A field of a dataset, for formula indicators and schema-driven coercion. */
export const DatasetField = z
  .object({
    name: z.string().min(1),
    type: z.enum(['string', 'number', 'integer', 'boolean', 'date', 'period', 'region']),
    label: z.string().optional(),
  })
  .strict();
/** A field of a dataset. */
export type DatasetField = z.infer<typeof DatasetField>;

/** Metadata of a dataset that formula indicators compute from. */
export const DatasetMeta = z
  .object({
    id: z.string().min(1),
    nama: LocalizedText,
    produsenData: z.string().min(1).optional(),
    fields: z.array(DatasetField).default([]),
    sumber: z.string().optional(),
    ilustratif: z.boolean().default(false),
  })
  .strict();
/** Metadata of a dataset. */
export type DatasetMeta = z.infer<typeof DatasetMeta>;

/** The plan period (RPJMD), e.g. 2021–2026. */
export const PlanPeriod = z
  .object({ nama: z.string().optional(), mulai: Year, akhir: Year })
  .strict()
  .refine((p) => p.mulai <= p.akhir, { message: 'mulai harus ≤ akhir', path: ['akhir'] });
/** The plan period. */
export type PlanPeriod = z.infer<typeof PlanPeriod>;

/** A catalog: a government's IKU with their plan, producers and category scale. */
export const Catalog = z
  .object({
    id: z.string().min(1),
    nama: LocalizedText,
    /** Kemendagri code of the government's region (e.g. `33.74`). */
    wilayah: KodeWilayah,
    rpjmd: PlanPeriod,
    opd: z.array(Opd).default([]),
    urusan: z.array(Urusan).default([]),
    misi: z.array(Misi).default([]),
    kategori: CategoryScale.optional(),
    /**
     * Decimals the capaian is published with (default 2): the capaian is rounded half away from zero to them, and
     * its category is decided on that rounded value, so a printed capaian never contradicts its category.
     */
    desimalCapaian: z.number().int().min(0).max(6).default(2),
    datasets: z.array(DatasetMeta).default([]),
    indikator: z.array(Indicator),
  })
  .strict();
/** A catalog. */
export type Catalog = z.infer<typeof Catalog>;
/** A catalog as written in a file, before defaults are applied. */
export type CatalogInput = z.input<typeof Catalog>;

/**
 * The catalog's JSON Schema (draft 2020-12), so producers outside TypeScript can validate their files.
 */
export function catalogJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(Catalog, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
}
