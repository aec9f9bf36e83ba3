/** The data-quality report: a row with an error is rejected once, however many errors it has; warnings keep it. */
import {
  buildQualityReport,
  mergeQualityReports,
  type QualityIssue,
  summarizeQualityReport,
} from '@satata/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

const issue = (
  row: number | null,
  severity: QualityIssue['severity'],
  code: QualityIssue['code'] = 'schema',
): QualityIssue => ({
  code,
  severity,
  source: 'uji',
  row,
  field: 'nilai',
  value: 'x',
  expected: 'angka',
});

describe('buildQualityReport', () => {
  it('counts rejected rows, not errors', () => {
    // rows 2 (two errors) and 5 rejected; row 7 only warned; the source-level error has no row
    const r = buildQualityReport('uji', 10, [
      issue(2, 'error'),
      issue(2, 'error', 'non-numeric'),
      issue(5, 'error'),
      issue(7, 'warning'),
      issue(null, 'error', 'source'),
    ]);
    expect(r).toMatchObject({ totalRows: 10, acceptedRows: 8, rejectedRows: 2 });
    expect(summarizeQualityReport(r)).toEqual({
      error: 4,
      warning: 1,
      info: 0,
      byCode: { schema: 3, 'non-numeric': 1, source: 1 },
    });
  });

  it('merges reports by adding their counts', () => {
    const a = buildQualityReport('a', 3, [issue(0, 'error')]);
    const b = buildQualityReport('b', 4, []);
    expect(mergeQualityReports('semua', [a, b])).toMatchObject({
      totalRows: 7,
      acceptedRows: 6,
      rejectedRows: 1,
    });
  });

  it('always has accepted + rejected = total', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 50 }).chain((n) =>
          fc.tuple(
            fc.constant(n),
            fc.array(
              fc.record({
                row:
                  n === 0 ? fc.constant(null) : fc.option(fc.integer({ min: 0, max: n - 1 }), { nil: null }),
                severity: fc.constantFrom('error' as const, 'warning' as const, 'info' as const),
              }),
            ),
          ),
        ),
        ([n, raw]) => {
          const r = buildQualityReport(
            'p',
            n,
            raw.map((x) => issue(x.row, x.severity)),
          );
          expect(r.acceptedRows + r.rejectedRows).toBe(n);
          expect(r.rejectedRows).toBe(
            new Set(raw.filter((x) => x.severity === 'error' && x.row !== null).map((x) => x.row)).size,
          );
        },
      ),
    );
  });
});
