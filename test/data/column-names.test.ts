/**
 * Columns named like what every JavaScript object inherits — `constructor`, `toString`, `valueOf`,
 * `hasOwnProperty` — are kept or reported like any other column, through every source; `__proto__`, which no
 * Arquero table can hold, is reported (one warning for the source) and not loaded.
 */
import { loadCsv, loadInline, loadJson, SchemaError, stableKey, stableParams, z } from '@satata/data';
import { describe, expect, it } from 'vitest';

const INHERITED = ['constructor', 'toString', 'valueOf', 'hasOwnProperty'] as const;

const PROTO_WARNING = {
  code: 'source',
  severity: 'warning',
  row: null,
  field: '__proto__',
  value: null,
  expected:
    'nama kolom selain __proto__ (tabel tidak dapat menyimpan kolom bernama __proto__); kolom ini tidak dimuat',
};

describe('columns named like inherited properties', () => {
  it('CSV: declared ones are coerced, undeclared ones kept with a warning, __proto__ reported once', () => {
    const csv =
      'kode,constructor,toString,valueOf,hasOwnProperty,__proto__\n33.74,1,a,2,ya,x\n33.74.01,3,b,4,tidak,y\n';
    const r = loadCsv(csv, {
      id: 'nama',
      columns: [
        { name: 'kode', type: 'region' },
        { name: 'constructor', type: 'integer' },
        { name: 'hasOwnProperty', type: 'boolean' },
      ],
    });
    expect(r.table.columnNames()).toEqual(['kode', 'constructor', 'hasOwnProperty', 'toString', 'valueOf']);
    expect(r.table.objects()).toEqual([
      { kode: '33.74', constructor: 1, hasOwnProperty: true, toString: 'a', valueOf: '2' },
      { kode: '33.74.01', constructor: 3, hasOwnProperty: false, toString: 'b', valueOf: '4' },
    ]);
    expect(r.report.issues.map((i) => [i.code, i.severity, i.field, i.row])).toEqual([
      ['source', 'warning', '__proto__', null],
      ['source', 'warning', 'toString', null],
      ['source', 'warning', 'valueOf', null],
    ]);
    expect(r.report.issues[0]).toEqual({ ...PROTO_WARNING, source: 'nama' });
    expect(r.report).toMatchObject({ totalRows: 2, acceptedRows: 2, rejectedRows: 0 });
  });

  it('a declared optional column absent from the source is all null, never an inherited function', () => {
    for (const name of INHERITED) {
      const r = loadCsv('kode\n33.74\n33.74.01\n', {
        id: 'absent',
        columns: [
          { name: 'kode', type: 'region' },
          { name, type: 'number' },
        ],
      });
      expect(r.table.columnNames()).toEqual(['kode', name]);
      expect(r.table.array(name)).toEqual([null, null]);
      expect(r.report.issues).toEqual([]);
    }
  });

  it('a declared required column absent from the source is a SchemaError naming it', () => {
    for (const name of INHERITED) {
      expect(() =>
        loadCsv('kode\n33.74\n', {
          id: 'absent',
          columns: [
            { name: 'kode', type: 'region' },
            { name, type: 'string', required: true },
          ],
        }),
      ).toThrow(new RegExp(`kolom wajib ${name} `));
    }
  });

  it('JSON rows and JSON columns keep them; "__proto__" keys are reported, never set a prototype', () => {
    const rows = loadJson(
      '[{"kode":"33.74","constructor":1,"__proto__":{"polluted":true}},{"kode":"33.74.01","constructor":2}]',
      { id: 'j', columns: [{ name: 'kode', type: 'region' }] },
    );
    expect(rows.table.objects()).toEqual([
      { kode: '33.74', constructor: 1 },
      { kode: '33.74.01', constructor: 2 },
    ]);
    expect(rows.report.issues).toEqual([
      { ...PROTO_WARNING, source: 'j' },
      expect.objectContaining({ code: 'source', severity: 'warning', field: 'constructor' }),
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();

    const columns = loadJson('{"toString":["a","b"],"valueOf":[1,2],"__proto__":[3,4]}', {
      id: 'c',
      columns: [
        { name: 'toString', type: 'string' },
        { name: 'valueOf', type: 'integer' },
      ],
    });
    expect(columns.table.objects()).toEqual([
      { toString: 'a', valueOf: 1 },
      { toString: 'b', valueOf: 2 },
    ]);
    expect(columns.report.issues).toEqual([{ ...PROTO_WARNING, source: 'c' }]);
  });

  it('zod row schemas: fields named like inherited properties are validated and kept', () => {
    const r = loadInline(
      [
        { constructor: '4,5', toString: 'x' },
        { constructor: 'banyak', toString: 'y' },
      ],
      {
        id: 'zod',
        numberFormat: 'id',
        rowSchema: z.object({ constructor: z.number(), toString: z.string() }),
      },
    );
    expect(r.table.objects()).toEqual([{ constructor: 4.5, toString: 'x' }]);
    expect(r.report.issues).toEqual([
      expect.objectContaining({ code: 'non-numeric', row: 1, field: 'constructor', value: 'banyak' }),
    ]);
  });

  it('keys and cross-field checks find such columns', () => {
    const r = loadInline(
      [
        { constructor: 'a', valueOf: 1, toString: 2 },
        { constructor: 'a', valueOf: 2, toString: null },
      ],
      {
        id: 'k',
        key: ['constructor'],
        requiredTogether: [['valueOf', 'toString']],
        columns: [
          { name: 'constructor', type: 'string' },
          { name: 'valueOf', type: 'number' },
          { name: 'toString', type: 'number' },
        ],
      },
    );
    expect(r.report.issues.map((i) => [i.row, i.code, i.field])).toEqual([[1, 'schema', 'toString']]);
    expect(r.table.numRows()).toBe(1);
  });

  it('a spec that declares a __proto__ column is refused with a SchemaError', () => {
    expect(() => loadInline([], { id: 's', columns: [{ name: '__proto__', type: 'string' }] })).toThrow(
      SchemaError,
    );
  });
});

describe('query keys with such parameter names', () => {
  it('keep a "__proto__" parameter as a key like any other', () => {
    const params = JSON.parse('{"__proto__":{"x":1},"constructor":"c"}') as Record<string, unknown>;
    expect(Object.keys(stableParams(params) as object)).toEqual(['__proto__', 'constructor']);
    expect(stableKey(params)).toBe('{"__proto__":{"x":1},"constructor":"c"}');
    expect(stableKey(params)).not.toBe(stableKey({ constructor: 'c' }));
  });
});
