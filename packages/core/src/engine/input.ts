/**
 * Reading observations (a column table or an array of rows) into validated cells, with every bad row reported as a
 * data-quality issue naming the row, the field and what was expected — never a wrong number.
 */
import type { ColumnTable } from 'arquero';
import { type Period, periodKey, tryParsePeriod } from '../period/period.ts';
import type { QualityIssue } from '../quality/report.ts';
import type { Indicator } from '../schema/indicator.ts';
import type { Observation } from '../schema/observation.ts';
import type { Cell, IndicatorCells } from './cells.ts';
import { formulaValue, rateFactor } from './formula.ts';
import { isColumnTable } from './table.ts';

const KODE = /^\d{2}(\.\d{2}(\.\d{2}(\.\d{4})?)?)?$/;

/** Observations as columns (any column may be absent). */
interface Columns {
  readonly n: number;
  readonly get: (name: keyof Observation) => ArrayLike<unknown> | null;
}

function columnsOf(observations: ColumnTable | readonly Observation[]): Columns {
  if (isColumnTable(observations)) {
    const t = observations.isFiltered() || observations.isOrdered() ? observations.reify() : observations;
    const names = new Set(t.columnNames());
    return {
      n: t.numRows(),
      get: (name) => (names.has(name) ? (t.array(name) as ArrayLike<unknown>) : null),
    };
  }
  const rows = observations as readonly Record<string, unknown>[];
  return { n: rows.length, get: (name) => rows.map((r) => r[name]) };
}

/** The cells of every indicator, and the issues of the rows that could not be used. */
export interface CollectedObservations {
  readonly cells: Map<string, IndicatorCells>;
  readonly issues: QualityIssue[];
}

/** Options of {@link collectObservations}. */
export interface CollectOptions {
  /** Source name used in issues (default `observasi`). */
  readonly source?: string;
  /** Known region codes; when given, other codes are reported as `unknown-region`. */
  readonly regionCodes?: ReadonlySet<string>;
  /** Indicators whose observations are ignored (e.g. computed from a dataset), with the reason. */
  readonly skip?: ReadonlyMap<string, string>;
}

const isMissing = (v: unknown) => v === null || v === undefined;
const textOrNull = (v: unknown): string | null => (typeof v === 'string' && v.length > 0 ? v : null);

/**
 * Validate observations and index them as cells per indicator × region × period (canonical period keys).
 *
 * Rejected with an `error` issue (the row does not count): unknown indicator codes, malformed or unknown region
 * codes, unparseable periods, non-numeric `nilai` / `numerator` / `denominator` (strings, NaN, Infinity), a
 * numerator without a denominator (or the reverse), a negative denominator. Duplicate indicator × region × period
 * rows: identical duplicates are kept once with a `warning`; conflicting ones are all rejected (`error` on each),
 * and the cell becomes missing (`reported-missing`) rather than taking an arbitrary one of the values.
 * A value left empty is `reported-missing`; status `ditekan` marks a suppressed cell. When `nilai` is empty but
 * numerator and denominator are given, the value is numerator / denominator × the indicator's factor.
 */
