import { LOCALE_ID, setupEcharts } from '@satata/charts';
import { createContext, type ReactNode, useContext, useEffect, useLayoutEffect, useRef } from 'react';
import { useSatata } from '../context.tsx';
import type { EChartsInstance, EChartsOption } from './echarts.ts';
import { createMapRegistry, type MapRegistry } from './maps.ts';

/**
 * The geometries every {@link EChart} has given to ECharts' global map registry: each (name, geometry object)
 * pair is registered once, however many options use it.
 */
export const chartMaps: MapRegistry = createMapRegistry((name, geo) =>
  setupEcharts().registerMap(name, geo as Parameters<ReturnType<typeof setupEcharts>['registerMap']>[1]),
);

/**
 * Whether a chart laid out at `chartWidth` × `chartHeight` must be resized for a container now `width` wide and
 * a requested `height`: only when the container has a width and either size differs (a ResizeObserver reports
 * every observed element once right after `observe`, with the size the chart was just laid out at).
 */
export function needsResize(chartWidth: number, chartHeight: number, width: number, height: number): boolean {
  return width > 0 && (Math.round(width) !== Math.round(chartWidth) || height !== chartHeight);
}

/** The ECharts locale registered for each display locale (ECharts' own English, or `LOCALE_ID`). */
const ECHARTS_LOCALES = { id: LOCALE_ID, en: 'EN' } as const;

/** Receives the chart instance of the {@link EChart} inside a {@link ChartFrame} (for export). */
export const ChartRegistry = createContext<((chart: EChartsInstance | null) => void) | null>(null);

/** An ECharts event handler. */
export type EChartHandler = (params: unknown) => void;

/** Props of {@link EChart}. */
export interface EChartProps {
  readonly option: EChartsOption;
  /** Height in px (default 280). */
  readonly height?: number;
  /** Accessible name of the picture (its text alternative lives beside it, in the frame). */
  readonly ariaLabel: string;
  /** GeoJSON maps to register (by name) before the option is set. */
  readonly maps?: Readonly<Record<string, unknown>>;
  /** Event handlers by ECharts event name (`click`, …). */
  readonly onEvents?: Readonly<Record<string, EChartHandler>>;
  readonly className?: string;
}

/**
 * A minimal React wrapper of ECharts (SVG renderer): registers the parts (`setupEcharts` of `@satata/charts`),
 * inits on mount and sets the first option in that same layout effect (the first frame that shows the component
 * shows the map; no empty chart first, no second render to set the option), then
 * `setOption` on every new option (not merged); resizes when the container's size really changed, registers each
 * map geometry once ({@link chartMaps}), disposes on unmount; no animation under `prefers-reduced-motion`. While an
 * option is being painted the root carries `data-satata-rendering="true"`; ECharts' `finished` event sets it to
 * "false" directly on the element (no React render in between, so the mark flips as soon as
 * the chart is drawn). The option's tooltip is set up only when a pointer first comes over the chart
 * ({@link withoutTooltip}): a chart nobody points at (read by keyboard or screen reader, printed, one of many on a
 * dashboard) never builds ECharts' tooltip component; from then on every option is given with its tooltip.
 */
