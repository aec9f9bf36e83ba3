import {
  buildCardViewModel,
  buildDistributionViewModel,
  type CardViewModel,
  type Catalog,
  CHANGE_LABELS,
  formatPercent,
  groupByIndicator,
  INTL_LOCALE,
  type IndicatorResult,
  localized,
  MISSING_TEXT,
  missingReasonLabel,
  NO_CAPAIAN_KEY,
} from '@satata/core';
import { type ReactNode, useId, useMemo, useState } from 'react';
import { useSatata } from '../context.tsx';
import { CategoryBadge } from './category.tsx';
import { EmptyState, IllustrativeBadge, StaleBadge } from './states.tsx';

/** How the scorecard groups its IKU. */
export type ScorecardGrouping = 'opd' | 'urusan' | 'sasaran';
/** Columns the scorecard sorts by. */
export type ScorecardSortKey = 'nama' | 'capaian' | 'kategori';

/** One IKU of the scorecard: its card view model and the result it shows (null without data). */
export interface ScorecardRow {
  readonly model: CardViewModel;
  readonly result: IndicatorResult | null;
  readonly groups: Readonly<
    Record<ScorecardGrouping, { readonly kode: string; readonly nama: string } | null>
  >;
}

/** Options of {@link scorecardRows}. */
export interface ScorecardRowOptions {
  readonly asOf: string | Date;
  /** Region shown (default: the catalog's own, e.g. the kota). */
  readonly wilayah?: string;
  /** Year shown (default: each IKU's latest year with a realisation). */
  readonly tahun?: number;
  readonly locale?: 'id' | 'en';
}

/**
 * The rows of a scorecard: one per IKU of the catalog, each the card view model of its results for the region
 * (year rows up to `tahun`), with its OPD, urusan and sasaran for grouping. An IKU without results keeps its row,
 * showing "Belum ada data".
 */
export function scorecardRows(
  catalog: Catalog,
  results: readonly IndicatorResult[],
  options: ScorecardRowOptions,
): ScorecardRow[] {
  const wilayah = options.wilayah ?? catalog.wilayah;
  const locale = options.locale ?? 'id';
  const opdNames = Object.fromEntries(catalog.opd.map((o) => [o.kode, o.nama]));
  const urusan = new Map(catalog.urusan.map((u) => [u.kode, u.nama]));
  const sasaran = new Map(
    catalog.misi.flatMap((m) => m.tujuan.flatMap((t) => t.sasaran.map((s) => [s.kode, s.nama] as const))),
  );
  const byIndicator = groupByIndicator(
    results,
    (r) =>
      r.wilayah === wilayah &&
      r.periodKind === 'year' &&
      (options.tahun === undefined || r.tahun <= options.tahun),
  );
  return catalog.indikator.map((ind) => {
    const mine = byIndicator.get(ind.kode) ?? [];
    const model = buildCardViewModel(ind, mine, {
      asOf: options.asOf,
      wilayah,
      periodKind: 'year',
      opdNames,
      categoryScale: catalog.kategori,
    });
    const result = mine.find((r) => r.periode === model.periode) ?? null;
    const u = ind.urusan ? urusan.get(ind.urusan) : undefined;
    const s = ind.sasaran ? sasaran.get(ind.sasaran) : undefined;
    return {
      model,
      result,
      groups: {
        opd: { kode: ind.produsenData, nama: opdNames[ind.produsenData] ?? ind.produsenData },
        urusan: ind.urusan ? { kode: ind.urusan, nama: u ? localized(u, locale) : ind.urusan } : null,
        sasaran: ind.sasaran ? { kode: ind.sasaran, nama: s ? localized(s, locale) : ind.sasaran } : null,
      },
    };
  });
}

/** Props of {@link ScorecardView}. */
export interface ScorecardViewProps {
  readonly rows: readonly ScorecardRow[];
  readonly title?: string;
  readonly defaultGroupBy?: ScorecardGrouping;
  readonly defaultSort?: { readonly key: ScorecardSortKey; readonly dir: 'asc' | 'desc' };
}

const ARROW = { membaik: '▲', memburuk: '▼', tetap: '▬' } as const;

/**
 * The scorecard: every IKU grouped by OPD, urusan or sasaran with realisation, target, capaian, category and trend;
 * sortable by name, capaian or category (header buttons, `aria-sort`), filterable by text and category, with a
 * summary of how many IKU fall in each category.
 */
