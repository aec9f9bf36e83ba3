import {
  CHANGE_LABELS,
  MISSING_TEXT,
  NO_CAPAIAN_KEY,
  SCORECARD_GROUPINGS,
  type ScorecardGrouping,
  type ScorecardRow,
  type ScorecardSortKey,
  type ScorecardViewModel,
  type SortDirection,
  scorecardGroups,
} from '@satata/core';
import { type ReactNode, useId, useMemo, useState } from 'react';
import { useSatata } from '../context.tsx';
import { CategoryBadge } from './category.tsx';
import { EmptyState, IllustrativeBadge, StaleBadge } from './states.tsx';

/** Props of {@link ScorecardView}. */
export interface ScorecardViewProps {
  /** The scorecard's view model (`buildScorecardViewModel` of `@satata/core`). */
  readonly model: ScorecardViewModel;
  readonly title?: string;
  readonly defaultGroupBy?: ScorecardGrouping;
  readonly defaultSort?: { readonly key: ScorecardSortKey; readonly dir: SortDirection };
}

const ARROW = { membaik: '▲', memburuk: '▼', tetap: '▬' } as const;

/**
 * The scorecard from its view model: every IKU grouped by OPD, urusan or sasaran with realisation, target, capaian,
 * category and trend (an IKU whose rows were rejected says how many: its card opens the reasons); sortable by name, capaian or category (header buttons, `aria-sort`), filterable by text and
 * category, with a summary of how many IKU fall in each category. Filtering, sorting and grouping are
 * `scorecardGroups` of `@satata/core`; this keeps the reader's choices.
 */
export function ScorecardView({
  model,
  title,
  defaultGroupBy = 'opd',
  defaultSort,
}: ScorecardViewProps): ReactNode {
  const { locale, messages: m, texts } = useSatata();
  const [groupBy, setGroupBy] = useState<ScorecardGrouping>(defaultGroupBy);
  const [sort, setSort] = useState<{ key: ScorecardSortKey; dir: SortDirection }>(
    defaultSort ?? { key: 'nama', dir: 'asc' },
  );
  const [query, setQuery] = useState('');
  const [category, setCategory] = useState('');
  const ids = { group: useId(), filter: useId(), category: useId(), heading: useId() };
  const groups = useMemo(
    () => scorecardGroups(model, { groupBy, sort, text: query, kategori: category, locale }),
    [model, groupBy, sort, query, category, locale],
  );

  const sortButton = (key: ScorecardSortKey, label: string) => {
    const active = sort.key === key;
    return (
      <th scope="col" aria-sort={active ? (sort.dir === 'asc' ? 'ascending' : 'descending') : 'none'}>
        <button
          type="button"
          onClick={() => setSort({ key, dir: active && sort.dir === 'asc' ? 'desc' : 'asc' })}
          aria-label={`${m.sortBy}: ${label}${active ? ` (${sort.dir === 'asc' ? m.ascending : m.descending})` : ''}`}
        >
          {label} <span aria-hidden="true">{active ? (sort.dir === 'asc' ? '↑' : '↓') : '↕'}</span>
        </button>
      </th>
    );
  };
  const groupLabels = texts.scorecard.groupings;

  return (
    <section
      className="satata-widget satata-scorecard"
      aria-labelledby={ids.heading}
      data-satata-widget="scorecard"
    >
      <h2 className="satata-title" id={ids.heading}>
        {title ?? texts.scorecard.title}
      </h2>
      <ul className="satata-scorecard__summary" aria-label={`${m.summary}: ${m.category}`}>
        {model.kategori.map((b) => (
          <li key={b.key}>
            <CategoryBadge kategori={b.key === NO_CAPAIAN_KEY ? null : b.key} label={b.label} tone={b.tone} />{' '}
            <span data-satata-count={b.key}>{m.count(b.count)}</span>
          </li>
        ))}
      </ul>
      <div className="satata-scorecard__toolbar">
        <label htmlFor={ids.group}>
          {m.groupBy}
          <select
            id={ids.group}
            value={groupBy}
            onChange={(e) => setGroupBy(e.target.value as ScorecardGrouping)}
          >
            {SCORECARD_GROUPINGS.map((g) => (
              <option key={g} value={g}>
                {groupLabels[g]}
              </option>
            ))}
          </select>
        </label>
        <label htmlFor={ids.filter}>
          {m.filter}
          <input
            id={ids.filter}
            type="search"
            value={query}
            placeholder={m.filterPlaceholder}
            onChange={(e) => setQuery(e.target.value)}
          />
        </label>
        <label htmlFor={ids.category}>
          {m.category}
          <select id={ids.category} value={category} onChange={(e) => setCategory(e.target.value)}>
            <option value="">{m.allCategories}</option>
            {model.kategori.map((b) => (
              <option key={b.key} value={b.key}>
                {b.label[locale]}
              </option>
            ))}
          </select>
        </label>
      </div>
      {groups.length === 0 ? <EmptyState /> : null}
      {groups.map((g) => (
        <div key={g.kode || '-'} data-satata-group={g.kode}>
          <h3>
            {g.nama} <span className="satata-muted">({m.count(g.rows.length)})</span>
          </h3>
          {/* biome-ignore lint/a11y/noNoninteractiveTabindex: the wrapper scrolls horizontally on narrow screens. */}
          <section className="satata-table-wrap" tabIndex={0} aria-label={g.nama}>
            <table className="satata-table">
              <caption className="satata-visually-hidden">{g.nama}</caption>
              <thead>
                <tr>
                  {sortButton('nama', m.indicator)}
                  <th scope="col">{m.realisation}</th>
                  <th scope="col">{m.target}</th>
                  {sortButton('capaian', m.capaian)}
                  {sortButton('kategori', m.category)}
                  <th scope="col">{m.trend}</th>
                </tr>
              </thead>
              <tbody>
                {g.rows.map((r) => (
                  <ScorecardRowView key={r.model.indikator} row={r} />
                ))}
              </tbody>
            </table>
          </section>
        </div>
      ))}
    </section>
  );
}

function ScorecardRowView({ row }: { readonly row: ScorecardRow }): ReactNode {
  const { locale } = useSatata();
  const md = row.model;
  const arah = md.perubahan?.arah ?? null;
  return (
    <tr data-satata-indicator={md.indikator}>
      <th scope="row" className="satata-scorecard__name">
        {md.nama[locale]} {md.ilustratif ? <IllustrativeBadge /> : null}{' '}
        {md.kesegaran.basi ? <StaleBadge /> : null}
        {md.ditolak ? (
          <span className="satata-badge satata-badge--rejected" data-satata-rejected={md.ditolak.jumlah}>
            <span aria-hidden="true">⚠ </span>
            {md.ditolak.teks[locale]}
          </span>
        ) : null}
      </th>
      <td className="satata-num">
        {md.nilai.teks[locale]}
        {md.periodeLabel ? <span className="satata-muted"> · {md.periodeLabel[locale]}</span> : null}
      </td>
      <td className="satata-num">{md.target.teks[locale]}</td>
      <td className="satata-num">{md.capaianTeks[locale]}</td>
      <td>
        <CategoryBadge kategori={md.kategori} label={md.kategoriLabel} tone={md.kategoriTone} />
      </td>
      <td className={arah ? `satata-change--${arah}` : 'satata-muted'}>
        {arah ? (
          <>
            <span aria-hidden="true">{ARROW[arah]} </span>
            {CHANGE_LABELS[arah][locale]}
          </>
        ) : (
          MISSING_TEXT[locale]
        )}
      </td>
    </tr>
  );
}
