import { type ClassMethod, classify, legendItems, methodLabel } from '../classify/index.ts';
import { isSuppressed, latestWithData } from '../engine/latest.ts';
import type { IndicatorResult, MissingReason, ResultCoverage } from '../engine/types.ts';
import { formatNumber, formatPeriod, formatValue, type Locale } from '../format/index.ts';
import type { Indicator, Polarity } from '../schema/indicator.ts';
import type { RegionLevel } from '../schema/region.ts';
import { textsFor } from '../text/index.ts';
import {
  type Bilingual,
  bilingual,
  coverageText,
  inBoth,
  joinList,
  sortPeriodKeys,
  ViewModelError,
} from './common.ts';
import { defineLazy, lazyBilingual, lazyRecord } from './lazy.ts';
import { type LocatedIssue, type RejectedRows, rejectedInCell, rejectedRowsFor } from './quality.ts';
import { type CellMissing, columnLabel, type DataTable, type TableRow } from './table.ts';

const SUPPRESSED_NOTE: Bilingual = inBoth((l) => textsFor(l).map.suppressed);
const SMALL_NOTE: Bilingual = inBoth((l) => textsFor(l).map.smallDenominator);

/** Why a cell's value, numerator and denominator are empty: its reason, or its own rejected row. */
function cellMissing(cell: MapCell): Readonly<Record<string, CellMissing>> {
  const why: CellMissing = cell.missing === 'no-data' && cell.ditolak > 0 ? 'row-rejected' : cell.missing!;
  return { nilai: why, numerator: why, denominator: why };
}

/** A cell's note in the map's table: suppressed, its rejected rows, a small denominator. */
function cellNote(cell: MapCell): Bilingual | null {
  if (cell.ditekan) return SUPPRESSED_NOTE;
  if (cell.ditolak > 0) {
    return inBoth((l) => {
      const parts = [
        textsFor(l).common.rejectedRows(formatNumber(cell.ditolak, { locale: l }), cell.ditolak),
      ];
      if (cell.kecil) parts.push(textsFor(l).map.smallDenominator);
      return parts.join('; ');
    });
  }
  return cell.kecil ? SMALL_NOTE : null;
}

/** One region in one period of a map. */
export interface MapCell {
  readonly kode: string;
  readonly nama: string;
  readonly periode: string;
  /** The rate or value; null when missing or suppressed (never 0). */
  readonly nilai: number | null;
  readonly numerator: number | null;
  readonly denominator: number | null;
  /** The denominator is below the small-area threshold: read the rate with care. */
  readonly kecil: boolean;
  /** Suppressed for privacy (a small cell): shown as suppressed, never as 0. */
  readonly ditekan: boolean;
  /** Index of the class (0 = lowest values), or null for no data and suppressed cells. */
  readonly kelas: number | null;
  /** Why `nilai` is null. */
  readonly missing: MissingReason | null;
  /** Children reported / expected, for a region rolled up from the level below ("13 dari 15 kelurahan"). */
  readonly cakupan: ResultCoverage | null;
  /** Input rows of this region (or below it) and period that the data-quality checks rejected. */
  readonly ditolak: number;
}

/** One class of the map's legend. */
export interface MapClass {
  readonly index: number;
  readonly lo: number;
  readonly hi: number;
  readonly closedHigh: boolean;
  /** "4,0 – < 5,0" in each locale. */
  readonly label: Bilingual;
  /** Values in the class over every period given. */
  readonly count: number;
}

/** Class counts of one period, for its legend. */
export interface MapPeriodCounts {
  /** Count per class index. */
  readonly classes: readonly number[];
  /** Regions without data (not suppressed). */
  readonly noData: number;
  /** Suppressed regions. */
  readonly ditekan: number;
}

