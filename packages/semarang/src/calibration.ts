/**
 * The published poverty series the household generator is calibrated to: the city poverty rate P0 (percent of
 * persons) and the poverty line GK (rupiah per capita per month), from `data/raw/indikator` (BPS and Semar Satata).
 *
 * Years without a published figure are filled and say so:
 * - between two published years: linear interpolation (`interpolasi`);
 * - after the last published year: P0 is carried forward (`dibawa`); GK grows at its mean annual growth over the
 *   published years (`ekstrapolasi`), because a poverty line follows prices;
 * - before the first published year: the first value is carried back (`dibawa`).
 */
import { makroSeries } from './makro.ts';

/** How a calibration value was obtained. */
export type CalibrationBasis = 'terbit' | 'interpolasi' | 'dibawa' | 'ekstrapolasi';

/** A calibration value for one year with how it was obtained and the publication behind it. */
export interface CalibrationValue {
  readonly tahun: number;
  readonly nilai: number;
  readonly dasar: CalibrationBasis;
  /** The source of a published value, or the two years interpolated between. */
  readonly keterangan: string;
}

function fill(kode: string, tahun: number, growBeyond: boolean): CalibrationValue {
  if (!Number.isInteger(tahun)) throw new RangeError(`tahun harus bilangan bulat, diterima ${tahun}`);
  const series = makroSeries(kode);
  if (series.length === 0) throw new Error(`seri ${kode} tidak ada di data makro`);
  const exact = series.find((r) => r.tahun === tahun);
  if (exact) return { tahun, nilai: exact.nilai, dasar: 'terbit', keterangan: exact.sumber };
  const first = series[0]!;
  const last = series[series.length - 1]!;
  if (tahun < first.tahun) {
    return { tahun, nilai: first.nilai, dasar: 'dibawa', keterangan: `nilai ${first.tahun} dibawa mundur` };
  }
  if (tahun > last.tahun) {
    if (!growBeyond || series.length < 2) {
      return { tahun, nilai: last.nilai, dasar: 'dibawa', keterangan: `nilai ${last.tahun} dibawa maju` };
    }
    const g = (last.nilai / first.nilai) ** (1 / (last.tahun - first.tahun));
    return {
      tahun,
      nilai: last.nilai * g ** (tahun - last.tahun),
      dasar: 'ekstrapolasi',
      keterangan: `${last.tahun} × pertumbuhan rata-rata ${first.tahun}–${last.tahun} (${((g - 1) * 100).toFixed(2)}%/tahun)`,
    };
  }
  let lo = first;
  let hi = last;
  for (const r of series) {
    if (r.tahun < tahun) lo = r;
    else if (r.tahun > tahun) {
      hi = r;
      break;
    }
  }
  const w = (tahun - lo.tahun) / (hi.tahun - lo.tahun);
  return {
    tahun,
    nilai: lo.nilai + (hi.nilai - lo.nilai) * w,
    dasar: 'interpolasi',
    keterangan: `interpolasi linear ${lo.tahun}–${hi.tahun}`,
  };
}

/** The city poverty rate P0 (percent of persons) the generator targets for a year. */
export function povertyRateFor(tahun: number): CalibrationValue {
  return fill('P0', tahun, false);
}

/** The poverty line GK (rupiah per capita per month, rounded to whole rupiah) for a year. */
export function povertyLineFor(tahun: number): CalibrationValue {
  const v = fill('GK', tahun, true);
  return { ...v, nilai: Math.round(v.nilai) };
}
