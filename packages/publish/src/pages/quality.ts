/**
 * The provenance and data-quality page (`kualitas.html`): for each source its location, fetch time, last change,
 * ETag, row counts and content hash; then every rejected row and warning with its source, row, field, value and
 * what was expected — a reader can check every number that did not make it. Static HTML, no script.
 */
import { type Locale, type LocatedIssue, textsFor } from '@satata/core';
import type { SourceProvenance } from '../build/sources.ts';
import { escapeHtml } from './html.ts';

const cell = (v: unknown) => `<td>${escapeHtml(v === null || v === undefined ? '—' : String(v))}</td>`;

function valueText(v: unknown): string {
  if (v === undefined) return '(tidak ada)';
  if (typeof v === 'number') return Number.isNaN(v) ? 'NaN' : String(v);
  return JSON.stringify(v) ?? String(v);
}

/** The page's body (inside `.satata-snap` styling). */
export function qualityBody(
  provenance: readonly SourceProvenance[],
  issues: readonly LocatedIssue[],
  locale: Locale,
  { area, dashboardHref }: { area: string; dashboardHref: string },
): string {
  const t = textsFor(locale).publish;
  const c = t.columns;
  const codes = textsFor(locale).quality.codes;
  const sources = provenance
    .map(
      (p) =>
        `<tr data-satata-source="${escapeHtml(p.id)}"><th scope="row">${escapeHtml(p.id)}</th>${cell(p.kind)}${cell(
          p.location,
        )}${cell(p.fetchedAt)}${cell(p.lastModified)}${cell(p.etag)}<td class="satata-snap__num">${p.rows.input}</td><td class="satata-snap__num">${p.rows.accepted}</td><td class="satata-snap__num">${p.rows.rejected}</td><td><code>${escapeHtml(p.sha256.slice(0, 16))}…</code></td></tr>`,
    )
    .join('');
  const rows = issues
    .map(
      (i) =>
        `<tr data-satata-issue="${escapeHtml(i.severity)}">${cell(i.source)}<td class="satata-snap__num">${i.row === null ? '—' : i.row + 1}</td>${cell(
          i.indikator,
        )}${cell(i.field)}${cell(valueText(i.value))}${cell(i.expected)}${cell(`${codes[i.code]} (${i.severity})`)}</tr>`,
    )
    .join('');
  const th = (s: string) => `<th scope="col">${escapeHtml(s)}</th>`;
  return [
    `<main class="satata-snap satata-page" lang="${locale}">`,
    `<h1 class="satata-snap__title">${escapeHtml(t.provenanceTitle(area))}</h1>`,
    `<p>${escapeHtml(t.provenanceIntro)}</p>`,
    `<p><a href="${escapeHtml(dashboardHref)}">${escapeHtml(t.backToDashboard)}</a></p>`,
    `<h2>${escapeHtml(t.sources)}</h2>`,
    `<div class="satata-snap__table-wrap"><table><thead><tr>${[c.source, c.kind, c.location, c.fetchedAt, c.lastModified, c.etag, c.rows, c.accepted, c.rejected, c.sha256].map(th).join('')}</tr></thead><tbody>${sources}</tbody></table></div>`,
    `<h2>${escapeHtml(t.rejectedRows)} (${issues.length})</h2>`,
    issues.length === 0
      ? `<p>${escapeHtml(t.noRejected)}</p>`
      : `<div class="satata-snap__table-wrap"><table><thead><tr>${[c.source, c.row, c.indicator, c.field, c.value, c.expected, c.reason].map(th).join('')}</tr></thead><tbody>${rows}</tbody></table></div>`,
    '</main>',
  ].join('');
}
