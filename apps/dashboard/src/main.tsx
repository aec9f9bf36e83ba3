/**
 * Entry of the executive dashboard over the bundled sample: compute it with the engine in the page, then mount the
 * view over a compute source (`source.ts`). The published site has its own entry (`published.tsx`) that hydrates
 * server-rendered HTML over data packs. The stylesheet of the components comes with `SatataProvider`;
 * `dashboard.css` only lays the page out.
 */
import { EN_TEXTS, ID_TEXTS, zodWithoutEval } from '@satata/core';
import { lazy, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Dashboard } from './App.tsx';
import './dashboard.css';
import { loadSampleData } from './sample.ts';
import { computeSource } from './source.ts';
import { buildShell } from './view.ts';

// The map section (ECharts, the micro-map) loads after the cards, in its own chunk.
const PovertySection = lazy(() =>
  import('./PovertySection.tsx').then((m) => ({ default: m.PovertySection })),
);

zodWithoutEval();
const root = document.getElementById('root');
if (!root) throw new Error('elemen #root tidak ada di index.html');

loadSampleData().then(
  (sample) => {
    const shell = buildShell(sample.data, { asOf: new Date(), mapIndicator: sample.povertyIndicator });
    createRoot(root).render(
      <StrictMode>
        <Dashboard
          source={computeSource(sample.data, shell)}
          catalog={sample.data.catalog}
          sources={sample.sources}
          regions={sample.regions}
          mapSection={(p) => (
            <PovertySection
              {...p}
              catalog={sample.data.catalog}
              indikator={sample.povertyIndicator}
              areaName={sample.areaName}
            />
          )}
        />
      </StrictMode>,
    );
  },
  (error: unknown) => {
    console.error(error);
    // Before React: a clear sentence in both languages, the technical message behind a disclosure (text only).
    const alert = document.createElement('div');
    alert.className = 'dash-boot';
    alert.setAttribute('role', 'alert');
    const p = document.createElement('p');
    p.textContent = `${ID_TEXTS.dashboard.bootFailed} / ${EN_TEXTS.dashboard.bootFailed}`;
    const details = document.createElement('details');
    const summary = document.createElement('summary');
    summary.textContent = `${ID_TEXTS.react.errorDetails} / ${EN_TEXTS.react.errorDetails}`;
    const code = document.createElement('code');
    code.textContent = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    details.append(summary, code);
    alert.append(p, details);
    root.replaceChildren(alert);
  },
);
