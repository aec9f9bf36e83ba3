import { freshUntil, isStale } from '@satata/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

describe('freshUntil / isStale', () => {
  // By hand: a period's data stays fresh until the next period is due = end of the last period + one interval
  // + the publication lag (bulanan 1, triwulanan 2, semesteran 3, tahunan 6 months), to the end of that month.
  it.each([
    ['triwulanan', '2025-Q2', '2025-11-30'], // Q2 ends Jun; Q3 ends Sep; + 2 → Nov
    ['triwulanan', '2025-Q4', '2026-05-31'], // Q4 ends Dec; Q1 2026 ends Mar; + 2 → May 2026
    ['tahunan', '2024', '2026-06-30'], // 2025 ends Dec 2025; + 6 → Jun 2026
    ['bulanan', '2025-01', '2025-03-31'], // Feb ends; + 1 → Mar
    ['semesteran', '2025-S2', '2026-09-30'], // S1 2026 ends Jun 2026; + 3 → Sep
    ['tahunan', '2025-Q2', '2026-12-31'], // an annual indicator whose data runs to Q2 2025: Jun 2025 + 12 + 6
    ['bulanan', '2024-01', '2024-03-31'], // leap year does not matter for month ends here
    ['bulanan', '2023-12', '2024-02-29'], // Jan ends; + 1 → Feb 2024 (leap)
  ] as const)('%s %s is fresh until %s', (freq, last, until) => {
    expect(freshUntil(freq, last)).toBe(until);
  });

  it('turns stale the day after freshUntil, as a calendar date in Asia/Jakarta', () => {
    expect(isStale('triwulanan', '2025-Q2', '2025-11-30')).toBe(false);
    expect(isStale('triwulanan', '2025-Q2', '2025-12-01')).toBe(true);
    // 30 Nov 2025 17:30 UTC is already 1 Dec 00:30 in Jakarta (UTC+7)
    expect(isStale('triwulanan', '2025-Q2', new Date('2025-11-30T17:30:00Z'))).toBe(true);
    expect(isStale('triwulanan', '2025-Q2', new Date('2025-11-30T16:30:00Z'))).toBe(false);
  });

  it('takes the lag as an option', () => {
    expect(freshUntil('tahunan', '2024', { lagMonths: 0 })).toBe('2025-12-31');
    expect(isStale('tahunan', '2024', '2026-01-01', { lagMonths: 0 })).toBe(true);
    expect(() => freshUntil('tahunan', '2024', { lagMonths: -1 })).toThrow(/lagMonths/);
  });

  it('rejects a bad date or period with a clear error', () => {
    expect(() => isStale('tahunan', '2024', 'kemarin')).toThrow(/Tanggal tidak valid/);
    expect(() => isStale('tahunan', 'tahun lalu', '2025-01-01')).toThrow(/Periode tidak dikenali/);
  });

  it('property: once stale, stays stale later; never stale on the last day of the period itself', () => {
    const period = fc.oneof(
      fc.integer({ min: 2000, max: 2100 }).map(String),
      fc
        .tuple(fc.integer({ min: 2000, max: 2100 }), fc.integer({ min: 1, max: 4 }))
        .map(([y, q]) => `${y}-Q${q}`),
    );
    const freq = fc.constantFrom('bulanan', 'triwulanan', 'semesteran', 'tahunan' as const);
    const day = fc.integer({ min: Date.UTC(1999, 0, 1), max: Date.UTC(2110, 0, 1) });
    fc.assert(
      fc.property(freq, period, day, fc.integer({ min: 0, max: 400 }), (f, p, t, plusDays) => {
        const a = new Date(t);
        const b = new Date(t + plusDays * 86_400_000);
        if (isStale(f, p, a)) expect(isStale(f, p, b)).toBe(true);
      }),
    );
    fc.assert(
      fc.property(freq, fc.integer({ min: 2000, max: 2100 }), (f, y) => {
        expect(isStale(f, String(y), `${y}-12-31`)).toBe(false);
      }),
    );
  });
});
