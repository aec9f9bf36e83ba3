/**
 * The committed golden SVGs of the chart snapshot tests (test/charts/__snapshots__/*.svg), drawn in Chromium as a
 * PNG export draws them, so a reviewer can look at each one: the PNG is written beside them
 * (test/charts/__snapshots__/png/NAME.png, committed; rewritten only when its bytes change). Each golden must parse
 * as XML, load as an image and put ink on the picture — a blank or broken render fails here. So must the SSR SVG of
 * every builder whose names are full of characters XML forbids (issue 11 §6: such SVGs did not open, and their PNG
 * export failed).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderToSvg } from '@satata/charts';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NOT_XML_MAPS, notXmlCases } from '../charts/fixtures.ts';
import { launchChromium } from './support/chromium.ts';
import { rasterise } from './support/svg-raster.ts';

const dir = join(import.meta.dirname, '..', 'charts', '__snapshots__');
const pngDir = join(dir, 'png');
const goldens = readdirSync(dir)
  .filter((f) => f.endsWith('.svg'))
  .sort();

let browser: Browser;
let page: Page;
beforeAll(async () => {
  browser = await launchChromium();
  page = await browser.newPage();
  mkdirSync(pngDir, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
});

describe('chart snapshot goldens as PNG', () => {
  it('has goldens', () => {
    expect(goldens.length).toBeGreaterThanOrEqual(8);
  });

  it.each(goldens)('%s parses, draws something, and is written as PNG', async (file) => {
    const svg = readFileSync(join(dir, file), 'utf8');
    const r = await rasterise(page, svg);
    expect(r.parseError).toBeNull();
    expect(r.loaded).toBe(true);
    expect(r.width).toBeGreaterThan(0);
    expect(r.height).toBeGreaterThan(0);
    // Not blank: at least 1 % of the picture is drawn (the sparkline, the thinnest, inks about 4 %).
    expect(r.inked).toBeGreaterThan(0.01);
    const target = join(pngDir, file.replace(/\.svg$/, '.png'));
    if (!existsSync(target) || !readFileSync(target).equals(r.png)) writeFileSync(target, r.png);
  });
});

describe('SVGs of names holding characters XML forbids', () => {
  it.each(notXmlCases())(
    '%s parses as XML in Chromium and draws as a PNG',
    async (_, option, width, height) => {
      const r = await rasterise(page, renderToSvg(option, { width, height, maps: NOT_XML_MAPS }));
      expect(r.parseError).toBeNull();
      expect(r.loaded).toBe(true);
      expect(r.inked).toBeGreaterThan(0.01);
      expect(r.png.subarray(1, 4).toString('latin1')).toBe('PNG');
    },
  );
});
