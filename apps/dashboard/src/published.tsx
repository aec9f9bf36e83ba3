/**
 * Entry of a published dashboard (`satata build`): the page arrives server-rendered, with its headline values in
 * the HTML; this hydrates it over the site's data packs. The boot data (the locale's pack index and the view the
 * server rendered) is a JSON block in the page — data, not script, so a strict CSP allows it. No observations and
 * no engine are in this bundle; the stylesheet is a file the page links, so nothing injects a `<style>`.
 */
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
  /** The view the HTML was rendered with (the default filters). */
  readonly view: DashboardView;
  /** The gallery of no-JavaScript snapshots, relative to the page. */
  readonly galleryHref?: string;
}

const root = document.getElementById('root');
const bootElement = document.getElementById('satata-boot');
if (root && bootElement?.textContent) {
  const boot = JSON.parse(bootElement.textContent) as PublishedBoot;
  hydrateRoot(
    root,
    <StrictMode>
      <Dashboard
        source={packSource(boot.index, boot.indexUrl, undefined, { view: boot.view })}
        hydrating={true}
        injectStyles={false}
        tooltipMode="richText"
        {...(boot.galleryHref ? { galleryHref: boot.galleryHref } : {})}
      />
    </StrictMode>,
  );
}
