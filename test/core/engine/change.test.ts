import { changeDirection, computeChange } from '@satata/core';
import { describe, expect, it } from 'vitest';

describe('computeChange', () => {
  it('judges direction by polarity', () => {
    // IPM 82,1 → 82,6: +0,5 on a positive indicator is membaik; persen = 0,5 / 82,1 × 100 = 0,609 %.
    const ipm = computeChange(82.6, 82.1, '2024', 'positif');
    expect(ipm.perubahan?.arah).toBe('membaik');
    expect(ipm.perubahan?.selisih).toBeCloseTo(0.5, 10);
    expect(ipm.perubahan?.persen).toBeCloseTo(0.609013, 5);
    expect(ipm.perubahan?.periodeSebelumnya).toBe('2024');
    // Poverty 4,23 → 4,03 %: a fall on a negative indicator is membaik; a rise memburuk.
    expect(computeChange(4.03, 4.23, '2024', 'negatif').perubahan?.arah).toBe('membaik');
    expect(computeChange(4.43, 4.23, '2024', 'negatif').perubahan?.arah).toBe('memburuk');
    expect(computeChange(4.43, 4.23, '2024', 'netral').perubahan?.arah).toBeNull();
  });

  it('counts changes within the tolerance as tetap', () => {
    expect(changeDirection(0.04, 'positif', 0.05)).toBe('tetap');
    expect(changeDirection(0, 'negatif')).toBe('tetap');
    expect(changeDirection(-0.06, 'positif', 0.05)).toBe('memburuk');
  });

  it('has no percent against a previous 0, and says why a change is missing', () => {
    expect(computeChange(5, 0, '2024', 'positif').perubahan).toMatchObject({
      selisih: 5,
      persen: null,
      arah: 'membaik',
    });
    expect(computeChange(5, null, '2024', 'positif')).toEqual({ perubahan: null, reason: 'no-previous' });
    expect(computeChange(null, 4, '2024', 'positif', 0, 'suppressed')).toEqual({
      perubahan: null,
      reason: 'suppressed',
    });
  });
});
