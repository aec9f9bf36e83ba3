/**
 * Arrow IPC round trips and column-wise checks (typed numeric columns, dictionary-encoded strings), and the two
 * JSON layouts.
 */

import { columnTable } from '@satata/core';
import { loadArrow, loadJson, SchemaError } from '@satata/data';
import { describe, expect, it } from 'vitest';

const households = {
  id: 'rumah-tangga',
  columns: [
    { name: 'kelurahan', type: 'region' as const, required: true },
    { name: 'tahun', type: 'integer' as const, required: true, min: 2015, max: 2030 },
    { name: 'anggota', type: 'integer' as const, min: 1 },
    { name: 'pengeluaran', type: 'number' as const, min: 0 },
    { name: 'miskin', type: 'boolean' as const },
  ],
};

/** Build Arrow IPC bytes from columns, through the client's own JSON-columns loader and Arquero's writer. */
function ipcOf(columns: Record<string, unknown>): Uint8Array {
  const spec = {
    id: 'raw',
    columns: Object.keys(columns).map((name) => ({ name, type: 'string' as const })),
  };
  const loaded = loadJson(columns, { ...spec, columns: [] });
  return loaded.table.toArrowIPC();
}

describe('Arrow IPC', () => {
  it('round-trips a validated table: load → toArrowIPC → load gives the same rows', () => {
    const first = loadJson(
      {
        kelurahan: ['33.74.01.1001', '33.74.01.1002', '33.74.02.1001'],
        tahun: Int32Array.from([2023, 2024, 2024]),
        anggota: [4, null, 2],
        pengeluaran: Float64Array.from([650_000.5, 1_200_000, 480_000]),
        miskin: [false, false, true],
      },
      households,
    );
    const again = loadArrow(first.table.toArrowIPC(), households);
    expect(again.table.objects()).toEqual(first.table.objects());
    expect(again.table.get('anggota', 1)).toBeNull();
    expect(again.report).toMatchObject({ totalRows: 3, acceptedRows: 3, issues: [] });
    expect(again.meta).toMatchObject({ kind: 'arrow', inputRows: 3 });
  });

  it('checks typed numeric columns in place and drops failing rows from every column', () => {
    const bytes = ipcOf({
      kelurahan: ['33.74.01.1001', '33.74.01.1002', '33.74.01.1003', '33.74.01.1004'],
      tahun: Int32Array.from([2024, 2031, 2024, 2024]),
      anggota: Int32Array.from([3, 2, 0, 5]),
      pengeluaran: Float64Array.from([1, 2, 3, -4]),
      miskin: [true, false, true, false],
    });
    const r = loadArrow(bytes, households, { ctx: { regions: { has: (c) => c !== '33.74.01.1004' } } });
    expect(r.report.issues.map((i) => [i.row, i.field, i.value, i.expected])).toEqual([
      [1, 'tahun', 2031, 'angka ≤ 2030'],
      [2, 'anggota', 0, 'angka ≥ 1'],
      [3, 'pengeluaran', -4, 'angka ≥ 0'],
    ]);
    expect(r.table.objects()).toEqual([
      { kelurahan: '33.74.01.1001', tahun: 2024, anggota: 3, pengeluaran: 1, miskin: true },
    ]);
    expect(r.table.numRows() + r.report.rejectedRows).toBe(4);
  });

  it('checks a dictionary-encoded code column once per distinct code and reports every row', () => {
    const codes = Array.from({ length: 1000 }, (_, i) =>
      i % 250 === 0 ? '33.74.99.9999' : `33.74.01.${1001 + (i % 9)}`,
    );
    const bytes = ipcOf({ kelurahan: codes, tahun: Int32Array.from(codes.map(() => 2024)) });
    let lookups = 0;
    const regions = {
      has: (c: string) => {
        lookups++;
        return c !== '33.74.99.9999';
      },
    };
    const r = loadArrow(
      bytes,
      { ...households, columns: households.columns.slice(0, 2) },
      { ctx: { regions } },
    );
    expect(r.report.issues.map((i) => i.row)).toEqual([0, 250, 500, 750]);
    expect(r.report.issues[0]).toMatchObject({
      code: 'unknown-region',
      field: 'kelurahan',
      value: '33.74.99.9999',
    });
    // 10 distinct codes, each looked up once
    expect(lookups).toBe(10);
    expect(r.table.numRows()).toBe(996);
  });

  it('treats NaN in a float column as missing (a typed array cannot hold null)', () => {
    const bytes = ipcOf({
      kelurahan: ['33.74.01.1001', '33.74.01.1002'],
      tahun: [2024, 2024],
      pengeluaran: Float64Array.from([Number.NaN, 5]),
    });
    const r = loadArrow(bytes, households);
    expect(r.table.array('pengeluaran')).toEqual([null, 5]);
    expect(r.report.rejectedRows).toBe(0);
  });

  it('throws a SchemaError on bytes that are not Arrow IPC', () => {
    expect(() => loadArrow(new TextEncoder().encode('kelurahan,tahun\n'), households)).toThrow(SchemaError);
  });
});

