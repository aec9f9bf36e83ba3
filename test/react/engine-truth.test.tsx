/**
 * The components show what the engine and the catalog say (issue 10 §5–§8, issue 11 §7), through the connected
 * widgets as a page uses them:
 * - a catalog delivered through `sources.catalog` keeps its own category scale (`resolveCategoryScale` at use time):
 *   the provider's default never overrides `catalog.kategori`;
 * - the card and the scorecard print the capaian as published, with the catalog's decimals (`capaianTeks`);
 * - a card shows the coverage of a rolled-up region, how its figure was made, and its rejected input rows, whose
 *   reasons a disclosure opens, as text.
 */
import {
  BAIK_KURANG_CATEGORY_SCALE,
  type Catalog,
  type CatalogInput,
  Catalog as CatalogSchema,
  type Observation,
} from '@satata/core';
import { IndicatorCard, QueryClient, Scorecard, TrendChart } from '@satata/react';
import { cleanup, fireEvent, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { catalog as baseCatalog } from './fixtures.ts';
import { PAINT, renderWithProvider } from './render.tsx';

afterEach(cleanup);

/** The component fixtures' catalog under the "Sangat Baik – Sangat Kurang" scale, published with 3 decimals. */
const baik: Catalog = CatalogSchema.parse({
  ...(baseCatalog as unknown as CatalogInput),
  kategori: BAIK_KURANG_CATEGORY_SCALE,
  desimalCapaian: 3,
});
/**
 * Poverty rate 2024 at the kota: 4.03 % against 4.2 → (2 × 4.2 − 4.03) / 4.2 × 100 = 104.0476… → 104,048 with
 * three decimals → Sangat Baik. TPT 2024: 5.81 against 4.8 → (9.6 − 5.81) / 4.8 × 100 = 78.958… → 78,958 → Baik.
 */
const observations: Observation[] = [
  { indikator: 'IKU-01', wilayah: '33.74', periode: '2023', nilai: 4.23 },
  { indikator: 'IKU-01', wilayah: '33.74', periode: '2024', nilai: 4.03 },
  { indikator: 'IKU-03', wilayah: '33.74', periode: '2024', nilai: 5.81 },
];
const fresh = () => new QueryClient({ defaultOptions: { queries: { retry: false } } });

describe('a catalog loaded through sources.catalog', () => {
  const sources = { catalog: async () => baik, observations: async () => observations };

  it('keeps its own category scale on the card, its badge and the trend', async () => {
    const { container } = renderWithProvider(
      <>
        <IndicatorCard indikator="IKU-01" />
        <TrendChart indikator="IKU-01" />
      </>,
      { sources, queryClient: fresh() },
    );
    await waitFor(
      () => expect(container.querySelector('.satata-card__value')?.textContent).toContain('4,03%'),
      PAINT,
    );
    const badge = container.querySelector('article [data-satata-category]')!;
    expect(badge.getAttribute('data-satata-category')).toBe('sangat-baik');
    expect(badge.textContent).toContain('Sangat Baik');
    expect(badge.textContent).toContain('★');
    expect(badge.className).toContain('satata-tone-0');
    await waitFor(() => expect(container.textContent).toContain('capaian 104,048% (Sangat Baik)'), PAINT);
  });

  it('counts the scorecard in its own bands and prints each capaian with its decimals', async () => {
    const { container } = renderWithProvider(<Scorecard />, { sources, queryClient: fresh() });
    await waitFor(() => expect(container.querySelectorAll('tbody tr').length).toBe(3), PAINT);
    const count = (k: string) => container.querySelector(`[data-satata-count="${k}"]`)?.textContent;
    expect(count('sangat-baik')).toBe('1 IKU');
    expect(count('baik')).toBe('1 IKU');
    expect(count('sangat-tinggi')).toBeUndefined();
    const tpt = container.querySelector('tr[data-satata-indicator="IKU-03"]')!;
    expect(tpt.textContent).toContain('78,958%');
    expect(
      within(tpt as HTMLElement)
        .getByText('Baik')
        .closest('[data-satata-category]')!.className,
    ).toContain('satata-tone-1');
  });

  it('prints the card’s capaian with the catalog’s decimals, given directly too', async () => {
    const { container } = renderWithProvider(<IndicatorCard indikator="IKU-01" />, {
      catalog: baik,
      sources: { observations: async () => observations },
      queryClient: fresh(),
    });
    await waitFor(() => expect(container.textContent).toContain('104,048%'), PAINT);
  });
});

describe('the card shows how its figure was made', () => {
  const regions = [
    { kode: '33.74', nama: 'Kota Semarang', level: 'kota' as const },
    { kode: '33.74.01', nama: 'Semarang Tengah', level: 'kecamatan' as const, induk: '33.74' },
    { kode: '33.74.01.1001', nama: 'Miroto', level: 'kelurahan' as const, induk: '33.74.01' },
    { kode: '33.74.01.1002', nama: 'Brumbungan', level: 'kelurahan' as const, induk: '33.74.01' },
  ];
  /** Two kelurahan of one kecamatan report counts (a rate); one row has a negative denominator and is rejected. */
  const counts = (denominator: number): Observation[] => [
    { indikator: 'IKU-01', wilayah: '33.74.01.1001', periode: '2024', numerator: 40, denominator: 1000 },
    { indikator: 'IKU-01', wilayah: '33.74.01.1002', periode: '2024', numerator: 30, denominator },
  ];
  const partial: Catalog = CatalogSchema.parse({
    ...(baseCatalog as unknown as CatalogInput),
    indikator: baseCatalog.indikator.map((i) =>
      i.kode === 'IKU-01'
        ? { ...i, levelEstimasi: ['kota', 'kecamatan', 'kelurahan'], cakupanSebagian: true }
        : i,
    ),
  });

  it('coverage of a rolled-up region, and the rejected row with its reason behind a disclosure', async () => {
    const { container } = renderWithProvider(<IndicatorCard indikator="IKU-01" wilayah="33.74.01" />, {
      catalog: partial,
      regions,
      sources: { observations: async () => counts(-5) },
      queryClient: fresh(),
    });
    await waitFor(() => expect(container.querySelector('article')).not.toBeNull(), PAINT);
    const card = container.querySelector('article')!;
    expect(card.querySelector('[data-satata-coverage]')!.textContent).toBe('Cakupan: 1 dari 2 kelurahan');
    expect(card.textContent).toContain('Cakupan sebagian: 1 dari 2 kelurahan melapor.');
    const notice = card.querySelector('[data-satata-rejected]')!;
    expect(notice.getAttribute('data-satata-rejected')).toBe('1');
    const button = within(notice as HTMLElement).getByRole('button');
    expect(button.textContent).toContain('1 baris ditolak');
    expect(button.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(button);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    const list = document.getElementById(button.getAttribute('aria-controls')!)!;
    expect(list.textContent).toBe(
      'Baris 1 (observasi; 33.74.01.1002; 2024): denominator = -5; seharusnya: denominator ≥ 0',
    );
  });

  it('says nothing of rejected rows when none was rejected', async () => {
    const { container } = renderWithProvider(<IndicatorCard indikator="IKU-01" wilayah="33.74.01" />, {
      catalog: partial,
      regions,
      sources: { observations: async () => counts(1000) },
      queryClient: fresh(),
    });
    await waitFor(() => expect(container.querySelector('article')).not.toBeNull(), PAINT);
    expect(container.querySelector('[data-satata-rejected]')).toBeNull();
    expect(container.querySelector('[data-satata-coverage]')!.textContent).toBe(
      'Cakupan: 2 dari 2 kelurahan',
    );
  });
});
