import type { IndicatorResult } from '@satata/core';
import { PovertyMicroMapView, type RegionFeatureCollection, useSelectedRegion } from '@satata/react';
import { featuresOf } from '@satata/semarang';
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { kemiskinan, result } from './fixtures.ts';
import { PAINT, renderWithProvider } from './render.tsx';

afterEach(cleanup);

let kecamatan: RegionFeatureCollection;
let kelurahan: RegionFeatureCollection;
beforeAll(async () => {
  kecamatan = (await featuresOf('kecamatan')) as unknown as RegionFeatureCollection;
  kelurahan = (await featuresOf('kelurahan')) as unknown as RegionFeatureCollection;
});

const TENGAH = '33.74.01';

/**
 * Illustrative rates: kecamatan i (0-based, by code) has 2 + 0.25 i % in 2023 and 2.1 + 0.25 i % in 2024; the
 * last kecamatan has no 2024 row. Kelurahan of Semarang Tengah: 3 + 0.5 j %, the first one suppressed in 2024 and
 * the second with a small denominator.
 */
function results(): IndicatorResult[] {
  const out: IndicatorResult[] = [];
  const kec = [...kecamatan.features].map((f) => f.properties.kode).sort();
  kec.forEach((kode, i) => {
    out.push(
      result({
        indikator: 'IKU-01',
        wilayah: kode,
        level: 'kecamatan',
        periode: '2023',
        realisasi: 2 + 0.25 * i,
      }),
    );
    if (i < kec.length - 1)
      out.push(
        result({
          indikator: 'IKU-01',
          wilayah: kode,
          level: 'kecamatan',
          periode: '2024',
          realisasi: 2.1 + 0.25 * i,
        }),
      );
  });
  const kel = kelurahan.features
    .filter((f) => f.properties.induk === TENGAH)
    .map((f) => f.properties.kode)
    .sort();
  kel.forEach((kode, j) => {
    for (const periode of ['2023', '2024']) {
      const suppressed = j === 0 && periode === '2024';
      out.push(
        result({
          indikator: 'IKU-01',
          wilayah: kode,
          level: 'kelurahan',
          periode,
          realisasi: suppressed ? null : 3 + 0.5 * j,
          numerator: suppressed ? null : 30 + 5 * j,
          denominator: suppressed ? null : 1000,
          flags: {
            capaianNegatif: false,
            kecilDenominator: j === 1,
            ditekan: suppressed,
            ilustratif: true,
            seriBerubah: false,
          },
          missing: suppressed ? { realisasi: 'suppressed' } : {},
        }),
      );
    }
  });
  return out;
}

function Selected() {
  const [selected] = useSelectedRegion();
  return <p data-testid="selected">{selected ?? '-'}</p>;
}

const legend = (c: HTMLElement) =>
  [...c.querySelectorAll('.satata-map__legend li')].map((li) => li.textContent);

