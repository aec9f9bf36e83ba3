import { choroplethOption, rampColors } from '@satata/charts';
import {
  buildRegionMapViewModel,
  type ClassMethod,
  formatNumber,
  formatPeriod,
  type Indicator,
  type IndicatorResult,
  type LocatedIssue,
  MAP_METHODS,
  mapCellNotes,
  mapCellText,
  mapLegend,
  mapPeriodShown,
  mapRegionList,
  methodLabel,
  rejectedRowsFor,
} from '@satata/core';
import {
  type CSSProperties,
  type KeyboardEvent,
  type ReactNode,
  useCallback,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
} from 'react';
import { EChart } from '../chart/EChart.tsx';
import { useSatata } from '../context.tsx';
import type { RegionFeatureCollection } from '../sources.ts';
import { ChartFrame } from './ChartFrame.tsx';
import { RejectedRowsNotice } from './RejectedRows.tsx';
import { EmptyState, IllustrativeBadge } from './states.tsx';

/**
 * The map's level toggle: `kecamatan` — the kecamatan of the city (drilling into one shows its kelurahan);
 * `kelurahan` — every kelurahan of the city at once.
 */
export type MapView = 'kecamatan' | 'kelurahan';

/** The views of the level toggle, in order. */
export const MAP_VIEWS: readonly MapView[] = ['kecamatan', 'kelurahan'];

/** Props of {@link RegionMapView}. */
export interface RegionMapViewProps {
  readonly indicator: Indicator;
  /** Engine results of the indicator at kecamatan and kelurahan level (year rows are drawn). */
  readonly results: readonly IndicatorResult[];
  /**
   * The data-quality issues of the map's input, placed at their rows (`locateIssues` of `@satata/core`): the map
   * says how many of its rows were rejected and why, and a cell whose own row was rejected says so.
   */
  readonly issues?: readonly LocatedIssue[];
  /** Boundaries with `kode`, `nama` and `induk` properties. */
  readonly kecamatan: RegionFeatureCollection;
  readonly kelurahan: RegionFeatureCollection;
  /** Name of the whole area (for "Kembali ke …"), default "Kota". */
  readonly areaName?: string;
  readonly defaultMethod?: ClassMethod;
  /** Manual thresholds: adds "manual" to the chooser. */
  readonly breaks?: readonly number[];
  /** Number of classes (default 5). */
  readonly k?: number;
  /**
   * The period shown (controlled, e.g. `'2024'`): when set, the slider and play report changes through
   * {@link RegionMapViewProps.onPeriodeChange} and show what this says. A period without data on the map shows the
   * latest period with data before it (`mapPeriodShown` of `@satata/core`). Unset: the map opens on the latest
   * period with data (the view model's `periodeAwal`) and keeps its own state.
   */
  readonly periode?: string | null;
  /** Called with the period the user moves to (slider, play); with or without a controlled `periode`. */
  readonly onPeriodeChange?: (periode: string) => void;
  /** The view the map opens on (default `kecamatan`, or the kelurahan of a kecamatan chosen by linked selection). */
  readonly defaultView?: MapView;
  /** Milliseconds per year while playing (default 1200). */
  readonly playInterval?: number;
  readonly height?: number;
  readonly save?: (blob: Blob, filename: string) => void;
}

/** The legend swatch colour of a class (drawn by the stylesheet, before the class's text). */
const swatch = (color: string | undefined): CSSProperties => ({ '--satata-swatch': color }) as CSSProperties;

/** True when keyboard focus is inside `el`. */
const hasFocus = (el: HTMLElement | null): boolean => el?.contains(document.activeElement) ?? false;

/** Props of {@link ChoiceGroup}. */
interface ChoiceGroupProps<T extends string> {
  /** The radios' `name` (unique in the page). */
  readonly name: string;
  /** The group's accessible name; written before the choices when `shown`. */
  readonly label: string;
  readonly shown?: boolean;
  readonly choices: readonly T[];
  readonly text: (choice: T) => string;
  readonly value: T;
  readonly onChange: (choice: T) => void;
  /** The data attribute that carries each radio's choice (for tests and host pages). */
  readonly data: `data-${string}`;
}

/**
 * Native radio buttons in a `role=radiogroup`: Tab to the group, arrow keys to choose. The map uses radios, not a
 * `<select>`, for its level and its method: every choice is in view, and in Chromium a select's option insertion
 * starts an autofill pass over the page's form controls (about 1 ms here) before the next frame.
 */
