import { normalizePeriod, parsePeriod, proRataShare, quarterToDate, type SubPeriodValue } from '@satata/core';
import { describe, expect, it } from 'vitest';

const v = (periode: string, nilai: number | null): SubPeriodValue => ({
  periode: normalizePeriod(periode),
  period: parsePeriod(periode),
  nilai,
});
const values = [v('2025-Q1', 90), v('2025-Q2', 110), v('2025-Q3', 100)];

describe('quarterToDate', () => {
  it('sum without quarterly targets: cumulative realisation against the pro-rata share (200 vs 50 % of 400)', () => {
    const r = quarterToDate(parsePeriod('2025-Q2'), 'sum', values, {}, 400);
    expect(r.realisasi.nilai).toBe(200);
    expect(r.realisasi.sumberPeriode).toEqual(['2025-Q1', '2025-Q2']);
    expect(r.target).toBe(200);
    expect(r.targetBasis).toBe('pro-rata');
  });

  it('pro-rata shares are configurable (Q2 at 40 % of 400 = 160)', () => {
    const r = quarterToDate(parsePeriod('2025-Q2'), 'sum', values, {}, 400, { proRata: [10, 40, 70, 100] });
    expect(r.target).toBe(160);
  });

  it('sum with quarterly targets: cumulative realisation against the summed quarterly targets (80 + 120)', () => {
    const r = quarterToDate(parsePeriod('2025-Q2'), 'sum', values, { '2025-Q1': 80, '2025-Q2': 120 }, 400);
    expect(r.target).toBe(200);
    expect(r.targetBasis).toBe('periode');
    // A gap in the quarterly targets falls back to pro-rata: 75 % of 400 = 300.
    const q3 = quarterToDate(parsePeriod('2025-Q3'), 'sum', values, { '2025-Q1': 80, '2025-Q2': 120 }, 400);
    expect(q3).toMatchObject({ target: 300, targetBasis: 'pro-rata' });
  });

  it('range targets scale bound by bound', () => {
    const r = quarterToDate(parsePeriod('2025-Q1'), 'sum', values, {}, { min: 400, max: 480 });
    expect(r.target).toEqual({ min: 100, max: 120 });
  });

  it('last: the latest value to date against the annual target — no pro-rata for a rate', () => {
    const rates = [v('2025-Q1', 4.5), v('2025-Q2', 4.3), v('2025-Q3', 4.1)];
    const r = quarterToDate(parsePeriod('2025-Q2'), 'last', rates, {}, 4.2);
    expect(r.realisasi.nilai).toBe(4.3);
    expect(r).toMatchObject({ target: 4.2, targetBasis: 'tahunan' });
    const own = quarterToDate(parsePeriod('2025-Q2'), 'last', rates, { '2025-Q2': 4.4 }, 4.2);
    expect(own).toMatchObject({ target: 4.4, targetBasis: 'periode' });
  });

  it('no annual target → no target', () => {
    expect(quarterToDate(parsePeriod('2025-Q2'), 'sum', values, {}, null)).toMatchObject({
      target: null,
      targetBasis: null,
    });
  });

  it('semesters and months use the elapsed fraction of the year', () => {
    expect(proRataShare(parsePeriod('2025-S1'))).toBe(0.5);
    expect(proRataShare(parsePeriod('2025-09'))).toBe(0.75);
    expect(proRataShare(parsePeriod('2025-Q3'))).toBe(0.75);
  });
});
