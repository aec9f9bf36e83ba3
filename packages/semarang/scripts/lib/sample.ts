/**
 * Builds the sample IKU catalog and its observations (issue 3 §3):
 * - the macro indicators carry the real published values of data/raw/indikator, each observation with its
 *   `sumber` (and `seri` for the IPM revision vintage); their targets are illustrative, except the investment
 *   target 2023 (Rp 25,6 T, LKPJ 2023);
 * - the poverty-registry indicator is computed from the open kelurahan × year aggregate (suppressed cells stay
 *   `ditekan` with null values);
 * - every other value and target comes from a seeded generator and is marked `ilustratif`: the indicator in the
 *   catalog, and every generated observation with `ilustratif: true` (the published rows carry no flag).
 * Realisations run through 2024 by year and, for the current year 2025, by triwulan I–III (semester I, months
 * January–September for the other frequencies). Deterministic for a seed.
 */
import {
  type CatalogInput,
  type IndicatorInput,
  type Observation,
  parseCatalog,
  type Target,
} from '@satata/core';
import { createRng, mixSeed, type Rng } from '../../src/random.ts';
import { KECAMATAN, KELURAHAN } from '../../src/wilayah.ts';
import type { PovertyAggregateRow } from './poverty-aggregate.ts';
import { ILLUSTRATIVE, type IllustrativeSpec, MISI, OPD, URUSAN } from './sample-spec.ts';

/** A published macro row (data/makro.json). */
interface MakroRow {
  kode: string;
  tahun: number;
  nilai: number;
  sumber: string;
}

const YEARS = [2021, 2022, 2023, 2024, 2025, 2026];
const ILLUSTRATIVE_SOURCE = 'Ilustratif (data sintetis, build-sample.ts)';
const QUARTER_UPDATED = ['2025-04-30', '2025-07-31', '2025-10-31'];

const round = (v: number, d: number) => Math.round(v * 10 ** d) / 10 ** d;

interface MacroSpec {
  readonly sumber: string; // code in makro.json
  readonly meta: Omit<IndicatorInput, 'target' | 'baseline' | 'ilustratif'>;
  readonly baseline?: { tahun: number; nilai: number };
  readonly target: Record<string, Target>;
  readonly seri?: (tahun: number) => string | undefined;
}

const macro = (
  sumber: string,
  kode: string,
  nama: string,
  en: string,
  definisi: string,
  satuan: string,
  polaritas: 'positif' | 'negatif' | 'netral',
  sasaran: string,
  urusan: string,
  target: Record<string, Target>,
  extra: Partial<MacroSpec['meta']> = {},
  seri?: (tahun: number) => string | undefined,
): MacroSpec => ({
  sumber,
  target,
  ...(seri ? { seri } : {}),
  meta: {
    kode,
    nama: { id: nama, en },
    definisi: { id: definisi },
    satuan,
    polaritas,
    tipePerhitungan: 'non-kumulatif',
    agregasi: 'last',
    frekuensi: 'tahunan',
    levelEstimasi: ['kota'],
    produsenData: 'BPS',
    sumberData: 'Badan Pusat Statistik Kota Semarang (angka terbit; sumber per observasi)',
    dapatDiaksesUmum: true,
    sasaran,
    urusan,
    desimal: 2,
    catatan: {
      id: 'Realisasi: angka resmi yang telah terbit, sumber tercantum pada tiap observasi. Target: ilustratif (tabel target RPJMD tidak tersedia).',
    },
    ...extra,
  },
});

const path6 = (values: readonly number[]): Record<string, Target> =>
  Object.fromEntries(YEARS.map((y, i) => [String(y), values[i]!]));