describe('JSON', () => {
  const dataset = {
    id: 'j',
    columns: [
      { name: 'kode', type: 'region' as const },
      { name: 'n', type: 'number' as const },
    ],
  };

  it('reads an array of rows', () => {
    const r = loadJson('[{"kode":"33.74","n":1},{"kode":"33.74.01","n":"2"}]', dataset);
    expect(r.table.objects()).toEqual([
      { kode: '33.74', n: 1 },
      { kode: '33.74.01', n: 2 },
    ]);
    expect(r.meta.json).toEqual({ layout: 'rows' });
  });

  it('reads an object of columns and reports short columns per row', () => {
    const r = loadJson('{"kode":["33.74","33.74.01","33.74.02"],"n":[1,2]}', dataset);
    expect(r.meta.json).toEqual({ layout: 'columns' });
    expect(r.table.numRows()).toBe(2);
    expect(r.report.issues).toEqual([expect.objectContaining({ code: 'source', row: 2, field: 'n' })]);
  });

  it('throws a SchemaError with a snippet on malformed JSON', () => {
    const err = (() => {
      try {
        loadJson('[{"kode": "33.74", "n": 1}, {"kode"', dataset);
      } catch (e) {
        return e as SchemaError;
      }
      return null;
    })();
    expect(err).toBeInstanceOf(SchemaError);
    expect(err?.response?.snippet).toBe('[{"kode": "33.74", "n": 1}, {"kode"');
  });

  it('refuses a JSON value that is neither rows nor columns', () => {
    expect(() => loadJson('42', dataset)).toThrow(SchemaError);
  });
});

describe('64-bit integers', () => {
  const big = 2n ** 60n;
  const ipc = () =>
    columnTable({
      kode: ['33.74', '33.74.01', '33.74.02', '33.74.03'],
      n: BigInt64Array.from([1n, big, -(2n ** 55n), 9_007_199_254_740_991n]),
      lain: BigUint64Array.from([7n, 8n, 2n ** 64n - 1n, 9n]),
    }).toArrowIPC();
  const spec = {
    id: 'int64',
    columns: [
      { name: 'kode', type: 'region' as const },
      { name: 'n', type: 'integer' as const },
    ],
  };

  it('reports values past ±(2^53 − 1) with their column and row, keeps the exact ones as numbers', () => {
    const r = loadArrow(ipc(), spec);
    const expected =
      'bilangan bulat antara -9007199254740991 dan 9007199254740991 (yang dapat disimpan tepat sebagai angka)';
    expect(r.report.issues).toEqual([
      {
        code: 'schema',
        severity: 'error',
        source: 'int64',
        row: 1,
        field: 'n',
        value: big.toString(),
        expected,
      },
      {
        code: 'schema',
        severity: 'error',
        source: 'int64',
        row: 2,
        field: 'n',
        value: (-(2n ** 55n)).toString(),
        expected,
      },
      // an unsigned column the spec does not know: converted alike, its unsafe value reported
      {
        code: 'schema',
        severity: 'error',
        source: 'int64',
        row: 2,
        field: 'lain',
        value: (2n ** 64n - 1n).toString(),
        expected,
      },
      expect.objectContaining({ code: 'source', severity: 'warning', field: 'lain' }),
    ]);
    expect(r.table.objects()).toEqual([
      { kode: '33.74', n: 1, lain: 7 },
      { kode: '33.74.03', n: 9_007_199_254_740_991, lain: 9 },
    ]);
    expect(r.report).toMatchObject({ totalRows: 4, acceptedRows: 2, rejectedRows: 2 });
  });

  it('a column of safe 64-bit integers loads as numbers with no issue', () => {
    const bytes = columnTable({ n: BigInt64Array.from([3n, -4n]) }).toArrowIPC();
    const r = loadArrow(bytes, { id: 'ok', columns: [{ name: 'n', type: 'integer' }] });
    expect(r.report.issues).toEqual([]);
    expect(Array.from(r.table.array('n') as ArrayLike<number>)).toEqual([3, -4]);
    expect(typeof r.table.get('n', 0)).toBe('number');
  });

  it('an integer column never keeps a number past 2^53 (from JSON it is already rounded)', () => {
    const r = loadJson('[{"n": 9007199254740993}, {"n": 9007199254740991}, {"n": "9007199254740993"}]', {
      id: 'j',
      columns: [{ name: 'n', type: 'integer' }],
    });
    expect(r.report.issues.map((i) => [i.row, i.code, i.field])).toEqual([
      [0, 'schema', 'n'],
      [2, 'schema', 'n'],
    ]);
    expect(r.table.array('n')).toEqual([9_007_199_254_740_991]);
    const typed = loadJson(
      { n: Float64Array.from([2 ** 60, 5]) },
      { id: 't', columns: [{ name: 'n', type: 'integer' }] },
    );
    expect(typed.report.issues.map((i) => [i.row, i.field, i.value])).toEqual([[0, 'n', 2 ** 60]]);
  });
});
