/**
 * formatValue by satuan, resolveSatuan's unit table and localized(). Expected strings follow the unit table in
 * packages/core/src/format/value.ts; 191,4 triliun rupiah and 80.530 jiwa are the brief's examples.
 */
import { formatValue, isPercentSatuan, localized, resolveSatuan } from '@satata/core';
import { describe, expect, it } from 'vitest';

describe('resolveSatuan', () => {
  it('recognises percent, rupiah with its multiplier, plain numbers and other units', () => {
    expect(resolveSatuan('%')).toEqual({ kind: 'percent' });
    expect(resolveSatuan(' Persen ')).toEqual({ kind: 'percent' });
    // "Persen (%)" printed as a plain unit ("4,23 Persen (%)") while the engine multiplied it by 100.
    expect(resolveSatuan('Persen (%)')).toEqual({ kind: 'percent' });
    expect(resolveSatuan('(%)')).toEqual({ kind: 'percent' });
    expect(formatValue(4.23, 'Persen (%)')).toBe('4,23%');
    for (const s of ['%', 'persen', 'Persen (%)', 'persentase', 'percent', 'percentage'])
      expect(isPercentSatuan(s), s).toBe(true);
    for (const s of ['poin', 'per 1.000 penduduk', 'jiwa', 'persen penduduk'])
      expect(isPercentSatuan(s), s).toBe(false);
    expect(resolveSatuan('Rupiah')).toEqual({ kind: 'rupiah', multiplier: 1 });
    expect(resolveSatuan('Rp')).toEqual({ kind: 'rupiah', multiplier: 1 });
    expect(resolveSatuan('triliun rupiah')).toEqual({ kind: 'rupiah', multiplier: 1e12 });
    expect(resolveSatuan('Miliar  Rupiah')).toEqual({ kind: 'rupiah', multiplier: 1e9 });
    expect(resolveSatuan('milyar rupiah')).toEqual({ kind: 'rupiah', multiplier: 1e9 });
    expect(resolveSatuan('Rp juta')).toEqual({ kind: 'rupiah', multiplier: 1e6 });
    expect(resolveSatuan('ribu Rp.')).toEqual({ kind: 'rupiah', multiplier: 1e3 });
    expect(resolveSatuan('indeks')).toEqual({ kind: 'number' });
    expect(resolveSatuan('')).toEqual({ kind: 'number' });
    expect(resolveSatuan('jiwa')).toEqual({ kind: 'unit', unit: 'jiwa' });
    expect(resolveSatuan('rumah  tangga')).toEqual({ kind: 'unit', unit: 'rumah tangga' });
    expect(resolveSatuan('rupiah per kapita')).toEqual({ kind: 'unit', unit: 'rupiah per kapita' });
  });
});

describe('formatValue', () => {
  it('picks the formatter by satuan', () => {
    expect(formatValue(4.23, '%')).toBe('4,23%');
    expect(formatValue(4.23, 'persen', { locale: 'en' })).toBe('4.23%');
    expect(formatValue(191.4, 'triliun rupiah')).toBe('Rp 191,4 T'); // 191,4 × 10^12 rupiah
    expect(formatValue(5.2, 'miliar rupiah')).toBe('Rp 5,2 M');
    expect(formatValue(1_250_000, 'rupiah', { compact: false })).toBe('Rp 1.250.000');
    expect(formatValue(80530, 'jiwa')).toBe('80.530 jiwa');
    expect(formatValue(16, 'unit')).toBe('16 unit');
    expect(formatValue(72.83, 'indeks')).toBe('72,83');
    expect(formatValue(12.5, 'tahun', { decimals: 1 })).toBe('12,5 tahun');
  });

  it('prints the locale text of a bilingual satuan and decides the kind by the Indonesian one', () => {
    expect(formatValue(80530, { id: 'jiwa', en: 'people' }, { locale: 'en' })).toBe('80,530 people');
    expect(formatValue(80530, { id: 'jiwa', en: 'people' })).toBe('80.530 jiwa');
    expect(formatValue(80530, { id: 'jiwa' }, { locale: 'en' })).toBe('80,530 jiwa');
    expect(formatValue(3, { id: 'triliun rupiah', en: 'trillion rupiah' }, { locale: 'en' })).toBe('Rp 3T');
  });

  it('compacts counts on request and drops the unit from missing values', () => {
    expect(formatValue(1_653_524, 'jiwa', { compact: true })).toBe('1,7 jt jiwa');
    expect(formatValue(null, 'jiwa')).toBe('n/a');
    expect(formatValue(Number.NaN, 'triliun rupiah')).toBe('n/a');
    expect(formatValue(undefined, '%')).toBe('n/a');
  });
});

describe('localized', () => {
  it('picks English only when asked for and present', () => {
    expect(localized({ id: 'Tidak ada data', en: 'No data' }, 'en')).toBe('No data');
    expect(localized({ id: 'Tidak ada data', en: 'No data' }, 'id')).toBe('Tidak ada data');
    expect(localized({ id: 'Tidak ada data', en: 'No data' })).toBe('Tidak ada data');
    expect(localized({ id: 'Kemiskinan' }, 'en')).toBe('Kemiskinan');
    expect(localized({ id: 'Kemiskinan', en: '  ' }, 'en')).toBe('Kemiskinan');
  });
});
