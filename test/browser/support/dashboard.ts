/**
 * Helpers for browser tests of the built executive dashboard (apps/dashboard/dist): serve it, open it with a
 * query, wait until every chart has painted, and collect console errors.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from './chromium.ts';
import { type StaticServer, serveStatic } from './static-server.ts';

/** The dashboard's Vite build output. */
export const DASHBOARD_DIST = join(import.meta.dirname, '..', '..', '..', 'apps', 'dashboard', 'dist');

/** Throw a clear error when the dashboard was not built. */
export function requireDashboardBuild(): void {
  if (!existsSync(join(DASHBOARD_DIST, 'index.html'))) {
    throw new Error('apps/dashboard/dist/index.html tidak ada: jalankan `pnpm build:dashboard` dulu');
  }
}

/**
 * For one test file: check the build, then launch Chromium and serve the dashboard before its tests and close both
 * after them. Read `browser` and `url` inside tests (they exist once `beforeAll` has run).
 */
export function dashboardSession(): { readonly browser: Browser; readonly url: string } {
  requireDashboardBuild();
  let browser: Browser | undefined;
  let server: StaticServer | undefined;
  beforeAll(async () => {
    [browser, server] = await Promise.all([launchChromium(), serveStatic(DASHBOARD_DIST)]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    get browser() {
      if (!browser) throw new Error('Chromium belum diluncurkan (dipakai di luar test?)');
      return browser;
    },
    get url() {
      if (!server) throw new Error('server dasbor belum berjalan (dipakai di luar test?)');
      return server.url;
    },
  };
}

/** Console errors and uncaught page errors of a page, collected from now on. */
export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  return errors;
}

/** Wait until the headline cards are there and no chart is still rendering. */
export async function waitForDashboard(page: Page, timeout = 30_000): Promise<void> {
  await page.waitForSelector('[data-dashboard-section="headline"] article.satata-card', { timeout });
  await page.waitForFunction(
    () =>
      document.querySelectorAll('[data-satata-rendering]').length > 0 &&
      !document.querySelector('[data-satata-rendering="true"]'),
    null,
    { timeout },
  );
}

/** The value text of every headline card (without the visually hidden "Realisasi:" prefix). */
export function headlineValues(page: Page): Promise<{ indikator: string; value: string }[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('[data-dashboard-section="headline"] article.satata-card')].map((card) => {
      const value = card.querySelector('.satata-card__value');
      const clone = value?.cloneNode(true) as HTMLElement | undefined;
      for (const hidden of clone?.querySelectorAll('.satata-visually-hidden') ?? []) hidden.remove();
      return {
        indikator: card.getAttribute('data-satata-indicator') ?? '',
        value: (clone?.textContent ?? '').trim(),
      };
    }),
  );
}

/** Press Tab until `selector` has focus (at most `max` presses); returns the presses used. Keyboard only. */
export async function tabTo(page: Page, selector: string, max = 400, shift = false): Promise<number> {
  for (let i = 1; i <= max; i++) {
    await page.keyboard.press(shift ? 'Shift+Tab' : 'Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return i;
  }
  throw new Error(`fokus tidak sampai ke ${selector} setelah ${max} kali Tab`);
}
