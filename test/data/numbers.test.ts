/**
 * Numbers are never misread silently (issue 11, point 3): `1.234` and `1,234` read 1000 times apart in the two
 * formats, so a column's format is declared or inferred from its unambiguous values, and a value that stays
 * ambiguous is an `ambiguous-number` issue naming both readings — never a number. Through every path: column
 * specs from inline rows, JSON and CSV (whose numeric cells are read straight from the text), and zod row schemas.
 */
import {
  type DatasetSpec,
  loadCsv,
  loadInline,
  loadJson,
  type NumberFormat,
  parseNumberText,
  readNumberText,
  z,
} from '@satata/data';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

const spec = (numberFormat?: NumberFormat): DatasetSpec => ({
  id: 'angka',
  columns: [
    { name: 'kode', type: 'string' },
    { name: 'n', type: 'number' },
  ],
  ...(numberFormat ? { numberFormat } : {}),
});
const rowsOf = (values: readonly string[]) => values.map((n, i) => ({ kode: `k${i}`, n }));
const csvOf = (values: readonly string[]) => `kode;n\n${values.map((n, i) => `k${i};${n}`).join('\n')}\n`;

describe('readNumberText', () => {
  it('tells plain, one-format, ambiguous and non-numbers apart', () => {
    const kinds = (t: string) => readNumberText(t).kind;
    expect(['1234', '-5', '0', ' 42 '].map(kinds)).toEqual(['plain', 'plain', 'plain', 'plain']);
    expect(['4,23', '1.234.567', '1.234,5', '0,123', '1234,567'].map(kinds)).toEqual([
      'id',
      'id',
      'id',
      'id',
      'id',
    ]);
    expect(['4.23', '1,234,567', '1,234.5', '0.125', '1234.567', '1.5e3', '.5'].map(kinds)).toEqual([
      'en',
      'en',
      'en',
      'en',
      'en',
      'en',
      'en',
    ]);
    expect(['1.234', '1,234', '12.345', '-999,000', '+100.000'].map(kinds)).toEqual([
      'ambiguous',
      'ambiguous',
      'ambiguous',
      'ambiguous',
      'ambiguous',
    ]);
    expect(['', 'abc', '1.23.4', '1,,2', ',5', '1.234,5.6'].map(kinds)).toEqual([
      'none',
      'none',
      'none',
      'none',
      'none',
      'none',
    ]);
    expect(readNumberText('12.345')).toEqual({ kind: 'ambiguous', id: 12345, en: 12.345 });
    expect(readNumberText('12,345')).toEqual({ kind: 'ambiguous', id: 12.345, en: 12345 });
  });

  it('a first group starting with 0 is no thousands group in either format', () => {
    expect(parseNumberText('0.123', 'id')).toBeNaN();
    expect(parseNumberText('0,123', 'en')).toBeNaN();
    expect(parseNumberText('0,123', 'id')).toBe(0.123);
    expect(parseNumberText('0.123', 'en')).toBe(0.123);
  });
});

