import {
  BAIK_KURANG_CATEGORY_SCALE,
  buildCardViewModel,
  computeResults,
  DEFAULT_CATEGORY_SCALE,
  formatCell,
  type IndicatorResult,
  parseCatalog,
  ViewModelError,
} from '@satata/core';
import { describe, expect, it } from 'vitest';
import { HOSTILE, indicator, result } from './fixtures.ts';

// A positive, quarterly-reported flow indicator (sum): the 2025 year row is made of Q1 and Q2 so far.
// Values are hand-made for the test.
const ind = indicator({
  kode: 'IKU-07',
  nama: { id: 'Jumlah wirausaha baru', en: 'New entrepreneurs' },
  satuan: 'orang',
  polaritas: 'positif',
  agregasi: 'sum',
  frekuensi: 'triwulanan',
  produsenData: 'DISKOP',
  desimal: 0,
});
const rows: IndicatorResult[] = [
  result({
    indikator: 'IKU-07',
    periode: '2023',
    realisasi: 1100,
    target: 1000,
    capaian: 110,
    kategori: 'sangat-tinggi',
  }),
  result({
    indikator: 'IKU-07',
    periode: '2024',
    realisasi: null,
    missing: { realisasi: 'reported-missing', capaian: 'reported-missing' },
  }),
  result({
    indikator: 'IKU-07',
    periode: '2025',
    sumberPeriode: ['2025-Q1', '2025-Q2'],
    realisasi: 640,
    target: 1200,
    targetAcuan: 600,
    targetBasis: 'pro-rata',
    capaian: 106.67,
    kategori: 'sangat-tinggi',
    perubahan: { periodeSebelumnya: '2024', sebelumnya: null, selisih: null, persen: null, arah: null },
    progres: {
      tahunAkhir: 2026,
      targetAkhir: 1300,
      realisasiKumulatif: 1740,
      persen: 133.85,
      status: 'tercapai',
      proyeksi: null,
    },
    diperbarui: '2025-08-12',
    sumber: 'Dinas Koperasi dan UMKM',
  }),
  result({ indikator: 'IKU-07', periode: '2025-Q2', realisasi: 340 }),
];

