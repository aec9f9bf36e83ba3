/**
 * The on-disk HTTP cache of `satata build` (packages/publish/src/fetch/disk-cache.ts), against a server on
 * 127.0.0.1 whose answers each test scripts: it keeps a body with its validators, sends them back, answers a 304
 * with the kept body, refreshes on a 200, keeps only bodies read to the end, and never trusts a damaged one.
 */
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createDiskCache, sha256 } from '../../packages/publish/src/fetch/disk-cache.ts';
import { type Seen, startServer, type TestServer } from '../data/helpers/server.ts';
import { tempDir } from './support.ts';

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** One scripted answer. */
interface Reply {
  readonly status: number;
  readonly body?: string;
  readonly headers?: Record<string, string>;
}

/** A server answering the i-th request with `replies[i]`. */
async function scripted(replies: readonly Reply[]): Promise<TestServer> {
  server = await startServer((_req, res, _url, i) => {
    const r = replies[i] ?? { status: 500, body: 'tidak ada jawaban lagi' };
    res.writeHead(r.status, { 'content-type': 'application/json', ...r.headers });
    res.end(r.body ?? '');
  });
  return server;
}

const LM = 'Fri, 13 Mar 2026 01:00:00 GMT';
const T1 = () => new Date(Date.UTC(2026, 2, 13, 8, 0, 0));
const T2 = () => new Date(Date.UTC(2026, 2, 14, 8, 0, 0));
const get = (f: typeof fetch | ((u: string, i: RequestInit) => Promise<Response>), url: string) =>
  f(url, { method: 'GET', headers: { accept: 'application/json' } });
const conditional = (s: Seen) => ({
  ifNoneMatch: s.headers['if-none-match'],
  ifModifiedSince: s.headers['if-modified-since'],
});

