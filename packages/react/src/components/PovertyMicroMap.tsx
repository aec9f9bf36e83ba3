import { type ChoroplethOptions, choroplethOption, type GeoJsonLike, rampColors } from '@satata/charts';
import {
  buildMapViewModel,
  type ClassMethod,
  formatNumber,
  formatPeriod,
  formatValue,
  type Indicator,
  type IndicatorResult,
  type MapCell,
  type MapViewModel,
  MISSING_TEXT,
  methodLabel,
  missingReasonLabel,
} from '@satata/core';
import { type KeyboardEvent, type ReactNode, useCallback, useEffect, useId, useMemo, useState } from 'react';
import { EChart } from '../chart/EChart.tsx';
import type { EChartsOption } from '../chart/echarts.ts';
import { useSatata } from '../context.tsx';
import type { RegionFeatureCollection } from '../sources.ts';
import { ChartFrame } from './ChartFrame.tsx';
import { EmptyState, IllustrativeBadge } from './states.tsx';

/** The classification methods offered by the chooser (manual breaks need thresholds from the caller). */
export const MAP_METHODS: readonly ClassMethod[] = ['quantile', 'equal-interval', 'natural-breaks'];

/** Props of {@link PovertyMicroMapView}. */
export interface PovertyMicroMapViewProps {
  readonly indicator: Indicator;
  /** Engine results of the indicator at kecamatan and kelurahan level (year rows are drawn). */
  readonly results: readonly IndicatorResult[];
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
  /** Milliseconds per year while playing (default 1200). */
  readonly playInterval?: number;
  readonly height?: number;
  readonly save?: (blob: Blob, filename: string) => void;
}

function cellText(
  cell: MapCell | undefined,
  vm: MapViewModel,
  locale: 'id' | 'en',
  m: ReturnType<typeof useSatata>['messages'],
): string {
  if (!cell) return `${MISSING_TEXT[locale]} (${m.noData})`;
  if (cell.ditekan) return m.suppressed;
  if (cell.nilai === null)
    return `${MISSING_TEXT[locale]} (${missingReasonLabel(cell.missing ?? 'no-data', locale)})`;
  return formatValue(cell.nilai, vm.satuan, { locale, decimals: vm.desimal });
}

/**
 * The poverty micro-map: a choropleth of kecamatan, drilling down to the kelurahan of one kecamatan by click, by
 * the region buttons under the map (Enter/Space) and back up by the back button or Escape. A chooser of the
 * classification method; a legend stating the method with the count in each class, "Tidak ada data" and
 * suppressed cells; the same classes in every year (computed over all years shown); a keyboard time slider with
 * play/pause; a detail line with rate, numerator, denominator and the small-area flag for the region in focus.
 * Choosing a kecamatan sets the provider's linked selection.
 */
