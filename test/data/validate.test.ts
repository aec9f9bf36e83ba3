/**
 * Validation into the data-quality report: observations in core's shape, reference checks (region index,
 * catalog), duplicate keys, fields filled together, and the zod row-schema path.
 */

import { isKodeWilayah, KODE_WILAYAH_EXPECTED } from '@satata/core';
import {
  catalogScope,
  columnsFromFields,
  loadArrow,
  loadInline,
  loadJson,
  observationDataset,
  parseNumberText,
  z,
} from '@satata/data';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

const regions = { has: (c: string) => ['33.74', '33.74.01', '33.74.01.1001', '33.74.02'].includes(c) };
const catalog = catalogScope({
  indikator: [{ kode: 'IKU-01' }, { kode: 'IKU-02' }] as never,
  rpjmd: { mulai: 2021, akhir: 2026 },
});

describe('parseNumberText', () => {
  it('reads each format and refuses the other one’s grouping', () => {
    expect(parseNumberText('1.234,5', 'id')).toBe(1234.5);
    expect(parseNumberText('-4,23', 'id')).toBe(-4.23);
    expect(parseNumberText('1.234', 'id')).toBe(1234);
    expect(parseNumberText('1234', 'id')).toBe(1234);
    expect(parseNumberText('4.23', 'id')).toBeNaN();
    expect(parseNumberText('1.23.456', 'id')).toBeNaN();
    expect(parseNumberText('1,234.5', 'en')).toBe(1234.5);
    expect(parseNumberText('1.5e3', 'en')).toBe(1500);
    expect(parseNumberText('.5', 'en')).toBe(0.5);
    expect(parseNumberText('4,23', 'en')).toBeNaN();
    expect(parseNumberText('12abc', 'en')).toBeNaN();
  });
});

describe('observations', () => {
  const dataset = observationDataset('iku');

  it('accepts good rows and normalises periods', () => {
    const r = loadInline(
      [
        { indikator: 'IKU-01', wilayah: '33.74', periode: 'Triwulan II 2025', nilai: 4.23, status: 'final' },
        { indikator: 'IKU-02', wilayah: '33.74.01', periode: 2024, numerator: 12, denominator: 300 },
      ],
      dataset,
      { regions, catalog },
    );
    expect(r.report).toMatchObject({ totalRows: 2, acceptedRows: 2, rejectedRows: 0, issues: [] });
    expect(r.table.array('periode')).toEqual(['2025-Q2', '2024']);
    expect(r.table.get('nilai', 1)).toBeNull();
  });

  it('reports each problem with row, field, value, expected and severity', () => {
    const r = loadInline(
      [
        /* 0 */ { indikator: 'IKU-01', wilayah: '33.74', periode: '2024', nilai: 1 },
        /* 1 */ { indikator: 'IKU-01', wilayah: '33.74', periode: '2024', nilai: 2 },
        /* 2 */ { indikator: 'IKU-99', wilayah: '33.74', periode: '2024', nilai: 3 },
        /* 3 */ { indikator: 'IKU-01', wilayah: '33.74.09', periode: '2024', nilai: 4 },
        /* 4 */ { indikator: 'IKU-01', wilayah: '33.74', periode: '2019', nilai: 5 },
        /* 5 */ { indikator: 'IKU-01', wilayah: '33.74', periode: '2025', numerator: 3 },
        /* 6 */ { indikator: 'IKU-01', wilayah: 'Semarang', periode: '2023', nilai: 6 },
        /* 7 */ { indikator: 'IKU-01', wilayah: '33.74', periode: '2022', denominator: -1, numerator: 1 },
        /* 8 */ 'not a row',
      ],
      dataset,
      { regions, catalog },
    );
    const brief = r.report.issues.map((i) => [i.row, i.code, i.severity, i.field, i.value]);
    expect(brief).toEqual([
      [8, 'source', 'error', null, 'not a row'],
      [6, 'schema', 'error', 'wilayah', 'Semarang'],
      [7, 'schema', 'error', 'denominator', -1],
      [5, 'schema', 'error', 'denominator', null],
      [3, 'unknown-region', 'error', 'wilayah', '33.74.09'],
      [2, 'unknown-indicator', 'error', 'indikator', 'IKU-99'],
      // 2019 is before the baseline year 2020 of a 2021–2026 plan: kept, with a warning
      [4, 'period-outside-catalog', 'warning', 'periode', '2019'],
      // rows 0 and 1 share a key with different values: both rejected
      [
        0,
        'duplicate-key',
        'error',
        'indikator+wilayah+periode',
        { indikator: 'IKU-01', wilayah: '33.74', periode: '2024' },
      ],
      [
        1,
        'duplicate-key',
        'error',
        'indikator+wilayah+periode',
        { indikator: 'IKU-01', wilayah: '33.74', periode: '2024' },
      ],
    ]);
    expect(r.report.issues.filter((i) => i.code === 'duplicate-key').map((i) => i.expected)).toEqual([
      'kunci indikator × wilayah × periode unik (nilai bertentangan dengan baris 1, semua salinan ditolak)',
      'kunci indikator × wilayah × periode unik (nilai bertentangan dengan baris 0, semua salinan ditolak)',
    ]);
    // only row 4 stays; 8 rejected rows are listed
    expect(r.table.array('nilai')).toEqual([5]);
    expect(r.report).toMatchObject({ totalRows: 9, acceptedRows: 1, rejectedRows: 8 });
  });

  it('without a region index or catalog, only the shape is checked', () => {
    const r = loadInline([{ indikator: 'X', wilayah: '99.99', periode: '1999', nilai: 1 }], dataset);
    expect(r.report.issues).toEqual([]);
  });
});

