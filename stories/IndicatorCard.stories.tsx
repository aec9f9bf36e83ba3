import { IndicatorCard, WidgetSkeleton } from '@satata/react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { satata } from './support/provider.tsx';
import {
  catalog,
  failing,
  hostileCatalog,
  hostileRegions,
  hostileSources,
  IKU,
  sampleSources,
} from './support/sample.ts';

/** The indicator card on the Semarang sample: every state, both sizes, both locales, every theme. */
const meta = {
  title: 'Komponen/IndicatorCard',
  component: IndicatorCard,
  decorators: [satata()],
  args: { indikator: IKU.positive, size: 'full' },
} satisfies Meta<typeof IndicatorCard>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Lengkap: Story = {};
export const Ringkas: Story = { args: { size: 'compact' } };
export const PolaritasNegatif: Story = { args: { indikator: IKU.negative } };
export const TargetRentang: Story = { args: { indikator: IKU.range } };
export const RealisasiKosong: Story = { args: { indikator: IKU.missing } };
export const Triwulan: Story = { args: { indikator: IKU.quarterly } };
export const WilayahKecamatan: Story = { args: { indikator: IKU.poverty, wilayah: '33.74.01' } };
export const Memuat: Story = {
  render: () => <WidgetSkeleton lines={5} busy={false} />,
};
export const Galat: Story = {
  decorators: [
    satata({ sources: sampleSources({ observations: failing('Server CKAN tidak menjawab (503)') }) }),
  ],
};
export const Kosong: Story = { args: { wilayah: '33.74.99' } };
export const Usang: Story = { decorators: [satata({ asOf: '2028-01-15' })] };
export const NamaOpdPanjang: Story = {
  decorators: [
    satata({
      catalog: {
        ...catalog,
        opd: catalog.opd.map((o) => ({
          ...o,
          nama: `${o.nama} serta Urusan Pemerintahan Bidang Penanaman Modal dan Pelayanan Terpadu Satu Pintu Kota Semarang`,
        })),
      },
    }),
  ],
};
export const English: Story = { decorators: [satata({ locale: 'en' })] };
export const Gelap: Story = { decorators: [satata({ theme: 'dark' })] };
export const KontrasTinggi: Story = { decorators: [satata({ theme: 'high-contrast' })] };
export const Hostile: Story = {
  tags: ['hostile'],
  decorators: [satata({ catalog: hostileCatalog(), regions: hostileRegions(), sources: hostileSources() })],
  args: { indikator: IKU.poverty, wilayah: '33.74.01' },
};
