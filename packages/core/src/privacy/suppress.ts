/**
 * Small-cell suppression for open aggregate tables (DESIGN.md §3, "Micro-data stays home").
 *
 * The rule, in two steps, applied to rows keyed by region (and by the `groupBy` fields, e.g. the period):
 *
 * 1. **Primary suppression.** A row is suppressed when any of its `countFields` is a number with
 *    `0 < value < threshold` (default threshold 10; with `suppressZero` also `value === 0`). Missing counts are not
 *    small counts and never trigger suppression.
 * 2. **Complementary suppression.** Sibling rows — same parent region (by `parentOf`, default the Kemendagri parent
 *    code) and same `groupBy` values — add up to their parent's total, which may be published. So in every sibling
 *    group that has a suppressed row, more rows are suppressed until the group has at least two suppressed rows
 *    **and** the suppressed rows' sum of every count field is at least `threshold`. Each step takes the
 *    unsuppressed sibling with the smallest positive value of the first count field (ties: input order); zero rows
 *    are never chosen as complements, because a 0 hides nothing. So `parent − Σ shown siblings` only reveals the
 *    sum of two or more suppressed cells, and that sum is not small.
 *
 * A suppressed row keeps its key fields and every field not listed in `nullFields`; the listed fields (default:
 * the count fields) become `null` — never 0 — and its status field becomes `ditekan`. Every suppression is also
 * reported as a data-quality issue (`suppressed`, severity `info`) naming the row, the field and the rule.
 *
 * Limits: the rule protects one hierarchy of sums (kelurahan → kecamatan → kota) per `groupBy` cell against
 * differencing. It is not a full linear-programming audit of multi-way tables; a table with several crossing
 * margins (e.g. kelurahan × sex with sex totals) needs such an audit.
 */
import type { QualityIssue } from '../quality/report.ts';
import { parentCode } from '../schema/region.ts';

/** A row of an aggregate table. */
export type AggregateRow = Readonly<Record<string, unknown>>;

/** Options of {@link suppressSmallCells}. */
export interface SuppressionOptions {
  /** Count fields checked against the threshold (e.g. poor households, poor persons). */
  readonly countFields: readonly string[];
  /** Counts below this are small (default 10). */
  readonly threshold?: number;
  /** Also suppress counts equal to 0 (default false: a 0 is shown). */
  readonly suppressZero?: boolean;
  /** Fields set to `null` in a suppressed row (default: `countFields`). Add derived rates here. */
  readonly nullFields?: readonly string[];
  /** Field holding the region code (default `wilayah`). */
  readonly regionField?: string;
  /** Fields that, with the parent region, define a sibling group (default `['periode']` when present, else none). */
  readonly groupBy?: readonly string[];
  /** Parent of a region code (default: the Kemendagri parent, `33.74.01.1001` → `33.74.01`). */
  readonly parentOf?: (kode: string) => string | undefined;
  /** Field receiving the status `ditekan` (default `status`). */
  readonly statusField?: string;
  /** Source name for the quality issues (default `sel-kecil`). */
  readonly source?: string;
}

/** Why a row was suppressed. */
export type SuppressionReason = 'primer' | 'komplementer';

/** One suppressed row. */
export interface SuppressedCell {
  /** Index of the row in the input. */
  readonly row: number;
  readonly reason: SuppressionReason;
  /** For a primary suppression: the count field that was small. */
  readonly field: string | null;
}

/** The outcome of {@link suppressSmallCells}. */
export interface SuppressionResult<R extends AggregateRow> {
  /** The rows in input order; suppressed rows copied with nulls and the status, others returned as they were. */
  readonly rows: readonly R[];
  readonly suppressed: readonly SuppressedCell[];
  /** One `suppressed` issue (severity `info`) per suppressed row. */
  readonly issues: readonly QualityIssue[];
}

/** Counts below this (and above 0) are small cells, suppressed by default (DESIGN §3: default < 10). */
export const DEFAULT_SMALL_CELL_THRESHOLD = 10;

/** Thrown when the options cannot work (no count field, a bad threshold). */
export class SuppressionOptionsError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SuppressionOptionsError';
  }
}