describe('column specs from core DatasetField', () => {
  it('maps types and marks required fields', () => {
    expect(
      columnsFromFields(
        [
          { name: 'kode', type: 'region' },
          { name: 'n', type: 'integer', label: 'Jumlah' },
        ],
        ['kode'],
      ),
    ).toEqual([
      { name: 'kode', type: 'region', required: true },
      { name: 'n', type: 'integer', label: 'Jumlah' },
    ]);
  });

  it('checks booleans and dates in their Indonesian spellings', () => {
    const r = loadInline(
      [
        { ok: 'ya', tgl: '31/12/2025' },
        { ok: 'tidak', tgl: '2025-02-28' },
        { ok: 'mungkin', tgl: '2025-02-30' },
      ],
      {
        id: 'b',
        columns: [
          { name: 'ok', type: 'boolean' },
          { name: 'tgl', type: 'date' },
        ],
      },
    );
    expect(r.table.objects()).toEqual([
      { ok: true, tgl: '2025-12-31' },
      { ok: false, tgl: '2025-02-28' },
    ]);
    expect(r.report.issues.map((i) => i.field)).toEqual(['ok', 'tgl']);
  });
});

describe('booleans spelled with one ambiguous letter', () => {
  it('rejects t and f (PostgreSQL true/false, but T = Tidak on forms) with a message saying why', () => {
    const r = loadInline([{ ok: 't' }, { ok: 'F' }, { ok: 'Y' }, { ok: 'N' }], {
      id: 'tf',
      columns: [{ name: 'ok', type: 'boolean' }],
    });
    expect(r.table.objects()).toEqual([{ ok: true }, { ok: false }]);
    expect(r.report.issues.map((i) => [i.row, i.field, i.value])).toEqual([
      [0, 'ok', 't'],
      [1, 'ok', 'F'],
    ]);
    for (const i of r.report.issues) expect(i.expected).toContain('PostgreSQL');
  });
});

describe('zod row schema', () => {
  const Row = z.object({
    kode: z.string().regex(/^33\.74\.\d{2}$/),
    rasio: z.number().min(0),
    keterangan: z.string().nullable(),
  });
  const dataset = {
    id: 'zod',
    rowSchema: Row,
    numberFormat: 'id' as const,
    key: ['kode'],
    regionFields: ['kode'],
  };

  it('reads numeric fields in the dataset’s format before parsing and reports zod’s findings', () => {
    const r = loadInline(
      [
        { kode: '33.74.01', rasio: '4,23', keterangan: '' },
        { kode: '33.74.02', rasio: 'banyak', keterangan: 'x' },
        { kode: '33.74.01', rasio: '4,230', keterangan: null },
        { kode: '33.7', rasio: -1, keterangan: 'y' },
      ],
      dataset,
      { regions },
    );
    expect(r.table.objects()).toEqual([{ kode: '33.74.01', rasio: 4.23, keterangan: null }]);
    // Row 2 says what row 0 says ("4,230" is 4.23, the empty text is null): kept once, with a warning.
    expect(r.report.issues.map((i) => [i.row, i.code, i.severity, i.field])).toEqual([
      [1, 'non-numeric', 'error', 'rasio'],
      [3, 'schema', 'error', 'kode'],
      [3, 'schema', 'error', 'rasio'],
      [2, 'duplicate-key', 'warning', 'kode'],
    ]);
    expect(r.report).toMatchObject({ totalRows: 4, acceptedRows: 2, rejectedRows: 2 });
  });

  it('throws a SchemaError when a field the schema needs is absent from every row', () => {
    expect(() => loadInline([{ kode: '33.74.01' }], dataset)).toThrow(/rasio/);
  });
});

