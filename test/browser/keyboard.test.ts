/**
 * The keyboard alone (page.keyboard only: Tab, Enter, Escape, arrow keys — no mouse, no clicks) on the built
 * dashboard in Debian Chromium: open and close a card's info panel, open the poverty map's region list and drill
 * down to a kecamatan and back up (by its back button and by Escape), and move the map's time slider.
 *
 * Needs `pnpm build:dashboard` first (`pnpm test:browser` does it).
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { collectErrors, dashboardSession, tabTo, waitForDashboard } from './support/dashboard.ts';

const session = dashboardSession();

const MAP = '[data-dashboard-section="map"] [data-satata-widget="map"]';

async function openDashboard(query = ''): Promise<{ page: Page; errors: string[] }> {
  const page = await session.browser.newPage({ viewport: { width: 1280, height: 900 } });
  const errors = collectErrors(page);
  await page.goto(`${session.url}/${query}`);
  await waitForDashboard(page);
  await page.waitForSelector(`${MAP} .satata-chart[data-satata-rendering="false"]`, { timeout: 30_000 });
  return { page, errors };
}

const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    return el
      ? { tag: el.tagName, text: el.textContent?.trim() ?? '', label: el.getAttribute('aria-label') }
      : null;
  });
const mapLevel = (page: Page) => page.$eval(MAP, (el) => el.getAttribute('data-satata-level'));

describe('keyboard only', () => {
  it('opens a headline card’s info panel with Enter and closes it with Escape, returning focus', async () => {
    const { page, errors } = await openDashboard();
    try {
      const button = '[data-dashboard-section="headline"] article.satata-card button[aria-controls]';
      await tabTo(page, button);
      const panelId = await page.evaluate(() => document.activeElement?.getAttribute('aria-controls') ?? '');
      expect(panelId).not.toBe('');
      const panel = `[id="${panelId}"]`;
      expect(await page.isHidden(panel)).toBe(true);

      await page.keyboard.press('Enter');
      await page.waitForSelector(panel, { state: 'visible' });
      expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-expanded'))).toBe('true');
      const text = (await page.textContent(panel)) ?? '';
      for (const term of ['Definisi', 'Satuan', 'Produsen data', 'Sumber']) expect(text).toContain(term);

      // Into the panel (its close button), then Escape: closed, focus back on the info button.
      await page.keyboard.press('Tab');
      expect(
        await page.evaluate((p) => document.querySelector(p)?.contains(document.activeElement), panel),
      ).toBe(true);
      await page.keyboard.press('Escape');
      await page.waitForSelector(panel, { state: 'hidden' });
      expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-controls'))).toBe(panelId);
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('drills the poverty map down to a kecamatan and back up, by the back button and by Escape', async () => {
    const { page, errors } = await openDashboard('?tahun=2024');
    try {
      expect(await mapLevel(page)).toBe('kecamatan');
      // The region buttons live in a list opened by its disclosure button.
      await tabTo(page, `${MAP} .satata-map__list-toggle`);
      expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-expanded'))).toBe('false');
      await page.keyboard.press('Enter');
      await page.waitForSelector(`${MAP} [data-satata-region]`);
      const kecamatanButtons = await page.$$eval(`${MAP} [data-satata-region]`, (els) =>
        els.map((e) => e.getAttribute('data-satata-region')),
      );
      expect(kecamatanButtons).toHaveLength(16);

      await tabTo(page, `${MAP} [data-satata-region]`);
      const kode = await page.evaluate(() => document.activeElement?.getAttribute('data-satata-region'));
      expect(kode).toMatch(/^33\.74\.\d{2}$/);
      await page.keyboard.press('Enter');
      await page.waitForSelector(`${MAP}[data-satata-level="kelurahan"]`);
      // The chosen kecamatan's kelurahan, and the choice in the URL (linked selection).
      const kelurahan = await page.$$eval(`${MAP} [data-satata-region]`, (els) =>
        els.map((e) => e.getAttribute('data-satata-region') ?? ''),
      );
      expect(kelurahan.length).toBeGreaterThan(1);
      for (const k of kelurahan) expect(k.startsWith(`${kode}.`)).toBe(true);
      // Focus moved on to the first kelurahan of the new list (the kecamatan's button is gone).
      expect(await page.evaluate(() => document.activeElement?.getAttribute('data-satata-region'))).toBe(
        kelurahan[0],
      );
      await page.waitForFunction((k) => new URLSearchParams(location.search).get('wilayah') === k, kode);

      // Back up by the back button.
      await tabTo(page, `${MAP} .satata-map__bar button`);
      expect((await focused(page))?.text).toContain('Kembali');
      await page.keyboard.press('Enter');
      await page.waitForSelector(`${MAP}[data-satata-level="kecamatan"]`);
      await page.waitForFunction(() => !new URLSearchParams(location.search).has('wilayah'));
      // The back button is gone with the level: focus is on the kecamatan left, in the still open list.
      expect(await page.evaluate(() => document.activeElement?.getAttribute('data-satata-region'))).toBe(
        kode,
      );

      // Down again from there (Enter on the focused kecamatan), then up by Escape from a kelurahan button.
      await page.keyboard.press('Enter');
      await page.waitForSelector(`${MAP}[data-satata-level="kelurahan"]`);
      await tabTo(page, `${MAP} [data-satata-region]`);
      await page.keyboard.press('Escape');
      await page.waitForSelector(`${MAP}[data-satata-level="kecamatan"]`);
      // Focus back on the kecamatan the keyboard came from.
      expect(await page.evaluate(() => document.activeElement?.getAttribute('data-satata-region'))).toBe(
        kode,
      );
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('moves the map’s time slider with the arrow keys, Home and End', async () => {
    const { page, errors } = await openDashboard();
    try {
      const slider = `${MAP} input[type="range"]`;
      await tabTo(page, slider);
      const read = () =>
        page.$eval(slider, (el) => ({
          value: Number((el as HTMLInputElement).value),
          max: Number((el as HTMLInputElement).max),
          text: el.getAttribute('aria-valuetext'),
        }));
      const start = await read();
      expect(start.max).toBeGreaterThan(0);
      expect(start.value).toBe(start.max); // the latest year first

      await page.keyboard.press('ArrowLeft');
      const left = await read();
      expect(left.value).toBe(start.max - 1);
      expect(left.text).not.toBe(start.text);
      expect(await page.textContent(`${MAP} .satata-map__slider output`)).toBe(left.text);

      await page.keyboard.press('Home');
      expect((await read()).value).toBe(0);
      await page.keyboard.press('End');
      expect((await read()).value).toBe(start.max);
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
