import {
  EngineArgumentError,
  normalizePeriod,
  parsePeriod,
  proRataShare,
  quarterToDate,
  type SubPeriodValue,
} from '@satata/core';
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

describe('quarterToDate and proRataShare — edges a plausible one-line change would move', () => {
  it('a month that ends no triwulan is the elapsed fraction of the year: February 2/12, April 4/12', () => {
    expect(proRataShare(parsePeriod('2025-02'))).toBeCloseTo(2 / 12, 12);
    expect(proRataShare(parsePeriod('2025-04'))).toBeCloseTo(4 / 12, 12);
    // March ends triwulan I: its pro-rata share.
    expect(proRataShare(parsePeriod('2025-03'), [10, 40, 70, 100])).toBeCloseTo(0.1, 12);
  });

  it('values of other years are ignored (triwulan I–II 2025: 10 + 20, not 2024’s triwulan I)', () => {
    const r = quarterToDate(
      parsePeriod('2025-Q2'),
      'sum',
      [v('2024-Q1', 100), v('2025-Q1', 10), v('2025-Q2', 20)],
      {},
      null,
    );
    expect(r.realisasi.nilai).toBe(30);
    expect(r.realisasi.sumberPeriode).toEqual(['2025-Q1', '2025-Q2']);
  });

  it('every sub-period to date is due: without triwulan II the sum to triwulan II is missing, not triwulan I alone', () => {
    const r = quarterToDate(parsePeriod('2025-Q2'), 'sum', [v('2025-Q1', 10)], {}, 400);
    expect(r.realisasi.nilai).toBeNull();
    expect(r.realisasi.reason).toBe('sub-period-missing');
  });

  it('last without a target of its own or an annual one: no target and no basis', () => {
    const r = quarterToDate(parsePeriod('2025-Q2'), 'last', values, {}, null);
    expect(r.realisasi.nilai).toBe(110);
    expect(r.target).toBeNull();
    expect(r.targetBasis).toBeNull();
  });

  it('names the function and the argument it rejects', () => {
    const fields = (call: () => unknown) => {
      try {
        call();
      } catch (e) {
        if (!(e instanceof EngineArgumentError)) throw e;
        return { fn: e.fn, argument: e.argument };
      }
      return 'no error';
    };
    const q2 = parsePeriod('2025-Q2');
    const share = (argument: string) => ({ fn: 'proRataShare', argument });
    expect(fields(() => proRataShare(null as never))).toEqual(share('p'));
    expect(fields(() => proRataShare(5 as never))).toEqual(share('p'));
    expect(fields(() => proRataShare({ kind: 'quarter', year: 2025.5, index: 1 } as never))).toEqual(
      share('p.year'),
    );
    expect(fields(() => proRataShare(q2, [25, 50, 75]))).toEqual(share('proRata'));
    expect(fields(() => proRataShare(q2, [25, Number.NaN, 75, 100]))).toEqual(share('proRata.1'));
    expect(fields(() => proRataShare(q2, [25, 50, 75, Number.NaN]))).toEqual(share('proRata.3'));
    const toDate = (argument: string) => ({ fn: 'quarterToDate', argument });
    expect(fields(() => quarterToDate(q2, 'total' as never, values, {}, null))).toEqual(toDate('agregasi'));
    expect(fields(() => quarterToDate(q2, 'sum', 'x' as never, {}, null))).toEqual(toDate('values'));
    expect(fields(() => quarterToDate(q2, 'sum', values, {}, Number.NaN))).toEqual(toDate('annualTarget'));
    expect(fields(() => quarterToDate(q2, 'sum', values, {}, null, { periodeKosong: 'x' as never }))).toEqual(
      toDate('options.periodeKosong'),
    );
  });
});
