/**
 * The poverty map's level toggle by keyboard alone on the built dashboard in Debian Chromium: Tab to the radio
 * group "Tingkat wilayah", ArrowRight to "Kelurahan (seluruh kota)" — all 177 kelurahan drawn — and ArrowLeft back
 * to the 16 kecamatan. Native radio buttons: the arrow keys are the browser's own.
 *
 * Needs `pnpm build:dashboard` first (`pnpm test:browser` does it).
 */
import { describe, expect, it } from 'vitest';
import { collectErrors, dashboardSession, tabTo, waitForDashboard } from './support/dashboard.ts';

const session = dashboardSession();

const MAP = '[data-dashboard-section="map"] [data-satata-widget="map"]';
const painted = `${MAP} .satata-chart[data-satata-rendering="false"] path`;

describe('the poverty map’s level toggle, keyboard only', () => {
  it('shows every kelurahan of the city with ArrowRight and the kecamatan again with ArrowLeft', async () => {
    const page = await session.browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors = collectErrors(page);
    try {
      await page.goto(`${session.url}/?tahun=2024`);
      await waitForDashboard(page);
      await page.waitForSelector(painted, { timeout: 30_000 });
      expect(await page.$eval(MAP, (el) => el.getAttribute('data-satata-view'))).toBe('kecamatan');

      await tabTo(page, `${MAP} input[type="radio"]`);
      expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).value)).toBe('kecamatan');
      await page.keyboard.press('ArrowRight');
      await page.waitForSelector(`${MAP}[data-satata-view="kelurahan"]`);
      // The region list (closed) counts the regions on the map.
      const listed = () => page.textContent(`${MAP} .satata-map__list-toggle`);
      expect(await listed()).toBe('Pilih wilayah dari daftar (177)');
      await page.waitForSelector(painted, { timeout: 30_000 });
      // The map paints one area per kelurahan (ECharts draws each region as one or more paths).
      expect(await page.$$eval(`${MAP} .satata-chart path`, (els) => els.length)).toBeGreaterThanOrEqual(177);

      await page.keyboard.press('ArrowLeft');
      await page.waitForSelector(`${MAP}[data-satata-view="kecamatan"]`);
      expect(await listed()).toBe('Pilih wilayah dari daftar (16)');
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });
});

describe('the region list by mouse and by touch', () => {
  for (const input of ['mouse', 'touch'] as const) {
    it(`a ${input === 'mouse' ? 'click' : 'tap'} on a kecamatan drills into its kelurahan`, async () => {
      const context = await session.browser.newContext({
        viewport: input === 'mouse' ? { width: 1280, height: 900 } : { width: 390, height: 844 },
        hasTouch: input === 'touch',
        isMobile: input === 'touch',
      });
      const page = await context.newPage();
      const errors = collectErrors(page);
      try {
        await page.goto(`${session.url}/?tahun=2024`);
        await waitForDashboard(page);
        await page.waitForSelector(painted, { timeout: 30_000 });
        const toggle = page.locator(`${MAP} .satata-map__list-toggle`);
        await toggle.scrollIntoViewIfNeeded();
        if (input === 'mouse') await toggle.click();
        else await toggle.tap();
        // A kecamatan far enough down the list that a line more above it would move it under the pointer.
        const button = page.locator(`${MAP} [data-satata-region]`).nth(5);
        const kode = await button.getAttribute('data-satata-region');
        await button.scrollIntoViewIfNeeded();
        if (input === 'mouse') await button.click();
        else await button.tap();
        await page.waitForFunction((k) => new URL(location.href).searchParams.get('wilayah') === k, kode, {
          timeout: 10_000,
        });
        await page.waitForSelector(`${MAP} .satata-map__back`);
        expect(errors).toEqual([]);
      } finally {
        await context.close();
      }
    });
  }
});
