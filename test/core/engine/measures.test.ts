import {
  aggregateMeasures,
  type ColumnTable,
  columnTable,
  compileFilters,
  type FieldFilter,
  type Formula,
  filtersToSql,
  formulaToSql,
  MeasureSpecError,
  measureSpecToSql,
} from '@satata/core';

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

/** Six households in two kelurahan and two years; the expected sums below are counted by hand from these rows. */
const households = () =>
  columnTable({
    kel: [
      '33.74.01.1001',
      '33.74.01.1001',
      '33.74.01.1001',
      '33.74.01.1002',
      '33.74.01.1002',
      '33.74.01.1002',
    ],
    tahun: [2024, 2024, 2025, 2024, 2024, 2024],
    anggota: [4, 3, 5, 2, null, 6],
    status: ['miskin', 'tidak', 'miskin', 'tidak', 'miskin', null],
  });

const byKey = (t: ColumnTable) =>
  Object.fromEntries(
    (t.objects() as Record<string, unknown>[]).map((r) => [`${r.wilayah}|${r.periode}`, r]),
  ) as Record<string, Record<string, unknown>>;

describe('aggregateMeasures', () => {
  it('sums and counts per region × period, with measure filters as CASE WHEN (hand-counted)', () => {
    const out = aggregateMeasures(households(), {
      regionField: 'kel',
      periodField: 'tahun',
      measures: {
        rt: { op: 'count', filters: [] },
        rtMiskin: { op: 'count', filters: [{ field: 'status', op: 'eq', value: 'miskin' }] },
        jiwa: { op: 'sum', field: 'anggota', filters: [] },
        jiwaMiskin: {
          op: 'sum',
          field: 'anggota',
          filters: [{ field: 'status', op: 'eq', value: 'miskin' }],
        },
        anggotaTerisi: { op: 'count', field: 'anggota', filters: [] },
      },
    });
    const r = byKey(out);
    // 1001/2024: rows 0,1 → 2 households, 1 poor (row 0), 4+3 = 7 persons, 4 poor persons, 2 non-null anggota.
    expect(r['33.74.01.1001|2024']).toEqual({
      wilayah: '33.74.01.1001',
      periode: 2024,
      rt: 2,
      rtMiskin: 1,
      jiwa: 7,
      jiwaMiskin: 4,
      anggotaTerisi: 2,
    });
    // 1002/2024: rows 3,4,5 → 3 households; poor = row 4 (anggota null, skipped in sums) → jiwaMiskin 0;
    // jiwa = 2 + 6 = 8; the null status of row 5 is neither 'miskin' nor counted as poor.
    expect(r['33.74.01.1002|2024']).toMatchObject({
      rt: 3,
      rtMiskin: 1,
      jiwa: 8,
      jiwaMiskin: 0,
      anggotaTerisi: 2,
    });
    expect(r['33.74.01.1001|2025']).toMatchObject({ rt: 1, rtMiskin: 1, jiwa: 5, jiwaMiskin: 5 });
    expect(out.numRows()).toBe(3);
  });

  it('applies population filters like WHERE: groups with no row in the population vanish', () => {
    const out = aggregateMeasures(households(), {
      regionField: 'kel',
      periodField: 'tahun',
      filters: [{ field: 'anggota', op: 'gte', value: 4 }],
      measures: { rt: { op: 'count', filters: [] }, jiwa: { op: 'sum', field: 'anggota', filters: [] } },
    });
    // anggota ≥ 4: rows 0 (1001/2024, 4), 2 (1001/2025, 5), 5 (1002/2024, 6); the null of row 4 does not match.
    expect(byKey(out)).toEqual({
      '33.74.01.1001|2024': { wilayah: '33.74.01.1001', periode: 2024, rt: 1, jiwa: 4 },
      '33.74.01.1001|2025': { wilayah: '33.74.01.1001', periode: 2025, rt: 1, jiwa: 5 },
      '33.74.01.1002|2024': { wilayah: '33.74.01.1002', periode: 2024, rt: 1, jiwa: 6 },
    });
  });

  it('keeps a sum over only null values null (never 0), and null region codes as their own group', () => {
    const t = columnTable({ kel: ['a', 'a', null], x: [null, null, 1] });
    const out = aggregateMeasures(t, {
      regionField: 'kel',
      measures: { s: { op: 'sum', field: 'x', filters: [] } },
    });
    expect(out.objects()).toEqual([
      { wilayah: 'a', s: null },
      { wilayah: null, s: 1 },
    ]);
  });

  it('reports unknown fields and name clashes with a typed error', () => {
    const spec = { regionField: 'kel', measures: { n: { op: 'sum' as const, field: 'nope', filters: [] } } };
    expect(() => aggregateMeasures(households(), spec)).toThrow(MeasureSpecError);
    expect(() => aggregateMeasures(households(), spec)).toThrow(/nope/);
    expect(() =>
      aggregateMeasures(households(), {
        regionField: 'kel',
        measures: { wilayah: { op: 'count', filters: [] } },
      }),
    ).toThrow(/bentrok/);
  });

  it('honours a filtered view of the input', () => {
    const view = households().filter((d: { tahun: number }) => d.tahun === 2025);
    const out = aggregateMeasures(view, {
      regionField: 'kel',
      periodField: 'tahun',
      measures: { rt: { op: 'count', filters: [] } },
    });
    expect(out.objects()).toEqual([{ wilayah: '33.74.01.1001', periode: 2025, rt: 1 }]);
  });

  it('cannot be made to run code through a filter value or field name', () => {
    const evil = '") || globalThis.__pwned = true || ("';
    const t = columnTable({ kel: ['a'], [evil]: [evil] });
    const out = aggregateMeasures(t, {
      regionField: 'kel',
      measures: { n: { op: 'count', filters: [{ field: evil, op: 'eq', value: evil }] } },
    });
    expect(out.objects()).toEqual([{ wilayah: 'a', n: 1 }]);
    expect((globalThis as Record<string, unknown>).__pwned).toBeUndefined();
  });

  const row = fc.record({
    kel: fc.constantFrom('k1', 'k2', 'k3'),
    tahun: fc.constantFrom(2024, 2025),
    x: fc.option(fc.integer({ min: -50, max: 50 }), { nil: null }),
    s: fc.option(fc.constantFrom('a', 'b', 'c'), { nil: null }),
  });
  const filter = fc.oneof(
    fc.record({
      field: fc.constant('s'),
      op: fc.constantFrom('eq' as const, 'ne' as const),
      value: fc.constantFrom('a', 'b'),
    }),
    fc.record({
      field: fc.constant('s'),
      op: fc.constantFrom('in' as const, 'notIn' as const),
      value: fc.constant(['a', 'c']),
    }),
    fc.record({
      field: fc.constant('x'),
      op: fc.constantFrom('lt' as const, 'gte' as const),
      value: fc.integer({ min: -10, max: 10 }),
    }),
    fc.record({
      field: fc.constantFrom('x', 's'),
      op: fc.constantFrom('isNull' as const, 'notNull' as const),
    }),
  );
  /** Reference semantics written out in plain JS (SQL three-valued logic: comparisons with null are false). */
  const matches = (r: Record<string, unknown>, f: FieldFilter): boolean => {
    const v = r[f.field];
    if (f.op === 'isNull') return v == null;
    if (v == null) return false;
    const w = f.value as never;
    switch (f.op) {
      case 'eq':
        return v === w;
      case 'ne':
        return v !== w;
      case 'in':
        return (w as unknown[]).includes(v);
      case 'notIn':
        return !(w as unknown[]).includes(v);
      case 'lt':
        return (v as number) < w;
      case 'gte':
        return (v as number) >= w;
      default:
        return true;
    }
  };

  it('agrees with a plain loop and is independent of row order (property)', () => {
    fc.assert(
      fc.property(
        fc.array(row, { maxLength: 40 }),
        fc.array(filter as fc.Arbitrary<FieldFilter>, { maxLength: 2 }),
        fc.array(filter as fc.Arbitrary<FieldFilter>, { maxLength: 2 }),
        (rows, pop, own) => {
          const spec = {
            regionField: 'kel',
            periodField: 'tahun',
            filters: pop,
            measures: {
              n: { op: 'count' as const, filters: own },
              sx: { op: 'sum' as const, field: 'x', filters: own },
            },
          };
          // Per group: n counts population rows matching `own`; sx sums (own ? x : 0) skipping nulls, null when
          // nothing valid was summed — exactly SQL's SUM(CASE WHEN own THEN x ELSE 0 END) over the WHERE population.
          const groups = new Map<string, { n: number; parts: (number | null)[] }>();
          for (const r of rows) {
            if (!pop.every((f) => matches(r, f))) continue;
            const k = `${r.kel}|${r.tahun}`;
            const g = groups.get(k) ?? { n: 0, parts: [] };
            const hit = own.every((f) => matches(r, f));
            if (hit) g.n++;
            g.parts.push(hit ? r.x : 0);
            groups.set(k, g);
          }
          const expected = new Map(
            [...groups].map(([k, g]) => {
              const valid = g.parts.filter((v): v is number => v !== null);
              return [k, { n: g.n, sx: valid.length ? valid.reduce((a, b) => a + b, 0) : null }];
            }),
          );
          const cols = (rs: typeof rows) => ({
            kel: rs.map((r) => r.kel),
            tahun: rs.map((r) => r.tahun),
            x: rs.map((r) => r.x),
            s: rs.map((r) => r.s),
          });
          const got = byKey(aggregateMeasures(columnTable(cols(rows)), spec));
          const reversed = byKey(aggregateMeasures(columnTable(cols([...rows].reverse())), spec));
          expect(reversed).toEqual(got);
          expect(Object.keys(got).sort()).toEqual([...expected.keys()].sort());
          for (const [k, e] of expected) {
            expect(got[k]!.n).toBe(e.n);
            expect(got[k]!.sx).toBe(e.sx);
          }
        },
      ),
    );
  });
});

