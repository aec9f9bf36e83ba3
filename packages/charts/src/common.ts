import type { Locale } from '@satata/core';
import type { BarSeriesOption, LineSeriesOption, MapSeriesOption } from 'echarts/charts';
import type {
  AriaComponentOption,
  GridComponentOption,
  LegendComponentOption,
  TitleComponentOption,
  TooltipComponentOption,
  VisualMapComponentOption,
} from 'echarts/components';
import type { ComposeOption } from 'echarts/core';
import type { TooltipMode } from './escape.ts';

/** An ECharts option made of the parts registered in `./echarts.ts`. */
export type ChartOption = ComposeOption<
  | LineSeriesOption
  | BarSeriesOption
  | MapSeriesOption
  | AriaComponentOption
  | GridComponentOption
  | LegendComponentOption
  | TitleComponentOption
  | TooltipComponentOption
  | VisualMapComponentOption
>;

/** Options every builder takes. */
export interface BaseChartOptions {
  /** Display locale (default `id`): numbers, periods and every label. */
  readonly locale?: Locale;
  /** `html` (default) or `richText` tooltips for pages whose CSP forbids inline styles. */
  readonly tooltipMode?: TooltipMode;
  /** Show the indicator's name as the chart title (default true). */
  readonly title?: boolean;
  /** Text colour of titles and labels (default #333333). */
  readonly textColor?: string;
  /** Font family (default the system UI stack). */
  readonly fontFamily?: string;
}

/** Resolved base options. */
export interface ResolvedBase {
  readonly locale: Locale;
  readonly mode: TooltipMode;
  readonly title: boolean;
  readonly textColor: string;
  readonly fontFamily: string;
}

/**
 * A font-family list safe inside ECharts' SVG `style="…"` attributes, which ECharts writes without escaping: double
 * quotes become single quotes, and `<`, `>`, `&`, `;`, `{`, `}` are dropped.
 */
export function safeFontFamily(family: string): string {
  return family.replace(/"/g, "'").replace(/[<>&;{}]/g, '');
}

/** Fill in the defaults of {@link BaseChartOptions}. */
export function resolveBase(opts: BaseChartOptions = {}): ResolvedBase {
  return {
    locale: opts.locale ?? 'id',
    mode: opts.tooltipMode ?? 'html',
    title: opts.title ?? true,
    textColor: opts.textColor ?? '#333333',
    fontFamily: safeFontFamily(opts.fontFamily ?? "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif"),
  };
}

/**
 * `aria` enabled with the view model's generated summary as the description, instead of ECharts' generic
 * "This is a chart …" sentence built from series names and raw values (which would read a map's class codes).
 */
export function ariaOption(description: string): AriaComponentOption {
  return { enabled: true, label: { enabled: true, description } };
}

/**
 * The tooltip component's mode settings: always confined to the chart. An HTML tooltip carries the
 * `satata-tooltip-host` class, which the stylesheet of `@satata/react` lets wrap and caps at the chart's size (it
 * scrolls when a long list does not fit, so it is `enterable`: the pointer can move into it).
 */
export function tooltipBase(mode: TooltipMode): TooltipComponentOption {
  return mode === 'richText'
    ? { renderMode: 'richText', confine: true }
    : { renderMode: 'html', confine: true, enterable: true, className: 'satata-tooltip-host' };
}

/** Thrown when a builder's input cannot be drawn faithfully (e.g. regions without geometry). */
export class ChartInputError extends Error {
  /** The offending items (e.g. region codes). */
  readonly items: readonly string[];
  constructor(message: string, items: readonly string[]) {
    super(message);
    this.name = 'ChartInputError';
    this.items = items;
  }
}
