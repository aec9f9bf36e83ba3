/**
 * formatCompact / formatRupiah. Units rb / jt / M / T are the Indonesian abbreviations of ribu, juta, miliar,
 * triliun (DESIGN.md §3); K / M / B / T the English ones. "Rp 25,6 T" is DESIGN.md §3's own example; the
 * sign-before-Rp order is how Intl (CLDR id) writes IDR: "-Rp 1.250.000".
 */
import { formatCompact, formatRupiah } from '@satata/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

const ID_SCALE: Record<string, number> = { rb: 1e3, jt: 1e6, M: 1e9, T: 1e12 };
const EN_SCALE: Record<string, number> = { K: 1e3, M: 1e6, B: 1e9, T: 1e12 };

/** Read a compact text back to a number (independent of the code under test). */
function parseCompact(s: string, locale: 'id' | 'en'): number {
  const m =
    locale === 'id'
      ? /^(-?[\d.]+(?:,\d+)?)(?: (rb|jt|M|T))?$/.exec(s)
      : /^(-?[\d,]+(?:\.\d+)?)(K|M|B|T)?$/.exec(s);
  expect(m, `unexpected compact text ${s}`).not.toBeNull();
  const digits = locale === 'id' ? m![1]!.replaceAll('.', '').replace(',', '.') : m![1]!.replaceAll(',', '');
  const scale = m![2] ? (locale === 'id' ? ID_SCALE : EN_SCALE)[m![2]]! : 1;
  return Number(digits) * scale;
}

describe('formatCompact', () => {
  it('uses rb / jt / M / T with one decimal at most (examples of the brief)', () => {
    expect(formatCompact(25_600_000_000_000)).toBe('25,6 T');
    expect(formatCompact(1_200_000)).toBe('1,2 jt');
    expect(formatCompact(12_300)).toBe('12,3 rb');
    expect(formatCompact(3_450_000_000)).toBe('3,5 M'); // 3,45 rounds half up
    expect(formatCompact(1_000_000)).toBe('1 jt');
  });

  it('uses K / M / B / T without a space in English (CLDR en, as Intl prints "25.6T")', () => {
    expect(formatCompact(25_600_000_000_000, { locale: 'en' })).toBe('25.6T');
    expect(formatCompact(1_200_000, { locale: 'en' })).toBe('1.2M');
    expect(formatCompact(3_450_000_000, { locale: 'en' })).toBe('3.5B');
    expect(formatCompact(12_300, { locale: 'en' })).toBe('12.3K');
  });

  it('moves up a unit when rounding reaches 1.000 of the smaller one', () => {
    expect(formatCompact(999_950)).toBe('1 jt'); // 999,95 rb → 1.000,0 rb → 1 jt
    expect(formatCompact(999_940)).toBe('999,9 rb');
    expect(formatCompact(999.96)).toBe('1 rb');
    expect(formatCompact(999_999_999_999)).toBe('1 T');
    expect(formatCompact(-999_950, { locale: 'en' })).toBe('-1M');
  });

  it('leaves values below 1.000 without a unit, and keeps growing past the largest unit', () => {
    expect(formatCompact(999)).toBe('999');
    expect(formatCompact(12.34)).toBe('12,3');
    expect(formatCompact(0)).toBe('0');
    expect(formatCompact(1e15)).toBe('1.000 T');
    expect(formatCompact(1.5e18, { locale: 'en' })).toBe('1,500,000T');
  });

  it('keeps the sign of negatives and drops it when the value rounds to zero', () => {
    expect(formatCompact(-1_250_000)).toBe('-1,3 jt');
    expect(formatCompact(-12_300)).toBe('-12,3 rb');
    expect(formatCompact(-0)).toBe('0');
    expect(formatCompact(-0.01)).toBe('0');
    expect(formatCompact(1e-9)).toBe('0');
  });

  it('honours decimals, minDecimals and nbsp', () => {
    expect(formatCompact(1_234_567, { decimals: 2 })).toBe('1,23 jt');
    expect(formatCompact(1_000_000, { minDecimals: 1 })).toBe('1,0 jt');
    expect(formatCompact(1_200_000, { nbsp: true })).toBe('1,2\u00a0jt');
    expect(formatCompact(Number.NaN)).toBe('n/a');
    expect(formatCompact(Number.POSITIVE_INFINITY)).toBe('n/a');
  });

  it('property: keeps the sign, stays within half a step of the value, and keeps magnitude order', () => {
    const value = fc.double({ min: -1e15, max: 1e15, noNaN: true });
    fc.assert(
      fc.property(value, value, fc.constantFrom<'id' | 'en'>('id', 'en'), (a, b, locale) => {
        const ta = formatCompact(a, { locale });
        const pa = parseCompact(ta, locale);
        // sign: a minus only for negatives, and only when something non-zero is shown
        if (ta.startsWith('-')) expect(a).toBeLessThan(0);
        if (pa !== 0) expect(Math.sign(pa)).toBe(Math.sign(a));
        // accuracy: half a step of one decimal in the chosen unit (≤ 0,05 T, 0,05 jt …)
        const unit =
          Math.abs(pa) >= 1e12
            ? 1e12
            : Math.abs(pa) >= 1e9
              ? 1e9
              : Math.abs(pa) >= 1e6
                ? 1e6
                : Math.abs(pa) >= 1e3
                  ? 1e3
                  : 1;
        expect(Math.abs(pa - a)).toBeLessThanOrEqual(0.05 * unit * (1 + 1e-9) + 1e-9);
        // order: |a| ≤ |b| never shows a larger magnitude for a
        const pb = parseCompact(formatCompact(b, { locale }), locale);
        if (Math.abs(a) <= Math.abs(b)) expect(Math.abs(pa)).toBeLessThanOrEqual(Math.abs(pb) * (1 + 1e-12));
      }),
    );
  });
});

describe('formatRupiah', () => {
  it('is compact by default and in full on request', () => {
    expect(formatRupiah(25_600_000_000_000)).toBe('Rp 25,6 T');
    expect(formatRupiah(1_250_000, { compact: false })).toBe('Rp 1.250.000');
    expect(formatRupiah(1_250_000)).toBe('Rp 1,3 jt');
    expect(formatRupiah(25_600_000_000_000, { locale: 'en' })).toBe('Rp 25.6T');
    expect(formatRupiah(1_250_000, { compact: false, locale: 'en' })).toBe('Rp 1,250,000');
    expect(formatRupiah(500)).toBe('Rp 500');
  });

  it('puts the sign before Rp and never shows "-Rp 0"', () => {
    expect(formatRupiah(-1_250_000, { compact: false })).toBe('-Rp 1.250.000');
    expect(formatRupiah(-25_600_000_000_000)).toBe('-Rp 25,6 T');
    expect(formatRupiah(-0.4, { compact: false })).toBe('Rp 0');
    expect(formatRupiah(-0)).toBe('Rp 0');
  });

  it('honours decimals and nbsp, and shows missing values as n/a', () => {
    expect(formatRupiah(1_250_000.5, { compact: false, decimals: 2 })).toBe('Rp 1.250.000,5');
    expect(formatRupiah(25_600_000_000_000, { nbsp: true })).toBe('Rp\u00a025,6\u00a0T');
    expect(formatRupiah(null)).toBe('n/a');
    expect(formatRupiah(Number.NaN, { compact: false })).toBe('n/a');
  });
});
