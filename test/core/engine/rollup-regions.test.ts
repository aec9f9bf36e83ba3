import { columnTable, MeasureSpecError, parentCode, rollupRegions } from '@satata/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

describe('rollupRegions', () => {
  it('sums kelurahan to kecamatan and kota (hand-added)', () => {
    const t = columnTable({
      wilayah: ['33.74.01.1001', '33.74.01.1002', '33.74.02.1001', '33.74.01.1001'],
      periode: [2024, 2024, 2024, 2025],
      miskin: [10, 20, 5, 7],
      penduduk: [100, 300, 50, 90],
    });
    const out = rollupRegions(t, parentCode, ['kecamatan', 'kota']).objects() as Record<string, unknown>[];
    expect(out.slice(0, 4)).toEqual(t.objects());
    const up = Object.fromEntries(
      out.slice(4).map((r) => [`${r.wilayah}|${r.periode}`, [r.miskin, r.penduduk]]),
    );
    // 33.74.01 in 2024: 10 + 20 = 30 of 100 + 300 = 400; 33.74.02: 5 of 50; kota 2024: 35 of 450. In 2025 only
    // 1001 reported, of the two kelurahan 33.74.01 has (three the kota has): no partial sums.
    expect(up).toEqual({
      '33.74.01|2024': [30, 400],
      '33.74.02|2024': [5, 50],
      '33.74|2024': [35, 450],
      '33.74.01|2025': [null, null],
      '33.74|2025': [null, null],
    });
    // With partial coverage allowed, the reported children are summed, and the coverage columns say how many.
    const partial = rollupRegions(t, parentCode, ['kecamatan', 'kota'], {
      includeInput: false,
      cakupanSebagian: true,
      cakupan: true,
    }).objects() as Record<string, unknown>[];
    expect(partial.find((r) => r.wilayah === '33.74' && r.periode === 2025)).toEqual({
      wilayah: '33.74',
      periode: 2025,
      miskin: 7,
      penduduk: 90,
      dilaporkan: 1,
      diharapkan: 3,
    });
  });

  it("expects the region pack's children when given: a kelurahan absent from every period still counts", () => {
    const t = columnTable({ wilayah: ['33.74.01.1001'], periode: [2024], n: [4] });
    const regions = [
      { kode: '33.74', nama: 'Kota', level: 'kota' as const },
      { kode: '33.74.01', nama: 'Kec', level: 'kecamatan' as const, induk: '33.74' },
      { kode: '33.74.01.1001', nama: 'A', level: 'kelurahan' as const, induk: '33.74.01' },
      { kode: '33.74.01.1002', nama: 'B', level: 'kelurahan' as const, induk: '33.74.01' },
    ];
    expect(rollupRegions(t, parentCode, ['kecamatan'], { includeInput: false }).objects()).toEqual([
      { wilayah: '33.74.01', periode: 2024, n: 4 },
    ]);
    expect(rollupRegions(t, parentCode, ['kecamatan'], { includeInput: false, regions }).objects()).toEqual([
      { wilayah: '33.74.01', periode: 2024, n: null },
    ]);
  });

  it('makes a parent null when a child value is null (no partial sums)', () => {
    const t = columnTable({ wilayah: ['33.74.01.1001', '33.74.01.1002'], n: [3, null] });
    const out = rollupRegions(t, parentCode, ['kecamatan'], { includeInput: false }).objects();
    expect(out).toEqual([{ wilayah: '33.74.01', n: null }]);
  });

  it('rejects a non-numeric measure column with a typed error naming the row', () => {
    const t = columnTable({ wilayah: ['33.74.01.1001'], n: ['12'] });
    expect(() => rollupRegions(t, parentCode, ['kota'])).toThrow(MeasureSpecError);
    expect(() => rollupRegions(t, parentCode, ['kota'])).toThrow(/baris 0/);
  });

  it('kota total equals the sum over kelurahan, whatever the row order (property)', () => {
    const kel = fc.constantFrom('33.74.01.1001', '33.74.01.1002', '33.74.02.1001', '33.74.16.1003');
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.record({ w: kel, v: fc.integer({ min: 0, max: 1000 }) }), {
          selector: (r) => r.w,
          minLength: 1,
        }),
        (rows) => {
          const t = columnTable({ wilayah: rows.map((r) => r.w), v: rows.map((r) => r.v) });
          const kota = rollupRegions(t.orderby('v'), parentCode, ['kota'], { includeInput: false }).objects();
          expect(kota).toEqual([{ wilayah: '33.74', v: rows.reduce((s, r) => s + r.v, 0) }]);
        },
      ),
    );
  });
});
