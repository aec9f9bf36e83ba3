/**
 * View models for chart tests, built with the real core builders from hand-made engine results (the values are
 * made up for the tests, not published figures), and a tiny hand-drawn GeoJSON of four square "kelurahan".
 */

import {
  choroplethOption,
  distributionOption,
  type GeoJsonLike,
  sparklineOption,
  trendOption,
} from '@satata/charts';
import {
  buildCardViewModel,
  buildDistributionViewModel,
  buildMapViewModel,
  buildTrendViewModel,
  DEFAULT_CATEGORY_SCALE,
  type IndicatorResult,
} from '@satata/core';
import { HOSTILE, indicator, result } from '../core/view/fixtures.ts';

export { HOSTILE };

const flags = (over: Partial<IndicatorResult['flags']> = {}): IndicatorResult['flags'] => ({
  capaianNegatif: false,
  kecilDenominator: false,
  ditekan: false,
  ilustratif: false,
  seriBerubah: false,
  ...over,
});

/** A negative indicator (poverty rate) with a hostile name where asked. */
export const povertyIndicator = (hostile = false) =>
  indicator({
    nama: {
      id: hostile ? `Kemiskinan ${HOSTILE[0]}` : 'Persentase penduduk miskin',
      en: hostile ? `Poverty ${HOSTILE[1]}` : 'Poverty rate',
    },
  });

/** Kota and one kecamatan, 2021–2024, a vintage change in 2023 and a projection to 2026. */
export function trendVm(hostile = false) {
  const ind = povertyIndicator(hostile);
  const rows: IndicatorResult[] = [
    result({
      periode: '2021',
      realisasi: 4.56,
      target: 4.6,
      capaian: 100.87,
      kategori: 'sangat-tinggi',
      seri: 'Susenas',
    }),
    result({
      periode: '2022',
      realisasi: 4.25,
      target: 4.4,
      capaian: 103.41,
      kategori: 'sangat-tinggi',
      seri: 'Susenas',
    }),
    result({
      periode: '2023',
      realisasi: 4.23,
      target: 4.2,
      capaian: 99.29,
      kategori: 'sangat-tinggi',
      seri: 'Susenas metode baru',
      flags: flags({ seriBerubah: true }),
    }),
    result({
      periode: '2024',
      realisasi: 4.03,
      target: 4.1,
      capaian: 101.71,
      kategori: 'sangat-tinggi',
      seri: 'Susenas metode baru',
      progres: {
        tahunAkhir: 2026,
        targetAkhir: 3.8,
        realisasiKumulatif: 4.03,
        persen: 94.29,
        status: 'tercapai',
        proyeksi: {
          metode: 'linear',
          tahun: 2026,
          nilai: 3.77,
          akanTercapai: true,
          titik: [
            { tahun: 2024, nilai: 4.03 },
            { tahun: 2025, nilai: 3.9 },
            { tahun: 2026, nilai: 3.77 },
          ],
        },
      },
    }),
    result({ periode: '2022', wilayah: '33.74.01', level: 'kecamatan', realisasi: 5.2 }),
    result({
      periode: '2023',
      wilayah: '33.74.01',
      level: 'kecamatan',
      realisasi: null,
      missing: { realisasi: 'no-data' },
    }),
    result({ periode: '2024', wilayah: '33.74.01', level: 'kecamatan', realisasi: 4.9 }),
  ];
  return buildTrendViewModel(ind, rows, {
    wilayah: ['33.74', '33.74.01'],
    regionNames: { '33.74': 'Kota Semarang', '33.74.01': hostile ? HOSTILE[1] : 'Semarang Tengah' },
    rpjmd: { mulai: 2021, akhir: 2026 },
  });
}

