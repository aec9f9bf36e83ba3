/**
 * Draw an SVG document in Chromium the way a PNG export does (an `<img>` of the SVG as a blob, painted on a
 * canvas over a white background), and report what happened: whether it parsed as XML, whether the image loaded,
 * how much of the picture is not background, and the PNG bytes.
 */
import type { Page } from 'playwright-core';

/** The outcome of {@link rasterise}. */
export interface Raster {
  /** The XML parser's error text, or null when the SVG is well-formed XML. */
  readonly parseError: string | null;
  /** False when the browser refused to load the SVG as an image (what breaks a PNG export). */
  readonly loaded: boolean;
  readonly width: number;
  readonly height: number;
  /** Share (0–1) of the pixels that differ from the white background. */
  readonly inked: number;
  /** The PNG (empty when the image did not load). */
  readonly png: Buffer;
}

/** Rasterise `svg` at `scale` × its own `width`/`height` attributes in `page` (any page; about:blank is fine). */
export async function rasterise(page: Page, svg: string, scale = 2): Promise<Raster> {
  const out = await page.evaluate(
    async ({ svg, scale }) => {
      const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
      const error = doc.querySelector('parsererror');
      const root = doc.documentElement;
      const width = Number(root.getAttribute('width') ?? 0);
      const height = Number(root.getAttribute('height') ?? 0);
      const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }));
      try {
        const image = new Image();
        const loaded = await new Promise<boolean>((resolve) => {
          image.onload = () => resolve(true);
          image.onerror = () => resolve(false);
          image.src = url;
        });
        const base = {
          parseError: error ? (error.textContent ?? 'parsererror') : null,
          loaded,
          width,
          height,
        };
        if (!loaded || width <= 0 || height <= 0) return { ...base, inked: 0, png: '' };
        const canvas = document.createElement('canvas');
        canvas.width = Math.round(width * scale);
        canvas.height = Math.round(height * scale);
        const ctx = canvas.getContext('2d')!;
        ctx.fillStyle = '#ffffff';
        ctx.fillRect(0, 0, canvas.width, canvas.height);
        ctx.drawImage(image, 0, 0, canvas.width, canvas.height);
        const data = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
        let ink = 0;
        for (let i = 0; i < data.length; i += 4) {
          if (data[i]! < 250 || data[i + 1]! < 250 || data[i + 2]! < 250) ink++;
        }
        return {
          ...base,
          inked: ink / (canvas.width * canvas.height),
          png: canvas.toDataURL('image/png').replace(/^data:image\/png;base64,/, ''),
        };
      } finally {
        URL.revokeObjectURL(url);
      }
    },
    { svg, scale },
  );
  return { ...out, png: Buffer.from(out.png, 'base64') };
}
