import { type IndicatorResult, type LocatedIssue, mapPeriodShown } from '@satata/core';
import {
  type RegionFeatureCollection,
  RegionMapView,
  type RegionMapViewProps,
  SatataProvider,
  useSelectedRegion,
} from '@satata/react';
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import fc from 'fast-check';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { kemiskinan, mapBoundaries, result } from './fixtures.ts';
import { PAINT, renderWithProvider } from './render.tsx';

afterEach(cleanup);

let kecamatan: RegionFeatureCollection;
let kelurahan: RegionFeatureCollection;
beforeAll(async () => {
  ({ kecamatan, kelurahan } = await mapBoundaries());
});

const TENGAH = '33.74.01';

/** The micro-map over the test boundaries and {@link results} (or other props). */
const mapView = (props: Partial<RegionMapViewProps> = {}) => (
  <RegionMapView
    indicator={kemiskinan}
    results={results()}
    kecamatan={kecamatan}
    kelurahan={kelurahan}
    {...props}
  />
);

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

/** Open the map's region list (its disclosure button) when it is closed; returns the toggle. */
function openRegionList(container: HTMLElement): HTMLButtonElement {
  const toggle = container.querySelector('.satata-map__list-toggle') as HTMLButtonElement;
  if (toggle.getAttribute('aria-expanded') !== 'true') fireEvent.click(toggle);
  return toggle;
}

