/**
 * Hand-made engine results for view-model tests. The engine is written concurrently; these follow the contract in
 * packages/core/src/engine/types.ts field by field, with numbers chosen so every expectation can be checked by hand.
 */
import type { Indicator, IndicatorInput, IndicatorResult } from '@satata/core';
import { Indicator as IndicatorSchema, parsePeriod } from '@satata/core';

/** A result with every field filled; override what a test needs. */
export function result(over: Partial<IndicatorResult> & { periode: string }): IndicatorResult {
  const p = parsePeriod(over.periode);
  return {
    indikator: 'IKU-01',
    wilayah: '33.74',
    level: 'kota',
    periodKind: p.kind,
    tahun: p.year,
    realisasi: null,
    numerator: null,
    denominator: null,
    sumberPeriode: [over.periode],
    target: null,
    targetAcuan: null,
    targetBasis: null,
    capaian: null,
    kategori: null,
    perubahan: null,
    progres: null,
    peringkat: null,
    flags: {
      capaianNegatif: false,
      kecilDenominator: false,
      ditekan: false,
      ilustratif: false,
      seriBerubah: false,
    },
    missing: {},
    diperbarui: null,
    sumber: null,
    seri: null,
    ...over,
  };
}

/** An indicator parsed through the real schema (so defaults apply as in a catalog). */
export function indicator(over: Partial<IndicatorInput> = {}): Indicator {
  return IndicatorSchema.parse({
    kode: 'IKU-01',
    nama: { id: 'Persentase penduduk miskin', en: 'Poverty rate' },
    definisi: {
      id: 'Persentase penduduk di bawah garis kemiskinan.',
      en: 'Share of people below the poverty line.',
    },
    rumus: { id: 'Penduduk miskin / jumlah penduduk × 100' },
    satuan: '%',
    polaritas: 'negatif',
    agregasi: 'last',
    frekuensi: 'tahunan',
    levelEstimasi: ['kota'],
    produsenData: 'BAPPEDA',
    sumberData: 'BPS Kota Semarang',
    ...over,
  });
}

/** Strings that must never reach HTML unescaped. */
export const HOSTILE = ['<img src=x onerror=alert(1)>', '"><script>alert(1)</script>'] as const;
