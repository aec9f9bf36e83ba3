import {
  formatNumber,
  formatPeriod,
  type MapCell,
  type MapViewModel,
  mapCellNotes,
  mapCellText,
  mapLegend,
  textsFor,
} from '@satata/core';
import type { MapSeriesOption } from 'echarts/charts';
import {
  ariaOption,
  type BaseChartOptions,
  ChartInputError,
  type ChartOption,
  resolveBase,
  tooltipBase,
} from './common.ts';
import { renderTooltip, type TooltipRow } from './escape.ts';
import { BLUES, NO_DATA_COLOR, rampColors, SUPPRESSED_COLOR, YL_OR_RD } from './palette.ts';

/** The subset of GeoJSON the choropleth reads: features with properties. */
export interface GeoJsonLike {
  readonly type: 'FeatureCollection';
  readonly features: readonly {
    readonly type: 'Feature';
    readonly properties: Readonly<Record<string, unknown>> | null;
    readonly geometry: unknown;
  }[];
}

/** Class code of regions without data, in the series data and the visualMap pieces. */
export const NO_DATA_CLASS = -1;
/** Class code of suppressed regions. */
export const SUPPRESSED_CLASS = -2;

/** Options of {@link choroplethOption}. */
export interface ChoroplethOptions extends BaseChartOptions {
  /** Name the geometry is registered under with `echarts.registerMap` (and in `renderToSvg({ maps })`). */
  readonly mapName: string;
  /** Period to draw (default the last of the view model). */
  readonly periode?: string;
  /** Feature property holding the Kemendagri code (default `kode`). */
  readonly codeProperty?: string;
  /** Feature property holding the display name (default `nama`; the view model's name wins when it has one). */
  readonly nameProperty?: string;
  /** Class colours, lowest class first (default: YlOrRd when higher is worse, Blues otherwise). */
  readonly classColors?: readonly string[];
  readonly noDataColor?: string;
  readonly suppressedColor?: string;
  /** Width in pixels kept free for the legend on the left (default 200). */
  readonly legendWidth?: number;
  /** Region border colour (default #616161). */
  readonly borderColor?: string;
  /**
   * Regions of the view model without a feature in the geometry are an error (a {@link ChartInputError} listing
   * them) unless this is true; then they are named in the aria description instead.
   */
  readonly allowMissingGeometry?: boolean;
  /**
   * Draw the subtitle under the (optional) title: the period and the classification method (default true). With
   * `title: false` and `subtitle: false` the option has no title component and the map starts at the top.
   */
  readonly subtitle?: boolean;
  /**
   * Draw ECharts' own legend, a piecewise visualMap (default true). False: no visualMap at all — each region's
   * class colour is set on its item — for hosts that draw the legend themselves (the React micro-map's HTML
   * legend); the map then takes the full width unless `legendWidth` says otherwise.
   */
  readonly legend?: boolean;
}

interface Item {
  readonly name: string;
  readonly value: number;
  readonly itemStyle?: MapSeriesOption['itemStyle'];
}

/**
 * The ECharts option of a choropleth for one period of a map view model. Colours come from the view model's
 * classification (the same classes every period) through a piecewise visualMap: one piece per class with its label
 * and this period's count, a "Tidak ada data" piece and, when there are any, a "Ditekan" piece. The series value is
 * the class code (never the rate, so a suppressed or missing cell can never be drawn as 0); the tooltip shows the
 * rate, numerator, denominator and the small-area flag.
 */
