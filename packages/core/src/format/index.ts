/**
 * Formatting in Bahasa Indonesia (`id-ID`, the default) and English: numbers, percentages, compact units, Rupiah,
 * period labels, dates and values by satuan.
 * @module
 */

export {
  COMPACT_UNITS,
  type CompactFormatOptions,
  type CompactParts,
  type CompactUnit,
  compactParts,
  formatCompact,
} from './compact.ts';
export { DateFormatError, type DateFormatOptions, DISPLAY_TIME_ZONE, formatDate } from './date.ts';
export {
  type BaseFormatOptions,
  DEFAULT_LOCALE,
  FormatOptionError,
  INTL_LOCALE,
  type Locale,
  localized,
  MISSING_TEXT,
} from './locale.ts';
export {
  formatNumber,
  formatPercent,
  type NumberFormatOptions,
  type PercentFormatOptions,
} from './number.ts';
export {
  formatPeriod,
  formatPeriodSpan,
  formatPeriodToDate,
  monthName,
  type PeriodFormatOptions,
} from './period.ts';
export { formatRupiah, type RupiahFormatOptions } from './rupiah.ts';
export {
  formatValue,
  isPercentSatuan,
  resolveSatuan,
  type SatuanKind,
  type ValueFormatOptions,
} from './value.ts';
