import {
  buildDistributionViewModel,
  buildQualityReportViewModel,
  buildScorecardViewModel,
  buildTrendViewModel,
  type DashboardTexts,
  formatNumber,
  formatPeriod,
  groupByIndicator,
  localized,
  type Region,
  textsFor,
} from '@satata/core';
import {
  IndicatorCardView,
  InfoIcon,
  QualityReportView,
  SatataProvider,
  type SatataSources,
  ScorecardView,
  useSatata,
  WidgetErrorBoundary,
  WidgetSkeleton,
} from '@satata/react';
import { ATTRIBUTIONS } from '@satata/semarang';
import { lazy, type ReactNode, Suspense, startTransition, useEffect, useId, useMemo, useState } from 'react';
import { cardsAsOf, type DashboardData, type ShownCard } from './data.ts';
import {
  attention,
  completeYear,
  headlineIndicators,
  lastQuarterWithData,
  type ViewPeriod,
  viewPeriodKey,
  yearChoices,
} from './model.ts';
import type { QueryBounds, Triwulan } from './url-state.ts';
import { useUrlState } from './use-url-state.ts';

const charts = () => import('./charts.tsx');
const Sparkline = lazy(() => charts().then((m) => ({ default: m.Sparkline })));
const DistributionChart = lazy(() => charts().then((m) => ({ default: m.DistributionChart })));
const TrendCharts = lazy(() => charts().then((m) => ({ default: m.TrendCharts })));

/** The id of the data-quality report's section, which the notice at the top links to. */
const QUALITY_ANCHOR = 'kualitas-data';

/** Props of {@link Dashboard}. */
export interface DashboardProps {
  readonly data: DashboardData;
  /** Data sources of the provider's hooks (observations, boundaries, map aggregates). */
  readonly sources?: SatataSources;
  /** The region pack's regions (names, levels, parents). */
  readonly regions?: readonly Region[];
  /** "Today" for the staleness of cards (the real clock when omitted). */
  readonly asOf?: string | Date;
  /** The poverty micro-map section (composed in `PovertySection.tsx`), given the selected region. */
  readonly mapSection?: (props: MapSectionProps) => ReactNode;
}

/** What the map section receives from the dashboard. */
export interface MapSectionProps {
  readonly data: DashboardData;
  readonly period: ViewPeriod;
  readonly texts: DashboardTexts;
}

/**
 * The mayor's view: headline IKU cards, the category distribution, the IKU that need attention, the poverty
 * micro-map with drill-down, trends and the scorecard by OPD; year, triwulan, language and the region chosen on
 * the map are kept in the URL. Composed only from `@satata/react` components over engine results.
 */
