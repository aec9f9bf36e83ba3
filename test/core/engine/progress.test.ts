import { computeProgress, endTarget, progressStatus } from '@satata/core';
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