/** View model of a choropleth map: every region in every period given, classed on one scale for all periods. */
export interface MapViewModel {
  readonly kind: 'map';
  readonly indikator: string;
  readonly nama: Bilingual;
  readonly satuan: string;
  readonly desimal: number | undefined;
  readonly polaritas: Polarity;
  readonly level: RegionLevel | null;
  /** Periods in order. */
  readonly periods: readonly string[];
  /** Region codes in order. */
  readonly regions: readonly string[];
  /**
   * `cells[periode][kode]`: every region in every period (a region without a result is a no-data cell); each
   * period's cells are built on its first read.
   */
  readonly cells: Readonly<Record<string, Readonly<Record<string, MapCell>>>>;
  readonly classification: {
    readonly method: ClassMethod;
    readonly methodLabel: Bilingual;
    readonly k: number;
    readonly bounds: readonly number[];
    readonly classes: readonly MapClass[];
    /** Cells without data over every period (suppressed ones included). */
    readonly noData: { readonly count: number; readonly label: Bilingual };
    /** Notes from the classifier (collapsed classes, breaks outside the data). */
    readonly warnings: readonly Bilingual[];
  };
  /** Class counts per period (each built with that period's cells). */
  readonly counts: Readonly<Record<string, MapPeriodCounts>>;
  /** A summary per period (each built on its first read). */
  readonly ringkasan: Readonly<Record<string, Bilingual>>;
  /** Every region × period, for the data-table alternative and CSV export (built on first read). */
  readonly table: DataTable;
  /**
   * The period a map opens on: the latest in which some region has a value ({@link latestWithData}; suppressed-only
   * periods do not count), else the last period; null without periods.
   */
  readonly periodeAwal: string | null;
  /** The rejected input rows behind the map's numbers ("3 baris ditolak"), or null when none was rejected. */
  readonly ditolak: RejectedRows | null;
}

/** Options of {@link buildMapViewModel}. */
export interface MapOptions {
  readonly method?: ClassMethod;
  readonly k?: number;
  /** Manual thresholds (for `method: 'manual'`). */
  readonly breaks?: readonly number[];
  /**
   * Every region the map shows, in order, with its name. A region without a result becomes a no-data cell; a
   * result for a region not listed is a {@link ViewModelError}. Default: the regions in the results.
   */
  readonly regions?: readonly { readonly kode: string; readonly nama: string }[];
  /** Periods to show (default: every period in the results). The classes are computed over all of them. */
  readonly periods?: readonly string[];
  /**
   * The data-quality issues of the input, placed at their rows' regions and periods ({@link locateIssues}): cells
   * whose own rows were rejected say so, and the map counts its rejected rows.
   */
  readonly issues?: readonly LocatedIssue[];
}

function summarise(vm: Omit<MapViewModel, 'ringkasan' | 'table'>, periode: string, l: Locale): string {
  const w = textsFor(l).map;
  const cells = Object.values(vm.cells[periode] ?? {});
  const fmt = (v: number) => formatValue(v, vm.satuan, { locale: l, decimals: vm.desimal });
  const n = (x: number) => formatNumber(x, { locale: l });
  const withValue = cells.filter((c) => c.nilai !== null).sort((a, b) => a.nilai! - b.nilai!);
  const s: string[] = [];
  s.push(
    w.summaryCount(vm.nama[l], formatPeriod(periode, { locale: l }), n(withValue.length), n(cells.length)),
  );
  const lo = withValue[0];
  const hi = withValue[withValue.length - 1];
  if (lo && hi && lo !== hi) s.push(w.summaryRange(lo.nama, fmt(lo.nilai!), hi.nama, fmt(hi.nilai!)));
  const counts = vm.counts[periode]!;
  const extra: string[] = [];
  if (counts.ditekan > 0) extra.push(w.countSuppressed(n(counts.ditekan)));
  if (counts.noData > 0) extra.push(w.countNoData(n(counts.noData)));
  const small = cells.filter((c) => c.kecil).length;
  if (small > 0) extra.push(w.countSmall(n(small)));
  if (extra.length > 0) s.push(`${joinList(extra, l)}.`.replace(/^./, (c) => c.toUpperCase()));
  s.push(w.summaryClasses(vm.classification.methodLabel[l], vm.classification.k));
  if (vm.ditolak) s.push(`${vm.ditolak.teks[l]}.`);
  return s.join(' ');
}

