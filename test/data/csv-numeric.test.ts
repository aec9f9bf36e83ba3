/**
 * Numeric CSV columns read into typed arrays: the fast path must give exactly what `Number(text)` gives, and
 * hand every other cell to the validator unchanged.
 */
import { loadCsv } from '@satata/data';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  NumericCsvColumn,
  plainNumberAnyAt,
  plainNumberAt,
} from '../../packages/data/src/sources/csv-numeric.ts';
import { parseCsv } from '../../packages/data/src/sources/csv-parse.ts';

describe('plainNumberAt', () => {
  it('reads plain decimals exactly as Number() does (en: dot, id: comma)', () => {
    fc.assert(
      fc.property(
        fc.boolean(),
        fc.stringMatching(/^\d{1,9}$/),
        fc.option(fc.stringMatching(/^\d{1,6}$/), { nil: undefined }),
        (neg, int, frac) => {
          const en = `${neg ? '-' : ''}${int}${frac !== undefined ? `.${frac}` : ''}`;
          expect(Object.is(plainNumberAt(en, 0, en.length, 46), Number(en))).toBe(true);
          const id = en.replace('.', ',');
          expect(Object.is(plainNumberAt(id, 0, id.length, 44), Number(en))).toBe(true);
        },
      ),
    );
  });

  it('refuses what is not a plain decimal, so the validator sees the text', () => {
    for (const t of ['', '-', '1.234,5', '1e3', ' 1', '1,', '12a', '1234567890123456']) {
      expect(plainNumberAt(t, 0, t.length, 46)).toBeNaN();
    }
  });
});