const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

/**
 * Suppress small cells of an aggregate table with complementary suppression (see the module comment for the rule).
 *
 * @example
 * // Kelurahan A has 4 poor households: suppressed (primary). B (12) is suppressed as its complement, so
 * // the kecamatan total 61 − C's 45 only gives A + B = 16.
 * suppressSmallCells(
 *   [
 *     { wilayah: '33.74.01.1001', periode: '2023', miskin: 4 },
 *     { wilayah: '33.74.01.1002', periode: '2023', miskin: 12 },
 *     { wilayah: '33.74.01.1003', periode: '2023', miskin: 45 },
 *   ],
 *   { countFields: ['miskin'] },
 * ).rows.map((r) => r.miskin); // [null, null, 45]
 */
export function suppressSmallCells<R extends AggregateRow>(
  rows: readonly R[],
  options: SuppressionOptions,
): SuppressionResult<R> {
  const {
    countFields,
    threshold = DEFAULT_SMALL_CELL_THRESHOLD,
    suppressZero = false,
    nullFields = countFields,
    regionField = 'wilayah',
    parentOf = parentCode,
    statusField = 'status',
    source = 'sel-kecil',
  } = options;
  if (countFields.length === 0)
    throw new SuppressionOptionsError('countFields kosong: tidak ada yang diperiksa');
  if (!Number.isFinite(threshold) || threshold <= 0) {
    throw new SuppressionOptionsError(`threshold harus angka positif, diterima ${threshold}`);
  }
  const groupBy = options.groupBy ?? (rows.some((r) => 'periode' in r) ? ['periode'] : []);

  const reason = new Map<number, SuppressedCell>();
  rows.forEach((r, i) => {
    for (const f of countFields) {
      const v = num(r[f]);
      if (v !== null && v < threshold && (v > 0 || (suppressZero && v === 0))) {
        reason.set(i, { row: i, reason: 'primer', field: f });
        return;
      }
    }
  });

  // Sibling groups: same parent region and same groupBy values.
  const groups = new Map<string, number[]>();
  rows.forEach((r, i) => {
    const region = r[regionField];
    const parent = typeof region === 'string' ? (parentOf(region) ?? '') : '';
    const key = JSON.stringify([parent, ...groupBy.map((g) => r[g] ?? null)]);
    const list = groups.get(key);
    if (list) list.push(i);
    else groups.set(key, [i]);
  });
  const first = countFields[0]!;
  for (const members of groups.values()) {
    const protectedEnough = () => {
      const hidden = members.filter((i) => reason.has(i));
      if (hidden.length === 0) return true;
      if (hidden.length < 2) return false;
      return countFields.every((f) => hidden.reduce((s, i) => s + (num(rows[i]![f]) ?? 0), 0) >= threshold);
    };
    while (!protectedEnough()) {
      let pick = -1;
      let best = Infinity;
      for (const i of members) {
        if (reason.has(i)) continue;
        const v = num(rows[i]![first]);
        if (v !== null && v > 0 && v < best) {
          best = v;
          pick = i;
        }
      }
      if (pick < 0) break; // nothing left that hides anything
      reason.set(pick, { row: pick, reason: 'komplementer', field: null });
    }
  }

  const suppressed = [...reason.values()].sort((a, b) => a.row - b.row);
  const out = rows.map((r, i) => {
    if (!reason.has(i)) return r;
    const copy: Record<string, unknown> = { ...r };
    for (const f of nullFields) copy[f] = null;
    copy[statusField] = 'ditekan';
    return copy as R;
  });
  const issues: QualityIssue[] = suppressed.map((s) => ({
    code: 'suppressed',
    severity: 'info',
    source,
    row: s.row,
    field: s.field,
    value: s.field ? rows[s.row]![s.field] : rows[s.row]![regionField],
    expected:
      s.reason === 'primer'
        ? `nilai ≥ ${threshold} (sel kecil ditekan)`
        : `sel pelengkap ditekan agar sel kecil tidak dapat dihitung dari total wilayah induk`,
  }));
  return { rows: out, suppressed, issues };
}