export function PovertyMicroMapView(props: PovertyMicroMapViewProps): ReactNode {
  const { locale, messages: m, tokens, selectedRegion, selectRegion } = useSatata();
  const [parent, setParent] = useState<string | null>(null);
  const [method, setMethod] = useState<ClassMethod>(props.defaultMethod ?? 'quantile');
  const [periodIndex, setPeriodIndex] = useState<number | null>(null);
  const [playing, setPlaying] = useState(false);
  const [focus, setFocus] = useState<string | null>(null);
  const ids = { method: useId(), slider: useId(), detail: useId() };
  const areaName = props.areaName ?? 'Kota';

  // A kecamatan chosen elsewhere (linked selection) opens its kelurahan here too.
  useEffect(() => {
    if (selectedRegion && props.kecamatan.features.some((f) => f.properties.kode === selectedRegion)) {
      setParent(selectedRegion);
    } else if (selectedRegion === null) setParent(null);
  }, [selectedRegion, props.kecamatan]);

  const level = parent ? 'kelurahan' : 'kecamatan';
  const geo = useMemo<RegionFeatureCollection>(() => {
    if (!parent) return props.kecamatan;
    return {
      type: 'FeatureCollection',
      features: props.kelurahan.features.filter((f) => f.properties.induk === parent),
    };
  }, [parent, props.kecamatan, props.kelurahan]);
  const regionList = useMemo(
    () =>
      [...geo.features]
        .map((f) => ({ kode: f.properties.kode, nama: f.properties.nama }))
        .sort((a, b) => a.kode.localeCompare(b.kode)),
    [geo],
  );
  const vm = useMemo(() => {
    const codes = new Set(regionList.map((r) => r.kode));
    const rows = props.results.filter(
      (r) => r.level === level && r.periodKind === 'year' && codes.has(r.wilayah),
    );
    // Years the engine filled in without any observation (later RPJMD years) are not drawn as empty maps.
    const periods = [
      ...new Set(rows.filter((r) => r.realisasi !== null || r.flags.ditekan).map((r) => r.periode)),
    ];
    if (periods.length === 0) return null;
    return buildMapViewModel(props.indicator, rows, {
      method,
      k: props.k,
      breaks: props.breaks,
      regions: regionList,
      periods,
    });
  }, [props.results, props.indicator, props.k, props.breaks, level, regionList, method]);

  const periods = vm?.periods ?? [];
  const index = Math.min(periodIndex ?? periods.length - 1, periods.length - 1);
  const periode = periods[index];

  useEffect(() => {
    if (!playing) return;
    const timer = setInterval(() => {
      setPeriodIndex((i) => {
        const cur = i ?? periods.length - 1;
        if (cur >= periods.length - 1) {
          setPlaying(false);
          return cur;
        }
        return cur + 1;
      });
    }, props.playInterval ?? 1200);
    return () => clearInterval(timer);
  }, [playing, periods.length, props.playInterval]);

  const mapName = parent ? `satata-kelurahan-${parent}` : 'satata-kecamatan';
  const colors = useMemo(
    () => rampColors(tokens.mapClasses, Math.max(vm?.classification.classes.length ?? 1, 1)),
    [tokens, vm],
  );
  const option = useMemo(() => {
    if (!vm || !periode) return null;
    const opts: ChoroplethOptions = {
      mapName,
      periode,
      locale,
      title: false,
      textColor: tokens.fg,
      classColors: colors,
      noDataColor: tokens.noData,
      suppressedColor: tokens.suppressed,
      borderColor: tokens.border,
    };
    const o = choroplethOption(vm, geo as unknown as GeoJsonLike, opts) as Record<string, unknown>;
    // The accessible HTML legend below replaces ECharts' own; the map takes the full width.
    const series = (o.series as Record<string, unknown>[]).map((s) => ({ ...s, left: 8, top: 8 }));
    return {
      ...o,
      title: { show: false },
      visualMap: { ...(o.visualMap as object), show: false },
      series,
    } as EChartsOption;
  }, [vm, periode, mapName, locale, tokens, colors, geo]);
  const maps = useMemo(() => ({ [mapName]: geo }), [mapName, geo]);

  const drill = useCallback(
    (kode: string) => {
      if (parent) {
        setFocus(kode);
        return;
      }
      setParent(kode);
      setFocus(null);
      selectRegion(kode);
    },
    [parent, selectRegion],
  );
  const back = () => {
    setParent(null);
    setFocus(null);
    selectRegion(null);
  };
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
  const title = `${props.indicator.nama[locale] ?? props.indicator.nama.id}${parentName ? ` — ${parentName}` : ''}`;
  if (!vm || !periode || !option) {
    return (
      <section className="satata-widget" aria-label={title}>
        <h3 className="satata-title">{title}</h3>
        <EmptyState />
      </section>
    );
  }
  const counts = vm.counts[periode]!;
  const cells = vm.cells[periode]!;
  const focusCell = focus ? cells[focus] : undefined;
  const focusName = focus ? regionList.find((r) => r.kode === focus)?.nama : undefined;

  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: Escape anywhere inside the widget goes back up a level.
    <div onKeyDown={onKeyDown} data-satata-widget="map" data-satata-level={level}>
      <ChartFrame
        title={title}
        summary={vm.ringkasan[periode]![locale]}
        table={vm.table}
        save={props.save}
        badges={vm && props.indicator.ilustratif ? <IllustrativeBadge /> : null}
      >
        <div className="satata-map__bar">
          {parent ? (
            <button type="button" onClick={back}>
              <span aria-hidden="true">← </span>
              {m.backTo(areaName)}
            </button>
          ) : null}
          <label htmlFor={ids.method}>
            {m.method}{' '}
            <select id={ids.method} value={method} onChange={(e) => setMethod(e.target.value as ClassMethod)}>
              {[...MAP_METHODS, ...(props.breaks ? (['manual'] as const) : [])].map((me) => (
                <option key={me} value={me}>
                  {methodLabel(me, locale)}
                </option>
              ))}
            </select>
          </label>
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
            onClick={() => setPlaying((p) => !p)}
            aria-pressed={playing}
            disabled={periods.length < 2}
          >
            <span aria-hidden="true">{playing ? '❚❚ ' : '▶ '}</span>
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
              setPeriodIndex(Number(e.target.value));
            }}
          />
          <output htmlFor={ids.slider} aria-live="polite">
            {formatPeriod(periode, { locale })}
          </output>
        </div>
        <p className="satata-muted" style={{ margin: '8px 0 0' }}>
          {m.legend} — {m.method}: <strong>{vm.classification.methodLabel[locale]}</strong>
        </p>
        <ul className="satata-map__legend" aria-label={m.legend}>
          {vm.classification.classes.map((c, i) => (
            <li key={c.index} data-satata-class={i}>
              <span className="satata-swatch" style={{ background: colors[i] }} aria-hidden="true" />
              {c.label[locale]} ({formatNumber(counts.classes[i] ?? 0, { locale })})
            </li>
          ))}
          <li data-satata-class="no-data">
            <span className="satata-swatch" style={{ background: tokens.noData }} aria-hidden="true" />
            {m.noData} ({formatNumber(counts.noData, { locale })})
          </li>
          {counts.ditekan > 0 ? (
            <li data-satata-class="suppressed">
              <span className="satata-swatch satata-swatch--suppressed" aria-hidden="true" />
              {m.suppressed} ({formatNumber(counts.ditekan, { locale })})
            </li>
          ) : null}
        </ul>
        <p
          id={ids.detail}
          aria-live="polite"
          style={{ margin: '8px 0 0', minHeight: '1.45em' }}
          data-satata-detail=""
        >
          {focus ? (
            <>
              <strong>{focusName ?? focus}</strong> · {formatPeriod(periode, { locale })}:{' '}
              {cellText(focusCell, vm, locale, m)}
              {focusCell && focusCell.numerator !== null
                ? ` · ${m.numerator} ${formatNumber(focusCell.numerator, { locale })}`
                : ''}
              {focusCell && focusCell.denominator !== null
                ? ` · ${m.denominator} ${formatNumber(focusCell.denominator, { locale })}`
                : ''}
              {focusCell?.kecil ? ` · ⚠ ${m.smallArea}` : ''}
            </>
          ) : null}
        </p>
        <ul className="satata-map__regions" aria-label={m.region}>
          {regionList.map((r) => {
            const text = cellText(cells[r.kode], vm, locale, m);
            return (
              <li key={r.kode}>
                <button
                  type="button"
                  data-satata-region={r.kode}
                  aria-describedby={focus === r.kode ? ids.detail : undefined}
                  aria-label={parent ? `${r.nama}: ${text}` : `${m.drillInto(r.nama)} (${text})`}
                  onFocus={() => setFocus(r.kode)}
                  onClick={() => drill(r.kode)}
                >
                  {r.nama}
                </button>
              </li>
            );
          })}
        </ul>
      </ChartFrame>
    </div>
  );
}
