/**
 * Every exported rule function checks its arguments (issue 10 §3): a bad one is an EngineArgumentError naming the
 * function, the argument, what was received and what was expected — each checked exactly here.
 */
import {
  aggregateSubPeriods,
  cagr,
  categorize,
  changeDirection,
  combineComposite,
  computeCapaian,
  computeChange,
  computeProgress,
  DEFAULT_CATEGORY_SCALE,
  EngineArgumentError,
  endTarget,
  formulaValue,
  linearFit,
  meetsTarget,
  negativeCapaian,
  positiveCapaian,
  progressStatus,
  projectToYear,
  proRataShare,
  quarterToDate,
  rankByPolarity,
} from '@satata/core';
import { describe, expect, it } from 'vitest';

/** The error `call` throws, as plain fields. */
function caught(call: () => unknown): Record<string, unknown> {
  try {
    call();
  } catch (e) {
    expect(e).toBeInstanceOf(EngineArgumentError);
    expect(e).toBeInstanceOf(TypeError);
    const err = e as EngineArgumentError;
    expect(err.name).toBe('EngineArgumentError');
    expect(err.message).toBe(
      `${err.fn}: argumen ${err.argument} diharapkan ${err.expected}, diterima ${describeReceived(err.received)}`,
    );
    return { fn: err.fn, argument: err.argument, received: err.received, expected: err.expected };
  }
  throw new Error('expected an EngineArgumentError');
}

