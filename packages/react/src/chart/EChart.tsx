import { LOCALE_ID } from '@satata/charts';
import { createContext, type ReactNode, useContext, useEffect, useRef, useState } from 'react';
import { useSatata } from '../context.tsx';
import { type EChartsInstance, type EChartsOption, ensureEcharts } from './echarts.ts';

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
 * A minimal React wrapper of ECharts (SVG renderer): init on mount, `setOption` on every new option (not merged),
 * resize with the container, dispose on unmount; no animation under `prefers-reduced-motion`. While a new option is being painted the root carries
 * `data-satata-rendering="true"`, cleared on ECharts' `finished` event.
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
  const [chart, setChart] = useState<EChartsInstance | null>(null);
  const [rendering, setRendering] = useState(true);
  const register = useContext(ChartRegistry);
  const { locale } = useSatata();

  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const instance = ensureEcharts().init(el, null, {
      renderer: 'svg',
      locale: locale === 'id' ? LOCALE_ID : 'EN',
      height,
      width: el.clientWidth > 0 ? undefined : 640,
    });
    setChart(instance);
    register?.(instance);
    let observer: ResizeObserver | undefined;
    if (typeof ResizeObserver !== 'undefined') {
      observer = new ResizeObserver(() => {
        if (el.clientWidth > 0) instance.resize({ width: 'auto', height });
      });
      observer.observe(el);
    }
    return () => {
      observer?.disconnect();
      register?.(null);
      instance.dispose();
      setChart(null);
    };
  }, [height, locale, register]);

  useEffect(() => {
    if (!chart) return;
    if (maps) for (const [name, geo] of Object.entries(maps)) ensureEcharts().registerMap(name, geo as never);
    setRendering(true);
    const done = () => setRendering(false);
    chart.on('finished', done);
    chart.setOption(reducedMotion() ? { ...option, animation: false } : option, {
      notMerge: true,
      lazyUpdate: false,
    });
    return () => {
      chart.off('finished', done);
    };
  }, [chart, option, maps]);

  useEffect(() => {
    if (!chart || !onEvents) return;
    const entries = Object.entries(onEvents);
    for (const [name, handler] of entries) chart.on(name, handler);
    return () => {
      for (const [name, handler] of entries) chart.off(name, handler);
    };
  }, [chart, onEvents]);

  return (
    <div
      ref={ref}
      className={className ? `satata-chart ${className}` : 'satata-chart'}
      style={{ height }}
      role="img"
      aria-label={ariaLabel}
      data-satata-rendering={rendering ? 'true' : 'false'}
    />
  );
}

/** True when the user asks for reduced motion: charts then draw without animation. */
function reducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}
