import { echarts } from '@satata/charts';
import { buildCardViewModel, buildTrendViewModel } from '@satata/core';
import { IndicatorCardView, Sparkline, TrendChartView } from '@satata/react';
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { NOT_XML, XML_CHARS } from '../charts/fixtures.ts';
import { ipm, ipmResults, kemiskinan, kemiskinanResults } from './fixtures.ts';
import { PAINT, renderWithProvider } from './render.tsx';

afterEach(cleanup);

describe('TrendChartView', () => {
  it('draws an SVG chart, clears data-satata-rendering when painted, and shows summary and table', async () => {
    const model = buildTrendViewModel(kemiskinan, kemiskinanResults, { rpjmd: { mulai: 2021, akhir: 2026 } });
    const { container } = renderWithProvider(<TrendChartView model={model} />);
    const chart = container.querySelector('.satata-chart')!;
    await waitFor(() => expect(chart.getAttribute('data-satata-rendering')).toBe('false'), PAINT);
    expect(chart.querySelector('svg')).not.toBeNull();
    expect(screen.getByRole('heading', { name: 'Persentase penduduk miskin' })).toBeTruthy();
    expect(container.textContent).toContain(model.ringkasan.id);
    fireEvent.click(screen.getByRole('button', { name: 'Tampilkan tabel data' }));
    const rows = container.querySelectorAll('table tbody tr');
    expect(rows.length).toBe(model.table.rows.length);
  });

  // The label the user gets: React sets it on the chart root, and ECharts' aria component writes the option's
  // description (the same summary) there when it paints; losing the summary in either place shows here.
  it('names the chart picture with its text summary, in each locale', () => {
    const model = buildTrendViewModel(kemiskinan, kemiskinanResults, { rpjmd: { mulai: 2021, akhir: 2026 } });
    expect(model.ringkasan.id).toMatch(/\d/); // a summary with its figures, not only the name
    for (const locale of ['id', 'en'] as const) {
      const { container, unmount } = renderWithProvider(<TrendChartView model={model} />, { locale });
      const chart = container.querySelector('.satata-chart')!;
      expect(chart.getAttribute('role')).toBe('img');
      expect(chart.getAttribute('aria-label')).toBe(model.ringkasan[locale]);
      unmount();
    }
  });

  it('renders tooltips as ECharts rich text, with no HTML, when the provider asks for richText', async () => {
    const model = buildTrendViewModel(kemiskinan, kemiskinanResults, { rpjmd: { mulai: 2021, akhir: 2026 } });
    const tooltipOf = async (mode: 'html' | 'richText') => {
      const { container, unmount } = renderWithProvider(<TrendChartView model={model} />, {
        tooltipMode: mode,
      });
      const el = container.querySelector('.satata-chart') as HTMLElement;
      await waitFor(() => expect(el.getAttribute('data-satata-rendering')).toBe('false'), PAINT);
      // The tooltip is set up when a pointer first comes over the chart.
      fireEvent.pointerOver(el.firstElementChild!);
      const tooltip = (echarts.getInstanceByDom(el)!.getOption() as { tooltip: Record<string, unknown>[] })
        .tooltip[0]!;
      const text = (tooltip.formatter as (p: unknown) => string)([{ dataIndex: 0 }]);
      unmount();
      return { renderMode: tooltip.renderMode, text };
    };
    const html = await tooltipOf('html');
    expect(html.renderMode).toBe('html');
    expect(html.text).toContain('<strong>');
    const rich = await tooltipOf('richText');
    expect(rich.renderMode).toBe('richText');
    expect(rich.text).not.toMatch(/[<>]/);
    expect(rich.text).toContain(model.periodLabels[0]!.id);
    expect(html.text).toContain(model.periodLabels[0]!.id);
  });

  it('exports the chart as SVG through the frame', async () => {
    const model = buildTrendViewModel(kemiskinan, kemiskinanResults);
    const save = vi.fn<(blob: Blob, name: string) => void>();
    const { container } = renderWithProvider(<TrendChartView model={model} save={save} />);
    await waitFor(
      () =>
        expect(container.querySelector('.satata-chart')!.getAttribute('data-satata-rendering')).toBe('false'),
      PAINT,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Unduh SVG' }));
    await waitFor(() => expect(save).toHaveBeenCalledTimes(1));
    const [blob, name] = save.mock.calls[0]!;
    expect(name).toBe('persentase-penduduk-miskin.svg');
    expect(await blob.text()).toMatch(/^<svg[\s\S]*<\/svg>$/);
  });

  it('exports an SVG without the characters XML forbids, whatever the names hold', async () => {
    const bad = { ...kemiskinan, nama: { id: `Kemiskinan ${NOT_XML}`, en: `Poverty ${NOT_XML}` } };
    const model = buildTrendViewModel(bad, kemiskinanResults, {
      regionNames: { '33.74': `Kota ${NOT_XML}` }, // the legend writes it into the SVG
    });
    const save = vi.fn<(blob: Blob, name: string) => void>();
    const { container } = renderWithProvider(<TrendChartView model={model} save={save} />);
    await waitFor(
      () =>
        expect(container.querySelector('.satata-chart')!.getAttribute('data-satata-rendering')).toBe('false'),
      PAINT,
    );
    const raw = echarts.getInstanceByDom(container.querySelector('.satata-chart') as HTMLElement)!;
    expect(raw.renderToSVGString()).not.toMatch(XML_CHARS); // ECharts itself writes them as they are
    fireEvent.click(screen.getByRole('button', { name: 'Unduh SVG' }));
    await waitFor(() => expect(save).toHaveBeenCalledTimes(1));
    const text = await save.mock.calls[0]![0].text();
    expect(text).toMatch(XML_CHARS);
    expect(text).toContain('Kel. Bxyz');
  });

  it('shows the range-target and ilustratif marks of IPM', async () => {
    const model = buildTrendViewModel(ipm, ipmResults);
    const { container } = renderWithProvider(<TrendChartView model={model} />, { locale: 'en' });
    expect(container.querySelector('.satata-badge--illustrative')!.textContent).toContain('illustrative');
    expect(screen.getByRole('heading', { name: 'Human Development Index' })).toBeTruthy();
  });
});

describe('Sparkline in a full card', () => {
  it('renders inside the card at full size only', async () => {
    const model = buildCardViewModel(kemiskinan, kemiskinanResults, { asOf: '2025-01-20' });
    const { container, rerender } = renderWithProvider(
      <IndicatorCardView model={model} sparkline={<Sparkline model={model} />} />,
    );
    await waitFor(() => expect(container.querySelector('.satata-chart svg')).not.toBeNull(), PAINT);
    rerender(<IndicatorCardView model={model} size="compact" sparkline={<Sparkline model={model} />} />);
    expect(container.querySelector('.satata-chart')).toBeNull();
  });
});