export function Dashboard({ data, sources, regions, asOf, mapSection }: DashboardProps): ReactNode {
  const { catalog, results } = data;
  const choices = useMemo(() => yearChoices(catalog, results), [catalog, results]);
  const bounds = useMemo(
    () => ({
      tahunMin: catalog.rpjmd.mulai,
      tahunMax: catalog.rpjmd.akhir,
      regions: new Set(Object.keys(data.regionNames)),
    }),
    [catalog, data.regionNames],
  );
  const { state, problems, update } = useUrlState(bounds);
  const t = textsFor(state.bahasa).dashboard;
  const areaName = data.regionNames[catalog.wilayah] ?? catalog.wilayah;
  const title = t.title(areaName);
  const tahun = state.tahun ?? choices.latest;
  const period = useMemo<ViewPeriod>(() => ({ tahun, triwulan: state.triwulan }), [tahun, state.triwulan]);
  const today = useMemo(() => asOf ?? new Date(), [asOf]);

  useEffect(() => {
    document.documentElement.lang = state.bahasa;
    document.title = `${title} · ${formatPeriod(viewPeriodKey(period), { locale: state.bahasa })}`;
  });

  return (
    <SatataProvider
      catalog={catalog}
      sources={sources}
      regions={regions}
      locale={state.bahasa}
      asOf={today}
      selectedRegion={state.wilayah}
      onSelectRegion={(kode) => update({ wilayah: kode })}
    >
      <a className="dash-skip" href="#isi">
        {t.skip}
      </a>
      <header className="dash-header">
        <div>
          <h1>{title}</h1>
          <p className="satata-muted">{t.subtitle(catalog.rpjmd.mulai, catalog.rpjmd.akhir)}</p>
        </div>
        <Filters
          texts={t}
          years={choices.years}
          period={period}
          lastQuarter={lastQuarterWithData(catalog, results, period.tahun)}
          onChange={(change) => update(change)}
          onToggleLanguage={() => update({ bahasa: t.languageToggleLang })}
        />
      </header>
      <aside className="dash-notice" aria-labelledby="dash-notice-title" data-dashboard-notice="ilustratif">
        <strong id="dash-notice-title">
          <InfoIcon /> {t.illustrativeTitle}
        </strong>
        <p>{t.illustrativeBody}</p>
        <p>
          <a href={`#${QUALITY_ANCHOR}`} data-dashboard-quality-link="true">
            {t.qualityLink(formatNumber(data.issues.length, { locale: state.bahasa }), data.issues.length)}
          </a>
        </p>
      </aside>
      {problems.length > 0 ? (
        <div className="dash-problems" role="status" data-dashboard-problems="true">
          <p>{t.urlProblems}</p>
          <ul>
            {problems.map((p) => (
              <li key={p.param}>
                {t.urlProblem(p.param, JSON.stringify(p.value), urlExpected(t, p.param, bounds))}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <main id="isi" tabIndex={-1}>
        <DashboardBody data={data} period={period} texts={t} asOf={today} mapSection={mapSection} />
      </main>
      <Footer texts={t} />
    </SatataProvider>
  );
}

/**
 * False on the first paint, true right after it: the chart-heavy sections (distribution, map, trends, scorecard)
 * render once the cards are on screen, so the numbers come first. Until then they show the library's skeleton.
 */
function useAfterFirstPaint(): boolean {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    const frame = requestAnimationFrame(() => {
      setTimeout(() => startTransition(() => setReady(true)), 0);
    });
    return () => cancelAnimationFrame(frame);
  }, []);
  return ready;
}

/** What a valid value of a URL parameter looks like, in the page's language. */
function urlExpected(t: DashboardTexts, param: string, bounds: QueryBounds): string {
  const e = t.urlExpected;
  if (param === 'tahun') return e.tahun(bounds.tahunMin, bounds.tahunMax);
  return param === 'triwulan' || param === 'bahasa' || param === 'wilayah' ? e[param] : param;
}

function Filters({
  texts: t,
  years,
  period,
  lastQuarter,
  onChange,
  onToggleLanguage,
}: {
  readonly texts: DashboardTexts;
  readonly years: readonly number[];
  readonly period: ViewPeriod;
  readonly lastQuarter: Triwulan | null;
  readonly onChange: (change: { tahun?: number; triwulan?: Triwulan | null }) => void;
  readonly onToggleLanguage: () => void;
}): ReactNode {
  const yearId = useId();
  const quarterId = useId();
  return (
    <fieldset className="dash-filters" data-dashboard-filters="true">
      <legend className="satata-visually-hidden">{t.filters}</legend>
      <label htmlFor={yearId}>
        {t.year}
        <select
          id={yearId}
          name="tahun"
          value={period.tahun}
          onChange={(e) => onChange({ tahun: Number(e.target.value) })}
        >
          {years.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
      </label>
      <label htmlFor={quarterId}>
        {t.quarter}
        <select
          id={quarterId}
          name="triwulan"
          value={period.triwulan ?? ''}
          onChange={(e) =>
            onChange({ triwulan: e.target.value === '' ? null : (Number(e.target.value) as Triwulan) })
          }
        >
          <option value="">{t.wholeYear}</option>
          {([1, 2, 3, 4] as const).map((q) => (
            <option key={q} value={q}>
              {t.quarterName(q)}
              {lastQuarter !== null && q > lastQuarter ? ' –' : ''}
            </option>
          ))}
        </select>
      </label>
      <button
        type="button"
        lang={t.languageToggleLang}
        data-dashboard-language="true"
        onClick={onToggleLanguage}
      >
        {t.languageToggle}
      </button>
    </fieldset>
  );
}

function Section({
  name,
  title,
  note,
  anchor,
  children,
}: {
  readonly name: string;
  readonly title: string;
  readonly note?: string;
  /** The section's id, for links to it. */
  readonly anchor?: string;
  readonly children?: ReactNode;
}): ReactNode {
  const id = useId();
  return (
    <section
      id={anchor}
      tabIndex={anchor ? -1 : undefined}
      className={`dash-section dash-section--${name}`}
      aria-labelledby={id}
      data-dashboard-section={name}
    >
      <h2 id={id}>{title}</h2>
      {note ? <p className="satata-muted dash-note">{note}</p> : null}
      <WidgetErrorBoundary onError={(e) => console.warn(`Bagian ${name} gagal:`, e)}>
        {children}
      </WidgetErrorBoundary>
    </section>
  );
}

function DashboardBody({
  data,
  period,
  texts: t,
  asOf,
  mapSection,
}: {
  readonly data: DashboardData;
  readonly period: ViewPeriod;
  readonly texts: DashboardTexts;
  readonly asOf: string | Date;
  readonly mapSection: DashboardProps['mapSection'];
}): ReactNode {
  const { locale } = useSatata();
  const { catalog } = data;
  const later = useAfterFirstPaint();
  const byIndicator = useMemo(() => groupByIndicator(data.results), [data.results]);
  const cards = useMemo(
    () => cardsAsOf(data, byIndicator, catalog.wilayah, period, asOf),
    [data, byIndicator, catalog.wilayah, period, asOf],
  );
  const headline = useMemo(() => {
    const codes = new Set(headlineIndicators(catalog, data.results));
    return cards.filter((c) => codes.has(c.model.indikator));
  }, [cards, catalog, data.results]);
  const shownResults = useMemo(() => cards.flatMap((c) => (c.result ? [c.result] : [])), [cards]);
  const distribution = useMemo(
    () => buildDistributionViewModel(shownResults, { catalog }),
    [shownResults, catalog],
  );
  const needs = useMemo(() => attention(cards.map((c) => c.model)), [cards]);
  // A yearly scorecard as of a triwulan shows the last complete year (as the yearly cards do).
  const scorecardTahun = Math.max(completeYear(period), catalog.rpjmd.mulai);
  const scorecard = useMemo(
    () =>
      later
        ? buildScorecardViewModel(catalog, data.results, {
            asOf,
            tahun: scorecardTahun,
            regionNames: data.regionNames,
            issues: data.issues,
          })
        : null,
    [later, catalog, data.results, data.regionNames, data.issues, asOf, scorecardTahun],
  );
  const quality = useMemo(() => buildQualityReportViewModel(data.issues), [data.issues]);
  const trends = useMemo(
    () =>
      (later ? headline.slice(0, 4) : []).flatMap((c) => {
        const ind = catalog.indikator.find((i) => i.kode === c.model.indikator);
        if (!ind) return [];
        const kota = (byIndicator.get(ind.kode) ?? []).filter((r) => r.wilayah === catalog.wilayah);
        return [
          buildTrendViewModel(ind, kota, {
            wilayah: [catalog.wilayah],
            regionNames: data.regionNames,
            rpjmd: catalog.rpjmd,
            catalog,
            issues: data.issues,
          }),
        ];
      }),
    [later, headline, catalog, byIndicator, data.regionNames, data.issues],
  );
  const periodLabel = formatPeriod(viewPeriodKey(period), { locale });

  return (
    <>
      <p className="dash-period" aria-live="polite" data-dashboard-period={viewPeriodKey(period)}>
        {t.periodShown(periodLabel)}
      </p>
      <Section name="headline" title={t.headline} note={t.headlineNote}>
        <div className="dash-grid dash-grid--cards">
          {headline.map((c) => (
            <IndicatorCardView
              key={c.model.indikator}
              model={c.model}
              sparkline={
                later ? (
                  <Suspense fallback={<div style={{ height: 48 }} />}>
                    <Sparkline model={c.model} />
                  </Suspense>
                ) : (
                  <div style={{ height: 48 }} />
                )
              }
            />
          ))}
        </div>
      </Section>
      <div className="dash-columns">
        <Section name="distribution" title={t.distribution}>
          {later ? (
            <DistributionChart model={distribution} title={`${t.distribution} · ${periodLabel}`} />
          ) : (
            <WidgetSkeleton lines={2} chartHeight={260} />
          )}
        </Section>
        <Section name="attention" title={t.attention} note={t.attentionNote}>
          <AttentionList
            title={t.attentionLowest}
            items={needs.lowest}
            none={t.attentionNone}
            name="terendah"
          />
          <AttentionList
            title={t.attentionWorsening}
            items={needs.worsening}
            none={t.attentionNone}
            name="memburuk"
          />
        </Section>
      </div>
      {mapSection ? (
        <Section name="map" title={t.povertyMap}>
          {later ? mapSection({ data, period, texts: t }) : <WidgetSkeleton lines={3} chartHeight={460} />}
        </Section>
      ) : null}
      <Section name="trends" title={t.trends}>
        {later ? <TrendCharts models={trends} /> : <WidgetSkeleton lines={3} chartHeight={260} />}
      </Section>
      <Section name="scorecard" title={t.scorecard}>
        {scorecard ? (
          <ScorecardView
            model={scorecard}
            defaultGroupBy="opd"
            defaultSort={{ key: 'capaian', dir: 'asc' }}
          />
        ) : (
          <WidgetSkeleton lines={6} />
        )}
      </Section>
      <Section name="quality" title={t.quality} note={t.qualityNote} anchor={QUALITY_ANCHOR}>
        <QualityReportView model={quality} />
      </Section>
    </>
  );
}

function AttentionList({
  title,
  items,
  none,
  name,
}: {
  readonly title: string;
  readonly items: readonly ShownCard['model'][];
  readonly none: string;
  readonly name: string;
}): ReactNode {
  return (
    <div className="dash-attention" data-dashboard-attention={name}>
      <h3>{title}</h3>
      {items.length === 0 ? <p className="satata-muted">{none}</p> : null}
      <div className="dash-grid dash-grid--compact">
        {items.map((m) => (
          <IndicatorCardView key={m.indikator} model={m} size="compact" headingLevel={4} />
        ))}
      </div>
    </div>
  );
}

function Footer({ texts: t }: { readonly texts: DashboardTexts }): ReactNode {
  const { locale } = useSatata();
  return (
    <footer className="dash-footer" data-dashboard-footer="true">
      <h2>{t.attribution}</h2>
      <ul>
        {ATTRIBUTIONS.map((a) => (
          <li key={`${a.credit}-${a.what.id}`}>
            {localized(a.what, locale)}: <a href={a.href}>{a.credit}</a> ({a.licence})
          </li>
        ))}
      </ul>
      <p className="satata-muted">Satata · MIT</p>
    </footer>
  );
}