describe('region codes use core’s one Kemendagri pattern', () => {
  const spec = { id: 'kode', columns: [{ name: 'kode', type: 'region' as const }] };

  it('accepts a code exactly when core’s isKodeWilayah does, and says what core says was expected', () => {
    const piece = fc.constantFrom('33', '.', '74', '01', '1001', '3', '100', 'a', ' ', '\n', '');
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 8 }), (parts) => {
        const text = parts.join('');
        const r = loadInline([{ kode: text }], spec);
        const trimmed = text.trim();
        if (trimmed === '') expect(r.report.issues).toEqual([]);
        else if (isKodeWilayah(trimmed)) {
          expect(r.report.issues).toEqual([]);
          expect(r.table.get('kode', 0)).toBe(trimmed);
        } else {
          expect(r.report.issues).toEqual([
            {
              code: 'schema',
              severity: 'error',
              source: 'kode',
              row: 0,
              field: 'kode',
              value: text,
              expected: KODE_WILAYAH_EXPECTED,
            },
          ]);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('reference checks, exactly', () => {
  const spec = {
    id: 'ref',
    indicatorField: 'indikator',
    periodField: 'periode',
    requiredTogether: [['numerator', 'denominator']] as [string, string][],
    columns: [
      { name: 'indikator', type: 'string' as const },
      { name: 'wilayah', type: 'region' as const },
      { name: 'periode', type: 'period' as const },
      { name: 'numerator', type: 'number' as const },
      { name: 'denominator', type: 'number' as const },
    ],
  };

  it('say what was expected, in words', () => {
    const r = loadInline(
      [
        { indikator: 'IKU-09', wilayah: '33.74', periode: '2024' },
        { indikator: 'IKU-01', wilayah: '33.74.09', periode: '2024' },
        { indikator: 'IKU-01', wilayah: '33.74', periode: '2027' },
        { indikator: 'IKU-01', wilayah: '33.74', periode: '2024', numerator: 1 },
      ],
      spec,
      { regions, catalog },
    );
    expect(r.report.issues.map((i) => [i.row, i.code, i.field, i.expected])).toEqual([
      [3, 'schema', 'denominator', 'numerator dan denominator diisi bersama'],
      [1, 'unknown-region', 'wilayah', 'kode wilayah yang dikenal paket wilayah'],
      [0, 'unknown-indicator', 'indikator', 'kode indikator dari katalog'],
      [2, 'period-outside-catalog', 'periode', 'periode dalam tahun 2020–2026'],
    ]);
  });

  it('the plan years are inclusive at both ends (baseline 2020 to 2026)', () => {
    const r = loadInline(
      ['2019', '2020', '2026', '2027', '2026-Q4', '2020-01'].map((periode) => ({
        indikator: 'IKU-01',
        wilayah: '33.74',
        periode,
      })),
      spec,
      { regions, catalog },
    );
    expect(r.report.issues.map((i) => [i.row, i.severity, i.value])).toEqual([
      [0, 'warning', '2019'],
      [3, 'warning', '2027'],
    ]);
    expect(r.table.numRows()).toBe(6);
  });

  it('empty codes are not looked up; rows already rejected are not checked again', () => {
    let lookups = 0;
    const counting = {
      has: (c: string) => {
        lookups++;
        return c === '33.74';
      },
    };
    const r = loadInline(
      [
        { indikator: 'IKU-01', wilayah: null, periode: '2024' },
        { indikator: 'IKU-01', wilayah: '33.74.09', periode: 'kapan' },
        ...Array.from({ length: 50 }, (_, i) => ({
          indikator: 'IKU-01',
          wilayah: i % 2 ? '33.74' : '33.74.05',
          periode: '2024',
        })),
      ],
      { ...spec, key: [] },
      { regions: counting },
    );
    expect(r.report.issues.filter((i) => i.row! < 2).map((i) => [i.row, i.code])).toEqual([
      [1, 'unparseable-period'],
    ]);
    // two distinct codes among the rows checked, each looked up once
    expect(lookups).toBe(2);
    expect(r.report.issues.filter((i) => i.code === 'unknown-region')).toHaveLength(25);
  });

  it('a null in a dictionary-encoded region column is not an unknown region', () => {
    const codes = ['33.74', null, '33.74.09', null];
    const bytes = loadJson({ wilayah: codes }, { id: 'raw', columns: [] }).table.toArrowIPC();
    const r = loadArrow(
      bytes,
      { id: 'd', columns: [{ name: 'wilayah', type: 'region' }] },
      { ctx: { regions } },
    );
    expect(r.report.issues.map((i) => [i.row, i.code])).toEqual([[2, 'unknown-region']]);
  });

  it('fields the checks name but the rows lack are skipped, not a crash', () => {
    const r = loadInline(
      [{ kode: 'a' }, { kode: 'a' }],
      {
        id: 'absent',
        key: ['kode', 'tidak_ada'],
        indicatorField: 'tidak_ada',
        periodField: 'tidak_ada',
        regionFields: ['tidak_ada'],
        requiredTogether: [['kode', 'tidak_ada']],
        rowSchema: z.object({ kode: z.string() }),
      },
      { regions, catalog },
    );
    expect(r.report.issues).toEqual([]);
    expect(r.table.numRows()).toBe(2);
  });

  it('a row schema’s period field holding text that is no period gets no period warning', () => {
    const r = loadInline(
      [{ periode: 'kapan' }, { periode: '2030' }],
      {
        id: 'zod',
        periodField: 'periode',
        rowSchema: z.object({ periode: z.string() }),
      },
      { catalog },
    );
    expect(r.report.issues.map((i) => [i.row, i.code])).toEqual([[1, 'period-outside-catalog']]);
  });
});
