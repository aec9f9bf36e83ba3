/**
 * The request layer against a real local HTTP server on 127.0.0.1: retries with backoff and jitter, Retry-After,
 * no retry on 4xx, timeouts, abort, in-flight sharing and ETag revalidation. Time is a manual clock: waits are
 * recorded, never slept.
 */
import {
  AbortError,
  createRequester,
  HttpError,
  LimitError,
  NetworkError,
  OriginError,
  type RequesterOptions,
  TimeoutError,
} from '@satata/data';
import { afterEach, describe, expect, it } from 'vitest';
import { manualClock } from './helpers/clock.ts';
import { send, startServer, type TestServer } from './helpers/server.ts';

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const text = (b: Uint8Array) => new TextDecoder().decode(b);
/** random() = 0.5 makes full jitter deterministic: wait = floor(0.5 × min(max, base × 2^attempt)). */
const options = (extra: Partial<RequesterOptions> = {}) => {
  const clock = manualClock();
  return { clock, opts: { clock, random: () => 0.5, backoff: { baseMs: 300, maxMs: 10_000 }, ...extra } };
};

describe('retries', () => {
  it('retries a 500 and returns the 200 that follows, after one backoff wait', async () => {
    server = await startServer((_req, res, _url, i) =>
      i === 0 ? send(res, 500, 'boom') : send(res, 200, { ok: 1 }),
    );
    const { clock, opts } = options();
    const res = await createRequester(opts).get(`${server.origin}/x`);
    expect(text(res.body)).toBe('{"ok":1}');
    expect(res.attempts).toBe(2);
    expect(server.seen).toHaveLength(2);
    // attempt 0: floor(0.5 × min(10000, 300 × 2^0)) = 150 ms
    expect(clock.sleeps).toEqual([150]);
  });

  it('gives up after the configured retries with an HttpError saying what came back', async () => {
    server = await startServer((_req, res) => send(res, 503, '<html>Service Unavailable</html>'));
    const { clock, opts } = options({ retries: 3 });
    const err = await createRequester(opts)
      .get(`${server.origin}/y`)
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(HttpError);
    const http = err as HttpError;
    expect(http.kind).toBe('http');
    expect(http.status).toBe(503);
    expect(http.response?.snippet).toBe('<html>Service Unavailable</html>');
    expect(http.response?.attempts).toBe(4);
    expect(http.message).toContain(`GET ${server.origin}/y`);
    // 0.5 × 300, 0.5 × 600, 0.5 × 1200
    expect(clock.sleeps).toEqual([150, 300, 600]);
    expect(server.seen).toHaveLength(4);
  });

  it('honours Retry-After in seconds on 429', async () => {
    server = await startServer((_req, res, _url, i) =>
      i === 0 ? send(res, 429, 'slow down', { 'retry-after': '7' }) : send(res, 200, 'ok'),
    );
    const { clock, opts } = options();
    await createRequester(opts).get(`${server.origin}/z`);
    expect(clock.sleeps).toEqual([7000]);
  });

  it('honours Retry-After as an HTTP date, relative to the injected clock', async () => {
    const { clock, opts } = options();
    const at = new Date(clock.now() + 30_000).toUTCString();
    server = await startServer((_req, res, _url, i) =>
      i === 0 ? send(res, 503, 'maintenance', { 'retry-after': at }) : send(res, 200, 'ok'),
    );
    await createRequester(opts).get(`${server.origin}/d`);
    expect(clock.sleeps).toEqual([30_000]);
  });

  it('waits for a Retry-After exactly at maxRetryAfterMs; by default that is 60 s', async () => {
    server = await startServer((_req, res, url, i) =>
      i % 2 === 0
        ? send(res, 429, 'later', { 'retry-after': url.pathname === '/a' ? '7' : '61' })
        : send(res, 200, 'ok'),
    );
    const { clock, opts } = options({ maxRetryAfterMs: 7000 });
    await createRequester(opts).get(`${server.origin}/a`);
    expect(clock.sleeps).toEqual([7000]);
    const byDefault = options();
    const err = await createRequester(byDefault.opts)
      .get(`${server.origin}/b`)
      .catch((e: unknown) => e);
    expect((err as HttpError).status).toBe(429);
    expect(byDefault.clock.sleeps).toEqual([]);
  });

  it('does not wait for a Retry-After longer than maxRetryAfterMs', async () => {
    server = await startServer((_req, res) => send(res, 429, 'later', { 'retry-after': '3600' }));
    const { clock, opts } = options({ maxRetryAfterMs: 60_000 });
    const err = await createRequester(opts)
      .get(`${server.origin}/long`)
      .catch((e: unknown) => e);
    expect((err as HttpError).status).toBe(429);
    expect(clock.sleeps).toEqual([]);
    expect(server.seen).toHaveLength(1);
  });

  it('never retries a 404 (or any other 4xx)', async () => {
    for (const status of [400, 403, 404, 409]) {
      server = await startServer((_req, res) => send(res, status, { success: false }));
      const { clock, opts } = options();
      const err = await createRequester(opts)
        .get(`${server.origin}/nf`)
        .catch((e: unknown) => e);
      expect((err as HttpError).status).toBe(status);
      expect(server.seen).toHaveLength(1);
      expect(clock.sleeps).toEqual([]);
      await server.close();
      server = undefined;
    }
  });

  it('retries a dropped connection, then reports a NetworkError when it keeps dropping', async () => {
    server = await startServer((req, res, _url, i) =>
      i === 0 ? req.socket.destroy() : send(res, 200, 'back'),
    );
    const { opts } = options();
    expect(text((await createRequester(opts).get(`${server.origin}/n`)).body)).toBe('back');
    await server.close();

    server = await startServer((req) => req.socket.destroy());
    const err = await createRequester(options({ retries: 2 }).opts)
      .get(`${server.origin}/n`)
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(NetworkError);
    expect((err as NetworkError).kind).toBe('network');
    expect((err as NetworkError).request).toEqual({ url: `${server.origin}/n`, method: 'GET' });
    expect((err as NetworkError).response).toEqual({ attempts: 3 });
    expect(server.seen).toHaveLength(3);
  });
});

