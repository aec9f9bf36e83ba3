import {
  BAIK_KURANG_CATEGORY_SCALE,
  bandRank,
  capaianDecimals,
  categorize,
  DEFAULT_CATEGORY_SCALE,
  EngineArgumentError,
  resolveCategoryScale,
} from '@satata/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

describe('categorize', () => {
  it('uses half-open bands on the published capaian (Permendagri 86/2017: ≥ 91, ≥ 76, ≥ 66, ≥ 51)', () => {
    const key = (c: number) => categorize(c)?.key;
    expect(key(91)).toBe('sangat-tinggi');
    // Decided on the capaian as printed (2 decimals, half away from zero): 90,995 prints 91,00, 90,994 prints 90,99.
    expect(key(90.999)).toBe('sangat-tinggi');
    expect(key(90.99999999999999)).toBe('sangat-tinggi');
    expect(key(90.995)).toBe('sangat-tinggi');
    expect(key(90.994)).toBe('tinggi');
    expect(categorize(90.5, DEFAULT_CATEGORY_SCALE, 0)?.key).toBe('sangat-tinggi');
    expect(categorize(90.49, DEFAULT_CATEGORY_SCALE, 0)?.key).toBe('tinggi');
    expect(key(76)).toBe('tinggi');
    expect(key(75.99)).toBe('sedang');
    expect(key(66)).toBe('sedang');
    expect(key(51)).toBe('rendah');
    expect(key(50.99)).toBe('sangat-rendah');
    expect(key(-40)).toBe('sangat-rendah');
    expect(key(250)).toBe('sangat-tinggi');
  });

  it('takes labels from the scale', () => {
    expect(categorize(80, DEFAULT_CATEGORY_SCALE)?.label.id).toBe('Tinggi');
    expect(categorize(80, BAIK_KURANG_CATEGORY_SCALE)?.label.id).toBe('Baik');
    const twoBands = {
      id: 'dua',
      nama: { id: 'Dua pita' },
      bands: [
        { key: 'ya', label: { id: 'Tercapai' }, min: 100 },
        { key: 'tidak', label: { id: 'Belum' }, min: null },
      ],
    };
    expect(categorize(99.9, twoBands)?.key).toBe('tidak');
    expect(categorize(100, twoBands)?.key).toBe('ya');
  });

  it('has no category for a missing capaian', () => {
    expect(categorize(null)).toBeNull();
    expect(categorize(Number.NaN)).toBeNull();
  });

  it('checks its scale and decimals', () => {
    expect(() => categorize(80, { id: 'x', nama: { id: 'x' }, bands: [] })).toThrow(EngineArgumentError);
    expect(() => categorize(80, DEFAULT_CATEGORY_SCALE, 1.5)).toThrow(/decimals/);
  });
});

describe('resolveCategoryScale and capaianDecimals: one rule each (issue 10 §8)', () => {
  const catalog = { kategori: BAIK_KURANG_CATEGORY_SCALE, desimalCapaian: 1 };
  it("the explicit scale wins, then the catalog's own, then the default", () => {
    expect(resolveCategoryScale(DEFAULT_CATEGORY_SCALE, catalog)).toBe(DEFAULT_CATEGORY_SCALE);
    // A provider without an explicit scale must not override the catalog's (the bug: sources.catalog).
    expect(resolveCategoryScale(undefined, catalog)).toBe(BAIK_KURANG_CATEGORY_SCALE);
    expect(resolveCategoryScale(undefined, { kategori: undefined })).toBe(DEFAULT_CATEGORY_SCALE);
    expect(resolveCategoryScale(undefined, null)).toBe(DEFAULT_CATEGORY_SCALE);
  });
  it("the indicator's capaian decimals win, then the catalog's, then 2", () => {
    expect(capaianDecimals({ desimalCapaian: 0 }, catalog)).toBe(0);
    expect(capaianDecimals({}, catalog)).toBe(1);
    expect(capaianDecimals(undefined, undefined)).toBe(2);
  });

  it('never drops as the capaian rises (property)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -500, max: 500, noNaN: true }),
        fc.double({ min: -500, max: 500, noNaN: true }),
        (a, b) => {
          const [lo, hi] = a <= b ? [a, b] : [b, a];
          const rank = (c: number) => bandRank(DEFAULT_CATEGORY_SCALE, categorize(c)!.key);
          expect(rank(hi)).toBeLessThanOrEqual(rank(lo));
        },
      ),
    );
  });
});

describe('categorize and bandRank: the cases the mutation run found untested', () => {
  it('bandRank is the position in the scale, highest first; −1 for null or an unknown key', () => {
    expect(DEFAULT_CATEGORY_SCALE.bands.map((b) => bandRank(DEFAULT_CATEGORY_SCALE, b.key))).toEqual([
      0, 1, 2, 3, 4,
    ]);
    expect(bandRank(DEFAULT_CATEGORY_SCALE, 'tinggi')).toBe(1);
    expect(bandRank(DEFAULT_CATEGORY_SCALE, 'sangat-rendah')).toBe(4);
    expect(bandRank(DEFAULT_CATEGORY_SCALE, null)).toBe(-1);
    expect(bandRank(DEFAULT_CATEGORY_SCALE, 'baik')).toBe(-1);
  });

  it('a scale that is null or has no array of bands is refused in words, not a TypeError of its own', () => {
    expect(() => categorize(80, null as never)).toThrow(EngineArgumentError);
    expect(() => categorize(80, { id: 'x', nama: { id: 'x' }, bands: 'x' } as never)).toThrow(
      EngineArgumentError,
    );
    expect(() => categorize(80, { id: 'x', nama: { id: 'x' } } as never)).toThrow(EngineArgumentError);
  });

  it('no category for undefined or an infinite capaian; 0 has one', () => {
    expect(categorize(undefined)).toBeNull();
    expect(categorize(Number.POSITIVE_INFINITY)).toBeNull();
    expect(categorize(Number.NEGATIVE_INFINITY)).toBeNull();
    expect(categorize(0)?.key).toBe('sangat-rendah');
  });
});
