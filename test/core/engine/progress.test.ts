import { computeProgress, EngineArgumentError, endTarget, progressStatus } from '@satata/core';
import { describe, expect, it } from 'vitest';

const targets = { '2021': 100, '2022': 100, '2023': 100, '2024': 100, '2025': 100, '2026': 100 };

describe('progressStatus', () => {
  it('≥ 80 tercapai, 60–80 sesuai-jalur, < 60 perlu upaya keras; configurable', () => {
    expect(progressStatus(80)).toBe('tercapai');
    expect(progressStatus(79.99)).toBe('sesuai-jalur');
    expect(progressStatus(60)).toBe('sesuai-jalur');
    expect(progressStatus(59.99)).toBe('perlu-upaya-keras');
    expect(progressStatus(85, { tercapai: 90, sesuaiJalur: 70 })).toBe('sesuai-jalur');
  });
});

describe('endTarget', () => {
  it('sum: the annual targets of the plan added; others: the final year', () => {
    expect(endTarget(targets, 'sum', 2021, 2026)).toBe(600);
    expect(endTarget({ ...targets, '2026': { min: 90, max: 110 } }, 'sum', 2021, 2026)).toEqual({
      min: 590,
      max: 610,
    });
    expect(endTarget({ '2021': 1 }, 'sum', 2021, 2026)).toBeNull();
    expect(endTarget({ '2026': 7 }, 'last', 2021, 2026)).toBe(7);
  });
});

describe('computeProgress', () => {
  it('last: the latest value against the final-year target (12 of 20 → 60 % sesuai-jalur)', () => {
    const r = computeProgress({
      agregasi: 'last',
      polaritas: 'positif',
      proyeksi: 'linear',
      tahun: 2022,
      tahunMulai: 2021,
      tahunAkhir: 2026,
      yearly: [
        { tahun: 2021, nilai: 10 },
        { tahun: 2022, nilai: 12 },
        { tahun: 2023, nilai: 99 }, // after the row's year: not used
      ],
      targets: { '2026': 20 },
    });
    expect(r.progres.realisasiKumulatif).toBe(12);
    expect(r.progres.persen).toBe(60);
    expect(r.progres.status).toBe('sesuai-jalur');
    // Linear through (2021, 10), (2022, 12): slope 2 → 2026: 20 → meets 20.
    expect(r.progres.proyeksi?.nilai).toBeCloseTo(20, 10);
    expect(r.progres.proyeksi?.akanTercapai).toBe(true);
  });

  it('sum: earlier years plus this one against the cumulative target (200 of 600 → 33,3 %)', () => {
    const r = computeProgress({
      agregasi: 'sum',
      polaritas: 'positif',
      proyeksi: 'linear',
      tahun: 2022,
      tahunMulai: 2021,
      tahunAkhir: 2026,
      yearly: [
        { tahun: 2020, nilai: 70 }, // baseline year: fits the trend, not counted as plan realisation
        { tahun: 2021, nilai: 90 },
        { tahun: 2022, nilai: 110 },
      ],
      targets,
    });
    expect(r.progres.targetAkhir).toBe(600);
    expect(r.progres.realisasiKumulatif).toBe(200);
    expect(r.progres.persen).toBe(33.33);
    expect(r.progres.status).toBe('perlu-upaya-keras');
    // Trend +20 a year: 2023–2026 flows 130 + 150 + 170 + 190 = 640; 200 + 640 = 840 ≥ 600.
    expect(r.progres.proyeksi?.nilai).toBeCloseTo(840, 8);
    expect(r.progres.proyeksi?.akanTercapai).toBe(true);
  });

  it('negative indicators judge progress and projection by polarity', () => {
    const r = computeProgress({
      agregasi: 'last',
      polaritas: 'negatif',
      proyeksi: 'linear',
      tahun: 2023,
      tahunMulai: 2021,
      tahunAkhir: 2026,
      yearly: [
        { tahun: 2021, nilai: 5 },
        { tahun: 2022, nilai: 5 },
        { tahun: 2023, nilai: 5 },
      ],
      targets: { '2026': 4 },
    });
    // (2·4 − 5) / 4 × 100 = 75 → sesuai-jalur; a flat 5 stays above 4 → not met.
    expect(r.progres.persen).toBe(75);
    expect(r.progres.status).toBe('sesuai-jalur');
    expect(r.progres.proyeksi?.akanTercapai).toBe(false);
  });

  it('says why parts are missing', () => {
    const r = computeProgress({
      agregasi: 'last',
      polaritas: 'positif',
      proyeksi: 'linear',
      tahun: 2021,
      tahunMulai: 2021,
      tahunAkhir: 2026,
      yearly: [{ tahun: 2021, nilai: 10 }],
      targets: {},
    });
    expect(r.reason).toBe('no-end-target');
    expect(r.proyeksiReason).toBe('insufficient-history');
    expect(r.progres.persen).toBeNull();
    expect(r.progres.status).toBeNull();
  });
});