describe('timeout and abort', () => {
  it('times out when no answer comes, with a TimeoutError naming the URL', async () => {
    const { clock, opts } = options({ timeoutMs: 5000 });
    // The server never answers; when the request has arrived, the test fires the client's timeout timer.
    server = await startServer(() => clock.fireTimers());
    const err = await createRequester(opts)
      .get(`${server.origin}/slow`)
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(TimeoutError);
    expect((err as TimeoutError).kind).toBe('timeout');
    expect((err as TimeoutError).timeoutMs).toBe(5000);
    expect((err as TimeoutError).message).toContain('/slow');
    expect((err as TimeoutError).request?.url).toBe(`${server.origin}/slow`);
    expect((err as TimeoutError).response).toEqual({ attempts: 1 });
    // a timeout is not retried: no backoff wait
    expect(clock.sleeps).toEqual([]);
    expect(server.seen).toHaveLength(1);
  });

  it('a timeout during a backoff wait ends it: TimeoutError after the one attempt made', async () => {
    server = await startServer((_req, res) => send(res, 503, 'busy', { 'retry-after': '20' }));
    const clock = manualClock(undefined, { hold: true });
    const pending = createRequester({ clock, random: () => 0.5 }).get(`${server.origin}/w`);
    while (clock.sleeps.length === 0) await new Promise((r) => setTimeout(r, 5));
    clock.fireTimers();
    const err = await pending.catch((e: unknown) => e);
    expect(err).toBeInstanceOf(TimeoutError);
    expect((err as TimeoutError).response).toEqual({ attempts: 1 });
    expect(clock.sleeps).toEqual([20_000]);
    expect(server.seen).toHaveLength(1);
  });

  it('aborts through the caller’s signal and does not retry', async () => {
    const controller = new AbortController();
    server = await startServer(() => controller.abort(new Error('user left the page')));
    const { clock, opts } = options();
    const err = await createRequester(opts)
      .get(`${server.origin}/a`, { signal: controller.signal })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AbortError);
    expect((err as AbortError).kind).toBe('abort');
    expect(server.seen).toHaveLength(1);
    expect(clock.sleeps).toEqual([]);
  });

  it('aborts during a backoff wait, without another attempt', async () => {
    server = await startServer((_req, res) => send(res, 503, 'busy', { 'retry-after': '30' }));
    // A held clock: the 30 s Retry-After wait never ends by itself, only the abort can end it.
    const clock = manualClock(undefined, { hold: true });
    const controller = new AbortController();
    const pending = createRequester({ clock, random: () => 0.5 }).get(`${server.origin}/w`, {
      signal: controller.signal,
    });
    while (clock.sleeps.length === 0) await new Promise((r) => setTimeout(r, 5));
    expect(clock.sleeps).toEqual([30_000]);
    controller.abort(new Error('user left the page'));
    const err = await pending.catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AbortError);
    expect((err as AbortError).kind).toBe('abort');
    expect(server.seen).toHaveLength(1);
    expect(clock.sleeps).toEqual([30_000]);
  });

  it('rejects at once when the signal is already aborted', async () => {
    server = await startServer((_req, res) => send(res, 200, 'x'));
    const err = await createRequester(options().opts)
      .get(`${server.origin}/a`, { signal: AbortSignal.abort() })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AbortError);
    expect(server.seen).toHaveLength(0);
  });

  it('clears its timeout timer once settled', async () => {
    server = await startServer((_req, res) => send(res, 200, 'x'));
    const { clock, opts } = options();
    await createRequester(opts).get(`${server.origin}/t`);
    expect(clock.pending()).toBe(0);
  });
});

