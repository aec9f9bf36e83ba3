/**
 * A small hand-made catalog whose expected results are worked out by hand in engine.test.ts.
 * The numbers are made up for the tests (not published figures).
 */
import { type Catalog, type IndicatorInput, type Observation, parseCatalog, type Region } from '@satata/core';

/** A minimal valid indicator (yearly, last value, kota only, positive), with `extra` fields over it. */
export const base = (kode: string, extra: Partial<IndicatorInput>): IndicatorInput => ({
  kode,
  nama: { id: kode },
  definisi: { id: `Definisi ${kode}` },
  satuan: '%',
  polaritas: 'positif',
  agregasi: 'last',
  frekuensi: 'tahunan',
  levelEstimasi: ['kota'],
  produsenData: 'BAPPEDA',
  sumberData: 'Uji',
  ...extra,
});

export const catalog: Catalog = parseCatalog({
  id: 'uji',
  nama: { id: 'Katalog uji' },
  wilayah: '33.74',
  rpjmd: { mulai: 2021, akhir: 2026 },
  indikator: [
    base('IPM', {
      satuan: 'indeks',
      baseline: { tahun: 2020, nilai: 81 },
      target: { '2024': 83, '2025': 83.5, '2026': 84 },
    }),
    base('MISKIN', {
      polaritas: 'negatif',
      frekuensi: 'triwulanan',
      levelEstimasi: ['kota', 'kecamatan', 'kelurahan'],
      target: { '2025': 3, '2026': 2.8 },
    }),
    base('WIRAUSAHA', {
      satuan: 'orang',
      agregasi: 'sum',
      frekuensi: 'triwulanan',
      target: { '2025': 400 },
    }),
    base('KOMPOSIT', {
      satuan: 'indeks',
      komposit: {
        metode: 'weighted-mean',
        basis: 'capaian',
        komponen: [{ kode: 'IPM' }, { kode: 'MISKIN' }],
      },
    }),
    base('RT_MISKIN', {
      polaritas: 'negatif',
      levelEstimasi: ['kota', 'kecamatan', 'kelurahan'],
      formula: {
        dataset: 'rt',
        regionField: 'kel',
        periodField: 'tahun',
        factor: 100,
        numerator: { op: 'count', filters: [{ field: 'miskin', op: 'eq', value: true }] },
        denominator: { op: 'count' },
      },
      target: { '2025': 30 },
    }),
    base('PENDUDUK', { satuan: 'jiwa', polaritas: 'netral' }),
  ],
});

export const regions: Region[] = [
  { kode: '33.74', nama: 'Kota', level: 'kota' },
  { kode: '33.74.01', nama: 'Kec 1', level: 'kecamatan', induk: '33.74' },
  { kode: '33.74.02', nama: 'Kec 2', level: 'kecamatan', induk: '33.74' },
  { kode: '33.74.01.1001', nama: 'Kel 1-1', level: 'kelurahan', induk: '33.74.01' },
  { kode: '33.74.01.1002', nama: 'Kel 1-2', level: 'kelurahan', induk: '33.74.01' },
  { kode: '33.74.02.1001', nama: 'Kel 2-1', level: 'kelurahan', induk: '33.74.02' },
  { kode: '33.74.02.1002', nama: 'Kel 2-2', level: 'kelurahan', induk: '33.74.02' },
];

export const observations: Observation[] = [
  { indikator: 'IPM', wilayah: '33.74', periode: '2023', nilai: 82.5 },
  { indikator: 'IPM', wilayah: '33.74', periode: '2024', nilai: 83, diperbarui: '2025-02-01' },
  {
    indikator: 'IPM',
    wilayah: '33.74',
    periode: '2025',
    nilai: 83.6,
    diperbarui: '2026-02-01',
    sumber: 'BPS',
  },
  // Poverty: kelurahan numerators and denominators in triwulan IV 2025.
  {
    indikator: 'MISKIN',
    wilayah: '33.74.01.1001',
    periode: 'Triwulan IV 2025',
    numerator: 30,
    denominator: 1000,
  },
  { indikator: 'MISKIN', wilayah: '33.74.01.1002', periode: '2025-Q4', numerator: 10, denominator: 500 },
  { indikator: 'MISKIN', wilayah: '33.74.02.1001', periode: '2025-Q4', numerator: 45, denominator: 1500 },
  { indikator: 'MISKIN', wilayah: '33.74.02.1002', periode: '2025-Q4', numerator: 5, denominator: 20 },
  { indikator: 'WIRAUSAHA', wilayah: '33.74', periode: '2025-Q1', nilai: 90 },
  { indikator: 'WIRAUSAHA', wilayah: '33.74', periode: '2025-Q2', nilai: 110 },
  { indikator: 'WIRAUSAHA', wilayah: '33.74', periode: '2025-Q3', nilai: 100 },
  { indikator: 'PENDUDUK', wilayah: '33.74', periode: '2025', nilai: 1_700_000 },
];