describe('numeric CSV columns', () => {
  it('keep typed numbers, and hand empty, quoted and formatted cells to validation', () => {
    const p = parseCsv('n;m\n1;a\n;b\n"2";c\n1.234;d\n-4,5;e\n', {
      numeric: new Set(['n']),
      numberFormat: 'id',
    });
    const n = p.columns[0] as NumericCsvColumn;
    expect(n).toBeInstanceOf(NumericCsvColumn);
    expect(Array.from({ length: n.length }, (_, i) => n.at(i))).toEqual([1, null, '2', '1.234', -4.5]);
    expect(n.nullCount).toBe(3);
    expect(p.columns[1]).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it('load the same values as text parsing would', () => {
    const csv = 'kode;n\n33.74;1\n33.74;\n33.74;"2"\n33.74;1.234\n33.74;-4,5\n33.74;x\n\n';
    const r = loadCsv(csv, {
      id: 'n',
      numberFormat: 'id',
      columns: [
        { name: 'kode', type: 'region' },
        { name: 'n', type: 'number' },
      ],
    });
    expect(r.table.array('n')).toEqual([1, null, 2, 1234, -4.5]);
    expect(r.report.issues).toEqual([expect.objectContaining({ code: 'non-numeric', row: 5, value: 'x' })]);
  });

  it('a blank line does not leave a stray value behind', () => {
    const p = parseCsv('n,m\n1,2\n\n3,4\n', { numeric: new Set(['n', 'm']) });
    expect(p.rows).toBe(2);
    const col = p.columns[0] as NumericCsvColumn;
    expect([col.at(0), col.at(1)]).toEqual([1, 3]);
    expect(col.nullCount).toBe(0);
  });
});

describe('plain numbers read straight from the text, case by case', () => {
  it('plainNumberAt: signs, a leading decimal mark, repeated marks, digit boundaries, 15 digits', () => {
    const at = (t: string, mark: number) => plainNumberAt(t, 0, t.length, mark);
    expect(at('+5', 46)).toBe(5);
    expect(at('-0.5', 46)).toBe(-0.5);
    expect(at('.5', 46)).toBe(0.5);
    expect(at(',5', 44)).toBeNaN();
    expect(at('0,5', 44)).toBe(0.5);
    expect(at('1..5', 46)).toBeNaN();
    expect(at('1.5.', 46)).toBeNaN();
    expect(at('1.', 46)).toBeNaN();
    expect(at('1/2', 46)).toBeNaN();
    expect(at('1:2', 46)).toBeNaN();
    expect(at('09', 46)).toBe(9);
    expect(at('123456789012345', 46)).toBe(123456789012345);
    expect(at('12345678901234.5', 46)).toBe(12345678901234.5);
    // a slice of a longer text
    expect(plainNumberAt('x;42;y', 2, 4, 46)).toBe(42);
  });

  it('plainNumberAnyAt: unambiguous decimals read and counted, ambiguous ones and the rest refused', () => {
    const cases: [string, number, { id: number; en: number }][] = [
      ['12', 12, { id: 0, en: 0 }],
      ['1.23', 1.23, { id: 0, en: 1 }],
      ['1,23', 1.23, { id: 1, en: 0 }],
      ['-1.5', -1.5, { id: 0, en: 1 }],
      ['+1,5', 1.5, { id: 1, en: 0 }],
      ['.5', 0.5, { id: 0, en: 1 }],
      ['.123', 0.123, { id: 0, en: 1 }],
      ['0.123', 0.123, { id: 0, en: 1 }],
      ['0,123', 0.123, { id: 1, en: 0 }],
      ['1234.567', 1234.567, { id: 0, en: 1 }],
      ['1000,000', 1000, { id: 1, en: 0 }],
      ['1.2345', 1.2345, { id: 0, en: 1 }],
      ['123456789012.345', 123456789012.345, { id: 0, en: 1 }],
      ['1.234', Number.NaN, { id: 0, en: 0 }],
      ['-1,234', Number.NaN, { id: 0, en: 0 }],
      ['100.000', Number.NaN, { id: 0, en: 0 }],
      [',5', Number.NaN, { id: 0, en: 0 }],
      ['1.', Number.NaN, { id: 0, en: 0 }],
      ['1.2.3', Number.NaN, { id: 0, en: 0 }],
      ['1,2.3', Number.NaN, { id: 0, en: 0 }],
      ['', Number.NaN, { id: 0, en: 0 }],
      ['-', Number.NaN, { id: 0, en: 0 }],
      ['1e3', Number.NaN, { id: 0, en: 0 }],
      ['1234567890123456', Number.NaN, { id: 0, en: 0 }],
    ];
    for (const [text, value, evidence] of cases) {
      const seen = { id: 0, en: 0 };
      expect(Object.is(plainNumberAnyAt(text, 0, text.length, seen), value)).toBe(true);
      expect(seen).toEqual(evidence);
    }
  });

  it('a column with no declared format reads unambiguous cells as numbers and counts their format', () => {
    const c = new NumericCsvColumn(null);
    c.setSlice(0, '4.5', 0, 3);
    c.setSlice(1, '1.234', 0, 5);
    c.setSlice(2, '7', 0, 1);
    expect([c.at(0), c.at(1), c.at(2)]).toEqual([4.5, '1.234', 7]);
    expect(c.length).toBe(3);
    expect(c.nullCount).toBe(1);
    expect(c.formatEvidence).toEqual({ id: 0, en: 1 });
    expect([...c.texts()]).toEqual(['1.234']);
    const declared = new NumericCsvColumn('id');
    declared.setSlice(0, '4,5', 0, 3);
    declared.setSlice(1, '4.5', 0, 3);
    expect([declared.at(0), declared.at(1)]).toEqual([4.5, '4.5']);
    expect(declared.formatEvidence).toEqual({ id: 0, en: 0 });
    // a cell written again replaces what it held, text or number
    declared.setSlice(1, '6', 0, 1);
    declared.setText(0, 'x');
    expect([declared.at(0), declared.at(1)]).toEqual(['x', 6]);
    expect(declared.nullCount).toBe(1);
    expect(declared.length).toBe(2);
  });

  it('grows past its first 1024 rows, and toArray gives exactly length numbers', () => {
    const rows = Array.from({ length: 3000 }, (_, i) => String(i * 3));
    const p = parseCsv(`n\n${rows.join('\n')}\n`, { numeric: new Set(['n']), numberFormat: 'en' });
    const col = p.columns[0] as NumericCsvColumn;
    expect(col.length).toBe(3000);
    expect(col.nullCount).toBe(0);
    const arr = col.toArray();
    expect(arr).toBeInstanceOf(Float64Array);
    expect(arr).toHaveLength(3000);
    expect(arr[0]).toBe(0);
    expect(arr[1024]).toBe(3072);
    expect(arr[2999]).toBe(8997);
  });

  it('a blank last line leaves no stray empty cell behind', () => {
    const p = parseCsv('n\n1\n\n', { numeric: new Set(['n']) });
    const col = p.columns[0] as NumericCsvColumn;
    expect(p.rows).toBe(1);
    expect(col.nullCount).toBe(0);
    expect(col.at(0)).toBe(1);
  });
});
