/** Filters to Arquero and SQL: the cases the mutation run found untested. Each expected text is written out. */
import { compileFilters, type FieldFilter, filtersToSql, MeasureSpecError, sqlLiteral } from '@satata/core';
import { describe, expect, it } from 'vitest';

const f = (op: FieldFilter['op'], value?: unknown) => ({ field: 'x', op, value }) as FieldFilter;

describe('compileFilters and filtersToSql: every comparison operator', () => {
  it.each([
    ['eq', '===', '='],
    ['ne', '!==', '<>'],
    ['lt', '<', '<'],
    ['lte', '<=', '<='],
    ['gt', '>', '>'],
    ['gte', '>=', '>='],
  ] as const)('%s: Arquero %s, SQL %s', (op, js, sql) => {
    expect(compileFilters([f(op, 5)])).toBe(`(d["x"] != null && d["x"] ${js} (5))`);
    expect(filtersToSql([f(op, 5)])).toBe(`"x" ${sql} 5`);
  });

  it('null tests, lists and booleans in SQL; an empty filter list is TRUE', () => {
    expect(filtersToSql([])).toBe('TRUE');
    expect(filtersToSql([f('notNull')])).toBe('"x" IS NOT NULL');
    expect(filtersToSql([f('isNull')])).toBe('"x" IS NULL');
    expect(filtersToSql([f('in', [1, 'a'])])).toBe(`"x" IN (1, 'a')`);
    expect(filtersToSql([f('eq', false), f('ne', true)])).toBe('"x" = FALSE AND "x" <> TRUE');
    expect(compileFilters([f('notNull'), f('isNull')])).toBe('(d["x"] != null) && (d["x"] == null)');
  });
});

describe('bad filter values are refused with a MeasureSpecError saying what is needed', () => {
  const refusal = (call: () => unknown) => {
    try {
      call();
    } catch (e) {
      expect(e).toBeInstanceOf(MeasureSpecError);
      expect((e as Error).name).toBe('MeasureSpecError');
      return (e as Error).message;
    }
    throw new Error('expected a MeasureSpecError');
  };

  it('a comparison needs one value, not none and not a list', () => {
    for (const compile of [compileFilters, filtersToSql]) {
      expect(refusal(() => compile([f('eq')]))).toBe('filter x eq: perlu satu nilai');
      expect(refusal(() => compile([f('gt', [1, 2])]))).toBe('filter x gt: perlu satu nilai');
    }
  });

  it('a list operator needs a non-empty list', () => {
    expect(refusal(() => compileFilters([f('in', [])]))).toBe(
      'filter x in: perlu daftar nilai yang tidak kosong',
    );
    expect(refusal(() => filtersToSql([f('notIn', 'a')]))).toBe(
      'filter x notIn: perlu daftar nilai yang tidak kosong',
    );
  });

  it('a value must be a text, a finite number or a boolean', () => {
    expect(refusal(() => compileFilters([f('eq', null)]))).toBe(
      'filter x eq: nilai harus teks, angka berhingga atau boolean, diterima null',
    );
    expect(refusal(() => filtersToSql([f('in', [1, { a: 1 }])]))).toBe(
      'filter x in: nilai harus teks, angka berhingga atau boolean, diterima {"a":1}',
    );
    expect(refusal(() => sqlLiteral(Number.POSITIVE_INFINITY))).toBe(
      'nilai SQL harus angka berhingga, diterima Infinity',
    );
    expect(refusal(() => sqlLiteral(Number.NaN))).toBe('nilai SQL harus angka berhingga, diterima NaN');
    expect(sqlLiteral(-1.5)).toBe('-1.5');
  });
});
