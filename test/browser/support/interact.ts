/**
 * What a user does to a page of widgets, for the browser tests: open every disclosure, point at every chart.
 */
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

/** Wait until no chart in the page is still painting (`data-satata-rendering="true"`). */
export async function waitForCharts(page: Page): Promise<void> {
  await page.waitForFunction(() => !document.querySelector('[data-satata-rendering="true"]'), null, {
    timeout: 15_000,
  });
}

/**
 * Open every closed disclosure under `root` (buttons with `aria-expanded="false"`: info panels, "Tampilkan tabel
 * data", the map's region list), then wait until any chart they changed has painted again.
 */
export async function openDisclosures(page: Page, root: string): Promise<void> {
  const closed = page.locator(`${root} button[aria-expanded="false"]`);
  const n = await closed.count();
  for (let i = 0; i < n; i++) {
    // Each click opens one; the locator then matches one fewer, so always take the first.
    await closed.first().click();
  }
  expect(await closed.count()).toBe(0);
  await waitForCharts(page);
}

/**
 * Move the mouse over the middle of every chart's drawing under `root`, as a user would, and count the charts that
 * then show an HTML tooltip with text in it (ECharts adds it inside the chart's root, with our
 * `satata-tooltip-host` class). `whileShown` runs while a chart's tooltip is shown, with the chart and its tooltip.
 */
export async function hoverCharts(
  page: Page,
  root: string,
  whileShown?: (chart: Locator, tooltip: Locator) => Promise<void>,
): Promise<number> {
  const charts = page.locator(`${root} .satata-chart`);
  let shown = 0;
  for (let i = 0; i < (await charts.count()); i++) {
    const chart = charts.nth(i);
    await chart.scrollIntoViewIfNeeded();
    // The drawing, not the root: a sparkline's root keeps the charts' minimum height below its 48 px picture.
    const box = await chart.locator('svg').first().boundingBox();
    if (!box) continue;
    await page.mouse.move(box.x + box.width / 2 - 6, box.y + box.height / 2 - 6);
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 3 });
    const tooltip = chart.locator('.satata-tooltip-host').filter({ hasText: /\S/ }).first();
    const visible = await tooltip.waitFor({ state: 'visible', timeout: 2_000 }).then(
      () => true,
      () => false,
    );
    if (visible) {
      shown++;
      await whileShown?.(chart, tooltip);
    }
  }
  return shown;
}
