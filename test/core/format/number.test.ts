/**
 * formatNumber / formatPercent. Expected strings are the id-ID conventions of DESIGN.md §3 ("1.234,5", "4,23%"),
 * the examples of issue 2 §4, and BPS's printing of percentages (two decimals, no space before "%").
 */
import { FormatOptionError, formatNumber, formatPercent, MISSING_TEXT } from '@satata/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

/** Read back an id-ID number: '.' groups thousands, ',' marks decimals. */
function parseId(s: string): number {
  expect(s).toMatch(/^-?\d{1,3}(\.\d{3})*(,\d+)?$/);
  return Number(s.replaceAll('.', '').replace(',', '.'));
}

describe('formatNumber', () => {
  it('uses id-ID marks by default and en-US marks for en', () => {
    expect(formatNumber(1234.5)).toBe('1.234,5');
    expect(formatNumber(1234.5, { locale: 'en' })).toBe('1,234.5');
    expect(formatNumber(1_234_567.891)).toBe('1.234.567,89');
    expect(formatNumber(80530)).toBe('80.530');
  });

  it('rounds half away from zero on the decimal form, at most `decimals`, at least `minDecimals`', () => {
    expect(formatNumber(1.005)).toBe('1,01'); // shortest decimal form 1.005, half up (toFixed would say 1.00)
    expect(formatNumber(2.5, { decimals: 0 })).toBe('3');
    expect(formatNumber(-2.5, { decimals: 0 })).toBe('-3');
    expect(formatNumber(4, { minDecimals: 1 })).toBe('4,0');
    expect(formatNumber(4.25, { decimals: 1, minDecimals: 1 })).toBe('4,3');
    expect(formatNumber(12.34567, { decimals: 4 })).toBe('12,3457');
  });

  it('shows missing and non-finite values as MISSING_TEXT, never as 0', () => {
    for (const v of [null, undefined, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY]) {
      expect(formatNumber(v)).toBe(MISSING_TEXT.id);
      expect(formatNumber(v, { locale: 'en' })).toBe(MISSING_TEXT.en);
    }
    expect(MISSING_TEXT).toEqual({ id: 'n/a', en: 'n/a' });
  });

  it('never prints "-0"', () => {
    expect(formatNumber(-0)).toBe('0');
    expect(formatNumber(-0.001)).toBe('0');
    expect(formatNumber(-0.004, { minDecimals: 2 })).toBe('0,00');
  });

  it('handles very large and very small magnitudes', () => {
    expect(formatNumber(1e15)).toBe('1.000.000.000.000.000');
    expect(formatNumber(-1e15, { locale: 'en' })).toBe('-1,000,000,000,000,000');
    expect(formatNumber(1e-7)).toBe('0');
    expect(formatNumber(1e-7, { decimals: 8 })).toBe('0,0000001');
    expect(formatNumber(Number.MAX_SAFE_INTEGER)).toBe('9.007.199.254.740.991');
  });

  it('rejects impossible options with a typed error naming the option', () => {
    expect(() => formatNumber(1, { decimals: -1 })).toThrow(FormatOptionError);
    expect(() => formatNumber(1, { decimals: 1.5 })).toThrow(/decimals/);
    expect(() => formatNumber(1, { decimals: 1, minDecimals: 2 })).toThrow(/minDecimals/);
    // @ts-expect-error: an unknown locale is a type error and a runtime error
    expect(() => formatNumber(1, { locale: 'fr' })).toThrow(/locale/);
  });

  it('property: reading back the id-ID text gives the value rounded to `decimals`', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e12, max: 1e12, noNaN: true }),
        fc.integer({ min: 0, max: 4 }),
        (x, d) => {
          const text = formatNumber(x, { decimals: d });
          const back = parseId(text);
          const step = 10 ** -d;
          // at most d decimals shown, and within half a step of x (plus float slack)
          expect((text.split(',')[1] ?? '').length).toBeLessThanOrEqual(d);
          expect(Math.abs(back - x)).toBeLessThanOrEqual(step / 2 + Math.abs(x) * 1e-15 + 1e-12);
          // and the en text is the same number with the other marks
          expect(Number(formatNumber(x, { decimals: d, locale: 'en' }).replaceAll(',', ''))).toBe(back);
        },
      ),
    );
  });
});

describe('formatPercent', () => {
  it('prints a value already in percent with fixed decimals and no space, as BPS does', () => {
    expect(formatPercent(4.23)).toBe('4,23%');
    expect(formatPercent(4.23, { locale: 'en' })).toBe('4.23%');
    expect(formatPercent(4.2)).toBe('4,20%');
    expect(formatPercent(104.567, { decimals: 1 })).toBe('104,6%');
    expect(formatPercent(100, { decimals: 2, minDecimals: 0 })).toBe('100%');
    expect(formatPercent(1234.5)).toBe('1.234,50%');
  });

  it('keeps negatives (a negative capaian is shown as computed) but never "-0,00%"', () => {
    expect(formatPercent(-12.5)).toBe('-12,50%');
    expect(formatPercent(-0.001)).toBe('0,00%');
  });

  it('shows missing values without a percent sign', () => {
    expect(formatPercent(null)).toBe('n/a');
    expect(formatPercent(Number.NaN, { locale: 'en' })).toBe('n/a');
  });
});
