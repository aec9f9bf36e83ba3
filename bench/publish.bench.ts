/**
 * The published site (issue 12, "Goals"), each figure beside a baseline measured in the same run:
 *
 * - `satata build` of the sample config, every snapshot and PNG included, measured in-process (the publish
 *   package's `build`): cold (new folder: empty cache, no output) — goal ≤ 20 s — against the Vite build of the
 *   dashboard app (today's way of producing the deployable dashboard, also in-process); a rebuild with nothing
 *   changed — goal ≤ 3 s — against the cold build, and the wall time of the `satata build` command for it;
 * - one IKU's no-JavaScript snapshot as `satata serve` sends it with `Accept-Encoding: br` (response bodies plus
 *   headers, read off the socket): the page (card, trend, data table) and its CSS — goal ≤ 15 KB — and with the
 *   card's sparkline PNG — goal ≤ 20 KB; the baseline is the same files sent uncompressed (`identity`);
 * - the dashboard on Lighthouse's mobile profile in Chromium over CDP (150 ms round trip, 1.6 Mbps down, 750 kbps
 *   up, 4× CPU slowdown, 412 × 823 px at 1.75×, touch; cache disabled, a fresh context per run): navigation → the
 *   first headline IKU value visible — goal ≤ 1.0 s; → every card shows its value and the page responds to input
 *   (a year chosen in the filter is reflected in the period shown) — goal ≤ 3.0 s; encoded bytes received before
 *   the first value — goal ≤ 50 KB. The baseline is today's unpublished dashboard (`apps/dashboard/dist`, computed
 *   in the page over the bundled sample) served the old way (`scripts/serve-dashboard.ts`: no compression);
 * - the same on a desktop without throttling (1280 × 900): dashboard ready (every card with its value) — goal
 *   ≤ 1.5 s.
 *
 * Times come from the page's own clock (`performance.now()`, from navigation start). "Laid out" means a value's
 * text node is in the document with a non-zero box, checked at each animation frame; Chromium runs those frames
 * before the render-blocking stylesheet has arrived, so "visible" also requires the value to be painted: each
 * `.satata-card__value` gets an `elementtiming` attribute the moment it is inserted (before any frame), and its
 * Element Timing entry gives the paint. The goals use "visible". Bytes are encoded bytes (headers and bodies) from
 * CDP's Network events, on the network's clock (headers at `requestTime + receiveHeadersEnd`, the end at
 * `loadingFinished`; a response still arriving counts in proportion), the page's clock mapped onto CDP's through
 * the document request's timing. Everything is served on 127.0.0.1; Chromium resolves no other host. Prints
 * figures; never fails on time.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { type IncomingMessage, request } from 'node:http';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Browser, CDPSession } from 'playwright-core';
import { build as viteBuild } from 'vite';
import { build } from '../packages/publish/src/build/build.ts';
import { type ServedSite, serveSite } from '../packages/publish/src/serve/serve.ts';
import { serveDashboard } from '../scripts/serve-dashboard.ts';
import { launchChromium } from '../test/browser/support/chromium.ts';
import { sampleConfig, writeConfig } from '../test/publish/support.ts';
import { goal, report, type Timing, timingOf } from './harness.ts';

const ROOT = join(import.meta.dirname, '..');
const APP = join(ROOT, 'apps', 'dashboard');
const DIST = join(APP, 'dist');
const SATATA_BIN = join(ROOT, 'packages', 'publish', 'bin', 'satata.mjs');

const COLD_BUILDS = 2;
const REBUILDS = 5;
const MOBILE_ROUNDS = 5;
const DESKTOP_ROUNDS = 7;

/** Lighthouse's mobile profile (its default "moto g power" screen, its throttling figures). */
const MOBILE = {
  viewport: { width: 412, height: 823 },
  deviceScaleFactor: 1.75,
  isMobile: true,
  hasTouch: true,
} as const;
const MOBILE_NETWORK = {
  offline: false,
  latency: 150,
  downloadThroughput: (1.6 * 1024 * 1024) / 8,
  uploadThroughput: (750 * 1024) / 8,
};
const DESKTOP = { viewport: { width: 1280, height: 900 } } as const;

