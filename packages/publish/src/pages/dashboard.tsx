/**
 * The executive dashboard, pre-rendered: the same React page the browser runs (`apps/dashboard/src/App.tsx`),
 * rendered to HTML in Node over the default view, so every headline card's value, target, capaian and category
 * is in the HTML before any JavaScript runs. The published entry then hydrates it over the packs.
 */
import type { Locale } from '@satata/core';
import { textsFor } from '@satata/core';
import { Dashboard } from '@satata/dashboard/src/App.tsx';
import { type PackIndex, packSource } from '@satata/dashboard/src/pack-source.ts';
import type { PublishedBoot } from '@satata/dashboard/src/published.tsx';
import type { DashboardView } from '@satata/dashboard/src/view.ts';
import { renderToString } from 'react-dom/server';
import { type PageParts, page } from './html.ts';

/** What the dashboard page needs. */
export interface DashboardPageInput {
  readonly index: PackIndex;
  /** URLs relative to the page. */
  readonly indexUrl: string;
  readonly viewUrl: string;
  readonly view: DashboardView;
  readonly locale: Locale;
  readonly styles: readonly string[];
  /** The start script and the modules it loads after the first paint (see `start-script.ts`). */
  readonly start: NonNullable<PageParts['start']>;
  readonly galleryHref: string;
}

/** The dashboard's HTML. */
export function dashboardPage(input: DashboardPageInput): string {
  const source = packSource(input.index, input.indexUrl, undefined, { view: input.view });
  const body = renderToString(
    <Dashboard
      source={source}
      hydrating={true}
      injectStyles={false}
      tooltipMode="richText"
      galleryHref={input.galleryHref}
      // The map section's frame and placeholder are in the HTML (its contents load in the page, near the
      // viewport), so the page hydrates over the same markup.
      {...(input.index.map ? { mapSection: () => null } : {})}
    />,
  );
  const t = textsFor(input.locale).dashboard;
  const boot: PublishedBoot = {
    indexUrl: input.indexUrl,
    index: input.index,
    viewUrl: input.viewUrl,
    galleryHref: input.galleryHref,
  };
  return page({
    lang: input.locale,
    title: t.title(input.index.shell.areaName),
    description: t.subtitle(input.index.shell.rpjmd.mulai, input.index.shell.rpjmd.akhir),
    styles: input.styles,
    start: input.start,
    body: `<div id="root">${body}</div>`,
    boot,
  });
}