describe('in-flight sharing', () => {
  it('sends one request for identical concurrent calls and releases it when settled', async () => {
    let release: () => void = () => {};
    const gate = new Promise<void>((r) => {
      release = r;
    });
    server = await startServer(async (_req, res) => {
      await gate;
      send(res, 200, { n: 1 });
    });
    const requester = createRequester(options().opts);
    const a = requester.get(`${server.origin}/same`);
    const b = requester.get(`${server.origin}/same`);
    expect(requester.inFlight()).toBe(1);
    await new Promise((r) => setTimeout(r, 20));
    release();
    const [ra, rb] = await Promise.all([a, b]);
    expect(ra).toBe(rb);
    expect(server.seen).toHaveLength(1);
    expect(requester.inFlight()).toBe(0);
    await requester.get(`${server.origin}/same`);
    expect(server.seen).toHaveLength(2);
  });

  it('keeps the shared request alive for the others when one caller aborts', async () => {
    let release: () => void = () => {};
    const gate = new Promise<void>((r) => {
      release = r;
    });
    server = await startServer(async (_req, res) => {
      await gate;
      send(res, 200, 'shared');
    });
    const requester = createRequester(options().opts);
    const leaving = new AbortController();
    const a = requester.get(`${server.origin}/s`, { signal: leaving.signal });
    const b = requester.get(`${server.origin}/s`, { signal: new AbortController().signal });
    leaving.abort();
    await expect(a).rejects.toBeInstanceOf(AbortError);
    release();
    expect(text((await b).body)).toBe('shared');
    expect(server.seen).toHaveLength(1);
  });
});