describe('a column with no declared format', () => {
  it('an ambiguous value alone is an issue naming the row and both readings, never a number', () => {
    for (const load of [
      (v: string[]) => loadInline(rowsOf(v), spec()),
      (v: string[]) => loadCsv(csvOf(v), spec()),
      (v: string[]) => loadJson(JSON.stringify(rowsOf(v)), spec()),
    ]) {
      const r = load(['12.345', '7']);
      expect(r.report.issues).toEqual([
        {
          code: 'ambiguous-number',
          severity: 'error',
          source: 'angka',
          row: 0,
          field: 'n',
          value: '12.345',
          expected:
            'angka yang tidak ambigu: "12.345" terbaca 12345 dalam format id (1.234,5) atau 12,345 dalam format en (1234.5); nyatakan numberFormat dataset',
        },
      ]);
      expect(r.table.objects()).toEqual([{ kode: 'k1', n: 7 }]);
    }
  });

  it('is read in the format its unambiguous values show', () => {
    for (const load of [
      (v: string[]) => loadInline(rowsOf(v), spec()),
      (v: string[]) => loadCsv(csvOf(v), spec()),
    ]) {
      expect(load(['1.234', '4,5']).table.array('n')).toEqual([1234, 4.5]);
      expect(load(['1,234', '4,5']).table.array('n')).toEqual([1.234, 4.5]);
      expect(load(['1.234', '4.56']).table.array('n')).toEqual([1.234, 4.56]);
      expect(load(['1,234', '1,234,567']).table.array('n')).toEqual([1234, 1234567]);
      expect(load(['1.234', '1.234.567']).table.array('n')).toEqual([1234, 1234567]);
    }
  });

  it('a column with both formats decides nothing: its ambiguous values are reported, the others read', () => {
    for (const load of [
      (v: string[]) => loadInline(rowsOf(v), spec()),
      (v: string[]) => loadCsv(csvOf(v), spec()),
    ]) {
      const r = load(['1.234', '4,5', '4.56']);
      expect(r.report.issues.map((i) => [i.row, i.code, i.value])).toEqual([
        [0, 'ambiguous-number', '1.234'],
      ]);
      expect(r.table.array('n')).toEqual([4.5, 4.56]);
    }
  });

  it('a declared format decides: 1.234 is 1234 in id and 1.234 in en, with no issue', () => {
    expect(loadInline(rowsOf(['1.234']), spec('id')).table.array('n')).toEqual([1234]);
    expect(loadInline(rowsOf(['1.234']), spec('en')).table.array('n')).toEqual([1.234]);
    expect(loadCsv(csvOf(['1.234']), spec('id')).table.array('n')).toEqual([1234]);
    expect(loadCsv(csvOf(['1.234']), spec('en')).table.array('n')).toEqual([1.234]);
    expect(loadCsv(csvOf(['1,234']), spec('en')).table.array('n')).toEqual([1234]);
  });

  it('zod row schemas: the same rule, reported once per value', () => {
    const zodSpec = { id: 'zod', rowSchema: z.object({ kode: z.string(), n: z.number().nullable() }) };
    const r = loadInline(rowsOf(['12.345', '7', 'banyak']), zodSpec);
    expect(r.report.issues.map((i) => [i.row, i.code, i.field, i.value])).toEqual([
      [0, 'ambiguous-number', 'n', '12.345'],
      [2, 'non-numeric', 'n', 'banyak'],
    ]);
    expect(r.report.issues[1]!.expected).toBe('angka (format 1.234,5 atau 1234.5)');
    expect(r.table.objects()).toEqual([{ kode: 'k1', n: 7 }]);
    expect(loadInline(rowsOf(['12.345', '0,5']), zodSpec).table.array('n')).toEqual([12345, 0.5]);
  });

  it('the issue quotes the value without its surrounding spaces, and keeps it as received', () => {
    const r = loadInline(rowsOf([' 1,234 ']), spec());
    expect(r.report.issues[0]).toMatchObject({
      value: ' 1,234 ',
      expected:
        'angka yang tidak ambigu: "1,234" terbaca 1,234 dalam format id (1.234,5) atau 1234 dalam format en (1234.5); nyatakan numberFormat dataset',
    });
  });

  it('a non-numeric value says both formats were tried', () => {
    const r = loadInline(rowsOf(['banyak']), spec());
    expect(r.report.issues).toEqual([
      expect.objectContaining({
        code: 'non-numeric',
        row: 0,
        expected: 'angka (format 1.234,5 atau 1234.5)',
      }),
    ]);
  });
});

/** A generated cell: its text, what kind it is, and its value(s). */
type Cell =
  | { kind: 'ambiguous'; text: string; id: number; en: number }
  | { kind: 'plain' | 'id' | 'en'; text: string; value: number };

const digits = (min: number, max: number) =>
  fc.array(fc.integer({ min: 0, max: 9 }), { minLength: min, maxLength: max }).map((d) => d.join(''));
const lead = fc.integer({ min: 1, max: 9 }).chain((first) => digits(0, 2).map((rest) => `${first}${rest}`));
const sign = fc.constantFrom('', '-');
const ambiguous: fc.Arbitrary<Cell> = fc
  .tuple(sign, lead, fc.constantFrom('.', ','), digits(3, 3))
  .map(([s, int, sep, frac]) => {
    const thousands = Number(`${s}${int}${frac}`);
    const decimal = Number(`${s}${int}.${frac}`);
    return sep === '.'
      ? { kind: 'ambiguous', text: `${s}${int}.${frac}`, id: thousands, en: decimal }
      : { kind: 'ambiguous', text: `${s}${int},${frac}`, id: decimal, en: thousands };
  });
