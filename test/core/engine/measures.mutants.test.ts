/**
 * aggregateMeasures, formulaTable and the SQL they compile to: the cases the mutation run found untested. The
 * expected sums are counted by hand from the rows written out in each test.
 */
import {
  aggregateMeasures,
  columnTable,
  type Formula,
  formulaTable,
  formulaToSql,
  MeasureSpecError,
  measureSpecToSql,
} from '@satata/core';
import { describe, expect, it } from 'vitest';

/** Four households: region, year, members (one unknown) and status. */
const households = () =>
  columnTable({
    kel: ['k1', 'k1', 'k1', 'k2'],
    tahun: [2024, 2024, 2024, 2024],
    anggota: [4, null, 2, 3],
    status: ['miskin', 'miskin', 'tidak', 'miskin'],
  });

const message = (call: () => unknown) => {
  try {
    call();
  } catch (e) {
    expect(e).toBeInstanceOf(MeasureSpecError);
    return (e as Error).message;
  }
  throw new Error('expected a MeasureSpecError');
};

describe('aggregateMeasures: a count of a field within filters', () => {
  it('counts the rows that match and have the field (k1: rows 0 and 1 are poor, row 1 has no members → 1)', () => {
    const miskin = [{ field: 'status', op: 'eq' as const, value: 'miskin' }];
    const spec = {
      regionField: 'kel',
      measures: {
        n: { op: 'count' as const, field: 'anggota', filters: miskin },
        semua: { op: 'count' as const, filters: miskin },
      },
    };
    expect(aggregateMeasures(households(), spec).objects()).toEqual([
      { wilayah: 'k1', n: 1, semua: 2 },
      { wilayah: 'k2', n: 1, semua: 1 },
    ]);
    // The same within a population (members ≥ 3): k1 keeps row 0 only, k2 row 3.
    const restricted = { ...spec, filters: [{ field: 'anggota', op: 'gte' as const, value: 3 }] };
    expect(aggregateMeasures(households(), restricted).objects()).toEqual([
      { wilayah: 'k1', n: 1, semua: 1 },
      { wilayah: 'k2', n: 1, semua: 1 },
    ]);
  });
});

describe('aggregateMeasures of no rows', () => {
  it('is an empty table with the key and measure columns', () => {
    const empty = columnTable({ kel: [], tahun: [], anggota: [] });
    const withPeriod = aggregateMeasures(empty, {
      regionField: 'kel',
      periodField: 'tahun',
      measures: { jiwa: { op: 'sum', field: 'anggota', filters: [] } },
    });
    expect(withPeriod.numRows()).toBe(0);
    expect(withPeriod.columnNames()).toEqual(['wilayah', 'periode', 'jiwa']);
    const without = aggregateMeasures(empty, {
      regionField: 'kel',
      measures: { n: { op: 'count', filters: [] } },
    });
    expect(without.numRows()).toBe(0);
    expect(without.columnNames()).toEqual(['wilayah', 'n']);
  });
});

describe('a measure spec is checked before it runs, naming what is wrong', () => {
  const t = households();
  it.each([
    [{ regionField: 'kel', measures: {} }, 'spesifikasi ukuran kosong: tidak ada measures'],
    [
      { regionField: 'kel', measures: { periode: { op: 'count', filters: [] } } },
      'nama ukuran "periode" bentrok dengan kolom kunci atau internal',
    ],
    [
      { regionField: 'kel', measures: { __x: { op: 'count', filters: [] } } },
      'nama ukuran "__x" bentrok dengan kolom kunci atau internal',
    ],
    [
      { regionField: 'kode', measures: { n: { op: 'count', filters: [] } } },
      'kolom "kode" (regionField) tidak ada di tabel',
    ],
    [
      { regionField: 'kel', periodField: 'bulan', measures: { n: { op: 'count', filters: [] } } },
      'kolom "bulan" (periodField) tidak ada di tabel',
    ],
    [
      {
        regionField: 'kel',
        filters: [{ field: 'umur', op: 'isNull' }],
        measures: { n: { op: 'count', filters: [] } },
      },
      'kolom "umur" (filter) tidak ada di tabel',
    ],
    [
      { regionField: 'kel', measures: { n: { op: 'sum', field: 'umur', filters: [] } } },
      'kolom "umur" (ukuran n) tidak ada di tabel',
    ],
    [
      { regionField: 'kel', measures: { n: { op: 'count', filters: [{ field: 'umur', op: 'notNull' }] } } },
      'kolom "umur" (filter ukuran n) tidak ada di tabel',
    ],
  ] as const)('%j', (spec, expected) => {
    expect(message(() => aggregateMeasures(t, spec as never))).toBe(expected);
  });

  it('a measure named like a key only at its end is fine (x__)', () => {
    expect(
      aggregateMeasures(t, { regionField: 'kel', measures: { x__: { op: 'count', filters: [] } } }).objects(),
    ).toEqual([
      { wilayah: 'k1', x__: 3 },
      { wilayah: 'k2', x__: 1 },
    ]);
  });

  it('the SQL form checks the names as well', () => {
    expect(message(() => measureSpecToSql({ regionField: 'kel', measures: {} }, 't'))).toBe(
      'spesifikasi ukuran kosong: tidak ada measures',
    );
  });
});

describe('a formula without a denominator', () => {
  const formula: Formula = {
    dataset: 'rt',
    regionField: 'kel',
    periodField: 'tahun',
    factor: 1,
    filters: [],
    numerator: { op: 'sum', field: 'anggota', filters: [] },
  };
  it('has a numerator column only (k1: 4 + 2 = 6; k2: 3)', () => {
    const out = formulaTable(formula, households());
    expect(out.columnNames()).toEqual(['wilayah', 'periode', 'numerator']);
    expect(out.objects()).toEqual([
      { wilayah: 'k1', periode: 2024, numerator: 6 },
      { wilayah: 'k2', periode: 2024, numerator: 3 },
    ]);
  });
  it('and so has its SQL', () => {
    expect(formulaToSql(formula, 'rt')).toBe(
      'SELECT "kel" AS "wilayah",\n       "tahun" AS "periode",\n       SUM("anggota") AS "numerator"\nFROM "rt"\nGROUP BY "kel", "tahun"',
    );
  });
});

describe('measureSpecToSql: each kind of count', () => {
  it('COUNT(*), COUNT(field), and a filtered count of rows as SUM(CASE …)', () => {
    const sql = measureSpecToSql(
      {
        regionField: 'kel',
        measures: {
          semua: { op: 'count', filters: [] },
          terisi: { op: 'count', field: 'anggota', filters: [] },
          miskin: { op: 'count', filters: [{ field: 'status', op: 'eq', value: 'miskin' }] },
        },
      },
      'rt',
    );
    expect(sql).toBe(
      [
        'SELECT "kel" AS "wilayah",',
        '       COUNT(*) AS "semua",',
        '       COUNT("anggota") AS "terisi",',
        `       SUM(CASE WHEN "status" = 'miskin' THEN 1 ELSE 0 END) AS "miskin"`,
        'FROM "rt"',
        'GROUP BY "kel"',
      ].join('\n'),
    );
  });
});
