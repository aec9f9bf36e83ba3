import { buildMapViewModel, type IndicatorResult, ViewModelError } from '@satata/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { indicator, result } from './fixtures.ts';

const ind = indicator({ levelEstimasi: ['kelurahan'] });
const regions = [
  { kode: '33.74.01.1001', nama: 'Miroto' },
  { kode: '33.74.01.1002', nama: 'Brumbungan' },
  { kode: '33.74.01.1003', nama: 'Jagalan' },
  { kode: '33.74.01.1004', nama: 'Kranggan' },
];
const cell = (kode: string, periode: string, realisasi: number | null, over: Partial<IndicatorResult> = {}) =>
  result({
    wilayah: kode,
    level: 'kelurahan',
    periode,
    realisasi,
    numerator: realisasi === null ? null : realisasi * 10,
    denominator: realisasi === null ? null : 1000,
    ...over,
  });

describe('buildMapViewModel', () => {
  // Equal interval over all periods: values 2, 4, 6, 8, 10 → min 2, max 10, k 2 → [2, 6) and [6, 10].
  const build = () =>
    buildMapViewModel(
      ind,
      [
        cell('33.74.01.1001', '2024', 2),
        cell('33.74.01.1002', '2024', 4, {
          flags: {
            capaianNegatif: false,
            kecilDenominator: true,
            ditekan: false,
            ilustratif: false,
            seriBerubah: false,
          },
        }),
        cell('33.74.01.1003', '2024', null, {
          flags: {
            capaianNegatif: false,
            kecilDenominator: false,
            ditekan: true,
            ilustratif: false,
            seriBerubah: false,
          },
          missing: { realisasi: 'suppressed' },
        }),
        cell('33.74.01.1001', '2025', 6),
        cell('33.74.01.1002', '2025', 8),
        cell('33.74.01.1003', '2025', 10),
      ],
      { method: 'equal-interval', k: 2, regions },
    );
  const vm = build();

  it('classes over all periods, so the same value has the same class every year', () => {
    expect(vm.periods).toEqual(['2024', '2025']);
    expect(vm.classification.bounds).toEqual([2, 6, 10]);
    expect(vm.classification.classes.map((c) => c.count)).toEqual([2, 3]);
    expect(vm.classification.methodLabel).toEqual({ id: 'Interval sama', en: 'Equal interval' });
    expect(vm.cells['2024']!['33.74.01.1001']!.kelas).toBe(0);
    expect(vm.cells['2025']!['33.74.01.1001']!.kelas).toBe(1);
  });

  it('keeps suppressed and absent cells apart from values, never as 0', () => {
    const s = vm.cells['2024']!['33.74.01.1003']!;
    expect(s).toMatchObject({
      nilai: null,
      ditekan: true,
      kelas: null,
      missing: 'suppressed',
      numerator: null,
    });
    const absent = vm.cells['2024']!['33.74.01.1004']!;
    expect(absent).toMatchObject({
      nilai: null,
      ditekan: false,
      kelas: null,
      missing: 'no-data',
      nama: 'Kranggan',
    });
    expect(vm.counts['2024']).toEqual({ classes: [2, 0], noData: 1, ditekan: 1 });
    expect(vm.counts['2025']).toEqual({ classes: [0, 3], noData: 1, ditekan: 0 });
    // 8 cells, 5 classed
    expect(vm.classification.noData.count).toBe(3);
  });

  it('carries numerator, denominator and the small-area flag', () => {
    expect(vm.cells['2024']!['33.74.01.1002']).toMatchObject({
      nilai: 4,
      numerator: 40,
      denominator: 1000,
      kecil: true,
    });
  });

  it('summarises each period and tabulates every region × period', () => {
    expect(vm.ringkasan['2024']!.id).toBe(
      'Peta Persentase penduduk miskin, 2024: 2 dari 4 wilayah berdata. Terendah Miroto (2,00%), tertinggi Brumbungan (4,00%). ' +
        '1 ditekan (sel kecil), 1 tanpa data dan 1 berpenyebut kecil. Kelas: Interval sama, 2 kelas, sama untuk semua periode.',
    );
    expect(vm.table.rows).toHaveLength(8);
    expect(vm.table.rows[2]!.values).toMatchObject({
      wilayah: 'Jagalan',
      nilai: null,
      catatan: { id: 'ditekan (sel kecil)', en: 'suppressed (small cell)' },
    });
  });

  it('builds cells, counts, summaries and the table on first read, the same in any order and stable after', () => {
    // Lazy parts must not change a figure: a second view model read in another order gives equal values.
    const again = build();
    expect(again.table).toEqual(vm.table);
    expect(vm.table).toBe(vm.table);
    for (const p of [...vm.periods].reverse()) {
      expect(again.counts[p]).toEqual(vm.counts[p]);
      expect(again.cells[p]).toEqual(vm.cells[p]);
      expect(again.ringkasan[p]).toEqual(vm.ringkasan[p]);
    }
    expect(JSON.parse(JSON.stringify(vm)).table.rows).toHaveLength(8);
    expect(Object.keys(JSON.parse(JSON.stringify(vm)).ringkasan)).toEqual(vm.periods);
  });

  it('one suppression rule for the classes and the cells: a row suppressed by its reason alone is classed nowhere', () => {
    // The two checks disagreed: classes skipped only `flags.ditekan`, cells also `missing.realisasi`, so a value
    // counted in the legend was shown nowhere.
    const odd = cell('33.74.01.1004', '2025', 7, { missing: { realisasi: 'suppressed' } });
    const vm2 = buildMapViewModel(
      ind,
      [cell('33.74.01.1001', '2025', 1), cell('33.74.01.1002', '2025', 9), odd],
      {
        method: 'equal-interval',
        k: 2,
        regions,
      },
    );
    expect(vm2.cells['2025']!['33.74.01.1004']).toMatchObject({ nilai: null, ditekan: true, kelas: null });
    const classed = Object.values(vm2.cells['2025']!).filter((c) => c.kelas !== null).length;
    expect(vm2.classification.classes.reduce((n, k) => n + k.count, 0)).toBe(classed);
    expect(vm2.classification.bounds).toEqual([1, 5, 9]);
  });

  it('reports a result for a region not on the map instead of dropping it', () => {
    expect(() => buildMapViewModel(ind, [cell('33.74.99.9999', '2024', 1)], { regions })).toThrow(
      ViewModelError,
    );
  });

  it('property: every non-null value has a class, every null has none, counts sum to the regions', () => {
    fc.assert(
      fc.property(
        fc.array(fc.option(fc.double({ min: 0, max: 100, noNaN: true }), { nil: null }), {
          minLength: 4,
          maxLength: 4,
        }),
        fc.array(fc.option(fc.double({ min: 0, max: 100, noNaN: true }), { nil: null }), {
          minLength: 4,
          maxLength: 4,
        }),
        fc.constantFrom('quantile', 'equal-interval', 'natural-breaks' as const),
        (a, b, method) => {
          const rs = [
            ...a.map((v, i) => cell(regions[i]!.kode, '2024', v)),
            ...b.map((v, i) => cell(regions[i]!.kode, '2025', v)),
          ];
          const v = buildMapViewModel(ind, rs, { method, regions });
          for (const p of v.periods) {
            for (const c of Object.values(v.cells[p]!)) {
              if (c.nilai === null) expect(c.kelas).toBeNull();
              else expect(c.kelas).not.toBeNull();
            }
            const k = v.counts[p]!;
            expect(k.classes.reduce((n, x) => n + x, 0) + k.noData + k.ditekan).toBe(regions.length);
          }
        },
      ),
    );
  });
});