export function EChart({
  option,
  height = 280,
  ariaLabel,
  maps,
  onEvents,
  className,
}: EChartProps): ReactNode {
  const ref = useRef<HTMLDivElement>(null);
  // The live chart instance (a ref, not state: making it would render the component a second time, synchronously,
  // inside the commit that first shows it).
  const chart = useRef<EChartsInstance | null>(null);
  // The latest handlers, called through one listener per event name bound on the live instance.
  const handlers = useRef(onEvents);
  handlers.current = onEvents;
  const bound = useRef(new Set<string>());
  const register = useContext(ChartRegistry);
  const { locale } = useSatata();
  // The latest inputs, read by the init effect so it can paint the first option itself.
  const latest = useRef({ option, maps });
  latest.current = { option, maps };
  // The option object last given to the chart instance now alive (null after a new init).
  const applied = useRef<EChartsOption | null>(null);
  // True once a pointer has come over the chart: options are then given with their tooltip.
  const pointed = useRef(false);

  // A layout effect: the chart is drawn into the frame that first shows the component, not one frame later.
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const instance = setupEcharts().init(el, null, {
      renderer: 'svg',
      locale: ECHARTS_LOCALES[locale],
      height,
      width: el.clientWidth > 0 ? undefined : 640,
    });
    const finished = () => {
      el.setAttribute('data-satata-rendering', 'false');
    };
    instance.on('finished', finished);
    applyOption(instance, el, latest.current.option, latest.current.maps, pointed.current);
    applied.current = latest.current.option;
    chart.current = instance;
    bound.current = new Set();
    bindHandlers(instance, bound.current, handlers);
    register?.(instance);
    let observer: ResizeObserver | undefined;
    if (typeof ResizeObserver !== 'undefined') {
      observer = new ResizeObserver(() => {
        if (needsResize(instance.getWidth(), instance.getHeight(), el.clientWidth, height)) {
          instance.resize({ width: 'auto', height });
        }
      });
      observer.observe(el);
    }
    // The first pointer over the chart (mouse, pen or touch) adds the tooltip before ECharts sees the event
    // (capture phase on the wrapper), so that very move or tap already shows it.
    const point = () => {
      if (pointed.current) return;
      pointed.current = true;
      const { tooltip } = latest.current.option as { tooltip?: unknown };
      if (tooltip !== undefined) instance.setOption({ tooltip } as EChartsOption, { lazyUpdate: false });
    };
    el.addEventListener('pointerover', point, true);
    el.addEventListener('pointerdown', point, true);
    return () => {
      el.removeEventListener('pointerover', point, true);
      el.removeEventListener('pointerdown', point, true);
      observer?.disconnect();
      register?.(null);
      instance.off('finished', finished);
      instance.dispose();
      applied.current = null;
      chart.current = null;
    };
  }, [height, locale, register]);

  // A later option (the first is set by the init above, which also sets it again after a re-init).
  useEffect(() => {
    const el = ref.current;
    const instance = chart.current;
    if (!instance || !el || applied.current === option) return;
    applyOption(instance, el, option, maps, pointed.current);
    applied.current = option;
  }, [option, maps]);

  // Handlers under event names not bound yet (a name once bound calls whatever handler is current, or nothing).
  useEffect(() => {
    if (chart.current && onEvents) bindHandlers(chart.current, bound.current, handlers);
  }, [onEvents]);

  return (
    <div
      ref={ref}
      className={className ? `satata-chart ${className}` : 'satata-chart'}
      style={{ height }}
      role="img"
      aria-label={ariaLabel}
      // Set once by React; afterwards owned by applyOption ("true") and the `finished` handler ("false").
      data-satata-rendering="true"
    />
  );
}

/** Bind one listener on `chart` for every event name of the current handlers not in `bound` (which it adds to). */
function bindHandlers(
  chart: EChartsInstance,
  bound: Set<string>,
  handlers: { readonly current: EChartProps['onEvents'] },
): void {
  for (const name of Object.keys(handlers.current ?? {})) {
    if (bound.has(name)) continue;
    bound.add(name);
    chart.on(name, (params: unknown) => handlers.current?.[name]?.(params));
  }
}

/**
 * The option without its `tooltip` (the same object when it has none): what a chart is given until a pointer has
 * come over it.
 */
export function withoutTooltip(option: EChartsOption): EChartsOption {
  if (!('tooltip' in option)) return option;
  const { tooltip: _, ...rest } = option;
  return rest as EChartsOption;
}

/**
 * Register the option's maps, mark the root as rendering and set the option (replacing, not merging) — with its
 * tooltip only when `withTooltip`.
 */
function applyOption(
  chart: EChartsInstance,
  el: HTMLElement,
  option: EChartsOption,
  maps: Readonly<Record<string, unknown>> | undefined,
  withTooltip: boolean,
): void {
  if (maps) for (const [name, geo] of Object.entries(maps)) chartMaps.ensure(name, geo);
  el.setAttribute('data-satata-rendering', 'true');
  const given = withTooltip ? option : withoutTooltip(option);
  chart.setOption(reducedMotion() ? { ...given, animation: false } : given, {
    notMerge: true,
    lazyUpdate: false,
  });
}

/** True when the user asks for reduced motion: charts then draw without animation. */
function reducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}
