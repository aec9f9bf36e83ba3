/**
 * The 127-card scorecard grid of the benchmark: one compact `IndicatorCardView` per IKU of a catalog the size of
 * Kota Semarang's (127 IKU), and the `ScorecardView` table of the same IKU. View models are built before timing;
 * the timed part is React's render and commit plus the browser's style and layout of the result.
 */
import type { CardViewModel, Catalog, ScorecardViewModel } from '@satata/core';
import { IndicatorCardView, SatataProvider, ScorecardView } from '@satata/react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';

/** Render `node` into `host` synchronously and force layout; resolve with the ms taken and an unmount function. */
function timedRender(host: HTMLElement, node: React.ReactNode): { ms: number; unmount: () => void } {
  const root = createRoot(host);
  void document.body.offsetHeight;
  const t0 = performance.now();
  flushSync(() => root.render(node));
  // Reading a layout property makes the browser compute style and layout of what was committed.
  void host.getBoundingClientRect().height;
  const ms = performance.now() - t0;
  return { ms, unmount: () => root.unmount() };
}

/** Time one render of the card grid; returns ms and the number of cards found in the DOM. */
export function renderCardGrid(
  host: HTMLElement,
  catalog: Catalog,
  models: readonly CardViewModel[],
  asOf: string,
): { ms: number; cards: number } {
  const { ms, unmount } = timedRender(
    host,
    <SatataProvider catalog={catalog} asOf={asOf}>
      <div style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(240px, 1fr))', gap: 12 }}>
        {models.map((m) => (
          <IndicatorCardView key={m.indikator} model={m} size="compact" />
        ))}
      </div>
    </SatataProvider>,
  );
  const cards = host.querySelectorAll('article.satata-card').length;
  unmount();
  return { ms, cards };
}

/** Time one render of the scorecard table; returns ms and the number of IKU rows found in the DOM. */
export function renderScorecard(
  host: HTMLElement,
  catalog: Catalog,
  model: ScorecardViewModel,
  asOf: string,
): { ms: number; rows: number } {
  const { ms, unmount } = timedRender(
    host,
    <SatataProvider catalog={catalog} asOf={asOf}>
      <ScorecardView model={model} />
    </SatataProvider>,
  );
  const count = host.querySelectorAll('tr[data-satata-indicator]').length;
  unmount();
  return { ms, rows: count };
}
