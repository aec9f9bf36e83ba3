import {
  buildTrendViewModel,
  type Catalog,
  computeResults,
  type DataTable,
  type Observation,
} from '@satata/core';
import { ChartFrame, DataTableView, EmptyState, ErrorState, ExportButtons, StaleBadge } from '@satata/react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { satata } from './support/provider.tsx';
import {
  catalog,
  hostileCatalog,
  hostileObservations,
  hostileRegions,
  IKU,
  observations,
  regions,
} from './support/sample.ts';

function trendTable(
  c: Catalog,
  obs: readonly Observation[],
  names: Readonly<Record<string, string>>,
): DataTable {
  const { rows } = computeResults({ catalog: c, observations: obs, regions });
  const ind = c.indikator.find((i) => i.kode === IKU.poverty)!;
  return buildTrendViewModel(
    ind,
    rows.filter((r) => r.indikator === ind.kode && ['33.74', '33.74.01'].includes(r.wilayah)),
    { wilayah: ['33.74', '33.74.01'], regionNames: names, rpjmd: c.rpjmd },
  ).table;
}

const names = Object.fromEntries(regions.map((r) => [r.kode, r.nama]));
const table = trendTable(catalog, observations, names);
const hostileTable = trendTable(
  hostileCatalog(),
  hostileObservations(),
  Object.fromEntries(hostileRegions().map((r) => [r.kode, r.nama])),
);

/** The data-table alternative every chart carries, the frame around charts, export buttons and the shared states. */
const meta = {
  title: 'Komponen/DataTable',
  component: DataTableView,
  decorators: [satata()],
  args: { table },
} satisfies Meta<typeof DataTableView>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Tabel: Story = {};
export const English: Story = { decorators: [satata({ locale: 'en' })] };
export const Gelap: Story = { decorators: [satata({ theme: 'dark' })] };
export const KontrasTinggi: Story = { decorators: [satata({ theme: 'high-contrast' })] };
export const BingkaiGrafik: Story = {
  render: (args) => (
    <ChartFrame
      title={args.table.caption.id}
      summary="Ringkasan teks grafik, dibuat dari model tampilan."
      table={args.table}
    >
      <p>Grafik berada di sini.</p>
    </ChartFrame>
  ),
};
export const TombolEkspor: Story = {
  render: (args) => <ExportButtons title={args.table.caption.id} table={args.table} />,
};
export const StatusGalatKosongUsang: Story = {
  render: () => (
    <div style={{ display: 'grid', gap: 12 }}>
      <div className="satata-widget">
        <ErrorState error={new Error('Server CKAN tidak menjawab (503)')} onRetry={() => {}} />
      </div>
      <div className="satata-widget">
        <EmptyState />
      </div>
      <div className="satata-widget">
        <StaleBadge />
      </div>
    </div>
  ),
};
export const Hostile: Story = {
  tags: ['hostile'],
  args: { table: hostileTable },
  render: (args) => (
    <ChartFrame title={args.table.caption.id} summary={args.table.caption.en} table={args.table}>
      <DataTableView table={args.table} />
    </ChartFrame>
  ),
};