describe('ETag revalidation', () => {
  it('sends If-None-Match and returns the kept body on 304, reported as the 200 it stands for', async () => {
    server = await startServer((req, res) => {
      if (req.headers['if-none-match'] === '"v1"') {
        res.writeHead(304, { etag: '"v1"' });
        res.end();
      } else
        send(res, 200, { version: 1 }, { etag: '"v1"', 'content-type': 'application/json; charset=utf-8' });
    });
    const requester = createRequester(options().opts);
    const first = await requester.get(`${server.origin}/e`);
    const second = await requester.get(`${server.origin}/e`);
    expect(first.revalidated).toBe(false);
    expect(first.status).toBe(200);
    expect(second.revalidated).toBe(true);
    expect(second.status).toBe(200);
    expect(second.etag).toBe('"v1"');
    expect(second.attempts).toBe(1);
    expect(text(second.body)).toBe('{"version":1}');
    // The kept answer's headers (its Content-Type says how to read the body), not the empty 304's.
    expect(second.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(server.seen[0]!.headers['if-none-match']).toBeUndefined();
    expect(server.seen[1]!.headers['if-none-match']).toBe('"v1"');
  });

  it('keeps the last body per URL: a changed body replaces the kept one and its ETag', async () => {
    let version = 1;
    server = await startServer((req, res) => {
      const tag = `"v${version}"`;
      if (req.headers['if-none-match'] === tag) {
        res.writeHead(304, { etag: tag });
        res.end();
      } else send(res, 200, `body ${version}`, { etag: tag });
    });
    const requester = createRequester(options().opts);
    const url = `${server.origin}/u`;
    expect(text((await requester.get(url)).body)).toBe('body 1');
    version = 2;
    const changed = await requester.get(url);
    expect(changed.revalidated).toBe(false);
    expect(text(changed.body)).toBe('body 2');
    const again = await requester.get(url);
    expect(again.revalidated).toBe(true);
    expect(text(again.body)).toBe('body 2');
    expect(server.seen.map((r) => r.headers['if-none-match'])).toEqual([undefined, '"v1"', '"v2"']);
  });

  it('a 304 refreshes the entry: it becomes the most recently used, with the ETag the 304 names', async () => {
    server = await startServer((req, res, url) => {
      const inm = req.headers['if-none-match'];
      if (inm === `"${url.pathname}"` || inm === `"${url.pathname}+"`) {
        // The server names a new (equivalent) ETag on its 304.
        res.writeHead(304, { etag: `"${url.pathname}+"` });
        res.end();
      } else send(res, 200, url.pathname, { etag: `"${url.pathname}"` });
    });
    const requester = createRequester({ ...options().opts, etagEntries: 2 });
    const get = (path: string) => requester.get(`${server!.origin}${path}`);
    await get('/a');
    await get('/b');
    expect((await get('/a')).revalidated).toBe(true); // refreshes /a
    await get('/c'); // evicts the least recently used: /b, not /a
    const a = await get('/a');
    const b = await get('/b');
    expect(a.revalidated).toBe(true);
    expect(text(a.body)).toBe('/a');
    expect(b.revalidated).toBe(false);
    const sent = server.seen.map((r) => [r.url.pathname, r.headers['if-none-match'] ?? null]);
    expect(sent).toEqual([
      ['/a', null],
      ['/b', null],
      ['/a', '"/a"'],
      ['/c', null],
      ['/a', '"/a+"'],
      ['/b', null],
    ]);
  });

  it('keeps bodies for a bounded number of URLs (least recently used dropped)', async () => {
    server = await startServer((req, res, url) => {
      const tag = `"${url.pathname}"`;
      if (req.headers['if-none-match'] === tag) {
        res.writeHead(304);
        res.end();
      } else send(res, 200, url.pathname, { etag: tag });
    });
    const requester = createRequester({ ...options().opts, etagEntries: 1 });
    await requester.get(`${server.origin}/one`);
    await requester.get(`${server.origin}/two`);
    await requester.get(`${server.origin}/one`);
    // /one was evicted by /two, so the third request revalidates nothing.
    expect(server.seen[2]!.headers['if-none-match']).toBeUndefined();
  });

  it('keeps nothing without an ETag, forgets the kept body when the URL answers without one, and with etag: false sends none', async () => {
    let tagged = true;
    server = await startServer((req, res) => {
      if (tagged && req.headers['if-none-match'] === '"t"') {
        res.writeHead(304);
        res.end();
      } else send(res, 200, tagged ? 'tagged' : 'plain', tagged ? { etag: '"t"' } : {});
    });
    const url = `${server.origin}/x`;
    const requester = createRequester(options().opts);
    await requester.get(url); // kept under "t"
    tagged = false;
    expect(text((await requester.get(url)).body)).toBe('plain'); // answered without an ETag: forgotten
    tagged = true;
    await requester.get(url);
    const off = createRequester({ ...options().opts, etag: false });
    await off.get(url);
    await off.get(url);
    expect(server.seen.map((r) => r.headers['if-none-match'] ?? null)).toEqual([
      null,
      '"t"',
      null,
      null,
      null,
    ]);
  });

  it('a body exactly at the byte bound is kept, and so are bodies adding up to it', async () => {
    server = await startServer((req, res, url) => {
      const tag = `"${url.pathname}"`;
      if (req.headers['if-none-match'] === tag) {
        res.writeHead(304);
        res.end();
      } else send(res, 200, 'z'.repeat(url.pathname === '/whole' ? 100 : 50), { etag: tag });
    });
    const get = (r: ReturnType<typeof createRequester>, path: string) => r.get(`${server!.origin}${path}`);
    const one = createRequester({ ...options().opts, etagMaxBytes: 100 });
    await get(one, '/whole');
    expect((await get(one, '/whole')).revalidated).toBe(true);
    const two = createRequester({ ...options().opts, etagMaxBytes: 100 });
    await get(two, '/a');
    await get(two, '/b');
    expect((await get(two, '/a')).revalidated).toBe(true);
    expect((await get(two, '/b')).revalidated).toBe(true);
  });

  it('keeps bodies within a byte bound: older ones dropped, one larger than the bound never kept', async () => {
    server = await startServer((req, res, url) => {
      const tag = `"${url.pathname}"`;
      if (req.headers['if-none-match'] === tag) {
        res.writeHead(304);
        res.end();
      } else send(res, 200, url.pathname === '/big' ? 'x'.repeat(101) : 'y'.repeat(60), { etag: tag });
    });
    const requester = createRequester({ ...options().opts, etagMaxBytes: 100 });
    const get = (path: string) => requester.get(`${server!.origin}${path}`);
    await get('/a');
    await get('/b'); // 60 + 60 > 100: /a dropped
    await get('/big'); // 101 > 100: not kept, /b stays
    expect((await get('/b')).revalidated).toBe(true);
    expect((await get('/a')).revalidated).toBe(false);
    expect((await get('/big')).revalidated).toBe(false);
    expect(server.seen.map((r) => r.headers['if-none-match'] ?? null)).toEqual([
      null,
      null,
      null,
      '"/b"',
      null,
      null,
    ]);
  });
});

describe('body size limit', () => {
  it('refuses a body whose Content-Length is over the limit, without reading it or retrying', async () => {
    // The server announces 5000 bytes, sends 100 and stalls: only the Content-Length can end this call.
    server = await startServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/csv', 'content-length': '5000' });
      res.write('x'.repeat(100));
    });
    const err = await createRequester({ ...options().opts, maxBytes: 1000 })
      .get(`${server.origin}/big`)
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(LimitError);
    expect(err).toMatchObject({
      kind: 'limit',
      limit: 'bytes',
      max: 1000,
      response: { status: 200, attempts: 1 },
    });
    expect((err as LimitError).message).toContain('1000 byte');
    expect(server.seen).toHaveLength(1);
  });

  it('stops reading a streamed body (no Content-Length) as soon as it passes the limit', async () => {
    let written = 0;
    let closed = false;
    server = await startServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/csv' });
      res.on('close', () => {
        closed = true;
      });
      const chunk = Buffer.alloc(16 * 1024, 97);
      const pump = () => {
        while (!closed && written < 64 * 1024 * 1024) {
          written += chunk.length;
          if (!res.write(chunk)) return void res.once('drain', pump);
        }
        res.end();
      };
      pump();
    });
    const err = await createRequester({ ...options().opts, maxBytes: 100_000 })
      .get(`${server.origin}/stream`)
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(LimitError);
    expect((err as LimitError).max).toBe(100_000);
    while (!closed) await new Promise((r) => setTimeout(r, 5));
    // The server stopped long before its 64 MB: what it wrote is bounded by socket buffers, not by the body.
    expect(written).toBeLessThan(16 * 1024 * 1024);
    expect(server.seen).toHaveLength(1);
  });

  it('a per-call limit lowers the requester’s (never raises it); a body exactly at the limit is read', async () => {
    server = await startServer((_req, res) => {
      res.writeHead(200, { 'content-length': '100' });
      res.end('x'.repeat(100));
    });
    const requester = createRequester({ ...options().opts, maxBytes: 100 });
    expect((await requester.get(`${server.origin}/at`)).body.byteLength).toBe(100);
    expect((await requester.get(`${server.origin}/at`, { maxBytes: 1000 })).body.byteLength).toBe(100);
    const lowered = await requester.get(`${server.origin}/at`, { maxBytes: 99 }).catch((e: unknown) => e);
    expect(lowered).toMatchObject({ kind: 'limit', limit: 'bytes', max: 99 });
    const raised = await createRequester({ ...options().opts, maxBytes: 99 })
      .get(`${server.origin}/at`, { maxBytes: 1000 })
      .catch((e: unknown) => e);
    expect(raised).toMatchObject({ kind: 'limit', limit: 'bytes', max: 99 });
  });

  it('reads at most 64 KB of an error body, for its snippet, and does not fail on a longer one', async () => {
    server = await startServer((_req, res) => {
      res.writeHead(404, { 'content-length': '200000' });
      res.end('e'.repeat(200_000));
    });
    const err = (await createRequester({ ...options().opts, maxBytes: 1000 })
      .get(`${server.origin}/missing`)
      .catch((e: unknown) => e)) as HttpError;
    expect(err).toBeInstanceOf(HttpError);
    expect(err.bodyText).toHaveLength(64 * 1024);
    expect(err.response?.snippet).toBe(`${'e'.repeat(200)}…`);
  });
});

