import { columnHeader, type DataTable, formatCell } from '@satata/core';
import type { ReactNode } from 'react';
import { useSatata } from '../context.tsx';

/** Props of {@link DataTableView}. */
export interface DataTableViewProps {
  readonly table: DataTable;
  /** Show the caption visibly (default true); otherwise it is kept for screen readers only. */
  readonly showCaption?: boolean;
}

/**
 * A data table (the view-model `DataTable` of `@satata/core`) as an HTML table: a caption, column headers with
 * their units, cells written by `formatCell` in the provider's locale (numbers right-aligned, a missing value
 * as "n/a (reason)", never 0). Every value is rendered as text.
 */
export function DataTableView({ table, showCaption = true }: DataTableViewProps): ReactNode {
  const { locale } = useSatata();
  return (
    // A scrollable region must be focusable so keyboard users can scroll it (WCAG 2.1.1).
    // biome-ignore lint/a11y/noNoninteractiveTabindex: the wrapper scrolls horizontally on narrow screens.
    <section className="satata-table-wrap" tabIndex={0} aria-label={table.caption[locale]}>
      <table className="satata-table">
        <caption className={showCaption ? undefined : 'satata-visually-hidden'}>
          {table.caption[locale]}
        </caption>
        <thead>
          <tr>
            {table.columns.map((c) => (
              <th key={c.key} scope="col">
                {columnHeader(c, locale)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity of their own; order is stable.
            <tr key={i}>
              {table.columns.map((c) => (
                <td
                  key={c.key}
                  className={c.kind === 'number' || c.kind === 'percent' ? 'satata-num' : undefined}
                >
                  {formatCell(row, c, locale)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
