/**
 * Reading observations (a column table or an array of rows) into validated cells, with every bad row reported as a
 * data-quality issue naming the row, the field and what was expected — never a wrong number.
 */
import type { ColumnTable } from 'arquero';
import { type Period, periodKey, tryParsePeriod } from '../period/period.ts';
import type { QualityIssue } from '../quality/report.ts';
import { isKodeWilayah, KODE_WILAYAH_EXPECTED } from '../schema/common.ts';
import type { Indicator } from '../schema/indicator.ts';
import type { Observation } from '../schema/observation.ts';
import type { Cell } from './cells.ts';
import { formulaNumber, formulaValueOf, rateFactor } from './formula.ts';
import type { ChildSums } from './rollup.ts';
import { isColumnTable } from './table.ts';

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
      // Array-backed columns are read in place; other column types (Arrow) are copied once into an array.
      get: (name) => {
        if (!names.has(name)) return null;
        const col = t.column(name) as unknown;
        return Array.isArray(col) || ArrayBuffer.isView(col)
          ? (col as ArrayLike<unknown>)
          : (t.array(name) as ArrayLike<unknown>);
      },
    };
  }
  const rows = observations as readonly Record<string, unknown>[];
  return { n: rows.length, get: (name) => rows.map((r) => r[name]) };
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
 * Validated observations, kept columnar: rows are only indexed (indicator × region × period → row), and a
 * {@link Cell} object is made when a series asks for it — a scorecard over 100 k kelurahan rows builds a few
 * thousand objects, not 100 k.
 */
export interface ObservationStore {
  /** The source name used in issues (e.g. `observasi`, or a dataset id). */
  readonly source: string;
  /** The issues of the rows that could not be used. */
  readonly issues: QualityIssue[];
  /** Codes of the regions with at least one accepted row for an indicator. */
  regionsOf(kode: string): string[];
  /** The cells of an indicator in a region, one per period (canonical keys), in period-index order. */
  cells(kode: string, wilayah: string): Cell[];
  /** Canonical periods seen, by index. */
  readonly periods: readonly { readonly period: Period; readonly key: string }[];
  /** Codes of the regions with accepted rows, by region index (see {@link ObservationStore.addToParents}). */
  readonly regionList: readonly string[];
  /**
   * Add every accepted row of an indicator to the roll-up sums of its region's parents, reading the rows in input
   * order: `slotsOf[regionIndex]` lists the slot bases (parent × period count) of that region's parents, or is
   * undefined for a region that is not rolled up; the row goes to slot base + period index. Values are those of
   * those of a cell (`nilai` derived from the parts where left empty); a conflicting duplicate counts as a
   * row without a value, a suppressed row as suppressed.
   */
  addToParents(kode: string, slotsOf: readonly (readonly number[] | undefined)[], sums: ChildSums): void;
}

/**
 * Validate observations and index them by indicator × region × period (canonical period keys).
 *
 * Rejected with an `error` issue (the row does not count): unknown indicator codes, malformed or unknown region
 * codes, unparseable periods, non-numeric `nilai` / `numerator` / `denominator` (strings, NaN, Infinity), a
 * numerator without a denominator (or the reverse), a negative denominator. Duplicate indicator × region × period
 * rows: identical duplicates are kept once with a `warning`; conflicting ones are all rejected (`error` on each),
 * and the cell becomes missing (`reported-missing`) rather than taking an arbitrary one of the values.
 * A value left empty is `reported-missing`; status `ditekan` marks a suppressed cell. When `nilai` is empty but
 * numerator and denominator are given, the value is numerator / denominator × the indicator's factor.
 *
 * `ilustratif` (optional column): `true`/`false`, or `1`/`0` in a numeric column; empty or an absent column means
 * false. Any other value rejects the row with a `schema` error naming the field. The flag is kept per row in a
 * typed array; duplicates (identical or conflicting) mark their cell illustrative when any copy is.
 */
