import type { DataTable } from '@satata/core';
import { HttpError, NetworkError, SchemaError, TimeoutError } from '@satata/data';
import {
  ChartFrame,
  DataTableView,
  type EChartsInstance,
  ErrorState,
  ExportButtons,
  LoadingSkeleton,
  WidgetErrorBoundary,
} from '@satata/react';
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithProvider } from './render.tsx';

afterEach(cleanup);

const table: DataTable = {
  caption: { id: 'Kemiskinan per kecamatan', en: 'Poverty by district' },
  columns: [
    { key: 'wilayah', label: { id: 'Wilayah', en: 'Region' }, kind: 'text' },
    { key: 'periode', label: { id: 'Periode', en: 'Period' }, kind: 'period' },
    { key: 'nilai', label: { id: 'Persentase', en: 'Rate' }, kind: 'number', satuan: '%', decimals: 2 },
  ],
  rows: [
    { values: { wilayah: 'Semarang Tengah', periode: '2025-Q2', nilai: 1234.5 }, missing: {} },
    {
      values: { wilayah: '=HYPERLINK("x")', periode: '2025', nilai: null },
      missing: { nilai: 'suppressed' },
    },
  ],
};

/** The text a sighted reader sees: the alert without the content of closed `<details>` (only their summary). */
function shownText(el: HTMLElement): string {
  const clone = el.cloneNode(true) as HTMLElement;
  for (const d of clone.querySelectorAll('details:not([open])')) {
    for (const child of [...d.children]) if (child.tagName !== 'SUMMARY') child.remove();
  }
  return clone.textContent ?? '';
}

/** The alert's technical-detail disclosure. */
function details(el: HTMLElement): { open: boolean; summary: string; detail: string } {
  const d = el.querySelector('details')!;
  return {
    open: d.open,
    summary: d.querySelector('summary')!.textContent ?? '',
    detail: d.querySelector('code')!.textContent ?? '',
  };
}

function Throws({ error }: { readonly error: unknown }): never {
  throw error;
}

function Boom(): never {
  throw new Error('grafik rusak');
}

const control = { fail: true };
function Maybe() {
  if (control.fail) return <Boom />;
  return <p>pulih</p>;
}

describe('states', () => {
  it('loading skeleton is announced as busy', () => {
    renderWithProvider(<LoadingSkeleton />);
    const status = screen.getByRole('status');
    expect(status.getAttribute('aria-busy')).toBe('true');
    expect(status.textContent).toContain('Memuat data…');
  });

  it('error state explains the failure in words, keeps the message behind "Rincian teknis", and retries', () => {
    const retry = vi.fn();
    renderWithProvider(<ErrorState error={new Error('Server CKAN 503')} onRetry={retry} />);
    const alert = screen.getByRole('alert');
    expect(shownText(alert)).toBe(
      'Data gagal dimuat' +
        'Data untuk bagian ini tidak dapat dimuat. Coba lagi; bila terus berulang, hubungi pengelola data.' +
        'Rincian teknis' +
        'Coba lagi',
    );
    expect(details(alert)).toEqual({ open: false, summary: 'Rincian teknis', detail: 'Server CKAN 503' });
    fireEvent.click(within(alert).getByRole('button', { name: 'Coba lagi' }));
    expect(retry).toHaveBeenCalledTimes(1);
  });

  it('a raw JavaScript error reads as a clear sentence in the language of the reader, the raw text only in the disclosure', () => {
    const raw = "Cannot read properties of null (reading '0')";
    for (const [locale, title, sentence] of [
      [
        'id',
        'Komponen ini gagal ditampilkan',
        'Terjadi kesalahan tak terduga saat menampilkan bagian ini. Coba lagi; bila terus berulang, muat ulang halaman.',
      ],
      [
        'en',
        'This component failed to display',
        'Something unexpected went wrong while showing this part. Try again; if it keeps happening, reload the page.',
      ],
    ] as const) {
      const errorSpy = vi.spyOn(console, 'error').mockImplementation(() => {});
      try {
        const { unmount } = renderWithProvider(
          <WidgetErrorBoundary>
            <Throws error={new TypeError(raw)} />
          </WidgetErrorBoundary>,
          { locale },
        );
        const alert = screen.getByRole('alert');
        expect(shownText(alert)).not.toContain(raw);
        expect(shownText(alert)).toContain(title);
        expect(shownText(alert)).toContain(sentence);
        expect(details(alert)).toEqual({
          open: false,
          summary: locale === 'id' ? 'Rincian teknis' : 'Technical details',
          detail: `TypeError: ${raw}`,
        });
        unmount();
      } finally {
        errorSpy.mockRestore();
      }
    }
  });

  it('explains each kind of data-client failure in its own words', () => {
    const request = { url: 'https://data.semarangkota.go.id/api/3/action/package_show', method: 'GET' };
    const cases = [
      [new NetworkError({ request }), 'Server data tidak dapat dihubungi.'],
      [new TimeoutError(15_000, { request }), 'Server data terlalu lama menjawab.'],
      [
        new HttpError(503, '<html>Service Unavailable</html>', { request }),
        'Server data menjawab dengan galat.',
      ],
      [new SchemaError('daftar observasi', { request }), 'Data yang diterima tidak sesuai format'],
    ] as const;
    for (const [error, sentence] of cases) {
      const { unmount } = renderWithProvider(<ErrorState error={error} />);
      const alert = screen.getByRole('alert');
      expect(shownText(alert), error.kind).toContain(sentence);
      expect(shownText(alert)).not.toContain(request.url);
      expect(details(alert).detail).toContain(request.url);
      unmount();
    }
  });

  it('an error boundary keeps a failing widget from reaching its neighbours, and retries', () => {
    const errorSpy = vi.spyOn(console, 'error').mockImplementation(() => {});
    control.fail = true;
    try {
      renderWithProvider(
        <>
          <WidgetErrorBoundary>
            <Maybe />
          </WidgetErrorBoundary>
          <WidgetErrorBoundary>
            <p>tetangga aman</p>
          </WidgetErrorBoundary>
        </>,
      );
      expect(screen.getByText('tetangga aman')).toBeTruthy();
      const alert = screen.getByRole('alert');
      expect(alert.textContent).toContain('Komponen ini gagal ditampilkan');
      expect(alert.textContent).toContain('grafik rusak');
      control.fail = false;
      fireEvent.click(within(alert).getByRole('button', { name: 'Coba lagi' }));
      expect(screen.getByText('pulih')).toBeTruthy();
      expect(screen.queryByRole('alert')).toBeNull();
    } finally {
      errorSpy.mockRestore();
    }
  });
});

