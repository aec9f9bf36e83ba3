import { type DataTable, formatCell, toCsv } from '@satata/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

const table: DataTable = {
  caption: { id: 'Uji', en: 'Test' },
  columns: [
    { key: 'wilayah', label: { id: 'Wilayah', en: 'Region' }, kind: 'text' },
    { key: 'periode', label: { id: 'Periode', en: 'Period' }, kind: 'period' },
    { key: 'nilai', label: { id: 'Realisasi', en: 'Realisation' }, kind: 'number', satuan: '%', decimals: 2 },
    { key: 'capaian', label: { id: 'Capaian', en: 'Achievement' }, kind: 'percent', decimals: 2 },
    { key: 'kategori', label: { id: 'Kategori', en: 'Category' }, kind: 'text' },
  ],
  rows: [
    {
      values: {
        wilayah: 'Semarang "Tengah", Kota',
        periode: '2025-Q2',
        nilai: 1234.5,
        capaian: 98.765,
        kategori: { id: 'Sangat Tinggi', en: 'Very high' },
      },
      missing: {},
    },
    {
      values: { wilayah: '=HYPERLINK("x")', periode: '2025', nilai: null, capaian: null, kategori: null },
      missing: { nilai: 'no-data', capaian: 'no-target' },
    },
  ],
};

describe('formatCell', () => {
  it('writes id-ID numbers, percents, periods and missing values with their reason', () => {
    const [a, b] = table.rows;
    const [, per, nilai, cap, kat] = table.columns;
    expect(formatCell(a!, nilai!)).toBe('1.234,5');
    expect(formatCell(a!, nilai!, 'en')).toBe('1,234.5');
    expect(formatCell(a!, cap!)).toBe('98,77%');
    expect(formatCell(a!, per!)).toBe('Triwulan II 2025');
    expect(formatCell(a!, kat!, 'en')).toBe('Very high');
    expect(formatCell(b!, nilai!)).toBe('n/a (tidak ada data)');
    expect(formatCell(b!, cap!, 'en')).toBe('n/a (no target)');
  });
});

describe('toCsv', () => {
  it('writes a BOM, a header with units, CRLF, RFC 4180 quoting, raw numbers and empty missing cells', () => {
    const csv = toCsv(table);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.slice(1).split('\r\n')).toEqual([
      'Wilayah,Periode,Realisasi (%),Capaian,Kategori',
      '"Semarang ""Tengah"", Kota",Triwulan II 2025,1234.5,98.765,Sangat Tinggi',
      // formula-like text is defused with a leading quote; missing numbers are empty, never 0
      `"'=HYPERLINK(""x"")",2025,,,`,
      '',
    ]);
  });

  it('can write locale-formatted numbers, quoted because they hold the delimiter', () => {
    const csv = toCsv(table, { numbers: 'formatted' });
    expect(csv).toContain('"1.234,5","98,77%"');
    expect(toCsv(table, { numbers: 'formatted', locale: 'en' })).toContain('"1,234.5",98.77%,Very high');
  });

  it('property: every row has as many fields as the header after RFC 4180 parsing, and text survives', () => {
    const parse = (text: string): string[][] => {
      const rows: string[][] = [];
      let field = '';
      let row: string[] = [];
      let quoted = false;
      for (let i = 0; i < text.length; i++) {
        const c = text[i]!;
        if (quoted) {
          if (c === '"' && text[i + 1] === '"') {
            field += '"';
            i++;
          } else if (c === '"') quoted = false;
          else field += c;
        } else if (c === '"') quoted = true;
        else if (c === ',') {
          row.push(field);
          field = '';
        } else if (c === '\r' && text[i + 1] === '\n') {
          row.push(field);
          rows.push(row);
          row = [];
          field = '';
          i++;
        } else field += c;
      }
      return rows;
    };
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.string(), fc.option(fc.double({ noNaN: true, noDefaultInfinity: true }))), {
          maxLength: 8,
        }),
        (cells) => {
          const t: DataTable = {
            caption: { id: 'x', en: 'x' },
            columns: [
              { key: 'a', label: { id: 'A', en: 'A' }, kind: 'text' },
              { key: 'b', label: { id: 'B', en: 'B' }, kind: 'number' },
            ],
            rows: cells.map(([a, b]) => ({ values: { a, b }, missing: {} })),
          };
          const parsed = parse(toCsv(t).slice(1));
          expect(parsed).toHaveLength(cells.length + 1);
          parsed.forEach((r, i) => {
            expect(r).toHaveLength(2);
            if (i === 0) return;
            const [a, b] = cells[i - 1]!;
            expect(r[0]).toBe(/^[=+\-@\t\r]/.test(a) ? `'${a}` : a);
            expect(r[1]).toBe(b === null ? '' : String(b));
          });
        },
      ),
    );
  });
});
