/**
 * The request layer against a real local HTTP server on 127.0.0.1: retries with backoff and jitter, Retry-After,
 * no retry on 4xx, timeouts, abort, in-flight sharing and ETag revalidation. Time is a manual clock: waits are
 * recorded, never slept.
 */
import {
  AbortError,
  createRequester,
  HttpError,
  NetworkError,
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

  it('aborts during a backoff wait (real clock), without another attempt', async () => {
    server = await startServer((_req, res) => send(res, 503, 'busy', { 'retry-after': '30' }));
    const controller = new AbortController();
    const pending = createRequester({ random: () => 0.5 }).get(`${server.origin}/w`, {
      signal: controller.signal,
    });
    setTimeout(() => controller.abort(), 30);
    const started = Date.now();
    await expect(pending).rejects.toBeInstanceOf(AbortError);
    // The 30 s Retry-After wait was cut short by the abort.
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(server.seen).toHaveLength(1);
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
  it('sends If-None-Match and returns the kept body on 304', async () => {
    server = await startServer((req, res) => {
      if (req.headers['if-none-match'] === '"v1"') {
        res.writeHead(304, { etag: '"v1"' });
        res.end();
      } else send(res, 200, { version: 1 }, { etag: '"v1"' });
    });
    const requester = createRequester(options().opts);
    const first = await requester.get(`${server.origin}/e`);
    const second = await requester.get(`${server.origin}/e`);
    expect(first.revalidated).toBe(false);
    expect(second.revalidated).toBe(true);
    expect(text(second.body)).toBe('{"version":1}');
    expect(server.seen[0]!.headers['if-none-match']).toBeUndefined();
    expect(server.seen[1]!.headers['if-none-match']).toBe('"v1"');
  });

  it('keeps only the last body per URL, for a bounded number of URLs', async () => {
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
});
