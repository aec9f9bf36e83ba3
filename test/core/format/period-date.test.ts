/**
 * formatPeriod / formatDate. Period labels are the forms used in Indonesian evaluation reports (LKjIP: "Triwulan II
 * 2025", "Semester I 2025") and the brief's short forms; month and date names are CLDR's as Intl prints them
 * ("Agu", "Agustus", "Aug 12, 2025"). Time-zone cases are computed by hand: WIB is UTC+7, so 17:00Z is the next
 * calendar day in Semarang.
 */
import { DateFormatError, formatDate, formatPeriod, PeriodParseError } from '@satata/core';
import { describe, expect, it } from 'vitest';

describe('formatPeriod', () => {
  it('writes long Indonesian labels', () => {
    expect(formatPeriod('2025')).toBe('2025');
    expect(formatPeriod('2025-S1')).toBe('Semester I 2025');
    expect(formatPeriod('2025-S2')).toBe('Semester II 2025');
    expect(formatPeriod('2025-Q2')).toBe('Triwulan II 2025');
    expect(formatPeriod('2025-Q4')).toBe('Triwulan IV 2025');
    expect(formatPeriod('2025-06')).toBe('Juni 2025');
    expect(formatPeriod('2025-08')).toBe('Agustus 2025');
  });

  it('writes short Indonesian labels', () => {
    expect(formatPeriod('2025-S1', { style: 'short' })).toBe('S1 2025');
    expect(formatPeriod('2025-Q2', { style: 'short' })).toBe('TW II 2025');
    expect(formatPeriod('2025-Q3', { style: 'short' })).toBe('TW III 2025');
    expect(formatPeriod('2025-06', { style: 'short' })).toBe('Jun 2025');
    expect(formatPeriod('2025-05', { style: 'short' })).toBe('Mei 2025');
    expect(formatPeriod('2025', { style: 'short' })).toBe('2025');
  });

  it('writes English labels', () => {
    expect(formatPeriod('2025-S1', { locale: 'en' })).toBe('H1 2025');
    expect(formatPeriod('2025-Q2', { locale: 'en' })).toBe('Q2 2025');
    expect(formatPeriod('2025-06', { locale: 'en' })).toBe('June 2025');
    expect(formatPeriod('2025-06', { locale: 'en', style: 'short' })).toBe('Jun 2025');
    expect(formatPeriod('2025', { locale: 'en' })).toBe('2025');
  });

  it('accepts Period objects and other spellings parsePeriod reads', () => {
    expect(formatPeriod({ kind: 'quarter', year: 2024, index: 1 })).toBe('Triwulan I 2024');
    expect(formatPeriod('TW2 2025')).toBe('Triwulan II 2025');
    expect(formatPeriod('Semester II 2025', { locale: 'en' })).toBe('H2 2025');
    expect(formatPeriod('2025-Q2', { nbsp: true })).toBe('Triwulan\u00a0II\u00a02025');
  });

  it('throws PeriodParseError on text or objects that are not periods', () => {
    expect(() => formatPeriod('kuartal kedua')).toThrow(PeriodParseError);
    expect(() => formatPeriod('2025-13')).toThrow(PeriodParseError);
    expect(() => formatPeriod({ kind: 'quarter', year: 2025, index: 7 })).toThrow(PeriodParseError);
    expect(() => formatPeriod({ kind: 'year', year: 2025.5, index: 1 })).toThrow(PeriodParseError);
  });
});

describe('formatDate', () => {
  it('writes the brief examples', () => {
    expect(formatDate('2025-08-12')).toBe('12 Agu 2025');
    expect(formatDate('2025-08-12', { style: 'long' })).toBe('12 Agustus 2025');
    expect(formatDate('2025-08-12', { locale: 'en' })).toBe('Aug 12, 2025');
    expect(formatDate('2025-08-12', { locale: 'en', style: 'long' })).toBe('August 12, 2025');
  });

  it('shows instants as calendar dates in Asia/Jakarta (UTC+7)', () => {
    expect(formatDate('2025-08-11T17:00:00Z')).toBe('12 Agu 2025'); // 00:00 WIB on the 12th
    expect(formatDate('2025-08-11T16:59:59Z')).toBe('11 Agu 2025'); // 23:59:59 WIB on the 11th
    expect(formatDate('2025-12-31T20:00:00-05:00')).toBe('1 Jan 2026'); // 01:00Z → 08:00 WIB
    expect(formatDate('2025-08-12T06:30:00+07:00')).toBe('12 Agu 2025');
    expect(formatDate(new Date(Date.UTC(2025, 7, 11, 18)))).toBe('12 Agu 2025');
  });

  it('reads a date-time without offset as Jakarta local time, and a date-only text as that calendar day', () => {
    expect(formatDate('2025-08-12T23:30')).toBe('12 Agu 2025');
    expect(formatDate('2025-08-12 00:15:00.123')).toBe('12 Agu 2025');
    expect(formatDate('2024-02-29')).toBe('29 Feb 2024');
    expect(formatDate('2025-01-01', { locale: 'en' })).toBe('Jan 1, 2025');
  });

  it('shows null as n/a and rejects unreadable dates with a typed error', () => {
    expect(formatDate(null)).toBe('n/a');
    expect(formatDate(undefined, { locale: 'en' })).toBe('n/a');
    expect(() => formatDate('2025-02-30')).toThrow(DateFormatError);
    expect(() => formatDate('2025-02-29')).toThrow(/kalender/);
    expect(() => formatDate('12/08/2025')).toThrow(DateFormatError);
    expect(() => formatDate('2025-08-12T25:00')).toThrow(DateFormatError);
    expect(() => formatDate(new Date(Number.NaN))).toThrow(DateFormatError);
    expect(() => formatDate('')).toThrow(DateFormatError);
  });
});
