/**
 * Problems are visible where the number is (issue 11 §7), in Debian Chromium over the built Storybook: the
 * Semarang sample with bad rows injected — the unknown region `99.99`, NaN, Infinity and a negative denominator
 * (stories/support/sample.ts, BAD_ROWS).
 * - the map, the cards and the trend whose numbers lost rows say "… baris ditolak" and a disclosure (keyboard:
 *   Enter) lists each row with its field, value and what was expected, as text;
 * - a cell whose own row was rejected reads "n/a (baris ditolak)", never "tidak ada data" (the map's region
 *   buttons, the trend's table);
 * - a map whose every row was rejected (negative denominators) says why it is empty;
 * - the dashboard app links its data-quality report, which lists every issue;
 * - no console error, and no serious or critical axe-core violation with the reasons open.
 *
 * Needs `pnpm build:storybook` first (`pnpm test:browser` does it).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BAD_ROWS } from '../../stories/support/sample.ts';
import { seriousViolations } from './support/axe.ts';
import { launchChromium } from './support/chromium.ts';
import { collectErrors } from './support/dashboard.ts';
import { waitForCharts } from './support/interact.ts';
import { type StaticServer, serveStatic } from './support/static-server.ts';

const dir = join(import.meta.dirname, '..', '..', 'storybook-static');
if (!existsSync(join(dir, 'index.json')))
  throw new Error('storybook-static/index.json tidak ada: jalankan `pnpm build:storybook` dulu');

let browser: Browser;
let server: StaticServer;
beforeAll(async () => {
  [browser, server] = await Promise.all([launchChromium(), serveStatic(dir)]);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function openStory(id: string, run: (page: Page, errors: string[]) => Promise<void>): Promise<void> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const errors = collectErrors(page);
  try {
    await page.goto(`${server.url}/iframe.html?id=${id}&viewMode=story`);
    await page.waitForSelector('#storybook-root > *', { timeout: 15_000 });
    await page.waitForLoadState('networkidle');
    await waitForCharts(page);
    await run(page, errors);
    expect(errors).toEqual([]);
  } finally {
    await page.close();
  }
}

/** Open a rejected-rows disclosure from the keyboard; returns its reasons as text. */
async function reasons(notice: Locator): Promise<string[]> {
  const button = notice.getByRole('button');
  expect(await button.getAttribute('aria-expanded')).toBe('false');
  await button.focus();
  await button.press('Enter');
  expect(await button.getAttribute('aria-expanded')).toBe('true');
  const list = notice.page().locator(`[id="${await button.getAttribute('aria-controls')}"]`);
  return list.locator('li').allTextContents();
}

