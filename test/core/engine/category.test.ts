import { BAIK_KURANG_CATEGORY_SCALE, bandRank, categorize, DEFAULT_CATEGORY_SCALE } from '@satata/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

describe('categorize', () => {
  it('uses half-open bands on the unrounded capaian (Permendagri 86/2017: ≥ 91, ≥ 76, ≥ 66, ≥ 51)', () => {
    const key = (c: number) => categorize(c)?.key;
    expect(key(91)).toBe('sangat-tinggi');
    expect(key(90.999)).toBe('tinggi'); // prints as 91,00 but is below 91
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
