import { capaianDecimals, resolveCategoryScale } from '../engine/category.ts';
import type {
  IndicatorResult,
  MissingReason,
  ResultCoverage,
  ResultField,
  ResultProjection,
} from '../engine/types.ts';
import { formatPercent, formatPeriod, formatValue, type Locale } from '../format/index.ts';
import type { PeriodKind } from '../period/period.ts';
import type { Catalog } from '../schema/catalog.ts';
import type { CategoryScale } from '../schema/category.ts';
import { type Indicator, isRangeTarget, type Polarity, type Target } from '../schema/indicator.ts';
import { textsFor } from '../text/index.ts';
import {
  type Bilingual,
  bilingual,
  categoryLabel,
  coverageText,
  inBoth,
  missingReasonLabel,
  sortedByPeriod,
  sortPeriodKeys,
  ViewModelError,
} from './common.ts';
import { type LocatedIssue, type RejectedRows, rejectedInCell, rejectedRowsFor } from './quality.ts';
import {
  type CellMissing,
  type CellValue,
  columnLabel,
  type DataTable,
  type TableColumn,
  type TableRow,
} from './table.ts';

/** The granularity of a trend: the years of the RPJMD, or the triwulan within them. */
export type TrendGranularity = 'tahunan' | 'triwulanan';

const KIND: Readonly<Record<TrendGranularity, PeriodKind>> = { tahunan: 'year', triwulanan: 'quarter' };

/** One period of one region's series. */
export interface TrendPoint {
  /** Canonical period key (`2025`, `2025-Q2`). */
  readonly periode: string;
  readonly label: Bilingual;
  readonly realisasi: number | null;
  readonly numerator: number | null;
  readonly denominator: number | null;
  /** The target as planned: a number, or a range drawn as a band. */
  readonly target: Target | null;
  /**
   * The number to draw as the target line: the planned number, or for a triwulan judged pro-rata the pro-rata
   * share of the annual target; `null` for a range (drawn as a band) or without a target.
   */
  readonly garisTarget: number | null;
  readonly capaian: number | null;
  readonly kategori: string | null;
  readonly kategoriLabel: Bilingual | null;
  readonly seri: string | null;
  readonly seriBerubah: boolean;
  readonly ditekan: boolean;
  /** The row's `flags.ilustratif`: the indicator is illustrative, or this point's realisation is. */
  readonly ilustratif: boolean;
  readonly missing: Readonly<Partial<Record<ResultField, MissingReason>>>;
  /** Input rows of this region and period (or below it) rejected by the data-quality checks. */
  readonly ditolak: number;
  /** Children reported / expected, for a region rolled up from the level below. */
  readonly cakupan: ResultCoverage | null;
}

/** A point of a projection, keyed by the year's period key. */
export interface TrendProjectionPoint {
  readonly periode: string;
  readonly nilai: number;
}

/** A projection to the final RPJMD year, drawn dashed from the last observed year. */
export interface TrendProjection {
  readonly metode: ResultProjection['metode'];
  readonly tahun: number;
  readonly nilai: number | null;
  readonly akanTercapai: boolean | null;
  readonly titik: readonly TrendProjectionPoint[];
}

/** A mark where a series changes vintage or method. */
export interface SeriesChangeMark {
  readonly periode: string;
  readonly seri: string | null;
  /** The series label of the period before, where known. */
  readonly seriSebelumnya: string | null;
}

/** One region's series. */
export interface TrendSeries {
  readonly wilayah: string;
  readonly nama: string;
  readonly points: readonly TrendPoint[];
  readonly proyeksi: TrendProjection | null;
  readonly perubahanSeri: readonly SeriesChangeMark[];
}

/** View model of a trend chart: realisation against target, per region, across the RPJMD period. */
export interface TrendViewModel {
  readonly kind: 'trend';
  readonly indikator: string;
  readonly nama: Bilingual;
  readonly satuan: string;
  readonly desimal: number | undefined;
  /** Decimals the capaian is published with ({@link capaianDecimals} of the indicator and catalog). */
  readonly desimalCapaian: number;
  readonly polaritas: Polarity;
  readonly granularity: TrendGranularity;
  /** The category axis: every period of the series and of the projections, in order. */
  readonly periods: readonly string[];
  readonly periodLabels: readonly Bilingual[];
  readonly series: readonly TrendSeries[];
  /** True when some target is a range `{min, max}` (drawn as a band). */
  readonly targetRentang: boolean;
  readonly ilustratif: boolean;
  /** The rejected input rows behind the chart's numbers ("2 baris ditolak"), or null when none was rejected. */
  readonly ditolak: RejectedRows | null;
  /** Generated summary sentences for screen readers and captions. */
  readonly ringkasan: Bilingual;
  /** The data-table alternative (and CSV export). */
  readonly table: DataTable;
}

