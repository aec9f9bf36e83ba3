import { collectObservations, columnTable, computeResults, type Indicator, parseCatalog } from '@satata/core';
import { describe, expect, it } from 'vitest';
import { ChildSums } from '../../../packages/core/src/engine/rollup.ts';
import { base } from './fixtures.ts';

const catalog = parseCatalog({
  id: 'uji',
  nama: { id: 'Uji' },
  wilayah: '33.74',
  rpjmd: { mulai: 2021, akhir: 2026 },
  indikator: [
    {
      kode: 'AKB',
      nama: { id: 'Angka kematian bayi' },
      definisi: { id: 'Kematian bayi per 1.000 kelahiran hidup' },
      satuan: 'per 1.000 kelahiran hidup',
      polaritas: 'negatif',
      agregasi: 'sum',
      frekuensi: 'triwulanan',
      levelEstimasi: ['kota'],
      produsenData: 'DINKES',
      sumberData: 'Uji',
    },
  ],
});
const indicators = new Map<string, Indicator>(catalog.indikator.map((i) => [i.kode, i]));
/** A store's cells by period key. */
const byKey = <C extends { periode: string }>(cells: readonly C[]) =>
  new Map(cells.map((c) => [c.periode, c]));

describe('collectObservations', () => {
  it('normalises period spellings and derives the value from numerator / denominator × the unit factor', () => {
    const store = collectObservations(
      [
        { indikator: 'AKB', wilayah: '33.74', periode: 'Triwulan II 2025', numerator: 12, denominator: 4000 },
        { indikator: 'AKB', wilayah: '33.74', periode: 'TW1 2025', nilai: 2.5 },
      ],
      indicators,
    );
    expect(store.issues).toEqual([]);
    const cells = byKey(store.cells('AKB', '33.74'));
    expect([...cells.keys()].sort()).toEqual(['2025-Q1', '2025-Q2']);
    // 12 / 4000 × 1000 ("per 1.000") = 3.
    expect(cells.get('2025-Q2')).toMatchObject({ nilai: 3, numerator: 12, denominator: 4000, reason: null });
    expect(cells.get('2025-Q1')).toMatchObject({ nilai: 2.5, numerator: null });
    expect(store.regionsOf('AKB')).toEqual(['33.74']);
  });

  it('keeps suppressed and empty cells missing with their reasons, never 0', () => {
    const store = collectObservations(
      [
        {
          indikator: 'AKB',
          wilayah: '33.74',
          periode: '2025-Q1',
          numerator: 3,
          denominator: 40,
          status: 'ditekan',
        },
        { indikator: 'AKB', wilayah: '33.74', periode: '2025-Q2', nilai: null },
        { indikator: 'AKB', wilayah: '33.74', periode: '2025-Q3', numerator: 0, denominator: 0 },
      ],
      indicators,
    );
    const cells = byKey(store.cells('AKB', '33.74'));
    expect(cells.get('2025-Q1')).toMatchObject({
      nilai: null,
      numerator: null,
      ditekan: true,
      reason: 'suppressed',
    });
    expect(cells.get('2025-Q2')).toMatchObject({ nilai: null, reason: 'reported-missing' });
    expect(cells.get('2025-Q3')).toMatchObject({ nilai: null, reason: 'denominator-zero' });
    // Rolled up into one parent slot per period: the suppressed row marks its slot suppressed, the empty one
    // and the zero-denominator one count as rows without a value (parts 0/0 still count as reported parts).
    const sums = new ChildSums(store.periods.length);
    const r = store.regionList.indexOf('33.74');
    store.addToParents(
      'AKB',
      store.regionList.map((_, i) => (i === r ? [0] : undefined)),
      sums,
    );
    const slot = (key: string) => sums.at(store.periods.findIndex((p) => p.key === key));
    expect(slot('2025-Q1')).toMatchObject({ reported: 0, suppressed: true, empty: false });
    expect(slot('2025-Q2')).toMatchObject({ reported: 0, suppressed: false, empty: true });
    expect(slot('2025-Q3')).toMatchObject({
      reported: 1,
      numerator: 0,
      denominator: 0,
      allParts: true,
      allValues: false,
    });
  });

  it('reads a column table in place and reports row-indexed issues', () => {
    const table = columnTable({
      indikator: ['AKB', 'AKB', 'AKB', 'XX'],
      wilayah: ['33.74', '33.74', '33.74', '33.74'],
      periode: ['2025-Q1', '2025-Q2', 'kemarin', '2025'],
      nilai: [1, Number.NaN, 2, 3],
    });
    const store = collectObservations(table, indicators, { source: 'csv-dinkes' });
    expect(store.issues.map((i) => [i.row, i.code, i.field, i.source])).toEqual([
      [1, 'non-numeric', 'nilai', 'csv-dinkes'],
      [2, 'unparseable-period', 'periode', 'csv-dinkes'],
      [3, 'unknown-indicator', 'indikator', 'csv-dinkes'],
    ]);
    expect(store.cells('AKB', '33.74').map((c) => c.periode)).toEqual(['2025-Q1']);
  });

  it('rejects codes unknown to the region pack when regions are given', () => {
    const store = collectObservations(
      [{ indikator: 'AKB', wilayah: '33.74.20', periode: '2025', nilai: 1 }],
      indicators,
      {
        regionCodes: new Set(['33.74']),
      },
    );
    expect(store.issues[0]).toMatchObject({
      code: 'unknown-region',
      row: 0,
      field: 'wilayah',
      value: '33.74.20',
    });
    expect(store.regionsOf('AKB')).toEqual([]);
  });
});

describe('issues name the indicator of the rejected row (issue 11 §7: problems visible where the number is)', () => {
  it('a rejected row of a known indicator carries its code; an unknown indicator does not', () => {
    const { issues } = computeResults({
      catalog: parseCatalog({
        id: 'uji',
        nama: { id: 'Uji' },
        wilayah: '33.74',
        rpjmd: { mulai: 2021, akhir: 2026 },
        indikator: [base('A', {}), base('B', {})],
      }),
      observations: [
        { indikator: 'A', wilayah: '99.99', periode: '2025', nilai: 1 },
        { indikator: 'B', wilayah: '33.74', periode: '2025', nilai: Number.NaN },
        { indikator: 'X', wilayah: '33.74', periode: '2025', nilai: 1 },
      ],
      regions: [{ kode: '33.74', nama: 'Kota', level: 'kota' }],
    });
    expect(issues.map((i) => [i.row, i.code, i.indikator])).toEqual([
      [0, 'unknown-region', 'A'],
      [1, 'non-numeric', 'B'],
      [2, 'unknown-indicator', undefined],
    ]);
  });
});
