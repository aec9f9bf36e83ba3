/**
 * SVG → PNG with resvg (`@resvg/resvg-js`, a kept rasteriser: no browser needed), at 2× for sharp screens. The
 * same SVG always gives the same PNG on one machine; PNGs are kept in the build cache by the SVG's hash, so a
 * rebuild does not rasterise again.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { contentHash } from '../site/files.ts';

/** A rasteriser with an optional on-disk cache folder. */
export type Rasterise = (svg: string) => Uint8Array;

/** Create a rasteriser; with `cacheDir`, PNGs are kept there by the SVG's hash. */
export function createRasteriser(cacheDir?: string, scale = 2): Rasterise {
  if (cacheDir) mkdirSync(cacheDir, { recursive: true });
  return (svg) => {
    const file = cacheDir ? join(cacheDir, `${contentHash(`${scale}|${svg}`).slice(0, 40)}.png`) : null;
    if (file && existsSync(file)) return new Uint8Array(readFileSync(file));
    const png = new Resvg(svg, {
      fitTo: { mode: 'zoom', value: scale },
      background: '#ffffff',
      font: { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans' },
    })
      .render()
      .asPng();
    if (file) writeFileSync(file, png);
    return new Uint8Array(png);
  };
}
