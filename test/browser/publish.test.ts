/**
 * A published site in Chromium, served by `satata serve` under its strict CSP: the pre-rendered dashboard hydrates
 * (the language toggle works, the later sections load from the packs) with zero CSP violations and zero console
 * errors; a snapshot page too, its images loaded; with JavaScript disabled the headline values are on the page;
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
    await page.goto(`${served.url}galeri.html`);
    expect(await violations()).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('has no serious or critical axe violation (dashboard, snapshot, gallery, quality page)', async () => {
    // axe is injected as an inline script, which the site's CSP rightly refuses: this context bypasses it.
    const context = await browser.newContext({ bypassCSP: true });
    const page = await context.newPage();
    for (const path of ['', 'cuplikan/IKU-IPM/', 'galeri.html', 'kualitas.html']) {
      await page.goto(`${served.url}${path}`);
      if (path === '')
        await page.waitForSelector('[data-dashboard-section="scorecard"] table', { timeout: 30_000 });
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
    for (const path of ['', 'cuplikan/IKU-IPM/', 'galeri.html', 'kualitas.html']) {
      await page.goto(`${served.url}${path}`);
      if (path === '')
        await page.waitForSelector('[data-dashboard-section="scorecard"] table', { timeout: 30_000 });
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(width, path || 'index').toBeLessThanOrEqual(390);
    }
    await context.close();
  });
});
