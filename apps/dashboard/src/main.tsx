/**
 * Entry of the executive dashboard: compute the bundled sample data with the engine, then mount the view.
 * The stylesheet of the components comes with `SatataProvider`; `dashboard.css` only lays the page out.
 */
import { lazy, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Dashboard } from './App.tsx';
import './dashboard.css';
import { loadSampleData } from './sample.ts';

// The map section (ECharts, the micro-map) loads after the cards, in its own chunk.
const PovertySection = lazy(() =>
  import('./PovertySection.tsx').then((m) => ({ default: m.PovertySection })),
);

const root = document.getElementById('root');
if (!root) throw new Error('elemen #root tidak ada di index.html');

loadSampleData().then(
  (sample) => {
    createRoot(root).render(
      <StrictMode>
        <Dashboard
          data={sample.data}
          sources={sample.sources}
          regions={sample.regions}
          mapSection={(p) => (
            <PovertySection {...p} indikator={sample.povertyIndicator} areaName={sample.areaName} />
          )}
        />
      </StrictMode>,
    );
  },
  (error: unknown) => {
    console.error(error);
    const p = document.createElement('p');
    p.setAttribute('role', 'alert');
    p.textContent = `Data sampel gagal dimuat / The sample data failed to load: ${error instanceof Error ? error.message : String(error)}`;
    root.replaceChildren(p);
  },
);
