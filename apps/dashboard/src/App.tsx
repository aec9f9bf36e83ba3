import type { TooltipMode } from '@satata/charts';
import {
  type Catalog,
  type DashboardTexts,
  formatNumber,
  formatPeriod,
  localized,
  type QualityReportViewModel,
  type Region,
  type ScorecardViewModel,
  type TrendViewModel,
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
import {
  lazy,
  type ReactNode,
  Suspense,
  startTransition,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
} from 'react';
import { type ViewPeriod, viewPeriodKey } from './model.ts';
import type { DashboardSource } from './source.ts';
import type { QueryBounds, Triwulan } from './url-state.ts';
import { useUrlState } from './use-url-state.ts';
import type { DashboardView } from './view.ts';

const charts = () => import('./charts.tsx');
const Sparkline = lazy(() => charts().then((m) => ({ default: m.Sparkline })));
const DistributionChart = lazy(() => charts().then((m) => ({ default: m.DistributionChart })));
const TrendCharts = lazy(() => charts().then((m) => ({ default: m.TrendCharts })));

/** The id of the data-quality report's section, which the notice at the top links to. */
const QUALITY_ANCHOR = 'kualitas-data';

/** Props of {@link Dashboard}. */
export interface DashboardProps {
  /** Where the view models come from: computed in the page, or read from a published site's packs. */
  readonly source: DashboardSource;
  /** The catalog, for the provider's hooks (the map section); a published page needs none. */
  readonly catalog?: Catalog;
  /** Data sources of the provider's hooks (observations, boundaries, map aggregates), for the map section. */
  readonly sources?: SatataSources;
  /** The region pack's regions (names, levels, parents). */
  readonly regions?: readonly Region[];
  /** The poverty micro-map section (composed in `PovertySection.tsx`), given the period shown. */
  readonly mapSection?: (props: MapSectionProps) => ReactNode;
  /**
   * Whether the page is hydrating server-rendered HTML: the first render then uses the default filters (as the
   * server did) and reads the URL right after, so the markup matches.
   */
  readonly hydrating?: boolean;
  /** Insert the components' stylesheet as a `<style>` element (default true; a published page links a CSS file). */
  readonly injectStyles?: boolean;
  /** Chart tooltips: `richText` under a strict CSP (HTML tooltips carry `style=` attributes). */
  readonly tooltipMode?: TooltipMode;
  /** A link to the site's no-JavaScript snapshots, shown to readers without scripts. */
  readonly galleryHref?: string;
}

/** What the map section receives from the dashboard. */
export interface MapSectionProps {
  readonly period: ViewPeriod;
  readonly texts: DashboardTexts;
}

/**
 * The value of `load()` for `key`: at once when `peek` has it, else the last value loaded (for another key) until
 * this key's arrives. `key` null loads nothing. A failed load is kept as the error of that key.
 */
function useLoaded<T>(
  key: string | null,
  load: () => Promise<T>,
  peek?: () => T | undefined,
): { readonly value: T | undefined; readonly error: unknown } {
  const peeked = key === null ? undefined : peek?.();
  const [state, setState] = useState<{ key: string | null; value: T | undefined; error: unknown }>(() => ({
    key: peeked === undefined ? null : key,
    value: peeked,
    error: undefined,
  }));
  const loader = useRef(load);
  loader.current = load;
  useEffect(() => {
    if (key === null || peeked !== undefined || state.key === key) return;
    let live = true;
    loader.current().then(
      (value) => live && setState({ key, value, error: undefined }),
      (error: unknown) => live && setState((s) => ({ key, value: s.value, error })),
    );
    return () => {
      live = false;
    };
  }, [key, peeked, state.key]);
  if (peeked !== undefined) return { value: peeked, error: undefined };
  return { value: state.value, error: state.key === key ? state.error : undefined };
}

/**
 * The mayor's view: headline IKU cards, the category distribution, the IKU that need attention, the poverty
 * micro-map with drill-down, trends and the scorecard by OPD; year, triwulan, language and the region chosen on
 * the map are kept in the URL. Composed only from `@satata/react` components over view models from `source` —
 * the same page computed in the browser over the bundled sample and, published, hydrated over data packs.
 */
export function Dashboard({
  source,
  catalog,
  sources,
  regions,
  mapSection,
  hydrating = false,
  injectStyles,
  tooltipMode,
  galleryHref,
}: DashboardProps): ReactNode {
  const { shell } = source;
  const bounds = useMemo(
    () => ({
      tahunMin: shell.rpjmd.mulai,
      tahunMax: shell.rpjmd.akhir,
      regions: new Set(shell.regionCodes),
    }),
    [shell],
  );
  const { state, problems, update } = useUrlState(bounds, { hydrating });
  const t = textsFor(state.bahasa).dashboard;
  const title = t.title(shell.areaName);
  const tahun = state.tahun ?? shell.latestYear;
  const period = useMemo<ViewPeriod>(() => ({ tahun, triwulan: state.triwulan }), [tahun, state.triwulan]);
  const view = useLoaded(
    `${state.bahasa}|${viewPeriodKey(period)}`,
    () => source.view(period, state.bahasa),
    () => source.peekView(period, state.bahasa),
  );

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
      asOf={shell.asOf}
      selectedRegion={state.wilayah}
      onSelectRegion={(kode) => update({ wilayah: kode })}
      {...(injectStyles === undefined ? {} : { injectStyles })}
      {...(tooltipMode ? { tooltipMode } : {})}
    >
      <a className="dash-skip" href="#isi">
        {t.skip}
      </a>
      <header className="dash-header">
        <div>
          <h1>{title}</h1>
          <p className="satata-muted">{t.subtitle(shell.rpjmd.mulai, shell.rpjmd.akhir)}</p>
        </div>
        <Filters
          texts={t}
          years={shell.years}
          period={period}
          lastQuarter={view.value?.period.tahun === period.tahun ? view.value.lastQuarter : null}
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
            {t.qualityLink(formatNumber(shell.issueCount, { locale: state.bahasa }), shell.issueCount)}
          </a>
        </p>
        {galleryHref ? (
          <noscript>
            <p>
              <a href={galleryHref}>{t.galleryLink}</a>
            </p>
          </noscript>
        ) : null}
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
        {view.value ? (
          <DashboardBody
            source={source}
            view={view.value}
            period={period}
            texts={t}
            mapSection={mapSection}
          />
        ) : view.error ? (
          <WidgetErrorBoundary>
            <Thrown error={view.error} />
          </WidgetErrorBoundary>
        ) : (
          <WidgetSkeleton lines={6} />
        )}
      </main>
      <Footer texts={t} />
    </SatataProvider>
  );
}