describe('buildCardViewModel', () => {
  const vm = buildCardViewModel(ind, rows, {
    asOf: '2025-09-01',
    regionNames: { '33.74': 'Kota Semarang' },
    opdNames: { DISKOP: 'Dinas Koperasi dan Usaha Mikro' },
  });

  it('shows the latest year with a realisation, its unit, and the period it covers', () => {
    expect(vm.periode).toBe('2025');
    expect(vm.nilai.teks).toEqual({ id: '640 orang', en: '640 orang' });
    expect(vm.kesegaran.periodeTerakhir).toBe('2025-Q2');
    expect(vm.kesegaran.teks.id).toBe('Data s.d. Triwulan II 2025 · diperbarui 12 Agu 2025');
    expect(vm.kesegaran.teks.en).toBe('Data through Q2 2025 · updated Aug 12, 2025');
  });

  it('judges freshness by the frequency: Q2 data is fresh until 30 Nov 2025', () => {
    expect(vm.kesegaran.segarSampai).toBe('2025-11-30');
    expect(vm.kesegaran.basi).toBe(false);
    expect(buildCardViewModel(ind, rows, { asOf: '2025-12-01' }).kesegaran.basi).toBe(true);
  });

  it('carries target basis, capaian, category, progress, produsen and info fields', () => {
    expect(vm.target).toMatchObject({ nilai: 1200, acuan: 600, basis: 'pro-rata', rentang: false });
    expect(vm.target.teks.id).toBe('1.200 orang');
    expect(vm.capaian).toBe(106.67);
    expect(vm.kategoriLabel).toEqual({ id: 'Sangat Tinggi', en: 'Very high' });
    expect(vm.progres).toMatchObject({
      persen: 133.85,
      status: 'tercapai',
      statusLabel: { id: 'Tercapai', en: 'Achieved' },
    });
    expect(vm.produsen).toEqual({ kode: 'DISKOP', nama: 'Dinas Koperasi dan Usaha Mikro' });
    expect(vm.sumber).toBe('Dinas Koperasi dan UMKM');
    expect(vm.info.definisi.id).toMatch(/garis kemiskinan/);
    expect(vm.info.rumus).toEqual({
      id: 'Penduduk miskin / jumlah penduduk × 100',
      en: 'Penduduk miskin / jumlah penduduk × 100',
    });
    expect(vm.ilustratif).toBe(false);
  });

  it('keeps a missing year as a gap in the sparkline, never 0', () => {
    expect(vm.sparkline).toEqual([
      { periode: '2023', nilai: 1100 },
      { periode: '2024', nilai: null },
      { periode: '2025', nilai: 640 },
    ]);
    expect(vm.table.rows[1]!.values.realisasi).toBeNull();
    expect(vm.table.rows[1]!.missing.realisasi).toBe('reported-missing');
  });

  it('writes change with direction judged by polarity', () => {
    const neg = indicator(); // negative polarity, %
    const c = buildCardViewModel(
      neg,
      [
        result({
          periode: '2024',
          realisasi: 4.03,
          perubahan: {
            periodeSebelumnya: '2023',
            sebelumnya: 4.23,
            selisih: -0.2,
            persen: -4.73,
            arah: 'membaik',
          },
        }),
      ],
      { asOf: '2025-01-01' },
    );
    // 4,03 − 4,23 = −0,20 percentage points, a fall: better for a negative indicator
    expect(c.perubahan!.teks.id).toBe('−0,2 poin persen dibanding 2023 (membaik)');
    expect(c.perubahan!.teks.en).toBe('−0.2 percentage points vs 2023 (improving)');
  });

  it('writes a change that rounds to zero as ±0, never −0', () => {
    const c = buildCardViewModel(
      indicator(),
      [
        result({
          periode: '2025',
          realisasi: 4.0299,
          perubahan: {
            periodeSebelumnya: '2024',
            sebelumnya: 4.03,
            selisih: -0.0001,
            persen: 0,
            arah: 'membaik',
          },
        }),
      ],
      { asOf: '2026-01-01' },
    );
    // 4,0299 − 4,03 = −0,0001 → shown with 2 decimals as 0 (the dashboard printed "−0" before this rule)
    expect(c.perubahan!.teks.id).toBe('±0 poin persen dibanding 2024 (membaik)');
  });

  it('says why a value is missing and summarises in both languages', () => {
    const c = buildCardViewModel(ind, [rows[1]!], { asOf: '2025-01-01' });
    expect(c.nilai.teks.id).toBe('n/a (dilaporkan kosong)');
    expect(c.ringkasan.id).toContain('capaian tidak dapat dihitung (dilaporkan kosong)');
    expect(vm.ringkasan.id).toBe(
      'Jumlah wirausaha baru di Kota Semarang pada 2025: 640 orang. Target 1.200 orang, capaian 106,67%, kategori Sangat Tinggi. ' +
        'Perubahan: n/a dibanding 2024. Progres terhadap target akhir RPJMD 2026: 133,85% (Tercapai). ' +
        'Data s.d. Triwulan II 2025 · diperbarui 12 Agu 2025.',
    );
  });

  it('without any result: no value, no freshness claim', () => {
    const c = buildCardViewModel(ind, [], { asOf: '2025-01-01', wilayah: '33.74' });
    expect(c.periode).toBeNull();
    expect(c.nilai.realisasi).toBeNull();
    expect(c.kesegaran.basi).toBeNull();
    expect(c.kesegaran.teks.id).toBe('Belum ada data');
  });

  it('needs a region when results hold several, and names a bad period', () => {
    const two = [result({ periode: '2024' }), result({ periode: '2024', wilayah: '33.74.01' })];
    expect(() =>
      buildCardViewModel(
        ind,
        two.map((r) => ({ ...r, indikator: 'IKU-07' })),
        { asOf: '2025-01-01' },
      ),
    ).toThrow(ViewModelError);
    expect(() => buildCardViewModel(ind, rows, { asOf: '2025-01-01', periode: '2019' })).toThrow(/2019/);
  });

  it('passes hostile names through as data (escaping is the renderer’s job) and marks illustrative data', () => {
    const c = buildCardViewModel(
      indicator({ nama: { id: HOSTILE[0] }, ilustratif: true }),
      [result({ periode: '2024', realisasi: 1 })],
      {
        asOf: '2025-01-01',
        regionNames: { '33.74': HOSTILE[1] },
      },
    );
    expect(c.nama.id).toBe(HOSTILE[0]);
    expect(c.namaWilayah).toBe(HOSTILE[1]);
    expect(c.ilustratif).toBe(true);
    expect(c.ringkasan.id).toContain('Data bersifat ilustratif.');
  });

  it('marks a published indicator illustrative when the shown realisation comes from an illustrative observation', () => {
    // Engine results: the catalog indicator is not illustrative; its 2024 observation is, its 2023 one is not.
    const ind01 = indicator({ target: { '2024': 5 } });
    const catalog = parseCatalog({
      id: 'uji',
      nama: { id: 'Uji' },
      wilayah: '33.74',
      rpjmd: { mulai: 2021, akhir: 2026 },
      indikator: [ind01],
    });
    const { rows: engineRows } = computeResults({
      catalog,
      observations: [
        { indikator: 'IKU-01', wilayah: '33.74', periode: '2023', nilai: 4.2 },
        { indikator: 'IKU-01', wilayah: '33.74', periode: '2024', nilai: 4.1, ilustratif: true },
      ],
    });
    const card = (periode: string) =>
      buildCardViewModel(catalog.indikator[0]!, engineRows, { asOf: '2025-06-01', periode });
    expect(card('2023').ilustratif).toBe(false);
    expect(card('2023').ringkasan.id).not.toContain('Data bersifat ilustratif.');
    expect(card('2024').ilustratif).toBe(true);
    expect(card('2024').ringkasan.id).toContain('Data bersifat ilustratif.');
  });
});