describe('DataTableView', () => {
  it('writes cells in id-ID with missing values as n/a and their reason', () => {
    const { container } = renderWithProvider(<DataTableView table={table} />);
    const cells = [...container.querySelectorAll('tbody td')].map((td) => td.textContent);
    expect(cells).toEqual([
      'Semarang Tengah',
      'Triwulan II 2025',
      '1.234,5',
      '=HYPERLINK("x")',
      '2025',
      'n/a (ditekan (sel kecil))',
    ]);
    expect([...container.querySelectorAll('th')].map((th) => th.textContent)).toEqual([
      'Wilayah',
      'Periode',
      'Persentase (%)',
    ]);
  });

  it('writes English headers and periods on request', () => {
    const { container } = renderWithProvider(<DataTableView table={table} />, { locale: 'en' });
    expect(container.querySelector('caption')!.textContent).toBe('Poverty by district');
    expect(container.querySelector('tbody td:nth-child(2)')!.textContent).toBe('Q2 2025');
  });
});

describe('export', () => {
  it('CSV export is UTF-8 with a BOM, CRLF, formula-guarded text and empty missing cells', async () => {
    const save = vi.fn<(blob: Blob, name: string) => void>();
    renderWithProvider(<ExportButtons title="Kemiskinan per Kecamatan 2025" table={table} save={save} />);
    fireEvent.click(screen.getByRole('button', { name: 'Unduh CSV' }));
    expect(save).toHaveBeenCalledTimes(1);
    const [blob, name] = save.mock.calls[0]!;
    expect(name).toBe('kemiskinan-per-kecamatan-2025.csv');
    expect(blob.type).toBe('text/csv;charset=utf-8');
    const bytes = new Uint8Array(await blob.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    expect(text).toBe(
      '\uFEFFWilayah,Periode,Persentase (%)\r\nSemarang Tengah,Triwulan II 2025,1234.5\r\n"\'=HYPERLINK(""x"")",2025,\r\n',
    );
  });

  it('a failed export says so in the language of the reader, the technical message behind the disclosure', async () => {
    const broken = {
      renderToSVGString: () => {
        throw new TypeError("Cannot read properties of null (reading '0')");
      },
    } as unknown as EChartsInstance;
    const save = vi.fn();
    for (const [locale, button, sentence] of [
      ['id', 'Unduh SVG', 'Berkas tidak dapat dibuat. Coba lagi; bila terus berulang, gunakan tabel data.'],
      [
        'en',
        'Download SVG',
        'The file could not be made. Try again; if it keeps happening, use the data table.',
      ],
    ] as const) {
      const { unmount } = renderWithProvider(
        <ExportButtons title="Tren" getChart={() => broken} save={save} />,
        { locale },
      );
      fireEvent.click(screen.getByRole('button', { name: button }));
      const alert = await screen.findByRole('alert');
      expect(shownText(alert)).toBe(`${sentence}${locale === 'id' ? 'Rincian teknis' : 'Technical details'}`);
      expect(details(alert).detail).toBe("TypeError: Cannot read properties of null (reading '0')");
      unmount();
    }
    expect(save).not.toHaveBeenCalled();
  });

  it('chart frame shows the summary, toggles its data table and offers CSV, PNG and SVG', () => {
    renderWithProvider(
      <ChartFrame title="Tren kemiskinan" summary="Turun dari 4,25% ke 4,03%." table={table}>
        <div>grafik</div>
      </ChartFrame>,
    );
    expect(screen.getByText('Turun dari 4,25% ke 4,03%.')).toBeTruthy();
    const toggle = screen.getByRole('button', { name: 'Tampilkan tabel data' });
    expect(screen.queryByRole('table')).toBeNull();
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(screen.getByRole('table')).toBeTruthy();
    for (const name of ['Unduh CSV', 'Unduh PNG', 'Unduh SVG'])
      expect(screen.getByRole('button', { name })).toBeTruthy();
  });

  it('builds a table given as a function only when it is shown or exported', () => {
    const make = vi.fn(() => table);
    const save = vi.fn();
    renderWithProvider(
      <ChartFrame title="Peta kemiskinan" summary="16 kecamatan." table={make} save={save}>
        <div>peta</div>
      </ChartFrame>,
    );
    expect(make).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Unduh CSV' }));
    expect(make).toHaveBeenCalledTimes(1);
    expect(save.mock.calls[0]![1]).toBe('peta-kemiskinan.csv');
    fireEvent.click(screen.getByRole('button', { name: 'Tampilkan tabel data' }));
    expect(make).toHaveBeenCalledTimes(2);
    expect(within(screen.getByRole('table')).getByText('Semarang Tengah')).toBeTruthy();
  });
});
