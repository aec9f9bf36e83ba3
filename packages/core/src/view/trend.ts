import type { IndicatorResult, MissingReason, ResultField, ResultProjection } from '../engine/types.ts';
import { formatPercent, formatPeriod, formatValue, type Locale } from '../format/index.ts';
import type { PeriodKind } from '../period/period.ts';
import { type CategoryScale, DEFAULT_CATEGORY_SCALE } from '../schema/category.ts';
import { type Indicator, isRangeTarget, type Polarity, type Target } from '../schema/indicator.ts';
import {
  type Bilingual,
  bilingual,
  categoryLabel,
  inBoth,
  missingReasonLabel,
  sortedByPeriod,
  sortPeriodKeys,
  ViewModelError,
} from './common.ts';
import type { CellValue, DataTable, TableColumn, TableRow } from './table.ts';

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
  readonly polaritas: Polarity;
  readonly granularity: TrendGranularity;
  /** The category axis: every period of the series and of the projections, in order. */
  readonly periods: readonly string[];
  readonly periodLabels: readonly Bilingual[];
  readonly series: readonly TrendSeries[];
  /** True when some target is a range `{min, max}` (drawn as a band). */
  readonly targetRentang: boolean;
  readonly ilustratif: boolean;
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
  readonly categoryScale?: CategoryScale;
}

function periodLabel(periode: string): Bilingual {
  return inBoth((locale) => formatPeriod(periode, { locale }));
}

function toPoint(r: IndicatorResult, scale: CategoryScale): TrendPoint {
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
  if (t === null) return locale === 'id' ? 'tanpa target' : 'no target';
  if (isRangeTarget(t)) {
    const lo = formatValue(t.min, satuan, { locale, decimals });
    const hi = formatValue(t.max, satuan, { locale, decimals });
    return locale === 'id' ? `target rentang ${lo} – ${hi}` : `target range ${lo} – ${hi}`;
  }
  return `target ${formatValue(t, satuan, { locale, decimals })}`;
}

function summarise(vm: Omit<TrendViewModel, 'ringkasan' | 'table'>, locale: Locale): string {
  const nama = vm.nama[locale];
  const fmt = (v: number) => formatValue(v, vm.satuan, { locale, decimals: vm.desimal });
  const sentences: string[] = [];
  const first = vm.series[0];
  if (!first) {
    return locale === 'id' ? `${nama}: belum ada data.` : `${nama}: no data yet.`;
  }
  const observed = first.points.filter((p) => p.realisasi !== null);
  const last = observed[observed.length - 1];
  if (!last) {
    const reason = first.points[first.points.length - 1]?.missing.realisasi;
    const why = reason ? ` (${missingReasonLabel(reason, locale)})` : '';
    sentences.push(
      locale === 'id'
        ? `${nama} di ${first.nama}: belum ada realisasi${why}.`
        : `${nama} in ${first.nama}: no realisation yet${why}.`,
    );
  } else {
    const per = last.label[locale];
    const cap =
      last.capaian === null
        ? locale === 'id'
          ? `capaian tidak dapat dihitung (${missingReasonLabel(last.missing.capaian ?? 'no-target', locale)})`
          : `achievement cannot be computed (${missingReasonLabel(last.missing.capaian ?? 'no-target', locale)})`
        : `${locale === 'id' ? 'capaian' : 'achievement'} ${formatPercent(last.capaian, { locale, decimals: 2 })}${
            last.kategoriLabel ? ` (${last.kategoriLabel[locale]})` : ''
          }`;
    sentences.push(
      locale === 'id'
        ? `${nama} di ${first.nama} pada ${per}: ${fmt(last.realisasi!)}, ${describeTarget(last.target, vm.satuan, vm.desimal, locale)}, ${cap}.`
        : `${nama} in ${first.nama}, ${per}: ${fmt(last.realisasi!)}, ${describeTarget(last.target, vm.satuan, vm.desimal, locale)}, ${cap}.`,
    );
    const start = observed[0]!;
    if (start !== last) {
      const diff = last.realisasi! - start.realisasi!;
      const dir =
        diff > 0 ? (locale === 'id' ? 'naik' : 'rose') : diff < 0 ? (locale === 'id' ? 'turun' : 'fell') : '';
      sentences.push(
        diff === 0
          ? locale === 'id'
            ? `Nilainya sama dengan ${start.label.id} (${fmt(start.realisasi!)}).`
            : `It is unchanged from ${start.label.en} (${fmt(start.realisasi!)}).`
          : locale === 'id'
            ? `Sejak ${start.label.id} (${fmt(start.realisasi!)}) nilainya ${dir}.`
            : `It ${dir} from ${fmt(start.realisasi!)} in ${start.label.en}.`,
      );
    }
  }
  const proj = first.proyeksi;
  if (proj && proj.nilai !== null) {
    const verdict =
      proj.akanTercapai === null
        ? ''
        : locale === 'id'
          ? proj.akanTercapai
            ? ', target akhir diperkirakan tercapai'
            : ', target akhir diperkirakan tidak tercapai'
          : proj.akanTercapai
            ? '; the end target is expected to be met'
            : '; the end target is expected to be missed';
    sentences.push(
      locale === 'id'
        ? `Dengan laju saat ini, proyeksi ${proj.tahun} adalah ${fmt(proj.nilai)}${verdict}.`
        : `At the current pace the projection for ${proj.tahun} is ${fmt(proj.nilai)}${verdict}.`,
    );
  }
  const marks = first.perubahanSeri;
  if (marks.length > 0) {
    const when = marks.map((m) => formatPeriod(m.periode, { locale })).join(', ');
    sentences.push(
      locale === 'id'
        ? `Seri data berubah (vintage atau metode) pada ${when}; nilai sebelum dan sesudahnya tidak sepenuhnya sebanding.`
        : `The data series changes (vintage or method) at ${when}; values before and after are not fully comparable.`,
    );
  }
  if (vm.series.length > 1) {
    sentences.push(
      locale === 'id'
        ? `Grafik membandingkan ${vm.series.length} wilayah.`
        : `The chart compares ${vm.series.length} regions.`,
    );
  }
  if (vm.ilustratif) {
    sentences.push(locale === 'id' ? 'Data bersifat ilustratif.' : 'The data is illustrative.');
  }
  return sentences.join(' ');
}

