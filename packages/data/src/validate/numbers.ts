/**
 * Reading numbers written as text, in the dataset's declared format. Grouping must be well formed, so a number
 * written in the other format is reported, never silently misread: in `id`, `4.23` is rejected (a thousands dot
 * needs three digits after it); in `en`, `4,23` is rejected.
 */
import type { NumberFormat } from './spec.ts';

const ID_NUMBER = /^[+-]?(?:\d{1,3}(?:\.\d{3})+|\d+)(?:,\d+)?$/;
const EN_NUMBER = /^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?:[eE][+-]?\d+)?$/;
const EN_FRACTION = /^[+-]?\.\d+$/;

/**
 * Parse `text` as a number in `format`; `NaN` when it is not one.
 * @example parseNumberText('1.234,5', 'id') // 1234.5
 * @example parseNumberText('4,23', 'id') // 4.23
 * @example parseNumberText('4,23', 'en') // NaN
 */
export function parseNumberText(text: string, format: NumberFormat): number {
  const s = text.trim();
  if (format === 'id') {
    if (!ID_NUMBER.test(s)) return Number.NaN;
    return Number(s.replaceAll('.', '').replace(',', '.'));
  }
  if (!EN_NUMBER.test(s) && !EN_FRACTION.test(s)) return Number.NaN;
  return Number(s.replaceAll(',', ''));
}
