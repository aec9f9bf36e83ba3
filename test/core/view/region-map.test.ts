/**
 * The region map's rules, moved out of the React component (issue 10 §9) and made to show the engine's truth
 * (issue 10 §7, issue 11 §7): which rows and periods a level draws, the period it opens on (the one rule
 * `latestWithData`), repeated names, and what a cell, its notes, the legend and the table say — coverage of a
 * rolled-up region, and rows the quality checks rejected.
 */
import {
  buildRegionMapViewModel,
  type IndicatorResult,
  type LocatedIssue,
  mapCellNotes,
  mapCellText,
  mapLegend,
  mapRegionList,
  toCsv,
} from '@satata/core';
import { describe, expect, it } from 'vitest';
import { indicator, result } from './fixtures.ts';

const ind = indicator({ levelEstimasi: ['kecamatan', 'kelurahan'] });
const KEC = [
  { kode: '33.74.01', nama: 'Semarang Tengah' },
  { kode: '33.74.02', nama: 'Semarang Utara' },
];
const suppressedFlags = {
  capaianNegatif: false,
  kecilDenominator: false,
  ditekan: true,
  ilustratif: false,
  seriBerubah: false,
};
const kec = (kode: string, periode: string, realisasi: number | null, over: Partial<IndicatorResult> = {}) =>
  result({ wilayah: kode, level: 'kecamatan', periode, realisasi, ...over });

/** 2023 and 2024 with values (33.74.01 rolled up from 15 of 16 kelurahan in 2024), 2025 suppressed only, 2026 filled in. */
const rows: IndicatorResult[] = [
  kec('33.74.01', '2023', 4),
  kec('33.74.02', '2023', 5),
  kec('33.74.01', '2024', 4.5, { cakupan: { dilaporkan: 15, diharapkan: 16, tingkat: 'kelurahan' } }),
  kec('33.74.02', '2024', null, { missing: { realisasi: 'no-data' } }),
  kec('33.74.01', '2025', null, { flags: suppressedFlags, missing: { realisasi: 'suppressed' } }),
  kec('33.74.02', '2025', null, { flags: suppressedFlags, missing: { realisasi: 'suppressed' } }),
  kec('33.74.01', '2026', null, { missing: { realisasi: 'no-data' } }),
  // Not drawn at the kecamatan level: another level, another period kind, a region not on the map.
  result({ wilayah: '33.74', level: 'kota', periode: '2024', realisasi: 4.2 }),
  kec('33.74.01', '2024-Q2', 4.4),
  kec('33.74.09', '2024', 9),
];

describe('buildRegionMapViewModel', () => {
  const vm = buildRegionMapViewModel(ind, rows, { level: 'kecamatan', regions: KEC })!;

  it('draws the level’s year rows of its regions, over the periods with a value or a suppressed cell', () => {
    expect(vm.regions).toEqual(['33.74.01', '33.74.02']);
    expect(vm.periods).toEqual(['2023', '2024', '2025']);
    expect(vm.cells['2024']!['33.74.01']!.nilai).toBe(4.5);
  });

  it('opens on the latest period in which a region has a value, not a later suppressed-only one', () => {
    expect(vm.periodeAwal).toBe('2024');
  });

  it('is null when no period has data', () => {
    expect(buildRegionMapViewModel(ind, rows, { level: 'kelurahan', regions: KEC })).toBeNull();
  });

  it('carries and shows the coverage of a rolled-up region: in the cell, its notes and the table', () => {
    const c = vm.cells['2024']!['33.74.01']!;
    expect(c.cakupan).toEqual({ dilaporkan: 15, diharapkan: 16, tingkat: 'kelurahan' });
    expect(mapCellNotes(c, 'id')).toEqual(['Cakupan: 15 dari 16 kelurahan']);
    expect(mapCellNotes(c, 'en')).toEqual(['Coverage: 15 of 16 kelurahan']);
    const csv = toCsv(vm.table);
    expect(csv.split('\r\n')[0]).toContain('Cakupan');
    expect(csv).toContain('15 dari 16 kelurahan');
  });

  it('reads a cell: its value, "ditekan", or n/a with why', () => {
    expect(mapCellText(vm.cells['2024']!['33.74.01'], vm, 'id')).toBe('4,50%');
    expect(mapCellText(vm.cells['2024']!['33.74.02'], vm, 'id')).toBe('n/a (tidak ada data)');
    expect(mapCellText(vm.cells['2025']!['33.74.01'], vm, 'id')).toBe('ditekan (sel kecil)');
  });

  it('gives each period’s legend: classes with counts, no data, and suppressed only when there is one', () => {
    expect(mapLegend(vm, '2025', 'id').slice(-2)).toEqual([
      { key: 'no-data', kelas: null, label: 'Tidak ada data', count: 0 },
      { key: 'suppressed', kelas: null, label: 'Ditekan (sel kecil)', count: 2 },
    ]);
    const y2024 = mapLegend(vm, '2024', 'en');
    expect(y2024.at(-1)).toEqual({ key: 'no-data', kelas: null, label: 'No data', count: 1 });
    expect(y2024.filter((i) => i.kelas !== null).reduce((n, i) => n + i.count, 0)).toBe(1);
  });
});

