/**
 * The data-quality report: every input row ends either in the table or here, with the row, the field, the value
 * and what was expected. Plain data, so a UI can show it and a test can compare it.
 */

/** How serious a data-quality issue is: `error` rejects the row, `warning` keeps it with a note. */
export type QualitySeverity = 'error' | 'warning' | 'info';

/**
 * What kind of problem a quality issue is.
 * - `schema`: a field does not match the dataset's row schema (type, range, required)
 * - `non-numeric`: a numeric field could not be read as a number
 * - `ambiguous-number`: a number written so that it reads as two values (`1.234`: 1234 with a thousands dot, or
 *   1.234 with a decimal point) in a column whose number format is neither declared nor decided by its other
 *   values; the issue names both readings, and the value never becomes a number
 * - `unparseable-period`: a period could not be parsed
 * - `unknown-region`: a region code unknown to the region pack
 * - `unknown-indicator`: an indicator code not in the catalog
 * - `period-outside-catalog`: a period outside the catalog's plan period
 * - `duplicate-key`: a second row with the same key (e.g. indicator × region × period)
 * - `ambiguous-name`: a region name that matches several regions
 * - `suppressed`: a small cell suppressed for privacy
 * - `sub-period-conflict`: overlapping periods (a semester and its triwulan, a year and its months) whose values
 *   disagree beyond rounding; a documented precedence decided which counts (a warning: nothing is rejected)
 * - `source`: a problem of the source itself (truncated file, missing column)
 */
export type QualityIssueCode =
  | 'schema'
  | 'non-numeric'
  | 'ambiguous-number'
  | 'unparseable-period'
  | 'unknown-region'
  | 'unknown-indicator'
  | 'period-outside-catalog'
  | 'duplicate-key'
  | 'ambiguous-name'
  | 'suppressed'
  | 'sub-period-conflict'
  | 'source';

/** One data-quality issue. `row` is the 0-based index of the input row (null for a problem of the whole source). */
export interface QualityIssue {
  readonly code: QualityIssueCode;
  readonly severity: QualitySeverity;
  /** Identifier of the dataset or source the row came from. */
  readonly source: string;
  readonly row: number | null;
  readonly field: string | null;
  /** The offending value as received. */
  readonly value: unknown;
  /** What was expected, in words (Bahasa Indonesia). */
  readonly expected: string;
  /**
   * The indicator the row was about, when it can be read (a row of observations names one): lets a card, chart or
   * map say "2 baris ditolak" beside its own number. Absent for a problem that belongs to no indicator.
   */
  readonly indikator?: string;
}

/** A data-quality report for one source. `acceptedRows + rejectedRows === totalRows` always holds. */
export interface DataQualityReport {
  readonly source: string;
  readonly totalRows: number;
  readonly acceptedRows: number;
  /** Rows rejected by at least one `error` issue. */
  readonly rejectedRows: number;
  readonly issues: readonly QualityIssue[];
}

/** Build a report from the issues found over `totalRows` input rows; a row is rejected if it has an `error`. */
export function buildQualityReport(
  source: string,
  totalRows: number,
  issues: readonly QualityIssue[],
): DataQualityReport {
  const rejected = new Set<number>();
  for (const issue of issues) if (issue.severity === 'error' && issue.row !== null) rejected.add(issue.row);
  return { source, totalRows, acceptedRows: totalRows - rejected.size, rejectedRows: rejected.size, issues };
}

/** Merge several reports into one (e.g. the reports of all datasets behind a dashboard). */
export function mergeQualityReports(
  source: string,
  reports: readonly DataQualityReport[],
): DataQualityReport {
  return {
    source,
    totalRows: reports.reduce((s, r) => s + r.totalRows, 0),
    acceptedRows: reports.reduce((s, r) => s + r.acceptedRows, 0),
    rejectedRows: reports.reduce((s, r) => s + r.rejectedRows, 0),
    issues: reports.flatMap((r) => r.issues),
  };
}

/** Count issues by code and severity, for a summary line. */
export function summarizeQualityReport(report: DataQualityReport): Readonly<
  Record<QualitySeverity, number>
> & {
  readonly byCode: Readonly<Partial<Record<QualityIssueCode, number>>>;
} {
  const counts = { error: 0, warning: 0, info: 0 };
  const byCode: Partial<Record<QualityIssueCode, number>> = {};
  for (const i of report.issues) {
    counts[i.severity]++;
    byCode[i.code] = (byCode[i.code] ?? 0) + 1;
  }
  return { ...counts, byCode };
}