export function collectObservations(
  observations: ColumnTable | readonly Observation[],
  indicators: ReadonlyMap<string, Indicator>,
  options: CollectOptions = {},
): CollectedObservations {
  const source = options.source ?? 'observasi';
  const cols = columnsOf(observations);
  const ind = cols.get('indikator');
  const wil = cols.get('wilayah');
  const per = cols.get('periode');
  const nil = cols.get('nilai');
  const num = cols.get('numerator');
  const den = cols.get('denominator');
  const sta = cols.get('status');
  const sum = cols.get('sumber');
  const upd = cols.get('diperbarui');
  const ser = cols.get('seri');
  const issues: QualityIssue[] = [];
  const cells = new Map<string, IndicatorCells>();
  const periodCache = new Map<unknown, { period: Period; key: string } | null>();
  const goodCodes = new Set<string>();
  const firstRow = new Map<Cell, number>();
  const conflicts = new Set<string>();
  const factors = new Map<string, number>();
  const issue = (row: number, code: QualityIssue['code'], field: string, value: unknown, expected: string) =>
    issues.push({ code, severity: 'error', source, row, field, value, expected });
  const numberAt = (col: ArrayLike<unknown> | null, i: number, field: string): number | null | false => {
    const v = col ? col[i] : null;
    if (isMissing(v)) return null;
    if (typeof v === 'number' && Number.isFinite(v)) return v;
    issue(i, 'non-numeric', field, v, 'angka berhingga atau kosong');
    return false;
  };

  for (let i = 0; i < cols.n; i++) {
    const kode = ind ? ind[i] : undefined;
    const indicator = typeof kode === 'string' ? indicators.get(kode) : undefined;
    if (!indicator) {
      issue(i, 'unknown-indicator', 'indikator', kode, 'kode indikator dari katalog');
      continue;
    }
    const skip = options.skip?.get(indicator.kode);
    if (skip !== undefined) {
      issues.push({
        code: 'duplicate-key',
        severity: 'warning',
        source,
        row: i,
        field: 'indikator',
        value: kode,
        expected: skip,
      });
      continue;
    }
    const w = wil ? wil[i] : undefined;
    if (typeof w !== 'string' || !goodCodes.has(w)) {
      if (typeof w !== 'string' || !KODE.test(w)) {
        issue(i, 'unknown-region', 'wilayah', w, 'kode wilayah Kemendagri seperti 33.74 atau 33.74.01.1001');
        continue;
      }
      if (options.regionCodes && !options.regionCodes.has(w)) {
        issue(i, 'unknown-region', 'wilayah', w, 'kode wilayah yang dikenal paket wilayah');
        continue;
      }
      goodCodes.add(w);
    }
    const p = per ? per[i] : undefined;
    let parsed = periodCache.get(p);
    if (parsed === undefined) {
      const period = tryParsePeriod(p);
      parsed = period === null ? null : { period, key: periodKey(period) };
      periodCache.set(p, parsed);
    }
    if (parsed === null) {
      issue(i, 'unparseable-period', 'periode', p, 'periode seperti 2025, 2025-S1, 2025-Q2 atau 2025-06');
      continue;
    }
    const { period, key } = parsed;
    const v = numberAt(nil, i, 'nilai');
    const n = numberAt(num, i, 'numerator');
    const d = numberAt(den, i, 'denominator');
    if (v === false || n === false || d === false) continue;
    if ((n === null) !== (d === null)) {
      issue(
        i,
        'schema',
        n === null ? 'numerator' : 'denominator',
        n ?? d,
        'numerator dan denominator diisi bersama',
      );
      continue;
    }
    if (d !== null && d < 0) {
      issue(i, 'schema', 'denominator', d, 'denominator ≥ 0');
      continue;
    }
    const ditekan = sta ? sta[i] === 'ditekan' : false;
    let nilai = v;
    let reason: Cell['reason'] = null;
    if (nilai === null && n !== null && !ditekan) {
      let f = factors.get(indicator.kode);
      if (f === undefined) {
        f = rateFactor(indicator);
        factors.set(indicator.kode, f);
      }
      const fv = formulaValue(n, d, f);
      nilai = fv.nilai;
      reason = fv.reason ?? null;
    }
    if (ditekan) reason = 'suppressed';
    else if (nilai === null) reason ??= 'reported-missing';
    const cell: Cell = {
      periode: key,
      period,
      nilai: ditekan ? null : nilai,
      numerator: ditekan ? null : n,
      denominator: ditekan ? null : d,
      ditekan,
      reason,
      sumber: textOrNull(sum ? sum[i] : null),
      diperbarui: textOrNull(upd ? upd[i] : null),
      seri: textOrNull(ser ? ser[i] : null),
    };
    let byRegion = cells.get(indicator.kode);
    if (!byRegion) {
      byRegion = new Map();
      cells.set(indicator.kode, byRegion);
    }
    let byPeriod = byRegion.get(w);
    if (!byPeriod) {
      byPeriod = new Map();
      byRegion.set(w, byPeriod);
    }
    const prev = byPeriod.get(key);
    if (prev) {
      const dupKey = `${indicator.kode}|${w}|${key}`;
      const same =
        prev.nilai === cell.nilai &&
        prev.numerator === cell.numerator &&
        prev.denominator === cell.denominator &&
        prev.ditekan === cell.ditekan &&
        !conflicts.has(dupKey);
      const expected = 'satu observasi per indikator × wilayah × periode';
      if (same) {
        issues.push({
          code: 'duplicate-key',
          severity: 'warning',
          source,
          row: i,
          field: 'periode',
          value: p,
          expected: `${expected} (duplikat identik, dipakai sekali)`,
        });
        continue;
      }
      if (!conflicts.has(dupKey)) {
        conflicts.add(dupKey);
        issue(
          firstRow.get(prev)!,
          'duplicate-key',
          'periode',
          p,
          `${expected} (nilai bertentangan, semua ditolak)`,
        );
        byPeriod.set(key, {
          ...cell,
          nilai: null,
          numerator: null,
          denominator: null,
          reason: 'reported-missing',
        });
      }
      issue(i, 'duplicate-key', 'periode', p, `${expected} (nilai bertentangan, semua ditolak)`);
      continue;
    }
    firstRow.set(cell, i);
    byPeriod.set(key, cell);
  }
  return { cells, issues };
}
