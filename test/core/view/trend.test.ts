import { buildTrendViewModel, type IndicatorResult, ViewModelError } from '@satata/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { indicator, result } from './fixtures.ts';

// A negative indicator (poverty rate, %), kota level. Values are hand-made for the test, not published figures.
const ind = indicator();
const kota: IndicatorResult[] = [
  result({
    periode: '2022',
    realisasi: 4.25,
    target: 4.4,
    capaian: 103.41,
    kategori: 'sangat-tinggi',
    seri: 'Susenas 2022',
  }),
  result({
    periode: '2023',
    realisasi: 4.23,
    target: 4.2,
    capaian: 99.29,
    kategori: 'sangat-tinggi',
    seri: 'Susenas 2023 (metode baru)',
    flags: {
      capaianNegatif: false,
      kecilDenominator: false,
      ditekan: false,
      ilustratif: false,
      seriBerubah: true,
    },
  }),
  result({
    periode: '2024',
    realisasi: 4.03,
    target: 4.1,
    capaian: 101.71,
    kategori: 'sangat-tinggi',
    seri: 'Susenas 2023 (metode baru)',
    progres: {
      tahunAkhir: 2026,
      targetAkhir: 3.8,
      realisasiKumulatif: 4.03,
      persen: 93.95,
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
  // a quarter row of the same indicator: left out of the yearly series
  result({ periode: '2024-Q2', realisasi: 4.1 }),
];
const kec = [
  result({
    periode: '2024',
    wilayah: '33.74.01',
    level: 'kecamatan',
    realisasi: null,
    missing: { realisasi: 'no-data', capaian: 'no-data' },
  }),
  result({ periode: '2023', wilayah: '33.74.01', level: 'kecamatan', realisasi: 5.1 }),
];

describe('buildTrendViewModel', () => {
  const vm = buildTrendViewModel(ind, [...kec, ...kota], {
    wilayah: ['33.74', '33.74.01'],
    regionNames: { '33.74': 'Kota Semarang', '33.74.01': 'Semarang Tengah' },
    rpjmd: { mulai: 2021, akhir: 2026 },
  });

  it('spans the RPJMD years and the projection on one category axis', () => {
    expect(vm.periods).toEqual(['2021', '2022', '2023', '2024', '2025', '2026']);
    expect(vm.periodLabels.map((l) => l.id)).toEqual(['2021', '2022', '2023', '2024', '2025', '2026']);
  });

  it('keeps series in the order asked, points sorted, quarters out of the yearly view', () => {
    expect(vm.series.map((s) => s.nama)).toEqual(['Kota Semarang', 'Semarang Tengah']);
    expect(vm.series[0]!.points.map((p) => p.periode)).toEqual(['2022', '2023', '2024']);
    expect(vm.series[1]!.points.map((p) => [p.periode, p.realisasi])).toEqual([
      ['2023', 5.1],
      ['2024', null],
    ]);
    expect(vm.series[1]!.points[1]!.missing.realisasi).toBe('no-data');
  });

  it('carries targets, category labels, the dashed projection and the vintage mark', () => {
    const p = vm.series[0]!.points[1]!;
    expect(p.garisTarget).toBe(4.2);
    expect(p.kategoriLabel).toEqual({ id: 'Sangat Tinggi', en: 'Very high' });
    expect(vm.series[0]!.proyeksi!.titik).toEqual([
      { periode: '2024', nilai: 4.03 },
      { periode: '2025', nilai: 3.9 },
      { periode: '2026', nilai: 3.77 },
    ]);
    expect(vm.series[0]!.perubahanSeri).toEqual([
      { periode: '2023', seri: 'Susenas 2023 (metode baru)', seriSebelumnya: 'Susenas 2022' },
    ]);
    expect(vm.series[1]!.proyeksi).toBeNull();
    expect(vm.targetRentang).toBe(false);
  });

  it('writes the summary in Indonesian and English', () => {
    // Numbers from the fixture: 2024 realisation 4,03 % against target 4,1 %, capaian 101,71 %; 2022 value 4,25.
    expect(vm.ringkasan.id).toBe(
      'Persentase penduduk miskin di Kota Semarang pada 2024: 4,03%, target 4,10%, capaian 101,71% (Sangat Tinggi). ' +
        'Sejak 2022 (4,25%) nilainya turun. ' +
        'Dengan laju saat ini, proyeksi 2026 adalah 3,77%, target akhir diperkirakan tercapai. ' +
        'Seri data berubah (vintage atau metode) pada 2023; nilai sebelum dan sesudahnya tidak sepenuhnya sebanding. ' +
        'Grafik membandingkan 2 wilayah.',
    );
    expect(vm.ringkasan.en).toContain(
      'Poverty rate in Kota Semarang, 2024: 4.03%, target 4.10%, achievement 101.71% (Very high).',
    );
  });

  it('gives a data table of every region × period with a value or a projection', () => {
    const t = vm.table;
    expect(t.columns.map((c) => c.key)).toEqual([
      'wilayah',
      'periode',
      'realisasi',
      'target',
      'capaian',
      'kategori',
      'proyeksi',
      'seri',
    ]);
    // Kota: 2022, 2023, 2024 (with projection 4,03), 2025, 2026 (projection only); kecamatan: 2023, 2024
    expect(t.rows.map((r) => `${r.values.wilayah}:${r.values.periode}`)).toEqual([
      'Kota Semarang:2022',
      'Kota Semarang:2023',
      'Kota Semarang:2024',
      'Kota Semarang:2025',
      'Kota Semarang:2026',
      'Semarang Tengah:2023',
      'Semarang Tengah:2024',
    ]);
    expect(t.rows[3]!.values).toMatchObject({ realisasi: null, proyeksi: 3.9 });
    expect(t.rows[6]!.missing).toMatchObject({ realisasi: 'no-data' });
  });

  it('triwulan variant: quarters only, pro-rata target line, no projection', () => {
    const q = buildTrendViewModel(
      ind,
      [
        result({ periode: '2025-Q1', realisasi: 10, target: 100, targetAcuan: 25, targetBasis: 'pro-rata' }),
        result({
          periode: '2025-Q2',
          realisasi: 30,
          target: { min: 40, max: 60 },
          targetAcuan: 40,
          targetBasis: 'periode',
        }),
        result({ periode: '2025', realisasi: 30 }),
      ],
      { granularity: 'triwulanan' },
    );
    expect(q.periods).toEqual(['2025-Q1', '2025-Q2']);
    expect(q.periodLabels.map((l) => l.id)).toEqual(['Triwulan I 2025', 'Triwulan II 2025']);
    expect(q.series[0]!.points.map((p) => p.garisTarget)).toEqual([25, null]);
    expect(q.targetRentang).toBe(true);
    expect(q.table.columns.map((c) => c.key)).toContain('targetMaks');
    expect(q.table.rows[1]!.values).toMatchObject({ targetMin: 40, targetMaks: 60 });
  });

  it('names the row of a result of another indicator or a duplicate', () => {
    const bad = [result({ periode: '2024' }), result({ periode: '2024', indikator: 'IKU-99' })];
    expect(() => buildTrendViewModel(ind, bad)).toThrow(ViewModelError);
    try {
      buildTrendViewModel(ind, bad);
    } catch (e) {
      expect((e as ViewModelError).row).toBe(1);
      expect((e as ViewModelError).field).toBe('indikator');
    }
    expect(() =>
      buildTrendViewModel(ind, [result({ periode: '2024' }), result({ periode: '2024' })]),
    ).toThrow(/ganda/);
  });

  it('property: a missing realisation stays null (never 0) in the points and the table', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 2015, max: 2030 }), { minLength: 1, maxLength: 10 }),
        fc.array(fc.option(fc.double({ min: -1e6, max: 1e6, noNaN: true })), {
          minLength: 10,
          maxLength: 10,
        }),
        (years, vals) => {
          const rs = years.map((y, i) =>
            result({
              periode: String(y),
              realisasi: vals[i]!,
              missing: vals[i] === null ? { realisasi: 'no-data' } : {},
            }),
          );
          const v = buildTrendViewModel(ind, rs);
          for (const p of v.series[0]!.points) {
            const src = rs.find((r) => r.periode === p.periode)!;
            expect(p.realisasi).toBe(src.realisasi);
          }
          for (const row of v.table.rows) {
            const src = rs.find((r) => r.periode === row.values.periode)!;
            expect(row.values.realisasi).toBe(src.realisasi);
            if (src.realisasi === null) expect(row.missing.realisasi).toBe('no-data');
          }
          expect(v.periods).toEqual([...years].sort((a, b) => a - b).map(String));
        },
      ),
    );
  });
});

describe('buildTrendViewModel — capaian decimals (issue 10 §8)', () => {
  const rows = [
    result({ periode: '2024', realisasi: 4, target: 4.4, capaian: 109.091, kategori: 'sangat-tinggi' }),
  ];

  it('prints the capaian with capaianDecimals of the indicator and the catalog, in the summary and the table', () => {
    const vm = buildTrendViewModel(ind, rows, { catalog: { desimalCapaian: 3 } });
    expect(vm.desimalCapaian).toBe(3);
    expect(vm.ringkasan.id).toContain('capaian 109,091% (Sangat Tinggi)');
    expect(vm.table.columns.find((c) => c.key === 'capaian')).toMatchObject({ decimals: 3 });
    // The indicator's own decimals win; without a catalog, 2.
    expect(
      buildTrendViewModel(indicator({ desimalCapaian: 1 }), rows, { catalog: { desimalCapaian: 3 } })
        .desimalCapaian,
    ).toBe(1);
    expect(buildTrendViewModel(ind, rows).ringkasan.id).toContain('capaian 109,09%');
  });
});
