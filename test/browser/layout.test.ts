/**
 * Layout holds with any text and on any width (issue 11 §8), in Debian Chromium: the hostile-strings stories (long
 * unbroken strings in every field), the widgets with rejected rows (their reasons open) and the executive dashboard,
 * at a 360 px phone and a 1280 px desktop — and the
 * dashboard also at 390 px. With every disclosure open (info panels, data tables, region lists) and a tooltip shown
 * on every chart:
 * - the page never scrolls sideways (`document.scrollingElement.scrollWidth <= clientWidth`);
 * - no widget is wider than its box: its content fits (`scrollWidth <= clientWidth`; tables scroll inside their own
 *   wrapper) and the widget stays inside its parent and the viewport;
 * - every tooltip stays inside its chart.
 *
 * Needs `pnpm build:storybook` and `pnpm build:dashboard` first (`pnpm test:browser` does both).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './support/chromium.ts';
import { DASHBOARD_DIST, requireDashboardBuild, waitForDashboard } from './support/dashboard.ts';
import { hoverCharts, openDisclosures, waitForCharts } from './support/interact.ts';
import { type StaticServer, serveStatic } from './support/static-server.ts';

const storybookDir = join(import.meta.dirname, '..', '..', 'storybook-static');
const indexFile = join(storybookDir, 'index.json');
if (!existsSync(indexFile))
  throw new Error('storybook-static/index.json tidak ada: jalankan `pnpm build:storybook` dulu');
requireDashboardBuild();

interface Entry {
  id: string;
  title: string;
  name: string;
  type: string;
  tags?: string[];
}
const entries = Object.values(JSON.parse(readFileSync(indexFile, 'utf8')).entries as Record<string, Entry>);
/**
 * The hostile-strings stories, the trend with 25 lines (the longest tooltip), and the widgets over rejected rows
 * (their reasons' lists open).
 */
const stories = entries.filter(
  (e) =>
    e.type === 'story' &&
    (e.tags?.includes('hostile') ||
      e.id === 'komponen-trendchart--dua-puluh-lima-wilayah' ||
      e.id === 'komposisi-baris-ditolak--sampel-dengan-baris-buruk'),
);

let browser: Browser;
let storybook: StaticServer;
let dashboard: StaticServer;
beforeAll(async () => {
  [browser, storybook, dashboard] = await Promise.all([
    launchChromium(),
    serveStatic(storybookDir),
    serveStatic(DASHBOARD_DIST),
  ]);
});
afterAll(async () => {
  await browser?.close();
  await storybook?.close();
  await dashboard?.close();
});

/** What overflows: the page sideways, widgets past their box, tooltips past their chart (each with a description). */
interface Overflow {
  readonly page: number;
  readonly widgets: string[];
  readonly tooltips: string[];
}

/** Measure the page and every visible widget under `root` (1 px of rounding allowed). */
function measure(page: Page, root: string): Promise<Omit<Overflow, 'tooltips'>> {
  return page.evaluate((rootSelector) => {
    const name = (el: Element) =>
      `${el.tagName.toLowerCase()}.${[...el.classList].join('.')}${
        el.getAttribute('data-satata-indicator') ? `[${el.getAttribute('data-satata-indicator')}]` : ''
      }`;
    const se = document.scrollingElement!;
    const widgets: string[] = [];
    const vw = document.documentElement.clientWidth;
    for (const w of document.querySelectorAll<HTMLElement>(`${rootSelector} .satata-widget`)) {
      const r = w.getBoundingClientRect();
      if (r.width === 0 && r.height === 0) continue;
      const parent = w.parentElement!.getBoundingClientRect();
      if (w.scrollWidth > w.clientWidth + 1)
        widgets.push(`${name(w)}: content ${w.scrollWidth} > ${w.clientWidth}`);
      if (r.right > parent.right + 1 || r.left < parent.left - 1)
        widgets.push(`${name(w)}: ${r.left}–${r.right} outside its parent ${parent.left}–${parent.right}`);
      if (r.right > vw + 1) widgets.push(`${name(w)}: right edge ${r.right} past the viewport ${vw}`);
    }
    return { page: se.scrollWidth - se.clientWidth, widgets };
  }, root);
}

/** Open everything, point at every chart (checking its tooltip), then measure. */
async function overflowOf(page: Page, root: string): Promise<Overflow> {
  await openDisclosures(page, root);
  const tooltips: string[] = [];
  await hoverCharts(page, root, async (chart, tooltip) => {
    const c = (await chart.boundingBox())!;
    const t = (await tooltip.boundingBox())!;
    const outside =
      t.x < c.x - 1 ||
      t.y < c.y - 1 ||
      t.x + t.width > c.x + c.width + 1 ||
      t.y + t.height > c.y + c.height + 1;
    if (outside)
      tooltips.push(
        `tooltip ${Math.round(t.x)},${Math.round(t.y)} ${Math.round(t.width)}×${Math.round(t.height)} outside chart ${Math.round(c.x)},${Math.round(c.y)} ${Math.round(c.width)}×${Math.round(c.height)}`,
      );
  });
  await page.mouse.move(0, 0);
  return { ...(await measure(page, root)), tooltips };
}

describe('layout: nothing scrolls sideways, widgets and tooltips stay in their boxes', () => {
  it('has the hostile stories, the 25-line trend and the rejected rows', () => {
    expect(stories.filter((s) => s.tags?.includes('hostile')).length).toBeGreaterThanOrEqual(6);
    expect(stories.some((s) => s.id === 'komponen-trendchart--dua-puluh-lima-wilayah')).toBe(true);
    expect(stories.some((s) => s.id === 'komposisi-baris-ditolak--sampel-dengan-baris-buruk')).toBe(true);
  });

  for (const width of [360, 1280]) {
    for (const story of stories) {
      it(`${story.title} / ${story.name} at ${width} px`, async () => {
        const page = await browser.newPage({ viewport: { width, height: 800 } });
        try {
          await page.goto(`${storybook.url}/iframe.html?id=${story.id}&viewMode=story`);
          await page.waitForSelector('#storybook-root > *', { timeout: 15_000 });
          await page.waitForLoadState('networkidle');
          await waitForCharts(page);
          expect(await overflowOf(page, '#storybook-root')).toEqual({ page: 0, widgets: [], tooltips: [] });
        } finally {
          await page.close();
        }
      }, 60_000);
    }
  }

  for (const width of [360, 390, 1280]) {
    it(`the dashboard at ${width} px`, async () => {
      const page = await browser.newPage({ viewport: { width, height: 900 } });
      try {
        await page.goto(`${dashboard.url}/`);
        await waitForDashboard(page);
        expect(await overflowOf(page, 'body')).toEqual({ page: 0, widgets: [], tooltips: [] });
      } finally {
        await page.close();
      }
    }, 120_000);
  }
});