function ChoiceGroup<T extends string>(p: ChoiceGroupProps<T>): ReactNode {
  const labelId = `${p.name}-label`;
  return (
    <div
      className="satata-map__views"
      role="radiogroup"
      {...(p.shown ? { 'aria-labelledby': labelId } : { 'aria-label': p.label })}
    >
      {p.shown ? <span id={labelId}>{p.label}</span> : null}
      {p.choices.map((c) => (
        <label key={c}>
          <input
            type="radio"
            name={p.name}
            value={c}
            checked={c === p.value}
            {...{ [p.data]: c }}
            onChange={() => p.onChange(c)}
          />
          {p.text(c)}
        </label>
      ))}
    </div>
  );
}

/** What the map draws: the kecamatan, the kelurahan of one kecamatan, or every kelurahan of the city. */
type Scope = { readonly level: 'kecamatan' } | { readonly level: 'kelurahan'; readonly induk: string | null };

const isKecamatan = (fc: RegionFeatureCollection, kode: string | null): kode is string =>
  kode !== null && fc.features.some((f) => f.properties.kode === kode);

/**
 * The region map of any indicator: a choropleth of kecamatan, drilling down to the kelurahan of one kecamatan by
 * click, by the region buttons under the map (a disclosure button opens their list — built only then, up to 177
 * buttons — and Enter/Space on a region drills) and back up by the back button or Escape; a level toggle (native
 * radio buttons: Tab to the group, arrow keys to choose) between the kecamatan and every kelurahan of the city; the
 * classification method chosen the same way; a legend stating the method with the count in each class, "Tidak ada
 * data" and suppressed cells; the same classes in every year (computed over all years shown); a keyboard time slider
 * with play/pause, opening on the latest period with data (or the controlled `periode`); a detail line with the
 * value, numerator, denominator, coverage, rejected rows and the small-area flag for the region in focus; and the
 * rejected input rows behind the map with their reasons. Choosing a kecamatan sets the provider's linked selection;
 * a kecamatan already selected opens its kelurahan from the first render. What is drawn, which periods, how a cell
 * and the legend read are the rules of `@satata/core` (`buildRegionMapViewModel`, `mapPeriodShown`,
 * `mapCellText`, `mapLegend`); this component keeps the user's choices and renders them.
 */
