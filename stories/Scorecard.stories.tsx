import { Scorecard, WidgetSkeleton } from '@satata/react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { satata } from './support/provider.tsx';
import {
  catalog,
  failing,
  hostileCatalog,
  hostileRegions,
  hostileSources,
  sampleSources,
} from './support/sample.ts';

/** The scorecard of every IKU in the sample catalog. */
const meta = {
  title: 'Komponen/Scorecard',
  component: Scorecard,
  decorators: [satata()],
} satisfies Meta<typeof Scorecard>;
export default meta;
type Story = StoryObj<typeof meta>;

export const PerOpd: Story = {};
export const PerUrusan: Story = { args: { defaultGroupBy: 'urusan' } };
export const PerSasaran: Story = { args: { defaultGroupBy: 'sasaran' } };
export const Tahun2023: Story = { args: { tahun: 2023 } };
export const Memuat: Story = { render: () => <WidgetSkeleton lines={6} busy={false} /> };
export const Galat: Story = {
  decorators: [
    satata({ sources: sampleSources({ observations: failing('Server CKAN tidak menjawab (503)') }) }),
  ],
};
export const Kosong: Story = { decorators: [satata({ catalog: { ...catalog, indikator: [] } })] };
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
};
export const HostilePerUrusan: Story = {
  tags: ['hostile'],
  decorators: [satata({ catalog: hostileCatalog(), regions: hostileRegions(), sources: hostileSources() })],
  args: { defaultGroupBy: 'urusan' },
};
export const HostilePerSasaran: Story = {
  tags: ['hostile'],
  decorators: [satata({ catalog: hostileCatalog(), regions: hostileRegions(), sources: hostileSources() })],
  args: { defaultGroupBy: 'sasaran' },
};