const MACROS: readonly MacroSpec[] = [
  macro(
    'IPM',
    'IKU-IPM',
    'Indeks Pembangunan Manusia',
    'Human Development Index',
    'Indeks capaian pembangunan manusia dari dimensi umur panjang dan hidup sehat, pengetahuan, dan standar hidup layak (metode baru BPS).',
    'indeks',
    'positif',
    'S1.1.3',
    '5.01',
    path6([83.4, 83.8, 84.2, 84.6, 85.0, 85.4]),
    {},
    (t) =>
      t <= 2021
        ? 'BPS: seri Statistik Kunci 2019–2021'
        : t <= 2023
          ? 'BPS: seri revisi (rilis IPM Juli 2024)'
          : 'Pemerintah Kota Semarang (Januari 2026)',
  ),
  macro(
    'P0',
    'IKU-P0',
    'Persentase Penduduk Miskin',
    'Poverty rate (P0)',
    'Persentase penduduk dengan rata-rata pengeluaran per kapita per bulan di bawah garis kemiskinan.',
    '%',
    'negatif',
    'S3.1.1',
    '1.06',
    path6([4.3, 4.1, 3.9, 3.7, 3.5, 3.3]),
  ),
  macro(
    'JPM',
    'IKU-JPM',
    'Jumlah Penduduk Miskin',
    'Number of poor people',
    'Jumlah penduduk dengan pengeluaran per kapita per bulan di bawah garis kemiskinan.',
    'jiwa',
    'negatif',
    'S3.1.1',
    '1.06',
    path6([78000, 76000, 74000, 72000, 70000, 68000]),
    { desimal: 0 },
  ),
  macro(
    'GK',
    'KTX-GK',
    'Garis Kemiskinan',
    'Poverty line',
    'Nilai pengeluaran kebutuhan minimum makanan dan bukan makanan per kapita per bulan.',
    'rupiah/kapita/bulan',
    'netral',
    'S3.1.1',
    '1.06',
    {},
    {
      desimal: 0,
      catatan: { id: 'Indikator konteks tanpa target. Realisasi: angka resmi yang telah terbit.' },
    },
  ),
  macro(
    'P1',
    'IKU-P1',
    'Indeks Kedalaman Kemiskinan',
    'Poverty gap index (P1)',
    'Rata-rata kesenjangan pengeluaran penduduk miskin terhadap garis kemiskinan.',
    'indeks',
    'negatif',
    'S3.1.1',
    '1.06',
    path6([0.55, 0.53, 0.51, 0.49, 0.47, 0.45]),
  ),
  macro(
    'TPT',
    'IKU-TPT',
    'Tingkat Pengangguran Terbuka',
    'Open unemployment rate',
    'Persentase angkatan kerja yang tidak bekerja dan sedang mencari pekerjaan (Sakernas Agustus).',
    '%',
    'negatif',
    'S2.1.2',
    '2.07',
    path6([8.5, 7.5, 6.5, 6.0, 5.5, 5.0]),
    { produsenData: 'BPS' },
  ),
  macro(
    'TPAK',
    'IKU-TPAK',
    'Tingkat Partisipasi Angkatan Kerja',
    'Labour force participation rate',
    'Persentase angkatan kerja terhadap penduduk usia kerja.',
    '%',
    'positif',
    'S2.1.2',
    '2.07',
    path6([70.0, 70.3, 70.6, 70.9, 71.2, 71.5]),
  ),
  macro(
    'LPE',
    'IKU-LPE',
    'Laju Pertumbuhan Ekonomi',
    'Economic growth rate',
    'Pertumbuhan PDRB atas dasar harga konstan terhadap tahun sebelumnya.',
    '%',
    'positif',
    'S2.1.1',
    '5.01',
    path6([4.5, 5.2, 5.5, 5.8, 6.0, 6.2]),
  ),
  macro(
    'PDRB_KAP',
    'IKU-PDRBKAP',
    'PDRB per Kapita Atas Dasar Harga Berlaku',
    'GRDP per capita at current prices',
    'PDRB atas dasar harga berlaku dibagi jumlah penduduk pertengahan tahun.',
    'juta rupiah',
    'positif',
    'S2.1.1',
    '5.01',
    path6([120, 128, 136, 145, 154, 163]),
    { proyeksi: 'cagr' },
  ),
  macro(
    'INVESTASI',
    'IKU-INV',
    'Nilai Realisasi Investasi',
    'Realised investment',
    'Nilai realisasi penanaman modal dalam negeri dan asing dalam satu tahun.',
    'triliun rupiah',
    'positif',
    'S2.1.3',
    '2.18',
    path6([20.0, 22.5, 25.6, 27.0, 28.5, 30.0]),
    {
      agregasi: 'sum',
      frekuensi: 'triwulanan',
      tipePerhitungan: 'kumulatif',
      produsenData: 'DPMPTSP',
      sumberData: 'LKPJ Wali Kota Semarang; DPMPTSP Kota Semarang',
      targetPeriode: { '2025-Q1': 6.5, '2025-Q2': 7.0, '2025-Q3': 7.3, '2025-Q4': 7.7 },
      catatan: {
        id: 'Realisasi 2023 (Rp 27,2 T) dan target 2023 (Rp 25,6 T): LKPJ Wali Kota Semarang TA 2023. Target tahun lain, target triwulan dan realisasi triwulan 2025: ilustratif.',
      },
    },
  ),
];

