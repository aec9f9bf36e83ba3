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
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.string(), fc.option(fc.double({ noNaN: true, noDefaultInfinity: true }))), {
          maxLength: 8,
        }),
        (cells) => {
          const parsed = readCsv(toCsv(twoColumns(cells)), ',');
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

/**
 * An RFC 4180 reader with a chosen separator: a field is quoted only when its first character is `"`; inside quotes
 * `""` is a quote and separators and line breaks are text. Strict by default: after the closing quote only a
 * separator or the end of the line may follow, and an unquoted field holds no quote (anything else throws, so sloppy
 * quoting cannot pass unseen). `lenient` reads as spreadsheets do a file split on another separator than it was
 * written with: text after a closing quote, and quotes inside an unquoted field, are kept as text. Records end with
 * CRLF.
 */
function readCsv(text: string, sep: ',' | ';', lenient = false): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  while (i < text.length) {
    let field = '';
    if (text[i] === '"') {
      i++;
      for (;;) {
        if (i >= text.length) throw new Error('unterminated quoted field');
        if (text[i] === '"') {
          if (text[i + 1] === '"') {
            field += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        field += text[i++];
      }
      if (!lenient && i < text.length && text[i] !== sep && !text.startsWith('\r\n', i)) {
        throw new Error(`text after a closing quote at ${i}`);
      }
    }
    while (i < text.length && text[i] !== sep && !text.startsWith('\r\n', i)) {
      if (text[i] === '"' && !lenient) throw new Error(`quote inside an unquoted field at ${i}`);
      field += text[i++];
    }
    row.push(field);
    if (text[i] === sep) i++;
    else if (text.startsWith('\r\n', i)) {
      rows.push(row);
      row = [];
      i += 2;
    }
  }
  if (row.length > 0) rows.push(row);
  return rows;
}

const twoColumns = (cells: readonly (readonly [string, number | null])[]): DataTable => ({
  caption: { id: 'x', en: 'x' },
  columns: [
    { key: 'a', label: { id: 'A', en: 'A' }, kind: 'text' },
    { key: 'b', label: { id: 'B', en: 'B' }, kind: 'number', decimals: 2 },
  ],
  rows: cells.map(([a, b]) => ({ values: { a, b }, missing: {} })),
});

/** A text cell as a spreadsheet would start to run it: OWASP's formula starts. */
const FORMULA = /^[=+\-@\t\r]/;

describe('toCsv is Excel-safe with either separator (issue 11 §6)', () => {
  it('quotes a field holding a separator of either kind, a quote, a tab or a line break, and defuses formulas', () => {
    const t = twoColumns([
      ['Kel. B;@SUM(1;1)', -5],
      ['-5', -0.25],
      ['\tx', 1e21],
      ['a\tb', null],
      ['+62 24 123', 3],
      ["'=sudah", 4],
    ]);
    expect(toCsv(t).slice(1).split('\r\n')).toEqual([
      'A,B',
      '"Kel. B;@SUM(1;1)",-5',
      "'-5,-0.25",
      '"\'\tx",1e+21',
      '"a\tb",',
      "'+62 24 123,3",
      "'=sudah,4", // already defused: not prefixed twice
      '',
    ]);
    expect(toCsv(t, { delimiter: ';' }).slice(1).split('\r\n')[1]).toBe('"Kel. B;@SUM(1;1)";-5');
    // Formatted numbers hold the decimal comma: quoted, and a negative one stays a number (no ').
    expect(toCsv(t, { delimiter: ';', numbers: 'formatted' }).slice(1).split('\r\n')[2]).toBe('\'-5;"-0,25"');
    // The example as the first field of a comma file that Excel in id-ID opens splitting on ';': one cell,
    // no live @SUM. (Further along a line, a comma file read with ';' splits wherever the text has a ';': for that
    // Excel, write the file with `delimiter: ';'`.)
    expect(readCsv(toCsv(t).slice(1), ';', true)[1]).toEqual(['Kel. B;@SUM(1;1),-5']);
  });

  // Text from every corner: separators, quotes, tabs, CR, LF, formula starts, the defusing quote itself, any char.
  const nasty = fc.string({
    unit: fc.oneof(
      fc.constantFrom(',', ';', '"', '\t', '\r', '\n', '=', '+', '-', '@', "'", ' ', '\r\n'),
      fc.string({ minLength: 1, maxLength: 1, unit: 'grapheme' }),
    ),
    maxLength: 12,
  });
  const number = fc.option(
    fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.integer({ min: -1e6, max: 1e6 })),
    { nil: null },
  );

  for (const sep of [',', ';'] as const) {
    it(`property: read back with '${sep}', every cell equals the value written and no text cell starts a formula`, () => {
      fc.assert(
        fc.property(
          fc.array(fc.tuple(nasty, number), { maxLength: 6 }),
          fc.constantFrom('raw', 'formatted' as const),
          (cells, numbers) => {
            const t = twoColumns(cells);
            const csv = toCsv(t, { delimiter: sep, numbers });
            expect(csv.startsWith('\uFEFF')).toBe(true);
            const parsed = readCsv(csv.slice(1), sep);
            expect(parsed).toHaveLength(cells.length + 1);
            expect(parsed[0]).toEqual(['A', 'B']);
            cells.forEach(([a, b], i) => {
              const [ta, tb] = parsed[i + 1]!;
              // The text as written: itself, or itself behind the defusing quote when it starts like a formula.
              expect(ta).toBe(FORMULA.test(a) ? `'${a}` : a);
              expect(FORMULA.test(ta!)).toBe(false);
              // The number as written: raw JavaScript digits (negative ones too, never prefixed), or as displayed.
              const shown =
                b === null ? '' : numbers === 'raw' ? String(b) : formatCell(t.rows[i]!, t.columns[1]!);
              expect(tb).toBe(shown);
              if (b !== null && numbers === 'raw') expect(Number(tb)).toBe(b === 0 ? 0 : b);
            });
          },
        ),
        { numRuns: 300 },
      );
    });
  }
});