function buildTable(vm: Omit<TrendViewModel, 'ringkasan' | 'table'>): DataTable {
  const columns: TableColumn[] = [
    { key: 'wilayah', label: { id: 'Wilayah', en: 'Region' }, kind: 'text' },
    { key: 'periode', label: { id: 'Periode', en: 'Period' }, kind: 'period' },
    {
      key: 'realisasi',
      label: { id: 'Realisasi', en: 'Realisation' },
      kind: 'number',
      satuan: vm.satuan,
      decimals: vm.desimal,
    },
  ];
  if (vm.targetRentang) {
    columns.push(
      {
        key: 'targetMin',
        label: { id: 'Target min', en: 'Target min' },
        kind: 'number',
        satuan: vm.satuan,
        decimals: vm.desimal,
      },
      {
        key: 'targetMaks',
        label: { id: 'Target maks', en: 'Target max' },
        kind: 'number',
        satuan: vm.satuan,
        decimals: vm.desimal,
      },
    );
  } else {
    columns.push({
      key: 'target',
      label: { id: 'Target', en: 'Target' },
      kind: 'number',
      satuan: vm.satuan,
      decimals: vm.desimal,
    });
  }
  columns.push(
    { key: 'capaian', label: { id: 'Capaian', en: 'Achievement' }, kind: 'percent', decimals: 2 },
    { key: 'kategori', label: { id: 'Kategori', en: 'Category' }, kind: 'text' },
    {
      key: 'proyeksi',
      label: { id: 'Proyeksi', en: 'Projection' },
      kind: 'number',
      satuan: vm.satuan,
      decimals: vm.desimal,
    },
    { key: 'seri', label: { id: 'Seri data', en: 'Data series' }, kind: 'text' },
  );
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
      const missing: Partial<Record<string, MissingReason>> = {};
      if (p) {
        if (p.missing.realisasi) missing.realisasi = p.missing.realisasi;
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
        },
        missing,
      });
    }
  }
  return {
    caption: inBoth(
      (l) => `${vm.nama[l]} — ${l === 'id' ? 'realisasi dan target' : 'realisation and target'}`,
    ),
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
  const scale = options.categoryScale ?? DEFAULT_CATEGORY_SCALE;
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
      points: points.map((x) => toPoint(x.result, scale)),
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
    polaritas: indicator.polaritas,
    granularity,
    periods,
    periodLabels: periods.map(periodLabel),
    series,
    targetRentang: series.some((s) => s.points.some((p) => p.target !== null && isRangeTarget(p.target))),
    ilustratif: indicator.ilustratif || series.some((s) => s.points.some((p) => p.ilustratif)),
  };
  return { ...base, ringkasan: inBoth((l) => summarise(base, l)), table: buildTable(base) };
}
