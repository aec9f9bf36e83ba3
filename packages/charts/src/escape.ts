/**
 * The one place HTML for tooltips is made. A function tooltip formatter's string is inserted by ECharts as raw
 * HTML, so every text from data (region and indicator names, series labels, units) passes through
 * {@link escapeHtml} here — never concatenated anywhere else.
 */
import { format } from 'echarts/core';

/** Escape text for HTML with ECharts' own `format.encodeHTML` (`&`, `<`, `>`, `"`, `'`). */
export function escapeHtml(text: unknown): string {
  return format.encodeHTML(String(text ?? ''));
}

/** How tooltips render: `html` (ECharts' default DOM tooltip), or `richText` for pages whose CSP forbids inline styles. */
export type TooltipMode = 'html' | 'richText';

/** One line of a tooltip: a label and its value, with an optional colour marker. */
export interface TooltipRow {
  readonly label: string;
  readonly value: string;
  /** A CSS colour (`#rgb`, `#rrggbb` or `#rrggbbaa`); anything else is left out. */
  readonly color?: string;
}

/** The content of a tooltip as plain text parts; rendered by {@link renderTooltip}. */
export interface TooltipContent {
  readonly title: string;
  readonly rows: readonly TooltipRow[];
  /** Notes after the rows (flags such as "penyebut kecil", "ditekan"). */
  readonly notes?: readonly string[];
}

const HEX_COLOR = /^#(?:[0-9a-f]{3}|[0-9a-f]{6}|[0-9a-f]{8})$/i;

/** From this many rows on, a tooltip lays its rows out in columns ({@link htmlTooltip}). */
export const TOOLTIP_MANY_ROWS = 7;

/**
 * Render tooltip content as HTML, escaping every text. Colour markers are emitted only for hex colours, so no
 * data can reach a `style` attribute. Under a strict `style-src` the markers lose their colour (use `richText`).
 * Each row and note is a block of its own, so long texts wrap (the stylesheet of `@satata/react` lets the tooltip
 * wrap and keeps it inside the chart); with {@link TOOLTIP_MANY_ROWS} rows or more the tooltip is marked
 * `satata-tooltip--many`, and its rows flow into columns.
 */
export function htmlTooltip(content: TooltipContent): string {
  const many = content.rows.length >= TOOLTIP_MANY_ROWS;
  const parts = [
    `<div class="satata-tooltip${many ? ' satata-tooltip--many' : ''}"><strong>${escapeHtml(content.title)}</strong>`,
    '<div class="satata-tooltip__rows">',
  ];
  for (const row of content.rows) {
    const marker =
      row.color && HEX_COLOR.test(row.color)
        ? `<span class="satata-tooltip-marker" style="display:inline-block;width:10px;height:10px;border-radius:50%;margin-right:4px;background-color:${row.color}"></span>`
        : '';
    parts.push(
      `<div class="satata-tooltip__row">${marker}${escapeHtml(row.label)}: <b>${escapeHtml(row.value)}</b></div>`,
    );
  }
  parts.push('</div>');
  for (const note of content.notes ?? [])
    parts.push(`<div class="satata-tooltip__note"><i>${escapeHtml(note)}</i></div>`);
  parts.push('</div>');
  return parts.join('');
}

/**
 * Neutralise ECharts rich-text markup in plain text: `{name|text}` would be read as a style reference, so braces
 * become their full-width look-alikes (｛ ｝) and line breaks become spaces.
 */
export function escapeRichText(text: unknown): string {
  return String(text ?? '')
    .replace(/[{]/g, '｛')
    .replace(/[}]/g, '｝')
    .replace(/[\r\n]+/g, ' ');
}

/** Render tooltip content as ECharts rich text (plain lines; no HTML, no inline styles). */
export function richTextTooltip(content: TooltipContent): string {
  const lines = [escapeRichText(content.title)];
  for (const row of content.rows) lines.push(`${escapeRichText(row.label)}: ${escapeRichText(row.value)}`);
  for (const note of content.notes ?? []) lines.push(escapeRichText(note));
  return lines.join('\n');
}

/** Render tooltip content in the given mode. Every builder's tooltip formatter ends here. */
export function renderTooltip(content: TooltipContent, mode: TooltipMode): string {
  return mode === 'richText' ? richTextTooltip(content) : htmlTooltip(content);
}

/**
 * Characters XML 1.0 does not allow in a document (its `Char` production): C0 controls other than tab, line feed
 * and carriage return; U+FFFE and U+FFFF; surrogates that are not part of a pair. Escaping does not help
 * (`&#x1;` is not allowed either), so they are dropped.
 */
const NOT_XML =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Text (or a whole SVG document) with every character XML 1.0 forbids removed, so it parses as XML and loads as an
 * image: data can hold such characters (`\x01`, `\x08`, `\x1b` …) and ECharts writes text into its SVG as is.
 * Every SVG Satata exports passes through here (`renderToSvg`; `chartSvg` of `@satata/react`).
 */
export function xmlSafe(text: string): string {
  return text.replace(NOT_XML, '');
}
