import { type CardViewModel, formatPeriod, formatValue, MISSING_TEXT, textsFor } from '@satata/core';
import { ariaOption, type BaseChartOptions, type ChartOption, resolveBase, tooltipBase } from './common.ts';
import { renderTooltip } from './escape.ts';
import { SERIES_COLORS } from './palette.ts';

/** Options of {@link sparklineOption}. */
export interface SparklineOptions extends Omit<BaseChartOptions, 'title'> {
  /** Line colour (default the first series colour). */
  readonly color?: string;
  /** Show a tooltip (default true). */
  readonly tooltip?: boolean;
}

/**
 * The ECharts option of a card's sparkline: a bare line of the card's periods up to the one shown, the last point
 * marked; a missing period is a gap, never 0. A point whose neighbours are both missing (or absent) joins no line
 * segment, so it gets a dot of its own: without one it would not be drawn at all. The aria description names the
 * first and last values.
 */
export function sparklineOption(vm: CardViewModel, opts: SparklineOptions = {}): ChartOption {
  const base = resolveBase({ ...opts, title: false });
  const { locale } = base;
  const color = opts.color ?? SERIES_COLORS[0]!;
  const pts = vm.sparkline;
  const fmt = (v: number | null) => formatValue(v, vm.nilai.satuan, { locale, decimals: vm.nilai.desimal });
  const first = pts.find((p) => p.nilai !== null);
  const last = [...pts].reverse().find((p) => p.nilai !== null);
  const at = (p: { periode: string; nilai: number | null }) =>
    textsFor(locale).charts.valueAt(fmt(p.nilai), formatPeriod(p.periode, { locale }));
  const desc =
    first && last && first !== last
      ? textsFor(locale).charts.sparkline(vm.nama[locale], at(first), at(last))
      : textsFor(locale).charts.sparkline(
          vm.nama[locale],
          null,
          last ? fmt(last.nilai) : MISSING_TEXT[locale],
        );
  const lastIndex = pts.length - 1;
  const has = (i: number) => i >= 0 && i <= lastIndex && pts[i]!.nilai !== null;
  return {
    aria: ariaOption(desc),
    animation: false,
    grid: { left: 2, right: 6, top: 4, bottom: 4 },
    tooltip:
      opts.tooltip === false
        ? { show: false }
        : {
            ...tooltipBase(base.mode),
            trigger: 'axis',
            formatter: (params: unknown) => {
              const i =
                ((Array.isArray(params) ? params[0] : params) as { dataIndex?: number })?.dataIndex ?? 0;
              const p = pts[i]!;
              return renderTooltip(
                {
                  title: formatPeriod(p.periode, { locale }),
                  rows: [{ label: vm.nama[locale], value: fmt(p.nilai), color }],
                },
                base.mode,
              );
            },
          },
    xAxis: { type: 'category', show: false, boundaryGap: false, data: pts.map((p) => p.periode) },
    yAxis: { type: 'value', show: false, scale: true },
    series: [
      {
        type: 'line',
        name: vm.nama[locale],
        data: pts.map((p, i) =>
          p.nilai === null
            ? null
            : i === lastIndex
              ? { value: p.nilai, symbol: 'circle', symbolSize: 6 }
              : !has(i - 1) && !has(i + 1)
                ? { value: p.nilai, symbol: 'circle', symbolSize: 4 }
                : p.nilai,
        ),
        color,
        lineStyle: { color, width: 1.75 },
        symbol: 'none',
        connectNulls: false,
      },
    ],
  } satisfies ChartOption;
}