describe('computeProgress — edges a plausible one-line change would move', () => {
  const input = {
    agregasi: 'last' as const,
    polaritas: 'positif' as const,
    proyeksi: 'linear' as const,
    tahun: 2023,
    tahunMulai: 2021,
    tahunAkhir: 2026,
    targets: { '2026': 20 },
  };

  it('equal thresholds are allowed: at them the status is tercapai', () => {
    expect(progressStatus(70, { tercapai: 70, sesuaiJalur: 70 })).toBe('tercapai');
    expect(progressStatus(69.99, { tercapai: 70, sesuaiJalur: 70 })).toBe('perlu-upaya-keras');
  });

  it('the latest value is the latest year, whatever the order of the points', () => {
    const r = computeProgress({
      ...input,
      yearly: [
        { tahun: 2023, nilai: 16 },
        { tahun: 2021, nilai: 10 },
        { tahun: 2022, nilai: 12 },
      ],
    });
    // 16 of 20 → 80 % tercapai.
    expect(r.progres.realisasiKumulatif).toBe(16);
    expect(r.progres.persen).toBe(80);
    expect(r.progres.status).toBe('tercapai');
  });

  it('counts the first plan year, not a year before it (sum: 10 + 20 = 30 of 600)', () => {
    const r = computeProgress({
      ...input,
      agregasi: 'sum',
      tahun: 2022,
      yearly: [
        { tahun: 2020, nilai: 1000 },
        { tahun: 2021, nilai: 10 },
        { tahun: 2022, nilai: 20 },
      ],
      targets,
    });
    expect(r.progres.realisasiKumulatif).toBe(30);
    // 30 / 600 × 100 = 5.
    expect(r.progres.persen).toBe(5);
  });

  it('without a year in the plan up to the row there is nothing to judge', () => {
    const r = computeProgress({ ...input, tahun: 2021, yearly: [{ tahun: 2020, nilai: 10 }] });
    expect(r.progres.realisasiKumulatif).toBeNull();
    expect(r.progres.persen).toBeNull();
    expect(r.reason).toBe('no-data');
  });

  it("the negative formula: the indicator's, else the option's, else selisih", () => {
    const neg = { ...input, polaritas: 'negatif' as const, yearly: [{ tahun: 2023, nilai: 25 }] };
    // selisih (40 − 25) / 20 × 100 = 75; rasio 20 / 25 × 100 = 80.
    expect(computeProgress(neg).progres.persen).toBe(75);
    expect(computeProgress(neg, { negativeFormula: 'rasio' }).progres.persen).toBe(80);
    expect(
      computeProgress({ ...neg, rumusNegatif: 'selisih' }, { negativeFormula: 'rasio' }).progres.persen,
    ).toBe(75);
  });

  it('the percentage is published at the indicator’s decimals (default 2) and judged on that', () => {
    // 15,99 / 20 × 100 = 79,95 → 80 at 0 decimals: tercapai; at 2 decimals 79,95: sesuai-jalur.
    const yearly = [{ tahun: 2023, nilai: 15.99 }];
    expect(computeProgress({ ...input, yearly }).progres).toMatchObject({
      persen: 79.95,
      status: 'sesuai-jalur',
    });
    expect(computeProgress({ ...input, yearly, desimal: 0 }).progres).toMatchObject({
      persen: 80,
      status: 'tercapai',
    });
  });

  it('uses the thresholds of the options', () => {
    const yearly = [{ tahun: 2023, nilai: 17 }];
    // 17 / 20 = 85 %: tercapai by default, sesuai-jalur when tercapai needs 90.
    expect(computeProgress({ ...input, yearly }).progres.status).toBe('tercapai');
    expect(
      computeProgress({ ...input, yearly }, { progressThresholds: { tercapai: 90, sesuaiJalur: 70 } }).progres
        .status,
    ).toBe('sesuai-jalur');
  });

  it('a given end target is used as given (null: none), instead of the one from the targets', () => {
    const yearly = [{ tahun: 2023, nilai: 10 }];
    expect(computeProgress({ ...input, yearly, targetAkhir: 40 }).progres).toMatchObject({
      targetAkhir: 40,
      persen: 25,
    });
    const none = computeProgress({ ...input, yearly, targetAkhir: null });
    expect(none.progres.targetAkhir).toBeNull();
    expect(none.reason).toBe('no-end-target');
  });

  it('projects from the given projection points, only up to the row’s year', () => {
    const r = computeProgress({
      ...input,
      tahun: 2022,
      yearly: [
        { tahun: 2021, nilai: 10 },
        { tahun: 2022, nilai: 12 },
      ],
      // Fitted on 2021–2022 only (2023 is after the row): 10, 12 → 2026: 20; titik 2022 … 2026.
      projectionPoints: [
        { tahun: 2021, nilai: 10 },
        { tahun: 2022, nilai: 12 },
        { tahun: 2023, nilai: 100 },
      ],
    });
    expect(r.progres.proyeksi?.nilai).toBeCloseTo(20, 8);
    expect(r.progres.proyeksi?.tahun).toBe(2026);
    expect(r.progres.proyeksi?.metode).toBe('linear');
    expect(r.progres.proyeksi?.titik.map((t) => t.tahun)).toEqual([2022, 2023, 2024, 2025, 2026]);
    expect(r.progres.proyeksi?.titik[4]?.nilai).toBeCloseTo(20, 8);
    expect(r.proyeksiReason).toBeUndefined();
  });

  it('sum: the projected total adds realised plan years and the fitted flows of the later plan years only', () => {
    // Plan 2021–2023; flows 2019: 10, 2020: 20 (before the plan), 2021: 30. Trend +10 a year: 2022: 40, 2023: 50.
    // Realised in the plan: 30; later plan years: 40 + 50 → 120 against 3 × 40 = 120 → met.
    const r = computeProgress({
      agregasi: 'sum',
      polaritas: 'positif',
      proyeksi: 'linear',
      tahun: 2021,
      tahunMulai: 2021,
      tahunAkhir: 2023,
      yearly: [
        { tahun: 2019, nilai: 10 },
        { tahun: 2020, nilai: 20 },
        { tahun: 2021, nilai: 30 },
      ],
      targets: { '2021': 40, '2022': 40, '2023': 40 },
    });
    expect(r.progres.proyeksi?.nilai).toBeCloseTo(120, 8);
    expect(r.progres.proyeksi?.akanTercapai).toBe(true);
    expect(r.progres.proyeksi?.titik.map((t) => Math.round(t.nilai))).toEqual([30, 40, 50]);
  });

  it('sum: fitted flows of years before the plan are not added', () => {
    // Data ends in 2019, plan 2021–2022: flows 10 (2018), 20 (2019) → 2020: 30 (before the plan, not added),
    // 2021: 40, 2022: 50 → 90; nothing realised in the plan yet.
    const r = computeProgress({
      agregasi: 'sum',
      polaritas: 'positif',
      proyeksi: 'linear',
      tahun: 2021,
      tahunMulai: 2021,
      tahunAkhir: 2022,
      yearly: [
        { tahun: 2018, nilai: 10 },
        { tahun: 2019, nilai: 20 },
      ],
      targets: { '2021': 50, '2022': 50 },
    });
    expect(r.progres.proyeksi?.nilai).toBeCloseTo(90, 8);
    expect(r.progres.proyeksi?.akanTercapai).toBe(false);
  });

  it('a projection without an end target is shown, with its reason; one that overflows is not', () => {
    const yearly = [
      { tahun: 2021, nilai: 10 },
      { tahun: 2022, nilai: 12 },
    ];
    const r = computeProgress({ ...input, tahun: 2022, yearly, targets: {} });
    expect(r.progres.proyeksi?.nilai).toBeCloseTo(20, 8);
    expect(r.progres.proyeksi?.akanTercapai).toBeNull();
    expect(r.proyeksiReason).toBe('no-end-target');
    const big = computeProgress({
      ...input,
      agregasi: 'sum',
      proyeksi: 'cagr',
      tahun: 2022,
      yearly: [
        { tahun: 2021, nilai: 1e-300 },
        { tahun: 2022, nilai: 1e300 },
      ],
    });
    expect(big.progres.proyeksi).toBeNull();
    expect(big.proyeksiReason).toBe('not-finite');
  });
});