describe('headers never leave their origin', () => {
  let other: TestServer | undefined;
  afterEach(async () => {
    await other?.close();
    other = undefined;
  });

  it('follows a same-origin redirect itself, headers included', async () => {
    server = await startServer((_req, res, url) => {
      if (url.pathname === '/old') {
        res.writeHead(301, { location: '/new' });
        res.end();
      } else send(res, 200, 'moved');
    });
    const requester = createRequester({ ...options().opts, headers: { authorization: 'Bearer rahasia' } });
    const res = await requester.get(`${server.origin}/old`);
    expect(text(res.body)).toBe('moved');
    expect(server.seen.map((r) => [r.url.pathname, r.headers.authorization])).toEqual([
      ['/old', 'Bearer rahasia'],
      ['/new', 'Bearer rahasia'],
    ]);
  });

  it('refuses a redirect to another origin when headers are configured: the other host receives nothing', async () => {
    other = await startServer((_req, res) => send(res, 200, 'stolen'));
    const target = `${other.origin}/collect`;
    server = await startServer((_req, res) => {
      res.writeHead(302, { location: target });
      res.end();
    });
    const requester = createRequester({ ...options().opts, headers: { 'x-ckan-api-key': 'rahasia' } });
    const err = (await requester.get(`${server.origin}/data.csv`).catch((e: unknown) => e)) as OriginError;
    expect(err).toBeInstanceOf(OriginError);
    expect(err).toMatchObject({
      kind: 'origin',
      expectedOrigin: server.origin,
      actualOrigin: other.origin,
      response: { status: 302 },
    });
    expect(err.message).toContain(other.origin);
    expect(err.message).toContain(server.origin);
    expect(other.seen).toHaveLength(0);
    expect(server.seen).toHaveLength(1);
  });

  it('without configured headers, a redirect to another origin is followed as usual', async () => {
    other = await startServer((_req, res) => send(res, 200, 'mirror'));
    const target = `${other.origin}/file.csv`;
    server = await startServer((_req, res) => {
      res.writeHead(302, { location: target });
      res.end();
    });
    const res = await createRequester({ ...options().opts, headers: { accept: 'text/csv' } }).get(
      `${server.origin}/file.csv`,
    );
    expect(text(res.body)).toBe('mirror');
    expect(other.seen).toHaveLength(1);
  });

  it('a call limited to an origin refuses a URL of another origin before sending anything', async () => {
    other = await startServer((_req, res) => send(res, 200, 'x'));
    server = await startServer((_req, res) => send(res, 200, 'x'));
    const err = await createRequester(options().opts)
      .get(`${other.origin}/x`, { origin: server.origin })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(OriginError);
    expect(err).toMatchObject({
      expectedOrigin: server.origin,
      actualOrigin: other.origin,
      request: { url: `${other.origin}/x`, method: 'GET' },
    });
    expect(other.seen).toHaveLength(0);
    const relative = await createRequester(options().opts)
      .get('bukan/url', { origin: server.origin })
      .catch((e: unknown) => e);
    expect(relative).toMatchObject({ kind: 'origin', expectedOrigin: server.origin, actualOrigin: null });
  });

  it('stops a redirect loop after maxRedirects', async () => {
    server = await startServer((_req, res, url) => {
      res.writeHead(307, { location: `/loop?n=${Number(url.searchParams.get('n') ?? 0) + 1}` });
      res.end();
    });
    const err = await createRequester({ ...options().opts, maxRedirects: 3, headers: { authorization: 'x' } })
      .get(`${server.origin}/loop`)
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(LimitError);
    expect(err).toMatchObject({ limit: 'redirects', max: 3 });
    // the first request and 3 redirects followed; the 4th redirect is refused
    expect(server.seen).toHaveLength(4);
  });
});

