/**
 * Rows that share a key, under the one policy the engine also follows (core's `collectObservations`): identical
 * copies are kept once, each later copy dropped with a `warning`; conflicting copies are all rejected. Plus the
 * key's identity: composite keys never collide through a separator, and the serial-id shortcut never skips a
 * key that repeats.
 */
import { collectObservations, type Indicator, parseCatalog } from '@satata/core';
import { loadInline, loadJson, observationDataset, z } from '@satata/data';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { base } from '../core/engine/fixtures.ts';

const dataset = observationDataset('dup');
const row = (nilai: number | null, extra: Record<string, unknown> = {}) => ({
  indikator: 'IKU-01',
  wilayah: '33.74',
  periode: '2024',
  nilai,
  ...extra,
});
const brief = (issues: readonly { row: number | null; code: string; severity: string }[]) =>
  issues.map((i) => [i.row, i.code, i.severity]);

describe('conflicting copies: all rejected', () => {
  it('rejects the first copy and every later one, each naming the copy it conflicts with', () => {
    const r = loadInline([row(4), row(5), row(4), row(6, { periode: '2025' })], dataset);
    expect(r.report.issues).toEqual([
      {
        code: 'duplicate-key',
        severity: 'error',
        source: 'dup',
        row: 0,
        field: 'indikator+wilayah+periode',
        value: { indikator: 'IKU-01', wilayah: '33.74', periode: '2024' },
        expected:
          'kunci indikator × wilayah × periode unik (nilai bertentangan dengan baris 1, semua salinan ditolak)',
      },
      {
        code: 'duplicate-key',
        severity: 'error',
        source: 'dup',
        row: 1,
        field: 'indikator+wilayah+periode',
        value: { indikator: 'IKU-01', wilayah: '33.74', periode: '2024' },
        expected:
          'kunci indikator × wilayah × periode unik (nilai bertentangan dengan baris 0, semua salinan ditolak)',
      },
      // Row 2 equals row 0, but the key is already in conflict: rejected too.
      expect.objectContaining({ row: 2, code: 'duplicate-key', severity: 'error' }),
    ]);
    expect(r.table.objects()).toEqual([expect.objectContaining({ periode: '2025', nilai: 6 })]);
    expect(r.report).toMatchObject({ totalRows: 4, acceptedRows: 1, rejectedRows: 3 });
  });

  it('numerator, denominator and being suppressed count; sumber and catatan do not (as in the engine)', () => {
    const differ = (a: Record<string, unknown>, b: Record<string, unknown>) =>
      brief(loadInline([row(null, a), row(null, b)], dataset).report.issues);
    const pair = { numerator: 1, denominator: 10 };
    expect(differ(pair, { numerator: 2, denominator: 10 })).toEqual([
      [0, 'duplicate-key', 'error'],
      [1, 'duplicate-key', 'error'],
    ]);
    expect(differ(pair, { numerator: 1, denominator: 20 })).toEqual([
      [0, 'duplicate-key', 'error'],
      [1, 'duplicate-key', 'error'],
    ]);
    expect(differ({ ...pair, status: 'ditekan' }, { ...pair, status: 'final' })).toEqual([
      [0, 'duplicate-key', 'error'],
      [1, 'duplicate-key', 'error'],
    ]);
    expect(differ({ ...pair, status: 'final' }, { ...pair, status: 'sementara' })).toEqual([
      [1, 'duplicate-key', 'warning'],
    ]);
    expect(
      differ({ ...pair, sumber: 'BPS', catatan: 'a' }, { ...pair, sumber: 'OPD', catatan: 'b' }),
    ).toEqual([[1, 'duplicate-key', 'warning']]);
  });

  it('without a policy, every column outside the key is compared', () => {
    const spec = {
      id: 'k',
      key: ['kode'],
      columns: [
        { name: 'kode', type: 'string' as const },
        { name: 'n', type: 'number' as const },
        { name: 'catatan', type: 'string' as const },
      ],
    };
    const identical = loadInline(
      [
        { kode: 'a', n: 1, catatan: 'x' },
        { kode: 'a', n: 1, catatan: 'x' },
      ],
      spec,
    );
    expect(brief(identical.report.issues)).toEqual([[1, 'duplicate-key', 'warning']]);
    const conflicting = loadInline(
      [
        { kode: 'a', n: 1, catatan: 'x' },
        { kode: 'a', n: 1, catatan: 'y' },
      ],
      spec,
    );
    expect(brief(conflicting.report.issues)).toEqual([
      [0, 'duplicate-key', 'error'],
      [1, 'duplicate-key', 'error'],
    ]);
  });
});

