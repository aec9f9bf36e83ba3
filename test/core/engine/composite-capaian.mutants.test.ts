/**
 * A composite over capaian without a target of its own: its capaian is the combined capaian, published (rounded)
 * like any capaian, with its category and flags. Every row is computed inside its test (so Stryker's per-test
 * coverage sees it); expected values are worked out by hand in the comments.
 */
import {
  type CategoryScale,
  computeResults,
  type IndicatorInput,
  type IndicatorResult,
  type Observation,
  parseCatalog,
  type Region,
} from '@satata/core';
import { describe, expect, it } from 'vitest';
import { base } from './fixtures.ts';

const regions: Region[] = [{ kode: '33.74', nama: 'Kota', level: 'kota' }];
const catalogOf = (komposit: Partial<IndicatorInput>) =>
  parseCatalog({
    id: 'uji',
    nama: { id: 'uji' },
    wilayah: '33.74',
    rpjmd: { mulai: 2021, akhir: 2026 },
    indikator: [
      base('A', { target: { '2024': 100, '2025': 100 } }),
      base('B', { target: { '2024': 100, '2025': 100 } }),
      base('K', {
        satuan: 'indeks',
        komposit: { metode: 'mean', basis: 'capaian', komponen: [{ kode: 'A' }, { kode: 'B' }] },
        ...komposit,
      }),
    ],
  });
const obs = (indikator: string, periode: string, nilai: number, extra: Partial<Observation> = {}) => ({
  indikator,
  wilayah: '33.74',
  periode,
  nilai,
  ...extra,
});
const rowOf = (rows: readonly IndicatorResult[], indikator: string, periode: string) => {
  const r = rows.find((x) => x.indikator === indikator && x.periode === periode);
  if (!r) throw new Error(`no row ${indikator} ${periode}`);
  return r;
};
const flags = (over: Partial<IndicatorResult['flags']> = {}) => ({
  capaianNegatif: false,
  kecilDenominator: false,
  ditekan: false,
  ilustratif: false,
  seriBerubah: false,
  sebagian: false,
  realisasiIlustratif: false,
  kosongNol: false,
  ...over,
});