export function choroplethOption(
  vm: MapViewModel,
  geoJson: GeoJsonLike,
  opts: ChoroplethOptions,
): ChartOption {
  const base = resolveBase(opts);
  const { locale } = base;
  const w = textsFor(locale).map;
  const c = textsFor(locale).charts;
  const periode = opts.periode ?? vm.periods[vm.periods.length - 1];
  if (periode === undefined || !vm.cells[periode]) {
    throw new ChartInputError(`Periode ${String(periode)} tidak ada di model peta`, periode ? [periode] : []);
  }
  const codeProp = opts.codeProperty ?? 'kode';
  const nameProp = opts.nameProperty ?? 'nama';
  const cells = vm.cells[periode]!;
  const features = new Map<string, string>();
  for (const f of geoJson.features) {
    const code = f.properties?.[codeProp];
    if (typeof code === 'string') features.set(code, String(f.properties?.[nameProp] ?? code));
  }
  const missingGeometry = vm.regions.filter((k) => !features.has(k));
  if (missingGeometry.length > 0 && !opts.allowMissingGeometry) {
    throw new ChartInputError(
      `Wilayah tanpa geometri di peta ${opts.mapName}: ${missingGeometry.join(', ')}`,
      missingGeometry,
    );
  }
  const k = vm.classification.classes.length;
  const colors =
    opts.classColors ?? rampColors(vm.polaritas === 'negatif' ? YL_OR_RD : BLUES, Math.max(k, 1)).slice(0, k);
  const noDataColor = opts.noDataColor ?? NO_DATA_COLOR;
  const suppressedColor = opts.suppressedColor ?? SUPPRESSED_COLOR;
  const borderColor = opts.borderColor ?? '#616161';
  const hatch = {
    symbol: 'rect',
    symbolSize: 1,
    dashArrayX: [1, 0],
    dashArrayY: [2, 3],
    rotation: Math.PI / 4,
    color: 'rgba(0,0,0,0.35)',
  };

  const legend = opts.legend ?? true;
  const subtitle = opts.subtitle ?? true;
  const classColor = (cls: number) =>
    cls === SUPPRESSED_CLASS
      ? suppressedColor
      : cls === NO_DATA_CLASS
        ? noDataColor
        : (colors[cls] ?? colors[colors.length - 1] ?? BLUES[4]!);
  let extraNoData = 0;
  const data: Item[] = [];
  const byCode = new Map<string, { cell: MapCell | null; nama: string }>();
  for (const [code, featureName] of features) {
    const cell = cells[code] ?? null;
    const nama = cell && cell.nama !== cell.kode ? cell.nama : featureName;
    byCode.set(code, { cell, nama });
    if (!cell) extraNoData += 1;
    const cls = cell?.kelas ?? (cell?.ditekan ? SUPPRESSED_CLASS : NO_DATA_CLASS);
    const decal = cls === SUPPRESSED_CLASS ? { decal: hatch } : {};
    data.push(
      legend
        ? cls === SUPPRESSED_CLASS
          ? { name: code, value: cls, itemStyle: decal }
          : { name: code, value: cls }
        : { name: code, value: cls, itemStyle: { areaColor: classColor(cls), ...decal } },
    );
  }
  // ECharts' own legend: the map's legend of this period (a piece per class with its count, no data, and
  // suppressed when any).
  const legendPieces = () =>
    mapLegend(vm, periode, locale, extraNoData).map((item) => {
      const value = item.kelas ?? (item.key === 'suppressed' ? SUPPRESSED_CLASS : NO_DATA_CLASS);
      return {
        value,
        label: `${item.label} (${formatNumber(item.count, { locale })})`,
        color: classColor(value),
      };
    });
  const periodText = formatPeriod(periode, { locale });
  const methodLine = w.methodLine(
    periodText,
    vm.classification.methodLabel[locale],
    formatPeriod(vm.periods[0]!, { locale }),
    formatPeriod(vm.periods[vm.periods.length - 1]!, { locale }),
  );
  let description = vm.ringkasan[periode]![locale];
  if (missingGeometry.length > 0) description += ` ${w.withoutGeometry(missingGeometry.join(', '))}`;

  const formatter = (params: unknown) => {
    const code = String((params as { name?: unknown }).name ?? '');
    const entry = byCode.get(code);
    const cell = entry?.cell ?? null;
    const rows: TooltipRow[] = [];
    const notes: string[] = [];
    if (!cell || cell.nilai === null) {
      rows.push({ label: vm.nama[locale], value: mapCellText(cell ?? undefined, vm, locale) });
    } else {
      rows.push({
        label: vm.nama[locale],
        value: mapCellText(cell, vm, locale),
        color: colors[cell.kelas ?? 0],
      });
      if (cell.numerator !== null)
        rows.push({ label: c.numerator, value: formatNumber(cell.numerator, { locale }) });
      if (cell.denominator !== null)
        rows.push({ label: c.denominator, value: formatNumber(cell.denominator, { locale }) });
      if (cell.kelas !== null)
        rows.push({ label: c.class, value: vm.classification.classes[cell.kelas]!.label[locale] });
    }
    for (const note of mapCellNotes(cell ?? undefined, locale)) {
      notes.push(note === w.smallDenominator ? w.smallDenominatorCare : note);
    }
    return renderTooltip({ title: `${entry?.nama ?? code} · ${periodText}`, rows, notes }, base.mode);
  };

  return {
    aria: ariaOption(description),
    textStyle: { fontFamily: base.fontFamily, color: base.textColor },
    ...(base.title || subtitle
      ? {
          title: {
            text: base.title ? vm.nama[locale] : '',
            subtext: subtitle ? methodLine : '',
            left: 'left',
            textStyle: { fontSize: 15, color: base.textColor },
            subtextStyle: { color: base.textColor },
          },
        }
      : {}),
    tooltip: { ...tooltipBase(base.mode), trigger: 'item', formatter },
    ...(legend
      ? {
          visualMap: {
            type: 'piecewise' as const,
            pieces: legendPieces(),
            selectedMode: false as const,
            orient: 'vertical' as const,
            left: 'left',
            bottom: 8,
            itemSymbol: 'rect',
            textStyle: { color: base.textColor },
          },
        }
      : {}),
    series: [
      {
        type: 'map',
        map: opts.mapName,
        nameProperty: codeProp,
        roam: false,
        selectedMode: false,
        top: base.title ? 72 : subtitle ? 48 : 8,
        bottom: 8,
        left: opts.legendWidth ?? (legend ? 200 : 8),
        right: 8,
        itemStyle: { borderColor, borderWidth: 0.6, areaColor: noDataColor },
        emphasis: { label: { show: false }, itemStyle: { borderColor: '#000000', borderWidth: 1.5 } },
        // No label in any state. ECharts' map series shows one on selection by default, so without this it
        // builds a hidden text element with four state styles for every region, though no region is ever
        // selected here (`selectedMode: false`).
        select: { label: { show: false } },
        label: { show: false },
        data,
      },
    ],
  } satisfies ChartOption;
}
