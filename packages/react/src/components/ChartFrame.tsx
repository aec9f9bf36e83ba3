import { type HTMLAttributes, type ReactNode, useCallback, useId, useRef, useState } from 'react';
import { ChartRegistry } from '../chart/EChart.tsx';
import type { EChartsInstance } from '../chart/echarts.ts';
import { useSatata } from '../context.tsx';
import { DataTableView } from './DataTableView.tsx';
import { ExportButtons, resolveTable, type TableSource } from './ExportButtons.tsx';

/** Props of {@link ChartFrame}. */
export interface ChartFrameProps {
  readonly title: string;
  /** The generated text summary of the chart (always visible: it is the chart's headline in words). */
  readonly summary: string;
  /**
   * The data-table alternative, shown on request and exported as CSV; a function is called only then (a map's
   * table of every region × period is built when asked for, not with the picture).
   */
  readonly table: TableSource;
  /** Badges or controls beside the title. */
  readonly badges?: ReactNode;
  /** What the reader must know about the numbers, shown under the summary (e.g. the rejected input rows). */
  readonly notice?: ReactNode;
  /** Heading level of the title (default 3). */
  readonly headingLevel?: 2 | 3 | 4;
  readonly children?: ReactNode;
  /** Saves exported files (default: a download link). */
  readonly save?: (blob: Blob, filename: string) => void;
  /**
   * Further attributes of the frame's root `<section>` (data attributes, a key handler): a widget built on the
   * frame puts its own markers here instead of wrapping the frame in another element.
   */
  readonly rootProps?: HTMLAttributes<HTMLElement> & Readonly<Record<`data-${string}`, string | undefined>>;
}

/**
 * The frame every chart sits in: a title, the text summary, the chart, a button that shows its data table, and
 * export as CSV, PNG and SVG. The chart inside registers itself for export.
 */
export function ChartFrame({
  title,
  summary,
  table,
  badges,
  notice,
  headingLevel = 3,
  children,
  save,
  rootProps,
}: ChartFrameProps): ReactNode {
  const { messages: m } = useSatata();
  const chartRef = useRef<EChartsInstance | null>(null);
  const [showTable, setShowTable] = useState(false);
  const tableId = useId();
  const headingId = useId();
  const register = useCallback((chart: EChartsInstance | null) => {
    chartRef.current = chart;
  }, []);
  const Heading = `h${headingLevel}` as 'h3';
  return (
    <section {...rootProps} className="satata-widget satata-frame" aria-labelledby={headingId}>
      <div className="satata-card__head">
        <Heading className="satata-title" id={headingId}>
          {title}
        </Heading>
        {badges ? <div className="satata-card__row">{badges}</div> : null}
      </div>
      <p className="satata-frame__summary">
        <span className="satata-visually-hidden">{m.summary}: </span>
        {summary}
      </p>
      {notice}
      <ChartRegistry.Provider value={register}>{children}</ChartRegistry.Provider>
      <div className="satata-frame__tools">
        <button
          type="button"
          aria-expanded={showTable}
          aria-controls={tableId}
          onClick={() => setShowTable((v) => !v)}
        >
          {showTable ? m.hideTable : m.showTable}
        </button>
        <ExportButtons title={title} table={table} getChart={() => chartRef.current} save={save} />
      </div>
      {/* Built only while shown (a map's table has a row per region and period); until then the button's
          aria-controls names an element not yet in the document, as a collapsed disclosure may. */}
      {showTable ? (
        <div id={tableId}>
          <DataTableView table={resolveTable(table)} />
        </div>
      ) : null}
    </section>
  );
}
