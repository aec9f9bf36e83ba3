/**
 * Real published macro figures of Kota Semarang (BPS releases, Semar Satata, LKPJ), each with its source.
 * Generated into `data/makro.json` from `data/raw/indikator/makro_kota_semarang.csv` by `scripts/build-makro.ts`.
 */
import data from '../data/makro.json' with { type: 'json' };

/** One published figure: indicator code, year, value and the publication it was read from. */
export interface MakroRow {
  readonly kode: string;
  readonly indikator: string;
  readonly satuan: string;
  readonly polaritas: 'positif' | 'negatif' | 'netral';
  readonly tahun: number;
  readonly nilai: number;
  readonly sumber: string;
}

/** Every published macro row, in the order of the source CSV. */
export const MAKRO_ROWS: readonly MakroRow[] = (data as unknown as { makro: MakroRow[] }).makro;

/** The published rows of one macro indicator (e.g. `P0`), in year order. */
export function makroSeries(kode: string): readonly MakroRow[] {
  return MAKRO_ROWS.filter((r) => r.kode === kode).sort((a, b) => a.tahun - b.tahun);
}
