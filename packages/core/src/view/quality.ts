/**
 * Data-quality problems where the number is (issue 11 §7): the input rows the engine rejected, placed at the region
 * and period they were about, counted per widget ("2 baris ditolak") with their reasons, and the full report of
 * every issue as a data table. Plain data, like every view model.
 */
import type { ColumnTable } from '../engine/table.ts';
import { formatNumber, type Locale } from '../format/index.ts';
import { type Period, periodContains, periodKey, tryParsePeriod } from '../period/period.ts';
import type { QualityIssue } from '../quality/report.ts';
import type { Observation } from '../schema/observation.ts';
import { textsFor } from '../text/index.ts';
import { type Bilingual, inBoth } from './common.ts';
import type { CellValue, DataTable, TableColumn, TableRow } from './table.ts';

/**
 * A quality issue placed where its input row belongs: the region and period (canonical key) that row named, when
 * they can be read from the observations the issue was found in. A widget uses them to say which of its cells a
 * rejected row would have filled.
 */
export interface LocatedIssue extends QualityIssue {
  /** The Kemendagri code the row named (as given, even when it is not a known code). */
  readonly wilayah?: string;
  /** The canonical key of the period the row named, when it parses. */
  readonly periode?: string;
}

/** The observations the engine read, as an array of rows or a column table (`row` of an issue indexes them). */
export type ObservationInput = readonly Observation[] | ColumnTable;

function fieldOf(
  observations: ObservationInput,
  row: number,
  field: 'indikator' | 'wilayah' | 'periode',
): unknown {
  if (Array.isArray(observations)) return (observations as readonly Observation[])[row]?.[field];
  const table = observations as ColumnTable;
  return row < table.numRows() && table.columnNames().includes(field) ? table.get(field, row) : undefined;
}

/**
 * Place each issue of `source` (default `observasi`, the engine's name for its observations) at the region and
 * period of its row in `observations` — the same observations, in the same order, that were given to the engine.
 * An issue of another source, of no row, or whose row names another indicator than the issue is left as it is.
 */
export function locateIssues(
  issues: readonly QualityIssue[],
  observations: ObservationInput,
  source = 'observasi',
): LocatedIssue[] {
  return issues.map((issue) => {
    if (issue.source !== source || issue.row === null) return issue;
    const indikator = fieldOf(observations, issue.row, 'indikator');
    if (issue.indikator !== undefined && indikator !== issue.indikator) return issue;
    const wilayah = fieldOf(observations, issue.row, 'wilayah');
    const period = tryParsePeriod(fieldOf(observations, issue.row, 'periode'));
    return {
      ...issue,
      ...(typeof wilayah === 'string' ? { wilayah } : {}),
      ...(period ? { periode: periodKey(period) } : {}),
    };
  });
}

/** One reason a row was rejected. */
export interface RejectionReason {
  readonly code: QualityIssue['code'];
  readonly field: string | null;
  /** The offending value as text ("NaN", "-5", "\"99.99\"", "kosong"). */
  readonly value: Bilingual;
  readonly expected: string;
}

/** An input row the engine rejected, with every reason. */
export interface RejectedRow {
  readonly source: string;
  readonly row: number | null;
  readonly indikator: string | null;
  readonly wilayah: string | null;
  readonly periode: string | null;
  readonly alasan: readonly RejectionReason[];
  /** "Baris 886 (observasi; 33.74.01.1002; 2024): nilai = NaN; seharusnya: angka berhingga atau kosong". */
  readonly teks: Bilingual;
}

/** The rejected input rows behind a widget's numbers. */
export interface RejectedRows {
  /** Distinct rejected rows. */
  readonly jumlah: number;
  /** "2 baris ditolak" / "2 rows rejected". */
  readonly teks: Bilingual;
  readonly baris: readonly RejectedRow[];
}

/**
 * An issue's value as text: a number as JavaScript writes it (so `NaN`, `Infinity` and `-5` show as they came), a
 * text in quotes (so an empty or padded code is visible), nothing as "kosong".
 */