/**
 * Build the view model of a choropleth from engine results of one indicator over regions and periods. The classes
 * are computed over every non-null value of every period given, so a colour means the same thing every year;
 * suppressed cells and cells without data get no class (they are never shown as 0).
 */
export function buildMapViewModel(
  indicator: Indicator,
  results: readonly IndicatorResult[],
  options: MapOptions = {},
): MapViewModel {
  const method = options.method ?? 'quantile';
  const names = new Map<string, string>();
  for (const r of options.regions ?? []) names.set(r.kode, r.nama);
  const periods = sortPeriodKeys(options.periods ?? new Set(results.map((r) => r.periode)));
  const regions = options.regions
    ? options.regions.map((r) => r.kode)
    : [...new Set(results.map((r) => r.wilayah))].sort();
  // One pass over the results: checks, levels, and each period's result by region.
  const byPeriod = new Map<string, Map<string, IndicatorResult>>(periods.map((p) => [p, new Map()]));
  const levels = new Set<IndicatorResult['level']>();
  results.forEach((r, i) => {
    if (r.indikator !== indicator.kode) {
      throw new ViewModelError(i, 'indikator', `hasil indikator ${indicator.kode}, bukan ${r.indikator}`);
    }
    if (options.regions && !names.has(r.wilayah)) {
      throw new ViewModelError(i, 'wilayah', `kode wilayah dari daftar wilayah peta, bukan ${r.wilayah}`);
    }
    levels.add(r.level);
    const inPeriod = byPeriod.get(r.periode);
    if (!inPeriod) return;
    if (inPeriod.has(r.wilayah)) {
      throw new ViewModelError(
        i,
        'periode',
        `satu hasil per wilayah dan periode (${r.wilayah}, ${r.periode} ganda)`,
      );
    }
    inPeriod.set(r.wilayah, r);
  });
  const level = levels.size === 1 ? [...levels][0]! : null;
  const values: (number | null)[] = [];
  for (const inPeriod of byPeriod.values()) {
    for (const r of inPeriod.values()) values.push(isSuppressed(r) ? null : r.realisasi);
  }
  const c = classify(values, { method, k: options.k, breaks: options.breaks });
  // Only this indicator's rejected rows matter to its cells (usually none: the lookup then costs nothing).
  const issues = (options.issues ?? []).filter(
    (i) => i.indikator === indicator.kode && i.severity === 'error',
  );
  const periodeAwal =
    latestWithData(results.filter((r) => byPeriod.has(r.periode) && !isSuppressed(r)))?.periode ??
    periods[periods.length - 1] ??
    null;
  // One period's cells and legend counts, built when that period is first read (a slider shows one at a time).
  const periodParts = (periode: string) => {
    const row: Record<string, MapCell> = {};
    // Called for the periods of byPeriod only (lazyRecord's keys).
    const inPeriod = byPeriod.get(periode)!;
    const classCounts = c.classes.map(() => 0);
    let noData = 0;
    let ditekan = 0;
    for (const kode of regions) {
      const r = inPeriod.get(kode);
      const suppressed = r ? isSuppressed(r) : false;
      const nilai = r && !suppressed ? r.realisasi : null;
      const kelas = nilai === null ? null : c.classOf(nilai);
      if (kelas !== null) classCounts[kelas]! += 1;
      else if (suppressed) ditekan += 1;
      else noData += 1;
      row[kode] = {
        kode,
        nama: names.get(kode) ?? kode,
        periode,
        nilai,
        numerator: suppressed ? null : (r?.numerator ?? null),
        denominator: suppressed ? null : (r?.denominator ?? null),
        kecil: r?.flags.kecilDenominator ?? false,
        ditekan: suppressed,
        kelas,
        missing: nilai !== null ? null : suppressed ? 'suppressed' : (r?.missing.realisasi ?? 'no-data'),
        cakupan: r?.cakupan ?? null,
        ditolak: issues.length > 0 ? rejectedInCell(issues, indicator.kode, kode, periode) : 0,
      };
    }
    return { row, counts: { classes: classCounts, noData, ditekan } as MapPeriodCounts };
  };
  const parts = lazyRecord(periods, periodParts);
  const cells = lazyRecord(periods, (p) => parts[p]!.row);
  const counts = lazyRecord(periods, (p) => parts[p]!.counts);
  // Legend labels per locale, each built on first read (a view shows one locale).
  const labels = lazyBilingual((locale) => legendItems(c, { locale }));
  const classes: MapClass[] = c.classes.map((k, i) => ({
    index: k.index,
    lo: k.lo,
    hi: k.hi,
    closedHigh: k.closedHigh,
    label: lazyBilingual((l) => labels[l][i]!.label),
    count: k.count,
  }));
  const noDataCount = periods.length * regions.length - classes.reduce((n, k) => n + k.count, 0);
  const base = {
    kind: 'map' as const,
    indikator: indicator.kode,
    nama: bilingual(indicator.nama),
    satuan: indicator.satuan,
    desimal: indicator.desimal,
    polaritas: indicator.polaritas,
    level,
    periods,
    regions,
    cells,
    classification: {
      method: c.method,
      methodLabel: inBoth((l) => methodLabel(c.method, l)),
      k: c.k,
      bounds: c.bounds,
      classes,
      noData: { count: noDataCount, label: inBoth((l) => textsFor(l).map.noData) },
      warnings: c.warnings.map((w) => bilingual(w.message)),
    },
    counts,
    periodeAwal,
    ditolak: rejectedRowsFor(issues, indicator.kode, regions),
  };
  const ringkasan = lazyRecord(periods, (periode) => lazyBilingual((l) => summarise(base, periode, l)));
  return defineLazy({ ...base, ringkasan }, 'table', () => mapTable(indicator, base, classes));
}

