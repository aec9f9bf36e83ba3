import { IndicatorCard, RegionMap, Scorecard, TrendChart } from '@satata/react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { satata } from './support/provider.tsx';
import { hostileCatalog, hostileRegions, hostileSources, IKU } from './support/sample.ts';

function Linked() {
  return (
    <div style={{ display: 'grid', gap: 16 }}>
      <RegionMap indikator={IKU.poverty} areaName="Kota Semarang" />
      <div style={{ display: 'grid', gap: 16, gridTemplateColumns: 'repeat(auto-fit, minmax(260px, 1fr))' }}>
        <IndicatorCard indikator={IKU.poverty} />
        <IndicatorCard indikator={IKU.negative} size="compact" />
      </div>
      <TrendChart indikator={IKU.poverty} />
      <Scorecard />
    </div>
  );
}

/** Linked selection: a kecamatan chosen on the map filters the cards, the trend and the scorecard beside it. */
const meta = {
  title: 'Komposisi/Pilihan tertaut',
  component: Linked,
  decorators: [satata()],
} satisfies Meta<typeof Linked>;
export default meta;
type Story = StoryObj<typeof meta>;

export const SeluruhKota: Story = {};
export const SemarangTengahTerpilih: Story = { decorators: [satata({ defaultSelectedRegion: '33.74.01' })] };
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