const kb = (bytes: number) => bytes / 1024;
const fmt = (n: number, d = 1) =>
  n.toLocaleString('en-US', { maximumFractionDigits: d, minimumFractionDigits: d });

/** Print a ratio of two medians (harness's `ratio` for samples that are not times). */
function ratioOf(name: string, subject: number, baseline: number, baselineName: string): void {
  const r = subject / baseline;
  console.log(`  ratio ${name} / ${baselineName}: ${fmt(r, r < 0.1 ? 4 : 2)}×`);
}

// ---------------------------------------------------------------------------------------------------------------
// satata build

/** The dashboard app's build (`pnpm build:dashboard`), which `satata build` copies the page's script from. */
function ensureDashboardDist(): void {
  if (existsSync(join(DIST, '.vite', 'manifest.json')) && existsSync(join(DIST, 'index.html'))) return;
  console.log('  (apps/dashboard/dist tidak ada: pnpm build:dashboard)');
  execFileSync('pnpm', ['build:dashboard'], { cwd: ROOT, stdio: 'inherit' });
}

/** A new folder with the sample config in it (absolute data paths, output `site` beside it). */
function freshConfig(tmp: string): string {
  return writeConfig(mkdtempSync(join(tmp, 'build-')), sampleConfig());
}

interface BuiltSite {
  readonly config: string;
  readonly output: string;
}

async function benchBuild(tmp: string): Promise<BuiltSite> {
  console.log('\n  ## satata build of the sample config (in-process: build() of @satata/publish)');
  // Baseline: today's deployable dashboard, the Vite build of the app, in-process too, into a folder of its own.
  const vite: number[] = [];
  for (let i = 0; i < COLD_BUILDS; i++) {
    const out = mkdtempSync(join(tmp, 'vite-'));
    const t0 = performance.now();
    await viteBuild({
      root: APP,
      configFile: join(APP, 'vite.config.ts'),
      logLevel: 'silent',
      build: { outDir: out, emptyOutDir: true },
    });
    vite.push(performance.now() - t0);
    rmSync(out, { recursive: true, force: true });
  }
  const cold: number[] = [];
  const coldCpu: number[] = [];
  let site: BuiltSite | null = null;
  let files = 0;
  for (let i = 0; i < COLD_BUILDS; i++) {
    const config = freshConfig(tmp);
    const t0 = performance.now();
    const cpu0 = process.cpuUsage();
    const r = await build(config, { dashboardDist: DIST });
    cold.push(performance.now() - t0);
    const cpu = process.cpuUsage(cpu0);
    coldCpu.push((cpu.user + cpu.system) / 1000);
    if (r.unchanged) throw new Error('a cold build reported "nothing changed"');
    files = r.files;
    if (site) rmSync(join(site.config, '..'), { recursive: true, force: true });
    site = { config, output: r.output };
  }
  const warm: number[] = [];
  for (let i = 0; i < REBUILDS; i++) {
    const t0 = performance.now();
    const r = await build(site!.config, { dashboardDist: DIST });
    warm.push(performance.now() - t0);
    if (!r.unchanged) throw new Error('a rebuild with nothing changed wrote a new site');
  }
  // The command, as a city runs it from cron: a new process (tsx start-up, the code hash computed again).
  const cli: number[] = [];
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now();
    const out = execFileSync(process.execPath, [SATATA_BIN, 'build', site!.config], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    cli.push(performance.now() - t0);
    if (!out.includes('tidak ada yang berubah')) throw new Error(`satata build rebuilt:\n${out}`);
  }
  const v = timingOf('baseline: vite build of apps/dashboard (today)', vite);
  const c = timingOf(`satata build, cold (empty cache and output), ${files} files`, cold);
  const w = timingOf('satata build, rebuild with nothing changed', warm);
  const x = timingOf('  the same as a command: satata build (wall time)', cli);
  report(v);
  report(c);
  report(timingOf('  CPU time of this process during it (user + system)', coldCpu));
  ratioOf('satata build cold', c.median, v.median, 'vite build');
  goal('satata build, cold, snapshots and PNGs included', c.median, 20_000);
  report(w);
  report(x);
  ratioOf('rebuild', w.median, c.median, 'cold build');
  goal('satata build, rebuild with nothing changed (in-process)', w.median, 3_000);
  goal('satata build, rebuild with nothing changed (command, wall)', x.median, 3_000);
  return site!;
}

