/**
 * Household columns as tables and transport formats: an Arquero table (columnar, typed arrays kept), Arrow IPC
 * bytes (the transport for big tables) and CSV text, with the same column names everywhere. For trusted Node
 * pipelines and benchmarks only: micro-data never goes to a browser (DESIGN.md §3).
 */
import type { DatasetField } from '@satata/core';
import * as aq from 'arquero';
import type { HouseholdColumns } from './households.ts';

type ColumnTable = ReturnType<typeof aq.table>;

/** Column names and types of the household table, in order (for schema-driven validation by the data client). */
export const HOUSEHOLD_FIELDS: readonly DatasetField[] = [
  { name: 'id_rt', type: 'integer', label: 'Nomor urut rumah tangga' },
  { name: 'kode_kelurahan', type: 'region', label: 'Kode kelurahan (Kemendagri)' },
  { name: 'tahun', type: 'integer', label: 'Tahun' },
  { name: 'jumlah_art', type: 'integer', label: 'Jumlah anggota rumah tangga' },
  { name: 'pengeluaran_per_kapita', type: 'integer', label: 'Pengeluaran per kapita (Rp/bulan)' },
  { name: 'miskin', type: 'integer', label: 'Miskin (1 = di bawah garis kemiskinan)' },
  { name: 'kk_perempuan', type: 'integer', label: 'Kepala rumah tangga perempuan (1 = ya)' },
  { name: 'pendidikan_kk', type: 'integer', label: 'Pendidikan kepala rumah tangga (0–4)' },
  { name: 'dtks', type: 'integer', label: 'Terdaftar di DTKS (1 = ya)' },
  { name: 'pkh', type: 'integer', label: 'Penerima PKH (1 = ya)' },
];

/** Options of {@link householdsToTable}. */
export interface HouseholdTableOptions {
  /**
   * `code` (default): `kode_kelurahan` holds the Kemendagri code strings.
   * `index`: `kelurahan_idx` holds the integer index into `cols.kelurahanCodes` instead (faster to group by).
   */
  readonly region?: 'code' | 'index';
}

/** The kelurahan code of every household, as one string array (shared string references, no copies). */
export function householdCodes(cols: HouseholdColumns): string[] {
  const out = new Array<string>(cols.length);
  const codes = cols.kelurahanCodes;
  for (let i = 0; i < cols.length; i++) out[i] = codes[cols.kelurahan[i]!]!;
  return out;
}

/** An Arquero table over the household columns; the typed arrays are used as they are, not copied. */
export function householdsToTable(cols: HouseholdColumns, options: HouseholdTableOptions = {}): ColumnTable {
  const region =
    options.region === 'index' ? { kelurahan_idx: cols.kelurahan } : { kode_kelurahan: householdCodes(cols) };
  return aq.table({
    id_rt: cols.id,
    ...region,
    tahun: cols.year,
    jumlah_art: cols.members,
    pengeluaran_per_kapita: cols.expenditure,
    miskin: cols.poor,
    kk_perempuan: cols.femaleHead,
    pendidikan_kk: cols.education,
    dtks: cols.dtks,
    pkh: cols.pkh,
  });
}

/**
 * Arrow IPC (stream format) bytes of the household table: `kode_kelurahan` dictionary-encoded UTF-8, the other
 * columns unsigned integers of their typed-array width. Decode with `aq.fromArrow(bytes)`.
 */
export function householdsToArrow(cols: HouseholdColumns): Uint8Array {
  const bytes = aq.toArrowIPC(householdsToTable(cols));
  if (!bytes) throw new Error('Arrow IPC gagal dibuat');
  return bytes;
}

/** Decode Arrow IPC bytes made by {@link householdsToArrow} into an Arquero table (zero-copy where possible). */
export function householdsFromArrow(bytes: Uint8Array): ColumnTable {
  return aq.fromArrow(bytes);
}

/**
 * CSV text of the household table: a header row of {@link HOUSEHOLD_FIELDS} names, `,` as delimiter, `\n` line
 * ends, plain integers (no thousands separators, no quoting needed).
 */
export function householdsToCsv(cols: HouseholdColumns): string {
  const header = HOUSEHOLD_FIELDS.map((f) => f.name).join(',');
  const chunks: string[] = [header];
  const lines: string[] = [];
  const codes = cols.kelurahanCodes;
  for (let i = 0; i < cols.length; i++) {
    lines.push(
      `${cols.id[i]},${codes[cols.kelurahan[i]!]},${cols.year[i]},${cols.members[i]},${cols.expenditure[i]},` +
        `${cols.poor[i]},${cols.femaleHead[i]},${cols.education[i]},${cols.dtks[i]},${cols.pkh[i]}`,
    );
    if (lines.length === 65_536) {
      chunks.push(lines.join('\n'));
      lines.length = 0;
    }
  }
  if (lines.length > 0) chunks.push(lines.join('\n'));
  return `${chunks.join('\n')}\n`;
}