/** A range-target indicator (e.g. inflation 2,5 ± 1 %), 2022–2024. */
export function rangeTrendVm() {
  const ind = indicator({ kode: 'IKU-INF', nama: { id: 'Inflasi', en: 'Inflation' }, polaritas: 'negatif' });
  const t = { min: 1.5, max: 3.5 };
  return buildTrendViewModel(
    ind,
    [
      result({
        indikator: 'IKU-INF',
        periode: '2022',
        realisasi: 5.6,
        target: t,
        targetAcuan: 3.5,
        capaian: 40,
        kategori: 'sangat-rendah',
      }),
      result({
        indikator: 'IKU-INF',
        periode: '2023',
        realisasi: 2.9,
        target: t,
        targetAcuan: 3.5,
        capaian: 100,
        kategori: 'sangat-tinggi',
      }),
      result({
        indikator: 'IKU-INF',
        periode: '2024',
        realisasi: 1.2,
        target: t,
        targetAcuan: 1.5,
        capaian: 80,
        kategori: 'tinggi',
      }),
    ],
    { regionNames: { '33.74': 'Kota Semarang' } },
  );
}

export function cardVm(hostile = false) {
  const ind = povertyIndicator(hostile);
  return buildCardViewModel(
    ind,
    [
      result({ periode: '2021', realisasi: 4.56 }),
      result({ periode: '2022', realisasi: null, missing: { realisasi: 'no-data' } }),
      result({ periode: '2023', realisasi: 4.23 }),
      result({
        periode: '2024',
        realisasi: 4.03,
        target: 4.1,
        capaian: 101.71,
        kategori: 'sangat-tinggi',
        diperbarui: '2025-03-01',
      }),
    ],
    { asOf: '2025-06-30', regionNames: { '33.74': 'Kota Semarang' } },
  );
}

export const REGIONS = [
  { kode: '33.74.01.1001', nama: 'Miroto' },
  { kode: '33.74.01.1002', nama: 'Brumbungan' },
  { kode: '33.74.01.1003', nama: 'Jagalan' },
  { kode: '33.74.01.1004', nama: 'Kranggan' },
];

/** Four unit squares in a 2 × 2 grid, each a kelurahan with its Kemendagri code. */
export function squaresGeoJson(hostile = false): GeoJsonLike {
  const sq = (x: number, y: number) => [
    [
      [x, y],
      [x + 0.01, y],
      [x + 0.01, y + 0.01],
      [x, y + 0.01],
      [x, y],
    ],
  ];
  return {
    type: 'FeatureCollection',
    features: REGIONS.map((r, i) => ({
      type: 'Feature' as const,
      properties: { kode: r.kode, nama: hostile && i === 0 ? HOSTILE[0] : r.nama },
      geometry: { type: 'Polygon', coordinates: sq(110 + (i % 2) * 0.01, -7 - Math.floor(i / 2) * 0.01) },
    })),
  };
}

/** 2024 and 2025: one suppressed cell, one region without a result in 2025, one small denominator. */
export function mapVm(hostile = false) {
  const ind =
    povertyIndicator(hostile).kode === 'IKU-01' ? povertyIndicator(hostile) : povertyIndicator(hostile);
  const c = (kode: string, periode: string, v: number | null, over: Partial<IndicatorResult> = {}) =>
    result({
      wilayah: kode,
      level: 'kelurahan',
      periode,
      realisasi: v,
      numerator: v === null ? null : Math.round(v * 20),
      denominator: v === null ? null : 2000,
      ...over,
    });
  const regions = hostile ? REGIONS.map((r, i) => (i === 1 ? { ...r, nama: HOSTILE[1] } : r)) : REGIONS;
  return buildMapViewModel(
    ind,
    [
      c('33.74.01.1001', '2024', 3.1),
      c('33.74.01.1002', '2024', 5.4, {
        flags: flags({ kecilDenominator: true }),
        denominator: 25,
        numerator: 1,
      }),
      c('33.74.01.1003', '2024', null, {
        flags: flags({ ditekan: true }),
        missing: { realisasi: 'suppressed' },
      }),
      c('33.74.01.1004', '2024', 8.2),
      c('33.74.01.1001', '2025', 2.9),
      c('33.74.01.1002', '2025', 5.0),
      c('33.74.01.1003', '2025', 7.7),
    ],
    { method: 'equal-interval', k: 3, regions },
  );
}

export function distributionVm() {
  const r = (kode: string, kategori: string | null, over: Partial<IndicatorResult> = {}) =>
    result({ periode: '2024', indikator: kode, kategori, capaian: kategori ? 90 : null, ...over });
  return buildDistributionViewModel([
    r('A', 'sangat-tinggi'),
    r('B', 'sangat-tinggi'),
    r('C', 'tinggi'),
    r('D', 'sedang'),
    r('E', 'sangat-rendah'),
    r('F', null, { missing: { capaian: 'no-target' } }),
    r('G', null, { missing: { capaian: 'no-data' } }),
  ]);
}