/** Options of {@link buildTrendViewModel}. */
export interface TrendOptions {
  /** Years (default) or triwulan. */
  readonly granularity?: TrendGranularity;
  /** Regions to show, in this order (default: every region in the results, by code). */
  readonly wilayah?: readonly string[];
  /** Display names of regions by code (default: the code). */
  readonly regionNames?: Readonly<Record<string, string>>;
  /** The RPJMD period: the year axis spans it even where there is no data yet. */
  readonly rpjmd?: { readonly mulai: number; readonly akhir: number };
  /**
   * The scale the results were categorised with; default {@link resolveCategoryScale} of `catalog` (the catalog's
   * own scale, else Permendagri 86/2017).
   */
  readonly categoryScale?: CategoryScale;
  /** The catalog the indicator belongs to: its category scale and capaian decimals apply unless overridden. */
  readonly catalog?: Pick<Catalog, 'kategori' | 'desimalCapaian'> | null;
  /**
   * The data-quality issues of the input, placed at their rows ({@link locateIssues}): the chart counts the rejected
   * rows of its regions, and a point whose own row was rejected says so.
   */
  readonly issues?: readonly LocatedIssue[];
}

function periodLabel(periode: string): Bilingual {
  return inBoth((locale) => formatPeriod(periode, { locale }));
}

function toPoint(r: IndicatorResult, scale: CategoryScale, issues: readonly LocatedIssue[]): TrendPoint {
  const range = r.target !== null && isRangeTarget(r.target);
  const garisTarget = range
    ? null
    : r.targetBasis === 'pro-rata'
      ? r.targetAcuan
      : typeof r.target === 'number'
        ? r.target
        : null;
  return {
    periode: r.periode,
    label: periodLabel(r.periode),
    realisasi: r.realisasi,
    numerator: r.numerator,
    denominator: r.denominator,
    target: r.target,
    garisTarget,
    capaian: r.capaian,
    kategori: r.kategori,
    kategoriLabel: categoryLabel(scale, r.kategori),
    seri: r.seri,
    seriBerubah: r.flags.seriBerubah,
    ditekan: r.flags.ditekan,
    ilustratif: r.flags.ilustratif,
    missing: r.missing,
    ditolak: issues.length > 0 ? rejectedInCell(issues, r.indikator, r.wilayah, r.periode) : 0,
    cakupan: r.cakupan ?? null,
  };
}

function toProjection(p: ResultProjection | null | undefined): TrendProjection | null {
  if (!p) return null;
  return {
    metode: p.metode,
    tahun: p.tahun,
    nilai: p.nilai,
    akanTercapai: p.akanTercapai,
    titik: p.titik.map((t) => ({ periode: String(t.tahun), nilai: t.nilai })),
  };
}

function describeTarget(
  t: Target | null,
  satuan: string,
  decimals: number | undefined,
  locale: Locale,
): string {
  const w = textsFor(locale).trend;
  if (t === null) return w.noTarget;
  if (isRangeTarget(t)) {
    return w.targetRange(
      formatValue(t.min, satuan, { locale, decimals }),
      formatValue(t.max, satuan, { locale, decimals }),
    );
  }
  return w.target(formatValue(t, satuan, { locale, decimals }));
}