export function collectObservations(
  observations: ColumnTable | readonly Observation[],
  indicators: ReadonlyMap<string, Indicator>,
  options: CollectOptions = {},
): ObservationStore {
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
  const ilu = cols.get('ilustratif');
  const issues: QualityIssue[] = [];
  const issue = (
    row: number,
    code: QualityIssue['code'],
    field: string,
    value: unknown,
    expected: string,
  ) => {
    const kode = ind ? ind[row] : undefined;
    issues.push(
      typeof kode === 'string' && indicators.has(kode)
        ? { code, severity: 'error', source, row, field, value, expected, indikator: kode }
        : { code, severity: 'error', source, row, field, value, expected },
    );
  };
  const numberAt = (col: ArrayLike<unknown> | null, i: number, field: string): number | null | false => {
    const v = col ? col[i] : null;
    if (isMissing(v)) return null;
    if (typeof v === 'number' && Number.isFinite(v)) return v;
    issue(i, 'non-numeric', field, v, 'angka berhingga atau kosong');
    return false;
  };

  // Pass 1: validate each row and code its indicator, region and period as small integers.
  const indCodes = new Map<string, number>();
  const indList: Indicator[] = [];
  for (const x of indicators.values()) {
    indCodes.set(x.kode, indList.length);
    indList.push(x);
  }
  const regCodes = new Map<string, number>();
  const regList: string[] = [];
  const periodCache = new Map<unknown, number>();
  const keyCodes = new Map<string, number>();
  const periods: { period: Period; key: string }[] = [];
  const n = cols.n;
  const rowInd = new Int32Array(n).fill(-1);
  const rowReg = new Int32Array(n);
  const rowPer = new Int32Array(n);
  // The illustrative flag per row (1 = illustrative); null when no row can carry one (the column is absent).
  const rowIlu = ilu ? new Uint8Array(n) : null;
  const skipOf = indList.map((x) => options.skip?.get(x.kode));
  const anySkip = skipOf.some((x) => x !== undefined);
  let lastKode: unknown;
  let lastK: number | undefined;
  let lastW: unknown;
  let lastR: number | undefined;
  let lastP: unknown;
  let lastPc = -1;
  for (let i = 0; i < n; i++) {
    const kode = ind ? ind[i] : undefined;
    // Rows usually come grouped by indicator: remember the last lookup.
    let k: number | undefined;
    if (kode === lastKode) k = lastK;
    else {
      k = typeof kode === 'string' ? indCodes.get(kode) : undefined;
      lastKode = kode;
      lastK = k;
    }
    if (k === undefined) {
      issue(i, 'unknown-indicator', 'indikator', kode, 'kode indikator dari katalog');
      continue;
    }
    if (anySkip && skipOf[k] !== undefined) {
      issues.push({
        code: 'duplicate-key',
        severity: 'warning',
        source,
        row: i,
        field: 'indikator',
        value: kode,
        expected: skipOf[k]!,
        indikator: kode as string,
      });
      continue;
    }
    const w = wil ? wil[i] : undefined;
    let r: number | undefined;
    // Rows often cycle through the regions in one order (every kelurahan of a period, then the next period): the
    // region after the last one is the likely next, checked first and without a lookup (a wrong guess is usually
    // told by the length alone, while a repeat of the last region after a different one costs a full compare).
    if (lastR !== undefined && lastR + 1 < regList.length && w === regList[lastR + 1]) {
      r = lastR + 1;
      lastW = w;
      lastR = r;
    } else if (w === lastW) r = lastR;
    else {
      r = typeof w === 'string' ? regCodes.get(w) : undefined;
      if (r === undefined) {
        if (!isKodeWilayah(w)) {
          issue(i, 'unknown-region', 'wilayah', w, KODE_WILAYAH_EXPECTED);
          continue;
        }
        if (options.regionCodes && !options.regionCodes.has(w)) {
          issue(i, 'unknown-region', 'wilayah', w, 'kode wilayah yang dikenal paket wilayah');
          continue;
        }
        r = regList.length;
        regCodes.set(w, r);
        regList.push(w);
      }
      lastW = w;
      lastR = r;
    }
    const p = per ? per[i] : undefined;
    // Rows of one period usually come together too.
    let pc = p === lastP && lastPc >= 0 ? lastPc : periodCache.get(p);
    if (pc === undefined) {
      const period = tryParsePeriod(p);
      if (period === null) pc = -1;
      else {
        const key = periodKey(period);
        pc = keyCodes.get(key);
        if (pc === undefined) {
          pc = periods.length;
          keyCodes.set(key, pc);
          periods.push({ period, key });
        }
      }
      periodCache.set(p, pc);
    }
    lastP = p;
    lastPc = pc;
    if (pc < 0) {
      issue(i, 'unparseable-period', 'periode', p, 'periode seperti 2025, 2025-S1, 2025-Q2 atau 2025-06');
      continue;
    }
    const v = nil ? nil[i] : null;
    const nu = num ? num[i] : null;
    const d = den ? den[i] : null;
    // Fast path: each field empty or a finite number.
    const vOk = v == null || (typeof v === 'number' && Number.isFinite(v));
    const nOk = nu == null || (typeof nu === 'number' && Number.isFinite(nu));
    const dOk = d == null || (typeof d === 'number' && Number.isFinite(d));
    if (!vOk || !nOk || !dOk) {
      if (!vOk) numberAt(nil, i, 'nilai');
      if (!nOk) numberAt(num, i, 'numerator');
      if (!dOk) numberAt(den, i, 'denominator');
      continue;
    }
    if ((nu == null) !== (d == null)) {
      issue(
        i,
        'schema',
        nu == null ? 'numerator' : 'denominator',
        nu ?? d,
        'numerator dan denominator diisi bersama',
      );
      continue;
    }
    if (d != null && (d as number) < 0) {
      issue(i, 'schema', 'denominator', d, 'denominator ≥ 0');
      continue;
    }
    if (rowIlu) {
      const f = (ilu as ArrayLike<unknown>)[i];
      if (f === true || f === 1) rowIlu[i] = 1;
      else if (!(f === false || f === 0 || f == null)) {
        issue(i, 'schema', 'ilustratif', f, 'true/false (atau 1/0), atau kosong');
        continue;
      }
    }
    rowInd[i] = k;
    rowReg[i] = r as number;
    rowPer[i] = pc;
  }

  // Pass 2: one slot per indicator × region × period holds the accepted row (duplicates resolved here). Slots
  // exist only for the indicator × region pairs that have rows (a dense indicator × region × period block was
  // mostly empty: most indicators are observed for the kota alone).
  const R = regList.length;
  const P = periods.length;
  const pairOf = new Int32Array(indList.length * R).fill(-1);
  let pairs = 0;
  for (let i = 0; i < n; i++) {
    const k = rowInd[i]!;
    if (k < 0) continue;
    const ir = k * R + rowReg[i]!;
    if (pairOf[ir]! < 0) pairOf[ir] = pairs++;
  }
  const slots = new Int32Array(pairs * P).fill(-1);
  // The accepted rows (a duplicate's first copy only), counted per indicator, for the roll-ups' row lists.
  const keep = new Uint8Array(n);
  const keptPerIndicator = new Int32Array(indList.length + 1);
  const conflicts = new Set<number>();
  const valueAt = (col: ArrayLike<unknown> | null, i: number) => (col ? (col[i] ?? null) : null);
  const same = (a: number, b: number) =>
    valueAt(nil, a) === valueAt(nil, b) &&
    valueAt(num, a) === valueAt(num, b) &&
    valueAt(den, a) === valueAt(den, b) &&
    (sta ? sta[a] === 'ditekan' : false) === (sta ? sta[b] === 'ditekan' : false);
  const expected = 'satu observasi per indikator × wilayah × periode';
  for (let i = 0; i < n; i++) {
    const k = rowInd[i]!;
    if (k < 0) continue;
    const s = pairOf[k * R + rowReg[i]!]! * P + rowPer[i]!;
    const first = slots[s]!;
    if (first < 0) {
      slots[s] = i;
      keep[i] = 1;
      keptPerIndicator[k + 1]!++;
      continue;
    }
    // The slot's row stands for every copy: illustrative when any copy is (kept once or rejected alike).
    if (rowIlu?.[i]) rowIlu[first] = 1;
    const p = per ? per[i] : undefined;
    if (!conflicts.has(s) && same(first, i)) {
      issues.push({
        code: 'duplicate-key',
        severity: 'warning',
        source,
        row: i,
        field: 'periode',
        value: p,
        expected: `${expected} (duplikat identik, dipakai sekali)`,
        indikator: indList[k]!.kode,
      });
      continue;
    }
    if (!conflicts.has(s)) {
      conflicts.add(s);
      issue(
        first,
        'duplicate-key',
        'periode',
        per ? per[first] : undefined,
        `${expected} (nilai bertentangan, semua ditolak)`,
      );
    }
    issue(i, 'duplicate-key', 'periode', p, `${expected} (nilai bertentangan, semua ditolak)`);
  }

  const factors = new Map<string, number>();
  const factorOf = (x: Indicator) => {
    let f = factors.get(x.kode);
    if (f === undefined) {
      f = rateFactor(x);
      factors.set(x.kode, f);
    }
    return f;
  };
  const cellOfRow = (x: Indicator, i: number, conflict: boolean): Cell => {
    const { period, key } = periods[rowPer[i]!]!;
    const ditekan = sta ? sta[i] === 'ditekan' : false;
    let nilai: number | null = null;
    let nu: number | null = null;
    let d: number | null = null;
    let reason: Cell['reason'] = null;
    if (ditekan) reason = 'suppressed';
    else if (conflict) reason = 'reported-missing';
    else {
      nu = valueAt(num, i) as number | null;
      d = valueAt(den, i) as number | null;
      nilai = valueAt(nil, i) as number | null;
      if (nilai === null && nu !== null) {
        const fv = formulaValueOf(nu, d, factorOf(x));
        nilai = fv.nilai;
        reason = fv.reason ?? null;
      }
      if (nilai === null) reason ??= 'reported-missing';
    }
    // One literal with a fixed field order keeps every cell the same hidden class.
    return {
      periode: key,
      period,
      nilai,
      numerator: nu,
      denominator: d,
      ditekan,
      reason,
      sumber: textOrNull(sum ? sum[i] : null),
      diperbarui: textOrNull(upd ? upd[i] : null),
      seri: textOrNull(ser ? ser[i] : null),
      ilustratif: rowIlu ? rowIlu[i] === 1 : false,
      row: i,
      cakupan: null,
    };
  };
  const updCol = upd;
  /** Visit the accepted rows of an indicator × region; a conflicting duplicate comes as −1 − row. */
  const forEachRow = (kode: string, wilayah: string, visit: (periodIndex: number, row: number) => void) => {
    const k = indCodes.get(kode);
    const r = regCodes.get(wilayah);
    if (k === undefined || r === undefined || pairOf[k * R + r]! < 0) return;
    const base = pairOf[k * R + r]! * P;
    const anyConflict = conflicts.size > 0;
    for (let p = 0; p < P; p++) {
      const row = slots[base + p]!;
      if (row >= 0) visit(p, anyConflict && conflicts.has(base + p) ? -1 - row : row);
    }
  };

  // The accepted rows of each indicator in input order (a duplicate's first copy only), made on the first
  // roll-up: rows of one indicator are read in the order they lie in the columns.
  let indRows: Int32Array | null = null;
  let indStart: Int32Array | null = null;
  const rowsByIndicator = () => {
    if (indRows === null || indStart === null) {
      const K = indList.length;
      const start = keptPerIndicator;
      for (let k = 0; k < K; k++) start[k + 1]! += start[k]!;
      const fill = start.slice(0, K);
      const rowsOut = new Int32Array(start[K]!);
      for (let i = 0; i < n; i++) if (keep[i]) rowsOut[fill[rowInd[i]!]!++] = i;
      indRows = rowsOut;
      indStart = start;
    }
    return { rows: indRows, start: indStart };
  };

  return {
    source,
    issues,
    periods,
    regionList: regList,
    addToParents(kode, slotsOf, sums) {
      const x = indicators.get(kode);
      const k = indCodes.get(kode);
      if (!x || k === undefined) return;
      const f = factorOf(x);
      const { rows, start } = rowsByIndicator();
      const anyConflict = conflicts.size > 0;
      for (let j = start[k]!; j < start[k + 1]!; j++) {
        const i = rows[j]!;
        const targets = slotsOf[rowReg[i]!];
        if (targets === undefined) continue;
        const pc = rowPer[i]!;
        const upd = textOrNull(updCol ? updCol[i] : null);
        const il = rowIlu ? rowIlu[i] === 1 : false;
        let ditekan = false;
        // NaN for a missing value or part: numbers only (see ChildSums.add). Accepted rows hold finite numbers.
        let nilai = Number.NaN;
        let nu = Number.NaN;
        let d = Number.NaN;
        if (anyConflict && conflicts.has(pairOf[k * R + rowReg[i]!]! * P + pc)) {
          // a conflicting duplicate: a row without a value
        } else if (sta && sta[i] === 'ditekan') ditekan = true;
        else {
          const a = num ? num[i] : null;
          const b = den ? den[i] : null;
          const v = nil ? nil[i] : null;
          if (typeof a === 'number') nu = a;
          if (typeof b === 'number') d = b;
          if (typeof v === 'number') nilai = v;
          else if (typeof a === 'number') nilai = formulaNumber(a, typeof b === 'number' ? b : null, f);
        }
        for (let t = 0; t < targets.length; t++) sums.add(targets[t]! + pc, ditekan, nilai, nu, d, upd, il);
      }
    },
    regionsOf(kode) {
      const k = indCodes.get(kode);
      if (k === undefined) return [];
      const out: string[] = [];
      for (let r = 0; r < R; r++) if (pairOf[k * R + r]! >= 0) out.push(regList[r]!);
      return out;
    },
    cells(kode, wilayah) {
      const out: Cell[] = [];
      const x = indicators.get(kode);
      if (!x) return out;
      forEachRow(kode, wilayah, (_p, row) => {
        out.push(row < 0 ? cellOfRow(x, -1 - row, true) : cellOfRow(x, row, false));
      });
      return out;
    },
  };
}
