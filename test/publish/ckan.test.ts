/**
 * `satata build` of the CKAN config (docs/examples/satata.ckan.config.json, pointed at a CKAN-compatible portal on
 * 127.0.0.1 that serves the Semarang sample as a DataStore resource, ckan-portal.ts): the site's numbers equal the
 * file-based sample's; a rebuild with nothing changed downloads nothing; faults injected in the source end in an
 * error naming it and its reason, a non-zero exit code and the previous site untouched. Retry waits and timeouts run
 * on a manual clock (test/data/helpers/clock.ts): nothing here waits for real time.
 */
import { cpSync, readFileSync, realpathSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { type BuildResult, build } from '../../packages/publish/src/build/build.ts';
import { computeSite } from '../../packages/publish/src/build/compute.ts';
import { writePacks } from '../../packages/publish/src/build/packs.ts';
import { regionPack } from '../../packages/publish/src/build/region.ts';
import { jakartaDate, loadSources, SourceError } from '../../packages/publish/src/build/sources.ts';
import { main } from '../../packages/publish/src/cli.ts';
import { loadConfig } from '../../packages/publish/src/config/load.ts';
import { createDiskCache } from '../../packages/publish/src/fetch/disk-cache.ts';
import { SiteFiles } from '../../packages/publish/src/site/files.ts';
import { manualClock } from '../data/helpers/clock.ts';
import {
  type CkanPortal,
  type DatastoreResource,
  type Fault,
  RECORDED_RESOURCE,
  recorded,
  sampleResource,
  startCkanPortal,
} from './ckan-portal.ts';
import { defaultView, listFiles, NOW, read, sampleConfig, tempDir, writeConfig } from './support.ts';

const DOCS_CONFIG = resolve(import.meta.dirname, '..', '..', 'docs', 'examples', 'satata.ckan.config.json');
const docs = JSON.parse(readFileSync(DOCS_CONFIG, 'utf8'));
const SOURCE: string = docs.observations[0].id; // "iku-semarang"
const RESOURCE: string = docs.observations[0].resource;
const PAGE: number = docs.observations[0].pageSize; // 1000: the sample's 3466 records are 4 pages

/**
 * The resource's `last_modified`: the day of the file build's clock (NOW, 13 March 2026), so the rows without a
 * date of their own get the same "updated" date from both sources.
 */
const LAST_MODIFIED = '2026-03-13T01:00:00.000000';

/**
 * The docs' CKAN config, pointed at `origin`, its catalog path made absolute, 2 retries, and one locale: the
 * packs are bilingual whatever the locales, and a second locale would double the snapshots this file has to wait for.
 */
function ckanConfig(origin: string) {
  const { $schema: _, ...config } = docs;
  return {
    ...config,
    catalog: { ...config.catalog, path: resolve(dirname(DOCS_CONFIG), config.catalog.path) },
    observations: [{ ...config.observations[0], portal: origin }],
    locales: ['id'],
    fetch: { timeoutMs: 5000, retries: 2 },
  };
}

let portal: CkanPortal;
let resource: DatastoreResource;
let dir: string;
let configFile: string;
let first: BuildResult;
let site: string;
/** Requests of the first build. */
let firstRequests: number;

beforeAll(async () => {
  resource = sampleResource(RESOURCE, LAST_MODIFIED);
  portal = await startCkanPortal([resource]);
  dir = tempDir('ckan');
  configFile = writeConfig(dir, ckanConfig(portal.origin));
  first = await build(configFile, { now: NOW, clock: manualClock(), random: () => 0.5 });
  site = realpathSync(first.output);
  firstRequests = portal.seen.length;
});

afterAll(async () => {
  await portal?.close();
});

/** Every data pack of a site (`data/…`, hash left out of the name) → its bytes. */
function packsOf(files: Iterable<[string, Uint8Array | string]>): Map<string, string> {
  const out = new Map<string, string>();
  for (const [path, bytes] of files) {
    if (!path.startsWith('data/') || !path.endsWith('.json')) continue;
    out.set(
      path.replace(/\.[0-9a-f]{10}\.json$/, ''),
      typeof bytes === 'string' ? bytes : Buffer.from(bytes).toString('utf8'),
    );
  }
  return out;
}

describe('satata build of the CKAN config', () => {
  it('reads the resource, then every DataStore page by its next link, 1000 records a page', () => {
    const asked = portal.seen
      .slice(0, firstRequests)
      .map(
        (s) => `${s.url.pathname.replace('/api/3/action/', '')} ${s.url.searchParams.get('offset') ?? ''}`,
      );
    expect(asked).toEqual([
      'resource_show ',
      'datastore_search 0',
      'datastore_search 1000',
      'datastore_search 2000',
      'datastore_search 3000',
    ]);
    for (const s of portal.seen.slice(1, firstRequests)) {
      expect(s.url.searchParams.get('resource_id')).toBe(RESOURCE);
      expect(s.url.searchParams.get('limit')).toBe(String(PAGE));
    }
    const source = first.provenance.find((p) => p.id === SOURCE)!;
    expect(source).toMatchObject({
      kind: 'ckan-datastore',
      location: `${portal.origin}/dataset/resource/${RESOURCE}`,
      lastModified: LAST_MODIFIED,
      requests: { downloaded: 5, revalidated: 0 },
      rows: { input: 3466, accepted: 3466, rejected: 0 },
    });
    expect(first.requests).toEqual({ downloaded: 5, revalidated: 0 });
  });

  it("writes the file-based sample's numbers: every data pack but the provenance is byte-identical", async () => {
    // The file-based sample (its source named like the CKAN one, since quality issues carry the source's id),
    // through the build's own steps: load the sources, compute, write the packs.
    const fileDir = tempDir('ckan-file');
    const fileConfig = sampleConfig();
    const loaded = loadConfig(
      writeConfig(fileDir, {
        ...fileConfig,
        observations: [{ ...fileConfig.observations[0]!, id: SOURCE }],
      }),
    );
    const region = regionPack('semarang');
    const sources = await loadSources(loaded, { cache: createDiskCache(loaded.cache), region, now: NOW });
    const computed = computeSite(sources, {
      region,
      asOf: jakartaDate(NOW().toISOString()),
      maps: loaded.config.maps.map((m) => m.indikator),
    });
    const files = new SiteFiles();
    writePacks(
      files,
      computed,
      sources.provenance,
      loaded.config.locales,
      loaded.config.privacy,
      await region.loadTopology(),
    );
    const expected = packsOf(files.paths().map((p) => [p, files.get(p)!] as [string, Uint8Array | string]));
    const actual = packsOf(
      listFiles(site)
        .filter((f) => f.endsWith('.json'))
        .map((f) => [f, read(site, f)] as [string, string]),
    );
    expect([...actual.keys()].sort()).toEqual([...expected.keys()].sort());
    expect(actual.size).toBeGreaterThan(40);
    for (const [name, text] of expected) {
      if (name === 'data/provenans') continue; // where and when: the portal's URL and validators, not a path
      expect(actual.get(name), name).toBe(text);
    }
    // Not vacuous: the results hold the sample's values.
    const ipm = JSON.parse(actual.get('data/hasil/IKU-IPM')!) as {
      periode: string;
      realisasi: number | null;
    }[];
    expect(ipm.find((r) => r.periode === '2019')?.realisasi).toBe(83.19);
  });

  it('pre-renders the headline values of the default view', () => {
    const { html, view } = defaultView(site);
    expect(view.headline.length).toBeGreaterThanOrEqual(4);
    for (const card of view.headline) {
      expect(html, card.indikator).toContain(`data-satata-indicator="${card.indikator}"`);
      expect(html).toContain(card.nilai.teks.id.replace(/&/g, '&amp;'));
    }
  });
});

describe('a rebuild with nothing changed downloads nothing', () => {
  it('revalidates every answer (304) and receives no body', async () => {
    const from = portal.seen.length;
    const answered = portal.answers.length;
    const firstEtags = portal.answers.slice(0, firstRequests);
    expect(firstEtags.every((a) => a.status === 200 && a.bytes > 0)).toBe(true);
    const again = await build(configFile, { now: NOW, clock: manualClock(), random: () => 0.5 });
    expect(again.unchanged).toBe(true);
    expect(again.id).toBe(first.id);
    expect(again.requests).toEqual({ downloaded: 0, revalidated: 5 });
    const seen = portal.seen.slice(from);
    expect(seen).toHaveLength(5);
    // Each request is conditional: the ETag the portal gave, and for the pages their Last-Modified.
    for (const s of seen) expect(s.headers['if-none-match']).toMatch(/^"[0-9a-f]{20}"$/);
    for (const s of seen.slice(1)) {
      expect(s.headers['if-modified-since']).toBe(new Date(`${LAST_MODIFIED}Z`).toUTCString());
    }
    expect(portal.answers.slice(answered)).toEqual(
      seen.map((s) => ({ action: s.url.pathname.replace('/api/3/action/', ''), status: 304, bytes: 0 })),
    );
    expect(realpathSync(again.output)).toBe(site);
  });
});

describe('the recorded Satu Data responses', () => {
  it('are replayed verbatim', async () => {
    for (const [action, query] of [
      ['organization_list', ''],
      ['package_search', '?q=akip'],
      ['package_show', '?id=d910dcf4-e5e1-4ce3-b3c8-d59cf0491885'],
      ['resource_show', `?id=${RECORDED_RESOURCE}`],
    ] as const) {
      const res = await fetch(`${portal.origin}/api/3/action/${action}${query}`);
      expect(res.status, action).toBe(200);
      expect(await res.text(), action).toBe(recorded(action));
    }
  });

  it('a CKAN resource whose recorded file URL is on another origin: refused before anything is sent there, the source named', async () => {
    const config = writeConfig(
      dir,
      {
        ...ckanConfig(portal.origin),
        observations: [
          ...ckanConfig(portal.origin).observations,
          {
            id: 'akip-muara-enim',
            kind: 'ckan-resource',
            portal: portal.origin,
            resource: RECORDED_RESOURCE,
            format: 'csv',
          },
        ],
      },
      'satata.akip.config.json',
    );
    const live = read(site, 'manifest.json');
    // Only 127.0.0.1 is reachable from this test: anything else is recorded and refused.
    const elsewhere: string[] = [];
    const localOnly = ((url: string, init: RequestInit) => {
      if (new URL(url).hostname === '127.0.0.1') return fetch(url, init);
      elsewhere.push(url);
      return Promise.reject(new Error(`not reachable from the tests: ${url}`));
    }) as typeof fetch;
    const e = (await build(config, { now: NOW, clock: manualClock(), fetch: localOnly }).catch(
      (x: unknown) => x,
    )) as SourceError;
    expect(elsewhere).toEqual([]);
    expect(e).toBeInstanceOf(SourceError);
    expect(e.source).toBe('akip-muara-enim');
    expect(e.reason).toMatch(
      /^origin: Tautan menuju asal lain \(https:\/\/satudata\.muaraenimkab\.go\.id\), bukan http:\/\/127\.0\.0\.1:\d+/,
    );
    expect(realpathSync(first.output)).toBe(site);
    expect(read(site, 'manifest.json')).toBe(live);
  });
});

describe('a changed record', () => {
  it('is downloaded again with its page only; the source hash changes, so the build would not be skipped', async () => {
    // On a copy of the cache: the builds below still find the portal's current answers kept.
    const live = loadConfig(configFile);
    const cacheCopy = join(tempDir('ckan-cache'), 'cache');
    cpSync(live.cache, cacheCopy, { recursive: true });
    const record = resource.records[3465] as Record<string, unknown>; // on the last page (offset 3000)
    const before = record.nilai;
    record.nilai = '1,5';
    try {
      const from = portal.answers.length;
      const sources = await loadSources(
        { ...live, cache: cacheCopy },
        {
          cache: createDiskCache(cacheCopy, { now: NOW }),
          region: regionPack('semarang'),
          now: NOW,
          clock: manualClock(),
        },
      );
      const p = sources.provenance.find((x) => x.id === SOURCE)!;
      expect(p.requests).toEqual({ downloaded: 1, revalidated: 4 });
      expect(portal.answers.slice(from).map((a) => a.status)).toEqual([304, 304, 304, 304, 200]);
      expect(p.sha256).not.toBe(first.provenance.find((x) => x.id === SOURCE)!.sha256);
    } finally {
      record.nilai = before;
    }
  });
});

describe('a fault in the source: an error naming it and why, the previous site untouched', () => {
  let clock: ReturnType<typeof manualClock>;
  const manifest = () => read(site, 'manifest.json');
  let liveManifest: string;
  beforeAll(() => {
    liveManifest = manifest();
  });
  afterEach(() => {
    portal.clearFaults();
  });

  /** Build with `fault` injected (on the page at offset 2000 unless `at` says otherwise); the error thrown. */
  async function failing(fault: Fault, at: { offset?: number; action?: 'resource_show' } = { offset: 2000 }) {
    portal.inject({ resource: RESOURCE, fault, ...at });
    clock = manualClock();
    const from = portal.seen.length;
    const e = await build(configFile, { now: NOW, clock, random: () => 0.5 }).then(
      () => null,
      (x: unknown) => x,
    );
    expect(e).toBeInstanceOf(SourceError);
    expect((e as SourceError).source).toBe(SOURCE);
    expect((e as Error).message).toMatch(new RegExp(`^Sumber "${SOURCE}" gagal: `));
    // The previous site: still live, its files as they were.
    expect(realpathSync(first.output)).toBe(site);
    expect(manifest()).toBe(liveManifest);
    return { error: e as SourceError, requests: portal.seen.slice(from) };
  }

  const offsets = (requests: { url: URL }[]) => requests.map((r) => r.url.searchParams.get('offset'));

  it('timeout: no answer within timeoutMs', async () => {
    portal.inject({ resource: RESOURCE, fault: { kind: 'timeout' }, offset: 1000 });
    clock = manualClock();
    const from = portal.seen.length;
    const pending = build(configFile, { now: NOW, clock, random: () => 0.5 }).then(
      () => null,
      (x: unknown) => x,
    );
    // Once the hanging request has arrived, its timer (the only one pending) fires.
    for (let i = 0; i < 500 && !portal.answers.some((a) => a.status === 0); i++) {
      await new Promise((r) => setTimeout(r, 10));
    }
    expect(clock.pending()).toBe(1);
    clock.fireTimers();
    const e = (await pending) as SourceError;
    expect(e).toBeInstanceOf(SourceError);
    expect(e.source).toBe(SOURCE);
    expect(e.reason).toMatch(/^timeout: Tidak ada jawaban dalam 5000 ms/);
    expect(e.reason).toContain('offset=1000');
    expect(offsets(portal.seen.slice(from).slice(1))).toEqual(['0', '1000']);
    expect(realpathSync(first.output)).toBe(site);
    expect(manifest()).toBe(liveManifest);
  });

  it('5xx: retried (retries: 2), then an HTTP error after 3 requests for the page', async () => {
    const { error, requests } = await failing({ kind: 'status', status: 503 });
    expect(error.reason).toMatch(/^http \(HTTP 503\): Server menjawab HTTP 503/);
    expect(offsets(requests.slice(1))).toEqual(['0', '1000', '2000', '2000', '2000']);
    // Backoff with full jitter at random 0.5: 300 ms × 2^attempt × 0.5.
    expect(clock.sleeps).toEqual([150, 300]);
  });

  it('a 502 once: retried after a backoff wait, and the build goes on', async () => {
    portal.inject({ resource: RESOURCE, fault: { kind: 'status', status: 502 }, offset: 1000, times: 1 });
    const from = portal.seen.length;
    const c = manualClock();
    const r = await build(configFile, { now: NOW, clock: c, random: () => 0.5 });
    expect(c.sleeps).toEqual([150]);
    expect(offsets(portal.seen.slice(from).slice(1))).toEqual(['0', '1000', '1000', '2000', '3000']);
    expect(r.unchanged).toBe(true);
    expect(r.requests).toEqual({ downloaded: 0, revalidated: 5 });
  });

  it('429 with Retry-After: waits what the portal asks, then reads on when it answers', async () => {
    portal.inject({
      resource: RESOURCE,
      fault: { kind: 'status', status: 429, retryAfter: '7' },
      offset: 2000,
      times: 2,
    });
    const from = portal.seen.length;
    const c = manualClock();
    const r = await build(configFile, { now: NOW, clock: c, random: () => 0.5 });
    expect(c.sleeps).toEqual([7000, 7000]);
    expect(offsets(portal.seen.slice(from).slice(1))).toEqual(['0', '1000', '2000', '2000', '2000', '3000']);
    // The data did not change: the pages revalidate and the live site is kept.
    expect(r.unchanged).toBe(true);
    expect(r.requests).toEqual({ downloaded: 0, revalidated: 5 });
    expect(realpathSync(r.output)).toBe(site);
  });

  it('429 that does not end: an HTTP 429 error after 3 requests for the page', async () => {
    const { error, requests } = await failing({ kind: 'status', status: 429, retryAfter: '7' });
    expect(error.reason).toMatch(/^http \(HTTP 429\)/);
    expect(offsets(requests.slice(1))).toEqual(['0', '1000', '2000', '2000', '2000']);
    expect(clock.sleeps).toEqual([7000, 7000]);
  });

  it('429 asking for a wait longer than a minute: not waited, an error after 1 request', async () => {
    const { error, requests } = await failing({ kind: 'status', status: 429, retryAfter: '3600' });
    expect(error.reason).toMatch(/^http \(HTTP 429\)/);
    expect(offsets(requests.slice(1))).toEqual(['0', '1000', '2000']);
    expect(clock.sleeps).toEqual([]);
  });

  it('malformed JSON (a body cut in half, status 200)', async () => {
    const { error, requests } = await failing({ kind: 'malformed-json' });
    expect(error.reason).toMatch(
      /^schema \(HTTP 200\): Bentuk data tidak sesuai: diharapkan jawaban JSON CKAN/,
    );
    expect(requests).toHaveLength(4);
  });

  it('a success: false envelope, with status 200 or 403', async () => {
    for (const status of [200, 403]) {
      const { error, requests } = await failing({ kind: 'success-false', status });
      expect(error.reason).toMatch(
        new RegExp(
          `^ckan \\(HTTP ${status}\\): CKAN menolak permintaan: Authorization Error: Access denied: resource is private`,
        ),
      );
      expect(requests).toHaveLength(4);
      portal.clearFaults();
    }
  });

  it('an HTML login page with status 200', async () => {
    const { error, requests } = await failing({ kind: 'html-login' });
    expect(error.reason).toMatch(/^html-page \(HTTP 200\): Portal menjawab dengan halaman HTML, bukan data/);
    expect(error.reason).toContain('Masuk - Satu Data');
    expect(requests).toHaveLength(4);
  });

  it("a schema violation: DataStore's total written as text", async () => {
    const { error } = await failing({ kind: 'schema' });
    expect(error.reason).toMatch(
      /^schema \(HTTP 200\): Bentuk data tidak sesuai: diharapkan hasil datastore_search/,
    );
    expect(error.reason).toContain('total');
  });

  it('the same at resource_show: a login page instead of the resource', async () => {
    const { error, requests } = await failing({ kind: 'html-login' }, { action: 'resource_show' });
    expect(error.reason).toMatch(/^html-page \(HTTP 200\)/);
    expect(error.reason).toContain('resource_show');
    expect(requests).toHaveLength(1);
  });

  it('satata build exits with 1 and prints the source and the reason', async () => {
    portal.inject({ resource: RESOURCE, fault: { kind: 'html-login' }, offset: 3000 });
    const printed: string[] = [];
    const err = vi.spyOn(console, 'error').mockImplementation((...a: unknown[]) => {
      printed.push(a.join(' '));
    });
    const log = vi.spyOn(console, 'log').mockImplementation(() => {});
    try {
      expect(await main(['build', configFile])).toBe(1);
    } finally {
      err.mockRestore();
      log.mockRestore();
    }
    expect(printed.join('\n')).toMatch(
      /^SourceError: Sumber "iku-semarang" gagal: html-page \(HTTP 200\): Portal menjawab dengan halaman HTML/,
    );
    expect(realpathSync(first.output)).toBe(site);
    expect(manifest()).toBe(liveManifest);
  });
});