/** A flow indicator by triwulan: pro-rata targets of an annual 1.200 (25 / 50 / 75 %), Q3 not yet reported. */
export function quarterTrendVm() {
  const ind = indicator({
    kode: 'IKU-07',
    nama: { id: 'Jumlah wirausaha baru', en: 'New entrepreneurs' },
    satuan: 'orang',
    polaritas: 'positif',
    agregasi: 'sum',
    frekuensi: 'triwulanan',
    desimal: 0,
  });
  const q = (periode: string, realisasi: number | null, acuan: number) =>
    result({
      indikator: 'IKU-07',
      periode,
      realisasi,
      target: 1200,
      targetAcuan: acuan,
      targetBasis: 'pro-rata',
      capaian: realisasi === null ? null : (realisasi / acuan) * 100,
      kategori: realisasi === null ? null : 'sangat-tinggi',
      missing: realisasi === null ? { realisasi: 'no-data', capaian: 'no-data' } : {},
    });
  return buildTrendViewModel(ind, [q('2025-Q1', 310, 300), q('2025-Q2', 640, 600), q('2025-Q3', null, 900)], {
    granularity: 'triwulanan',
    regionNames: { '33.74': 'Kota Semarang' },
  });
}

/**
 * Text with every kind of character XML 1.0 forbids (C0 controls, U+FFFE, U+FFFF, lone surrogates) between
 * allowed ones, including a tab, an accent and an emoji (a surrogate pair) that must survive.
 */
export const NOT_XML = 'K\u0001e\u0008l\u001b.\u000b \u000cB\uFFFE\uFFFF\uD800x\uDC00y\u0000z\tCafé 😀';

/** XML 1.0's `Char` production: a string made only of characters an XML document may hold. */
export const XML_CHARS = /^[\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]*$/u;

/** Every builder's SSR input with {@link NOT_XML} in its names, labels and units: [name, option, width, height]. */
export function notXmlCases() {
  const ind = indicator({ nama: { id: `Kemiskinan ${NOT_XML}`, en: `Poverty ${NOT_XML}` } });
  const trend = buildTrendViewModel(
    ind,
    [
      result({ periode: '2023', realisasi: 4.2, target: 4.3, seri: NOT_XML }),
      result({ periode: '2024', realisasi: 4.0, target: 4.1, seri: `${NOT_XML}2` }),
    ],
    { regionNames: { '33.74': `Kota ${NOT_XML}` } },
  );
  const card = buildCardViewModel(
    ind,
    [4.6, 4.4, 4.1, 4].map((v, i) => result({ periode: String(2021 + i), realisasi: v })),
    { asOf: '2025-01-01' },
  );
  const regions = REGIONS.map((r) => ({ ...r, nama: `${r.nama} ${NOT_XML}` }));
  const map = buildMapViewModel(
    ind,
    REGIONS.map((r, i) => result({ wilayah: r.kode, level: 'kelurahan', periode: '2024', realisasi: 3 + i })),
    { regions },
  );
  const geo = squaresGeoJson();
  const scale = {
    ...DEFAULT_CATEGORY_SCALE,
    bands: DEFAULT_CATEGORY_SCALE.bands.map((b) => ({ ...b, label: { id: `${b.label.id} ${NOT_XML}` } })),
  };
  const distribution = buildDistributionViewModel(
    [result({ periode: '2024', kategori: 'sangat-tinggi', capaian: 95 })],
    { categoryScale: scale },
  );
  return [
    ['trend', trendOption(trend), 640, 360],
    ['trend-en', trendOption(trend, { locale: 'en' }), 640, 360],
    ['sparkline', sparklineOption(card), 160, 40],
    ['choropleth', choroplethOption(map, geo, { mapName: 'uji-xml' }), 520, 400],
    ['distribution', distributionOption(distribution), 480, 300],
  ] as const;
}

/** The geometry the {@link notXmlCases} choropleth draws (register it as `uji-xml`). */
export const NOT_XML_MAPS = { 'uji-xml': squaresGeoJson() };