describe('rejected rows where the number is', () => {
  it('the map, the cards and the trend say how many rows were rejected, and why', async () => {
    await openStory('komposisi-baris-ditolak--sampel-dengan-baris-buruk', async (page) => {
      const map = page.locator('[data-satata-widget="map"]');
      const mapNotice = map.locator('[data-satata-rejected]');
      expect(await mapNotice.getAttribute('data-satata-rejected')).toBe('4');
      expect(await mapNotice.textContent()).toContain('4 baris ditolak');
      const why = await reasons(mapNotice);
      expect(why).toHaveLength(4);
      const all = why.join('\n');
      expect(all).toContain(`${BAD_ROWS.negative}; ${BAD_ROWS.year}): denominator = -5`);
      expect(all).toContain(`${BAD_ROWS.nan}; ${BAD_ROWS.year}): nilai = NaN`);
      expect(all).toContain(`${BAD_ROWS.infinity}; ${BAD_ROWS.year}): numerator = Infinity`);
      expect(all).toContain('wilayah = "99.99"');
      // The reasons are text: no element was made from them.
      expect(await map.locator('.satata-rejected__list li *').count()).toBe(0);
      expect(await map.locator('.satata-frame__summary').textContent()).toContain('4 baris ditolak.');

      // The IPM card (its 2025 row was NaN) and the kecamatan card above the broken kelurahan.
      const ipm = page.locator('article[data-satata-indicator="IKU-IPM"]');
      expect(await ipm.locator('[data-satata-rejected]').textContent()).toContain('1 baris ditolak');
      expect((await reasons(ipm.locator('[data-satata-rejected]')))[0]).toContain('nilai = NaN');
      const kecamatan = page.locator('article.satata-card').nth(1);
      expect(await kecamatan.locator('[data-satata-rejected]').getAttribute('data-satata-rejected')).toBe(
        '4',
      );

      // The trend of IPM: its 2025 reads "n/a (baris ditolak)" in its table.
      const trend = page
        .locator('section.satata-frame')
        .filter({ hasText: 'Indeks Pembangunan Manusia' })
        .last();
      expect(await trend.locator('[data-satata-rejected]').textContent()).toContain('1 baris ditolak');
      await trend.getByRole('button', { name: 'Tampilkan tabel data' }).click();
      const y2025 = trend.locator('tbody tr').filter({ hasText: /^Kota Semarang2025/ });
      expect(await y2025.locator('td').nth(2).textContent()).toBe('n/a (baris ditolak)');

      // The scorecard's IPM row says it too.
      const row = page.locator('.satata-scorecard tr[data-satata-indicator="IKU-IPM"]');
      expect(await row.locator('[data-satata-rejected]').textContent()).toBe('⚠ 1 baris ditolak');

      expect(await seriousViolations(page, '#storybook-root')).toEqual([]);
    });
  });

  it('a kelurahan whose row was rejected reads "n/a (baris ditolak)" on the map', async () => {
    await openStory('komposisi-baris-ditolak--semarang-tengah-terpilih', async (page) => {
      const map = page.locator('[data-satata-widget="map"][data-satata-level="kelurahan"]');
      // By keyboard: a region button shows its detail line on keyboard focus (a click brings it with the click).
      await map.locator('.satata-map__list-toggle').press('Enter');
      for (const kode of [BAD_ROWS.negative, BAD_ROWS.nan, BAD_ROWS.infinity]) {
        const label = await map.locator(`[data-satata-region="${kode}"]`).getAttribute('aria-label');
        expect(label, kode).toMatch(/: n\/a \(baris ditolak\)$/);
      }
      // A neighbour that lost nothing still has its value.
      const other = await map.locator('[data-satata-region="33.74.01.1004"]').getAttribute('aria-label');
      expect(other).toMatch(/: \d+,\d+%$/);
      // The detail line of a broken kelurahan says it too.
      await map.locator(`[data-satata-region="${BAD_ROWS.nan}"]`).focus();
      expect(await map.locator('[data-satata-detail]').textContent()).toContain(
        'n/a (baris ditolak) · 1 baris ditolak',
      );
    });
  });

  it('a map whose every row was rejected says why it is empty', async () => {
    await openStory('komposisi-baris-ditolak--peta-semua-baris-ditolak', async (page) => {
      const map = page.locator('[data-satata-widget="map"]');
      expect(await map.locator('[data-satata-state="empty"]').count()).toBe(1);
      const notice = map.locator('[data-satata-rejected]');
      expect(Number(await notice.getAttribute('data-satata-rejected'))).toBeGreaterThan(1000);
      expect(await notice.textContent()).toMatch(/\d\.\d{3} baris ditolak/);
      const why = await reasons(notice);
      expect(why[0]).toMatch(/: denominator = -\d+; seharusnya: denominator ≥ 0$/);
      expect(await seriousViolations(page, '#storybook-root')).toEqual([]);
    });
  });

  it('the dashboard links its data-quality report, which lists every issue', async () => {
    await openStory('dasbor-baris-ditolak--sampel-dengan-baris-buruk', async (page) => {
      await page.waitForSelector('[data-dashboard-section="headline"] article.satata-card');
      const link = page.locator('[data-dashboard-quality-link]');
      // Six issues on five rows: the NaN row has two (its value and its numerator).
      expect(await link.textContent()).toBe('Laporan kualitas data: 6 masalah');
      await link.click();
      await page.waitForFunction(() => location.hash === '#kualitas-data');
      const section = page.locator('#kualitas-data');
      expect(await section.isVisible()).toBe(true);
      expect(await section.locator('.satata-quality__summary').textContent()).toBe(
        '6 masalah data; 5 baris ditolak.',
      );
      const rows = await section.locator('tbody tr').allTextContents();
      expect(rows).toHaveLength(6);
      for (const text of ['-5', 'NaN', 'Infinity', '"99.99"']) expect(rows.join('\n')).toContain(text);
      // The headline IPM card says it lost its 2025 row.
      const ipm = page.locator(
        '[data-dashboard-section="headline"] article[data-satata-indicator="IKU-IPM"]',
      );
      expect(await ipm.locator('[data-satata-rejected]').textContent()).toContain('1 baris ditolak');
      await waitForCharts(page);
      expect(await seriousViolations(page, '#storybook-root')).toEqual([]);
    });
  });
});