export function ScorecardView({
  rows,
  title,
  defaultGroupBy = 'opd',
  defaultSort,
}: ScorecardViewProps): ReactNode {
  const { locale, messages: m, texts, categoryScale } = useSatata();
  const [groupBy, setGroupBy] = useState<ScorecardGrouping>(defaultGroupBy);
  const [sort, setSort] = useState(defaultSort ?? { key: 'nama' as ScorecardSortKey, dir: 'asc' as const });
  const [query, setQuery] = useState('');
  const [category, setCategory] = useState('');
  const ids = { group: useId(), filter: useId(), category: useId(), heading: useId() };

  const distribution = useMemo(
    () =>
      buildDistributionViewModel(
        rows.flatMap((r) => (r.result ? [r.result] : [])),
        { categoryScale },
      ),
    [rows, categoryScale],
  );
  const withoutResult = rows.filter((r) => !r.result).length;

  const visible = useMemo(() => {
    const q = query.trim().toLocaleLowerCase(INTL_LOCALE[locale]);
    const bandIndex = (k: string | null) => {
      const i = k === null ? -1 : categoryScale.bands.findIndex((b) => b.key === k);
      return i < 0 ? Number.POSITIVE_INFINITY : i;
    };
    const filtered = rows.filter((r) => {
      if (category === NO_CAPAIAN_KEY ? r.model.kategori !== null : category && r.model.kategori !== category)
        return false;
      if (!q) return true;
      return `${r.model.indikator} ${r.model.nama[locale]}`.toLocaleLowerCase().includes(q);
    });
    const dir = sort.dir === 'asc' ? 1 : -1;
    return [...filtered].sort((a, b) => {
      if (sort.key === 'capaian') {
        // Missing capaian always last, whatever the direction.
        if (a.model.capaian === null || b.model.capaian === null)
          return (a.model.capaian === null ? 1 : 0) - (b.model.capaian === null ? 1 : 0);
        return dir * (a.model.capaian - b.model.capaian);
      }
      if (sort.key === 'kategori') {
        const ia = bandIndex(a.model.kategori);
        const ib = bandIndex(b.model.kategori);
        if (!Number.isFinite(ia) || !Number.isFinite(ib))
          return (Number.isFinite(ia) ? 0 : 1) - (Number.isFinite(ib) ? 0 : 1);
        return dir * (ia - ib);
      }
      return dir * a.model.nama[locale].localeCompare(b.model.nama[locale], INTL_LOCALE[locale]);
    });
  }, [rows, query, category, sort, locale, categoryScale]);

  const groups = useMemo(() => {
    const map = new Map<string, { nama: string; rows: ScorecardRow[] }>();
    for (const r of visible) {
      const g = r.groups[groupBy];
      const key = g?.kode ?? '';
      const entry = map.get(key) ?? { nama: g?.nama ?? m.ungrouped, rows: [] };
      entry.rows.push(r);
      map.set(key, entry);
    }
    return [...map.entries()].sort(([ka, a], [kb, b]) =>
      ka === '' ? 1 : kb === '' ? -1 : a.nama.localeCompare(b.nama, 'id-ID'),
    );
  }, [visible, groupBy, m.ungrouped]);

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
        {distribution.kategori.map((b) => (
          <li key={b.key}>
            <CategoryBadge kategori={b.key} label={b.label} />{' '}
            <span data-satata-count={b.key}>{m.count(b.count)}</span>
          </li>
        ))}
        <li>
          <CategoryBadge kategori={null} label={distribution.tanpaCapaian.label} />{' '}
          <span data-satata-count={NO_CAPAIAN_KEY}>
            {m.count(distribution.tanpaCapaian.count + withoutResult)}
          </span>
        </li>
      </ul>
      <div className="satata-scorecard__toolbar">
        <label htmlFor={ids.group}>
          {m.groupBy}
          <select
            id={ids.group}
            value={groupBy}
            onChange={(e) => setGroupBy(e.target.value as ScorecardGrouping)}
          >
            {(['opd', 'urusan', 'sasaran'] as const).map((g) => (
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
            {categoryScale.bands.map((b) => (
              <option key={b.key} value={b.key}>
                {localized(b.label, locale)}
              </option>
            ))}
            <option value={NO_CAPAIAN_KEY}>{distribution.tanpaCapaian.label[locale]}</option>
          </select>
        </label>
      </div>
      {groups.length === 0 ? <EmptyState /> : null}
      {groups.map(([key, g]) => (
        <div key={key || '-'} data-satata-group={key}>
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
      <th scope="row" style={{ fontWeight: 500 }}>
        {md.nama[locale]} {md.ilustratif ? <IllustrativeBadge /> : null}{' '}
        {md.kesegaran.basi ? <StaleBadge /> : null}
      </th>
      <td className="satata-num">
        {md.nilai.teks[locale]}
        {md.periodeLabel ? <span className="satata-muted"> · {md.periodeLabel[locale]}</span> : null}
      </td>
      <td className="satata-num">{md.target.teks[locale]}</td>
      <td className="satata-num">
        {md.capaian === null
          ? `${MISSING_TEXT[locale]}${md.missing.capaian ? ` (${missingReasonLabel(md.missing.capaian, locale)})` : ''}`
          : formatPercent(md.capaian, { locale, decimals: 2 })}
      </td>
      <td>
        <CategoryBadge kategori={md.kategori} label={md.kategoriLabel} />
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