const plain: fc.Arbitrary<Cell> = fc
  .tuple(sign, fc.integer({ min: 0, max: 10_000_000 }))
  .map(([s, n]) => ({ kind: 'plain', text: `${s}${n}`, value: Number(`${s}${n}`) }));
/** A decimal whose fraction is not three digits long: a number of one format only. */
const oneFormat = (format: 'id' | 'en'): fc.Arbitrary<Cell> =>
  fc
    .tuple(sign, fc.integer({ min: 0, max: 99_999 }), fc.oneof(digits(1, 2), digits(4, 5)))
    .map(([s, int, frac]) => ({
      kind: format,
      text: `${s}${int}${format === 'id' ? ',' : '.'}${frac}`,
      value: Number(`${s}${int}.${frac}`),
    }));

describe('property: no ambiguous value ever becomes a number', () => {
  const column = fc.array(
    fc.oneof({ weight: 3, arbitrary: ambiguous }, plain, oneFormat('id'), oneFormat('en')),
    {
      minLength: 1,
      maxLength: 12,
    },
  );
  const loaders = {
    inline: (cells: Cell[]) => loadInline(rowsOf(cells.map((c) => c.text)), spec()),
    csv: (cells: Cell[]) => loadCsv(csvOf(cells.map((c) => c.text)), spec()),
    json: (cells: Cell[]) => loadJson(JSON.stringify(rowsOf(cells.map((c) => c.text))), spec()),
    zod: (cells: Cell[]) =>
      loadInline(rowsOf(cells.map((c) => c.text)), {
        id: 'angka',
        rowSchema: z.object({ kode: z.string(), n: z.number() }),
      }),
  };

  for (const [name, load] of Object.entries(loaders)) {
    it(`${name}: undecided columns report every ambiguous value; decided ones read it in their format`, () => {
      fc.assert(
        fc.property(column, (cells) => {
          const ids = cells.filter((c) => c.kind === 'id').length;
          const ens = cells.filter((c) => c.kind === 'en').length;
          const decided = ids > 0 && ens === 0 ? 'id' : ens > 0 && ids === 0 ? 'en' : null;
          const r = load(cells);
          const values = new Map(
            (r.table.objects() as { kode: string; n: number }[]).map((o) => [Number(o.kode.slice(1)), o.n]),
          );
          cells.forEach((c, i) => {
            const issues = r.report.issues.filter((x) => x.row === i);
            if (c.kind === 'ambiguous' && decided === null) {
              expect(values.has(i)).toBe(false);
              expect(issues).toEqual([
                expect.objectContaining({
                  code: 'ambiguous-number',
                  field: 'n',
                  value: c.text,
                  severity: 'error',
                }),
              ]);
              expect(issues[0]!.expected).toContain(String(c.id).replace('.', ','));
              expect(issues[0]!.expected).toContain(String(c.en).replace('.', ','));
            } else {
              const want = c.kind === 'ambiguous' ? (decided === 'id' ? c.id : c.en) : c.value;
              expect(issues).toEqual([]);
              expect(values.get(i)).toBe(want);
            }
          });
        }),
        { numRuns: 200 },
      );
    });
  }
});

describe('property: numeric CSV cells read straight from the text agree with the text path', () => {
  it('for any cell text, loadCsv gives the table and issues loadInline gives', () => {
    const text = fc.string({
      unit: fc.constantFrom('0', '1', '2', '5', '9', '.', ',', '-', '+', 'e', ' '),
      maxLength: 9,
    });
    fc.assert(
      fc.property(
        fc.array(text, { minLength: 1, maxLength: 8 }),
        fc.constantFrom<NumberFormat | undefined>(undefined, 'id', 'en'),
        (values, format) => {
          // Cells with a ";" or a quote would change the CSV itself; these have neither.
          const viaCsv = loadCsv(csvOf(values), spec(format));
          const viaText = loadInline(
            rowsOf(values).map((r) => ({ ...r, n: r.n === '' ? null : r.n })),
            spec(format),
          );
          expect(viaCsv.table.objects()).toEqual(viaText.table.objects());
          expect(viaCsv.report.issues).toEqual(viaText.report.issues);
        },
      ),
      { numRuns: 500 },
    );
  });
});