describe('compositeCapaian: the combined capaian is the capaian of a composite without a target', () => {
  it('published like any capaian: (90,11 + 90,12) / 2 = 90,115 → 90,12, category Tinggi (≥ 76, < 91)', () => {
    const observations = [obs('A', '2025', 90.11), obs('B', '2025', 90.12)];
    const { rows } = computeResults({ catalog: catalogOf({}), observations, regions });
    const k = rowOf(rows, 'K', '2025');
    expect(k.realisasi).toBeCloseTo(90.115, 10);
    expect(k.target).toBeNull();
    expect(k.capaian).toBe(90.12);
    expect(k.kategori).toBe('tinggi');
    expect(k.missing.capaian).toBeUndefined();
    expect(k.missing.target).toBe('no-target');
    expect(k.flags).toEqual(flags());
  });

  it('a negative combined capaian is flagged, and illustrative components make it illustrative', () => {
    // A: −30 of 100 → −30; B: 10 of 100 → 10; mean −10.
    const observations = [obs('A', '2025', -30, { ilustratif: true }), obs('B', '2025', 10)];
    const { rows } = computeResults({ catalog: catalogOf({}), observations, regions });
    const k = rowOf(rows, 'K', '2025');
    expect(k.capaian).toBe(-10);
    expect(k.kategori).toBe('sangat-rendah');
    expect(k.flags).toEqual(flags({ capaianNegatif: true, ilustratif: true, realisasiIlustratif: true }));
    // 0 is not negative.
    const zero = computeResults({
      catalog: catalogOf({}),
      observations: [obs('A', '2025', -10), obs('B', '2025', 10)],
      regions,
    });
    expect(rowOf(zero.rows, 'K', '2025')).toMatchObject({ capaian: 0, flags: flags() });
  });

  it('rows with a target of their own, or without a value, are left as computed', () => {
    const observations = [obs('A', '2024', 90), obs('B', '2024', 80), obs('A', '2025', 90)];
    const { rows } = computeResults({
      catalog: catalogOf({ target: { '2024': 50 } }),
      observations,
      regions,
    });
    // 2024: combined capaian 85 against the composite's own target 50 → 170.
    expect(rowOf(rows, 'K', '2024')).toMatchObject({ realisasi: 85, target: 50, capaian: 170 });
    // 2025: B has no value, so neither has the composite, nor a capaian.
    const k25 = rowOf(rows, 'K', '2025');
    expect(k25).toMatchObject({ realisasi: null, capaian: null, kategori: null });
    expect(k25.missing.capaian).toBe('composite-incomplete');
  });

  it('a composite over realisasi is not one over capaian: without a target it has no capaian', () => {
    const observations = [obs('A', '2025', 90), obs('B', '2025', 80)];
    const catalog = catalogOf({
      komposit: { metode: 'mean', basis: 'realisasi', komponen: [{ kode: 'A' }, { kode: 'B' }] },
    });
    const k = rowOf(computeResults({ catalog, observations, regions }).rows, 'K', '2025');
    expect(k).toMatchObject({ realisasi: 85, capaian: null, kategori: null });
    expect(k.missing.capaian).toBeDefined();
  });

  it('a capaian below every band of a scale without an open bottom band has no category', () => {
    const scale: CategoryScale = {
      id: 'tinggi-saja',
      nama: { id: 'Tinggi saja' },
      bands: [{ key: 'ya', label: { id: 'Tercapai' }, min: 100 }],
    };
    const observations = [obs('A', '2025', 90), obs('B', '2025', 80)];
    const { rows } = computeResults(
      { catalog: catalogOf({}), observations, regions },
      { categoryScale: scale },
    );
    expect(rowOf(rows, 'K', '2025')).toMatchObject({ capaian: 85, kategori: null });
  });
});

describe('composites built on capaian and on other composites', () => {
  it('the capaian of the components, not their values, are combined (90 of 100 → 90, 90 of 50 → 180: 135)', () => {
    const catalog = parseCatalog({
      id: 'uji',
      nama: { id: 'uji' },
      wilayah: '33.74',
      rpjmd: { mulai: 2021, akhir: 2026 },
      indikator: [
        base('A', { target: { '2025': 100 } }),
        base('B', { target: { '2025': 50 } }),
        base('K', {
          satuan: 'indeks',
          komposit: { metode: 'mean', basis: 'capaian', komponen: [{ kode: 'A' }, { kode: 'B' }] },
        }),
      ],
    });
    const { rows } = computeResults({
      catalog,
      observations: [obs('A', '2025', 90), obs('B', '2025', 90)],
      regions,
    });
    expect(rowOf(rows, 'K', '2025')).toMatchObject({ realisasi: 135, capaian: 135 });
  });

  it('a composite listed before the composite it is made of still gets its value ((10 + 20) / 2 = 15, then (15 + 30) / 2)', () => {
    const catalog = parseCatalog({
      id: 'uji',
      nama: { id: 'uji' },
      wilayah: '33.74',
      rpjmd: { mulai: 2021, akhir: 2026 },
      indikator: [
        base('K2', {
          satuan: 'indeks',
          komposit: { metode: 'mean', basis: 'realisasi', komponen: [{ kode: 'K1' }, { kode: 'C' }] },
        }),
        base('K1', {
          satuan: 'indeks',
          komposit: { metode: 'mean', basis: 'realisasi', komponen: [{ kode: 'A' }, { kode: 'B' }] },
        }),
        base('A', {}),
        base('B', {}),
        base('C', {}),
      ],
    });
    const { rows } = computeResults({
      catalog,
      observations: [obs('A', '2025', 10), obs('B', '2025', 20), obs('C', '2025', 30)],
      regions,
    });
    expect(rowOf(rows, 'K1', '2025').realisasi).toBe(15);
    expect(rowOf(rows, 'K2', '2025').realisasi).toBe(22.5);
  });
});
