/**
 * CSV edge cases, each with its expected value worked out by hand from the input text shown in the test.
 */
import { loadCsv } from '@satata/data';
import { describe, expect, it } from 'vitest';
import { parseCsv, sniffDelimiter } from '../../packages/data/src/sources/csv-parse.ts';

describe('parseCsv', () => {
  it('strips a UTF-8 BOM so the first header is clean', () => {
    const p = parseCsv('\uFEFFkode,nama\n33.74,Semarang\n');
    expect(p.bom).toBe(true);
    expect(p.header).toEqual(['kode', 'nama']);
    expect(p.columns).toEqual([['33.74'], ['Semarang']]);
  });

  it('sniffs ; and tab, and takes , on a tie or when no delimiter is present', () => {
    expect(sniffDelimiter('a;b;c\n1,5;2;3')).toBe(';');
    expect(sniffDelimiter('a\tb\n')).toBe('\t');
    expect(sniffDelimiter('"x;y",b\n')).toBe(',');
    expect(sniffDelimiter('single\n')).toBe(',');
  });

  it('keeps delimiters, doubled quotes and newlines inside quotes', () => {
    const p = parseCsv('nama;catatan\n"Tugu; Mangkang";"baris 1\nbaris ""2"""\r\nX;\n');
    expect(p.delimiter).toBe(';');
    expect(p.rows).toBe(2);
    expect(p.columns[0]).toEqual(['Tugu; Mangkang', 'X']);
    expect(p.columns[1]).toEqual(['baris 1\nbaris "2"', null]);
    expect(p.issues).toEqual([]);
  });

  it('reads \\r\\n, \\r and \\n line ends and a missing final newline', () => {
    const p = parseCsv('a,b\r\n1,2\r3,4\n5,6');
    expect(p.columns).toEqual([
      ['1', '3', '5'],
      ['2', '4', '6'],
    ]);
  });

  it('turns empty cells into null, never an empty string or 0', () => {
    const p = parseCsv('a,b,c\n,,\n1,,""\n');
    expect(p.columns).toEqual([
      [null, '1'],
      [null, null],
      [null, null],
    ]);
  });

  it('keeps ragged rows in place (row numbers stay right) and reports them with their file line', () => {
    const p = parseCsv('a,b\n1,2\n3\n4,5,6\n"x\ny",7\n8,9\n');
    expect(p.rows).toBe(5);
    expect(p.columns[0]).toEqual(['1', '3', '4', 'x\ny', '8']);
    expect(p.issues).toEqual([
      { row: 1, line: 3, message: '2 kolom, ditemukan 1' },
      { row: 2, line: 4, message: '2 kolom, ditemukan 3' },
    ]);
  });

  it('reports an unclosed quote at the end of a truncated file', () => {
    const p = parseCsv('a,b\n1,"tidak selesai');
    expect(p.issues).toEqual([
      { row: 0, line: 2, message: 'tanda kutip tidak ditutup sampai akhir berkas (berkas terpotong?)' },
    ]);
  });

  it('names empty and repeated header cells', () => {
    const p = parseCsv('a,,a\n1,2,3\n');
    expect(p.header).toEqual(['a', 'kolom_2', 'a_2']);
    expect(p.issues).toHaveLength(2);
  });

  it('skips blank lines between records', () => {
    expect(parseCsv('a,b\n1,2\n\n3,4\n').rows).toBe(2);
  });
});