describe('redirects and credentials, at the edges', () => {
  let other: TestServer | undefined;
  afterEach(async () => {
    await other?.close();
    other = undefined;
  });

  it('any header but accept counts as a credential, whatever else is sent with it', async () => {
    other = await startServer((_req, res) => send(res, 200, 'x'));
    const target = `${other.origin}/y`;
    server = await startServer((_req, res) => {
      res.writeHead(302, { location: target });
      res.end();
    });
    const err = await createRequester({
      ...options().opts,
      headers: { accept: 'text/csv', authorization: 'x' },
    })
      .get(`${server.origin}/a`)
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(OriginError);
    expect(other.seen).toHaveLength(0);
  });

  it('a Location on a non-redirect answer is not followed; a redirect without one is an HttpError', async () => {
    server = await startServer((_req, res, url) => {
      if (url.pathname === '/ok') send(res, 200, 'here', { location: '/elsewhere' });
      else {
        res.writeHead(302);
        res.end();
      }
    });
    const requester = createRequester({ ...options().opts, headers: { authorization: 'x' } });
    expect(text((await requester.get(`${server.origin}/ok`)).body)).toBe('here');
    const err = await requester.get(`${server.origin}/nowhere`).catch((e: unknown) => e);
    expect(err).toMatchObject({ kind: 'http', status: 302 });
    expect(server.seen.map((r) => r.url.pathname)).toEqual(['/ok', '/nowhere']);
  });

  it('a redirect a browser hides (an opaque redirect) is refused: its origin cannot be checked', async () => {
    const opaque = {
      type: 'opaqueredirect',
      status: 0,
      ok: false,
      headers: new Headers(),
      body: null,
    } as unknown as Response;
    const err = await createRequester({
      ...options().opts,
      fetch: async () => opaque,
      headers: { authorization: 'x' },
    })
      .get('https://data.example.go.id/a.csv')
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(OriginError);
    expect(err).toMatchObject({
      expectedOrigin: 'https://data.example.go.id',
      actualOrigin: null,
      request: { url: 'https://data.example.go.id/a.csv' },
    });
    expect((err as OriginError).message).toContain('tidak diketahui');
  });

  it('the errors of refused redirects say what was asked and what came back', async () => {
    server = await startServer((_req, res) => {
      res.writeHead(308, { location: '/again' });
      res.end();
    });
    const err = await createRequester({ ...options().opts, maxRedirects: 1, headers: { authorization: 'x' } })
      .get(`${server.origin}/start`, { describe: { action: 'package_show' } })
      .catch((e: unknown) => e);
    expect(err).toMatchObject({
      limit: 'redirects',
      max: 1,
      request: { url: `${server.origin}/start`, method: 'GET', action: 'package_show' },
      response: { status: 308, attempts: 1 },
    });
  });
});