describe('identical copies: kept once', () => {
  it('keeps the first copy, drops each later one with a warning naming the first', () => {
    const r = loadInline([row(4), row(4), row(4)], dataset);
    expect(r.report.issues).toEqual([
      {
        code: 'duplicate-key',
        severity: 'warning',
        source: 'dup',
        row: 1,
        field: 'indikator+wilayah+periode',
        value: { indikator: 'IKU-01', wilayah: '33.74', periode: '2024' },
        expected: 'kunci indikator × wilayah × periode unik (duplikat identik dari baris 0, dipakai sekali)',
      },
      expect.objectContaining({
        row: 2,
        severity: 'warning',
        expected: expect.stringContaining('dari baris 0'),
      }),
    ]);
    expect(r.table.numRows()).toBe(1);
    // Dropped copies are not rejected: their content is in the table once.
    expect(r.report).toMatchObject({ totalRows: 3, acceptedRows: 3, rejectedRows: 0 });
  });

  it('an identical copy before a conflict keeps its warning; the conflict rejects the others (engine order)', () => {
    const r = loadInline([row(4), row(4), row(5)], dataset);
    expect(brief(r.report.issues)).toEqual([
      [1, 'duplicate-key', 'warning'],
      [0, 'duplicate-key', 'error'],
      [2, 'duplicate-key', 'error'],
    ]);
    expect(r.table.numRows()).toBe(0);
  });

  it('the kept copy is illustrative when any copy is, without writing into the caller’s arrays', () => {
    const ilustratif = [false, true, false, true, null];
    const r = loadJson(
      {
        indikator: ['IKU-01', 'IKU-01', 'IKU-01', 'IKU-01', 'IKU-01'],
        wilayah: ['33.74', '33.74', '33.74.01', '33.74.01', '33.74.02'],
        periode: ['2024', '2024', '2024', '2024', '2024'],
        nilai: [4, 4, 5, 5, 6],
        ilustratif,
      },
      dataset,
    );
    expect(r.table.objects()).toEqual([
      expect.objectContaining({ wilayah: '33.74', nilai: 4, ilustratif: true }),
      expect.objectContaining({ wilayah: '33.74.01', nilai: 5, ilustratif: true }),
      expect.objectContaining({ wilayah: '33.74.02', nilai: 6, ilustratif: null }),
    ]);
    expect(brief(r.report.issues)).toEqual([
      [1, 'duplicate-key', 'warning'],
      [3, 'duplicate-key', 'warning'],
    ]);
    expect(ilustratif).toEqual([false, true, false, true, null]);
  });
});

