/** rollupRegions: the cases the mutation run found untested; sums worked out by hand from the rows written out. */
import { columnTable, MeasureSpecError, parentCode, rollupRegions } from '@satata/core';
import { describe, expect, it } from 'vitest';

const kel = ['33.74.01.1001', '33.74.01.1002'];

describe('rollupRegions', () => {
  it('without a period column: input rows, then the kecamatan (3 + 4 = 7); no periode column', () => {
    const t = columnTable({ wilayah: kel, n: [3, 4] });
    const out = rollupRegions(t, parentCode, ['kecamatan']);
    expect(out.columnNames()).toEqual(['wilayah', 'n']);
    expect(out.objects()).toEqual([
      { wilayah: kel[0], n: 3 },
      { wilayah: kel[1], n: 4 },
      { wilayah: '33.74.01', n: 7 },
    ]);
  });

  it('sums only the measures asked for, and says how many children reported of how many expected', () => {
    const t = columnTable({ wilayah: kel, periode: [2025, 2025], n: [3, 4], d: [10, 20] });
    const out = rollupRegions(t, parentCode, ['kecamatan'], { measures: ['d'], cakupan: true });
    expect(out.columnNames()).toEqual(['wilayah', 'periode', 'd', 'dilaporkan', 'diharapkan']);
    expect(out.objects()).toEqual([
      { wilayah: kel[0], periode: 2025, d: 10, dilaporkan: null, diharapkan: null },
      { wilayah: kel[1], periode: 2025, d: 20, dilaporkan: null, diharapkan: null },
      { wilayah: '33.74.01', periode: 2025, d: 30, dilaporkan: 2, diharapkan: 2 },
    ]);
  });

  it('a row without a region code is kept as it is and rolled up nowhere', () => {
    const t = columnTable({ wilayah: [kel[0], null], n: [3, 5] });
    expect(rollupRegions(t, parentCode, ['kecamatan']).objects()).toEqual([
      { wilayah: kel[0], n: 3 },
      { wilayah: null, n: 5 },
      { wilayah: '33.74.01', n: 3 },
    ]);
  });

  it('a filtered or ordered view is read as it shows its rows', () => {
    const t = columnTable({ wilayah: [...kel, '33.74.02.1001'], n: [3, 4, 9] });
    const filtered = t.filter((d: { n: number }) => d.n < 9);
    expect(rollupRegions(filtered, parentCode, ['kecamatan']).objects()).toEqual([
      { wilayah: kel[0], n: 3 },
      { wilayah: kel[1], n: 4 },
      { wilayah: '33.74.01', n: 7 },
    ]);
    const ordered = t.orderby((d: { n: number }) => -d.n);
    expect(
      (rollupRegions(ordered, parentCode, ['kota']).objects() as { wilayah: string }[]).map((r) => r.wilayah),
    ).toEqual(['33.74.02.1001', kel[1], kel[0], '33.74']);
  });

  it('refuses a table without a region column, or a measure asked for that it lacks', () => {
    expect(() => rollupRegions(columnTable({ kode: kel, n: [1, 2] }), parentCode, ['kota'])).toThrow(
      new MeasureSpecError('kolom "wilayah" tidak ada di tabel'),
    );
    expect(() =>
      rollupRegions(columnTable({ wilayah: kel, n: [1, 2] }), parentCode, ['kota'], { measures: ['m'] }),
    ).toThrow(new MeasureSpecError('kolom ukuran "m" tidak ada di tabel'));
  });
});
