import { RegionMap, WidgetSkeleton } from '@satata/react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { satata } from './support/provider.tsx';
import {
  failing,
  hostileCatalog,
  hostileRegions,
  hostileSources,
  IKU,
  sampleSources,
} from './support/sample.ts';

/** The region map of the poverty rate on the open kelurahan aggregate (illustrative, small cells suppressed). */
const meta = {
  title: 'Komponen/RegionMap',
  component: RegionMap,
  decorators: [satata()],
  args: { indikator: IKU.poverty, areaName: 'Kota Semarang' },
} satisfies Meta<typeof RegionMap>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Kecamatan: Story = {};
export const KelurahanDiSemarangTengah: Story = {
  decorators: [satata({ defaultSelectedRegion: '33.74.01' })],
};
/** Every kelurahan of the city at once (the level toggle's "Kelurahan (seluruh kota)"). */
export const SeluruhKelurahan: Story = { args: { defaultView: 'kelurahan' } };
/** A controlled period: the map shows 2022 whatever the latest year with data is. */
export const Periode2022: Story = { args: { periode: '2022' } };
export const IntervalSama: Story = { args: { defaultMethod: 'equal-interval' } };
export const NaturalBreaks: Story = { args: { defaultMethod: 'natural-breaks' } };
export const Memuat: Story = { render: () => <WidgetSkeleton lines={3} chartHeight={420} busy={false} /> };
export const Galat: Story = {
  decorators: [
    satata({ sources: sampleSources({ mapObservations: failing('Agregat kemiskinan gagal dimuat') }) }),
  ],
};
export const Kosong: Story = {
  decorators: [satata({ sources: sampleSources({ mapObservations: async () => [] }) })],
};
export const English: Story = { decorators: [satata({ locale: 'en' })] };
export const Gelap: Story = { decorators: [satata({ theme: 'dark' })] };
export const KontrasTinggi: Story = { decorators: [satata({ theme: 'high-contrast' })] };
/** Tooltips drawn by ECharts as rich text (no HTML, no inline style): for host pages with a strict CSP. */
export const TooltipTeksKaya: Story = { decorators: [satata({ tooltipMode: 'richText' })] };
export const Hostile: Story = {
  tags: ['hostile'],
  decorators: [
    satata({
      catalog: hostileCatalog(),
      regions: hostileRegions(),
      sources: hostileSources(),
      defaultSelectedRegion: '33.74.01',
    }),
  ],
};