describe('RegionMapView', () => {
  it('draws the kecamatan with a legend stating method, class counts and Tidak ada data', async () => {
    const { container } = renderWithProvider(mapView());
    await waitFor(() => expect(container.querySelector('.satata-chart svg')).not.toBeNull(), PAINT);
    expect(container.querySelector('[data-satata-level]')!.getAttribute('data-satata-level')).toBe(
      'kecamatan',
    );
    // The region buttons are built only once their list is opened.
    const toggle = container.querySelector('.satata-map__list-toggle')!;
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(toggle.textContent).toBe('Pilih wilayah dari daftar (16)');
    expect(container.querySelectorAll('[data-satata-region]').length).toBe(0);
    openRegionList(container);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(toggle.textContent).toBe('Sembunyikan daftar wilayah');
    expect(container.querySelectorAll('[data-satata-region]').length).toBe(16);
    expect(container.textContent).toContain('Metode klasifikasi: Kuantil');
    // 2024 (the last year, shown first): 15 kecamatan with data in 5 classes, 1 without.
    const items = legend(container);
    expect(items[items.length - 1]).toBe('Tidak ada data (1)');
    const classCounts = items.slice(0, -1).map((t) => Number(/\((\d+)\)$/.exec(t!)![1]));
    expect(classCounts.reduce((a, b) => a + b, 0)).toBe(15);
  });

  it('keeps the same classes every year while counts change with the slider', () => {
    const { container } = renderWithProvider(mapView());
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
    renderWithProvider(mapView({ playInterval: 20 }));
    const slider = screen.getByRole('slider');
    fireEvent.change(slider, { target: { value: '0' } });
    fireEvent.click(screen.getByRole('button', { name: /Putar/ }));
    await waitFor(() => expect(slider.getAttribute('aria-valuetext')).toBe('2024'));
    await waitFor(() =>
      expect(screen.getByRole('button', { name: /Putar/ }).getAttribute('aria-pressed')).toBe('false'),
    );
  });

  it('changes the classification method from the chooser', () => {
    const { container } = renderWithProvider(mapView());
    const group = screen.getByRole('radiogroup', { name: 'Metode klasifikasi' });
    const radio = (name: string) => within(group).getByRole('radio', { name }) as HTMLInputElement;
    expect(radio('Kuantil').checked).toBe(true);
    fireEvent.click(radio('Interval sama'));
    expect(radio('Interval sama').checked).toBe(true);
    expect(radio('Kuantil').checked).toBe(false);
    expect(container.textContent).toContain('Metode klasifikasi: Interval sama');
  });

  it('drills into a kecamatan by keyboard button, sets the linked selection, shows suppressed cells, and goes back with Escape', async () => {
    const { container } = renderWithProvider(
      <>
        <Selected />
        {mapView()}
      </>,
    );
    openRegionList(container);
    const tengah = container.querySelector(`[data-satata-region="${TENGAH}"]`) as HTMLButtonElement;
    expect(tengah.getAttribute('aria-label')).toContain('Buka kelurahan di Semarang Tengah');
    // Pressed from the keyboard (focus on the button): focus moves to the first kelurahan of the new list.
    act(() => tengah.focus());
    fireEvent.click(tengah);
    expect(screen.getByTestId('selected').textContent).toBe(TENGAH);
    expect(document.activeElement?.getAttribute('data-satata-region')).toMatch(new RegExp(`^${TENGAH}\\.`));
    const root = container.querySelector('[data-satata-level]')!;
    expect(root.getAttribute('data-satata-level')).toBe('kelurahan');
    expect(screen.getByRole('heading', { level: 3 }).textContent).toContain('Semarang Tengah');
    const kel = [...container.querySelectorAll('[data-satata-region]')] as HTMLButtonElement[];
    expect(kel.length).toBe(kelurahan.features.filter((f) => f.properties.induk === TENGAH).length);
    // The suppressed kelurahan: "ditekan", never 0; its legend class counts it.
    expect(legend(container)).toContain('Ditekan (sel kecil) (1)');
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
    // Back up from the list: focus on the kecamatan it came from.
    expect(document.activeElement?.getAttribute('data-satata-region')).toBe(TENGAH);
    expect(screen.getByTestId('selected').textContent).toBe('-');
    expect(within(container).queryByRole('button', { name: /Kembali/ })).toBeNull();
  });

  it('names every region button with its value or why it has none (kecamatan, then kelurahan)', () => {
    const { container } = renderWithProvider(mapView());
    openRegionList(container);
    const label = (kode: string) =>
      container.querySelector(`[data-satata-region="${kode}"]`)!.getAttribute('aria-label');
    // 2024 is shown: Semarang Tengah (the first kecamatan by code) 2,1 %; the last kecamatan has no 2024 row.
    expect(label(TENGAH)).toBe('Buka kelurahan di Semarang Tengah (2,10%)');
    const kec = kecamatan.features.map((f) => f.properties).sort((a, b) => a.kode.localeCompare(b.kode));
    const lastKec = kec.at(-1)!;
    expect(label(lastKec.kode)).toBe(`Buka kelurahan di ${lastKec.nama} (n/a (tidak ada data))`);
    fireEvent.click(container.querySelector(`[data-satata-region="${TENGAH}"]`)!);
    const kel = kelurahan.features
      .map((f) => f.properties)
      .filter((p) => p.induk === TENGAH)
      .sort((a, b) => a.kode.localeCompare(b.kode));
    // The first kelurahan is suppressed in 2024, the second 3,5 %, the third 4 %.
    expect(label(kel[0]!.kode)).toBe(`${kel[0]!.nama}: ditekan (sel kecil)`);
    expect(label(kel[1]!.kode)).toBe(`${kel[1]!.nama}: 3,50%`);
    expect(label(kel[2]!.kode)).toBe(`${kel[2]!.nama}: 4,00%`);
  });

  it('speaks English', () => {
    const { container } = renderWithProvider(mapView(), { locale: 'en' });
    expect(container.textContent).toContain('Classification method: Quantile');
    expect(legend(container).at(-1)).toBe('No data (1)');
  });
});

