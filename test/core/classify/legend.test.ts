/**
 * legendItems() and methodLabel(). Label shapes are the ones documented in packages/core/src/classify/legend.ts;
 * the bounds come from classifications whose arithmetic is checked in classify.test.ts.
 */
import { classify, formatNumber, legendDecimals, legendItems, methodLabel } from '@satata/core';
import { describe, expect, it } from 'vitest';

const policy = classify([2, 5, 7.5, 9.2, 4, null, Number.NaN], { method: 'manual', breaks: [4, 5, 6, 8] });

describe('legendItems', () => {
  it('labels half-open classes "lo – < hi" and the closed last class "lo – hi", with counts and no data', () => {
    const items = legendItems(policy, { openEnds: false });
    expect(items.map((i) => i.label)).toEqual([
      '2,0 – < 4,0',
      '4,0 – < 5,0',
      '5,0 – < 6,0',
      '6,0 – < 8,0',
      '8,0 – 9,2',
      'Tidak ada data',
    ]);
    expect(items.map((i) => i.count)).toEqual([1, 1, 1, 1, 1, 2]);
    expect(items.at(-1)).toEqual({ index: null, label: 'Tidak ada data', count: 2 });
    expect(items[0]).toMatchObject({ index: 0, lo: 2, hi: 4 });
  });

  it('opens the end classes of manual thresholds by default', () => {
    expect(legendItems(policy).map((i) => i.label)).toEqual([
      '< 4,0',
      '4,0 – < 5,0',
      '5,0 – < 6,0',
      '6,0 – < 8,0',
      '≥ 8,0',
      'Tidak ada data',
    ]);
  });

  it('speaks English on request', () => {
    expect(legendItems(policy, { locale: 'en', openEnds: false }).map((i) => i.label)).toEqual([
      '2.0 – < 4.0',
      '4.0 – < 5.0',
      '5.0 – < 6.0',
      '6.0 – < 8.0',
      '8.0 – 9.2',
      'No data',
    ]);
  });

  it('prints integer bounds without decimals and uses a custom formatter when given', () => {
    const c = classify([0, 1, 4, 5, 9, 10], { method: 'equal-interval', k: 5 });
    expect(legendItems(c, { includeNoData: false }).map((i) => i.label)).toEqual([
      '0 – < 2',
      '2 – < 4',
      '4 – < 6',
      '6 – < 8',
      '8 – 10',
    ]);
    const pct = legendItems(c, { format: (n) => `${formatNumber(n)}%`, includeNoData: false });
    expect(pct[4]!.label).toBe('8% – 10%');
  });

  it('labels the one-value top class of natural breaks by its value', () => {
    // clusters {5,5} {7} {9,9} (classify.test.ts): bounds 5, 7, 9, 9
    const c = classify([5, 5, 7, 9, 9], { method: 'natural-breaks', k: 5 });
    expect(legendItems(c, { includeNoData: false }).map((i) => `${i.label} (${i.count})`)).toEqual([
      '5 – < 7 (2)',
      '7 – < 9 (1)',
      '9 (2)',
    ]);
  });

  it('labels a single-value class by its value and a no-data classification by its no-data row only', () => {
    expect(legendItems(classify([3, 3], { method: 'quantile' })).map((i) => i.label)).toEqual([
      '3',
      'Tidak ada data',
    ]);
    expect(legendItems(classify([null, null], { method: 'quantile' }))).toEqual([
      { index: null, label: 'Tidak ada data', count: 2 },
    ]);
  });
});

describe('legendDecimals', () => {
  it('uses the fewest decimals that print every bound exactly, else keeps bounds distinct', () => {
    expect(legendDecimals([1, 2, 3])).toBe(0);
    expect(legendDecimals([2, 4, 9.2])).toBe(1);
    expect(legendDecimals([0.25, 1])).toBe(2);
    expect(legendDecimals([1, 4 / 3, 5 / 3, 2])).toBe(2); // 1,00 1,33 1,67 2,00
    expect(legendDecimals([1, 1.0001, 1.0002])).toBe(4);
  });
});

describe('methodLabel', () => {
  it('names each method in Bahasa Indonesia and English', () => {
    expect(methodLabel('quantile')).toBe('Kuantil');
    expect(methodLabel('equal-interval')).toBe('Interval sama');
    expect(methodLabel('natural-breaks')).toBe('Natural breaks (Jenks/ckmeans)');
    expect(methodLabel('manual')).toBe('Manual');
    expect(methodLabel('quantile', 'en')).toBe('Quantile');
    expect(methodLabel('equal-interval', 'en')).toBe('Equal interval');
  });
});