const POVERTY_REGISTRY: IndicatorInput = {
  kode: 'IKU-KMS-REG',
  nama: {
    id: 'Persentase Penduduk Miskin menurut Data Registrasi',
    en: 'Poverty rate from the social registry',
  },
  konsep: {
    id: 'Penduduk dalam rumah tangga dengan pengeluaran per kapita di bawah garis kemiskinan, dihitung dari data registrasi rumah tangga dan dipublikasikan sebagai agregat kelurahan.',
  },
  definisi: {
    id: 'Persentase penduduk miskin terhadap seluruh penduduk, menurut agregat data registrasi per kelurahan.',
  },
  interpretasi: {
    id: 'Semakin rendah nilainya, semakin baik. Sel kecil (< 10) ditekan demi perlindungan data pribadi.',
  },
  rumus: { id: 'Σ penduduk miskin ÷ Σ penduduk × 100, dijumlahkan dari kelurahan ke kecamatan dan kota' },
  formula: {
    dataset: 'kemiskinan-kelurahan',
    numerator: { op: 'sum', field: 'penduduk_miskin' },
    denominator: { op: 'sum', field: 'penduduk' },
    factor: 100,
    regionField: 'wilayah',
    periodField: 'periode',
  },
  ukuran: 'persentase',
  satuan: '%',
  polaritas: 'negatif',
  tipePerhitungan: 'non-kumulatif',
  agregasi: 'last',
  frekuensi: 'tahunan',
  levelEstimasi: ['kota', 'kecamatan', 'kelurahan'],
  variabelDisagregasi: ['kecamatan', 'kelurahan'],
  produsenData: 'DINSOS',
  sumberData: 'Agregat terbuka data registrasi rumah tangga (sintetis, ilustratif)',
  dapatDiaksesUmum: true,
  sasaran: 'S3.1.1',
  urusan: '1.06',
  desimal: 2,
  baseline: { tahun: 2020, nilai: 4.34 },
  target: path6([4.3, 4.1, 3.9, 3.7, 3.5, 3.3]),
  ilustratif: true,
  catatan: {
    id: 'Ilustratif: dihitung dari rumah tangga sintetis yang dikalibrasi ke P0 BPS; bukan data registrasi nyata.',
  },
};

/** Options of {@link buildSample}. */
export interface SampleInputs {
  readonly makro: readonly MakroRow[];
  readonly kemiskinan: readonly PovertyAggregateRow[];
  readonly seed?: number;
}

function targetPath(spec: IllustrativeSpec, year: number): number {
  return spec.awal + ((spec.akhir - spec.awal) * (year - 2020)) / 6;
}

function realised(spec: IllustrativeSpec, year: number, rng: Rng): number {
  const t = targetPath(spec, year);
  const span = Math.abs(spec.akhir - spec.awal) || Math.abs(spec.awal) * 0.05;
  const noise = rng.normal() * (spec.rentang ? spec.rentang * 0.6 : span * 0.04);
  if (spec.meta.agregasi === 'sum' || spec.cara === 'level') {
    const f = spec.meta.polaritas === 'negatif' ? 2 - spec.kinerja : spec.kinerja;
    return t * f + noise;
  }
  return spec.awal + (t - spec.awal) * spec.kinerja + noise;
}

function illustrativeTargets(spec: IllustrativeSpec): Record<string, Target> {
  const d = spec.meta.desimal ?? 2;
  return Object.fromEntries(
    YEARS.map((y) => {
      const t = round(targetPath(spec, y), d);
      return [
        String(y),
        spec.rentang ? { min: round(t - spec.rentang, d), max: round(t + spec.rentang, d) } : t,
      ];
    }),
  );
}

