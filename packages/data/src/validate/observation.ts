/**
 * The ready-made spec for observations in core's `Observation` shape (indikator × wilayah × periode with a value
 * and/or numerator and denominator), the usual payload of an IKU dataset.
 */
import { ObservationStatus } from '@satata/core';
import type { ColumnDatasetSpec, ColumnSpec, NumberFormat } from './spec.ts';

/** Columns of core's `Observation`, as a column spec. */
export const OBSERVATION_COLUMNS: readonly ColumnSpec[] = [
  { name: 'indikator', type: 'string', required: true, pattern: '[A-Za-z0-9][A-Za-z0-9._-]*' },
  { name: 'wilayah', type: 'region', required: true },
  { name: 'periode', type: 'period', required: true },
  { name: 'nilai', type: 'number' },
  { name: 'numerator', type: 'number' },
  { name: 'denominator', type: 'number', min: 0 },
  { name: 'status', type: 'string', values: ObservationStatus.options },
  { name: 'sumber', type: 'string' },
  { name: 'diperbarui', type: 'date' },
  { name: 'seri', type: 'string' },
  { name: 'catatan', type: 'string' },
  // Generated, not a published figure (core's `Observation.ilustratif`); absent or empty means false. In text
  // sources "true"/"false" and "1"/"0" (and the boolean column type's ya/tidak, benar/salah).
  { name: 'ilustratif', type: 'boolean' },
];

/**
 * A dataset spec for observations: keyed by indikator × wilayah × periode, numerator and denominator filled
 * together, indicator and period checked against the catalog, region codes against the region index.
 */
export function observationDataset(
  id: string,
  options: { numberFormat?: NumberFormat; nullValues?: readonly string[] } = {},
): ColumnDatasetSpec {
  return {
    id,
    columns: OBSERVATION_COLUMNS,
    key: ['indikator', 'wilayah', 'periode'],
    indicatorField: 'indikator',
    periodField: 'periode',
    requiredTogether: [['numerator', 'denominator']],
    // The engine's rule (core's collectObservations): copies agreeing on the value, the numerator, the
    // denominator and on being suppressed are identical; a copy marks its cell illustrative when any copy is.
    duplicates: {
      compare: ['nilai', 'numerator', 'denominator', { field: 'status', equals: 'ditekan' }],
      anyTrue: ['ilustratif'],
    },
    ...options,
  };
}
