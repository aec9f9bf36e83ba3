import { buildScorecardViewModel } from '@satata/core';
import { ScorecardView } from '@satata/react';
import { cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { allResults, catalog, LONG_OPD } from './fixtures.ts';
import { renderWithProvider } from './render.tsx';

afterEach(cleanup);

const rowOrder = (container: HTMLElement) =>
  [...container.querySelectorAll('tbody tr')].map((tr) => tr.getAttribute('data-satata-indicator'));

describe('Scorecard', () => {
  const model = buildScorecardViewModel(catalog, allResults, { asOf: '2025-01-20' });
  const { rows } = model;

  it('has one row per IKU, including those without data', () => {
    expect(rows.map((r) => r.model.indikator)).toEqual(['IKU-01', 'IKU-02', 'IKU-03']);
    expect(rows[1]!.result).not.toBeNull(); // IPM has a 2024 row without realisation
    expect(rows[1]!.model.capaian).toBeNull();
  });

  it('summarises categories: one Sangat Tinggi (IKU-01), one Tinggi (IKU-03), one without capaian (IKU-02)', () => {
    const { container } = renderWithProvider(<ScorecardView model={model} />);
    const count = (k: string) => container.querySelector(`[data-satata-count="${k}"]`)!.textContent;
    expect(count('sangat-tinggi')).toBe('1 IKU');
    expect(count('tinggi')).toBe('1 IKU');
    expect(count('sedang')).toBe('0 IKU');
    expect(count('tanpa-capaian')).toBe('1 IKU');
  });

  it('groups by OPD, urusan and sasaran (long names kept whole, missing groups last)', () => {
    const { container } = renderWithProvider(<ScorecardView model={model} />);
    const headings = () => [...container.querySelectorAll('h3')].map((h) => h.textContent);
    expect(headings()).toEqual(['Bappeda (1 IKU)', 'Dinas Pendidikan (1 IKU)', `${LONG_OPD} (1 IKU)`]);
    fireEvent.change(screen.getByLabelText('Kelompokkan menurut'), { target: { value: 'urusan' } });
    expect(headings()).toEqual(['Tenaga kerja (1 IKU)', 'Tanpa kelompok (2 IKU)']);
    fireEvent.change(screen.getByLabelText('Kelompokkan menurut'), { target: { value: 'sasaran' } });
    expect(headings()[0]).toBe('Meningkatnya kesempatan kerja (1 IKU)');
  });

  it('sorts by capaian across groups with missing capaian last, and by name (direction: the next test)', () => {
    const { container } = renderWithProvider(<ScorecardView model={model} defaultGroupBy="urusan" />);
    fireEvent.change(screen.getByLabelText('Kelompokkan menurut'), { target: { value: 'opd' } });
    // One group per IKU under OPD; group by urusan puts IKU-01 and IKU-02 together ("Tanpa kelompok").
    fireEvent.change(screen.getByLabelText('Kelompokkan menurut'), { target: { value: 'urusan' } });
    const capaian = screen.getAllByRole('button', { name: /Urutkan: Capaian/ })[1]!;
    fireEvent.click(capaian);
    expect(rowOrder(container)).toEqual(['IKU-03', 'IKU-01', 'IKU-02']);
    expect(capaian.closest('th')!.getAttribute('aria-sort')).toBe('ascending');
    fireEvent.click(screen.getAllByRole('button', { name: /Urutkan: Capaian/ })[1]!);
    expect(rowOrder(container)).toEqual(['IKU-03', 'IKU-01', 'IKU-02']);
    // Within "Tanpa kelompok" (104,05 and a missing capaian) the missing one stays last after the second click.
    expect(
      container
        .querySelector('[data-satata-group=""]')!
        .querySelectorAll('tbody tr')[0]!
        .getAttribute('data-satata-indicator'),
    ).toBe('IKU-01');
    fireEvent.click(screen.getAllByRole('button', { name: /Urutkan: Indikator/ })[0]!);
    const tanpa = [...container.querySelector('[data-satata-group=""]')!.querySelectorAll('tbody tr')].map(
      (tr) => tr.getAttribute('data-satata-indicator'),
    );
    // "Indeks …" before "Persentase …" ascending by name.
    expect(tanpa).toEqual(['IKU-02', 'IKU-01']);
  });

  it('sorts descending as well as ascending, by capaian, category and name, in one group (missing last both ways)', () => {
    // All three IKU in one group, so that order inside a group can show direction: capaian IKU-01 104,05
    // (Sangat Tinggi) > IKU-03 (Tinggi) > IKU-02 (none).
    const one = { kode: 'G', nama: { id: 'Satu kelompok', en: 'One group' } };
    const same = rows.map((r) => ({ ...r, groups: { opd: one, urusan: one, sasaran: one } }));
    expect(same.map((r) => r.model.capaian! > 0)).toEqual([true, false, true]);
    expect(same[0]!.model.capaian!).toBeGreaterThan(same[2]!.model.capaian!);
    const { container } = renderWithProvider(<ScorecardView model={{ ...model, rows: same }} />);
    const button = (name: RegExp) => screen.getByRole('button', { name });
    const th = (name: RegExp) => button(name).closest('th')!.getAttribute('aria-sort');

    // Default: by name ascending ("Indeks …", "Persentase …", "Tingkat …").
    expect(rowOrder(container)).toEqual(['IKU-02', 'IKU-01', 'IKU-03']);
    fireEvent.click(button(/Urutkan: Indikator/));
    expect(rowOrder(container)).toEqual(['IKU-03', 'IKU-01', 'IKU-02']);
    expect(th(/Urutkan: Indikator/)).toBe('descending');
    expect(button(/Urutkan: Indikator/).getAttribute('aria-label')).toBe('Urutkan: Indikator (turun)');

    fireEvent.click(button(/Urutkan: Capaian/));
    expect(rowOrder(container)).toEqual(['IKU-03', 'IKU-01', 'IKU-02']);
    expect(th(/Urutkan: Capaian/)).toBe('ascending');
    fireEvent.click(button(/Urutkan: Capaian/));
    expect(rowOrder(container)).toEqual(['IKU-01', 'IKU-03', 'IKU-02']);
    expect(th(/Urutkan: Capaian/)).toBe('descending');
    expect(th(/Urutkan: Indikator/)).toBe('none');

    // Category: best band first ascending, worst band first descending.
    fireEvent.click(button(/Urutkan: Kategori/));
    expect(rowOrder(container)).toEqual(['IKU-01', 'IKU-03', 'IKU-02']);
    fireEvent.click(button(/Urutkan: Kategori/));
    expect(rowOrder(container)).toEqual(['IKU-03', 'IKU-01', 'IKU-02']);
    expect(th(/Urutkan: Kategori/)).toBe('descending');
  });

  it('filters by text and by category, and shows the empty state when nothing matches', () => {
    const { container } = renderWithProvider(<ScorecardView model={model} />);
    fireEvent.change(screen.getByLabelText('Saring'), { target: { value: 'pengangguran' } });
    expect(rowOrder(container)).toEqual(['IKU-03']);
    fireEvent.change(screen.getByLabelText('Saring'), { target: { value: '' } });
    fireEvent.change(screen.getByLabelText('Kategori'), { target: { value: 'tanpa-capaian' } });
    expect(rowOrder(container)).toEqual(['IKU-02']);
    fireEvent.change(screen.getByLabelText('Kategori'), { target: { value: 'sangat-rendah' } });
    expect(rowOrder(container)).toEqual([]);
    expect(container.querySelector('[data-satata-state="empty"]')).not.toBeNull();
  });

  it('shows trend words coloured by polarity: TPT rose, which is memburuk', () => {
    const { container } = renderWithProvider(<ScorecardView model={model} />);
    const cell = container.querySelector('tr[data-satata-indicator="IKU-03"] td:last-child')!;
    expect(cell.className).toBe('satata-change--memburuk');
    expect(cell.textContent).toBe('▼ memburuk');
  });

  it('speaks English', () => {
    const { container } = renderWithProvider(<ScorecardView model={model} defaultGroupBy="urusan" />, {
      locale: 'en',
    });
    expect(container.querySelector('h2')!.textContent).toBe('KPI scorecard');
    expect(container.querySelector('h3')!.textContent).toBe('Labour (1 KPI)');
    expect(container.textContent).toContain('worsening');
  });
});