describe('the on-disk ETag / Last-Modified cache', () => {
  it('keeps a body with its validators, sends them back, and answers a 304 with the kept body', async () => {
    const s = await scripted([
      { status: 200, body: '{"a":1}', headers: { etag: '"v1"', 'last-modified': LM } },
      { status: 304, headers: { etag: '"v1"' } },
    ]);
    const dir = tempDir('cache');
    const url = `${s.origin}/data.json`;
    const cache = createDiskCache(dir, { now: T1 });
    const first = await get(cache.fetch, url);
    expect(await first.text()).toBe('{"a":1}');
    expect(conditional(s.seen[0]!)).toEqual({ ifNoneMatch: undefined, ifModifiedSince: undefined });
    expect(cache.entry(url)).toEqual({
      url,
      etag: '"v1"',
      lastModified: LM,
      contentType: 'application/json',
      fetchedAt: '2026-03-13T08:00:00.000Z',
      sha256: sha256('{"a":1}'),
      bytes: 7,
    });

    // A new cache over the same folder (the next build): conditional, and the 304 gives the kept body.
    const next = createDiskCache(dir, { now: T2 });
    const again = await get(next.fetch, url);
    expect(conditional(s.seen[1]!)).toEqual({ ifNoneMatch: '"v1"', ifModifiedSince: LM });
    expect(again.status).toBe(200);
    expect(again.headers.get('x-satata-cache')).toBe('revalidated');
    expect(again.headers.get('etag')).toBe('"v1"');
    expect(await again.text()).toBe('{"a":1}');
    expect(next.log).toEqual([
      { url, outcome: 'revalidated', status: 304, entry: expect.objectContaining({ etag: '"v1"' }) },
    ]);
    // Still the first download's time: the content is the one fetched then.
    expect(next.entry(url)?.fetchedAt).toBe('2026-03-13T08:00:00.000Z');
    expect(s.seen).toHaveLength(2);
  });

  it('a 304 naming a new ETag: the kept entry takes it and sends it next time', async () => {
    const s = await scripted([
      { status: 200, body: 'x', headers: { etag: '"v1"' } },
      { status: 304, headers: { etag: '"v2"' } },
      { status: 304 },
    ]);
    const dir = tempDir('cache');
    const url = `${s.origin}/x`;
    await (await get(createDiskCache(dir, { now: T1 }).fetch, url)).text();
    await (await get(createDiskCache(dir, { now: T1 }).fetch, url)).text();
    const third = createDiskCache(dir, { now: T1 });
    expect(await (await get(third.fetch, url)).text()).toBe('x');
    expect(s.seen.map((r) => r.headers['if-none-match'])).toEqual([undefined, '"v1"', '"v2"']);
    expect(third.entry(url)?.etag).toBe('"v2"');
  });

  it('refreshes on a 200: the new body, validators and download time are kept', async () => {
    const s = await scripted([
      { status: 200, body: '{"a":1}', headers: { etag: '"v1"' } },
      { status: 200, body: '{"a":2}', headers: { etag: '"v2"', 'last-modified': LM } },
      { status: 304 },
    ]);
    const dir = tempDir('cache');
    const url = `${s.origin}/data.json`;
    await (await get(createDiskCache(dir, { now: T1 }).fetch, url)).text();
    const second = createDiskCache(dir, { now: T2 });
    const fresh = await get(second.fetch, url);
    expect(await fresh.text()).toBe('{"a":2}');
    expect(second.log.map((r) => r.outcome)).toEqual(['downloaded']);
    expect(second.entry(url)).toMatchObject({
      etag: '"v2"',
      lastModified: LM,
      sha256: sha256('{"a":2}'),
      fetchedAt: '2026-03-14T08:00:00.000Z',
    });
    const third = createDiskCache(dir, { now: T2 });
    expect(await (await get(third.fetch, url)).text()).toBe('{"a":2}');
    expect(conditional(s.seen[2]!)).toEqual({ ifNoneMatch: '"v2"', ifModifiedSince: LM });
  });

  it('an error answer is passed on and the kept body stays for the next build', async () => {
    const s = await scripted([
      { status: 200, body: 'ok', headers: { etag: '"v1"' } },
      { status: 503, body: 'sibuk' },
      { status: 304 },
    ]);
    const dir = tempDir('cache');
    const url = `${s.origin}/x`;
    await (await get(createDiskCache(dir, { now: T1 }).fetch, url)).text();
    const failing = createDiskCache(dir, { now: T1 });
    const res = await get(failing.fetch, url);
    expect(res.status).toBe(503);
    expect(await res.text()).toBe('sibuk');
    expect(failing.log).toEqual([{ url, outcome: 'error', status: 503, entry: null }]);
    expect(failing.entry(url)?.etag).toBe('"v1"');
    expect(await (await get(createDiskCache(dir, { now: T1 }).fetch, url)).text()).toBe('ok');
    expect(s.seen[2]!.headers['if-none-match']).toBe('"v1"');
  });

  it('keeps a body only once it was read to the end', async () => {
    const s = await scripted([
      { status: 200, body: 'a'.repeat(200_000), headers: { etag: '"v1"' } },
      { status: 200, body: 'b', headers: { etag: '"v2"' } },
    ]);
    const dir = tempDir('cache');
    const url = `${s.origin}/besar`;
    const cache = createDiskCache(dir, { now: T1 });
    const res = await get(cache.fetch, url);
    const reader = res.body!.getReader();
    await reader.read();
    await reader.cancel();
    expect(cache.entry(url)).toBeNull();
    // Nothing kept, so nothing to revalidate: the next request is unconditional.
    await (await get(createDiskCache(dir, { now: T1 }).fetch, url)).text();
    expect(s.seen[1]!.headers['if-none-match']).toBeUndefined();
  });

  it('a damaged body on disk is not trusted: the request goes out unconditional', async () => {
    const s = await scripted([
      { status: 200, body: '{"a":1}', headers: { etag: '"v1"' } },
      { status: 200, body: '{"a":1}', headers: { etag: '"v1"' } },
    ]);
    const dir = tempDir('cache');
    const url = `${s.origin}/data.json`;
    await (await get(createDiskCache(dir, { now: T1 }).fetch, url)).text();
    const bodyFile = readdirSync(join(dir, 'http')).find((f) => f.endsWith('.body'))!;
    writeFileSync(join(dir, 'http', bodyFile), '{"a":9}');
    const next = createDiskCache(dir, { now: T2 });
    expect(next.entry(url)).toBeNull();
    expect(await (await get(next.fetch, url)).text()).toBe('{"a":1}');
    expect(s.seen[1]!.headers['if-none-match']).toBeUndefined();
    expect(next.entry(url)?.sha256).toBe(sha256('{"a":1}'));
  });

  it('a server without validators: downloaded each time, the first download time kept while the bytes match', async () => {
    const s = await scripted([
      { status: 200, body: 'sama' },
      { status: 200, body: 'sama' },
      { status: 200, body: 'lain' },
    ]);
    const dir = tempDir('cache');
    const url = `${s.origin}/x`;
    await (await get(createDiskCache(dir, { now: T1 }).fetch, url)).text();
    const second = createDiskCache(dir, { now: T2 });
    await (await get(second.fetch, url)).text();
    expect(s.seen[1]!.headers['if-none-match']).toBeUndefined();
    expect(s.seen[1]!.headers['if-modified-since']).toBeUndefined();
    expect(second.entry(url)?.fetchedAt).toBe('2026-03-13T08:00:00.000Z');
    const third = createDiskCache(dir, { now: T2 });
    await (await get(third.fetch, url)).text();
    expect(third.entry(url)?.fetchedAt).toBe('2026-03-14T08:00:00.000Z');
  });
});
