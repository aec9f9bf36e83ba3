/**
 * Periods (year, semester, triwulan, month): parsing every accepted spelling, canonical keys, ordering and
 * arithmetic.
 * @module
 */

export {
  comparePeriods,
  endMonth,
  nextPeriod,
  normalizePeriod,
  PERIODS_PER_YEAR,
  type Period,
  type PeriodKind,
  PeriodParseError,
  parsePeriod,
  periodContains,
  periodKey,
  periodOrdinal,
  periodsOfYear,
  previousPeriod,
  sameQuarterLastYear,
  startMonth,
  tryParsePeriod,
  yearFraction,
  yearOf,
} from './period.ts';
