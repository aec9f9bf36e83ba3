import { xmlSafe } from '@satata/charts';
import { type DataTable, toCsv } from '@satata/core';
import type { EChartsInstance } from './chart/echarts.ts';
import type { SatataLocale } from './messages.ts';

/**
 * A file name from a title: lower-case ASCII letters, digits and dashes only (accents dropped), at most 60
 * characters, `satata` when nothing is left. Safe on every OS, whatever the title holds.
 *
 * @example fileSlug('Persentase Penduduk Miskin (%) 2025') // 'persentase-penduduk-miskin-2025'
 */
export function fileSlug(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/g, '');
  return slug || 'satata';
}

/** The CSV file of a data table: UTF-8 with a byte-order mark (from `toCsv`), so Excel keeps the text intact. */
export function csvBlob(table: DataTable, locale: SatataLocale = 'id'): Blob {
  return new Blob([toCsv(table, { locale })], { type: 'text/csv;charset=utf-8' });
}

/**
 * The chart as a standalone SVG document: the SVG renderer's own output (text escaped by ECharts), without the
 * characters XML does not allow (`xmlSafe`), so the file opens anywhere and the PNG drawn from it loads.
 */
export function chartSvg(chart: EChartsInstance): string {
  return xmlSafe(chart.renderToSVGString());
}

/** The chart as a PNG, drawn from its SVG at `scale` × size on a background colour (the theme's). */
export async function chartPng(chart: EChartsInstance, background: string, scale = 2): Promise<Blob> {
  const svg = chartSvg(chart);
  const width = chart.getWidth();
  const height = chart.getHeight();
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    const image = new Image();
    await new Promise<void>((resolve, reject) => {
      image.onload = () => resolve();
      image.onerror = () => reject(new Error('Gambar SVG grafik tidak dapat dibaca'));
      image.src = url;
    });
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('Kanvas 2D tidak tersedia di peramban ini');
    ctx.fillStyle = background;
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    ctx.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG gagal dibuat'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** Save a blob as a file through a temporary `<a download>` link. */
export function downloadBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.rel = 'noopener';
  a.style.display = 'none';
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