describe('the same rule as the engine', () => {
  const catalog = parseCatalog({
    id: 'uji',
    nama: { id: 'Uji' },
    wilayah: '33.74',
    rpjmd: { mulai: 2021, akhir: 2026 },
    indikator: [base('IKU-01', {})],
  });
  const indicators = new Map<string, Indicator>(catalog.indikator.map((x) => [x.kode, x]));
  const valid = fc.record({
    indikator: fc.constant('IKU-01'),
    wilayah: fc.constantFrom('33.74', '33.74.01'),
    periode: fc.constantFrom('2024', '2025'),
    nilai: fc.constantFrom(1, 2, null),
    pair: fc.constantFrom(null, [1, 10], [2, 10]),
    status: fc.constantFrom('final', 'sementara', 'ditekan', null),
    sumber: fc.constantFrom('BPS', 'OPD'),
    ilustratif: fc.boolean(),
  });

  it('rejects, warns about and keeps the same rows, and flags the same cells illustrative', () => {
    fc.assert(
      fc.property(fc.array(valid, { maxLength: 24 }), (generated) => {
        const rows = generated.map(({ pair, ...r }) => ({
          ...r,
          numerator: pair ? pair[0] : null,
          denominator: pair ? pair[1] : null,
        }));
        const client = loadInline(rows, dataset);
        const engine = collectObservations(rows as never, indicators);
        const dup = (issues: readonly { code: string; row: number | null; severity: string }[]) =>
          issues
            .filter((i) => i.code === 'duplicate-key')
            .map((i) => `${i.row}:${i.severity}`)
            .sort();
        expect(dup(client.report.issues)).toEqual(dup(engine.issues));
        // Every cell the engine keeps (its key not in conflict) is one row of the client's table, flag included.
        const where = (i: number) => `${rows[i]!.wilayah}|${rows[i]!.periode}`;
        const conflicted = new Set(
          engine.issues
            .filter((i) => i.code === 'duplicate-key' && i.severity === 'error')
            .map((i) => where(i.row!)),
        );
        const kept = new Map(
          (client.table.objects() as Record<string, unknown>[]).map((o) => [`${o.wilayah}|${o.periode}`, o]),
        );
        let cells = 0;
        for (const wilayah of ['33.74', '33.74.01']) {
          for (const cell of engine.cells('IKU-01', wilayah)) {
            const periode = cell.periode;
            const inClient = kept.get(`${wilayah}|${periode}`);
            if (conflicted.has(`${wilayah}|${periode}`)) {
              expect(inClient).toBeUndefined();
              continue;
            }
            cells++;
            expect(inClient).toBeDefined();
            expect(inClient!.ilustratif === true).toBe(cell.ilustratif);
          }
        }
        expect(client.table.numRows()).toBe(cells);
      }),
      { numRuns: 300 },
    );
  });
});

describe('the key’s identity', () => {
  const spec = (key: string[]) => ({
    id: 'k',
    key,
    columns: [
      { name: 'a', type: 'string' as const },
      { name: 'b', type: 'string' as const },
      { name: 'n', type: 'number' as const },
    ],
  });

  it('composite keys never collide through a separator or a placeholder for empty', () => {
    const distinct = [
      [
        { a: '1', b: '23' },
        { a: '12', b: '3' },
      ],
      [
        { a: '1|2', b: '3' },
        { a: '1', b: '2|3' },
      ],
      [
        { a: 'x\u0001y', b: 'z' },
        { a: 'x', b: 'y\u0001z' },
      ],
      [
        { a: null, b: '1' },
        { a: '∅', b: '1' },
      ],
      [
        { a: null, b: '1' },
        { a: 'null', b: '1' },
      ],
      [
        { a: '["x"', b: '"y"]' },
        { a: '["x","y"]', b: null },
      ],
    ];
    for (const [p, q] of distinct) {
      const r = loadInline(
        [
          { ...p, n: 1 },
          { ...q, n: 2 },
        ],
        spec(['a', 'b']),
      );
      expect(r.report.issues).toEqual([]);
      expect(r.table.numRows()).toBe(2);
    }
    const same = loadInline(
      [
        { a: '1', b: '23', n: 1 },
        { a: '1', b: '23', n: 2 },
      ],
      spec(['a', 'b']),
    );
    expect(brief(same.report.issues)).toEqual([
      [0, 'duplicate-key', 'error'],
      [1, 'duplicate-key', 'error'],
    ]);
    expect(same.report.issues[0]!.value).toEqual({ a: '1', b: '23' });
  });

  it('a typed numeric key that repeats (non-decreasing, not increasing) is checked, not skipped', () => {
    const numeric = {
      id: 'serial',
      key: ['id'],
      columns: [
        { name: 'id', type: 'integer' as const },
        { name: 'n', type: 'number' as const },
      ],
    };
    const conflicting = loadJson(
      { id: Int32Array.from([1, 1, 2]), n: Float64Array.from([5, 6, 7]) },
      numeric,
    );
    expect(brief(conflicting.report.issues)).toEqual([
      [0, 'duplicate-key', 'error'],
      [1, 'duplicate-key', 'error'],
    ]);
    expect(conflicting.report.issues[0]!.value).toBe(1);
    expect(conflicting.table.objects()).toEqual([{ id: 2, n: 7 }]);

    const identical = loadJson({ id: Float64Array.from([3, 3]), n: Float64Array.from([1, 1]) }, numeric);
    expect(brief(identical.report.issues)).toEqual([[1, 'duplicate-key', 'warning']]);
    expect(identical.table.objects()).toEqual([{ id: 3, n: 1 }]);

    const later = loadJson(
      { id: Int32Array.from([1, 2, 3, 1]), n: Float64Array.from([1, 2, 3, 4]) },
      numeric,
    );
    expect(brief(later.report.issues)).toEqual([
      [0, 'duplicate-key', 'error'],
      [3, 'duplicate-key', 'error'],
    ]);

    const serial = loadJson({ id: Int32Array.from([1, 2, 3]), n: Float64Array.from([1, 1, 1]) }, numeric);
    expect(serial.report.issues).toEqual([]);
    expect(serial.table.numRows()).toBe(3);
  });
});

