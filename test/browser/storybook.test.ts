/**
 * Every story of the static Storybook build, in Debian Chromium: it renders, logs no console error, and axe-core
 * finds no serious or critical violation. Stories tagged `hostile` carry script-like strings in every text field:
 * they must create no element and run no script from the data — also once the mouse has been over every chart, so
 * that the tooltips (set up on the first pointer over a chart) have been built and shown with hostile text, and once
 * every disclosure (info panels, data tables, region lists) is open. And each hostile field the story claims
 * (`HOSTILE_CLAIMS` of stories/support/hostile.ts) must then be on the page as text. The one story tagged `expected-error` (a widget
 * that throws inside its error boundary) may log that error only, and must show it inside the widget.
 *
 * Needs `pnpm build:storybook` first (`pnpm test` does it).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BOUNDARY_STORY_ERROR } from '../../stories/support/boundary.ts';
import {
  HOSTILE_CLAIMS,
  HOSTILE_FIELDS,
  type HostileField,
  hostileTextPattern,
} from '../../stories/support/hostile.ts';
import { XML_CHARS } from '../charts/fixtures.ts';
import { seriousViolations } from './support/axe.ts';
import { launchChromium } from './support/chromium.ts';
import { hoverCharts, openDisclosures } from './support/interact.ts';
import { type StaticServer, serveStatic } from './support/static-server.ts';

const dir = join(import.meta.dirname, '..', '..', 'storybook-static');
const indexFile = join(dir, 'index.json');
if (!existsSync(indexFile))
  throw new Error('storybook-static/index.json tidak ada: jalankan `pnpm build:storybook` dulu');

interface Entry {
  id: string;
  title: string;
  name: string;
  type: string;
  tags?: string[];
}
const stories = Object.values(
  JSON.parse(readFileSync(indexFile, 'utf8')).entries as Record<string, Entry>,
).filter((e) => e.type === 'story');

let browser: Browser;
let server: StaticServer;
beforeAll(async () => {
  [browser, server] = await Promise.all([launchChromium(), serveStatic(dir)]);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('storybook', () => {
  it('has stories', () => {
    expect(stories.length).toBeGreaterThan(0);
  });

  it('claims for every hostile story which hostile fields it shows, and every field is claimed by one', () => {
    const hostileStories = stories.filter((s) => s.tags?.includes('hostile'));
    expect(hostileStories.length).toBeGreaterThanOrEqual(6);
    const keys = hostileStories.map(claimKey);
    for (const key of keys) expect(HOSTILE_CLAIMS[key]?.length ?? 0, key).toBeGreaterThan(0);
    const claimed = new Set(keys.flatMap((k) => HOSTILE_CLAIMS[k] ?? []));
    expect(HOSTILE_FIELDS.filter((f) => !claimed.has(f))).toEqual([]);
  });

  for (const story of stories) {
    it(`${story.title} / ${story.name}`, async () => {
      const page = await browser.newPage();
      const errors: string[] = [];
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(m.text());
      });
      page.on('pageerror', (e) => errors.push(String(e)));
      const hostile = story.tags?.includes('hostile') ?? false;
      try {
        await page.goto(`${server.url}/iframe.html?id=${story.id}&viewMode=story`);
        await page.waitForSelector('#storybook-root > *', { timeout: 15_000 });
        await page.waitForLoadState('networkidle');
        await page.waitForFunction(() => !document.querySelector('[data-satata-rendering="true"]'), null, {
          timeout: 15_000,
        });
        if (story.tags?.includes('expected-error')) {
          await checkBoundaryStory(page, errors);
        } else {
          expect(errors).toEqual([]);
        }
        expect(await seriousViolations(page, '#storybook-root')).toEqual([]);
        if (hostile) {
          const charts = await page.locator('#storybook-root .satata-chart').count();
          const tooltips = await hoverCharts(page, '#storybook-root');
          if (charts > 0) expect(tooltips).toBeGreaterThan(0);
          await openDisclosures(page, '#storybook-root');
          const text = (await page.textContent('#storybook-root')) ?? '';
          const missing = (HOSTILE_CLAIMS[claimKey(story)] ?? []).filter(
            (f: HostileField) => !hostileTextPattern(f).test(text),
          );
          expect(missing, 'hostile fields claimed but not on the page as text').toEqual([]);
          const framed = await page
            .locator('#storybook-root .satata-frame')
            .filter({ has: page.locator('.satata-chart') })
            .count();
          expect(await checkExports(page)).toBe(framed);
          const injected = await page.evaluate(() => ({
            ran: (window as unknown as { __satataXss?: unknown }).__satataXss ?? null,
            elements: document.querySelectorAll(
              '#storybook-root img[src="x"], #storybook-root script, #storybook-root iframe, [data-xss]',
            ).length,
          }));
          expect(injected).toEqual({ ran: null, elements: 0 });
        }
      } finally {
        await page.close();
      }
    }, 60_000);
  }
});

/**
 * Export every chart of the story as PNG and as SVG through its buttons, as a user would: each PNG must be a PNG
 * (the SVG it is drawn from loaded as an image) and each SVG well-formed XML made of XML characters only — the
 * hostile texts carry characters XML forbids. Returns the number of charts exported.
 */
async function checkExports(page: Page): Promise<number> {
  const frames = page.locator('#storybook-root .satata-frame').filter({ has: page.locator('.satata-chart') });
  let exported = 0;
  for (let i = 0; i < (await frames.count()); i++) {
    const group = frames.nth(i).locator('.satata-frame__tools[role="group"]');
    const png = group.getByRole('button', { name: 'Unduh PNG', exact: true });
    const download = async (button: typeof png) => {
      const [file] = await Promise.all([page.waitForEvent('download', { timeout: 10_000 }), button.click()]);
      return readFileSync((await file.path())!);
    };
    const pngBytes = await download(png);
    expect(pngBytes.subarray(1, 4).toString('latin1')).toBe('PNG');
    const svg = (await download(group.getByRole('button', { name: 'Unduh SVG', exact: true }))).toString(
      'utf8',
    );
    expect(svg).toMatch(XML_CHARS);
    const parsed = await page.evaluate(
      (text) => !new DOMParser().parseFromString(text, 'image/svg+xml').querySelector('parsererror'),
      svg,
    );
    expect(parsed).toBe(true);
    exported++;
  }
  return exported;
}

/** The key of a story in `HOSTILE_CLAIMS`: its title and name. */
function claimKey(story: Entry): string {
  return `${story.title}/${story.name}`;
}

/**
 * The error-boundary story: the one widget that throws while rendering logs that error (React reports errors its
 * boundaries catch) and nothing else; it shows its own alert with "Coba lagi" while the cards beside it render;
 * "Coba lagi" renders it again, and it recovers without a new error.
 */
async function checkBoundaryStory(page: Page, errors: string[]): Promise<void> {
  expect(errors.length).toBeGreaterThan(0);
  for (const e of errors) expect(e).toContain(BOUNDARY_STORY_ERROR);
  const alert = page.locator('[data-story-failing] [role="alert"]');
  expect(await alert.count()).toBe(1);
  expect(await page.locator('#storybook-root article.satata-card').count()).toBe(2);
  const seen = errors.length;
  await page.locator('[data-story-failing]').getByRole('button', { name: 'Coba lagi' }).click();
  await page.waitForSelector('[data-story-recovered]');
  expect(await alert.count()).toBe(0);
  expect(errors.length).toBe(seen);
}