describe('buildCardViewModel — engine truth on the card (issue 10)', () => {
  // "Jumlah Kunjungan Wisatawan" through triwulan III 2025, computed by the engine (illustrative numbers).
  const catalog = parseCatalog({
    id: 'uji',
    nama: { id: 'Uji' },
    wilayah: '33.74',
    rpjmd: { mulai: 2021, akhir: 2026 },
    indikator: [
      {
        kode: 'WISATA',
        nama: { id: 'Jumlah Kunjungan Wisatawan', en: 'Tourist visits' },
        definisi: { id: 'Jumlah kunjungan.' },
        satuan: 'kunjungan',
        polaritas: 'positif',
        agregasi: 'sum',
        frekuensi: 'triwulanan',
        levelEstimasi: ['kota'],
        produsenData: 'DISBUDPAR',
        sumberData: 'Uji',
        desimal: 0,
        target: { '2024': 4_000_000, '2025': 4_400_000 },
      },
    ],
  });
  const quarters = (y: number, xs: number[]) =>
    xs.map((nilai, i) => ({ indikator: 'WISATA', wilayah: '33.74', periode: `${y}-Q${i + 1}`, nilai }));
  const { rows: wisata } = computeResults({
    catalog,
    observations: [
      ...quarters(2024, [900_000, 1_000_000, 1_100_000, 1_200_000]),
      ...quarters(2025, [1_000_000, 1_050_000, 1_150_000]),
    ],
  });
  const card = buildCardViewModel(catalog.indikator[0]!, wisata, { asOf: '2025-11-01' });

  it('a partial year says "s.d. Triwulan III" on its period and its target to date, and compares like with like', () => {
    expect(card.periode).toBe('2025');
    expect(card.sampaiDengan).toBe('2025-Q3');
    expect(card.sampaiDenganLabel).toEqual({ id: 's.d. Triwulan III', en: 'through Q3' });
    expect(card.periodeLabel).toEqual({ id: '2025 (s.d. Triwulan III)', en: '2025 (through Q3)' });
    expect(card.target.teks.id).toBe('3.300.000 kunjungan s.d. Triwulan III');
    // 3.200.000 − 3.000.000 (triwulan I–III 2024) — not −1.000.000 against the whole of 2024 (memburuk).
    expect(card.perubahan?.teks.id).toBe('+200.000 kunjungan dibanding Triwulan I–III 2024 (membaik)');
    expect(card.perubahan?.teks.en).toBe('+200,000 kunjungan vs Q1–Q3 2024 (improving)');
    expect(card.capaianTeks.id).toBe('96,97%');
    expect(card.catatan.map((c) => c.id)).toEqual([
      'Tahun berjalan: data Triwulan I–III 2025, dinilai terhadap target s.d. Triwulan III.',
    ]);
    expect(card.ringkasan.id).toContain('dibanding Triwulan I–III 2024');
  });

  it('a change that rounds to zero reads "tetap", with no amount and no judgement', () => {
    const tetap = buildCardViewModel(
      indicator({ satuan: '%' }),
      [
        result({
          periode: '2025',
          realisasi: 4.234,
          perubahan: {
            periodeSebelumnya: '2024',
            sebelumnya: 4.23,
            selisih: 0.004,
            persen: 0.09,
            arah: 'tetap',
          },
        }),
      ],
      { asOf: '2026-01-01' },
    );
    // Today: "±0,00 poin persen dibanding 2024 (membaik)".
    expect(tetap.perubahan?.teks).toEqual({ id: 'tetap dibanding 2024', en: 'unchanged vs 2024' });
  });

  it('prints the capaian with the catalog’s capaian decimals, not a hard-coded 2 (issue 10 §8)', () => {
    const rows = [
      result({ periode: '2025', realisasi: 4, target: 4.4, capaian: 91, kategori: 'sangat-tinggi' }),
    ];
    const one = buildCardViewModel(indicator(), rows, { asOf: '2026-01-01', desimalCapaian: 1 });
    expect(one.capaianTeks.id).toBe('91,0%');
    expect(one.desimalCapaian).toBe(1);
    expect(one.ringkasan.id).toContain('capaian 91,0%');
    expect(one.table.columns.find((c) => c.key === 'capaian')).toMatchObject({ decimals: 1 });
    const own = buildCardViewModel(indicator({ desimalCapaian: 0 }), rows, {
      asOf: '2026-01-01',
      desimalCapaian: 1,
    });
    expect(own.capaianTeks.id).toBe('91%');
  });

  it('a category missing from the scale is an error naming it, never the raw key (issue 10 §8)', () => {
    const rows = [result({ periode: '2025', realisasi: 4, target: 4.4, capaian: 80, kategori: 'baik' })];
    expect(() => buildCardViewModel(indicator(), rows, { asOf: '2026-01-01' })).toThrow(ViewModelError);
    expect(() => buildCardViewModel(indicator(), rows, { asOf: '2026-01-01' })).toThrow(/baik/);
  });

  it('"persentase", "Persen (%)" and "percent" all change in "poin persen" (one percent rule, issue 10 §8)', () => {
    for (const satuan of ['persentase', 'Persen (%)', 'percent']) {
      const vm = buildCardViewModel(
        indicator({ satuan }),
        [
          result({
            periode: '2025',
            realisasi: 4.5,
            perubahan: {
              periodeSebelumnya: '2024',
              sebelumnya: 4.25,
              selisih: 0.25,
              persen: 5.88,
              arah: 'memburuk',
            },
          }),
        ],
        { asOf: '2026-01-01' },
      );
      expect(vm.perubahan?.teks.id).toBe('+0,25 poin persen dibanding 2024 (memburuk)');
      expect(vm.nilai.teks.id).toBe('4,50%');
    }
  });

  it('a rolled-up region shows its coverage, and says when it is partial', () => {
    const rows = [
      result({
        periode: '2025',
        realisasi: 4,
        cakupan: { dilaporkan: 15, diharapkan: 16, tingkat: 'kelurahan' },
      }),
    ];
    const vm = buildCardViewModel(indicator(), rows, { asOf: '2026-01-01' });
    expect(vm.cakupan?.teks).toEqual({ id: '15 dari 16 kelurahan', en: '15 of 16 kelurahan' });
    expect(vm.catatan.map((c) => c.id)).toContain('Cakupan sebagian: 15 dari 16 kelurahan melapor.');
    expect(vm.ringkasan.id).toContain('Cakupan: 15 dari 16 kelurahan.');
  });

  it('a target below 0 gives no capaian and says why', () => {
    const vm = buildCardViewModel(
      indicator({ polaritas: 'positif' }),
      [result({ periode: '2025', realisasi: -1, target: -2, missing: { capaian: 'target-negative' } })],
      { asOf: '2026-01-01' },
    );
    expect(vm.capaianTeks.id).toBe('n/a (target bernilai negatif (rumus capaian memerlukan target positif))');
  });
});