describe('PovertyMicroMapView', () => {
  it('draws the kecamatan with a legend stating method, class counts and Tidak ada data', async () => {
    const { container } = renderWithProvider(
      <PovertyMicroMapView
        indicator={kemiskinan}
        results={results()}
        kecamatan={kecamatan}
        kelurahan={kelurahan}
      />,
    );
    await waitFor(() => expect(container.querySelector('.satata-chart svg')).not.toBeNull(), PAINT);
    expect(container.querySelector('[data-satata-level]')!.getAttribute('data-satata-level')).toBe(
      'kecamatan',
    );
    expect(container.querySelectorAll('[data-satata-region]').length).toBe(16);
    expect(container.textContent).toContain('Metode klasifikasi: Kuantil');
    // 2024 (the last year, shown first): 15 kecamatan with data in 5 classes, 1 without.
    const items = legend(container);
    expect(items[items.length - 1]).toBe('Tidak ada data (1)');
    const classCounts = items.slice(0, -1).map((t) => Number(/\((\d+)\)$/.exec(t!)![1]));
    expect(classCounts.reduce((a, b) => a + b, 0)).toBe(15);
  });

  it('keeps the same classes every year while counts change with the slider', () => {
    const { container } = renderWithProvider(
      <PovertyMicroMapView
        indicator={kemiskinan}
        results={results()}
        kecamatan={kecamatan}
        kelurahan={kelurahan}
      />,
    );
    const slider = screen.getByRole('slider');
    expect(slider.getAttribute('aria-valuetext')).toBe('2024');
    const labels = (items: (string | null)[]) => items.map((t) => t!.replace(/ \(\d+\)$/, ''));
    const before = legend(container);
    fireEvent.change(slider, { target: { value: '0' } });
    expect(slider.getAttribute('aria-valuetext')).toBe('2023');
    expect(container.querySelector('output')!.textContent).toBe('2023');
    const after = legend(container);
    expect(labels(after)).toEqual(labels(before));
    expect(after[after.length - 1]).toBe('Tidak ada data (0)');
  });

  it('plays through the years and stops at the last', async () => {
    renderWithProvider(
      <PovertyMicroMapView
        indicator={kemiskinan}
        results={results()}
        kecamatan={kecamatan}
        kelurahan={kelurahan}
        playInterval={20}
      />,
    );
    const slider = screen.getByRole('slider');
    fireEvent.change(slider, { target: { value: '0' } });
    fireEvent.click(screen.getByRole('button', { name: /Putar/ }));
    await waitFor(() => expect(slider.getAttribute('aria-valuetext')).toBe('2024'));
    await waitFor(() =>
      expect(screen.getByRole('button', { name: /Putar/ }).getAttribute('aria-pressed')).toBe('false'),
    );
  });

  it('changes the classification method from the chooser', () => {
    const { container } = renderWithProvider(
      <PovertyMicroMapView
        indicator={kemiskinan}
        results={results()}
        kecamatan={kecamatan}
        kelurahan={kelurahan}
      />,
    );
    fireEvent.change(screen.getByLabelText('Metode klasifikasi'), { target: { value: 'equal-interval' } });
    expect(container.textContent).toContain('Metode klasifikasi: Interval sama');
  });

  it('drills into a kecamatan by keyboard button, sets the linked selection, shows suppressed cells, and goes back with Escape', async () => {
    const { container } = renderWithProvider(
      <>
        <Selected />
        <PovertyMicroMapView
          indicator={kemiskinan}
          results={results()}
          kecamatan={kecamatan}
          kelurahan={kelurahan}
        />
      </>,
    );
    const tengah = container.querySelector(`[data-satata-region="${TENGAH}"]`) as HTMLButtonElement;
    expect(tengah.getAttribute('aria-label')).toContain('Buka kelurahan di Semarang Tengah');
    fireEvent.click(tengah);
    expect(screen.getByTestId('selected').textContent).toBe(TENGAH);
    const root = container.querySelector('[data-satata-level]')!;
    expect(root.getAttribute('data-satata-level')).toBe('kelurahan');
    expect(screen.getByRole('heading', { level: 3 }).textContent).toContain('Semarang Tengah');
    const kel = [...container.querySelectorAll('[data-satata-region]')] as HTMLButtonElement[];
    expect(kel.length).toBe(kelurahan.features.filter((f) => f.properties.induk === TENGAH).length);
    // The suppressed kelurahan: "ditekan", never 0; its legend class counts it.
    expect(legend(container)).toContain('ditekan (sel kecil) (1)');
    act(() => kel[0]!.focus());
    const detail = container.querySelector('[data-satata-detail]')!;
    expect(detail.textContent).toContain('ditekan (sel kecil)');
    expect(detail.textContent).not.toMatch(/: 0/);
    // Second kelurahan: 3.5 %, numerator 35 of 1,000, small denominator flagged.
    act(() => kel[1]!.focus());
    expect(detail.textContent).toContain('3,5');
    expect(detail.textContent).toContain('Pembilang 35');
    expect(detail.textContent).toContain('Penyebut 1.000');
    expect(detail.textContent).toContain('penyebut kecil');
    fireEvent.keyDown(kel[1]!, { key: 'Escape' });
    expect(root.getAttribute('data-satata-level')).toBe('kecamatan');
    expect(screen.getByTestId('selected').textContent).toBe('-');
    expect(within(container).queryByRole('button', { name: /Kembali/ })).toBeNull();
  });

  it('speaks English', () => {
    const { container } = renderWithProvider(
      <PovertyMicroMapView
        indicator={kemiskinan}
        results={results()}
        kecamatan={kecamatan}
        kelurahan={kelurahan}
      />,
      { locale: 'en' },
    );
    expect(container.textContent).toContain('Classification method: Quantile');
    expect(legend(container).at(-1)).toBe('No data (1)');
  });
});