export function issueValueText(value: unknown, locale: Locale): string {
  if (value === null || value === undefined || value === '') return textsFor(locale).quality.empty;
  if (typeof value === 'number' || typeof value === 'bigint' || typeof value === 'boolean')
    return String(value);
  if (typeof value === 'string') return JSON.stringify(value);
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

const rowKey = (i: QualityIssue) => `${i.source}\u0000${i.row ?? `${i.field}\u0000${String(i.value)}`}`;

function rejectedRows(issues: readonly LocatedIssue[]): RejectedRows | null {
  const byRow = new Map<string, LocatedIssue[]>();
  for (const i of issues) {
    if (i.severity !== 'error') continue;
    const key = rowKey(i);
    const list = byRow.get(key);
    if (list) list.push(i);
    else byRow.set(key, [i]);
  }
  if (byRow.size === 0) return null;
  const baris: RejectedRow[] = [...byRow.values()].map((list) => {
    const first = list[0]!;
    const alasan = list.map((i) => ({
      code: i.code,
      field: i.field,
      value: inBoth((l) => issueValueText(i.value, l)),
      expected: i.expected,
    }));
    return {
      source: first.source,
      row: first.row,
      indikator: first.indikator ?? null,
      wilayah: first.wilayah ?? null,
      periode: first.periode ?? null,
      alasan,
      teks: inBoth((l) => {
        const q = textsFor(l).quality;
        const where = [first.source, first.wilayah, first.periode].filter((x) => x !== undefined).join('; ');
        const head = first.row === null ? first.source : `${q.row(String(first.row))} (${where})`;
        const why = alasan.map((a) => q.fieldValue(a.field ?? q.codes[a.code], a.value[l], a.expected));
        return `${head}: ${why.join('; ')}`;
      }),
    };
  });
  const n = baris.length;
  return {
    jumlah: n,
    teks: inBoth((l) => textsFor(l).common.rejectedRows(formatNumber(n, { locale: l }), n)),
    baris,
  };
}

/** True when `kode` is `region` or a region below it (Kemendagri codes nest by prefix: `33.74.01` under `33.74`). */
export function isWithinRegion(kode: string, region: string): boolean {
  return kode === region || kode.startsWith(`${region}.`);
}

/**
 * The rejected rows that touch a widget of `indikator` showing `wilayah` (one region or several): rows of that
 * indicator whose region is one of them or lies below one (a roll-up would have counted it), and rows whose region
 * could not be placed (an unknown or malformed code: any region may have lost them). Null when there are none.
 */
export function rejectedRowsFor(
  issues: readonly LocatedIssue[],
  indikator: string,
  wilayah?: string | readonly string[],
): RejectedRows | null {
  const regions = wilayah === undefined ? null : typeof wilayah === 'string' ? [wilayah] : wilayah;
  return rejectedRows(
    issues.filter(
      (i) =>
        i.indikator === indikator &&
        (regions === null ||
          i.wilayah === undefined ||
          i.code === 'unknown-region' ||
          regions.some((r) => isWithinRegion(i.wilayah!, r))),
    ),
  );
}

/**
 * How many rejected rows of `indikator` would have given a value to the cell of `wilayah` in `periode`: rows of the
 * region or below it, of the period or a sub-period of it.
 */
export function rejectedInCell(
  issues: readonly LocatedIssue[],
  indikator: string,
  wilayah: string,
  periode: string | Period,
): number {
  const cell = typeof periode === 'string' ? tryParsePeriod(periode) : periode;
  if (!cell) return 0;
  const rows = new Set<string>();
  for (const i of issues) {
    if (i.severity !== 'error' || i.indikator !== indikator || i.wilayah === undefined) continue;
    if (i.periode === undefined || !isWithinRegion(i.wilayah, wilayah)) continue;
    const p = tryParsePeriod(i.periode);
    if (p && periodContains(cell, p)) rows.add(rowKey(i));
  }
  return rows.size;
}

/** The full data-quality report: every issue, for a page or section that lists them. */
export interface QualityReportViewModel {
  readonly kind: 'quality';
  /** Issues of every severity. */
  readonly jumlah: number;
  /** Distinct rejected rows. */
  readonly ditolak: number;
  readonly ringkasan: Bilingual;
  readonly table: DataTable;
}

/**
 * The report of every issue (rejected rows and warnings) as a summary and a data table: source, row, indicator,
 * region, period, field, value, what was expected, the kind of problem and what was done.
 */
export function buildQualityReportViewModel(issues: readonly LocatedIssue[]): QualityReportViewModel {
  const ditolak = new Set(issues.filter((i) => i.severity === 'error').map(rowKey)).size;
  const col = (
    key: keyof ReturnType<typeof textsFor>['quality']['columns'],
    kind: TableColumn['kind'] = 'text',
  ) => ({
    key,
    label: inBoth((l) => textsFor(l).quality.columns[key]),
    kind,
  });
  const rows: TableRow[] = issues.map((i) => {
    const values: Record<string, CellValue> = {
      source: i.source,
      row: i.row === null ? null : String(i.row),
      indicator: i.indikator ?? null,
      region: i.wilayah ?? null,
      period: i.periode ?? null,
      field: i.field,
      value: inBoth((l) => issueValueText(i.value, l)),
      expected: i.expected,
      code: inBoth((l) => textsFor(l).quality.codes[i.code]),
      severity: inBoth((l) => textsFor(l).quality.severities[i.severity]),
    };
    return { values, missing: {} };
  });
  return {
    kind: 'quality',
    jumlah: issues.length,
    ditolak,
    ringkasan: inBoth((l) => {
      const q = textsFor(l).quality;
      if (issues.length === 0) return q.none;
      const n = (x: number) => formatNumber(x, { locale: l });
      return q.summary(n(issues.length), n(ditolak), ditolak);
    }),
    table: {
      caption: inBoth((l) => textsFor(l).quality.tableCaption),
      columns: [
        col('source'),
        col('row'),
        col('indicator'),
        col('region'),
        col('period', 'period'),
        col('field'),
        col('value'),
        col('expected'),
        col('code'),
        col('severity'),
      ],
      rows,
    },
  };
}