describe('RegionMapView: the citywide kelurahan level', () => {
  const tengahCount = () => kelurahan.features.filter((f) => f.properties.induk === TENGAH).length;

  it('switches to all 177 kelurahan with the level toggle and back, keeping one classification for every year', () => {
    const { container } = renderWithProvider(
      <>
        <Selected />
        {mapView()}
      </>,
    );
    const group = screen.getByRole('radiogroup', { name: 'Tingkat wilayah' });
    const [kec, kel] = within(group).getAllByRole('radio') as HTMLInputElement[];
    expect(kec!.checked).toBe(true);
    expect(kel!.labels![0]!.textContent).toBe('Kelurahan (seluruh kota)');
    // What the arrow key does to a native radio group: check the next radio and fire its change event.
    fireEvent.click(kel!);
    openRegionList(container);
    const root = container.querySelector('[data-satata-widget="map"]')!;
    expect(root.getAttribute('data-satata-level')).toBe('kelurahan');
    expect(root.getAttribute('data-satata-view')).toBe('kelurahan');
    expect(kel!.checked).toBe(true);
    expect(kelurahan.features.length).toBe(177);
    expect(container.querySelectorAll('[data-satata-region]').length).toBe(177);
    expect(screen.getByRole('heading', { level: 3 }).textContent).toContain('seluruh kelurahan');
    // Linked selection untouched (no kecamatan was chosen).
    expect(screen.getByTestId('selected').textContent).toBe('-');
    // 2024: the kelurahan of Semarang Tengah have rows, one suppressed; the other kelurahan have none.
    const n = tengahCount();
    const items = legend(container);
    expect(items.at(-1)).toBe('Ditekan (sel kecil) (1)');
    expect(items.at(-2)).toBe(`Tidak ada data (${177 - n})`);
    const classSum = (xs: (string | null)[]) =>
      xs.slice(0, -2).reduce((a, t) => a + Number(/\((\d+)\)$/.exec(t!)![1]), 0);
    expect(classSum(items)).toBe(n - 1);
    // Class labels only (the numbered classes, not "Tidak ada data" or "ditekan"), without their counts.
    const classLabels = () =>
      [...container.querySelectorAll('.satata-map__legend li')]
        .filter((li) => /^\d+$/.test(li.getAttribute('data-satata-class') ?? ''))
        .map((li) => li.textContent!.replace(/ \(\d+\)$/, ''));
    const before = classLabels();
    expect(before.length).toBeGreaterThan(1);
    fireEvent.change(screen.getByRole('slider'), { target: { value: '0' } });
    expect(screen.getByRole('slider').getAttribute('aria-valuetext')).toBe('2023');
    expect(classLabels()).toEqual(before);
    expect(legend(container).at(-1)).toBe(`Tidak ada data (${177 - n})`);
    fireEvent.click(kec!);
    expect(root.getAttribute('data-satata-level')).toBe('kecamatan');
    expect(container.querySelectorAll('[data-satata-region]').length).toBe(16);
  });

  it('names the kecamatan beside kelurahan names that repeat across the city', () => {
    const { container } = renderWithProvider(mapView({ defaultView: 'kelurahan' }));
    const names = kelurahan.features.map((f) => f.properties.nama);
    const repeated = [...new Set(names.filter((x, i) => names.indexOf(x) !== i))];
    expect(repeated.length).toBeGreaterThan(0);
    openRegionList(container);
    const texts = [...container.querySelectorAll('[data-satata-region]')].map((b) => b.textContent);
    for (const name of repeated) {
      const shown = texts.filter((t) => t!.startsWith(`${name} (`));
      expect(shown.length).toBe(names.filter((x) => x === name).length);
      expect(new Set(shown).size).toBe(shown.length);
    }
    expect(texts).not.toContain(repeated[0]);
  });

  it('leaves a drilled kecamatan (and the linked selection) when the citywide view is chosen', () => {
    const { container } = renderWithProvider(
      <>
        <Selected />
        {mapView()}
      </>,
    );
    openRegionList(container);
    fireEvent.click(container.querySelector(`[data-satata-region="${TENGAH}"]`)!);
    expect(screen.getByTestId('selected').textContent).toBe(TENGAH);
    // The list stays open across levels, now listing the kecamatan's kelurahan.
    expect(container.querySelectorAll('[data-satata-region]').length).toBe(tengahCount());
    fireEvent.click(screen.getByRole('radio', { name: 'Kelurahan (seluruh kota)' }));
    expect(screen.getByTestId('selected').textContent).toBe('-');
    expect(container.querySelectorAll('[data-satata-region]').length).toBe(177);
    expect(within(container).queryByRole('button', { name: /Kembali/ })).toBeNull();
  });
});

