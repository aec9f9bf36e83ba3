import type { RejectedRows } from '@satata/core';
import { type ReactNode, useId, useState } from 'react';
import { useSatata } from '../context.tsx';

/** Props of {@link RejectedRowsNotice}. */
export interface RejectedRowsNoticeProps {
  /** The rejected input rows behind the widget's numbers (a view model's `ditolak`); nothing is shown for null. */
  readonly rows: RejectedRows | null;
}

/**
 * Where a widget's numbers were affected by rejected input rows: "2 baris ditolak" on a disclosure button
 * (`aria-expanded`, Enter/Space) that opens the reasons — each row with its source, region, period, field, value and
 * what was expected, as text. The list is built only while open.
 */
export function RejectedRowsNotice({ rows }: RejectedRowsNoticeProps): ReactNode {
  const { locale, messages: m } = useSatata();
  const [open, setOpen] = useState(false);
  const id = useId();
  if (!rows) return null;
  const label = rows.teks[locale];
  return (
    <div className="satata-rejected" data-satata-rejected={rows.jumlah}>
      <button type="button" aria-expanded={open} aria-controls={id} onClick={() => setOpen((o) => !o)}>
        <span aria-hidden="true">⚠ </span>
        {open ? m.hideRejected(label) : m.showRejected(label)}
      </button>
      {open ? (
        <ul id={id} className="satata-rejected__list">
          {rows.baris.map((b) => (
            <li key={`${b.source}-${b.row ?? b.teks.id}`}>{b.teks[locale]}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
