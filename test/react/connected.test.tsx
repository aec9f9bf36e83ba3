import type { Observation } from '@satata/core';
import { IndicatorCard, QueryClient, Scorecard, TrendChart, useSelectedRegion } from '@satata/react';

import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { catalog } from './fixtures.ts';
import { PAINT, renderWithProvider } from './render.tsx';

afterEach(cleanup);

const KEC = '33.74.01';
/** Published BPS poverty rates of Kota Semarang (%), and an illustrative kecamatan value. */
const observations: Observation[] = [
  { indikator: 'IKU-01', wilayah: '33.74', periode: '2022', nilai: 4.25, diperbarui: '2023-01-16' },
  { indikator: 'IKU-01', wilayah: '33.74', periode: '2023', nilai: 4.23, diperbarui: '2024-01-15' },
  { indikator: 'IKU-01', wilayah: '33.74', periode: '2024', nilai: 4.03, diperbarui: '2024-08-12' },
  { indikator: 'IKU-01', wilayah: KEC, periode: '2024', nilai: 3.1 },
  { indikator: 'IKU-03', wilayah: '33.74', periode: '2024', nilai: 5.81 },
];

function SelectButton() {
  const [selected, select] = useSelectedRegion();
  return (
    <button type="button" onClick={() => select(selected ? null : KEC)}>
      pilih
    </button>
  );
}

describe('connected components', () => {
  it('show a loading skeleton, then the card computed by the engine', async () => {
    let resolve!: (o: Observation[]) => void;
    const pending = new Promise<Observation[]>((r) => {
      resolve = r;
    });
    const { container } = renderWithProvider(<IndicatorCard indikator="IKU-01" />, {
      catalog,
      sources: { observations: () => pending },
    });
    expect(container.querySelector('[data-satata-state="loading"]')).not.toBeNull();
    expect(container.querySelector('[data-satata-rendering="true"]')).not.toBeNull();
    resolve(observations);
    // 2024: 4.03 % against 4.2 → (2 × 4.2 − 4.03) / 4.2 × 100 = 104.05 % (engine, negative polarity).
    await waitFor(() =>
      expect(container.querySelector('.satata-card__value')?.textContent).toContain('4,03%'),
    );
    expect(container.textContent).toContain('104,05%');
    expect(container.textContent).toContain('Sangat Tinggi');
  });

  it('show an error with retry when a source fails, and recover', async () => {
    const source = vi
      .fn<() => Promise<Observation[]>>()
      .mockRejectedValueOnce(new Error('CKAN tidak menjawab'))
      .mockResolvedValue(observations);
    const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    renderWithProvider(<IndicatorCard indikator="IKU-01" />, {
      catalog,
      queryClient,
      sources: { observations: source },
    });
    const retry = await screen.findByRole('button', { name: 'Coba lagi' }, PAINT);
    expect(screen.getByRole('alert').textContent).toContain('CKAN tidak menjawab');
    fireEvent.click(retry);
    await waitFor(
      () => expect(document.querySelector('.satata-card__value')?.textContent).toContain('4,03%'),
      PAINT,
    );
  });

  it('keep a failing widget (unknown indicator) from its neighbours', async () => {
    const errorSpy = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      const { container } = renderWithProvider(
        <>
          <IndicatorCard indikator="TIDAK-ADA" />
          <IndicatorCard indikator="IKU-03" />
        </>,
        { catalog, sources: { observations: async () => observations } },
      );
      await waitFor(() =>
        expect(screen.getByRole('alert').textContent).toContain('"TIDAK-ADA" tidak ada di katalog'),
      );
      await waitFor(() => expect(container.textContent).toContain('5,81%'));
    } finally {
      errorSpy.mockRestore();
    }
  });

  it('show the empty state for an indicator without results in the region', async () => {
    const { container } = renderWithProvider(<IndicatorCard indikator="IKU-02" wilayah="33.74.02" />, {
      catalog,
      sources: { observations: async () => observations },
    });
    await waitFor(() => expect(container.querySelector('[data-satata-state="empty"]')).not.toBeNull());
  });

  it('follow the linked selection: a chosen kecamatan filters the card and is compared on the trend', async () => {
    const { container } = renderWithProvider(
      <>
        <SelectButton />
        <IndicatorCard indikator="IKU-01" />
        <TrendChart indikator="IKU-01" />
      </>,
      {
        catalog,
        sources: { observations: async () => observations },
        regions: [
          { kode: '33.74', nama: 'Kota Semarang', level: 'kota' },
          { kode: KEC, nama: 'Semarang Tengah', level: 'kecamatan', induk: '33.74' },
        ],
      },
    );
    await waitFor(() =>
      expect(container.querySelector('.satata-card__value')?.textContent).toContain('4,03%'),
    );
    fireEvent.click(screen.getByRole('button', { name: 'pilih' }));
    await waitFor(() =>
      expect(container.querySelector('.satata-card__value')?.textContent).toContain('3,10%'),
    );
    expect(container.querySelector('article')!.textContent).toContain('Semarang Tengah');
    // The trend compares the kota and the chosen kecamatan.
    await waitFor(() => expect(container.textContent).toContain('Grafik membandingkan 2 wilayah.'), PAINT);
    fireEvent.click(screen.getByRole('button', { name: 'pilih' }));
    await waitFor(() =>
      expect(container.querySelector('.satata-card__value')?.textContent).toContain('4,03%'),
    );
  });

  it('scorecard over the engine: every IKU, in catalog groups', async () => {
    const { container } = renderWithProvider(<Scorecard />, {
      catalog,
      sources: { observations: async () => observations },
    });
    await waitFor(() => expect(container.querySelectorAll('tbody tr').length).toBe(3));
    // TPT 2024: 5.81 against 4.8 → (2 × 4.8 − 5.81) / 4.8 × 100 = 78.96 → Tinggi (≥ 76).
    expect(container.querySelector('tr[data-satata-indicator="IKU-03"]')!.textContent).toContain('78,96%');
    expect(container.querySelector('[data-satata-count="tinggi"]')!.textContent).toBe('1 IKU');
  });
});
