/**
 * The open kelurahan × year poverty aggregate (`data/kemiskinan-kelurahan.json`), made by
 * `scripts/build-poverty-aggregate.ts` from illustrative households that are never shipped. Counts 1–9 are
 * suppressed (status `ditekan`, values null — never 0) with complements within each kecamatan and year.
 * Loaded on demand (≈ 400 KB).
 */

import type { Measure } from '@satata/core';

/**
 * The measures of the open aggregate over the household micro-data, as a declarative spec for core's
 * `aggregateMeasures` (compilable to SQL for a pipeline that runs in a database instead).
 */
export const POVERTY_MEASURES: Readonly<Record<string, Measure>> = {
  rumah_tangga: { op: 'count', filters: [] },
  penduduk: { op: 'sum', field: 'jumlah_art', filters: [] },
  rumah_tangga_miskin: { op: 'count', filters: [{ field: 'miskin', op: 'eq', value: 1 }] },
  penduduk_miskin: { op: 'sum', field: 'jumlah_art', filters: [{ field: 'miskin', op: 'eq', value: 1 }] },
  rumah_tangga_miskin_kk_perempuan: {
    op: 'count',
    filters: [
      { field: 'miskin', op: 'eq', value: 1 },
      { field: 'kk_perempuan', op: 'eq', value: 1 },
    ],
  },
};

/** One row of the open poverty aggregate (kota, kecamatan and kelurahan rows for each year). */
export interface PovertyAggregateRow {
  readonly wilayah: string;
  readonly tingkat: 'kota' | 'kecamatan' | 'kelurahan';
  readonly periode: string;
  /** All households (denominator; never suppressed). */
  readonly rumah_tangga: number;
  /** All persons (denominator; never suppressed). */
  readonly penduduk: number;
  readonly rumah_tangga_miskin: number | null;
  readonly penduduk_miskin: number | null;
  readonly persen_rumah_tangga_miskin: number | null;
  readonly persen_penduduk_miskin: number | null;
  /** `ditekan` when the poverty counts and rates are suppressed. */
  readonly status: 'final' | 'ditekan';
  readonly rumah_tangga_miskin_kk_perempuan: number | null;
  /** `ditekan` when the female-headed count is suppressed. */
  readonly status_kk_perempuan: 'final' | 'ditekan';
}

/** The aggregate with its notes. */
export interface PovertyAggregate {
  readonly catatan: string;
  readonly ilustratif: true;
  readonly benih: number;
  readonly ambang: number;
  readonly rumahTanggaPerTahun: number;
  readonly baris: readonly PovertyAggregateRow[];
}

let cached: Promise<PovertyAggregate> | undefined;

/** Load the open poverty aggregate (once; later calls share the promise). */
export function loadPovertyAggregate(): Promise<PovertyAggregate> {
  cached ??= import('../data/kemiskinan-kelurahan.json', { with: { type: 'json' } }).then(
    (m) => m.default as unknown as PovertyAggregate,
  );
  return cached;
}
