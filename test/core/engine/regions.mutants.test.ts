/**
 * The region hierarchy as computeResults uses it: rows ordered top level first, then by code, and an empty region
 * pack meaning "no pack" (codes read by their shape). Rows are computed inside each test.
 */
import { computeResults, type Observation, parseCatalog, type Region } from '@satata/core';
import { describe, expect, it } from 'vitest';
import { base } from './fixtures.ts';

const catalog = parseCatalog({
  id: 'uji',
  nama: { id: 'uji' },
  wilayah: '33.74',
  rpjmd: { mulai: 2021, akhir: 2026 },
  indikator: [
    base('JIWA', { satuan: 'jiwa', agregasi: 'sum', levelEstimasi: ['kota', 'kecamatan', 'kelurahan'] }),
  ],
});
const regions: Region[] = [
  { kode: '33.74.02.1002', nama: 'Kel 2-2', level: 'kelurahan', induk: '33.74.02' },
  { kode: '33.74.02.1001', nama: 'Kel 2-1', level: 'kelurahan', induk: '33.74.02' },
  { kode: '33.74.01.1001', nama: 'Kel 1-1', level: 'kelurahan', induk: '33.74.01' },
  { kode: '33.74.02', nama: 'Kec 2', level: 'kecamatan', induk: '33.74' },
  { kode: '33.74.01', nama: 'Kec 1', level: 'kecamatan', induk: '33.74' },
  { kode: '33.74', nama: 'Kota', level: 'kota' },
];
const observations: Observation[] = [
  { indikator: 'JIWA', wilayah: '33.74.02.1002', periode: '2025', nilai: 4 },
  { indikator: 'JIWA', wilayah: '33.74.02.1001', periode: '2025', nilai: 3 },
  { indikator: 'JIWA', wilayah: '33.74.01.1001', periode: '2025', nilai: 2 },
];

describe('regions in results', () => {
  it('rows come top level first, then by code, whatever the order of the pack and the observations', () => {
    const { rows } = computeResults({ catalog, observations, regions });
    const order = rows.filter((r) => r.periode === '2025').map((r) => r.wilayah);
    expect(order).toEqual([
      '33.74',
      '33.74.01',
      '33.74.02',
      '33.74.01.1001',
      '33.74.02.1001',
      '33.74.02.1002',
    ]);
    // Kec 2 = 3 + 4; the kota = 2 + 3 + 4.
    const value = (w: string) => rows.find((r) => r.wilayah === w && r.periode === '2025')?.realisasi;
    expect([value('33.74.02'), value('33.74')]).toEqual([7, 9]);
  });

  it('an empty region pack is no pack: every well-formed code is accepted and rolled up by its shape', () => {
    const { rows, issues } = computeResults({ catalog, observations, regions: [] });
    expect(issues).toEqual([]);
    const value = (w: string) => rows.find((r) => r.wilayah === w && r.periode === '2025')?.realisasi;
    expect(value('33.74.02')).toBe(7);
  });
});
