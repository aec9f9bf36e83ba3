/**
 * Hand-written fixtures for the component tests: indicators parsed through the real zod schema and engine results
 * written out by hand (the numbers are the published BPS poverty rate of Kota Semarang 2021–2024 and an
 * illustrative target path; every derived figure asserted in a test is worked out in that test's comment).
 */
import {
  Catalog,
  type CatalogInput,
  Indicator,
  type IndicatorInput,
  type IndicatorResult,
} from '@satata/core';
import type { RegionFeatureCollection } from '@satata/react';
import { featuresOf } from '@satata/semarang';
import { result as baseResult } from '../core/view/fixtures.ts';

export const KOTA = '33.74';

export const kemiskinan: Indicator = Indicator.parse({
  kode: 'IKU-01',
  nama: { id: 'Persentase penduduk miskin', en: 'Poverty rate' },
  definisi: {
    id: 'Persentase penduduk di bawah garis kemiskinan',
    en: 'Share of people below the poverty line',
  },
  rumus: { id: 'Penduduk miskin / jumlah penduduk × 100' },
  satuan: '%',
  polaritas: 'negatif',
  agregasi: 'last',
  frekuensi: 'tahunan',
  levelEstimasi: ['kota'],
  produsenData: 'BAPPEDA',
  sumberData: 'BPS Kota Semarang',
  desimal: 2,
  target: { '2021': 4.5, '2022': 4.4, '2023': 4.3, '2024': 4.2, '2025': 4.1, '2026': 4.0 },
} satisfies IndicatorInput);

export const ipm: Indicator = Indicator.parse({
  kode: 'IKU-02',
  nama: { id: 'Indeks Pembangunan Manusia', en: 'Human Development Index' },
  definisi: { id: 'Ukuran capaian pembangunan manusia' },
  satuan: 'indeks',
  polaritas: 'positif',
  agregasi: 'last',
  frekuensi: 'tahunan',
  levelEstimasi: ['kota'],
  produsenData: 'DISDIK',
  sumberData: 'BPS',
  desimal: 2,
  ilustratif: true,
  target: { '2024': { min: 83, max: 84 } },
} satisfies IndicatorInput);

/** An engine result with defaults for every field not given (the view-model tests' builder, indicator required). */
export function result(
  p: Partial<IndicatorResult> & Pick<IndicatorResult, 'indikator' | 'periode'>,
): IndicatorResult {
  return baseResult({ wilayah: KOTA, ...p });
}

/**
 * Poverty rate results. Capaian for a negative indicator (2T − R) / T × 100, e.g. 2024: (2 × 4.2 − 4.03) / 4.2 ×
 * 100 = 104.05 → Sangat Tinggi (≥ 91). Change 2024 vs 2023: 4.03 − 4.23 = −0.20, a fall, so membaik.
 */
export const kemiskinanResults: IndicatorResult[] = [
  result({
    indikator: 'IKU-01',
    periode: '2022',
    realisasi: 4.25,
    target: 4.4,
    targetAcuan: 4.4,
    capaian: 103.41,
    kategori: 'sangat-tinggi',
    diperbarui: '2023-01-16',
  }),
  result({
    indikator: 'IKU-01',
    periode: '2023',
    realisasi: 4.23,
    target: 4.3,
    targetAcuan: 4.3,
    capaian: 101.63,
    kategori: 'sangat-tinggi',
    perubahan: {
      periodeSebelumnya: '2022',
      sebelumnya: 4.25,
      selisih: -0.02,
      persen: -0.47,
      arah: 'membaik',
    },
    diperbarui: '2024-01-15',
  }),
  result({
    indikator: 'IKU-01',
    periode: '2024',
    realisasi: 4.03,
    target: 4.2,
    targetAcuan: 4.2,
    targetBasis: 'tahunan',
    capaian: 104.05,
    kategori: 'sangat-tinggi',
    perubahan: { periodeSebelumnya: '2023', sebelumnya: 4.23, selisih: -0.2, persen: -4.73, arah: 'membaik' },
    diperbarui: '2024-08-12',
    sumber: 'BPS Kota Semarang',
  }),
];

/** IPM with a range target and no realisation for 2024: capaian n/a, never 0. */
export const ipmResults: IndicatorResult[] = [
  result({
    indikator: 'IKU-02',
    periode: '2024',
    target: { min: 83, max: 84 },
    missing: { realisasi: 'no-data', capaian: 'no-data' },
  }),
];

/** Open unemployment rate (TPT), negative: 2024 R 5.81 against T 4.8 → (2 × 4.8 − 5.81) / 4.8 × 100 = 78.96 → Tinggi. */
export const tpt: Indicator = Indicator.parse({
  kode: 'IKU-03',
  nama: { id: 'Tingkat pengangguran terbuka', en: 'Open unemployment rate' },
  definisi: { id: 'Persentase pengangguran terhadap angkatan kerja' },
  satuan: '%',
  polaritas: 'negatif',
  agregasi: 'last',
  frekuensi: 'tahunan',
  levelEstimasi: ['kota'],
  produsenData: 'DISNAKER',
  sumberData: 'BPS Sakernas',
  urusan: 'TK',
  sasaran: 'S1',
  desimal: 2,
  target: { '2024': 4.8 },
} satisfies IndicatorInput);

export const tptResults: IndicatorResult[] = [
  result({
    indikator: 'IKU-03',
    periode: '2024',
    realisasi: 5.81,
    target: 4.8,
    targetAcuan: 4.8,
    capaian: 78.96,
    kategori: 'tinggi',
    perubahan: { periodeSebelumnya: '2023', sebelumnya: 5.75, selisih: 0.06, persen: 1.04, arah: 'memburuk' },
  }),
];

export const LONG_OPD =
  'Dinas Tenaga Kerja, Perindustrian, Koperasi dan Usaha Mikro, Kecil dan Menengah serta Penanaman Modal Kota Semarang';

export const catalog: Catalog = Catalog.parse({
  id: 'uji',
  nama: { id: 'Katalog uji' },
  wilayah: KOTA,
  rpjmd: { mulai: 2021, akhir: 2026 },
  opd: [
    { kode: 'BAPPEDA', nama: 'Bappeda' },
    { kode: 'DISDIK', nama: 'Dinas Pendidikan' },
    { kode: 'DISNAKER', nama: LONG_OPD },
  ],
  urusan: [{ kode: 'TK', nama: { id: 'Tenaga kerja', en: 'Labour' } }],
  misi: [
    {
      kode: 'M1',
      nama: { id: 'Misi 1' },
      tujuan: [
        {
          kode: 'T1',
          nama: { id: 'Tujuan 1' },
          sasaran: [{ kode: 'S1', nama: { id: 'Meningkatnya kesempatan kerja' } }],
        },
      ],
    },
  ],
  indikator: [kemiskinan, ipm, tpt],
} satisfies CatalogInput);

export const allResults: IndicatorResult[] = [...kemiskinanResults, ...ipmResults, ...tptResults];

/** The Semarang region pack's kecamatan and kelurahan boundaries, as the micro-map takes them. */
export async function mapBoundaries(): Promise<{
  kecamatan: RegionFeatureCollection;
  kelurahan: RegionFeatureCollection;
}> {
  return {
    kecamatan: (await featuresOf('kecamatan')) as unknown as RegionFeatureCollection,
    kelurahan: (await featuresOf('kelurahan')) as unknown as RegionFeatureCollection,
  };
}