/** The data-table alternative of a map: every region × period with its value, parts, class and note. */
function mapTable(
  indicator: Indicator,
  base: Pick<MapViewModel, 'nama' | 'periods' | 'regions' | 'cells'>,
  classes: readonly MapClass[],
): DataTable {
  const { periods, regions, cells } = base;
  const rows: TableRow[] = [];
  let covered = false;
  for (const periode of periods) {
    for (const kode of regions) {
      const cell = cells[periode]![kode]!;
      const cakupan = cell.cakupan;
      if (cakupan) covered = true;
      rows.push({
        values: {
          kode,
          wilayah: cell.nama,
          periode,
          nilai: cell.nilai,
          numerator: cell.numerator,
          denominator: cell.denominator,
          kelas: cell.kelas === null ? null : classes[cell.kelas]!.label,
          cakupan: cakupan ? inBoth((l) => coverageText(cakupan, l)) : null,
          catatan: cellNote(cell),
        },
        missing: cell.missing ? cellMissing(cell) : {},
      });
    }
  }
  return {
    caption: inBoth((l) => textsFor(l).map.tableCaption(base.nama[l])),
    columns: [
      { key: 'kode', label: columnLabel('regionCode'), kind: 'text' },
      { key: 'wilayah', label: columnLabel('region'), kind: 'text' },
      { key: 'periode', label: columnLabel('period'), kind: 'period' },
      {
        key: 'nilai',
        label: columnLabel('value'),
        kind: 'number',
        satuan: indicator.satuan,
        decimals: indicator.desimal,
      },
      { key: 'numerator', label: columnLabel('numerator'), kind: 'number', decimals: 0 },
      { key: 'denominator', label: columnLabel('denominator'), kind: 'number', decimals: 0 },
      { key: 'kelas', label: columnLabel('class'), kind: 'text' },
      ...(covered ? [{ key: 'cakupan', label: columnLabel('coverage'), kind: 'text' as const }] : []),
      { key: 'catatan', label: columnLabel('note'), kind: 'text' },
    ],
    rows,
  };
}
