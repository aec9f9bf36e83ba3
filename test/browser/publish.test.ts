/**
 * A published site in Chromium, served by `satata serve` under its strict CSP: the pre-rendered dashboard hydrates
 * (the language toggle works, the later sections load from the packs) with zero CSP violations and zero console
 * errors; its map section loads from the packs when scrolled to; a snapshot page and the map snapshot too, their
 * images loaded; with JavaScript disabled the headline values are on the page;
 * axe finds no serious or critical violation; at 390 px nothing scrolls sideways.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from '../../packages/publish/src/build/build.ts';
import { type ServedSite, serveSite } from '../../packages/publish/src/serve/serve.ts';
import { NOW, sampleConfig, tempDir, writeConfig } from '../publish/support.ts';
import { seriousViolations } from './support/axe.ts';
import { launchChromium } from './support/chromium.ts';
import { collectErrors } from './support/dashboard.ts';

let browser: Browser;
let served: ServedSite;

beforeAll(async () => {
  const dir = tempDir('browser');
  const result = await build(writeConfig(dir, sampleConfig()), { now: NOW });
  served = await serveSite(result.output, { port: 0 });
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await served?.close();
});

/** A page that records CSP violations (listened to before any of the page's code runs). */
async function openPage(
  context: BrowserContext,
): Promise<{ page: Page; errors: string[]; violations: () => Promise<string[]> }> {
  const page = await context.newPage();
  await page.addInitScript(() => {
    const list: string[] = [];
    (window as unknown as { __csp: string[] }).__csp = list;
    document.addEventListener('securitypolicyviolation', (e) =>
      list.push(`${e.violatedDirective} ${e.blockedURI} ${e.sample}`),
    );
  });
  const errors = collectErrors(page);
  return {
    page,
    errors,
    violations: () => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp),
  };
}

/** Wait for the dashboard's later sections, then scroll to the map section and wait until it is drawn. */
async function withMap(page: Page): Promise<void> {
  await page.waitForSelector('[data-dashboard-section="scorecard"] table', { timeout: 30_000 });
  await page.locator('[data-dashboard-section="map"]').scrollIntoViewIfNeeded();
  await page.waitForSelector(
    '[data-dashboard-section="map"] [data-satata-widget="map"] [data-satata-rendering="false"]',
    { timeout: 30_000 },
  );
}