describe('in-flight sharing, at the edges', () => {
  it('different URLs are different requests', async () => {
    server = await startServer((_req, res, url) => setTimeout(() => send(res, 200, url.pathname), 10));
    const requester = createRequester(options().opts);
    const [a, b] = await Promise.all([
      requester.get(`${server.origin}/a`),
      requester.get(`${server.origin}/b`),
    ]);
    expect([text(a.body), text(b.body)]).toEqual(['/a', '/b']);
    expect(server.seen).toHaveLength(2);
  });

  it('a failed request is released too, and reaches a caller with a signal as its own error', async () => {
    server = await startServer((_req, res) => send(res, 404, 'tidak ada'));
    const requester = createRequester(options().opts);
    const err = await requester
      .get(`${server.origin}/x`, { signal: new AbortController().signal })
      .catch((e: unknown) => e);
    expect(err).toMatchObject({ kind: 'http', status: 404 });
    expect(requester.inFlight()).toBe(0);
  });

  it('when its last caller leaves, the request is aborted: released at once, the connection closed', async () => {
    let closed = false;
    server = await startServer((req) => {
      req.on('close', () => {
        closed = true;
      });
    });
    const requester = createRequester(options().opts);
    const leaving = new AbortController();
    const call = requester.get(`${server.origin}/stall`, { signal: leaving.signal });
    while (server.seen.length === 0) await new Promise((r) => setTimeout(r, 5));
    expect(requester.inFlight()).toBe(1);
    leaving.abort(new Error('pergi'));
    const err = await call.catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AbortError);
    expect((err as AbortError).request?.url).toBe(`${server.origin}/stall`);
    expect(requester.inFlight()).toBe(0);
    for (let i = 0; i < 200 && !closed; i++) await new Promise((r) => setTimeout(r, 5));
    expect(closed).toBe(true);
  });

  it('an already aborted signal is refused with the request it would have made', async () => {
    const err = await createRequester(options().opts)
      .get('http://127.0.0.1:9/never', { signal: AbortSignal.abort() })
      .catch((e: unknown) => e);
    expect(err).toMatchObject({ kind: 'abort', request: { url: 'http://127.0.0.1:9/never', method: 'GET' } });
  });
});
