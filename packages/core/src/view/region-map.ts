/**
 * The region map's rules, for any indicator and any renderer: which results it draws for a level (the rows of that
 * level and period kind, for the regions on the map), which periods it offers and opens on, how a repeated region
 * name is told apart, and how a cell, its notes and the legend read. A component only keeps the user's choices
 * (level, method, period, focus) and draws what these return.
 */
import type { ClassMethod } from '../classify/types.ts';
import { isSuppressed } from '../engine/latest.ts';
import type { IndicatorResult } from '../engine/types.ts';
import { formatNumber, formatValue, type Locale, MISSING_TEXT } from '../format/index.ts';
import { comparePeriods, type PeriodKind, parsePeriod } from '../period/period.ts';
import type { Indicator } from '../schema/indicator.ts';
import type { RegionLevel } from '../schema/region.ts';
import { textsFor } from '../text/index.ts';
import { coverageText, missingReasonLabel } from './common.ts';
import { buildMapViewModel, type MapCell, type MapOptions, type MapViewModel } from './map.ts';

/** A region a map can draw: its Kemendagri code, name and (optionally) the code of the region it lies in. */
export interface MapRegion {
  readonly kode: string;
  readonly nama: string;
  readonly induk?: string | null;
}

/**
 * The regions of a map in code order (Kemendagri codes are ASCII digits and dots: a plain comparison orders them),
 * each with the name to show: a name that repeats among them (kelurahan Mangunharjo, Purwosari across the city) gets
 * its parent's name after it, "Mangunharjo (Tembalang)", from `parentNames` (the parent's code when it has none).
 */
export function mapRegionList(
  regions: readonly MapRegion[],
  parentNames: Readonly<Record<string, string>> = {},
): { readonly kode: string; readonly nama: string }[] {
  const list = [...regions].sort((a, b) => (a.kode < b.kode ? -1 : a.kode > b.kode ? 1 : 0));
  const seen = new Map<string, number>();
  for (const r of list) seen.set(r.nama, (seen.get(r.nama) ?? 0) + 1);
  return list.map(({ kode, nama, induk }) => ({
    kode,
    nama:
      (seen.get(nama) ?? 0) > 1 && induk != null ? `${nama} (${parentNames[String(induk)] ?? induk})` : nama,
  }));
}

/** Options of {@link buildRegionMapViewModel}. */
export interface RegionMapOptions extends Omit<MapOptions, 'regions' | 'periods'> {
  /** The level drawn: only its rows are used. */
  readonly level: RegionLevel;
  /** The regions on the map, in order, with the names to show ({@link mapRegionList}). */
  readonly regions: readonly { readonly kode: string; readonly nama: string }[];
  /** The kind of period drawn (default `year`). */
  readonly periodKind?: PeriodKind;
}

/**
 * The view model of a region map at one level: the results of `level` and `periodKind` for the regions on the map,
 * over the periods that have data — a value or a suppressed cell (periods the engine filled in without any
 * observation, such as later RPJMD years, are not offered as empty maps). Null when no period has data. The classes
 * span every period given, and the map opens on `periodeAwal`.
 */
export function buildRegionMapViewModel(
  indicator: Indicator,
  results: readonly IndicatorResult[],
  options: RegionMapOptions,
): MapViewModel | null {
  const { level, regions, periodKind = 'year', ...mapOptions } = options;
  const codes = new Set(regions.map((r) => r.kode));
  const rows = results.filter(
    (r) => r.level === level && r.periodKind === periodKind && codes.has(r.wilayah),
  );
  const periods = [
    ...new Set(rows.filter((r) => r.realisasi !== null || isSuppressed(r)).map((r) => r.periode)),
  ];
  if (periods.length === 0) return null;
  return buildMapViewModel(indicator, rows, { ...mapOptions, regions, periods });
}

/**
 * The period a map shows among `periods` (ascending, as in a map view model) when `wanted` is asked for: `wanted`
 * itself when drawn; otherwise the latest drawn period before it, or the first one when all are later. Without a
 * wish: `fallback` when given and drawn, else the last period. Undefined only when there are no periods.
 */
