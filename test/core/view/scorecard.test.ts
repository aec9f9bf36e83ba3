/**
 * The scorecard view model (issue 10 §9: `scorecardRows` and its own band ranking moved out of React): one card
 * per IKU over the engine's results, the catalog's own category scale and capaian decimals (issue 10 §8), each IKU's
 * latest year with data, and one rule for filtering, sorting (published capaian; category by `bandRank`) and
 * grouping. Hand-checked capaian: positive R / T × 100.
 */
import {
  BAIK_KURANG_CATEGORY_SCALE,
  buildScorecardViewModel,
  Catalog,
  type CatalogInput,
  computeResults,
  type IndicatorInput,
  NO_CAPAIAN_KEY,
  type Observation,
  scorecardGroups,
} from '@satata/core';
import { describe, expect, it } from 'vitest';

const iku = (kode: string, nama: string, over: Partial<IndicatorInput> = {}): IndicatorInput => ({
  kode,
  nama: { id: nama, en: `${nama} (en)` },
  definisi: { id: nama },
  satuan: 'indeks',
  polaritas: 'positif',
  agregasi: 'last',
  frekuensi: 'tahunan',
  levelEstimasi: ['kota'],
  produsenData: 'OPD-A',
  sumberData: 'uji',
  target: { '2024': 100, '2025': 100 },
  ...over,
});

const catalog = Catalog.parse({
  id: 'uji',
  nama: { id: 'Uji' },
  wilayah: '33.74',
  rpjmd: { mulai: 2021, akhir: 2026 },
  opd: [
    { kode: 'OPD-A', nama: 'Dinas A' },
    { kode: 'OPD-B', nama: 'Badan B' },
  ],
  urusan: [{ kode: 'U1', nama: { id: 'Pendidikan', en: 'Education' } }],
  kategori: BAIK_KURANG_CATEGORY_SCALE,
  desimalCapaian: 3,
  indikator: [
    iku('A', 'Alfa', { urusan: 'U1' }),
    iku('B', 'Beta', { produsenData: 'OPD-B' }),
    iku('C', 'Gama'),
    iku('D', 'Delta'),
  ],
} satisfies CatalogInput);

const obs = (indikator: string, periode: string, nilai: number | null): Observation => ({
  indikator,
  wilayah: '33.74',
  periode,
  nilai,
});
// A 2024: 92.1234 → capaian 92,123 (3 decimals: the catalog's) → Sangat Baik. B 2024: 70 → Cukup. C 2024: 80 → Baik,
// and 2025 left empty: C shows 2024, its latest year with data. D: no data at all.
const { rows } = computeResults({
  catalog,
  observations: [
    obs('A', '2024', 92.1234),
    obs('B', '2024', 70),
    obs('C', '2024', 80),
    obs('C', '2025', null),
  ],
});
const vm = buildScorecardViewModel(catalog, rows, { asOf: '2025-06-30' });

describe('buildScorecardViewModel', () => {
  it('has one row per IKU in catalog order, and shows each IKU’s latest year with data', () => {
    expect(vm.rows.map((r) => [r.model.indikator, r.model.periode])).toEqual([
      ['A', '2024'],
      ['B', '2024'],
      ['C', '2024'],
      ['D', '2026'],
    ]);
    // D has no data: its card shows the last year the engine filled in (the RPJMD's end), as n/a.
    expect(vm.rows[3]!.result?.realisasi ?? null).toBeNull();
    expect(vm.rows[3]!.model.nilai.teks.id).toBe('n/a (tidak ada data)');
  });

  it('uses the catalog’s own category scale and capaian decimals', () => {
    expect(vm.skala.id).toBe('baik-kurang');
    expect(vm.rows.map((r) => r.model.kategoriLabel?.id ?? null)).toEqual([
      'Sangat Baik',
      'Cukup',
      'Baik',
      null,
    ]);
    expect(vm.rows[0]!.model.capaianTeks.id).toBe('92,123%');
    expect(vm.kategori.map((k) => [k.key, k.count])).toEqual([
      ['sangat-baik', 1],
      ['baik', 1],
      ['cukup', 1],
      ['kurang', 0],
      ['sangat-kurang', 0],
      [NO_CAPAIAN_KEY, 1],
    ]);
    expect(vm.kategori.map((k) => k.tone)).toEqual([0, 1, 2, 3, 4, null]);
  });
});

describe('scorecardGroups', () => {
  const order = (q: Partial<Parameters<typeof scorecardGroups>[1]>) =>
    scorecardGroups(vm, { groupBy: 'opd', sort: { key: 'nama', dir: 'asc' }, locale: 'id', ...q }).map(
      (g) => [g.nama, g.rows.map((r) => r.model.indikator)],
    );

  it('groups by OPD by name, IKU by name within', () => {
    expect(order({})).toEqual([
      ['Badan B', ['B']],
      ['Dinas A', ['A', 'D', 'C']],
    ]);
  });

  it('sorts by the published capaian and by category rank, missing last in both directions', () => {
    // Sasaran: no IKU has one, so all four are in one group and its order shows the sort.
    const by = (key: 'capaian' | 'kategori', dir: 'asc' | 'desc') =>
      scorecardGroups(vm, { groupBy: 'sasaran', sort: { key, dir }, locale: 'id' }).flatMap((g) =>
        g.rows.map((r) => r.model.indikator),
      );
    // Capaian: B 70 < C 80 < A 92,123; D has none.
    expect(by('capaian', 'asc')).toEqual(['B', 'C', 'A', 'D']);
    expect(by('capaian', 'desc')).toEqual(['A', 'C', 'B', 'D']);
    // Category by its rank in the scale (bandRank): Sangat Baik, Baik, Cukup ascending; worst first descending.
    expect(by('kategori', 'asc')).toEqual(['A', 'C', 'B', 'D']);
    expect(by('kategori', 'desc')).toEqual(['B', 'C', 'A', 'D']);
  });

  it('filters by text and by category, the IKU without capaian included', () => {
    expect(order({ text: 'gam' })).toEqual([['Dinas A', ['C']]]);
    expect(order({ kategori: NO_CAPAIAN_KEY })).toEqual([['Dinas A', ['D']]]);
    expect(order({ kategori: 'cukup' })).toEqual([['Badan B', ['B']]]);
  });

  it('names groups in the reader’s language, the IKU without one last', () => {
    const en = scorecardGroups(vm, { groupBy: 'urusan', sort: { key: 'nama', dir: 'asc' }, locale: 'en' });
    expect(en.map((g) => g.nama)).toEqual(['Education', 'Ungrouped']);
  });
});
