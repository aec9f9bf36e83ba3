/**
 * An on-disk HTTP cache for `satata build`, as a `fetch` for the data client's requester: every GET that got a
 * body with an `ETag` or `Last-Modified` is kept (body and headers) under the cache folder, keyed by URL; the next
 * request for that URL is conditional (`If-None-Match` / `If-Modified-Since`), and a `304 Not Modified` is answered
 * with the kept body, so an unchanged source is never downloaded again. The requester's own retries, timeouts,
 * size caps and origin checks stay in charge: the body is passed on as a stream and kept only once it was read to
 * the end.
 *
 * Every URL asked is logged ({@link DiskCache.log}): downloaded or revalidated, when its body was first
 * downloaded, its validators and content hash — the provenance of each source.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FetchLike } from '@satata/data';

/** What the cache keeps about one URL. */
export interface CacheEntry {
  readonly url: string;
  readonly etag: string | null;
  readonly lastModified: string | null;
  readonly contentType: string | null;
  /** When this body was downloaded (ISO), kept across revalidations. */
  readonly fetchedAt: string;
  readonly sha256: string;
  readonly bytes: number;
}

/** One request of this build, for provenance and for tests. */
export interface FetchRecord {
  readonly url: string;
  /** `downloaded` — a body came; `revalidated` — 304, the kept body was used; `error` — anything else. */
  readonly outcome: 'downloaded' | 'revalidated' | 'error';
  readonly status: number;
  readonly entry: CacheEntry | null;
}

/** The cache, its fetch and this build's log. */
export interface DiskCache {
  readonly fetch: FetchLike;
  /** Every answer received, in order (retries included). */
  readonly log: FetchRecord[];
  /** The entry kept for `url`, if any. */
  entry(url: string): CacheEntry | null;
}

/** SHA-256 of bytes, hex. */
export function sha256(data: Uint8Array | string): string {
  return createHash('sha256').update(data).digest('hex');
}

const keyOf = (url: string) => sha256(url).slice(0, 40);

/**
 * Create the cache in `dir` over `inner` (default the global fetch). `now` gives the download time recorded for a
 * new body (injectable, so a build can be reproduced).
 */
export function createDiskCache(
  dir: string,
  { inner, now = () => new Date() }: { inner?: FetchLike; now?: () => Date } = {},
): DiskCache {
  const base = join(dir, 'http');
  mkdirSync(base, { recursive: true });
  const doFetch: FetchLike = inner ?? ((input, init) => fetch(input, init));
  const log: FetchRecord[] = [];

  const read = (url: string): { entry: CacheEntry; body: Uint8Array; headers: [string, string][] } | null => {
    const k = keyOf(url);
    const metaFile = join(base, `${k}.json`);
    const bodyFile = join(base, `${k}.body`);
    if (!existsSync(metaFile) || !existsSync(bodyFile)) return null;
    try {
      const meta = JSON.parse(readFileSync(metaFile, 'utf8')) as {
        entry: CacheEntry;
        headers: [string, string][];
      };
      if (meta.entry.url !== url) return null;
      const body = new Uint8Array(readFileSync(bodyFile));
      if (sha256(body) !== meta.entry.sha256) return null; // a damaged body is downloaded again
      return { entry: meta.entry, body, headers: meta.headers };
    } catch {
      return null;
    }
  };

  const write = (entry: CacheEntry, body: Uint8Array, headers: [string, string][]) => {
    const k = keyOf(entry.url);
    // Body first, then the metadata that vouches for it; each written beside and renamed into place.
    writeFileSync(join(base, `${k}.body.tmp`), body);
    renameSync(join(base, `${k}.body.tmp`), join(base, `${k}.body`));
    writeFileSync(join(base, `${k}.json.tmp`), JSON.stringify({ entry, headers }));
    renameSync(join(base, `${k}.json.tmp`), join(base, `${k}.json`));
  };

  const cachedFetch: FetchLike = async (url, init) => {
    const kept = (init.method ?? 'GET') === 'GET' ? read(url) : null;
    const headers = new Headers(init.headers);
    if (kept?.entry.etag) headers.set('if-none-match', kept.entry.etag);
    if (kept?.entry.lastModified) headers.set('if-modified-since', kept.entry.lastModified);
    const response = await doFetch(url, { ...init, headers });
    if (response.status === 304 && kept) {
      await response.body?.cancel().catch(() => {});
      const etag = response.headers.get('etag') ?? kept.entry.etag;
      const entry = { ...kept.entry, etag };
      if (etag !== kept.entry.etag) write(entry, kept.body, kept.headers);
      log.push({ url, outcome: 'revalidated', status: 304, entry });
      return new Response(kept.body.slice().buffer, {
        status: 200,
        headers: new Headers([...kept.headers, ['x-satata-cache', 'revalidated']]),
      });
    }
    if (!response.ok || !response.body) {
      log.push({ url, outcome: response.ok ? 'downloaded' : 'error', status: response.status, entry: null });
      return response;
    }
    const etag = response.headers.get('etag');
    const lastModified = response.headers.get('last-modified');
    const record: { url: string; outcome: 'downloaded'; status: number; entry: CacheEntry | null } = {
      url,
      outcome: 'downloaded',
      status: response.status,
      entry: null,
    };
    log.push(record);
    const chunks: Uint8Array[] = [];
    const kept2: [string, string][] = [];
    response.headers.forEach((v, k) => {
      if (k === 'content-type' || k === 'content-length' || k === 'etag' || k === 'last-modified')
        kept2.push([k, v]);
    });
    const fetchedAt = now().toISOString();
    const tee = new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        chunks.push(chunk);
        controller.enqueue(chunk);
      },
      flush() {
        const total = chunks.reduce((n, c) => n + c.byteLength, 0);
        const body = new Uint8Array(total);
        let at = 0;
        for (const c of chunks) {
          body.set(c, at);
          at += c.byteLength;
        }
        const hash = sha256(body);
        // The same bytes as the kept ones (a server without validators): keep the first download time.
        const fetched = kept && kept.entry.sha256 === hash ? kept.entry.fetchedAt : fetchedAt;
        const entry: CacheEntry = {
          url,
          etag,
          lastModified,
          contentType: response.headers.get('content-type'),
          fetchedAt: fetched,
          sha256: hash,
          bytes: total,
        };
        record.entry = entry;
        write(entry, body, kept2);
      },
    });
    return new Response(response.body.pipeThrough(tee), {
      status: response.status,
      statusText: response.statusText,
      headers: response.headers,
    });
  };

  return {
    fetch: cachedFetch,
    log,
    entry: (url) => read(url)?.entry ?? null,
  };
}
