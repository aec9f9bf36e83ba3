/**
 * Yearly values kept in a dataset's `extras` (`{key: '2023', value: '75'}`, or `{key: 'Tahun 2022', …}`), as
 * Satu Data portals do, turned into typed observations in core's `Observation` shape.
 */
import { periodKey, tryParsePeriod } from '@satata/core';
import { loadInline } from '../sources/inline.ts';
import type { LoadedTable } from '../sources/types.ts';
import { observationDataset } from '../validate/observation.ts';
import type { NumberFormat, ValidationContext } from '../validate/spec.ts';
import type { CkanExtra, CkanPackage } from './schemas.ts';

/** The period an extras key names (`2023`, `Tahun 2023`, `Triwulan II 2025`), or `null` for other keys. */
export function periodOfExtraKey(key: string): string | null {
  const text = key.trim().replace(/^tahun\s+/i, '');
  const p = tryParsePeriod(text);
  return p ? periodKey(p) : null;
}

/** How to read a package's extras as observations. */
export interface ExtrasOptions {
  /** Indicator code the values belong to. */
  readonly indikator: string;
  /** Kemendagri code of the region the values describe (the portal's government, e.g. `16.03`). */
  readonly wilayah: string;
  readonly numberFormat?: NumberFormat;
  readonly ctx?: ValidationContext;
}

/** Split extras into period-keyed values and the other (descriptive) entries. */
export function splitExtras(extras: readonly CkanExtra[]): { periodic: CkanExtra[]; other: CkanExtra[] } {
  const periodic: CkanExtra[] = [];
  const other: CkanExtra[] = [];
  for (const e of extras) (periodOfExtraKey(e.key) ? periodic : other).push(e);
  return { periodic, other };
}

/**
 * The package's period-keyed extras as validated observations (one row per extra; a value that is not a number
 * is rejected and reported). Other extras are returned in `meta.ckan.otherExtras`, untouched.
 */
export function extrasToObservations(pkg: CkanPackage, options: ExtrasOptions): LoadedTable {
  const { periodic, other } = splitExtras(pkg.extras);
  const updated = pkg.metadata_modified?.slice(0, 10);
  const rows = periodic.map((e) => ({
    indikator: options.indikator,
    wilayah: options.wilayah,
    periode: periodOfExtraKey(e.key),
    nilai: e.value,
    sumber: `CKAN ${pkg.name}`,
    ...(updated ? { diperbarui: updated } : {}),
  }));
  const dataset = observationDataset(
    `ckan:${pkg.name}:extras`,
    options.numberFormat ? { numberFormat: options.numberFormat } : {},
  );
  const loaded = loadInline(rows, dataset, options.ctx);
  return {
    ...loaded,
    meta: {
      ...loaded.meta,
      kind: 'ckan-extras',
      ckan: {
        packageId: pkg.id,
        packageName: pkg.name,
        extrasKeys: periodic.map((e) => e.key),
        otherExtras: other,
      },
    },
  };
}
