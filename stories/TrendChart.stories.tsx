import { TrendChart, WidgetSkeleton } from '@satata/react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { satata } from './support/provider.tsx';
import {
  failing,
  hostileCatalog,
  hostileRegions,
  hostileSources,
  IKU,
  regions,
  sampleSources,
} from './support/sample.ts';

/** The trend chart: realisation against target across the RPJMD, projection dashed, vintage marks. */
const meta = {
  title: 'Komponen/TrendChart',
  component: TrendChart,
  decorators: [satata()],
  args: { indikator: IKU.positive },
} satisfies Meta<typeof TrendChart>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Tahunan: Story = {};
export const PolaritasNegatif: Story = { args: { indikator: IKU.negative } };
export const TargetRentang: Story = { args: { indikator: IKU.range } };
export const RealisasiKosong: Story = { args: { indikator: IKU.missing } };
export const Triwulan: Story = { args: { indikator: IKU.quarterly, defaultGranularity: 'triwulanan' } };
export const BandingWilayah: Story = {
  args: { indikator: IKU.poverty, wilayah: ['33.74', '33.74.01', '33.74.02'] },
};
/** 25 lines (the kota, its 16 kecamatan and 8 kelurahan): the tooltip lists 25 rows and must stay inside the chart. */
export const DuaPuluhLimaWilayah: Story = {
  args: {
    indikator: IKU.poverty,
    wilayah: [
      '33.74',
      ...regions.filter((r) => r.level === 'kecamatan').map((r) => r.kode),
      ...regions
        .filter((r) => r.level === 'kelurahan')
        .slice(0, 8)
        .map((r) => r.kode),
    ],
  },
};
export const Memuat: Story = { render: () => <WidgetSkeleton lines={2} chartHeight={300} busy={false} /> };
export const Galat: Story = {
  decorators: [satata({ sources: sampleSources({ observations: failing('Batas waktu permintaan habis') }) })],
};
export const Kosong: Story = { args: { wilayah: ['33.74.99'] } };
export const English: Story = { decorators: [satata({ locale: 'en' })] };
export const Gelap: Story = { decorators: [satata({ theme: 'dark' })] };
export const KontrasTinggi: Story = { decorators: [satata({ theme: 'high-contrast' })] };
/** Tooltips drawn by ECharts as rich text (no HTML, no inline style): for host pages with a strict CSP. */
export const TooltipTeksKaya: Story = { decorators: [satata({ tooltipMode: 'richText' })] };
export const Hostile: Story = {
  tags: ['hostile'],
  decorators: [satata({ catalog: hostileCatalog(), regions: hostileRegions(), sources: hostileSources() })],
  args: { indikator: IKU.poverty, wilayah: ['33.74', '33.74.01'] },
};