describe('computeProgress — ranges, unordered projection points, and the argument each check names', () => {
  const input = {
    agregasi: 'last' as const,
    polaritas: 'positif' as const,
    proyeksi: 'linear' as const,
    tahun: 2023,
    tahunMulai: 2021,
    tahunAkhir: 2026,
    yearly: [{ tahun: 2023, nilai: 20 }],
    targets: { '2026': { min: 15, max: 18 } },
  };

  it('a range end target follows the published convention by default, or the indicator’s rentang', () => {
    // Above 15–18: 20 / 18 × 100 = 111,11; bad on both sides ('dua-sisi'): (36 − 20) / 18 × 100 = 88,89.
    expect(computeProgress(input).progres.persen).toBe(111.11);
    expect(computeProgress({ ...input, rentang: 'dua-sisi' }).progres.persen).toBe(88.89);
  });

  it('projection points in any order are fitted in year order', () => {
    // CAGR 100 (2021) → 121 (2023): 10 % a year → 2026: 121 · 1,1³ = 161,051.
    const r = computeProgress({
      ...input,
      proyeksi: 'cagr',
      targets: { '2026': 160 },
      projectionPoints: [
        { tahun: 2023, nilai: 121 },
        { tahun: 2021, nilai: 100 },
      ],
    });
    expect(r.progres.proyeksi?.metode).toBe('cagr');
    expect(r.progres.proyeksi?.nilai).toBeCloseTo(161.051, 8);
    expect(r.progres.proyeksi?.akanTercapai).toBe(true);
  });

  const fields = (call: () => unknown) => {
    try {
      call();
    } catch (e) {
      if (!(e instanceof EngineArgumentError)) throw e;
      return { fn: e.fn, argument: e.argument };
    }
    return 'no error';
  };
  const progressArg = (argument: string) => ({ fn: 'computeProgress', argument });

  it.each([
    ['agregasi', { agregasi: 'total' }],
    ['polaritas', { polaritas: 'positive' }],
    ['rumusNegatif', { rumusNegatif: 'ratio' }],
    ['rentang', { rentang: 'band' }],
    ['proyeksi', { proyeksi: 'exp' }],
    ['desimal', { desimal: 11 }],
    ['tahun', { tahun: 2023.5 }],
    ['tahunMulai', { tahunMulai: -1 }],
    ['tahunAkhir', { tahunAkhir: 2020 }],
    ['yearly.0.tahun', { yearly: [null] }],
    ['yearly.0.nilai', { yearly: [{ tahun: 2023, nilai: Number.NaN }] }],
    [
      'projectionPoints.1.tahun',
      {
        projectionPoints: [
          { tahun: 2022, nilai: 1 },
          { tahun: 'x', nilai: 1 },
        ],
      },
    ],
    ['targets.2026', { targets: { '2026': Number.NaN } }],
    ['targetAkhir', { targetAkhir: Number.POSITIVE_INFINITY }],
  ])('names %s', (argument, bad) => {
    expect(fields(() => computeProgress({ ...input, ...bad } as never))).toEqual(progressArg(argument));
  });

  it('names the options it rejects', () => {
    expect(fields(() => computeProgress(input, { negativeFormula: 'x' as never }))).toEqual(
      progressArg('options.negativeFormula'),
    );
    expect(
      fields(() => computeProgress(input, { progressThresholds: { tercapai: 50, sesuaiJalur: 60 } })),
    ).toEqual(progressArg('thresholds.sesuaiJalur'));
  });

  it('progressStatus names the percentage and the thresholds it rejects', () => {
    const status = (argument: string) => ({ fn: 'progressStatus', argument });
    expect(fields(() => progressStatus(Number.NaN))).toEqual(status('persen'));
    expect(fields(() => progressStatus(50, null as never))).toEqual(status('thresholds'));
    expect(() => progressStatus(50, null as never)).toThrow(
      'progressStatus: argumen thresholds diharapkan { tercapai, sesuaiJalur }, diterima null',
    );
    expect(fields(() => progressStatus(50, 5 as never))).toEqual(status('thresholds'));
    expect(fields(() => progressStatus(50, { tercapai: Number.NaN, sesuaiJalur: 60 }))).toEqual(
      status('thresholds.tercapai'),
    );
    expect(fields(() => progressStatus(50, { tercapai: 80, sesuaiJalur: Number.NaN }))).toEqual(
      status('thresholds.sesuaiJalur'),
    );
  });
});
