/**
 * Format a value by its indicator's satuan (unit of measure).
 *
 * | satuan (case and spacing ignored)                                  | kind      | example                         |
 * |--------------------------------------------------------------------|-----------|---------------------------------|
 * | `%`, `persen`, `persentase`, `percent`, `percentage` (also with `(%)`: `Persen (%)`) | percent | 4.23 → "4,23%"  |
 * | `rupiah`, `Rp`, `Rp.`                                              | rupiah    | 25.6e12 → "Rp 25,6 T"           |
 * | `ribu rupiah`, `juta rupiah`, `miliar`/`milyar rupiah`, `triliun rupiah` (also `Rp juta`, `juta Rp` …) | rupiah × 10^3/6/9/12 | 191.4 triliun → "Rp 191,4 T" |
 * | `indeks`, `index`, `poin`, `nilai`, `rasio`, `skor`, empty         | number    | 72.8 → "72,8"                   |
 * | anything else (`jiwa`, `orang`, `unit`, `KK`, `tahun`, `km`, `ha` …) | with unit | 80530 → "80.530 jiwa"          |
 *
 * A satuan may be a {@link LocalizedText}: the Indonesian text decides the kind, the locale's text is printed
 * (`{ id: 'jiwa', en: 'people' }` → "80,530 people").
 */

import type { LocalizedText } from '../schema/common.ts';
import { formatCompact } from './compact.ts';
import {
  type BaseFormatOptions,
  DEFAULT_LOCALE,
  type Locale,
  localized,
  resolveLocale,
  spaceOf,
} from './locale.ts';
import { formatNumber, formatPercent, isPrintable } from './number.ts';
import { formatRupiah } from './rupiah.ts';

/** How a satuan is shown. */
export type SatuanKind =
  | { readonly kind: 'percent' }
  | {
      readonly kind: 'rupiah' /** rupiah per unit of the value: 1, 1e3, 1e6, 1e9, 1e12 */;
      readonly multiplier: number;
    }
  | { readonly kind: 'number' }
  | { readonly kind: 'unit' /** the unit text to print after the number */; readonly unit: string };

const PERCENT = new Set(['%', 'persen', 'persentase', 'percent', 'percentage']);
const PLAIN = new Set([
  '',
  'indeks',
  'index',
  'poin',
  'point',
  'points',
  'nilai',
  'rasio',
  'ratio',
  'skor',
  'score',
]);
const MULTIPLIER: Readonly<Record<string, number>> = {
  ribu: 1e3,
  juta: 1e6,
  miliar: 1e9,
  milyar: 1e9,
  triliun: 1e12,
};
const RUPIAH_WORD = '(?:rupiah|rp\\.?)';
const SCALE_WORD = '(ribu|juta|miliar|milyar|triliun)';
const RUPIAH_PATTERNS = [
  new RegExp(`^${RUPIAH_WORD}$`),
  new RegExp(`^${SCALE_WORD} ${RUPIAH_WORD}$`),
  new RegExp(`^${RUPIAH_WORD} ${SCALE_WORD}$`),
];

/** A satuan's text as classified: lower case, spaces collapsed, a trailing "(%)" after a percent word dropped. */
function satuanKey(text: string): string {
  const key = text.trim().toLowerCase().replace(/\s+/g, ' ');
  if (key === '(%)') return '%';
  const bare = key.replace(/\s*\(%\)$/, '');
  return bare !== key && PERCENT.has(bare) ? bare : key;
}

/**
 * True when a satuan is a percentage (`%`, `persen`, `Persen (%)`, `persentase`, `percent`, `percentage`): the one
 * rule behind the engine's rate factor (× 100), the printed "%" and the "poin persen" of a change.
 *
 * @example isPercentSatuan('Persen (%)') // true
 */
export function isPercentSatuan(satuan: string | LocalizedText): boolean {
  return PERCENT.has(satuanKey(typeof satuan === 'string' ? satuan : satuan.id));
}

/**
 * Classify a satuan by the table in this module's comment.
 *
 * @example resolveSatuan('triliun rupiah') // { kind: 'rupiah', multiplier: 1e12 }
 * @example resolveSatuan('jiwa') // { kind: 'unit', unit: 'jiwa' }
 */
export function resolveSatuan(satuan: string | LocalizedText, locale: Locale = DEFAULT_LOCALE): SatuanKind {
  const idText = typeof satuan === 'string' ? satuan : satuan.id;
  const key = satuanKey(idText);
  if (PERCENT.has(key)) return { kind: 'percent' };
  if (PLAIN.has(key)) return { kind: 'number' };
  for (const re of RUPIAH_PATTERNS) {
    const m = re.exec(key);
    if (m) return { kind: 'rupiah', multiplier: m[1] ? MULTIPLIER[m[1]]! : 1 };
  }
  const shown = typeof satuan === 'string' ? satuan : localized(satuan, resolveLocale(locale));
  return { kind: 'unit', unit: shown.trim().replace(/\s+/g, ' ') };
}

/** Options of {@link formatValue}. */
export interface ValueFormatOptions extends BaseFormatOptions {
  /** Maximum decimals; defaults as the chosen formatter's (2 for numbers and percent, 1 compact, 0 full Rupiah). */
  readonly decimals?: number | undefined;
  /** Minimum decimals; defaults as the chosen formatter's. */
  readonly minDecimals?: number | undefined;
  /** Compact units: default `true` for Rupiah, `false` for numbers with a unit. */
  readonly compact?: boolean | undefined;
}

/**
 * Format `value` as its satuan asks (see the table in this module's comment). Missing values give `MISSING_TEXT`
 * without a unit.
 *
 * @example formatValue(4.23, '%') // '4,23%'
 * @example formatValue(191.4, 'triliun rupiah') // 'Rp 191,4 T'
 * @example formatValue(80530, 'jiwa') // '80.530 jiwa'
 * @example formatValue(72.83, 'indeks') // '72,83'
 */
export function formatValue(
  value: number | null | undefined,
  satuan: string | LocalizedText,
  opts?: ValueFormatOptions,
): string {
  const locale = resolveLocale(opts?.locale);
  const s = resolveSatuan(satuan, locale);
  const common = { locale, nbsp: opts?.nbsp, decimals: opts?.decimals, minDecimals: opts?.minDecimals };
  switch (s.kind) {
    case 'percent':
      return formatPercent(value, common);
    case 'rupiah':
      return formatRupiah(isPrintable(value) ? value * s.multiplier : value, {
        ...common,
        compact: opts?.compact,
      });
    case 'number':
      return opts?.compact ? formatCompact(value, common) : formatNumber(value, common);
    case 'unit': {
      const digits = opts?.compact ? formatCompact(value, common) : formatNumber(value, common);
      return isPrintable(value) ? `${digits}${spaceOf(opts)}${s.unit}` : digits;
    }
  }
}
