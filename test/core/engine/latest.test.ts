/** Questions every view asks of result rows, answered once (issue 10 §8). */
import { isSuppressed, latestWithData, sumTargets } from '@satata/core';
import { describe, expect, it } from 'vitest';

const row = (periode: string, realisasi: number | null) => ({ periode, realisasi });

describe('latestWithData', () => {
  it('the latest period with a realisation, a sub-period before its year, optionally of one kind', () => {
    const rows = [row('2026', null), row('2025-Q4', 3), row('2025', 12), row('2024', 10), row('2026-Q1', 4)];
    expect(latestWithData(rows)).toEqual(row('2026-Q1', 4));
    expect(latestWithData(rows, 'year')).toEqual(row('2025', 12));
    expect(latestWithData(rows, 'quarter')).toEqual(row('2026-Q1', 4));
    expect(latestWithData([row('2025', 1), row('2025-Q4', 2)])).toEqual(row('2025', 1));
    expect(latestWithData([row('2025', null)])).toBeUndefined();
    expect(latestWithData(rows, 'month')).toBeUndefined();
  });

  it('orders periods chronologically, not as text ("2025-10" after "2025-09", a year after its triwulan)', () => {
    expect(latestWithData([row('2025-10', 1), row('2025-09', 2)])?.periode).toBe('2025-10');
    expect(latestWithData([row('2025', 1), row('2025-S2', 2)])?.periode).toBe('2025');
  });

  it('among rows of the same period, the first given wins', () => {
    const first = row('2025', 1);
    const second = row('2025', 2);
    expect(latestWithData([first, second])).toBe(first);
    expect(latestWithData([second, first])).toBe(second);
    expect(latestWithData([row('2024', 9), first, second])).toBe(first);
  });
});

describe('isSuppressed', () => {
  it('a row is suppressed by its flag or by its reason', () => {
    expect(isSuppressed({ flags: { ditekan: true }, missing: {} })).toBe(true);
    expect(isSuppressed({ flags: { ditekan: false }, missing: { realisasi: 'suppressed' } })).toBe(true);
    expect(isSuppressed({ flags: { ditekan: false }, missing: { realisasi: 'no-data' } })).toBe(false);
  });
});

describe('sumTargets: one sum of targets for quarters to date and the cumulative end target', () => {
  it('adds numbers; a range adds bound by bound', () => {
    expect(sumTargets([100, 200])).toBe(300);
    expect(sumTargets([100, { min: 10, max: 20 }])).toEqual({ min: 110, max: 120 });
    expect(sumTargets([])).toBeNull();
  });
});