export function mapPeriodShown(
  periods: readonly string[],
  wanted: string | null | undefined,
  fallback?: string | null,
): string | undefined {
  if (periods.length === 0) return undefined;
  if (wanted === null || wanted === undefined) {
    return fallback != null && periods.includes(fallback) ? fallback : periods[periods.length - 1];
  }
  if (periods.includes(wanted)) return wanted;
  const target = parsePeriod(wanted);
  let best: string | undefined;
  for (const p of periods) if (comparePeriods(parsePeriod(p), target) <= 0) best = p;
  return best ?? periods[0];
}

/**
 * A cell's value as read out: the value with its unit, "ditekan (sel kecil)" for a suppressed cell, or "n/a" with
 * why — "baris ditolak" when the cell's own input rows were rejected, never "tidak ada data" then.
 */
export function mapCellText(
  cell: MapCell | undefined,
  vm: Pick<MapViewModel, 'satuan' | 'desimal'>,
  locale: Locale,
): string {
  const t = textsFor(locale);
  if (!cell) return `${MISSING_TEXT[locale]} (${t.common.missingReasons['no-data']})`;
  if (cell.ditekan) return t.map.suppressed;
  if (cell.nilai === null) {
    const reason = cell.missing ?? 'no-data';
    const why =
      reason === 'no-data' && cell.ditolak > 0 ? t.common.rowRejected : missingReasonLabel(reason, locale);
    return `${MISSING_TEXT[locale]} (${why})`;
  }
  return formatValue(cell.nilai, vm.satuan, { locale, decimals: vm.desimal });
}

/**
 * What a reader should know beside a cell's value: its coverage ("Cakupan: 13 dari 15 kelurahan"), its rejected
 * rows ("2 baris ditolak") and a small denominator.
 */
export function mapCellNotes(cell: MapCell | undefined, locale: Locale): string[] {
  if (!cell) return [];
  const t = textsFor(locale);
  const notes: string[] = [];
  if (cell.cakupan) notes.push(`${t.table.coverage}: ${coverageText(cell.cakupan, locale)}`);
  if (cell.ditolak > 0)
    notes.push(t.common.rejectedRows(formatNumber(cell.ditolak, { locale }), cell.ditolak));
  if (cell.kecil) notes.push(t.map.smallDenominator);
  return notes;
}

/** One row of a map's legend for one period. */
export interface MapLegendItem {
  /** `0` … `k − 1` for the classes (lowest values first), `no-data`, `suppressed`. */
  readonly key: string;
  /** The class index, or null for the no-data and suppressed rows. */
  readonly kelas: number | null;
  /** "4,0 – < 5,0", "Tidak ada data", "Ditekan (sel kecil)". */
  readonly label: string;
  /** Regions of the period in it. */
  readonly count: number;
}

/**
 * The legend of one period: every class with its count, then "Tidak ada data", then "Ditekan (sel kecil)" when
 * some region is suppressed. `extraNoData` adds regions drawn without a cell (geometry the view model lacks).
 */
export function mapLegend(
  vm: MapViewModel,
  periode: string,
  locale: Locale,
  extraNoData = 0,
): MapLegendItem[] {
  const counts = vm.counts[periode];
  const t = textsFor(locale).map;
  const items: MapLegendItem[] = vm.classification.classes.map((c, i) => ({
    key: String(i),
    kelas: i,
    label: c.label[locale],
    count: counts?.classes[i] ?? 0,
  }));
  items.push({ key: 'no-data', kelas: null, label: t.noData, count: (counts?.noData ?? 0) + extraNoData });
  if ((counts?.ditekan ?? 0) > 0) {
    items.push({ key: 'suppressed', kelas: null, label: t.suppressedClass, count: counts!.ditekan });
  }
  return items;
}

/** The classification methods a map offers by default (manual breaks need thresholds from the caller). */
export const MAP_METHODS: readonly ClassMethod[] = ['quantile', 'equal-interval', 'natural-breaks'];