export function RegionMapView(props: RegionMapViewProps): ReactNode {
  const { locale, messages: m, texts, tokens, tooltipMode, selectedRegion, selectRegion } = useSatata();
  const t = m.mapLevels;
  // The first render already draws the level the linked selection asks for (no kecamatan map drawn first).
  const [scope, setScope] = useState<Scope>(() =>
    isKecamatan(props.kecamatan, selectedRegion)
      ? { level: 'kelurahan', induk: selectedRegion }
      : props.defaultView === 'kelurahan'
        ? { level: 'kelurahan', induk: null }
        : { level: 'kecamatan' },
  );
  const [method, setMethod] = useState<ClassMethod>(props.defaultMethod ?? 'quantile');
  const [ownPeriode, setOwnPeriode] = useState<string | null>(null);
  const [playing, setPlaying] = useState(false);
  const [focus, setFocus] = useState<string | null>(null);
  // The region buttons are built only while their list is open (up to 177 of them; the map needs none).
  const [listOpen, setListOpen] = useState(false);
  const listRef = useRef<HTMLUListElement>(null);
  const backRef = useRef<HTMLButtonElement>(null);
  const toggleRef = useRef<HTMLButtonElement>(null);
  // Where keyboard focus goes when the level changes under it: the region buttons of the old level (and the back
  // button) are gone, so a drill-down from the list focuses the first button of the new list, and going back from
  // the list or the back button focuses the kecamatan left (or, with the list closed, the list's toggle).
  const refocus = useRef<string | null>(null);
  const ids = { method: useId(), slider: useId(), detail: useId(), view: useId(), list: useId() };
  const areaName = props.areaName ?? m.area;
  const parent = scope.level === 'kelurahan' ? scope.induk : null;
  const view: MapView = scope.level === 'kelurahan' && scope.induk === null ? 'kelurahan' : 'kecamatan';

  // A kecamatan chosen elsewhere (linked selection) opens its kelurahan here too; clearing it closes them.
  useEffect(() => {
    if (isKecamatan(props.kecamatan, selectedRegion)) {
      setScope((s) =>
        s.level === 'kelurahan' && s.induk === selectedRegion
          ? s
          : { level: 'kelurahan', induk: selectedRegion },
      );
    } else if (selectedRegion === null) {
      setScope((s) => (s.level === 'kelurahan' && s.induk !== null ? { level: 'kecamatan' } : s));
    }
  }, [selectedRegion, props.kecamatan]);

  const level = scope.level;
  // One geometry object per kecamatan (for as long as the boundaries are the same), so the chart registers each once.
  const byInduk = useMemo(() => {
    const out = new Map<string, RegionFeatureCollection>();
    for (const f of props.kelurahan.features) {
      const induk = String(f.properties.induk);
      const fc = out.get(induk) ?? { type: 'FeatureCollection' as const, features: [] };
      (fc.features as RegionFeatureCollection['features'][number][]).push(f);
      out.set(induk, fc);
    }
    return out;
  }, [props.kelurahan]);
  const geo = useMemo<RegionFeatureCollection>(() => {
    if (scope.level === 'kecamatan') return props.kecamatan;
    if (scope.induk === null) return props.kelurahan;
    return byInduk.get(scope.induk) ?? { type: 'FeatureCollection', features: [] };
  }, [scope, props.kecamatan, props.kelurahan, byInduk]);
  const regionList = useMemo(() => {
    const kecamatanNames = Object.fromEntries(
      props.kecamatan.features.map((f) => [f.properties.kode, f.properties.nama]),
    );
    return mapRegionList(
      geo.features.map((f) => ({
        kode: f.properties.kode,
        nama: f.properties.nama,
        induk: f.properties.induk == null ? null : String(f.properties.induk),
      })),
      kecamatanNames,
    );
  }, [geo, props.kecamatan]);
  const vm = useMemo(
    () =>
      buildRegionMapViewModel(props.indicator, props.results, {
        level,
        regions: regionList,
        method,
        k: props.k,
        breaks: props.breaks,
        issues: props.issues,
      }),
    [props.results, props.indicator, props.k, props.breaks, props.issues, level, regionList, method],
  );

  const periods = vm?.periods ?? [];
  const controlled = props.periode !== undefined;
  const periode = mapPeriodShown(periods, controlled ? props.periode : ownPeriode, vm?.periodeAwal);
  const index = periode === undefined ? 0 : periods.indexOf(periode);
  const { onPeriodeChange } = props;
  const choosePeriode = useCallback(
    (p: string) => {
      if (!controlled) setOwnPeriode(p);
      onPeriodeChange?.(p);
    },
    [controlled, onPeriodeChange],
  );

  // Play: one step per interval from the period shown, stopping on the last.
  useEffect(() => {
    if (!playing) return;
    const timer = setTimeout(() => {
      if (index >= periods.length - 1) setPlaying(false);
      else choosePeriode(periods[index + 1]!);
    }, props.playInterval ?? 1200);
    return () => clearTimeout(timer);
  }, [playing, index, periods, choosePeriode, props.playInterval]);

  const mapName =
    scope.level === 'kecamatan'
      ? 'satata-kecamatan'
      : scope.induk === null
        ? 'satata-kelurahan'
        : `satata-kelurahan-${scope.induk}`;
  const colors = useMemo(
    () => rampColors(tokens.mapClasses, Math.max(vm?.classification.classes.length ?? 1, 1)),
    [tokens, vm],
  );
  const option = useMemo(
    () =>
      vm && periode
        ? choroplethOption(vm, geo, {
            mapName,
            periode,
            locale,
            tooltipMode,
            // No title or subtitle inside the picture (the frame has the title, the legend the method): the map
            // takes the full height.
            title: false,
            subtitle: false,
            textColor: tokens.fg,
            classColors: colors,
            noDataColor: tokens.noData,
            suppressedColor: tokens.suppressed,
            borderColor: tokens.border,
            // The accessible HTML legend below replaces ECharts' own: colours go on the regions, no visualMap.
            legend: false,
          })
        : null,
    [vm, periode, mapName, locale, tooltipMode, tokens, colors, geo],
  );
  const maps = useMemo(() => ({ [mapName]: geo }), [mapName, geo]);

  const drill = useCallback(
    (kode: string) => {
      if (level === 'kelurahan') {
        setFocus(kode);
        return;
      }
      if (hasFocus(listRef.current)) refocus.current = '';
      setScope({ level: 'kelurahan', induk: kode });
      setFocus(null);
      selectRegion(kode);
    },
    [level, selectRegion],
  );
  const back = () => {
    if (parent && (hasFocus(listRef.current) || hasFocus(backRef.current))) refocus.current = parent;
    setScope({ level: 'kecamatan' });
    setFocus(null);
    selectRegion(null);
  };
  const chooseView = (v: MapView) => {
    if (v === view) return;
    setFocus(null);
    if (v === 'kecamatan') {
      if (parent) back();
      else setScope({ level: 'kecamatan' });
      return;
    }
    setScope({ level: 'kelurahan', induk: null });
    // The kecamatan chosen before is no longer on the map: release the linked selection.
    if (parent) selectRegion(null);
  };

  // After every render: a pending refocus (set just before the level changed) is carried out once.
  useEffect(() => {
    const target = refocus.current;
    if (target === null) return;
    refocus.current = null;
    const list = listRef.current;
    const button = target
      ? list?.querySelector<HTMLButtonElement>(`[data-satata-region="${CSS.escape(target)}"]`)
      : list?.querySelector<HTMLButtonElement>('button');
    (button ?? toggleRef.current)?.focus();
  });

  const onEvents = useMemo(
    () => ({
      click: (p: unknown) => {
        const kode = String((p as { name?: unknown }).name ?? '');
        if (kode) drill(kode);
      },
      mouseover: (p: unknown) => setFocus(String((p as { name?: unknown }).name ?? '') || null),
    }),
    [drill],
  );
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape' && parent) {
      e.preventDefault();
      back();
    }
  };

  const parentName = parent
    ? props.kecamatan.features.find((f) => f.properties.kode === parent)?.properties.nama
    : null;
  const scopeName = parentName ?? (view === 'kelurahan' ? t.allKelurahan : null);
  const title = `${props.indicator.nama[locale] ?? props.indicator.nama.id}${scopeName ? ` — ${scopeName}` : ''}`;
  if (!vm || !periode || !option) {
    // Nothing to draw: when input rows were rejected, that is why — the map says so and lists them.
    const rejected = rejectedRowsFor(
      props.issues ?? [],
      props.indicator.kode,
      regionList.map((r) => r.kode),
    );
    return (
      <section className="satata-widget" aria-label={title} data-satata-widget="map">
        <h3 className="satata-title">{title}</h3>
        <EmptyState />
        <RejectedRowsNotice rows={rejected} />
      </section>
    );
  }
  const cells = vm.cells[periode]!;
  const focusCell = focus ? cells[focus] : undefined;
  const focusName = focus ? regionList.find((r) => r.kode === focus)?.nama : undefined;

  return (
    <ChartFrame
      // Escape anywhere inside the widget goes back up a level.
      rootProps={{
        onKeyDown,
        'data-satata-widget': 'map',
        'data-satata-level': level,
        'data-satata-view': view,
      }}
      title={title}
      summary={vm.ringkasan[periode]![locale]}
      table={() => vm.table}
      save={props.save}
      badges={vm && props.indicator.ilustratif ? <IllustrativeBadge /> : null}
      notice={<RejectedRowsNotice rows={vm.ditolak} />}
    >
      <div className="satata-map__bar">
        <ChoiceGroup
          name={ids.view}
          label={t.group}
          choices={MAP_VIEWS}
          text={(v) => t[v]}
          value={view}
          onChange={chooseView}
          data="data-satata-view"
        />
        {parent ? (
          <button type="button" ref={backRef} className="satata-map__back" onClick={back}>
            {m.backTo(areaName)}
          </button>
        ) : null}
        <ChoiceGroup
          name={ids.method}
          label={m.method}
          shown
          choices={[...MAP_METHODS, ...(props.breaks ? (['manual'] as const) : [])]}
          text={(me) => methodLabel(me, locale)}
          value={method}
          onChange={setMethod}
          data="data-satata-method"
        />
      </div>
      <EChart
        option={option}
        maps={maps}
        onEvents={onEvents}
        height={props.height ?? 420}
        ariaLabel={vm.ringkasan[periode]![locale]}
      />
      <div className="satata-map__slider">
        <button
          type="button"
          className="satata-map__play"
          onClick={() => {
            // Play from the start when the last period is shown.
            if (!playing && index >= periods.length - 1) choosePeriode(periods[0]!);
            setPlaying((p) => !p);
          }}
          aria-pressed={playing}
          disabled={periods.length < 2}
        >
          {playing ? m.pause : m.play}
        </button>
        <label htmlFor={ids.slider}>{m.period}</label>
        <input
          id={ids.slider}
          type="range"
          min={0}
          max={Math.max(periods.length - 1, 0)}
          step={1}
          value={index}
          aria-valuetext={formatPeriod(periode, { locale })}
          onChange={(e) => {
            setPlaying(false);
            const p = periods[Number(e.target.value)];
            if (p !== undefined) choosePeriode(p);
          }}
        />
        <output htmlFor={ids.slider} aria-live="polite">
          {formatPeriod(periode, { locale })}
        </output>
      </div>
      <p className="satata-muted satata-map__note">
        {`${m.legend} — ${m.method}: `}
        <strong>{vm.classification.methodLabel[locale]}</strong>
      </p>
      <ul className="satata-map__legend" aria-label={m.legend}>
        {mapLegend(vm, periode, locale).map((item) => (
          <li
            key={item.key}
            data-satata-class={item.key}
            style={
              item.key === 'suppressed'
                ? undefined
                : swatch(item.kelas === null ? tokens.noData : colors[item.kelas])
            }
          >
            {`${item.label} (${formatNumber(item.count, { locale })})`}
          </li>
        ))}
      </ul>
      <p id={ids.detail} className="satata-map__detail" aria-live="polite" data-satata-detail="">
        {focus ? (
          <>
            <strong>{focusName ?? focus}</strong> · {formatPeriod(periode, { locale })}:{' '}
            {mapCellText(focusCell, vm, locale)}
            {focusCell && focusCell.numerator !== null
              ? ` · ${m.numerator} ${formatNumber(focusCell.numerator, { locale })}`
              : ''}
            {focusCell && focusCell.denominator !== null
              ? ` · ${m.denominator} ${formatNumber(focusCell.denominator, { locale })}`
              : ''}
            {mapCellNotes(focusCell, locale).map((note) =>
              note === texts.map.smallDenominator ? ` · ⚠ ${note}` : ` · ${note}`,
            )}
          </>
        ) : null}
      </p>
      <button
        type="button"
        ref={toggleRef}
        className="satata-map__list-toggle"
        aria-expanded={listOpen}
        aria-controls={ids.list}
        onClick={() => setListOpen((o) => !o)}
      >
        {listOpen ? m.hideRegions : m.showRegions(regionList.length)}
      </button>
      {/* Built only while open; laid out and painted only near the viewport (content-visibility: auto in the
            stylesheet), the buttons staying in the accessibility tree and focusable. The reserved height until then
            estimates their rows. */}
      {listOpen ? (
        <ul
          ref={listRef}
          id={ids.list}
          className="satata-map__regions"
          aria-label={m.region}
          style={{ containIntrinsicSize: `auto ${Math.ceil(regionList.length / 8) * 32}px` }}
        >
          {regionList.map((r) => {
            const text = mapCellText(cells[r.kode], vm, locale);
            return (
              <li key={r.kode}>
                <button
                  type="button"
                  data-satata-region={r.kode}
                  aria-describedby={focus === r.kode ? ids.detail : undefined}
                  aria-label={
                    level === 'kelurahan' ? `${r.nama}: ${text}` : `${m.drillInto(r.nama)} (${text})`
                  }
                  onFocus={(e) => {
                    if (keyboardFocus(e.currentTarget)) setFocus(r.kode);
                  }}
                  onClick={() => drill(r.kode)}
                >
                  {r.nama}
                </button>
              </li>
            );
          })}
        </ul>
      ) : null}
    </ChartFrame>
  );
}

/**
 * Whether an element got focus from the keyboard (`:focus-visible`), not from a pointer. A region button shows its
 * detail line when tabbed to; on a click or a tap the detail comes with the click itself, because filling that line
 * on pointer-down moved the list under the pointer before pointer-up and the click never happened.
 */
function keyboardFocus(el: Element): boolean {
  try {
    return el.matches(':focus-visible');
  } catch {
    // A browser without :focus-visible: show the detail on every focus, as before.
    return true;
  }
}

/**
 * The region map's first name, from when it drew only poverty.
 * @deprecated It draws any indicator: use {@link RegionMapView}.
 */
export const PovertyMicroMapView = RegionMapView;
/**
 * Props of the region map under its first name.
 * @deprecated Use {@link RegionMapViewProps}.
 */
export type PovertyMicroMapViewProps = RegionMapViewProps;