describe('RegionMapView: the period shown', () => {
  /** results() plus a 2025 in which every kecamatan is suppressed: drawn, but no region has a value. */
  function withSuppressedYear(): IndicatorResult[] {
    const extra = [...kecamatan.features].map((f) =>
      result({
        indikator: 'IKU-01',
        wilayah: f.properties.kode,
        level: 'kecamatan',
        periode: '2025',
        realisasi: null,
        flags: {
          capaianNegatif: false,
          kecilDenominator: false,
          ditekan: true,
          ilustratif: true,
          seriBerubah: false,
        },
        missing: { realisasi: 'suppressed' },
      }),
    );
    return [...results(), ...extra];
  }

  it('opens on the latest period in which a region has a value, not a later suppressed-only one', () => {
    renderWithProvider(
      <RegionMapView
        indicator={kemiskinan}
        results={withSuppressedYear()}
        kecamatan={kecamatan}
        kelurahan={kelurahan}
      />,
    );
    const slider = screen.getByRole('slider');
    expect(slider.getAttribute('max')).toBe('2'); // 2023, 2024, 2025 are on the slider
    expect(slider.getAttribute('aria-valuetext')).toBe('2024');
  });

  it('follows a controlled periode and reports moves through onPeriodeChange', () => {
    const moves: string[] = [];
    const ui = (periode: string) => mapView({ periode, onPeriodeChange: (p) => moves.push(p) });
    const { rerender } = renderWithProvider(ui('2023'));
    const slider = screen.getByRole('slider');
    expect(slider.getAttribute('aria-valuetext')).toBe('2023');
    fireEvent.change(slider, { target: { value: '1' } });
    expect(moves).toEqual(['2024']);
    // Controlled: the parent decides; until it does, the map stays on 2023.
    expect(screen.getByRole('slider').getAttribute('aria-valuetext')).toBe('2023');
    rerender(ui('2024'));
    expect(screen.getByRole('slider').getAttribute('aria-valuetext')).toBe('2024');
    // A year without data shows the latest year with data before it.
    rerender(ui('2030'));
    expect(screen.getByRole('slider').getAttribute('aria-valuetext')).toBe('2024');
  });

  it('mapPeriodShown: hand-checked cases', () => {
    const ps = ['2021', '2023', '2024'];
    expect(mapPeriodShown(ps, null)).toBe('2024');
    expect(mapPeriodShown(ps, undefined, '2023')).toBe('2023');
    expect(mapPeriodShown(ps, undefined, '2022')).toBe('2024'); // a fallback not drawn is ignored
    expect(mapPeriodShown(ps, '2023')).toBe('2023');
    expect(mapPeriodShown(ps, '2022')).toBe('2021');
    expect(mapPeriodShown(ps, '2020')).toBe('2021');
    expect(mapPeriodShown(ps, '2024-Q2')).toBe('2023'); // Q2 2024 ends before the year 2024
    expect(mapPeriodShown([], '2024')).toBeUndefined();
  });

  it('mapPeriodShown: always a drawn period, never after the wish when an earlier one exists (property)', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 2000, max: 2040 }), { minLength: 1, maxLength: 12 }),
        fc.integer({ min: 1995, max: 2045 }),
        (years, wanted) => {
          const ps = [...years].sort((a, b) => a - b).map(String);
          const shown = mapPeriodShown(ps, String(wanted))!;
          expect(ps).toContain(shown);
          const earlier = ps.filter((p) => Number(p) <= wanted);
          expect(shown).toBe(earlier.length > 0 ? earlier.at(-1) : ps[0]);
        },
      ),
    );
  });
});