function summarise(vm: Omit<TrendViewModel, 'ringkasan' | 'table'>, locale: Locale): string {
  const w = textsFor(locale).trend;
  const nama = vm.nama[locale];
  const fmt = (v: number) => formatValue(v, vm.satuan, { locale, decimals: vm.desimal });
  const pct = (v: number) =>
    formatPercent(v, { locale, decimals: vm.desimalCapaian, minDecimals: vm.desimalCapaian });
  const sentences: string[] = [];
  const first = vm.series[0];
  if (!first) return w.summaryEmpty(nama);
  const observed = first.points.filter((p) => p.realisasi !== null);
  const last = observed[observed.length - 1];
  if (!last) {
    const reason = first.points[first.points.length - 1]?.missing.realisasi;
    sentences.push(
      w.summaryNoRealisation(nama, first.nama, reason ? missingReasonLabel(reason, locale) : null),
    );
  } else {
    const cap =
      last.capaian === null
        ? w.capaianMissing(missingReasonLabel(last.missing.capaian ?? 'no-target', locale))
        : w.capaian(pct(last.capaian), last.kategoriLabel ? last.kategoriLabel[locale] : null);
    sentences.push(
      w.summaryLatest(
        nama,
        first.nama,
        last.label[locale],
        fmt(last.realisasi!),
        describeTarget(last.target, vm.satuan, vm.desimal, locale),
        cap,
      ),
    );
    const start = observed[0]!;
    if (start !== last) {
      const diff = last.realisasi! - start.realisasi!;
      sentences.push(
        diff === 0
          ? w.unchangedSince(start.label[locale], fmt(start.realisasi!))
          : w.movedSince(start.label[locale], fmt(start.realisasi!), diff > 0),
      );
    }
  }
  const proj = first.proyeksi;
  if (proj && proj.nilai !== null)
    sentences.push(w.projection(proj.tahun, fmt(proj.nilai), proj.akanTercapai));
  const marks = first.perubahanSeri;
  if (marks.length > 0) {
    sentences.push(w.seriesChanged(marks.map((m) => formatPeriod(m.periode, { locale })).join(', ')));
  }
  if (vm.series.length > 1) sentences.push(w.compares(vm.series.length));
  if (vm.ilustratif) sentences.push(textsFor(locale).common.illustrative);
  if (vm.ditolak) sentences.push(`${vm.ditolak.teks[locale]}.`);
  return sentences.join(' ');
}

function buildTable(vm: Omit<TrendViewModel, 'ringkasan' | 'table'>): DataTable {
  const columns: TableColumn[] = [
    { key: 'wilayah', label: columnLabel('region'), kind: 'text' },
    { key: 'periode', label: columnLabel('period'), kind: 'period' },
    {
      key: 'realisasi',
      label: columnLabel('realisation'),
      kind: 'number',
      satuan: vm.satuan,
      decimals: vm.desimal,
    },
  ];
  if (vm.targetRentang) {
    columns.push(
      {
        key: 'targetMin',
        label: columnLabel('targetMin'),
        kind: 'number',
        satuan: vm.satuan,
        decimals: vm.desimal,
      },
      {
        key: 'targetMaks',
        label: columnLabel('targetMax'),
        kind: 'number',
        satuan: vm.satuan,
        decimals: vm.desimal,
      },
    );
  } else {
    columns.push({
      key: 'target',
      label: columnLabel('target'),
      kind: 'number',
      satuan: vm.satuan,
      decimals: vm.desimal,
    });
  }
  columns.push(
    { key: 'capaian', label: columnLabel('achievement'), kind: 'percent', decimals: vm.desimalCapaian },
    { key: 'kategori', label: columnLabel('category'), kind: 'text' },
    {
      key: 'proyeksi',
      label: columnLabel('projection'),
      kind: 'number',
      satuan: vm.satuan,
      decimals: vm.desimal,
    },
    { key: 'seri', label: columnLabel('series'), kind: 'text' },
  );
  // Coverage of rolled-up regions ("13 dari 15 kelurahan"), when some point has one.
  const covered = vm.series.some((s) => s.points.some((p) => p.cakupan));
  const coverageCell = (c: ResultCoverage) => inBoth((l) => coverageText(c, l));
  if (covered) columns.push({ key: 'cakupan', label: columnLabel('coverage'), kind: 'text' });
  const rows: TableRow[] = [];
  for (const s of vm.series) {
    const byPeriod = new Map(s.points.map((p) => [p.periode, p]));
    const proj = new Map((s.proyeksi?.titik ?? []).map((t) => [t.periode, t.nilai]));
    for (const periode of vm.periods) {
      const p = byPeriod.get(periode);
      const projected = proj.get(periode);
      if (!p && projected === undefined) continue;
      const t = p?.target ?? null;
      const range = t !== null && isRangeTarget(t) ? t : null;
      const targetValues: Record<string, CellValue> = vm.targetRentang
        ? {
            targetMin: range ? range.min : typeof t === 'number' ? t : null,
            targetMaks: range ? range.max : typeof t === 'number' ? t : null,
          }
        : { target: typeof t === 'number' ? t : null };
      const missing: Partial<Record<string, CellMissing>> = {};
      if (p) {
        if (p.realisasi === null && (p.missing.realisasi ?? 'no-data') === 'no-data' && p.ditolak > 0) {
          missing.realisasi = 'row-rejected';
        } else if (p.missing.realisasi) missing.realisasi = p.missing.realisasi;
        if (p.missing.capaian) missing.capaian = p.missing.capaian;
        if (p.missing.target) {
          for (const k of Object.keys(targetValues)) missing[k] = p.missing.target;
        }
      }
      rows.push({
        values: {
          wilayah: s.nama,
          periode,
          realisasi: p?.realisasi ?? null,
          ...targetValues,
          capaian: p?.capaian ?? null,
          kategori: p?.kategoriLabel ?? null,
          proyeksi: projected ?? null,
          seri: p?.seri ?? null,
          ...(covered ? { cakupan: p?.cakupan ? coverageCell(p.cakupan) : null } : {}),
        },
        missing,
      });
    }
  }
  return {
    caption: inBoth((l) => textsFor(l).trend.tableCaption(vm.nama[l])),
    columns,
    rows,
  };
}

