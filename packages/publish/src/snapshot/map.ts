/**
 * The no-JavaScript snapshot of the dashboard's map: the indicator over every kelurahan of the city in one period,
 * as an HTML fragment styled only by classes (`SNAPSHOT_CSS`), the choropleth as SVG and PNG images drawn from the
 * same ECharts option the live region map uses (server-side SVG, with ECharts' own legend in the picture), the alt
 * text from the map view model's generated summary, a `<details>` table (region, value, class, note) and a link to
 * the live dashboard. A suppressed cell reads "ditekan" everywhere: the view model never gives it a number, and
 * the picture colours it by its class code, not by a value.
 */
import { choroplethOption, renderToSvg } from '@satata/charts';
import {
  buildRegionMapViewModel,
  type DataTable,
  formatPeriod,
  type Locale,
  type MapViewModel,
  mapPeriodShown,
  mapRegionList,
  textsFor,
} from '@satata/core';
import type { MapData } from '@satata/dashboard/src/source.ts';
import { escapeHtml } from '../pages/html.ts';
import { type SnapshotImage, stableSvgIds, tableHtml } from './card.ts';

/** Size of the map snapshot's picture (CSS pixels). */
export const MAP_SIZE = { width: 640, height: 560 } as const;

/** Boundary features as the map snapshot reads them. */
export type BoundaryFeatures = {
  readonly type: 'FeatureCollection';
  readonly features: readonly {
    readonly type: 'Feature';
    readonly properties: { readonly kode: string; readonly nama: string; readonly induk?: unknown };
    readonly geometry: unknown;
  }[];
};

/** What the map snapshot shows: the kelurahan map's view model and the period drawn. */
export interface MapSnapshot {
  readonly vm: MapViewModel;
  readonly periode: string;
  readonly geo: BoundaryFeatures;
}

/**
 * The kelurahan map of `data` as of `wanted` (a year; the latest drawn period before it when it has none), or null
 * when no period has data.
 */
export function mapSnapshot(
  data: Pick<MapData, 'indicator' | 'results' | 'issues'>,
  kecamatan: BoundaryFeatures,
  kelurahan: BoundaryFeatures,
  wanted: string,
): MapSnapshot | null {
  const kecamatanNames = Object.fromEntries(
    kecamatan.features.map((f) => [f.properties.kode, f.properties.nama]),
  );
  const regions = mapRegionList(
    kelurahan.features.map((f) => ({
      kode: f.properties.kode,
      nama: f.properties.nama,
      induk: f.properties.induk == null ? null : String(f.properties.induk),
    })),
    kecamatanNames,
  );
  const vm = buildRegionMapViewModel(data.indicator, data.results, {
    level: 'kelurahan',
    regions,
    issues: data.issues,
  });
  if (!vm) return null;
  const periode = mapPeriodShown(vm.periods, wanted, vm.periodeAwal);
  return periode === undefined ? null : { vm, periode, geo: kelurahan };
}

/** The map as SVG, in a locale. */
export function mapSvg({ vm, periode, geo }: MapSnapshot, locale: Locale): string {
  const mapName = 'satata-kelurahan';
  return stableSvgIds(
    renderToSvg(
      choroplethOption(vm, geo, { mapName, periode, locale, title: false, subtitle: true, legendWidth: 210 }),
      { ...MAP_SIZE, locale, maps: { [mapName]: geo } },
    ),
    `${vm.indikator}-peta-${locale}`,
  );
}

/** The snapshot's table: the period drawn, one row per kelurahan (region, value, class, note). */
function periodTable(vm: MapViewModel, periode: string): DataTable {
  const keep = new Set(['wilayah', 'nilai', 'kelas', 'catatan']);
  return {
    caption: vm.table.caption,
    columns: vm.table.columns.filter((c) => keep.has(c.key)),
    rows: vm.table.rows.filter((r) => r.values.periode === periode),
  };
}

/** The map snapshot's fragment. */
export function mapFragment(
  { vm, periode }: MapSnapshot,
  locale: Locale,
  {
    chart,
    liveHref,
    area,
    credit,
  }: { chart: SnapshotImage; liveHref: string; area: string; credit: { text: string; href: string } },
): string {
  const t = textsFor(locale).publish;
  const summary = vm.ringkasan[periode]![locale];
  const meta = [area, formatPeriod(periode, { locale }), vm.classification.methodLabel[locale]].join(' · ');
  return [
    `<figure class="satata-snap" lang="${locale}" data-satata-snapshot="map" data-satata-indicator="${escapeHtml(vm.indikator)}" data-satata-period="${escapeHtml(periode)}">`,
    `<figcaption class="satata-snap__title">${escapeHtml(t.mapTitle(vm.nama[locale]))}</figcaption>`,
    `<p class="satata-snap__meta">${escapeHtml(meta)}</p>`,
    `<img class="satata-snap__img" src="${escapeHtml(chart.src)}" width="${chart.width}" height="${chart.height}" alt="${escapeHtml(summary)}">`,
    `<p class="satata-snap__note" data-satata-summary="">${escapeHtml(summary)}</p>`,
    tableHtml(periodTable(vm, periode), locale),
    `<p class="satata-snap__note">${escapeHtml(t.boundaries)}: <a href="${escapeHtml(credit.href)}">${escapeHtml(credit.text)}</a></p>`,
    `<p class="satata-snap__note"><a href="${escapeHtml(liveHref)}">${escapeHtml(t.liveLink)}</a></p>`,
    '</figure>',
  ].join('');
}