/** Throws `error` while rendering, so the nearest error boundary shows it with a retry. */
function Thrown({ error }: { readonly error: unknown }): ReactNode {
  throw error;
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
  source,
  view,
  period,
  texts: t,
  mapSection,
}: {
  readonly source: DashboardSource;
  readonly view: DashboardView;
  readonly period: ViewPeriod;
  readonly texts: DashboardTexts;
  readonly mapSection: DashboardProps['mapSection'];
}): ReactNode {
  const { locale } = useSatata();
  const later = useAfterFirstPaint();
  const scorecardTahun = view.scorecardTahun;
  const scorecard = useLoaded<ScorecardViewModel>(later ? `${locale}|${scorecardTahun}` : null, () =>
    source.scorecard(scorecardTahun, locale),
  );
  const quality = useLoaded<QualityReportViewModel>(later ? locale : null, () => source.quality(locale));
  const trends = useLoaded<readonly TrendViewModel[]>(later ? locale : null, () => source.trends(locale));
  const periodLabel = formatPeriod(viewPeriodKey(period), { locale });

  return (
    <>
      <p className="dash-period" aria-live="polite" data-dashboard-period={viewPeriodKey(period)}>
        {t.periodShown(periodLabel)}
      </p>
      <Section name="headline" title={t.headline} note={t.headlineNote}>
        <div className="dash-grid dash-grid--cards">
          {view.headline.map((model) => (
            <IndicatorCardView
              key={model.indikator}
              model={model}
              sparkline={
                later ? (
                  <Suspense fallback={<div className="dash-sparkline-space" />}>
                    <Sparkline model={model} />
                  </Suspense>
                ) : (
                  <div className="dash-sparkline-space" />
                )
              }
            />
          ))}
        </div>
      </Section>
      <div className="dash-columns">
        <Section name="distribution" title={t.distribution}>
          {later ? (
            <DistributionChart model={view.distribution} title={`${t.distribution} · ${periodLabel}`} />
          ) : (
            <WidgetSkeleton lines={2} chartHeight={260} />
          )}
        </Section>
        <Section name="attention" title={t.attention} note={t.attentionNote}>
          <AttentionList
            title={t.attentionLowest}
            items={view.attention.lowest}
            none={t.attentionNone}
            name="terendah"
          />
          <AttentionList
            title={t.attentionWorsening}
            items={view.attention.worsening}
            none={t.attentionNone}
            name="memburuk"
          />
        </Section>
      </div>
      {mapSection ? (
        <Section name="map" title={t.povertyMap}>
          {later ? mapSection({ period, texts: t }) : <WidgetSkeleton lines={3} chartHeight={460} />}
        </Section>
      ) : null}
      <Section name="trends" title={t.trends}>
        {trends.error ? (
          <Thrown error={trends.error} />
        ) : trends.value ? (
          <TrendCharts models={trends.value} />
        ) : (
          <WidgetSkeleton lines={3} chartHeight={260} />
        )}
      </Section>
      <Section name="scorecard" title={t.scorecard}>
        {scorecard.error ? (
          <Thrown error={scorecard.error} />
        ) : scorecard.value ? (
          <ScorecardView
            model={scorecard.value}
            defaultGroupBy="opd"
            defaultSort={{ key: 'capaian', dir: 'asc' }}
          />
        ) : (
          <WidgetSkeleton lines={6} />
        )}
      </Section>
      <Section name="quality" title={t.quality} note={t.qualityNote} anchor={QUALITY_ANCHOR}>
        {quality.error ? (
          <Thrown error={quality.error} />
        ) : quality.value ? (
          <QualityReportView model={quality.value} />
        ) : (
          <WidgetSkeleton lines={4} />
        )}
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
  readonly items: DashboardView['headline'];
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
