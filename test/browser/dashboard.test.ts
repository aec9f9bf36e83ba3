/**
 * The built executive dashboard in Debian Chromium: every headline card shows its value with no console error,
 * axe-core finds no serious or critical violation, the illustrative notice and the data attribution are shown,
 * and the year / triwulan / language filters live in the URL (reload, back and forward).
 *
 * Needs `pnpm build:dashboard` first (`pnpm test:browser` does it).
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { seriousViolations } from './support/axe.ts';
import { collectErrors, dashboardSession, headlineValues, waitForDashboard } from './support/dashboard.ts';

const session = dashboardSession();

async function withPage(run: (page: Page, errors: string[]) => Promise<void>): Promise<void> {
  const page = await session.browser.newPage({ viewport: { width: 1280, height: 900 } });
  const errors = collectErrors(page);
  try {
    await run(page, errors);
  } finally {
    await page.close();
  }
}

const selectValue = (page: Page, name: string) =>
  page.$eval(`select[name="${name}"]`, (el) => (el as HTMLSelectElement).value);
const shownPeriod = (page: Page) =>
  page.$eval('[data-dashboard-period]', (el) => el.getAttribute('data-dashboard-period'));

describe('dashboard', () => {
  it('renders every headline card with its value, and logs no console error', async () => {
    await withPage(async (page, errors) => {
      await page.goto(`${session.url}/`);
      await waitForDashboard(page);
      const values = await headlineValues(page);
      expect(values.length).toBeGreaterThanOrEqual(4);
      for (const v of values) expect(v.value, v.indikator).toMatch(/\d/);
      // Every section of the mayor's view is there.
      const sections = await page.$$eval('[data-dashboard-section]', (els) =>
        els.map((e) => e.getAttribute('data-dashboard-section')),
      );
      expect(sections).toEqual(
        expect.arrayContaining(['headline', 'distribution', 'attention', 'map', 'trends', 'scorecard']),
      );
      expect(errors).toEqual([]);
    });
  });

  it('says where data is illustrative and credits the boundary and code data', async () => {
    await withPage(async (page) => {
      await page.goto(`${session.url}/`);
      await waitForDashboard(page);
      expect(await page.isVisible('[data-dashboard-notice="ilustratif"]')).toBe(true);
      expect(await page.textContent('[data-dashboard-notice="ilustratif"]')).toContain('Data ilustratif');
      const footer = (await page.textContent('[data-dashboard-footer]')) ?? '';
      expect(footer).toContain('cahyadsn/wilayah_boundaries');
      expect(footer).toContain('MIT');
      expect(footer).toContain('Badan Pusat Statistik');
      expect(footer).toContain('ODbL 1.0');
    });
  });

  it('has no serious or critical axe-core violation, in Bahasa Indonesia and in English', async () => {
    await withPage(async (page) => {
      for (const query of ['', '?bahasa=en&triwulan=2']) {
        await page.goto(`${session.url}/${query}`);
        await waitForDashboard(page);
        expect(await seriousViolations(page), query || 'default').toEqual([]);
      }
    });
  });

  it('keeps year and triwulan in the URL: reload keeps them, back and forward step through them', async () => {
    await withPage(async (page, errors) => {
      await page.goto(`${session.url}/?tahun=2024&triwulan=2`);
      await waitForDashboard(page);
      expect([await selectValue(page, 'tahun'), await selectValue(page, 'triwulan')]).toEqual(['2024', '2']);
      expect(await shownPeriod(page)).toBe('2024-Q2');

      await page.selectOption('select[name="tahun"]', '2023');
      await page.waitForFunction(() => location.search === '?tahun=2023&triwulan=2');
      expect(await shownPeriod(page)).toBe('2023-Q2');

      await page.selectOption('select[name="triwulan"]', '');
      await page.waitForFunction(() => location.search === '?tahun=2023');
      expect(await shownPeriod(page)).toBe('2023');

      await page.reload();
      await waitForDashboard(page);
      expect([await selectValue(page, 'tahun'), await selectValue(page, 'triwulan')]).toEqual(['2023', '']);
      expect(await shownPeriod(page)).toBe('2023');

      await page.goBack();
      await page.waitForFunction(() => location.search === '?tahun=2023&triwulan=2');
      await page.waitForFunction(
        () =>
          document.querySelector('[data-dashboard-period]')?.getAttribute('data-dashboard-period') ===
          '2023-Q2',
      );
      expect(await selectValue(page, 'triwulan')).toBe('2');

      await page.goBack();
      await page.waitForFunction(() => location.search === '?tahun=2024&triwulan=2');
      await page.waitForFunction(
        () =>
          document.querySelector('[data-dashboard-period]')?.getAttribute('data-dashboard-period') ===
          '2024-Q2',
      );
      expect(await selectValue(page, 'tahun')).toBe('2024');

      await page.goForward();
      await page.waitForFunction(() => location.search === '?tahun=2023&triwulan=2');
      expect(await selectValue(page, 'tahun')).toBe('2023');
      expect(errors).toEqual([]);
    });
  });

  it('switches to English and back, keeping the choice in the URL', async () => {
    await withPage(async (page) => {
      await page.goto(`${session.url}/?tahun=2024`);
      await waitForDashboard(page);
      expect(await page.getAttribute('html', 'lang')).toBe('id');
      await page.click('[data-dashboard-language]');
      await page.waitForFunction(() => location.search === '?tahun=2024&bahasa=en');
      expect(await page.getAttribute('html', 'lang')).toBe('en');
      expect(await page.textContent('h1')).toBe('Kota Semarang Performance Dashboard');
      await page.reload();
      await waitForDashboard(page);
      expect(await page.textContent('h1')).toBe('Kota Semarang Performance Dashboard');
      await page.click('[data-dashboard-language]');
      await page.waitForFunction(() => location.search === '?tahun=2024');
      expect(await page.textContent('h1')).toBe('Dasbor Kinerja Kota Semarang');
    });
  });

  it('starts the poverty map on the last complete year of the chosen period', async () => {
    await withPage(async (page, errors) => {
      // tahun=2023: the map's slider ends on 2023; triwulan II of 2025: 2025 is not complete yet, so 2024.
      for (const [query, year] of [
        ['?tahun=2023', '2023'],
        ['?tahun=2025&triwulan=2', '2024'],
      ] as const) {
        await page.goto(`${session.url}/${query}`);
        await waitForDashboard(page);
        const output = '[data-dashboard-section="map"] .satata-map__slider output';
        await page.waitForSelector(output);
        expect(await page.textContent(output), query).toBe(year);
      }
      expect(errors).toEqual([]);
    });
  });

  it('reports invalid URL parameters instead of guessing', async () => {
    await withPage(async (page) => {
      await page.goto(`${session.url}/?tahun=1999&triwulan=7`);
      await waitForDashboard(page);
      const text = (await page.textContent('[data-dashboard-problems]')) ?? '';
      expect(text).toContain('tahun="1999"');
      expect(text).toContain('triwulan="7"');
    });
  });
});