describe('loadCsv with a dataset schema', () => {
  const dataset = {
    id: 'pendidikan',
    numberFormat: 'id' as const,
    nullValues: ['-'],
    columns: [
      { name: 'kode', type: 'region' as const, required: true },
      { name: 'tahun', type: 'period' as const, required: true },
      { name: 'siswa', type: 'integer' as const, min: 0 },
      { name: 'apm', type: 'number' as const, min: 0, max: 100 },
    ],
  };

  it('reads Indonesian decimal commas and thousands dots in numeric fields only', () => {
    const csv = 'kode;tahun;siswa;apm\n33.74.01;2024;1.234;4,23\n33.74.02;2024;12.345.678;99,5\n';
    const r = loadCsv(csv, dataset);
    expect(r.table.objects()).toEqual([
      { kode: '33.74.01', tahun: '2024', siswa: 1234, apm: 4.23 },
      { kode: '33.74.02', tahun: '2024', siswa: 12_345_678, apm: 99.5 },
    ]);
    expect(r.meta.csv).toEqual({ delimiter: ';', bom: false });
  });

  it('keeps empty cells and declared null texts as null, and a required empty cell rejects the row', () => {
    const csv = 'kode;tahun;siswa;apm\n33.74.01;2024;;-\n;2024;10;1\n';
    const r = loadCsv(csv, dataset);
    expect(r.table.objects()).toEqual([{ kode: '33.74.01', tahun: '2024', siswa: null, apm: null }]);
    expect(r.report.issues).toEqual([
      {
        code: 'schema',
        severity: 'error',
        source: 'pendidikan',
        row: 1,
        field: 'kode',
        value: null,
        expected: 'nilai wajib diisi',
      },
    ]);
  });

  it('reports, not misreads, a number written in the other format', () => {
    // "4.23" in `id` would need three digits after the thousands dot; "4,23" in `en` likewise.
    const id = loadCsv('kode,tahun,siswa,apm\n33.74.01,2024,1,"4.23"\n', { ...dataset });
    expect(id.report.issues).toEqual([
      expect.objectContaining({
        code: 'non-numeric',
        row: 0,
        field: 'apm',
        value: '4.23',
        expected: 'angka (format 1.234,5)',
      }),
    ]);
    const en = loadCsv('kode,tahun,siswa,apm\n33.74.01,2024,1,"4,23"\n', { ...dataset, numberFormat: 'en' });
    expect(en.report.issues).toEqual([expect.objectContaining({ code: 'non-numeric', value: '4,23' })]);
  });

  it('normalises period spellings and rejects unreadable periods', () => {
    const r = loadCsv('kode,tahun\n33.74,Triwulan II 2025\n33.74,TW3 2025\n33.74,kuartal dua\n', dataset);
    expect(r.table.array('tahun')).toEqual(['2025-Q2', '2025-Q3']);
    expect(r.report.issues).toEqual([
      expect.objectContaining({ code: 'unparseable-period', row: 2, value: 'kuartal dua' }),
    ]);
  });

  it('rejects ragged rows into the report', () => {
    const r = loadCsv('kode,tahun,siswa\n33.74,2024\n33.74.01,2024,5\n', dataset);
    expect(r.table.numRows()).toBe(1);
    expect(r.report.rejectedRows).toBe(1);
    expect(r.report.issues[0]).toMatchObject({ code: 'source', row: 0 });
  });

  it('throws a SchemaError when a required column is missing altogether', () => {
    expect(() => loadCsv('kode,siswa\n33.74,1\n', dataset)).toThrow(/kolom wajib tahun/);
  });

  it('warns about a column the schema does not know (a misspelt header) and keeps it as received', () => {
    const r = loadCsv('kode,tahun,apm,siswa_\n33.74,2024,1,5\n', dataset);
    expect(r.table.columnNames()).toEqual(['kode', 'tahun', 'siswa', 'apm', 'siswa_']);
    expect(r.table.get('siswa', 0)).toBeNull();
    expect(r.report.issues).toEqual([
      expect.objectContaining({ code: 'source', severity: 'warning', field: 'siswa_' }),
    ]);
  });

  it('accepts bytes as well as text', () => {
    const r = loadCsv(new TextEncoder().encode('\uFEFFkode,tahun\n33.74,2024\n'), dataset);
    expect(r.table.numRows()).toBe(1);
    expect(r.meta.csv?.bom).toBe(true);
  });
});
