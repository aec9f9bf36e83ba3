/**
 * Runnable example: engine results → trend view model → ECharts option → SVG, all in Node.
 *
 *   npx tsx packages/charts/examples/trend-to-svg.ts > tren.svg
 *   npx tsx packages/charts/examples/trend-to-svg.ts --en > trend.svg
 *
 * The results are written by hand here in the engine's result shape (normally `@satata/core`'s engine makes
 * them); the numbers are ILLUSTRATIVE, not published figures, and the chart says so.
 */
import { renderToSvg, trendOption } from '@satata/charts';
import {
  buildTrendViewModel,
  type IndicatorResult,
  Indicator as IndicatorSchema,
  type Locale,
} from '@satata/core';

const indicator = IndicatorSchema.parse({
  kode: 'CONTOH-01',
  nama: { id: 'Tingkat pengangguran terbuka (contoh)', en: 'Open unemployment rate (example)' },
  definisi: { id: 'Persentase angkatan kerja yang menganggur.' },
  satuan: '%',
  polaritas: 'negatif',
  agregasi: 'last',
  frekuensi: 'tahunan',
  levelEstimasi: ['kota'],
  produsenData: 'DISNAKER',
  sumberData: 'Contoh ilustratif',
  ilustratif: true,
});

function row(periode: string, realisasi: number, target: number, capaian: number): IndicatorResult {
  return {
    indikator: 'CONTOH-01',
    wilayah: '33.74',
    level: 'kota',
    periode,
    periodKind: 'year',
    tahun: Number(periode),
    realisasi,
    numerator: null,
    denominator: null,
    sumberPeriode: [periode],
    target,
    targetAcuan: target,
    targetBasis: 'tahunan',
    capaian,
    kategori: capaian >= 91 ? 'sangat-tinggi' : capaian >= 76 ? 'tinggi' : 'sedang',
    perubahan: null,
    progres: null,
    peringkat: null,
    flags: {
      capaianNegatif: false,
      kecilDenominator: false,
      ditekan: false,
      ilustratif: true,
      seriBerubah: false,
    },
    missing: {},
    diperbarui: null,
    sumber: 'Contoh ilustratif',
    seri: null,
  };
}

/** Render the example trend to an SVG string in the given locale. */
export function exampleSvg(locale: Locale = 'id'): string {
  // (2T − R) / T × 100 for a negative indicator: 2023 → (2 × 6,0 − 6,1) / 6,0 × 100 = 98,33
  const results = [row('2022', 6.6, 6.5, 98.46), row('2023', 6.1, 6.0, 98.33), row('2024', 5.7, 5.5, 96.36)];
  const vm = buildTrendViewModel(indicator, results, {
    regionNames: { '33.74': 'Kota Semarang' },
    rpjmd: { mulai: 2021, akhir: 2026 },
  });
  return renderToSvg(trendOption(vm, { locale }), { width: 720, height: 400, locale });
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop()!)) {
  process.stdout.write(`${exampleSvg(process.argv.includes('--en') ? 'en' : 'id')}\n`);
}