describe('filters to Arquero and SQL', () => {
  it('compiles every operator with SQL null semantics', () => {
    expect(compileFilters([])).toBe('true');
    expect(compileFilters([{ field: 'status', op: 'eq', value: 'miskin' }])).toBe(
      '(d["status"] != null && d["status"] === "miskin")',
    );
    expect(compileFilters([{ field: 'x', op: 'in', value: [1, -2] }])).toBe(
      '(d["x"] != null && (d["x"] === (1) || d["x"] === (-2)))',
    );
    expect(
      filtersToSql([
        { field: 'status', op: 'notIn', value: ["o'ke", 'b'] },
        { field: 'umur', op: 'lt', value: 18 },
        { field: 'catatan', op: 'isNull' },
        { field: 'aktif', op: 'eq', value: true },
      ]),
    ).toBe(`"status" NOT IN ('o''ke', 'b') AND "umur" < 18 AND "catatan" IS NULL AND "aktif" = TRUE`);
  });

  it('rejects non-finite values and empty lists', () => {
    expect(() => compileFilters([{ field: 'x', op: 'eq', value: Number.NaN }])).toThrow(MeasureSpecError);
    expect(() => filtersToSql([{ field: 'x', op: 'in', value: [] }])).toThrow(MeasureSpecError);
  });

  it('compiles a formula to the SQL of its numerator and denominator (DESIGN §5)', () => {
    const formula: Formula = {
      dataset: 'dtks',
      regionField: 'kode_kelurahan',
      periodField: 'tahun',
      factor: 100,
      filters: [{ field: 'tahun', op: 'gte', value: 2021 }],
      numerator: { op: 'sum', field: 'anggota', filters: [{ field: 'miskin', op: 'eq', value: true }] },
      denominator: { op: 'sum', field: 'anggota', filters: [] },
    };
    expect(formulaToSql(formula, 'dtks')).toBe(
      [
        'SELECT "kode_kelurahan" AS "wilayah",',
        '       "tahun" AS "periode",',
        '       SUM(CASE WHEN "miskin" = TRUE THEN "anggota" ELSE 0 END) AS "numerator",',
        '       SUM("anggota") AS "denominator"',
        'FROM "dtks"',
        'WHERE "tahun" >= 2021',
        'GROUP BY "kode_kelurahan", "tahun"',
      ].join('\n'),
    );
    expect(
      measureSpecToSql(
        {
          regionField: 'k"w',
          measures: { n: { op: 'count', field: 'x', filters: [{ field: 'y', op: 'ne', value: 1 }] } },
        },
        'my table',
      ),
    ).toBe(
      'SELECT "k""w" AS "wilayah",\n       SUM(CASE WHEN "y" <> 1 AND "x" IS NOT NULL THEN 1 ELSE 0 END) AS "n"\nFROM "my table"\nGROUP BY "k""w"',
    );
  });
});