describe('published site in Chromium', () => {
  it('hydrates the dashboard under the CSP with no violation and no console error', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const { page, errors, violations } = await openPage(context);
    const res = await page.goto(served.url);
    expect(res?.headers()['content-security-policy']).toContain("script-src 'self'");
    await page.waitForSelector('[data-dashboard-section="headline"] article.satata-card');
    // Later sections come from the packs once hydrated.
    await page.waitForSelector('[data-dashboard-section="scorecard"] table', { timeout: 30_000 });
    await page.waitForSelector('[data-dashboard-section="trends"] [data-satata-rendering="false"]', {
      timeout: 30_000,
    });
    await page.click('[data-dashboard-language]');
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    expect(await page.textContent('h1')).toMatch(/Performance|Dashboard/i);
    await page.selectOption('select[name="tahun"]', '2023');
    await page.waitForFunction(
      () =>
        document.querySelector('[data-dashboard-period]')?.getAttribute('data-dashboard-period') === '2023',
    );
    expect(await violations()).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('loads the map section when it nears the viewport, from the packs, under the CSP', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const { page, errors, violations } = await openPage(context);
    const requested: string[] = [];
    page.on('request', (r) => requested.push(new URL(r.url()).pathname));
    await page.goto(served.url);
    await page.waitForSelector('[data-dashboard-section="scorecard"] table', { timeout: 30_000 });
    const map = '[data-dashboard-section="map"]';
    // Not near the viewport yet: neither the map's chunk nor its packs were asked for.
    expect(requested.filter((p) => /PublishedMapSection|batas-wilayah|dasbor-IKU/.test(p))).toEqual([]);
    await page.locator(map).scrollIntoViewIfNeeded();
    await page.waitForSelector(`${map} [data-satata-widget="map"] [data-satata-rendering="false"]`, {
      timeout: 30_000,
    });
    expect(requested.some((p) => /\/data\/peta\/batas-wilayah\.[0-9a-f]{10}\.json$/.test(p))).toBe(true);
    expect(
      await page
        .locator(`${map} [data-satata-widget="map"] canvas, ${map} [data-satata-widget="map"] svg`)
        .count(),
    ).toBeGreaterThan(0);
    // The map's text summary, its legend, and the chosen region's (the kota's) card beside it.
    expect(await page.textContent(`${map} .satata-frame__summary`)).toMatch(/kecamatan|wilayah/i);
    expect(await page.locator(`${map} .satata-map__legend li`).count()).toBeGreaterThanOrEqual(2);
    await page.waitForSelector(`${map} .dash-map__side article.satata-card`, { timeout: 30_000 });
    // The data table, on demand.
    await page.click(`${map} [data-satata-widget="map"] .satata-frame__tools button[aria-expanded]`);
    expect(await page.locator(`${map} [data-satata-widget="map"] table tbody tr`).count()).toBeGreaterThan(
      10,
    );
    // Drill into a kecamatan from the region list (keyboard): its kelurahan are drawn, the choice in the URL.
    await page.click(`${map} .satata-map__list-toggle`);
    await page.focus(`${map} [data-satata-region]`);
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => new URL(location.href).searchParams.has('wilayah'));
    await page.waitForSelector(`${map} [data-satata-widget="map"][data-satata-level="kelurahan"]`);
    await page.waitForSelector(`${map} [data-satata-widget="map"] [data-satata-rendering="false"]`);
    expect(await violations()).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows the headline values with JavaScript disabled', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(served.url);
    const values = await page.$$eval('[data-dashboard-section="headline"] .satata-card__value', (els) =>
      els.map((e) => e.textContent ?? ''),
    );
    expect(values.length).toBeGreaterThanOrEqual(4);
    for (const v of values) expect(v).toMatch(/\d/);
    await context.close();
  });

  it('shows a snapshot page under the CSP, its images loaded', async () => {
    const context = await browser.newContext();
    const { page, errors, violations } = await openPage(context);
    await page.goto(`${served.url}cuplikan/IKU-IPM/`);
    const images = await page.$$eval('img', (imgs) =>
      imgs.map((i) => ({
        src: i.src,
        ok: (i as HTMLImageElement).complete && (i as HTMLImageElement).naturalWidth > 0,
      })),
    );
    expect(images.length).toBe(2);
    for (const i of images) expect(i.ok, i.src).toBe(true);
    // The map snapshot: its picture, its summary and its table.
    for (const path of ['cuplikan/peta/', 'cuplikan/peta/en.html']) {
      await page.goto(`${served.url}${path}`);
      const map = await page.$$eval('img', (imgs) =>
        imgs.map((i) => ({
          alt: i.alt,
          ok: (i as HTMLImageElement).complete && (i as HTMLImageElement).naturalWidth > 0,
        })),
      );
      expect(map.length, path).toBe(1);
      expect(map[0]!.ok, path).toBe(true);
      expect(map[0]!.alt.length, path).toBeGreaterThan(40);
      expect(await page.locator('details table tbody tr').count(), path).toBe(177);
    }
    await page.goto(`${served.url}galeri.html`);
    expect(await violations()).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('has no serious or critical axe violation (dashboard, snapshot, gallery, quality page)', async () => {
    // axe is injected as an inline script, which the site's CSP rightly refuses: this context bypasses it.
    const context = await browser.newContext({ bypassCSP: true });
    const page = await context.newPage();
    for (const path of ['', 'cuplikan/IKU-IPM/', 'cuplikan/peta/', 'galeri.html', 'kualitas.html']) {
      await page.goto(`${served.url}${path}`);
      if (path === '') await withMap(page);
      expect(await seriousViolations(page), path || 'index').toEqual([]);
    }
    await context.close();
  });

  it('never scrolls sideways at 390 px', async () => {
    const context = await browser.newContext({
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
    });
    const page = await context.newPage();
    for (const path of ['', 'cuplikan/IKU-IPM/', 'cuplikan/peta/', 'galeri.html', 'kualitas.html']) {
      await page.goto(`${served.url}${path}`);
      if (path === '') await withMap(page);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(width, path || 'index').toBeLessThanOrEqual(390);
    }
    await context.close();
  });
});
