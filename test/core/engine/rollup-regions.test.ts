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
    // 33.74.01 in 2024: 10 + 20 = 30 of 100 + 300 = 400; 33.74.02: 5 of 50; kota 2024: 35 of 450; 2025: 7 of 90.
    expect(up).toEqual({
      '33.74.01|2024': [30, 400],
      '33.74.02|2024': [5, 50],
      '33.74|2024': [35, 450],
      '33.74.01|2025': [7, 90],
      '33.74|2025': [7, 90],
    });
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
