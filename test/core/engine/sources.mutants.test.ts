/**
 * Formula indicators read from their dataset: the dataset's illustrative mark, and the issues of its rows named by
 * the dataset. Rows are computed inside each test; values worked out by hand in the comments.
 */
import { columnTable, computeResults, parseCatalog, type Region } from '@satata/core';
import { describe, expect, it } from 'vitest';
import { base } from './fixtures.ts';

const regions: Region[] = [
  { kode: '33.74', nama: 'Kota', level: 'kota' },
  { kode: '33.74.01', nama: 'Kec 1', level: 'kecamatan', induk: '33.74' },
  { kode: '33.74.01.1001', nama: 'Kel 1-1', level: 'kelurahan', induk: '33.74.01' },
];
const catalogOf = (ilustratif: boolean) =>
  parseCatalog({
    id: 'uji',
    nama: { id: 'uji' },
    wilayah: '33.74',
    rpjmd: { mulai: 2021, akhir: 2026 },
    datasets: [
      { id: 'lain', nama: { id: 'Lain' }, ilustratif: !ilustratif },
      { id: 'rt', nama: { id: 'Rumah tangga' }, ilustratif },
    ],
    indikator: [
      base('RT_MISKIN', {
        levelEstimasi: ['kota', 'kecamatan', 'kelurahan'],
        formula: {
          dataset: 'rt',
          regionField: 'kel',
          periodField: 'tahun',
          factor: 100,
          numerator: { op: 'count', filters: [{ field: 'miskin', op: 'eq', value: true }] },
          denominator: { op: 'count' },
        },
      }),
    ],
  });
// 33.74.01.1001: 1 poor of 2 → 50 %; 33.74.09.9999 is not in the region pack.
const rt = columnTable({
  kel: ['33.74.01.1001', '33.74.01.1001', '33.74.09.9999'],
  tahun: [2025, 2025, 2025],
  miskin: [true, false, true],
});
const row = (rows: readonly { indikator: string; wilayah: string; periode: string }[], w: string) =>
  rows.find((r) => r.wilayah === w && r.periode === '2025');

describe('a formula indicator from its dataset', () => {
  it("takes the dataset's illustrative mark, not another dataset's", () => {
    for (const ilustratif of [true, false]) {
      const { rows } = computeResults({
        catalog: catalogOf(ilustratif),
        observations: [],
        regions,
        datasets: { rt },
      });
      const kel = row(rows, '33.74.01.1001') as (typeof rows)[number];
      expect(kel.realisasi).toBe(50);
      expect(kel.flags.realisasiIlustratif).toBe(ilustratif);
    }
  });

  it('reports a region the pack does not know as an issue of the dataset, and leaves it out', () => {
    const { rows, issues } = computeResults({
      catalog: catalogOf(false),
      observations: [],
      regions,
      datasets: { rt },
    });
    expect(issues).toContainEqual(
      expect.objectContaining({
        code: 'unknown-region',
        source: 'rt',
        value: '33.74.09.9999',
        indikator: 'RT_MISKIN',
      }),
    );
    expect(row(rows, '33.74.09.9999')).toBeUndefined();
  });
});
