/**
 * The gallery page (`galeri.html`): every IKU with a preview of its snapshot and copy-ready snippets — the HTML
 * fragment with images as files, the variant with `data:` images, and the CSS file to include. The snippets are
 * shown as text in `<textarea readonly>` (select and copy; no script needed).
 */
import { type Locale, textsFor } from '@satata/core';
import { escapeHtml } from './html.ts';

/** One IKU in the gallery. */
export interface GalleryItem {
  readonly kode: string;
  readonly nama: string;
  /** The snapshot page, relative to the gallery. */
  readonly pageHref: string;
  /** The fragment as shown in the gallery (URLs relative to the gallery). */
  readonly preview: string;
  /** The fragment with absolute URLs (or site-root URLs without a base URL), for copying. */
  readonly snippet: string;
  /** The file holding the `data:` variant, relative to the gallery (its images make it too big to show inline). */
  readonly dataHref: string;
}

/** The gallery's body. */
export function galleryBody(
  items: readonly GalleryItem[],
  locale: Locale,
  { area, cssUrl, dashboardHref }: { area: string; cssUrl: string; dashboardHref: string },
): string {
  const t = textsFor(locale).publish;
  const cssLink = `<link rel="stylesheet" href="${cssUrl}">`;
  const entries = items
    .map(
      (
        it,
      ) => `<section class="satata-gallery__item" id="${escapeHtml(it.kode)}" aria-labelledby="g-${escapeHtml(it.kode)}">
<h2 id="g-${escapeHtml(it.kode)}">${escapeHtml(it.nama)} <span class="satata-snap__meta">${escapeHtml(it.kode)}</span></h2>
${it.preview}
<p><a href="${escapeHtml(it.pageHref)}">${escapeHtml(t.openSnapshot)}</a></p>
<details><summary>${escapeHtml(t.snippetHtml)}</summary><textarea readonly rows="6" aria-label="${escapeHtml(`${t.snippetHtml}: ${it.nama}`)}">${escapeHtml(it.snippet)}</textarea></details>
<p><a href="${escapeHtml(it.dataHref)}">${escapeHtml(t.snippetDataUrl)}</a></p>
</section>`,
    )
    .join('\n');
  return [
    `<main class="satata-page" lang="${locale}">`,
    `<h1>${escapeHtml(t.galleryTitle(area))}</h1>`,
    `<p>${escapeHtml(t.galleryIntro)}</p>`,
    `<p>${escapeHtml(t.snippetCss)}: <code>${escapeHtml(cssLink)}</code></p>`,
    `<p><a href="${escapeHtml(dashboardHref)}">${escapeHtml(t.backToDashboard)}</a></p>`,
    `<div class="satata-gallery">${entries}</div>`,
    '</main>',
  ].join('');
}

/** Layout of the site's own static pages (gallery, provenance), appended to the snapshot CSS. */
export const PAGE_CSS = `.satata-page{max-width:1100px;margin:0 auto;padding:16px;font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif;color:#1d2939;overflow-wrap:anywhere}
main.satata-snap.satata-page{border:0}
.satata-page h1{font-size:22px}
.satata-page h2{font-size:17px;margin:18px 0 6px}
.satata-gallery{display:grid;grid-template-columns:repeat(auto-fill,minmax(min(100%,320px),1fr));gap:16px}
.satata-gallery__item{min-width:0}
.satata-gallery textarea{width:100%;font:12px/1.4 ui-monospace,monospace}
.satata-page code{overflow-wrap:anywhere}
`;
