import { buildCardViewModel } from '@satata/core';
import { IndicatorCardView } from '@satata/react';
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ipm, ipmResults, kemiskinan, kemiskinanResults } from './fixtures.ts';
import { renderWithProvider } from './render.tsx';

afterEach(cleanup);

const opdNames = { BAPPEDA: 'Badan Perencanaan Pembangunan Daerah' };

describe('IndicatorCardView', () => {
  it('shows value with unit and period, target, capaian, category by text and icon, change with arrow and word', () => {
    const model = buildCardViewModel(kemiskinan, kemiskinanResults, { asOf: '2025-01-20', opdNames });
    const { container } = renderWithProvider(<IndicatorCardView model={model} />);
    const card = container.querySelector('article')!;
    expect(within(card).getByRole('heading', { name: 'Persentase penduduk miskin' })).toBeTruthy();
    // 4.03 % in 2024, written id-ID as "4,03%".
    expect(card.querySelector('.satata-card__value')!.textContent).toContain('4,03%');
    expect(card.querySelector('.satata-card__value')!.textContent).toContain('2024');
    expect(card.textContent).toContain('Target: 4,20%');
    // Capaian (2 × 4.2 − 4.03) / 4.2 × 100 = 104.05 (given by the engine fixture), written "104,05%".
    expect(card.textContent).toContain('104,05%');
    const category = card.querySelector('[data-satata-category="sangat-tinggi"]')!;
    expect(category.textContent).toContain('Sangat Tinggi');
    expect(category.textContent).toContain('★');
    // The rate fell by 0.20 points: a fall is "membaik" for a negative indicator, with a down arrow.
    const change = card.querySelector('[data-satata-change]')!;
    expect(change.getAttribute('data-satata-change')).toBe('membaik');
    expect(change.className).toContain('satata-change--membaik');
    expect(change.textContent).toContain('▼');
    expect(change.textContent).toContain('membaik');
    expect(card.textContent).toContain('Data s.d. 2024 · diperbarui 12 Agu 2024');
    expect(card.querySelector('.satata-badge--stale')).toBeNull();
  });

  it('marks itself stale when older than its frequency allows', () => {
    // Yearly data for 2024 stays fresh until 2026-06-30 (2025 ends, + 6 months' publication lag).
    const model = buildCardViewModel(kemiskinan, kemiskinanResults, { asOf: '2026-07-01' });
    const { container } = renderWithProvider(<IndicatorCardView model={model} />);
    expect(container.querySelector('.satata-badge--stale')!.textContent).toContain('Data usang');
    expect(container.querySelector('article')!.getAttribute('data-satata-stale')).toBe('true');
  });

  it('shows a missing realisation as n/a with its reason, a range target, and the ilustratif badge', () => {
    const model = buildCardViewModel(ipm, ipmResults, { asOf: '2025-01-20' });
    const { container } = renderWithProvider(<IndicatorCardView model={model} />);
    const text = container.textContent ?? '';
    expect(text).toContain('n/a (tidak ada data)');
    expect(text).not.toMatch(/Capaian: 0/);
    expect(text).toContain('Target (rentang): 83 – 84');
    expect(container.querySelector('.satata-badge--illustrative')!.textContent).toContain('ilustratif');
  });

  it('opens the info panel from the keyboard button and closes it with Escape, returning focus', () => {
    const model = buildCardViewModel(kemiskinan, kemiskinanResults, { asOf: '2025-01-20', opdNames });
    renderWithProvider(<IndicatorCardView model={model} />);
    const button = screen.getByRole('button', { name: /Info indikator/ });
    expect(button.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(button);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    const panel = document.getElementById(button.getAttribute('aria-controls')!)!;
    expect(panel.hidden).toBe(false);
    const text = panel.textContent ?? '';
    for (const s of [
      'Definisi',
      'Persentase penduduk di bawah garis kemiskinan',
      'Rumus',
      'Penduduk miskin / jumlah penduduk × 100',
      'Satuan',
      'Produsen data',
      'Badan Perencanaan Pembangunan Daerah',
      'Sumber',
      'BPS Kota Semarang',
    ])
      expect(text).toContain(s);
    fireEvent.keyDown(within(panel).getByRole('button', { name: 'Tutup info' }), { key: 'Escape' });
    expect(panel.hidden).toBe(true);
    expect(document.activeElement).toBe(button);
  });

  it('the info panel gives konsep, interpretasi, ukuran and catatan when the catalog has them, as text', () => {
    const described = {
      ...kemiskinan,
      konsep: {
        id: 'Kemiskinan dipandang sebagai ketidakmampuan ekonomi',
        en: 'Poverty as economic inability',
      },
      interpretasi: { id: 'Makin rendah makin baik', en: 'Lower is better' },
      ukuran: 'Persentase penduduk <b>miskin</b>',
      catatan: { id: 'Angka 2024 bersifat sementara', en: 'The 2024 figure is provisional' },
    };
    const model = buildCardViewModel(described, kemiskinanResults, { asOf: '2025-01-20' });
    const panelText = (locale: 'id' | 'en') => {
      const { unmount } = renderWithProvider(<IndicatorCardView model={model} defaultInfoOpen />, { locale });
      const dl = document.querySelector('.satata-info dl')!;
      const pairs = [...dl.querySelectorAll('dt')].map((dt) => [
        dt.textContent,
        dt.nextElementSibling!.textContent,
      ]);
      expect(dl.querySelector('b')).toBeNull(); // markup in data stays text
      unmount();
      return Object.fromEntries(pairs);
    };
    expect(panelText('id')).toMatchObject({
      Konsep: 'Kemiskinan dipandang sebagai ketidakmampuan ekonomi',
      Interpretasi: 'Makin rendah makin baik',
      Ukuran: 'Persentase penduduk <b>miskin</b>',
      Catatan: 'Angka 2024 bersifat sementara',
    });
    expect(panelText('en')).toMatchObject({
      Concept: 'Poverty as economic inability',
      Interpretation: 'Lower is better',
      Measure: 'Persentase penduduk <b>miskin</b>',
      Note: 'The 2024 figure is provisional',
    });
    // Without them, no empty rows.
    const plain = buildCardViewModel(kemiskinan, kemiskinanResults, { asOf: '2025-01-20' });
    renderWithProvider(<IndicatorCardView model={plain} defaultInfoOpen />);
    const terms = [...document.querySelectorAll('.satata-info dt')].map((dt) => dt.textContent);
    expect(terms).toEqual(['Definisi', 'Rumus', 'Satuan', 'Produsen data', 'Sumber']);
  });

  it('speaks English on request', () => {
    const model = buildCardViewModel(kemiskinan, kemiskinanResults, { asOf: '2025-01-20' });
    const { container } = renderWithProvider(<IndicatorCardView model={model} />, { locale: 'en' });
    const text = container.textContent ?? '';
    expect(screen.getByRole('heading', { name: 'Poverty rate' })).toBeTruthy();
    expect(text).toContain('Very high');
    expect(text).toContain('improving');
    expect(text).toContain('Achievement');
    expect(container.querySelector('.satata-root')!.getAttribute('lang')).toBe('en');
  });

  it('renders hostile strings as text', () => {
    const evil = '<img src=x onerror="window.__x=1">';
    const model = buildCardViewModel(
      { ...kemiskinan, nama: { id: evil }, definisi: { id: evil }, sumberData: evil },
      kemiskinanResults,
      { asOf: '2025-01-20', opdNames: { BAPPEDA: evil } },
    );
    const { container } = renderWithProvider(<IndicatorCardView model={model} defaultInfoOpen />);
    expect(container.querySelector('img')).toBeNull();
    expect(screen.getByRole('heading').textContent).toBe(evil);
  });
});

describe('IndicatorCardView: change that rounds to nothing, and no change at all', () => {
  it('"tetap" gets the flat arrow whatever the raw difference’s sign', () => {
    const [, y2023] = kemiskinanResults;
    const model = buildCardViewModel(
      kemiskinan,
      [{ ...y2023!, perubahan: { ...y2023!.perubahan!, selisih: -0.001, arah: 'tetap' } }],
      { asOf: '2025-01-20' },
    );
    const { container } = renderWithProvider(<IndicatorCardView model={model} />);
    const change = container.querySelector('[data-satata-change]')!;
    expect(change.textContent).toBe('▬ Perubahan: tetap dibanding 2022');
  });

  it('says why there is no change when the engine gives none', () => {
    const [, y2023] = kemiskinanResults;
    const model = buildCardViewModel(
      kemiskinan,
      [{ ...y2023!, perubahan: null, missing: { perubahan: 'no-comparable-period' } }],
      { asOf: '2025-01-20' },
    );
    const { container } = renderWithProvider(<IndicatorCardView model={model} />);
    expect(container.querySelector('[data-satata-change]')).toBeNull();
    expect(container.querySelector('[data-satata-change-missing]')!.textContent).toBe(
      'Perubahan: n/a (tidak ada data periode yang sama tahun sebelumnya)',
    );
  });
});
