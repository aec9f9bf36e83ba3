import { levelOfCode } from '@satata/core';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { type ReactNode, useMemo } from 'react';
import { Dashboard } from '../apps/dashboard/src/App.tsx';
import { computeDashboardData } from '../apps/dashboard/src/data.ts';
import { PovertySection } from '../apps/dashboard/src/PovertySection.tsx';
import { computeSource } from '../apps/dashboard/src/source.ts';
import { buildShell } from '../apps/dashboard/src/view.ts';
import '../apps/dashboard/src/dashboard.css';
import { AS_OF, badObservations, catalog, IKU, regions, sampleSources } from './support/sample.ts';

/**
 * The executive dashboard app itself over the sample with bad rows injected (an unknown region, NaN, Infinity, a
 * negative denominator): the notice at the top links the data-quality report, which lists every issue, and the
 * cards, charts and map whose numbers lost rows say so.
 */
function DashboardWithBadRows(): ReactNode {
  const { source, sources } = useMemo(() => {
    const observations = badObservations();
    const data = computeDashboardData({ catalog, observations, regions });
    return {
      source: computeSource(data, buildShell(data, { asOf: AS_OF, mapIndicator: IKU.poverty })),
      sources: sampleSources({
        observations: async () => observations,
        // As the dashboard binds its map: the kelurahan aggregate, rolled up by the engine.
        mapObservations: async (kode: string) =>
          observations.filter((o) => o.indikator === kode && levelOfCode(o.wilayah) === 'kelurahan'),
      }),
    };
  }, []);
  return (
    <Dashboard
      source={source}
      catalog={catalog}
      sources={sources}
      regions={regions}
      mapSection={(p) => (
        <PovertySection {...p} catalog={catalog} indikator={IKU.poverty} areaName="Kota Semarang" />
      )}
    />
  );
}

const meta = {
  title: 'Dasbor/Baris ditolak',
  component: DashboardWithBadRows,
  tags: ['rejected'],
} satisfies Meta<typeof DashboardWithBadRows>;
export default meta;
type Story = StoryObj<typeof meta>;

export const SampelDenganBarisBuruk: Story = {};