/** Build the catalog (validated by core `parseCatalog`) and the observations. */
export function buildSample({ makro, kemiskinan, seed = 1 }: SampleInputs): {
  catalog: CatalogInput;
  observations: Observation[];
} {
  const observations: Observation[] = [];
  const indikator: IndicatorInput[] = [];

  // Macro indicators: the published rows from 2019 on, each with its source (and series vintage).
  for (const spec of MACROS) {
    const rows = makro
      .filter((r) => r.kode === spec.sumber && r.tahun >= 2019)
      .sort((a, b) => a.tahun - b.tahun);
    const base = rows.filter((r) => r.tahun <= 2020).at(-1);
    indikator.push({
      ...spec.meta,
      ...(base ? { baseline: { tahun: base.tahun, nilai: base.nilai } } : {}),
      target: spec.target,
      ilustratif: Object.keys(spec.target).length > 0,
    });
    for (const r of rows) {
      const seri = spec.seri?.(r.tahun);
      observations.push({
        indikator: spec.meta.kode,
        wilayah: '33.74',
        periode: String(r.tahun),
        nilai: r.nilai,
        status: 'final',
        sumber: r.sumber,
        ...(seri ? { seri } : {}),
      });
    }
  }
  // Investment 2025 by triwulan: illustrative.
  const invRng = createRng(mixSeed(seed, 0x696e76));
  const invQuarters = [6.1, 7.2, 6.9];
  for (let q = 0; q < invQuarters.length; q++) {
    observations.push({
      indikator: 'IKU-INV',
      wilayah: '33.74',
      periode: `2025-Q${q + 1}`,
      nilai: round(invQuarters[q]! + invRng.normal() * 0.2, 2),
      status: 'sementara',
      sumber: ILLUSTRATIVE_SOURCE,
      ilustratif: true,
      diperbarui: QUARTER_UPDATED[q]!,
    });
  }

  // Poverty from the open aggregate, at every level.
  indikator.push(POVERTY_REGISTRY);
  for (const r of kemiskinan) {
    const hidden = r.status === 'ditekan';
    observations.push({
      indikator: POVERTY_REGISTRY.kode,
      wilayah: r.wilayah,
      periode: r.periode,
      nilai: hidden ? null : r.persen_penduduk_miskin,
      numerator: hidden ? null : r.penduduk_miskin,
      denominator: hidden ? null : r.penduduk,
      status: hidden ? 'ditekan' : 'final',
      sumber: ILLUSTRATIVE_SOURCE,
      ilustratif: true,
      diperbarui: `${Number(r.periode) + 1}-03-31`,
    });
  }
  const persons2023 = new Map(
    kemiskinan.filter((r) => r.periode === '2023').map((r) => [r.wilayah, r.penduduk]),
  );

  // Illustrative indicators.
  for (const spec of ILLUSTRATIVE) {
    const rng = createRng(mixSeed(seed, ...[...spec.meta.kode].map((c) => c.charCodeAt(0))));
    const d = spec.meta.desimal ?? 2;
    indikator.push({
      ...spec.meta,
      baseline: { tahun: 2020, nilai: spec.awal },
      target: illustrativeTargets(spec),
      ...(spec.targetTriwulan
        ? {
            targetPeriode: Object.fromEntries(
              spec.targetTriwulan.map((f, q) => [`2025-Q${q + 1}`, round(targetPath(spec, 2025) * f, d)]),
            ),
          }
        : {}),
      ilustratif: true,
    });
    const levels = spec.meta.levelEstimasi;
    const periods: { periode: string; year: number; share: number; diperbarui: string }[] = [];
    for (const y of [2020, 2021, 2022, 2023, 2024]) {
      periods.push({ periode: String(y), year: y, share: 1, diperbarui: `${y + 1}-03-31` });
    }
    const f = spec.meta.frekuensi;
    if (f === 'triwulanan') {
      const shares = spec.targetTriwulan ?? [0.25, 0.25, 0.25, 0.25];
      for (let q = 0; q < 3; q++)
        periods.push({
          periode: `2025-Q${q + 1}`,
          year: 2025,
          share: shares[q]!,
          diperbarui: QUARTER_UPDATED[q]!,
        });
    } else if (f === 'semesteran') {
      periods.push({ periode: '2025-S1', year: 2025, share: 0.5, diperbarui: '2025-07-31' });
    } else if (f === 'bulanan') {
      for (let mo = 1; mo <= 9; mo++) {
        const mm = String(mo).padStart(2, '0');
        const next = String(mo + 1).padStart(2, '0');
        periods.push({ periode: `2025-${mm}`, year: 2025, share: 1 / 12, diperbarui: `2025-${next}-10` });
      }
    }
    for (const p of periods) {
      const flow = spec.meta.agregasi === 'sum' ? p.share : 1;
      const status = p.year === 2025 ? ('sementara' as const) : ('final' as const);
      if (levels.includes('kecamatan')) {
        // Numerator and denominator at the lowest level, summed upwards: rates are never averaged.
        const lowest = levels.includes('kelurahan') ? KELURAHAN : KECAMATAN;
        const share = spec.meta.kode === 'KES-03' ? 0.056 : spec.meta.kode === 'PDD-02' ? 0.085 : 0.34;
        const sums = new Map<string, [number, number]>();
        const kota = realised(spec, p.year, rng);
        for (const region of lowest) {
          const den = Math.round((persons2023.get(region.kode) ?? 0) * share * (1 + 0.01 * (p.year - 2023)));
          const rate = Math.min(100, Math.max(0, kota * (1 + 0.12 * rng.normal())));
          const num = Math.round((den * rate) / 100);
          observations.push({
            indikator: spec.meta.kode,
            wilayah: region.kode,
            periode: p.periode,
            nilai: den > 0 ? round((num / den) * 100, d) : null,
            numerator: num,
            denominator: den,
            status,
            sumber: ILLUSTRATIVE_SOURCE,
            ilustratif: true,
            diperbarui: p.diperbarui,
          });
          for (const up of [region.induk!, ...(region.level === 'kelurahan' ? ['33.74'] : [])]) {
            const s = sums.get(up) ?? [0, 0];
            sums.set(up, [s[0] + num, s[1] + den]);
          }
        }
        for (const [kode, [num, den]] of [...sums].sort(([a], [b]) => (a < b ? -1 : 1))) {
          observations.push({
            indikator: spec.meta.kode,
            wilayah: kode,
            periode: p.periode,
            nilai: den > 0 ? round((num / den) * 100, d) : null,
            numerator: num,
            denominator: den,
            status,
            sumber: ILLUSTRATIVE_SOURCE,
            ilustratif: true,
            diperbarui: p.diperbarui,
          });
        }
      } else {
        const v = realised(spec, p.year, rng) * flow;
        observations.push({
          indikator: spec.meta.kode,
          wilayah: '33.74',
          periode: p.periode,
          nilai: round(v, d),
          status,
          sumber: ILLUSTRATIVE_SOURCE,
          ilustratif: true,
          diperbarui: p.diperbarui,
        });
      }
    }
  }

  const catalog: CatalogInput = {
    id: 'semarang-rpjmd-2021-2026-contoh',
    nama: {
      id: 'Contoh IKU Kota Semarang (bentuk RPJMD 2021–2026)',
      en: 'Sample IKU of Kota Semarang (shaped like the RPJMD 2021–2026)',
    },
    wilayah: '33.74',
    rpjmd: {
      nama: 'RPJMD Kota Semarang 2021–2026 (pohon misi–sasaran ilustratif)',
      mulai: 2021,
      akhir: 2026,
    },
    opd: OPD,
    urusan: URUSAN,
    misi: MISI,
    datasets: [
      {
        id: 'kemiskinan-kelurahan',
        nama: { id: 'Agregat kemiskinan per kelurahan per tahun (sel kecil ditekan)' },
        produsenData: 'DINSOS',
        fields: [
          { name: 'wilayah', type: 'region', label: 'Kode wilayah (Kemendagri)' },
          { name: 'periode', type: 'period', label: 'Tahun' },
          { name: 'rumah_tangga', type: 'integer', label: 'Rumah tangga' },
          { name: 'penduduk', type: 'integer', label: 'Penduduk' },
          { name: 'rumah_tangga_miskin', type: 'integer', label: 'Rumah tangga miskin' },
          { name: 'penduduk_miskin', type: 'integer', label: 'Penduduk miskin' },
        ],
        sumber: 'packages/semarang/data/kemiskinan-kelurahan.json',
        ilustratif: true,
      },
    ],
    indikator,
  };
  parseCatalog(catalog); // throws CatalogValidationError naming indicator, field and expectation
  return { catalog, observations };
}