/**
 * Build the view model of a trend chart from engine results of one indicator: one series per region (in the order
 * of `options.wilayah`, else by code), each point with realisation, target (number or range), capaian and
 * category; the projection to the final RPJMD year (from the latest year row's `progres.proyeksi`); a mark at
 * every period whose `flags.seriBerubah` is set. `granularity: 'triwulanan'` gives the triwulan variant.
 *
 * Results of the other period kinds are left out of the series (year rows still give the projection). A result of
 * another indicator, or two results for one region and period, is a {@link ViewModelError} naming the row.
 */
export function buildTrendViewModel(
  indicator: Indicator,
  results: readonly IndicatorResult[],
  options: TrendOptions = {},
): TrendViewModel {
  const granularity = options.granularity ?? 'tahunan';
  const kind = KIND[granularity];
  const scale = resolveCategoryScale(options.categoryScale, options.catalog);
  const issues = (options.issues ?? []).filter(
    (i) => i.indikator === indicator.kode && i.severity === 'error',
  );
  results.forEach((r, i) => {
    if (r.indikator !== indicator.kode) {
      throw new ViewModelError(i, 'indikator', `hasil indikator ${indicator.kode}, bukan ${r.indikator}`);
    }
  });
  const sorted = sortedByPeriod(results);
  const regionCodes = options.wilayah ?? [...new Set(results.map((r) => r.wilayah))].sort();
  const series: TrendSeries[] = regionCodes.map((kode) => {
    const mine = sorted.filter((x) => x.result.wilayah === kode);
    const points = mine.filter((x) => x.period.kind === kind);
    const seen = new Set<string>();
    for (const x of points) {
      if (seen.has(x.result.periode)) {
        throw new ViewModelError(
          x.row,
          'periode',
          `satu hasil per wilayah dan periode (${kode}, ${x.result.periode} ganda)`,
        );
      }
      seen.add(x.result.periode);
    }
    const years = mine.filter((x) => x.period.kind === 'year');
    const latestYear = [...years].reverse().find((x) => x.result.progres?.proyeksi);
    const perubahanSeri: SeriesChangeMark[] = [];
    points.forEach((x, i) => {
      if (x.result.flags.seriBerubah) {
        perubahanSeri.push({
          periode: x.result.periode,
          seri: x.result.seri,
          seriSebelumnya: points[i - 1]?.result.seri ?? null,
        });
      }
    });
    return {
      wilayah: kode,
      nama: options.regionNames?.[kode] ?? kode,
      points: points.map((x) => toPoint(x.result, scale, issues)),
      proyeksi: granularity === 'tahunan' ? toProjection(latestYear?.result.progres?.proyeksi) : null,
      perubahanSeri,
    };
  });
  const periodSet = new Set<string>();
  for (const s of series) {
    for (const p of s.points) periodSet.add(p.periode);
    for (const t of s.proyeksi?.titik ?? []) periodSet.add(t.periode);
  }
  if (granularity === 'tahunan' && options.rpjmd) {
    for (let y = options.rpjmd.mulai; y <= options.rpjmd.akhir; y++) periodSet.add(String(y));
  }
  const periods = sortPeriodKeys(periodSet);
  const base = {
    kind: 'trend' as const,
    indikator: indicator.kode,
    nama: bilingual(indicator.nama),
    satuan: indicator.satuan,
    desimal: indicator.desimal,
    desimalCapaian: capaianDecimals(indicator, options.catalog),
    polaritas: indicator.polaritas,
    granularity,
    periods,
    periodLabels: periods.map(periodLabel),
    series,
    targetRentang: series.some((s) => s.points.some((p) => p.target !== null && isRangeTarget(p.target))),
    ilustratif: indicator.ilustratif || series.some((s) => s.points.some((p) => p.ilustratif)),
    ditolak: rejectedRowsFor(issues, indicator.kode, regionCodes),
  };
  return { ...base, ringkasan: inBoth((l) => summarise(base, l)), table: buildTable(base) };
}
