/**
 * The data-quality report: every input row ends in the table or in the report, with row, field, value and what was
 * expected.
 * @module
 */

export {
  buildQualityReport,
  type DataQualityReport,
  mergeQualityReports,
  type QualityIssue,
  type QualityIssueCode,
  type QualitySeverity,
  summarizeQualityReport,
} from './report.ts';
