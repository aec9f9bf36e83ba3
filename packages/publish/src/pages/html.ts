/**
 * The one page template of the site and its escaping: every text that goes into HTML passes through
 * {@link escapeHtml} (the charts package's helper); JSON in a data block has its `<` escaped so it can never close
 * the block. Pages carry no inline script, no `<style>` and no `style=` attribute: they run under
 * `default-src 'self'; script-src 'self'; style-src 'self'`.
 */
import { escapeHtml } from '@satata/charts';

export { escapeHtml };

/** Parts of a page. */
export interface PageParts {
  readonly lang: string;
  readonly title: string;
  readonly description?: string;
  /** Stylesheet URLs, relative to the page. */
  readonly styles: readonly string[];
  /**
   * Modules loaded after the first paint by the start script (see `start-script.ts`), all URLs relative to the
   * page: `modules` imported in order, `preload` fetched beside them.
   */
  readonly start?: {
    readonly script: string;
    readonly modules: readonly string[];
    readonly preload: readonly string[];
  };
  /** The body's HTML (already escaped). */
  readonly body: string;
  /** A JSON data block for the page's script (`<script type="application/json" id="satata-boot">`). */
  readonly boot?: unknown;
}

/** JSON for a data block: `<` written as `\u003c`, so no `</script>` can appear. */
export function jsonForHtml(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

/** A whole HTML document. */
export function page(p: PageParts): string {
  const head = [
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(p.title)}</title>`,
    p.description ? `<meta name="description" content="${escapeHtml(p.description)}">` : '',
    '<link rel="icon" href="data:,">',
    ...p.styles.map((href) => `<link rel="stylesheet" href="${escapeHtml(href)}">`),
    p.start
      ? `<script defer src="${escapeHtml(p.start.script)}" data-modules="${escapeHtml(p.start.modules.join(' '))}" ` +
        `data-preload="${escapeHtml(p.start.preload.join(' '))}"></script>`
      : '',
  ]
    .filter(Boolean)
    .join('');
  const boot =
    p.boot === undefined
      ? ''
      : `<script type="application/json" id="satata-boot">${jsonForHtml(p.boot)}</script>`;
  return `<!doctype html>\n<html lang="${escapeHtml(p.lang)}"><head>${head}</head><body>${p.body}${boot}</body></html>\n`;
}
