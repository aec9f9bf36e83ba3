/**
 * Numeric CSV columns read into typed arrays: the fast path must give exactly what `Number(text)` gives, and
 * hand every other cell to the validator unchanged.
 */
import { loadCsv } from '@satata/data';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NumericCsvColumn, plainNumberAt } from '../../packages/data/src/sources/csv-numeric.ts';
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
