import { type DistributionViewModel, formatNumber, formatPercent, textsFor } from '@satata/core';
import { ariaOption, type BaseChartOptions, type ChartOption, resolveBase, tooltipBase } from './common.ts';
import { renderTooltip, type TooltipRow } from './escape.ts';
import { CATEGORY_COLORS, NO_CAPAIAN_COLOR } from './palette.ts';

/** Options of {@link distributionOption}. */
export interface DistributionChartOptions extends BaseChartOptions {
  /** Colour per category key (default: RdYlGn by band position, best first). */
  readonly categoryColors?: Readonly<Record<string, string>>;
  readonly noCapaianColor?: string;
}

/**
 * The ECharts option of the category distribution: one horizontal bar per band of the scale (best on top, empty
 * bands kept) and one for the IKU without capaian, each labelled with its count. The tooltip gives the count and
 * share, and for "tanpa capaian" the count per reason.
 */
export function distributionOption(
  vm: DistributionViewModel,
  opts: DistributionChartOptions = {},
): ChartOption {
  const base = resolveBase(opts);
  const { locale } = base;
  const buckets = [...vm.kategori, vm.tanpaCapaian];
  const colorOf = (key: string, i: number) =>
    key === vm.tanpaCapaian.key
      ? (opts.noCapaianColor ?? NO_CAPAIAN_COLOR)
      : (opts.categoryColors?.[key] ?? CATEGORY_COLORS[Math.min(i, CATEGORY_COLORS.length - 1)]!);
  const t = textsFor(locale);
  const title = t.distribution.chartTitle(formatNumber(vm.total, { locale }));
  const formatter = (params: unknown) => {
    const i = (params as { dataIndex?: number }).dataIndex ?? 0;
    const b = buckets[i]!;
    const rows: TooltipRow[] = [
      {
        label: t.table.count,
        value: formatNumber(b.count, { locale }),
        color: colorOf(b.key, i),
      },
    ];
    if (vm.total > 0) {
      rows.push({
        label: t.table.share,
        value: formatPercent((b.count / vm.total) * 100, { locale, decimals: 1 }),
      });
    }
    if (b === vm.tanpaCapaian) {
      for (const a of vm.tanpaCapaian.alasan)
        rows.push({ label: a.label[locale], value: formatNumber(a.count, { locale }) });
    }
    return renderTooltip({ title: b.label[locale], rows }, base.mode);
  };
  return {
    aria: ariaOption(vm.ringkasan[locale]),
    textStyle: { fontFamily: base.fontFamily, color: base.textColor },
    title: base.title
      ? { text: title, left: 'left', textStyle: { fontSize: 15, color: base.textColor } }
      : undefined,
    grid: {
      left: 12,
      right: 48,
      top: base.title ? 48 : 12,
      bottom: 12,
      outerBoundsMode: 'same',
      outerBoundsContain: 'axisLabel',
    },
    tooltip: { ...tooltipBase(base.mode), trigger: 'item', formatter },
    xAxis: {
      type: 'value',
      minInterval: 1,
      axisLabel: {
        color: base.textColor,
        formatter: (v: number) => formatNumber(v, { locale, decimals: 0 }),
      },
    },
    yAxis: {
      type: 'category',
      inverse: true,
      data: buckets.map((b) => b.label[locale]),
      axisLabel: { color: base.textColor },
    },
    series: [
      {
        type: 'bar',
        name: title,
        data: buckets.map((b, i) => ({ value: b.count, itemStyle: { color: colorOf(b.key, i) } })),
        barMaxWidth: 28,
        label: {
          show: true,
          position: 'right',
          color: base.textColor,
          formatter: (p: { value?: unknown }) => formatNumber(Number(p.value), { locale, decimals: 0 }),
        },
      },
    ],
  } satisfies ChartOption;
}
