/**
 * No-JavaScript snapshots: an IKU's card (with its sparkline), its trend, and the scorecard, as HTML fragments
 * styled only by classes (`SNAPSHOT_CSS`), charts as SVG and PNG images drawn from the same ECharts options the
 * live components use (server-side SVG), the alt text from the view model's generated summary, a `<details>`
 * data table, and a link to the live view. Every text is escaped.
 */
import { renderToSvg, sparklineOption, trendOption } from '@satata/charts';
import {
  type CardViewModel,
  columnHeader,
  type DataTable,
  formatCell,
  type Locale,
  type ScorecardViewModel,
  scorecardGroups,
  type TrendViewModel,
  textsFor,
} from '@satata/core';
import { escapeHtml } from '../pages/html.ts';

/** An image of a snapshot: where it will be, and how big. */
export interface SnapshotImage {
  /** The URL the fragment uses (relative, or a `data:` URL). */
  readonly src: string;
  readonly width: number;
  readonly height: number;
}

/** A data table as HTML, in a `<details>`. */
export function tableHtml(table: DataTable, locale: Locale): string {
  const t = textsFor(locale).publish;
  const head = table.columns
    .map((c) => `<th scope="col">${escapeHtml(columnHeader(c, locale))}</th>`)
    .join('');
  const rows = table.rows
    .map(
      (r) =>
        `<tr>${table.columns
          .map((c) => {
            const num = c.kind === 'number' || c.kind === 'percent';
            return `<td${num ? ' class="satata-snap__num"' : ''}>${escapeHtml(formatCell(r, c, locale))}</td>`;
          })
          .join('')}</tr>`,
    )
    .join('');
  return `<details><summary>${escapeHtml(t.dataTable)}</summary><div class="satata-snap__table-wrap"><table><caption>${escapeHtml(table.caption[locale])}</caption><thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table></div></details>`;
}

function img(image: SnapshotImage | null, alt: string): string {
  if (!image) return '';
  return `<img class="satata-snap__img" src="${escapeHtml(image.src)}" width="${image.width}" height="${image.height}" alt="${escapeHtml(alt)}">`;
}

/** An IKU card's snapshot fragment. */
export function cardFragment(
  vm: CardViewModel,
  locale: Locale,
  { sparkline, liveHref }: { sparkline: SnapshotImage | null; liveHref: string },
): string {
  const t = textsFor(locale).publish;
  const tone = vm.kategoriTone === null ? '' : ` satata-snap__tone-${vm.kategoriTone}`;
  const facts = [
    [t.target, escapeHtml(vm.target.teks[locale])],
    [t.capaian, escapeHtml(vm.capaianTeks[locale])],
    ...(vm.kategoriLabel
      ? [[t.category, `<span class="satata-snap__cat${tone}">${escapeHtml(vm.kategoriLabel[locale])}</span>`]]
      : []),
    ...(vm.perubahan ? [[t.change, escapeHtml(vm.perubahan.teks[locale])]] : []),
  ]
    .map(([k, v]) => `<dt>${escapeHtml(k!)}</dt><dd>${v}</dd>`)
    .join('');
  const meta = [vm.namaWilayah, vm.periodeLabel?.[locale]].filter(Boolean).join(' · ');
  return [
    `<article class="satata-snap" lang="${locale}" data-satata-snapshot="card" data-satata-indicator="${escapeHtml(vm.indikator)}">`,
    `<h3 class="satata-snap__title">${escapeHtml(vm.nama[locale])}${vm.ilustratif ? ` <span class="satata-snap__badge">${escapeHtml(t.illustrative)}</span>` : ''}</h3>`,
    `<p class="satata-snap__meta">${escapeHtml(meta)}</p>`,
    `<p class="satata-snap__value" data-satata-value="">${escapeHtml(vm.nilai.teks[locale])}</p>`,
    `<dl class="satata-snap__facts">${facts}</dl>`,
    img(sparkline, vm.ringkasan[locale]),
    `<p class="satata-snap__fresh">${escapeHtml(vm.kesegaran.teks[locale])}</p>`,
    tableHtml(vm.table, locale),
    `<p class="satata-snap__note"><a href="${escapeHtml(liveHref)}">${escapeHtml(t.liveLink)}</a></p>`,
    '</article>',
  ].join('');
}