describe('comparing copies, at the edges', () => {
  it('NaN equals NaN in a column kept as received; NaN and a number differ', () => {
    const spec = { id: 'nan', key: ['kode'], columns: [{ name: 'kode', type: 'string' as const }] };
    const same = loadJson({ kode: ['a', 'a'], x: Float64Array.from([Number.NaN, Number.NaN]) }, spec);
    expect(brief(same.report.issues.filter((i) => i.code === 'duplicate-key'))).toEqual([
      [1, 'duplicate-key', 'warning'],
    ]);
    for (const x of [
      [Number.NaN, 1],
      [1, Number.NaN],
    ]) {
      const differ = loadJson({ kode: ['a', 'a'], x: Float64Array.from(x) }, spec);
      expect(brief(differ.report.issues.filter((i) => i.code === 'duplicate-key'))).toEqual([
        [0, 'duplicate-key', 'error'],
        [1, 'duplicate-key', 'error'],
      ]);
    }
  });

  it('key parts of different types are different keys (1 and "1", true and "true", Infinity and null)', () => {
    const spec = {
      id: 'typed',
      key: ['a', 'b'],
      rowSchema: z.object({ a: z.unknown(), b: z.string(), n: z.number() }),
    };
    const r = loadInline(
      [
        { a: 1, b: 'x', n: 1 },
        { a: '1', b: 'x', n: 2 },
        { a: true, b: 'x', n: 3 },
        { a: 'true', b: 'x', n: 4 },
        // JSON would write both as null: the tagged encoding keeps them apart
        { a: Number.POSITIVE_INFINITY, b: 'x', n: 5 },
        { a: null, b: 'x', n: 6 },
      ],
      spec,
    );
    expect(r.report.issues).toEqual([]);
    expect(r.table.numRows()).toBe(6);
  });

  it('compared or anyTrue fields the rows lack count as empty, never a crash', () => {
    const r = loadInline(
      [
        { kode: 'a', flag: true },
        { kode: 'a', flag: true },
      ],
      {
        id: 'absent',
        key: ['kode'],
        duplicates: { compare: ['tidak_ada'], anyTrue: ['juga_tidak_ada'] },
        columns: [{ name: 'kode', type: 'string' }],
      },
    );
    expect(brief(r.report.issues.filter((i) => i.code === 'duplicate-key'))).toEqual([
      [1, 'duplicate-key', 'warning'],
    ]);
    expect(r.table.numRows()).toBe(1);
  });
});