describe('buildCardViewModel — the catalog decides, and rejected rows show (issues 10 §8, 11 §7)', () => {
  const rows = [result({ periode: '2025', realisasi: 4, target: 4.4, capaian: 80, kategori: 'baik' })];

  it('takes the category scale and capaian decimals of the catalog it is given (resolveCategoryScale, capaianDecimals)', () => {
    const vm = buildCardViewModel(indicator(), rows, {
      asOf: '2026-01-01',
      catalog: { kategori: BAIK_KURANG_CATEGORY_SCALE, desimalCapaian: 3 },
    });
    expect(vm.kategoriLabel).toEqual({ id: 'Baik', en: 'Good' });
    // Baik is the second of five bands: tone 1 (0 best … 4 worst).
    expect(vm.kategoriTone).toBe(1);
    expect(vm.capaianTeks.id).toBe('80,000%');
    // An explicit scale still wins over the catalog's.
    expect(() =>
      buildCardViewModel(indicator(), rows, {
        asOf: '2026-01-01',
        catalog: { kategori: BAIK_KURANG_CATEGORY_SCALE, desimalCapaian: 2 },
        categoryScale: DEFAULT_CATEGORY_SCALE,
      }),
    ).toThrow(ViewModelError);
  });

  it('a value whose own row was rejected reads "n/a (baris ditolak)", and the card counts its rejected rows', () => {
    const issue = {
      code: 'non-numeric' as const,
      severity: 'error' as const,
      source: 'observasi',
      row: 12,
      field: 'nilai',
      value: Number.NaN,
      expected: 'angka berhingga atau kosong',
      indikator: 'IKU-01',
      wilayah: '33.74',
      periode: '2025',
    };
    const vm = buildCardViewModel(
      indicator(),
      [
        result({ periode: '2024', realisasi: 4.1 }),
        result({ periode: '2025', realisasi: null, missing: { realisasi: 'no-data' } }),
      ],
      { asOf: '2026-01-01', periode: '2025', issues: [issue, { ...issue, indikator: 'LAIN', row: 13 }] },
    );
    expect(vm.nilai.teks).toEqual({ id: 'n/a (baris ditolak)', en: 'n/a (row rejected)' });
    expect(vm.ditolak?.jumlah).toBe(1);
    expect(vm.ditolak?.teks.id).toBe('1 baris ditolak');
    expect(vm.ditolak!.baris[0]!.teks.id).toBe(
      'Baris 12 (observasi; 33.74; 2025): nilai = NaN; seharusnya: angka berhingga atau kosong',
    );
    expect(vm.ringkasan.id).toContain('1 baris ditolak.');
    expect(formatCell(vm.table.rows[1]!, vm.table.columns[1]!, 'id')).toBe('n/a (baris ditolak)');
    // Without issues: no note, and the reason stays the engine's.
    const plain = buildCardViewModel(
      indicator(),
      [result({ periode: '2025', missing: { realisasi: 'no-data' } })],
      {
        asOf: '2026-01-01',
      },
    );
    expect(plain.ditolak).toBeNull();
    expect(plain.nilai.teks.id).toBe('n/a (tidak ada data)');
  });

  it('a rolled-up region’s table has a coverage column', () => {
    const vm = buildCardViewModel(
      indicator(),
      [
        result({
          periode: '2025',
          wilayah: '33.74.01',
          level: 'kecamatan',
          realisasi: 4,
          cakupan: { dilaporkan: 15, diharapkan: 16, tingkat: 'kelurahan' },
        }),
      ],
      { asOf: '2026-01-01' },
    );
    const col = vm.table.columns.find((c) => c.key === 'cakupan')!;
    expect(formatCell(vm.table.rows[0]!, col, 'id')).toBe('15 dari 16 kelurahan');
  });
});

