import type { DataTable } from '@satata/core';
import { type ReactNode, useState } from 'react';
import type { EChartsInstance } from '../chart/echarts.ts';
import { useSatata } from '../context.tsx';
import { chartPng, chartSvg, csvBlob, downloadBlob, fileSlug } from '../export.ts';
import { errorDetail } from './states.tsx';

/** A data table, or a function that builds it when it is needed (shown or exported). */
export type TableSource = DataTable | (() => DataTable);

/** The table of a {@link TableSource} (calls the function). */
export function resolveTable(table: TableSource): DataTable {
  return typeof table === 'function' ? table() : table;
}

/** Props of {@link ExportButtons}. */
export interface ExportButtonsProps {
  /** Title the file names are made from. */
  readonly title: string;
  /** The data behind the widget: enables "Unduh CSV" (a function is called on the click). */
  readonly table?: TableSource;
  /** Returns the chart to export: enables "Unduh PNG" and "Unduh SVG". */
  readonly getChart?: () => EChartsInstance | null;
  /** Saves a file (default: a download link); replaceable for tests and embeds. */
  readonly save?: (blob: Blob, filename: string) => void;
}

/**
 * Export buttons: CSV (UTF-8 with BOM) of the data table, PNG and SVG of the chart. An export that fails says so
 * in the reader's language, its technical message behind "Rincian teknis".
 */
export function ExportButtons({
  title,
  table,
  getChart,
  save = downloadBlob,
}: ExportButtonsProps): ReactNode {
  const { messages: m, locale, tokens } = useSatata();
  const [error, setError] = useState<string | null>(null);
  const base = fileSlug(title);
  const withChart = (fn: (chart: EChartsInstance) => void | Promise<void>) => async () => {
    const chart = getChart?.();
    if (!chart) return;
    try {
      setError(null);
      await fn(chart);
    } catch (e) {
      setError(errorDetail(e));
    }
  };
  return (
    // biome-ignore lint/a11y/useSemanticElements: a group of buttons, not a form fieldset.
    <div className="satata-frame__tools" role="group" aria-label={`${m.exportLabel}: ${title}`}>
      {table ? (
        <button type="button" onClick={() => save(csvBlob(resolveTable(table), locale), `${base}.csv`)}>
          {m.exportCsv}
        </button>
      ) : null}
      {getChart ? (
        <>
          <button
            type="button"
            onClick={withChart(async (c) => save(await chartPng(c, tokens.bg), `${base}.png`))}
          >
            {m.exportPng}
          </button>
          <button
            type="button"
            onClick={withChart((c) =>
              save(new Blob([chartSvg(c)], { type: 'image/svg+xml;charset=utf-8' }), `${base}.svg`),
            )}
          >
            {m.exportSvg}
          </button>
        </>
      ) : null}
      {error ? (
        <div role="alert" className="satata-state__export-error">
          <span>{m.exportFailed}</span>
          <details className="satata-state__details">
            <summary>{m.errorDetails}</summary>
            <code>{error}</code>
          </details>
        </div>
      ) : null}
    </div>
  );
}
