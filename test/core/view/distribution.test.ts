import {
  buildDistributionViewModel,
  DEFAULT_CATEGORY_SCALE,
  type IndicatorResult,
  toCsv,
} from '@satata/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { result } from './fixtures.ts';

const r = (kode: string, kategori: string | null, over: Partial<IndicatorResult> = {}) =>
  result({ periode: '2025', indikator: kode, kategori, capaian: kategori ? 80 : null, ...over });

describe('buildDistributionViewModel', () => {
  // Six IKU counted by hand: 2 Sangat Tinggi, 1 Tinggi, 1 Rendah, 2 without capaian (1 no target, 1 target 0).
  const vm = buildDistributionViewModel([
    r('A', 'sangat-tinggi'),
    r('B', 'tinggi'),
    r('C', 'sangat-tinggi'),
    r('D', null, { missing: { capaian: 'no-target' } }),
    r('E', 'rendah'),
    r('F', null, { missing: { capaian: 'target-zero' } }),
  ]);

  it('counts each band of the scale in order, empty bands included', () => {
    expect(vm.kategori.map((k) => [k.key, k.count])).toEqual([
      ['sangat-tinggi', 2],
      ['tinggi', 1],
      ['sedang', 0],
      ['rendah', 1],
      ['sangat-rendah', 0],
    ]);
    expect(vm.kategori[0]!.indikator).toEqual(['A', 'C']);
    expect(vm.total).toBe(6);
    expect(vm.periode).toBe('2025');
  });

  it('counts IKU without capaian by reason', () => {
    expect(vm.tanpaCapaian.count).toBe(2);
    expect(vm.tanpaCapaian.alasan.map((a) => [a.reason, a.count, a.indikator])).toEqual([
      ['no-target', 1, ['D']],
      ['target-zero', 1, ['F']],
    ]);
  });

  it('summarises and tabulates', () => {
    expect(vm.ringkasan.id).toBe(
      'Dari 6 IKU pada 2025: 2 Sangat Tinggi, 1 Tinggi dan 1 Rendah. 2 IKU tanpa capaian (1 tidak ada target dan 1 target bernilai 0).',
    );
    expect(vm.ringkasan.en).toBe(
      'Of 6 IKU in 2025: 2 Very high, 1 High and 1 Low. 2 IKU without an achievement (1 no target and 1 target is 0).',
    );
    // 2 of 6 = 33,3 %
    expect(toCsv(vm.table).split('\r\n')[1]).toBe('Sangat Tinggi,2,33.33333333333333,');
    expect(toCsv(vm.table, { numbers: 'formatted' }).split('\r\n')[6]).toBe(
      'Tanpa capaian,2,"33,3%",tidak ada target: 1 dan target bernilai 0: 1',
    );
  });

  it('rejects two results of one IKU, unknown category keys and a capaian without category', () => {
    expect(() => buildDistributionViewModel([r('A', 'tinggi'), r('A', 'tinggi')])).toThrow(
      /baris 1.*A juga di baris 0/,
    );
    expect(() => buildDistributionViewModel([r('A', 'baik')])).toThrow(/bukan baik/);
    expect(() => buildDistributionViewModel([r('A', null, { capaian: 50 })])).toThrow(/kategori/);
  });

  it('property: counts sum to the number of IKU', () => {
    const keys = [...DEFAULT_CATEGORY_SCALE.bands.map((b) => b.key), null];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...keys), { maxLength: 150 }), (cats) => {
        const v = buildDistributionViewModel(
          cats.map((k, i) => r(`K${i}`, k, k ? {} : { missing: { capaian: 'no-data' } })),
        );
        const sum = v.kategori.reduce((n, k) => n + k.count, 0) + v.tanpaCapaian.count;
        expect(sum).toBe(cats.length);
        expect(v.total).toBe(cats.length);
      }),
    );
  });
});
