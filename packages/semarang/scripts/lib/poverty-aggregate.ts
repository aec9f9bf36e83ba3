/**
 * Micro-data stays home (DESIGN.md §3): generate the illustrative household register of each year, aggregate it
 * with the engine's `aggregateMeasures` into kelurahan × year counts, roll them up to kecamatan and kota by summing
 * (`rollupRegions`), derive the rates from numerator and denominator, and suppress small cells with core
 * `suppressSmallCells`. Only this open aggregate is written to the package; the households never are.
 *
 * Columns of each row:
 * - `wilayah`, `tingkat` (kota / kecamatan / kelurahan), `periode` (year);
 * - `rumah_tangga`, `penduduk` — all households and persons (denominators, never suppressed: they are not small);
 * - `rumah_tangga_miskin`, `penduduk_miskin` — poor households and persons (numerators);
 * - `persen_rumah_tangga_miskin`, `persen_penduduk_miskin` — 100 × numerator / denominator, 4 decimals;
 * - `status` — `ditekan` when the poverty counts are suppressed (then they and both rates are null), else `final`;
 * - `rumah_tangga_miskin_kk_perempuan` — poor households headed by a woman, with its own `status_kk_perempuan`
 *   (a smaller count, so it is where small cells actually occur).
 * Suppression: counts 1–9 (threshold configurable), complements within each kecamatan × year (see core privacy).
 */
import {
  aggregateMeasures,
  DEFAULT_SMALL_CELL_THRESHOLD,
  rollupRegions,
  suppressSmallCells,
} from '@satata/core';
import { generateHouseholds } from '../../src/households.ts';
import { householdsToTable } from '../../src/households-io.ts';
import { POVERTY_MEASURES, type PovertyAggregateRow } from '../../src/poverty-aggregate.ts';
import { parentOf } from '../../src/regions.ts';
import { REGIONS } from '../../src/wilayah.ts';

/** Options of {@link buildPovertyAggregate}. */
export interface PovertyAggregateOptions {
  readonly seed?: number;
  readonly years?: readonly number[];
  /** Households per year before scaling (default 560,000). */
  readonly households?: number;
  /** Counts below this are suppressed (default 10). */
  readonly threshold?: number;
}

export type { PovertyAggregateRow } from '../../src/poverty-aggregate.ts';

/** Years of the shipped aggregate: the RPJMD 2021–2026 period's baseline years and realisations through 2025. */
export const AGGREGATE_YEARS = [2019, 2020, 2021, 2022, 2023, 2024, 2025] as const;

const rate = (num: number, den: number) => (den > 0 ? Math.round((num / den) * 100 * 10_000) / 10_000 : null);

/** Build the open aggregate (rows, the JSON text to ship, and a summary for the build log). */
export function buildPovertyAggregate(options: PovertyAggregateOptions = {}): {
  rows: PovertyAggregateRow[];
  text: string;
  lines: string[];
} {
  const {
    seed = 1,
    years = AGGREGATE_YEARS,
    households = 560_000,
    threshold = DEFAULT_SMALL_CELL_THRESHOLD,
  } = options;
  const order = new Map(REGIONS.map((r, i) => [r.kode, i]));
  const raw: Omit<PovertyAggregateRow, 'status' | 'status_kk_perempuan'>[] = [];
  const lines: string[] = [];
  for (const year of years) {
    const cols = generateHouseholds({ seed, year, households });
    const kelurahan = aggregateMeasures(householdsToTable(cols), {
      regionField: 'kode_kelurahan',
      periodField: 'tahun',
      measures: POVERTY_MEASURES,
    });
    const all = rollupRegions(kelurahan, parentOf, ['kecamatan', 'kota']);
    for (const r of all.objects() as Record<string, unknown>[]) {
      const kode = String(r.wilayah);
      const region = REGIONS[order.get(kode)!]!;
      const n = (k: string) => Number(r[k]);
      raw.push({
        wilayah: kode,
        tingkat: region.level as PovertyAggregateRow['tingkat'],
        periode: String(year),
        rumah_tangga: n('rumah_tangga'),
        penduduk: n('penduduk'),
        rumah_tangga_miskin: n('rumah_tangga_miskin'),
        penduduk_miskin: n('penduduk_miskin'),
        persen_rumah_tangga_miskin: rate(n('rumah_tangga_miskin'), n('rumah_tangga')),
        persen_penduduk_miskin: rate(n('penduduk_miskin'), n('penduduk')),
        rumah_tangga_miskin_kk_perempuan: n('rumah_tangga_miskin_kk_perempuan'),
      });
    }
    const kota = raw.find((x) => x.wilayah === '33.74' && x.periode === String(year))!;
    lines.push(
      `  ${year}: ${cols.length} rumah tangga, ${kota.penduduk} jiwa; P0 kota ${kota.persen_penduduk_miskin}% ` +
        `(sasaran ${cols.calibration.p0.nilai}%, ${cols.calibration.p0.dasar})`,
    );
  }
  raw.sort((a, b) => a.periode.localeCompare(b.periode) || order.get(a.wilayah)! - order.get(b.wilayah)!);

  const pass1 = suppressSmallCells(
    raw.map((r) => ({ ...r, status: 'final' })),
    {
      countFields: ['rumah_tangga_miskin', 'penduduk_miskin'],
      nullFields: [
        'rumah_tangga_miskin',
        'penduduk_miskin',
        'persen_rumah_tangga_miskin',
        'persen_penduduk_miskin',
      ],
      threshold,
      parentOf,
      groupBy: ['periode'],
      source: 'kemiskinan-kelurahan',
    },
  );
  const pass2 = suppressSmallCells(
    pass1.rows.map((r) => ({ ...r, status_kk_perempuan: 'final' })),
    {
      countFields: ['rumah_tangga_miskin_kk_perempuan'],
      threshold,
      parentOf,
      groupBy: ['periode'],
      statusField: 'status_kk_perempuan',
      source: 'kemiskinan-kelurahan',
    },
  );
  const rows = pass2.rows as unknown as PovertyAggregateRow[];
  lines.push(
    `  sel ditekan (ambang < ${threshold}): kemiskinan ${pass1.suppressed.length} ` +
      `(${pass1.suppressed.filter((s) => s.reason === 'primer').length} primer), ` +
      `KK perempuan ${pass2.suppressed.length} (${pass2.suppressed.filter((s) => s.reason === 'primer').length} primer)`,
  );
  const doc = {
    catatan:
      'ILUSTRATIF: agregat terbuka dari data rumah tangga sintetis (bukan data nyata), dibuat oleh ' +
      'packages/semarang/scripts/build-poverty-aggregate.ts. Mikrodata tidak disimpan; hanya agregat ini. ' +
      `Sel dengan jumlah 1–${threshold - 1} ditekan (status "ditekan", nilai null — bukan 0) beserta sel pelengkap ` +
      'dalam kecamatan yang sama agar tidak dapat dihitung dari total kecamatan.',
    ilustratif: true,
    benih: seed,
    ambang: threshold,
    rumahTanggaPerTahun: households,
  };
  // One row per line: readable diffs, a third of the indented size.
  const head = JSON.stringify(doc, null, 1).replace(/\n}$/, '');
  const body = rows.map((r) => `  ${JSON.stringify(r)}`).join(',\n');
  return { rows, text: `${head},\n "baris": [\n${body}\n ]\n}\n`, lines };
}
