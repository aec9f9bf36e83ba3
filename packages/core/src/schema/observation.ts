import { z } from 'zod';
import { FiniteNumber, KodeWilayah, PeriodText } from './common.ts';

/** Publication status of an observation; `ditekan` marks a suppressed small cell (never shown as 0). */
export const ObservationStatus = z.enum(['final', 'sementara', 'ditekan']);
/** Publication status of an observation. */
export type ObservationStatus = z.infer<typeof ObservationStatus>;

const OptionalNumber = FiniteNumber.nullable().optional();

/**
 * One observed value of an indicator for a region and a period. A value, a numerator with its denominator, or
 * both; `null` means "reported as missing" and is never read as 0.
 */
export const Observation = z
  .object({
    indikator: z.string().min(1),
    wilayah: KodeWilayah,
    periode: PeriodText,
    nilai: OptionalNumber,
    numerator: OptionalNumber,
    denominator: OptionalNumber,
    status: ObservationStatus.optional(),
    sumber: z.string().min(1).optional(),
    /** ISO date (or date-time) of the last update. */
    diperbarui: z.iso
      .date()
      .or(z.iso.datetime({ offset: true }))
      .optional(),
    /** Series vintage or method; a change between periods is marked on charts. */
    seri: z.string().min(1).optional(),
    catatan: z.string().optional(),
    /**
     * True when the value is generated or otherwise not a published figure; the screens label it. Optional, so
     * data without the column (a CKAN resource, a published table) stays valid: absent means false.
     */
    ilustratif: z.boolean().optional(),
  })
  .strict()
  .superRefine((o, ctx) => {
    const hasNum = o.numerator !== undefined && o.numerator !== null;
    const hasDen = o.denominator !== undefined && o.denominator !== null;
    if (hasNum !== hasDen) {
      ctx.addIssue({
        code: 'custom',
        path: [hasNum ? 'denominator' : 'numerator'],
        message: 'numerator dan denominator harus diisi bersama',
      });
    }
    if (hasDen && (o.denominator as number) < 0) {
      ctx.addIssue({ code: 'custom', path: ['denominator'], message: 'denominator tidak boleh negatif' });
    }
  });
/** One observed value of an indicator for a region and a period. */
export type Observation = z.infer<typeof Observation>;
