/**
 * Runnable example: compute the Semarang sample with the engine, build a card's view model and render the card to
 * static HTML with react-dom/server (charts draw in the browser; this prints the text of the card).
 *
 *   npx tsx packages/react/examples/card-html.tsx
 */
import { buildCardViewModel, computeResults } from '@satata/core';
import { IndicatorCardView, SatataProvider } from '@satata/react';
import { REGIONS, sampleCatalog, sampleObservations } from '@satata/semarang';
import { renderToStaticMarkup } from 'react-dom/server';

const { rows } = computeResults({
  catalog: sampleCatalog,
  observations: sampleObservations,
  regions: REGIONS,
});
const ipm = sampleCatalog.indikator.find((i) => i.nama.id.startsWith('Indeks Pembangunan Manusia'))!;
const model = buildCardViewModel(
  ipm,
  rows.filter((r) => r.indikator === ipm.kode && r.wilayah === sampleCatalog.wilayah),
  {
    asOf: '2025-09-30',
    periodKind: 'year',
    opdNames: Object.fromEntries(sampleCatalog.opd.map((o) => [o.kode, o.nama])),
  },
);

const html = renderToStaticMarkup(
  <SatataProvider catalog={sampleCatalog} asOf="2025-09-30" injectStyles={false}>
    <IndicatorCardView model={model} size="compact" />
  </SatataProvider>,
);
console.log(html);
