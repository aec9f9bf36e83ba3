/**
 * Entry of a published dashboard (`satata build`): the page arrives server-rendered, with its headline values in
 * the HTML; this hydrates it over the site's data packs. The boot data (the pack index, and which view the server
 * rendered) is a JSON block at the end of the page — data, not script, so a strict CSP allows it; the view itself is
 * fetched from its pack (it is not repeated in the HTML), then the page hydrates. No observations and
 * no engine are in this bundle; the stylesheet is a file the page links, so nothing injects a `<style>`.
 */
import { zodWithoutEval } from '@satata/core';
import { StrictMode } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { Dashboard } from './App.tsx';
import { type PackIndex, packSource } from './pack-source.ts';
import type { DashboardView } from './view.ts';

/** What the server puts in `<script type="application/json" id="satata-boot">`. */
export interface PublishedBoot {
  /** The URL of the index, relative to the page. */
  readonly indexUrl: string;
  readonly index: PackIndex;
  /** The URL of the view the HTML was rendered with (the default filters), relative to the page. */
  readonly viewUrl: string;
  /** The gallery of no-JavaScript snapshots, relative to the page. */
  readonly galleryHref?: string;
}

// Before anything parses: zod must not probe `new Function` under the site's CSP.
zodWithoutEval();
const root = document.getElementById('root');
const bootElement = document.getElementById('satata-boot');
if (root && bootElement?.textContent) {
  const boot = JSON.parse(bootElement.textContent) as PublishedBoot;
  void hydrate(root, boot);
}

async function hydrate(root: HTMLElement, boot: PublishedBoot): Promise<void> {
  const res = await fetch(boot.viewUrl, { credentials: 'same-origin' });
  if (!res.ok) throw new Error(`Paket data ${boot.viewUrl} gagal dimuat: HTTP ${res.status}`);
  const view = (await res.json()) as DashboardView;
  hydrateRoot(
    root,
    <StrictMode>
      <Dashboard
        source={packSource(boot.index, boot.indexUrl, undefined, { view })}
        hydrating={true}
        injectStyles={false}
        tooltipMode="richText"
        {...(boot.galleryHref ? { galleryHref: boot.galleryHref } : {})}
      />
    </StrictMode>,
  );
}
