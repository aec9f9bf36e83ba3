import { IndicatorCard, RegionMap, Scorecard, TrendChart } from '@satata/react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { satata } from './support/provider.tsx';
import { allRejectedMapSources, BAD_ROWS, badRowSources, IKU } from './support/sample.ts';

/**
 * Widgets over the sample with bad rows injected (an unknown region, NaN, Infinity, a negative denominator): each
 * widget whose numbers lost rows says "… baris ditolak" and opens their reasons, and a cell whose own row was
 * rejected reads "n/a (baris ditolak)".
 */
function Rejected() {
  return (
    <div style={{ display: 'grid', gap: 16 }}>
      <RegionMap indikator={IKU.poverty} areaName="Kota Semarang" />
      <div style={{ display: 'grid', gap: 16, gridTemplateColumns: 'repeat(auto-fit, minmax(260px, 1fr))' }}>
        <IndicatorCard indikator="IKU-IPM" />
        <IndicatorCard indikator={IKU.poverty} wilayah={BAD_ROWS.nan.split('.').slice(0, 3).join('.')} />
      </div>
      <TrendChart indikator="IKU-IPM" />
      <Scorecard />
    </div>
  );
}

const meta = {
  title: 'Komposisi/Baris ditolak',
  component: Rejected,
  tags: ['rejected'],
  decorators: [satata({ sources: badRowSources() })],
} satisfies Meta<typeof Rejected>;
export default meta;
type Story = StoryObj<typeof meta>;

export const SampelDenganBarisBuruk: Story = {};
export const SemarangTengahTerpilih: Story = {
  decorators: [satata({ sources: badRowSources(), defaultSelectedRegion: '33.74.01' })],
};
export const English: Story = { decorators: [satata({ sources: badRowSources(), locale: 'en' })] };
/** Every map row has a negative denominator: the map has nothing to draw, and says why. */
export const PetaSemuaBarisDitolak: Story = {
  render: () => <RegionMap indikator={IKU.poverty} areaName="Kota Semarang" />,
  decorators: [satata({ sources: allRejectedMapSources() })],
};