describe('buildCardViewModel — RPJMD progress on a triwulan card', () => {
  const catalog = parseCatalog({
    id: 'uji',
    nama: { id: 'Uji' },
    wilayah: '33.74',
    rpjmd: { mulai: 2021, akhir: 2026 },
    indikator: [
      {
        kode: 'K',
        nama: { id: 'Kunjungan' },
        definisi: { id: 'Kunjungan.' },
        satuan: 'kunjungan',
        polaritas: 'positif',
        agregasi: 'sum',
        frekuensi: 'triwulanan',
        levelEstimasi: ['kota'],
        produsenData: 'X',
        sumberData: 'Uji',
        target: { '2021': 10, '2022': 10, '2023': 10, '2024': 10, '2025': 10, '2026': 10 },
      },
    ],
  });
  const { rows } = computeResults({
    catalog,
    observations: [1, 2, 3].map((q) => ({
      indikator: 'K',
      wilayah: '33.74',
      periode: `2025-Q${q}`,
      nilai: 2,
    })),
  });
  const card = (periode: string) =>
    buildCardViewModel(catalog.indikator[0]!, rows, { asOf: '2025-11-01', periode });

  it("the year's latest triwulan shows the year's progress (through it); an earlier one shows none", () => {
    // 2025 through triwulan III: 6 of the cumulative end target 60 → 10,00 %.
    expect(card('2025-Q3').progres).toMatchObject({ persen: 10, persenTeks: { id: '10,00%' } });
    expect(card('2025-Q3').progres).toEqual(card('2025').progres);
    expect(card('2025-Q2').progres).toBeNull();
  });
});