/** A trend's snapshot fragment. */
export function trendFragment(
  vm: TrendViewModel,
  locale: Locale,
  { chart, liveHref }: { chart: SnapshotImage; liveHref: string },
): string {
  const t = textsFor(locale).publish;
  return [
    `<figure class="satata-snap" lang="${locale}" data-satata-snapshot="trend" data-satata-indicator="${escapeHtml(vm.indikator)}">`,
    `<figcaption class="satata-snap__title">${escapeHtml(vm.nama[locale])}</figcaption>`,
    img(chart, vm.ringkasan[locale]),
    `<p class="satata-snap__note">${escapeHtml(vm.ringkasan[locale])}</p>`,
    tableHtml(vm.table, locale),
    `<p class="satata-snap__note"><a href="${escapeHtml(liveHref)}">${escapeHtml(t.liveLink)}</a></p>`,
    '</figure>',
  ].join('');
}

/** The scorecard's snapshot fragment: by OPD, lowest capaian first, as the dashboard opens it. */
export function scorecardFragment(
  vm: ScorecardViewModel,
  locale: Locale,
  tahun: number,
  liveHref: string,
): string {
  const t = textsFor(locale).publish;
  const groups = scorecardGroups(vm, { locale, groupBy: 'opd', sort: { key: 'capaian', dir: 'asc' } });
  const head = ['IKU', textsFor(locale).table.realisation, t.target, t.capaian, t.category]
    .map((h) => `<th scope="col">${escapeHtml(h)}</th>`)
    .join('');
  const body = groups
    .map(
      (g) =>
        `<tbody><tr><th scope="colgroup" colspan="5">${escapeHtml(g.nama)}</th></tr>${g.rows
          .map(({ model: m }) => {
            const tone = m.kategoriTone === null ? '' : ` satata-snap__tone-${m.kategoriTone}`;
            return `<tr data-satata-indicator="${escapeHtml(m.indikator)}"><th scope="row">${escapeHtml(m.nama[locale])}</th><td class="satata-snap__num">${escapeHtml(m.nilai.teks[locale])}</td><td class="satata-snap__num">${escapeHtml(m.target.teks[locale])}</td><td class="satata-snap__num">${escapeHtml(m.capaianTeks[locale])}</td><td>${m.kategoriLabel ? `<span class="satata-snap__cat${tone}">${escapeHtml(m.kategoriLabel[locale])}</span>` : ''}</td></tr>`;
          })
          .join('')}</tbody>`,
    )
    .join('');
  return [
    `<section class="satata-snap" lang="${locale}" data-satata-snapshot="scorecard">`,
    `<h3 class="satata-snap__title">${escapeHtml(t.scorecardTitle(tahun))}</h3>`,
    `<div class="satata-snap__table-wrap"><table><thead><tr>${head}</tr></thead>${body}</table></div>`,
    `<p class="satata-snap__note"><a href="${escapeHtml(liveHref)}">${escapeHtml(t.liveLink)}</a></p>`,
    '</section>',
  ].join('');
}

/** Sizes of the snapshot charts (CSS pixels). */
export const SPARKLINE_SIZE = { width: 240, height: 48 } as const;
export const TREND_SIZE = { width: 560, height: 280 } as const;

/**
 * zrender names its instances and CSS classes with process-wide counters (`zr272-cls-1349`, `zr272-c0`), so the
 * same chart drawn twice differs. Renamed here by order of appearance under a prefix of the chart's own
 * (`satata-IKU-IPM-tren-cls-0`): the same chart always gives the same bytes, and two charts never share an id.
 */
export function stableSvgIds(svg: string, prefix: string): string {
  const safe = prefix.replace(/[^A-Za-z0-9-]/g, '_');
  const seen = new Map<string, string>();
  return svg.replace(/\bzr\d+-(cls-\d+|c\d+)\b/g, (m, part: string) => {
    let name = seen.get(m);
    if (!name) {
      name = `satata-${safe}-${part.startsWith('cls') ? 'cls' : 'c'}-${seen.size}`;
      seen.set(m, name);
    }
    return name;
  });
}

/** The sparkline of a card as SVG, or null when it has fewer than two points. */
export function sparklineSvg(vm: CardViewModel, locale: Locale): string | null {
  if (vm.sparkline.filter((p) => p.nilai !== null).length < 2) return null;
  return stableSvgIds(
    renderToSvg(sparklineOption(vm, { locale }), { ...SPARKLINE_SIZE, locale }),
    `${vm.indikator}-sparkline-${locale}`,
  );
}

/** A trend chart as SVG. */
export function trendSvg(vm: TrendViewModel, locale: Locale): string {
  return stableSvgIds(
    renderToSvg(trendOption(vm, { locale }), { ...TREND_SIZE, locale }),
    `${vm.indikator}-tren-${locale}`,
  );
}
