import { z } from 'zod';
import { LocalizedText } from './common.ts';

/** One band of a category scale: a published capaian ≥ `min` falls in it, unless a higher band takes it. */
export const CategoryBand = z
  .object({
    /** Stable key, e.g. `sangat-tinggi`. */
    key: z.string().min(1),
    label: LocalizedText,
    /** Lower bound (inclusive) on the published (rounded) capaian in percent; `null` for the open bottom band. */
    min: z.number().nullable(),
  })
  .strict();
/** One band of a category scale. */
export type CategoryBand = z.infer<typeof CategoryBand>;

/**
 * A category scale (kriteria tingkat capaian kinerja): bands ordered from the highest `min` down, the last one
 * open (`min: null`). The scale is data: governments use other labels and other bands.
 */
export const CategoryScale = z
  .object({
    id: z.string().min(1),
    nama: LocalizedText,
    bands: z.array(CategoryBand).min(1),
  })
  .strict()
  .superRefine((scale, ctx) => {
    const { bands } = scale;
    for (let i = 0; i < bands.length; i++) {
      const band = bands[i]!;
      const last = i === bands.length - 1;
      if (last && band.min !== null) {
        ctx.addIssue({
          code: 'custom',
          path: ['bands', i, 'min'],
          message: 'pita terakhir harus terbuka (min: null)',
        });
      }
      if (!last && band.min === null) {
        ctx.addIssue({
          code: 'custom',
          path: ['bands', i, 'min'],
          message: 'hanya pita terakhir yang boleh terbuka',
        });
      }
      const prev = bands[i - 1];
      if (prev && prev.min !== null && band.min !== null && band.min >= prev.min) {
        ctx.addIssue({ code: 'custom', path: ['bands', i, 'min'], message: 'batas bawah harus menurun' });
      }
    }
  });
/** A category scale. */
export type CategoryScale = z.infer<typeof CategoryScale>;

/**
 * The default scale of Permendagri 86/2017 as used in LKjIP / evaluasi RKPD:
 * ≥ 91 Sangat Tinggi, ≥ 76 Tinggi, ≥ 66 Sedang, ≥ 51 Rendah, otherwise Sangat Rendah.
 */
export const DEFAULT_CATEGORY_SCALE: CategoryScale = {
  id: 'permendagri-86-2017',
  nama: {
    id: 'Kriteria tingkat capaian kinerja (Permendagri 86/2017)',
    en: 'Performance achievement criteria',
  },
  bands: [
    { key: 'sangat-tinggi', label: { id: 'Sangat Tinggi', en: 'Very high' }, min: 91 },
    { key: 'tinggi', label: { id: 'Tinggi', en: 'High' }, min: 76 },
    { key: 'sedang', label: { id: 'Sedang', en: 'Medium' }, min: 66 },
    { key: 'rendah', label: { id: 'Rendah', en: 'Low' }, min: 51 },
    { key: 'sangat-rendah', label: { id: 'Sangat Rendah', en: 'Very low' }, min: null },
  ],
};

/** The same bands labelled Sangat Baik / Baik / Cukup / Kurang / Sangat Kurang, as some governments do. */
export const BAIK_KURANG_CATEGORY_SCALE: CategoryScale = {
  id: 'baik-kurang',
  nama: { id: 'Kriteria Sangat Baik – Sangat Kurang', en: 'Very good – very poor criteria' },
  bands: [
    { key: 'sangat-baik', label: { id: 'Sangat Baik', en: 'Very good' }, min: 91 },
    { key: 'baik', label: { id: 'Baik', en: 'Good' }, min: 76 },
    { key: 'cukup', label: { id: 'Cukup', en: 'Fair' }, min: 66 },
    { key: 'kurang', label: { id: 'Kurang', en: 'Poor' }, min: 51 },
    { key: 'sangat-kurang', label: { id: 'Sangat Kurang', en: 'Very poor' }, min: null },
  ],
};
