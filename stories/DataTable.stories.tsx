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

/** The poverty trend's data table (kota and Semarang Tengah), computed by the engine for that one IKU only. */
function trendTable(
  c: Catalog,
  obs: readonly Observation[],
  names: Readonly<Record<string, string>>,
): DataTable {
  const ind = c.indikator.find((i) => i.kode === IKU.poverty)!;
  const { rows } = computeResults({
    catalog: { ...c, indikator: [ind] },
    observations: obs.filter((o) => o.indikator === ind.kode),
    regions,
  });
  return buildTrendViewModel(
    ind,
    rows.filter((r) => ['33.74', '33.74.01'].includes(r.wilayah)),
    { wilayah: ['33.74', '33.74.01'], regionNames: names, rpjmd: c.rpjmd, categoryScale: c.kategori },
  ).table;
}

const table = trendTable(catalog, observations, Object.fromEntries(regions.map((r) => [r.kode, r.nama])));
let hostileCache: DataTable | undefined;
/** The same table over the hostile catalog, observations and region names (computed on first use). */
function hostileTable(): DataTable {
  hostileCache ??= trendTable(
    hostileCatalog(),
    hostileObservations(),
    Object.fromEntries(hostileRegions().map((r) => [r.kode, r.nama])),
  );
  return hostileCache;
}

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
  render: () => {
    const t = hostileTable();
    return (
      <ChartFrame title={t.caption.id} summary={t.caption.en} table={t}>
        <DataTableView table={t} />
      </ChartFrame>
    );
  },
};