function describeReceived(v: unknown): string {
  if (typeof v === 'number') return String(v);
  if (typeof v === 'string') return JSON.stringify(v);
  if (v === undefined) return 'undefined';
  const text = JSON.stringify(v);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

const POLARITAS = "salah satu dari 'positif', 'negatif', 'netral'";
const FINITE = 'angka berhingga';
const base = { realisasi: 5, target: 5, polaritas: 'positif' as const };
const progress = {
  agregasi: 'last' as const,
  polaritas: 'positif' as const,
  proyeksi: 'linear' as const,
  tahun: 2024,
  tahunMulai: 2021,
  tahunAkhir: 2026,
  yearly: [],
  targets: {},
};
const q1 = { kind: 'quarter' as const, year: 2025, index: 1 };

describe('EngineArgumentError names the function, the argument, what came and what was expected', () => {
  it.each([
    [
      'computeCapaian polaritas',
      () => computeCapaian({ ...base, polaritas: 'positive' as never }),
      'computeCapaian',
      'polaritas',
      'positive',
      POLARITAS,
    ],
    [
      'computeCapaian realisasi',
      () => computeCapaian({ ...base, realisasi: Number.NaN }),
      'computeCapaian',
      'realisasi',
      Number.NaN,
      FINITE,
    ],
    [
      'computeCapaian target',
      () => computeCapaian({ ...base, target: Number.POSITIVE_INFINITY }),
      'computeCapaian',
      'target',
      Number.POSITIVE_INFINITY,
      FINITE,
    ],
    [
      'computeCapaian target type',
      () => computeCapaian({ ...base, target: '5' as never }),
      'computeCapaian',
      'target',
      '5',
      'angka atau rentang {min, max}',
    ],
    [
      'computeCapaian target.min',
      () => computeCapaian({ ...base, target: { min: Number.NaN, max: 1 } }),
      'computeCapaian',
      'target.min',
      Number.NaN,
      FINITE,
    ],
    [
      'computeCapaian target.max',
      () => computeCapaian({ ...base, target: { min: 1, max: 'x' as never } }),
      'computeCapaian',
      'target.max',
      'x',
      FINITE,
    ],
    [
      'computeCapaian range order',
      () => computeCapaian({ ...base, target: { min: 3, max: 1 } }),
      'computeCapaian',
      'target',
      { min: 3, max: 1 },
      'rentang dengan min ≤ max',
    ],
    [
      'computeCapaian rumusNegatif',
      () => computeCapaian({ ...base, rumusNegatif: 'ratio' as never }),
      'computeCapaian',
      'rumusNegatif',
      'ratio',
      "salah satu dari 'selisih', 'rasio'",
    ],
    [
      'computeCapaian option',
      () => computeCapaian(base, { negativeFormula: 'x' as never }),
      'computeCapaian',
      'options.negativeFormula',
      'x',
      "salah satu dari 'selisih', 'rasio'",
    ],
    [
      'computeCapaian rentang',
      () => computeCapaian({ ...base, rentang: 'band' as never }),
      'computeCapaian',
      'rentang',
      'band',
      "salah satu dari 'polaritas', 'dua-sisi'",
    ],
    [
      'computeCapaian desimal',
      () => computeCapaian({ ...base, desimal: 11 }),
      'computeCapaian',
      'desimal',
      11,
      'bilangan bulat 0–10',
    ],
    ['positiveCapaian', () => positiveCapaian(1, Number.NaN), 'positiveCapaian', 't', Number.NaN, FINITE],
    [
      'negativeCapaian formula',
      () => negativeCapaian(1, 2, 'x' as never),
      'negativeCapaian',
      'formula',
      'x',
      "salah satu dari 'selisih', 'rasio'",
    ],
    [
      'categorize scale',
      () => categorize(1, { id: 'x', nama: { id: 'x' }, bands: [] }),
      'categorize',
      'scale',
      { id: 'x', nama: { id: 'x' }, bands: [] },
      'skala kategori dengan pita (bands)',
    ],
    [
      'categorize decimals',
      () => categorize(1, DEFAULT_CATEGORY_SCALE, -1),
      'categorize',
      'decimals',
      -1,
      'bilangan bulat 0–10',
    ],
    [
      'changeDirection selisih',
      () => changeDirection(Number.NaN, 'positif'),
      'changeDirection',
      'selisih',
      Number.NaN,
      FINITE,
    ],
    [
      'changeDirection tolerance',
      () => changeDirection(1, 'positif', { tolerance: -0.1 }),
      'changeDirection',
      'options.tolerance',
      -0.1,
      'angka ≥ 0',
    ],
    [
      'changeDirection decimals',
      () => changeDirection(1, 'positif', { decimals: 1.5 }),
      'changeDirection',
      'options.decimals',
      1.5,
      'bilangan bulat 0–10',
    ],
    [
      'computeChange periode',
      () =>
        computeChange({
          realisasi: 1,
          sebelumnya: 1,
          periodeSebelumnya: 2024 as never,
          polaritas: 'positif',
        }),
      'computeChange',
      'periodeSebelumnya',
      2024,
      'kunci periode (teks)',
    ],
    [
      'aggregateSubPeriods values',
      () => aggregateSubPeriods('x' as never, 'sum'),
      'aggregateSubPeriods',
      'values',
      'x',
      'sebuah array',
    ],
    [
      'aggregateSubPeriods agregasi',
      () => aggregateSubPeriods([], 'total' as never),
      'aggregateSubPeriods',
      'agregasi',
      'total',
      "salah satu dari 'sum', 'last', 'mean', 'max'",
    ],
    [
      'aggregateSubPeriods sampaiBulan',
      () => aggregateSubPeriods([], 'sum', { sampaiBulan: 0 }),
      'aggregateSubPeriods',
      'options.sampaiBulan',
      0,
      'bilangan bulat 1–12',
    ],
    [
      'quarterToDate period',
      () => quarterToDate({ kind: 'quarter', year: 2025, index: 5 }, 'sum', [], {}, null),
      'quarterToDate',
      'period.index',
      5,
      'bilangan bulat 1–4',
    ],
    [
      'quarterToDate target',
      () => quarterToDate(q1, 'sum', [], { '2025-Q1': Number.NaN }, null),
      'quarterToDate',
      'targetPeriode.2025-Q1',
      Number.NaN,
      FINITE,
    ],
    [
      'quarterToDate proRata',
      () => quarterToDate(q1, 'sum', [], {}, 10, { proRata: [25, 50, 75] as never }),
      'quarterToDate',
      'options.proRata',
      [25, 50, 75],
      'empat persentase (triwulan I–IV)',
    ],
    [
      'proRataShare period kind',
      () => proRataShare({ kind: 'week' as never, year: 2025, index: 1 }),
      'proRataShare',
      'p.kind',
      'week',
      "salah satu dari 'year', 'semester', 'quarter', 'month'",
    ],
    [
      'endTarget order',
      () => endTarget({}, 'sum', 2026, 2021),
      'endTarget',
      'akhir',
      2021,
      'tahun ≥ mulai (2026)',
    ],
    [
      'endTarget targets',
      () => endTarget({ '2021': Number.NaN }, 'sum', 2021, 2026),
      'endTarget',
      'targets.2021',
      Number.NaN,
      FINITE,
    ],
    [
      'progressStatus thresholds',
      () => progressStatus(50, { tercapai: 60, sesuaiJalur: 80 }),
      'progressStatus',
      'thresholds.sesuaiJalur',
      80,
      '≤ tercapai (60)',
    ],
    [
      'computeProgress yearly',
      () => computeProgress({ ...progress, yearly: [{ tahun: 2022, nilai: Number.NaN }] }),
      'computeProgress',
      'yearly.0.nilai',
      Number.NaN,
      FINITE,
    ],
    [
      'computeProgress tahunAkhir',
      () => computeProgress({ ...progress, tahunAkhir: 2020 }),
      'computeProgress',
      'tahunAkhir',
      2020,
      'bilangan bulat 2021–9999',
    ],
    [
      'projectToYear metode',
      () => projectToYear([], 2026, 'kuadrat' as never),
      'projectToYear',
      'metode',
      'kuadrat',
      "salah satu dari 'linear', 'cagr'",
    ],
    [
      'projectToYear points',
      () => projectToYear([{ tahun: 2021.5, nilai: 1 }], 2026, 'linear'),
      'projectToYear',
      'points.0.tahun',
      2021.5,
      'bilangan bulat 0–9999',
    ],
    [
      'linearFit one year',
      () => linearFit([{ tahun: 2021, nilai: 1 }]),
      'linearFit',
      'points',
      [{ tahun: 2021, nilai: 1 }],
      'titik dari sedikitnya 2 tahun berbeda',
    ],
    [
      'cagr values',
      () => cagr({ tahun: 2021, nilai: 0 }, { tahun: 2022, nilai: 1 }),
      'cagr',
      'first.nilai/last.nilai',
      [0, 1],
      'dua nilai > 0',
    ],
    [
      'cagr years',
      () => cagr({ tahun: 2021, nilai: 1 }, { tahun: 2021, nilai: 2 }),
      'cagr',
      'last.tahun',
      2021,
      'tahun lain dari first',
    ],
    [
      'meetsTarget rentang',
      () => meetsTarget(1, 1, 'positif', 'x' as never),
      'meetsTarget',
      'rentang',
      'x',
      "salah satu dari 'polaritas', 'dua-sisi'",
    ],
    [
      'combineComposite bobot',
      () => combineComposite('mean', [{ kode: 'a', nilai: 1, bobot: 0 }]),
      'combineComposite',
      'parts.0.bobot',
      0,
      'angka > 0',
    ],
    [
      'combineComposite metode',
      () => combineComposite('median' as never, []),
      'combineComposite',
      'metode',
      'median',
      "salah satu dari 'weighted-mean', 'mean', 'sum'",
    ],
    [
      'rankByPolarity value',
      () => rankByPolarity([1, Number.NaN], 'positif'),
      'rankByPolarity',
      'values.1',
      Number.NaN,
      FINITE,
    ],
    [
      'formulaValue factor',
      () => formulaValue(1, 2, Number.POSITIVE_INFINITY),
      'formulaValue',
      'factor',
      Number.POSITIVE_INFINITY,
      FINITE,
    ],
  ] as const)('%s', (_name, call, fn, argument, received, expected) => {
    expect(caught(call)).toEqual({ fn, argument, received, expected });
  });

  it('describes what it received briefly: long values are cut with an ellipsis', () => {
    const long = { min: 3, max: 1, note: 'x'.repeat(100) };
    const err = caught(() => computeCapaian({ ...base, target: long as never }));
    expect(err.received).toBe(long);
    expect(() => computeCapaian({ ...base, target: long as never })).toThrow(
      /diterima \{"min":3,"max":1,"note":"x+…$/,
    );
  });

  it('valid edge arguments pass: decimals 0 and 10, a zero tolerance, sampaiBulan 1 and 12', () => {
    expect(computeCapaian({ ...base, desimal: 0 }).capaian).toBe(100);
    expect(computeCapaian({ ...base, desimal: 10 }).capaian).toBe(100);
    expect(changeDirection(0, 'positif', { tolerance: 0 })).toBe('tetap');
    expect(aggregateSubPeriods([], 'sum', { sampaiBulan: 1 }).reason).toBe('no-data');
    expect(aggregateSubPeriods([], 'sum', { sampaiBulan: 12 }).reason).toBe('no-data');
    expect(progressStatus(70, { tercapai: 70, sesuaiJalur: 70 })).toBe('tercapai');
  });
});
