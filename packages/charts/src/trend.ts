import {
  formatNumber,
  formatPercent,
  formatValue,
  isRangeTarget,
  MISSING_TEXT,
  type MissingReason,
  missingReasonLabel,
  type TrendViewModel,
  textsFor,
} from '@satata/core';
import type { LineSeriesOption } from 'echarts/charts';
import { ariaOption, type BaseChartOptions, type ChartOption, resolveBase, tooltipBase } from './common.ts';
import { renderTooltip, type TooltipRow } from './escape.ts';
import { SERIES_COLORS, TARGET_COLOR } from './palette.ts';

/** Options of {@link trendOption}. */
export interface TrendChartOptions extends BaseChartOptions {
  /** One colour per region series (default Okabe–Ito). */
  readonly seriesColors?: readonly string[];
  /** Colour of the target line and band (default #555555). */
  readonly targetColor?: string;
}

/**
 * The ECharts option of a trend chart: one line per region (realisation; a missing value is a gap, never 0), the
 * target of the first region as a line — or, for range targets, a shaded band between min and max — the
 * projection to the final RPJMD year as a dashed line, and a vertical mark where the series changes vintage or
 * method. Axes, labels and tooltips use id-ID numbers; every tooltip passes through `renderTooltip`.
 */
export function trendOption(vm: TrendViewModel, opts: TrendChartOptions = {}): ChartOption {
  const base = resolveBase(opts);
  const { locale } = base;
  const w = textsFor(locale).charts;
  const colors = opts.seriesColors ?? SERIES_COLORS;
  const targetColor = opts.targetColor ?? TARGET_COLOR;
  const index = new Map(vm.periods.map((p, i) => [p, i]));
  const empty = (): (number | null)[] => vm.periods.map(() => null);
  const fmt = (v: number | null) => formatValue(v, vm.satuan, { locale, decimals: vm.desimal });
  const series: LineSeriesOption[] = [];
  const legend: (string | { name: string; icon: string; itemStyle: { color: string; opacity: number } })[] =
    [];
  // With one region the projection needs no region name (keeps the legend on one line in a narrow card).
  const projectionName = (region: string) =>
    vm.series.length > 1 ? `${w.projection} — ${region}` : w.projection;
  const primary = vm.series[0];

  // Target: a line for numeric targets, a band (stacked: lower edge + width) for ranges.
  if (primary) {
    const line = empty();
    const lower = empty();
    const width = empty();
    for (const p of primary.points) {
      const i = index.get(p.periode)!;
      if (p.target !== null && isRangeTarget(p.target)) {
        lower[i] = p.target.min;
        width[i] = p.target.max - p.target.min;
      } else {
        line[i] = p.garisTarget;
      }
    }
    if (line.some((v) => v !== null)) {
      series.push({
        type: 'line',
        name: w.target,
        data: line,
        color: targetColor,
        lineStyle: { color: targetColor, width: 1.5, type: [2, 3] },
        symbol: 'rect',
        symbolSize: 6,
        connectNulls: false,
        z: 2,
      });
      legend.push(w.target);
    }
    if (width.some((v) => v !== null)) {
      series.push(
        {
          type: 'line',
          name: `${w.targetRange} min`,
          data: lower,
          stack: 'satata-target-band',
          lineStyle: { opacity: 0 },
          symbol: 'none',
          silent: true,
          tooltip: { show: false },
          z: 1,
        },
        {
          type: 'line',
          name: w.targetRange,
          data: width,
          stack: 'satata-target-band',
          color: targetColor,
          lineStyle: { opacity: 0 },
          areaStyle: { color: targetColor, opacity: 0.18 },
          symbol: 'none',
          silent: true,
          z: 1,
        },
      );
      // The band's legend mark is a swatch of the band itself (the series has no symbol to show).
      legend.push({
        name: w.targetRange,
        icon: 'rect',
        itemStyle: { color: targetColor, opacity: 0.18 },
      });
    }
  }

  vm.series.forEach((s, k) => {
    const color = colors[k % colors.length]!;
    const data = empty();
    for (const p of s.points) data[index.get(p.periode)!] = p.realisasi;
    const marks = s.perubahanSeri.map((m) => ({
      xAxis: index.get(m.periode)!,
      label: { formatter: w.seriesChanged, color: base.textColor },
    }));
    series.push({
      type: 'line',
      name: s.nama,
      data,
      color,
      lineStyle: { color, width: 2.5 },
      symbol: 'circle',
      symbolSize: 7,
      connectNulls: false,
      z: 3,
      ...(marks.length > 0
        ? {
            markLine: {
              silent: true,
              symbol: 'none',
              lineStyle: { color: base.textColor, type: 'dotted', width: 1 },
              data: marks,
            },
          }
        : {}),
    });
    legend.push(s.nama);
    if (s.proyeksi && s.proyeksi.titik.length > 0) {
      const proj = empty();
      for (const t of s.proyeksi.titik) proj[index.get(t.periode)!] = t.nilai;
      const name = projectionName(s.nama);
      series.push({
        type: 'line',
        name,
        data: proj,
        color,
        lineStyle: { color, width: 2, type: 'dashed' },
        symbol: 'emptyCircle',
        symbolSize: 6,
        connectNulls: false,
        z: 3,
      });
      legend.push(name);
    }
  });

  const formatter = (params: unknown) => {
    const list = (Array.isArray(params) ? params : [params]) as { dataIndex?: number }[];
    const i = list[0]?.dataIndex ?? 0;
    const periode = vm.periods[i]!;
    const rows: TooltipRow[] = [];
    const notes: string[] = [];
    const why = (reason: MissingReason | undefined) =>
      reason ? `${MISSING_TEXT[locale]} (${missingReasonLabel(reason, locale)})` : MISSING_TEXT[locale];
    const primaryPoint = primary?.points.find((p) => p.periode === periode);
    if (primaryPoint?.target != null) {
      const t = primaryPoint.target;
      rows.push({
        label: w.target,
        value: isRangeTarget(t) ? `${fmt(t.min)} – ${fmt(t.max)}` : fmt(primaryPoint.garisTarget ?? t),
        color: targetColor,
      });
    }
    vm.series.forEach((s, k) => {
      const color = colors[k % colors.length]!;
      const p = s.points.find((x) => x.periode === periode);
      if (p) {
        const value =
          p.realisasi === null
            ? (p.missing.realisasi ?? 'no-data') === 'no-data' && p.ditolak > 0
              ? `${MISSING_TEXT[locale]} (${textsFor(locale).common.rowRejected})`
              : why(p.missing.realisasi)
            : fmt(p.realisasi);
        const cap =
          p.capaian === null
            ? ''
            : ` · ${w.capaian} ${formatPercent(p.capaian, { locale, decimals: vm.desimalCapaian, minDecimals: vm.desimalCapaian })}${
                p.kategoriLabel ? ` (${p.kategoriLabel[locale]})` : ''
              }`;
        rows.push({ label: s.nama, value: `${value}${cap}`, color });
        if (p.seriBerubah) notes.push(`${w.seriesChanged}: ${s.nama} — ${p.seri ?? MISSING_TEXT[locale]}`);
        if (p.ditekan) notes.push(`${s.nama}: ${missingReasonLabel('suppressed', locale)}`);
      }
      const t = s.proyeksi?.titik.find((x) => x.periode === periode);
      if (t && (p?.realisasi ?? null) === null) {
        rows.push({ label: projectionName(s.nama), value: fmt(t.nilai), color });
      }
    });
    if (vm.ilustratif) notes.push(w.illustrative);
    return renderTooltip({ title: vm.periodLabels[i]![locale], rows, notes }, base.mode);
  };

  return {
    aria: ariaOption(vm.ringkasan[locale]),
    textStyle: { fontFamily: base.fontFamily, color: base.textColor },
    title: base.title
      ? { text: vm.nama[locale], left: 'left', textStyle: { fontSize: 15, color: base.textColor } }
      : undefined,
    grid: {
      left: 12,
      right: 24,
      top: base.title ? 72 : 36,
      bottom: 56,
      outerBoundsMode: 'same',
      outerBoundsContain: 'axisLabel',
    },
    legend: { data: legend, bottom: 0, type: 'scroll', itemGap: 18, textStyle: { color: base.textColor } },
    tooltip: { ...tooltipBase(base.mode), trigger: 'axis', formatter },
    xAxis: {
      type: 'category',
      data: vm.periodLabels.map((l) => l[locale]),
      boundaryGap: false,
      axisLabel: { color: base.textColor },
    },
    yAxis: {
      type: 'value',
      name: vm.satuan,
      scale: true,
      axisLabel: {
        color: base.textColor,
        formatter: (v: number) => formatNumber(v, { locale, decimals: vm.desimal ?? 2 }),
      },
    },
    series,
  } satisfies ChartOption;
}