describe('a map whose input rows were rejected', () => {
  const issue = (
    row: number,
    wilayah: string,
    periode: string,
    field: string,
    value: unknown,
  ): LocatedIssue => ({
    code: field === 'wilayah' ? 'unknown-region' : 'non-numeric',
    severity: 'error',
    source: 'observasi',
    row,
    field,
    value,
    expected: 'angka berhingga atau kosong',
    indikator: ind.kode,
    wilayah,
    periode,
  });
  const issues = [
    issue(7, '33.74.02.1003', '2024', 'nilai', Number.NaN),
    issue(8, '33.74.02.1004', '2024', 'denominator', -5),
    issue(9, '99.99', '2024', 'wilayah', '99.99'),
  ];
  const vm = buildRegionMapViewModel(ind, rows, { level: 'kecamatan', regions: KEC, issues })!;

  it('says a cell lost its rows: "baris ditolak", never "tidak ada data"', () => {
    const c = vm.cells['2024']!['33.74.02']!;
    expect(c.ditolak).toBe(2);
    expect(mapCellText(c, vm, 'id')).toBe('n/a (baris ditolak)');
    expect(mapCellText(c, vm, 'en')).toBe('n/a (row rejected)');
    expect(mapCellNotes(c, 'id')).toEqual(['2 baris ditolak']);
    expect(toCsv(vm.table)).toContain('2 baris ditolak');
    // Other periods of that region lost nothing.
    expect(vm.cells['2023']!['33.74.02']!.ditolak).toBe(0);
  });

  it('counts every rejected row behind the map, and says so in its summary', () => {
    expect(vm.ditolak?.jumlah).toBe(3);
    expect(vm.ringkasan['2024']!.id).toContain('3 baris ditolak.');
  });
});

describe('mapRegionList', () => {
  it('orders by code and tells repeated names apart by their parent', () => {
    const list = mapRegionList(
      [
        { kode: '33.74.13.1002', nama: 'Mangunharjo', induk: '33.74.13' },
        { kode: '33.74.01.1001', nama: 'Miroto', induk: '33.74.01' },
        { kode: '33.74.12.1005', nama: 'Mangunharjo', induk: '33.74.12' },
      ],
      { '33.74.13': 'Tembalang' },
    );
    expect(list).toEqual([
      { kode: '33.74.01.1001', nama: 'Miroto' },
      { kode: '33.74.12.1005', nama: 'Mangunharjo (33.74.12)' },
      { kode: '33.74.13.1002', nama: 'Mangunharjo (Tembalang)' },
    ]);
  });
});