describe('RegionMapView: first render under a linked selection', () => {
  it('draws the kelurahan of the selected kecamatan from the first commit (no kecamatan level first)', () => {
    const host = document.body.appendChild(document.createElement('div'));
    const observer = new MutationObserver(() => {});
    observer.observe(host, { subtree: true, attributes: true, attributeFilter: ['data-satata-level'] });
    render(
      <SatataProvider asOf="2025-01-20" selectedRegion={TENGAH} onSelectRegion={() => {}}>
        {mapView()}
      </SatataProvider>,
      { container: host },
    );
    const changes = observer.takeRecords();
    observer.disconnect();
    expect(host.querySelector('[data-satata-widget="map"]')!.getAttribute('data-satata-level')).toBe(
      'kelurahan',
    );
    // The level attribute was never rewritten after the widget was inserted.
    expect(changes).toEqual([]);
  });
});

describe('RegionMapView: rejected input rows (issue 11 §7)', () => {
  const kel = () =>
    kelurahan.features
      .filter((f) => f.properties.induk === TENGAH)
      .map((f) => f.properties.kode)
      .sort();
  /** The 2024 row of the third kelurahan of Semarang Tengah was rejected (NaN), and a row of region 99.99. */
  const issues = (): LocatedIssue[] => [
    {
      code: 'non-numeric',
      severity: 'error',
      source: 'observasi',
      row: 41,
      field: 'nilai',
      value: Number.NaN,
      expected: 'angka berhingga atau kosong',
      indikator: 'IKU-01',
      wilayah: kel()[2]!,
      periode: '2024',
    },
    {
      code: 'unknown-region',
      severity: 'error',
      source: 'observasi',
      row: 42,
      field: 'wilayah',
      value: '99.99',
      expected: 'kode wilayah yang dikenal paket wilayah',
      indikator: 'IKU-01',
      wilayah: '99.99',
      periode: '2024',
    },
  ];
  /** results() without the rejected kelurahan's 2024 row, as the engine leaves it: no data. */
  const withoutRejected = () => results().filter((r) => !(r.wilayah === kel()[2] && r.periode === '2024'));

  it('says how many rows were rejected, opens their reasons, and names the cell that lost its row', () => {
    const { container } = renderWithProvider(
      mapView({ results: withoutRejected(), issues: issues(), defaultView: 'kecamatan' }),
      { selectedRegion: TENGAH, onSelectRegion: () => {} },
    );
    const notice = container.querySelector('[data-satata-rejected]')!;
    expect(notice.getAttribute('data-satata-rejected')).toBe('2');
    const button = within(notice as HTMLElement).getByRole('button');
    expect(button.textContent).toContain('2 baris ditolak');
    fireEvent.click(button);
    const reasons = [
      ...document.getElementById(button.getAttribute('aria-controls')!)!.querySelectorAll('li'),
    ];
    expect(reasons.map((li) => li.textContent)).toEqual([
      `Baris 41 (observasi; ${kel()[2]}; 2024): nilai = NaN; seharusnya: angka berhingga atau kosong`,
      'Baris 42 (observasi; 99.99; 2024): wilayah = "99.99"; seharusnya: kode wilayah yang dikenal paket wilayah',
    ]);
    openRegionList(container);
    const label = container.querySelector(`[data-satata-region="${kel()[2]}"]`)!.getAttribute('aria-label');
    expect(label).toMatch(/: n\/a \(baris ditolak\)$/);
    // The summary under the title says it too.
    expect(container.querySelector('.satata-frame__summary')!.textContent).toContain('2 baris ditolak.');
  });

  it('with every row rejected, the empty map says why instead of showing nothing', () => {
    const { container } = renderWithProvider(mapView({ results: [], issues: issues() }));
    expect(container.querySelector('[data-satata-state="empty"]')).not.toBeNull();
    expect(container.querySelector('[data-satata-rejected]')!.textContent).toContain('2 baris ditolak');
  });
});
