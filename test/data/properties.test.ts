/**
 * Property tests (fast-check) of the client's invariants: every input row ends in the table or in the report;
 * CSV written with standard quoting reads back cell for cell; Indonesian-formatted numbers read back; backoff
 * stays inside its bounds; query keys ignore parameter order.
 */
import { loadCsv, loadInline, observationDataset, parseNumberText, stableKey } from '@satata/data';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { backoffDelay } from '../../packages/data/src/request/backoff.ts';
import { parseCsv } from '../../packages/data/src/sources/csv-parse.ts';

const regions = { has: (c: string) => c.startsWith('33.74') };
const catalog = { indicators: new Set(['IKU-01', 'IKU-02']), years: { from: 2020, to: 2026 } };

/** Cells that are sometimes right and often wrong, for every observation field. */
const cell = {
  indikator: fc.constantFrom('IKU-01', 'IKU-02', 'IKU-99', '', null, 7, ' bad code '),
  wilayah: fc.constantFrom('33.74', '33.74.01', '33.74.01.1001', '32.01', 'Semarang', null, ''),
  periode: fc.constantFrom('2024', '2025-Q2', 'Triwulan I 2023', '2019', 'kapan', 2022, null),
  nilai: fc.oneof(fc.double(), fc.constantFrom(1, 1, 2, '4,23', '1.234', 'abc', '', null)),
  numerator: fc.constantFrom(1, 2, null, '3'),
  denominator: fc.constantFrom(10, -1, null, '0'),
  status: fc.constantFrom('final', 'sementara', 'ditekan', 'draf', null),
};
const row = fc.oneof(
  { weight: 20, arbitrary: fc.record(cell, { requiredKeys: [] }) },
  { weight: 1, arbitrary: fc.constantFrom(null, 'teks', 3, [1, 2]) },
);

describe('every input row ends in the table or in the report', () => {
  it('inline observations, with reference checks and duplicate keys', () => {
    fc.assert(
      fc.property(
        fc.array(row, { maxLength: 60 }),
        fc.constantFrom<'id' | 'en'>('id', 'en'),
        (rows, numberFormat) => {
          // Tag each object row with its index in an extra column the spec keeps as received.
          const tagged = rows.map((r, i) =>
            r && typeof r === 'object' && !Array.isArray(r) ? { ...r, _baris: i } : r,
          );
          const { table, report } = loadInline(tagged, observationDataset('prop', { numberFormat }), {
            regions,
            catalog,
          });
          const rejected = new Set(report.issues.filter((i) => i.severity === 'error').map((i) => i.row));
          // Identical copies of an earlier row's key: kept once (at the first copy), each with a warning.
          const merged = new Set(
            report.issues
              .filter((i) => i.code === 'duplicate-key' && i.severity === 'warning')
              .map((i) => i.row),
          );
          const kept = table.columnNames().includes('_baris') ? (table.array('_baris') as number[]) : [];
          expect(table.numRows() + report.rejectedRows + merged.size).toBe(rows.length);
          expect(report.acceptedRows).toBe(table.numRows() + merged.size);
          expect(report.acceptedRows + report.rejectedRows).toBe(report.totalRows);
          // Each row is in exactly one of the three places.
          for (const i of kept) {
            expect(rejected.has(i)).toBe(false);
            expect(merged.has(i)).toBe(false);
          }
          for (const i of merged) expect(rejected.has(i)).toBe(false);
          expect(new Set([...kept, ...rejected, ...merged]).size).toBe(rows.length);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('CSV text of any shape, ragged rows and cut-off quotes included', () => {
    const text = fc.array(
      fc.array(fc.constantFrom('33.74', '2024', '4,23', '"', ',', ';', '\n', 'x', '', '1.234', '\r\n'), {
        maxLength: 8,
      }),
      { maxLength: 30 },
    );
    fc.assert(
      fc.property(text, (chunks) => {
        const csv = `wilayah,periode,nilai,indikator\n${chunks.map((c) => c.join('')).join('\n')}`;
        const parsed = parseCsv(csv, { delimiter: ',' });
        const { table, report } = loadCsv(csv, observationDataset('csv', { numberFormat: 'id' }), {
          delimiter: ',',
          ctx: { regions },
        });
        const merged = report.issues.filter((i) => i.code === 'duplicate-key' && i.severity === 'warning');
        expect(report.totalRows).toBe(parsed.rows);
        expect(table.numRows() + report.rejectedRows + merged.length).toBe(parsed.rows);
      }),
      { numRuns: 300 },
    );
  });
});

describe('CSV round trip', () => {
  it('cells written with standard quoting read back unchanged (empty cells as null)', () => {
    const value = fc.oneof(
      fc.string({ unit: fc.constantFrom('a', 'Z', ' ', ',', ';', '"', '\n', '\r', '9', 'é') }),
      fc.constant(''),
    );
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5 }),
        fc.array(fc.array(value, { minLength: 5, maxLength: 5 }), { maxLength: 20 }),
        fc.constantFrom(',', ';'),
        (width, records, delimiter) => {
          const rows = records
            .map((r) => r.slice(0, width))
            .filter((r) => r.some((v) => v !== '') || width > 1);
          const quote = (v: string) =>
            /[",;\n\r]/.test(v) || v.trim() !== v ? `"${v.replaceAll('"', '""')}"` : v;
          const header = Array.from({ length: width }, (_, j) => `k${j}`);
          const text = [header, ...rows].map((r) => r.map(quote).join(delimiter)).join('\r\n');
          const parsed = parseCsv(text, { delimiter });
          expect(parsed.issues).toEqual([]);
          expect(parsed.rows).toBe(rows.length);
          for (let j = 0; j < width; j++)
            expect(parsed.columns[j]).toEqual(rows.map((r) => (r[j] === '' ? null : r[j])));
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('numbers', () => {
  it('id-ID formatted numbers (Intl, with grouping) read back to the same value', () => {
    const fmt = new Intl.NumberFormat('id-ID', { maximumFractionDigits: 2 });
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), fc.integer({ min: 0, max: 99 }), (int, cents) => {
        const n = int + Math.sign(int || 1) * (cents / 100);
        const text = fmt.format(n).replace('\u2212', '-');
        expect(parseNumberText(text, 'id')).toBeCloseTo(Number(n.toFixed(2)), 6);
      }),
    );
  });
});

describe('backoff and keys', () => {
  it('full jitter stays in [0, min(max, base × 2^attempt))', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 30 }),
        fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
        fc.integer({ min: 1, max: 5000 }),
        fc.integer({ min: 1, max: 60_000 }),
        (attempt, r, baseMs, maxMs) => {
          const d = backoffDelay(attempt, { baseMs, maxMs }, () => r);
          expect(d).toBeGreaterThanOrEqual(0);
          expect(d).toBeLessThan(Math.max(1, Math.min(maxMs, baseMs * 2 ** attempt)));
        },
      ),
    );
  });

  it('stable keys do not depend on parameter order', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue()), (params) => {
        const reversed = Object.fromEntries(Object.entries(params).reverse());
        expect(stableKey(reversed)).toBe(stableKey(params));
      }),
    );
  });
});