// ---------------------------------------------------------------------------------------------------------------
// No-JavaScript snapshots

interface Sent {
  readonly status: number;
  readonly encoding: string;
  readonly body: number;
  readonly headers: number;
  readonly text: string;
}

/** GET `url` and count what came over the socket: the body as sent (still encoded) and the header block. */
function get(url: string, acceptEncoding: string): Promise<Sent> {
  return new Promise((resolve, reject) => {
    const req = request(url, { headers: { 'accept-encoding': acceptEncoding } }, (res: IncomingMessage) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const body = Buffer.concat(chunks);
        let headers = `HTTP/1.1 ${res.statusCode} ${res.statusMessage}\r\n`.length + 2;
        for (let i = 0; i < res.rawHeaders.length; i += 2)
          headers += `${res.rawHeaders[i]}: ${res.rawHeaders[i + 1]}\r\n`.length;
        resolve({
          status: res.statusCode ?? 0,
          encoding: String(res.headers['content-encoding'] ?? 'identity'),
          body: body.byteLength,
          headers,
          text: acceptEncoding === 'identity' ? body.toString('utf8') : '',
        });
      });
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

interface SnapshotBytes {
  readonly kode: string;
  /** Bytes sent (headers + bodies) with br, and the bodies alone. */
  readonly pageCss: number;
  readonly pageCssBodies: number;
  readonly withSparkline: number;
  readonly withAllImages: number;
  /** The same, sent uncompressed. */
  readonly identityPageCss: number;
  readonly identityWithSparkline: number;
  readonly encodings: string;
  /** Whether the card has a sparkline (an IKU with fewer than two points has none). */
  readonly hasSparkline: boolean;
}

async function snapshotBytes(base: string, kode: string): Promise<SnapshotBytes> {
  const pageUrl = new URL(`cuplikan/${kode}/`, base).href;
  const plain = await get(pageUrl, 'identity');
  if (plain.status !== 200) throw new Error(`${pageUrl}: HTTP ${plain.status}`);
  const css = [...plain.text.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map(
    (m) => new URL(m[1]!, pageUrl).href,
  );
  const images = [...plain.text.matchAll(/<img [^>]*src="([^"]+)"/g)].map(
    (m) => new URL(m[1]!, pageUrl).href,
  );
  const sparkline = images.filter((u) => u.includes('-sparkline-'));
  if (css.length !== 1 || sparkline.length > 1) {
    throw new Error(
      `${pageUrl}: expected one stylesheet and at most one sparkline, found ${css.length}, ${sparkline.length}`,
    );
  }
  const sum = (xs: readonly Sent[]) => xs.reduce((s, x) => s + x.body + x.headers, 0);
  const fetchAll = async (urls: readonly string[], enc: string) => {
    const out: Sent[] = [];
    for (const u of urls) {
      const r = await get(u, enc);
      if (r.status !== 200) throw new Error(`${u}: HTTP ${r.status}`);
      out.push(r);
    }
    return out;
  };
  const br = await fetchAll([pageUrl, ...css], 'br');
  const brSpark = await fetchAll(sparkline, 'br');
  const brOther = await fetchAll(
    images.filter((u) => !sparkline.includes(u)),
    'br',
  );
  const id = await fetchAll([pageUrl, ...css], 'identity');
  const idSpark = await fetchAll(sparkline, 'identity');
  return {
    kode,
    pageCss: sum(br),
    pageCssBodies: br.reduce((s, x) => s + x.body, 0),
    withSparkline: sum(br) + sum(brSpark),
    withAllImages: sum(br) + sum(brSpark) + sum(brOther),
    identityPageCss: sum(id),
    identityWithSparkline: sum(id) + sum(idSpark),
    encodings: [...br, ...brSpark].map((x) => x.encoding).join('+'),
    hasSparkline: sparkline.length === 1,
  };
}

async function benchSnapshots(site: BuiltSite, served: ServedSite): Promise<void> {
  console.log(
    '\n  ## one IKU no-JS snapshot as `satata serve` sends it (Accept-Encoding: br; headers + bodies)',
  );
  const kodes = readdirSync(join(site.output, 'cuplikan'))
    .filter((d) => d.startsWith('IKU-'))
    .sort();
  const all: SnapshotBytes[] = [];
  for (const kode of kodes) all.push(await snapshotBytes(served.url, kode));
  const median = (xs: readonly number[]) => timingOf('bytes', xs).median;
  const withSpark = all.filter((s) => s.hasSparkline);
  const over = (key: keyof SnapshotBytes) => (/Sparkline|AllImages/.test(key) ? withSpark : all);
  const largest = (key: keyof SnapshotBytes) =>
    over(key).reduce((a, b) => ((b[key] as number) > (a[key] as number) ? b : a));
  const line = (label: string, key: keyof SnapshotBytes) => {
    const big = largest(key);
    const of = over(key);
    console.log(
      `  ${label.padEnd(58)} median ${fmt(kb(median(of.map((s) => s[key] as number))), 2).padStart(6)} KB, largest ${fmt(kb(big[key] as number), 2)} KB (${big.kode}) over ${of.length} IKU`,
    );
  };
  line('baseline: page + CSS, uncompressed (identity)', 'identityPageCss');
  line('page + CSS, br', 'pageCss');
  line('  of which response bodies', 'pageCssBodies');
  line('baseline: page + CSS + sparkline PNG, uncompressed', 'identityWithSparkline');
  line('page + CSS + sparkline PNG, br', 'withSparkline');
  line('page + CSS + sparkline and trend PNG, br (the whole page)', 'withAllImages');
  console.log(
    `  ${all.length - withSpark.length} IKU have no sparkline (fewer than two points); encodings sent (page, CSS, sparkline): ${withSpark[0]!.encodings}`,
  );
  ratioOf(
    'page + CSS br',
    median(all.map((s) => s.pageCss)),
    median(all.map((s) => s.identityPageCss)),
    'identity (medians)',
  );
  goal('snapshot HTML + CSS, compressed (largest IKU)', kb(largest('pageCss').pageCss), 15, 'KB');
  goal(
    'snapshot HTML + CSS + sparkline, compressed (largest IKU)',
    kb(largest('withSparkline').withSparkline),
    20,
    'KB',
  );
}

// ---------------------------------------------------------------------------------------------------------------
// The dashboard in Chromium

/**
 * In-page recorder, set before the page's own scripts (a string: tsx would wrap a function's inner functions in a
 * `__name` helper that does not exist in the page). At each animation frame it checks, with `performance.now()`:
 * `first` — a headline card's value text is in the document with a non-zero box; `cards` — every card
 * (`article.satata-card`) shows its value, laid out; then it chooses another year in the filter (a `change` event,
 * as a select does) every frame until the period shown follows: `ready` is when it did (a MutationObserver on the
 * period's attribute).
 */
const RECORDER = `(() => {
  const rec = (window.__satataPub = {});
  const painted = new Map();
  const mark = () => {
    for (const el of document.querySelectorAll('.satata-card__value:not([elementtiming])'))
      el.setAttribute('elementtiming', 'satata-value');
  };
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (e.element && !painted.has(e.element)) painted.set(e.element, e.renderTime || e.loadTime);
    }).observe({ type: 'element', buffered: true });
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (e.name === 'first-contentful-paint') rec.fcp = e.startTime;
    }).observe({ type: 'paint', buffered: true });
  } catch {}
  const valueText = (el) => {
    for (const n of el.childNodes) if (n.nodeType === 3 && /\\S/.test(n.data)) return n;
    return null;
  };
  const box = (node) => {
    const r = document.createRange();
    r.selectNodeContents(node);
    const b = r.getBoundingClientRect();
    return b.width > 0 && b.height > 0 ? b : null;
  };
  const valueOf = (card) => card.querySelector('.satata-card__value');
  const shown = (card) => {
    const v = valueOf(card);
    const t = v && valueText(v);
    return t !== null && t !== undefined && box(t) !== null;
  };
  let target = null;
  const periodObserver = new MutationObserver(() => {
    if (target === null || rec.reflected !== undefined) return;
    const p = document.querySelector('[data-dashboard-period]');
    if (p && p.getAttribute('data-dashboard-period') === target) {
      rec.reflected = performance.now();
      periodObserver.disconnect();
    }
  });
  periodObserver.observe(document, { subtree: true, attributes: true, attributeFilter: ['data-dashboard-period'], childList: true });
  // Values get the elementtiming attribute as soon as they are inserted: before any frame paints them.
  const marker = new MutationObserver(mark);
  marker.observe(document, { subtree: true, childList: true });
  const frame = () => {
    const now = performance.now();
    mark();
    if (rec.firstLaidOut === undefined) {
      for (const el of document.querySelectorAll('[data-dashboard-section="headline"] .satata-card__value')) {
        const t = valueText(el);
        const b = t && box(t);
        if (!b) continue;
        rec.firstLaidOut = now;
        rec.firstText = t.data.trim();
        rec.firstInViewport = b.top < innerHeight && b.bottom > 0;
        break;
      }
    }
    // Painted: the earliest paint of a headline value whose text is laid out.
    if (rec.firstLaidOut !== undefined && rec.first === undefined) {
      let best;
      for (const el of document.querySelectorAll('[data-dashboard-section="headline"] .satata-card__value')) {
        const t = painted.get(el);
        const text = valueText(el);
        if (t !== undefined && text && box(text) && (best === undefined || t < best)) best = t;
      }
      if (best !== undefined) rec.first = best;
    }
    // Every card: only once the parser is done (a long page is parsed in slices, with frames between them).
    if (rec.firstLaidOut !== undefined && rec.cardsLaidOut === undefined && document.readyState !== 'loading') {
      const cards = document.querySelectorAll('article.satata-card');
      if (cards.length > 0 && [...cards].every(shown)) {
        rec.cardsLaidOut = now;
        rec.cardCount = cards.length;
      }
    }
    if (rec.cardsLaidOut !== undefined && rec.cards === undefined) {
      const cards = [...document.querySelectorAll('article.satata-card')];
      const times = cards.map((c) => painted.get(valueOf(c)));
      if (cards.every(shown) && times.every((t) => t !== undefined)) rec.cards = Math.max(...times);
    }
    if (rec.cardsLaidOut !== undefined && rec.reflected === undefined) {
      const select = document.querySelector('select[name="tahun"]');
      const period = document.querySelector('[data-dashboard-period]');
      if (select && period) {
        if (target === null) {
          const shownNow = period.getAttribute('data-dashboard-period');
          const years = [...select.options].map((o) => o.value);
          target = years.filter((y) => y !== shownNow && y !== select.value).pop() ?? null;
          rec.target = target;
        }
        if (target !== null) {
          rec.attempts = (rec.attempts || 0) + 1;
          select.value = target;
          select.dispatchEvent(new Event('change', { bubbles: true }));
        }
      }
    }
    if (rec.first !== undefined && rec.cards !== undefined && rec.reflected !== undefined) {
      rec.ready = Math.max(rec.cards, rec.reflected);
      rec.cardCountAtReady = document.querySelectorAll('article.satata-card').length;
      marker.disconnect();
    } else requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
})();`;

interface Recorded {
  /** A headline value's text laid out (at an animation frame), and painted (Element Timing). */
  readonly firstLaidOut: number;
  readonly first: number;
  readonly firstText: string;
  readonly firstInViewport: boolean;
  /** Every card's value laid out, and painted. */
  readonly cardsLaidOut: number;
  readonly cards: number;
  readonly cardCount: number;
  /** Cards on the page when ready (more than `cardCount` would mean "every card" was judged too early). */
  readonly cardCountAtReady: number;
  /** The filter change reflected; ready = every card painted and the change reflected. */
  readonly reflected: number;
  readonly ready: number;
  readonly target: string;
  readonly attempts: number;
  readonly fcp?: number;
}

/** One load of the dashboard: the page's figures and the bytes CDP saw. */
interface Load extends Recorded {
  readonly bytesBeforeFirst: number;
  /** Of those, the document's and the stylesheets' (what the first paint needs). */
  readonly renderBlockingBeforeFirst: number;
  readonly bytesBeforeReady: number;
  readonly bytesTotal: number;
  readonly requestsBeforeFirst: number;
  readonly offHost: readonly string[];
}

/** One response as the network saw it (times on CDP's monotonic clock, in ms). */
interface Response {
  readonly url: string;
  /** CDP's resource type: Document, Stylesheet, Script, Fetch, Image … */
  readonly type: string;
  /** Its header block arrived (requestTime + receiveHeadersEnd: after the emulated latency). */
  headersAt: number;
  headerBytes: number;
  /** Its last byte arrived (`loadingFinished`, stamped by the network service), and all its encoded bytes. */
  finishedAt?: number;
  total?: number;
}

/**
 * Watch every response's encoded bytes. `responseReceived` and `dataReceived` are stamped when the renderer
 * handles them (late when its main thread is busy, and chunks often report 0 bytes until the last), so the times
 * used are the network's: headers at `timing.requestTime + receiveHeadersEnd`, the end at `loadingFinished`.
 */
function watchResponses(cdp: CDPSession): {
  responses: Map<string, Response>;
  document: () => { requestTime: number; sendStart: number; receiveHeadersStart: number } | null;
  offHost: string[];
} {
  const responses = new Map<string, Response>();
  const offHost: string[] = [];
  let doc: { requestTime: number; sendStart: number; receiveHeadersStart: number } | null = null;
  cdp.on('Network.requestWillBeSent', (e) => {
    const u = new URL(e.request.url);
    if ((u.protocol === 'http:' || u.protocol === 'https:') && u.hostname !== '127.0.0.1')
      offHost.push(u.href);
  });
  cdp.on('Network.responseReceived', (e) => {
    const t = e.response.timing;
    if (!t) return;
    if (e.type === 'Document' && doc === null) {
      doc = {
        requestTime: t.requestTime,
        sendStart: t.sendStart,
        receiveHeadersStart: t.receiveHeadersStart,
      };
    }
    const known = responses.get(e.requestId);
    const r: Response = known ?? { url: e.response.url, type: e.type, headersAt: 0, headerBytes: 0 };
    r.headersAt = t.requestTime * 1000 + t.receiveHeadersEnd;
    r.headerBytes = e.response.encodedDataLength;
    responses.set(e.requestId, r);
  });
  cdp.on('Network.loadingFinished', (e) => {
    const r = responses.get(e.requestId);
    if (!r) return;
    r.finishedAt = e.timestamp * 1000;
    r.total = e.encodedDataLength;
  });
  return { responses, document: () => doc, offHost };
}

/**
 * Encoded bytes received by `at` (CDP clock, ms): whole responses finished by then, and of a response still
 * arriving its header block plus its body in proportion to the time elapsed (throttled bytes arrive at an even
 * rate). Also how many responses had begun.
 */
function bytesBy(
  responses: Iterable<Response>,
  at: number,
): { bytes: number; responses: number; renderBlocking: number } {
  let bytes = 0;
  let count = 0;
  let renderBlocking = 0;
  for (const r of responses) {
    if (r.finishedAt === undefined || r.total === undefined || r.headersAt > at) continue;
    count++;
    let b: number;
    if (r.finishedAt <= at) b = r.total;
    else {
      const share = (at - r.headersAt) / Math.max(1e-6, r.finishedAt - r.headersAt);
      b = r.headerBytes + (r.total - r.headerBytes) * share;
    }
    bytes += b;
    if (r.type === 'Document' || r.type === 'Stylesheet') renderBlocking += b;
  }
  return { bytes, responses: count, renderBlocking };
}

async function loadOnce(browser: Browser, url: string, profile: 'mobile' | 'desktop'): Promise<Load> {
  const context = await browser.newContext(profile === 'mobile' ? MOBILE : DESKTOP);
  try {
    const page = await context.newPage();
    await page.addInitScript({ content: RECORDER });
    const cdp = await context.newCDPSession(page);
    const net = watchResponses(cdp);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    if (profile === 'mobile') {
      await cdp.send('Network.emulateNetworkConditions', MOBILE_NETWORK);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    }
    await page.goto(url, { waitUntil: 'commit' });
    await page.waitForFunction(
      () => (window as unknown as { __satataPub?: { ready?: number } }).__satataPub?.ready !== undefined,
      null,
      { timeout: 180_000, polling: 250 },
    );
    const rec = await page.evaluate(() => {
      const r = (window as unknown as { __satataPub: Recorded }).__satataPub;
      const nav = window.performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
      return { ...r, requestStart: nav.requestStart, responseStart: nav.responseStart };
    });
    // Let the last responses' loadingFinished arrive.
    await page.waitForTimeout(100);
    const doc = net.document();
    if (!doc) throw new Error(`${url}: no timing for the document's response`);
    // The page's clock on CDP's (both monotonic): the navigation entry's requestStart is the document request's
    // requestTime + sendStart, its responseStart requestTime + receiveHeadersStart.
    const origin = doc.requestTime * 1000 + doc.sendStart - rec.requestStart;
    const check = doc.requestTime * 1000 + doc.receiveHeadersStart - rec.responseStart;
    if (Math.abs(check - origin) > 5)
      console.log(
        `    (clock mapping: requestStart and responseStart disagree by ${fmt(check - origin)} ms)`,
      );
    const all = [...net.responses.values()];
    const first = bytesBy(all, origin + rec.first);
    const result: Load = {
      ...rec,
      bytesBeforeFirst: first.bytes,
      renderBlockingBeforeFirst: first.renderBlocking,
      bytesBeforeReady: bytesBy(all, origin + rec.ready).bytes,
      bytesTotal: bytesBy(all, Number.POSITIVE_INFINITY).bytes,
      requestsBeforeFirst: first.responses,
      offHost: net.offHost,
    };
    if (profile === 'mobile') {
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    }
    await cdp.detach();
    return result;
  } finally {
    await context.close();
  }
}

interface Side {
  readonly name: string;
  readonly url: string;
  readonly loads: Load[];
}

function summarise(side: Side): Record<'firstLaidOut' | 'first' | 'cards' | 'ready', Timing> {
  const l = side.loads;
  return {
    firstLaidOut: timingOf(
      '  first headline value laid out (DOM, non-zero box)',
      l.map((x) => x.firstLaidOut),
    ),
    first: timingOf(
      '  first headline value visible (laid out and painted)',
      l.map((x) => x.first),
    ),
    cards: timingOf(
      '  every card shows its value (painted)',
      l.map((x) => x.cards),
    ),
    ready: timingOf(
      '  …and a filter change is reflected (ready)',
      l.map((x) => x.ready),
    ),
  };
}

async function benchDashboard(
  browser: Browser,
  sides: readonly [Side, Side],
  profile: 'mobile' | 'desktop',
  rounds: number,
): Promise<void> {
  // Alternate which side loads first in each round: both see the same machine load.
  for (let i = 0; i < 1 + rounds; i++) {
    const order = i % 2 === 0 ? sides : ([sides[1], sides[0]] as const);
    for (const side of order) {
      const load = await loadOnce(browser, side.url, profile);
      if (i > 0) side.loads.push(load);
    }
  }
  const [base, pub] = sides;
  const b = summarise(base);
  const p = summarise(pub);
  const medianOf = (side: Side, f: (l: Load) => number) => timingOf('x', side.loads.map(f)).median;
  for (const [side, t] of [
    [base, b],
    [pub, p],
  ] as const) {
    console.log(`  ${side.name}, from navigation start:`);
    report(t.firstLaidOut);
    report(t.first);
    report(t.cards);
    report(t.ready);
    const fcp = side.loads.map((l) => l.fcp).filter((x): x is number => x !== undefined);
    if (fcp.length) report(timingOf('  first contentful paint (for reference)', fcp));
    const l0 = side.loads[0]!;
    console.log(
      `    ${l0.cardCount} cards; first value "${l0.firstText}" ${side.loads.every((l) => l.firstInViewport) ? 'inside' : 'not always inside'} the first screen; filter → ${l0.target} (median ${medianOf(side, (l) => l.attempts)} attempt(s))`,
    );
    console.log(
      `    encoded bytes received (median): before the first value ${fmt(kb(medianOf(side, (l) => l.bytesBeforeFirst)))} KB in ${medianOf(side, (l) => l.requestsBeforeFirst)} response(s) (of which document + CSS ${fmt(kb(medianOf(side, (l) => l.renderBlockingBeforeFirst)))} KB), before ready ${fmt(kb(medianOf(side, (l) => l.bytesBeforeReady)))} KB, until the measurement ended ${fmt(kb(medianOf(side, (l) => l.bytesTotal)))} KB`,
    );
    const grew = side.loads.filter((l) => l.cardCountAtReady !== l.cardCount);
    if (grew.length)
      console.log(
        `    WARNING: in ${grew.length} load(s) the number of cards changed after "every card" (${grew.map((l) => `${l.cardCount} → ${l.cardCountAtReady}`).join(', ')})`,
      );
    const off = side.loads.flatMap((l) => l.offHost);
    if (off.length)
      console.log(`    WARNING: requests beyond 127.0.0.1 (refused by the resolver): ${off.join(', ')}`);
  }
  if (profile === 'mobile') {
    ratioOf('first value', p.first.median, b.first.median, 'baseline');
    ratioOf('ready', p.ready.median, b.ready.median, 'baseline');
    const bytesB = medianOf(base, (l) => l.bytesBeforeFirst);
    const bytesP = medianOf(pub, (l) => l.bytesBeforeFirst);
    ratioOf('bytes before the first value', bytesP, bytesB, 'baseline');
    goal('mobile: navigation → first headline IKU value visible', p.first.median, 1_000);
    goal('mobile: → every card shows its value and responds to input', p.ready.median, 3_000);
    goal('mobile: bytes received before the first value', kb(bytesP), 50, 'KB');
  } else {
    ratioOf('cards shown', p.cards.median, b.cards.median, 'baseline');
    ratioOf('ready (filter reflected)', p.ready.median, b.ready.median, 'baseline');
    goal('desktop: dashboard ready (every card with its value)', p.cards.median, 1_500);
  }
}

// ---------------------------------------------------------------------------------------------------------------

/** Run the published-site benchmarks and print their figures. */
export async function run(): Promise<void> {
  execFileSync('bash', [join(ROOT, 'scripts', 'ensure-chromium.sh')], { stdio: 'inherit' });
  ensureDashboardDist();
  const [l1, l5] = loadavg();
  console.log(
    `  machine: ${availableParallelism()} cores, load average ${l1!.toFixed(1)} (1 min), ${l5!.toFixed(1)} (5 min) — timings are noisy under contention`,
  );
  const tmp = mkdtempSync(join(tmpdir(), 'satata-bench-publish-'));
  let served: ServedSite | null = null;
  let old: { url: string; close: () => Promise<void> } | null = null;
  let browser: Browser | null = null;
  try {
    const site = await benchBuild(tmp);
    served = await serveSite(site.output, { port: 0 });
    await benchSnapshots(site, served);
    old = await serveDashboard(DIST, 0);
    // No host but 127.0.0.1 resolves: nothing leaves the machine.
    browser = await launchChromium(['--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1']);
    console.log(`\n  Chromium ${browser.version()} (headless); baseline ${old.url}, published ${served.url}`);
    console.log(
      '\n  ## dashboard, Lighthouse mobile profile (150 ms RTT, 1.6 Mbps down, 750 kbps up, 4× CPU, 412×823 @1.75)',
    );
    await benchDashboard(
      browser,
      [
        { name: 'baseline (unpublished, served the old way)', url: old.url, loads: [] },
        { name: 'published (satata serve)', url: served.url, loads: [] },
      ],
      'mobile',
      MOBILE_ROUNDS,
    );
    console.log('\n  ## dashboard, desktop (no throttling, 1280×900)');
    await benchDashboard(
      browser,
      [
        { name: 'baseline (unpublished, served the old way)', url: old.url, loads: [] },
        { name: 'published (satata serve)', url: served.url, loads: [] },
      ],
      'desktop',
      DESKTOP_ROUNDS,
    );
  } finally {
    await browser?.close();
    await served?.close();
    await old?.close();
    rmSync(tmp, { recursive: true, force: true });
  }
}
