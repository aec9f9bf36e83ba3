/**
 * The request layer: one GET over an injectable `fetch`, with the caller's `AbortSignal`, a timeout, retries
 * (exponential backoff with full jitter on network errors, 5xx and 429, honouring `Retry-After`; never on other
 * 4xx), sharing of identical in-flight requests and ETag revalidation. No other cache: TanStack Query is the cache.
 *
 * Guards: a body is read as a stream and the read stops at `maxBytes` (a {@link LimitError}); the ETag bodies are
 * bounded in count and in bytes; a request that carries configured headers (or names an allowed `origin`) follows
 * redirects itself and never to another origin (an {@link OriginError}), so no header leaves its origin.
 */
import {
  AbortError,
  DataError,
  HttpError,
  LimitError,
  NetworkError,
  OriginError,
  type RequestInfo,
  snippetOf,
  TimeoutError,
} from '../errors.ts';
import { stableKey } from '../query-keys.ts';
import {
  type BackoffOptions,
  backoffDelay,
  DEFAULT_BACKOFF,
  isRetryableStatus,
  parseRetryAfter,
} from './backoff.ts';
import { type Clock, systemClock } from './clock.ts';

/** The `fetch` the client calls (the global one by default). */
export type FetchLike = (input: string, init: RequestInit) => Promise<Response>;

/** Default cap on one response body: 128 MiB. */
export const DEFAULT_MAX_BYTES = 128 * 1024 * 1024;
/** Default cap on the bytes of all bodies kept for ETag revalidation: 32 MiB. */
export const DEFAULT_ETAG_MAX_BYTES = 32 * 1024 * 1024;
/** Default cap on redirects followed by hand (requests that carry configured headers): 5. */
export const DEFAULT_MAX_REDIRECTS = 5;

/** Settings of a {@link Requester}. */
export interface RequesterOptions {
  readonly fetch?: FetchLike;
  /** Timeout of a whole request, all attempts and waits included. Default 30 000 ms. */
  readonly timeoutMs?: number;
  /** Retries after the first attempt. Default 3. */
  readonly retries?: number;
  readonly backoff?: BackoffOptions;
  /** A `Retry-After` longer than this is not waited for: the error is thrown at once. Default 60 000 ms. */
  readonly maxRetryAfterMs?: number;
  readonly clock?: Clock;
  /** Uniform random numbers in [0, 1) for the jitter. Default `Math.random`. */
  readonly random?: () => number;
  /** Revalidate with `If-None-Match` when the server gave an ETag. Default true. */
  readonly etag?: boolean;
  /** How many URLs keep their last body for ETag revalidation (least recently used dropped). Default 64. */
  readonly etagEntries?: number;
  /**
   * How many bytes the kept ETag bodies may take together (least recently used dropped; a body larger than this
   * is not kept). Default {@link DEFAULT_ETAG_MAX_BYTES}.
   */
  readonly etagMaxBytes?: number;
  /**
   * The longest body read, in bytes: a longer one (by its Content-Length, or while it streams) stops the read with
   * a {@link LimitError}. Default {@link DEFAULT_MAX_BYTES}.
   */
  readonly maxBytes?: number;
  /** Redirects followed by hand before a {@link LimitError}. Default {@link DEFAULT_MAX_REDIRECTS}. */
  readonly maxRedirects?: number;
  /**
   * Headers sent with every request (e.g. `authorization`). They never leave the origin of the URL asked for: such
   * a request follows redirects itself and refuses one to another origin with an {@link OriginError}.
   */
  readonly headers?: Readonly<Record<string, string>>;
}

/** Per-call options of {@link Requester.get}. */
export interface RequestOptions {
  readonly signal?: AbortSignal;
  /** Overrides the requester's timeout for this call. */
  readonly timeoutMs?: number;
  /** Lowers the requester's body cap for this call (e.g. to what is left of a DataStore's byte budget). */
  readonly maxBytes?: number;
  /** More headers for this call; like the requester's, they never leave the URL's origin. */
  readonly headers?: Readonly<Record<string, string>>;
  /**
   * The only origin this call may reach, e.g. a CKAN portal's: a URL or a redirect elsewhere is an
   * {@link OriginError} before anything is sent there.
   */
  readonly origin?: string;
  /** Describes the call in errors (CKAN action and parameters). */
  readonly describe?: Omit<RequestInfo, 'url' | 'method'>;
}

/** A successful answer, body already read. */
export interface HttpResult {
  readonly url: string;
  /** The HTTP status of the answer; 200 for a body revalidated by a 304 (the body is the kept 200 body). */
  readonly status: number;
  readonly headers: Headers;
  readonly body: Uint8Array;
  readonly etag: string | null;
  /** True when the server answered 304 and the body is the one kept from the previous answer. */
  readonly revalidated: boolean;
  /** How many attempts it took. */
  readonly attempts: number;
}

/**
 * Performs GET requests with retries, timeout, abort, in-flight sharing and ETag revalidation.
 *
 * Sharing: identical GETs (same URL and headers) in flight at the same time make one request. Callers without a
 * signal get the very same promise; callers with a signal get their own promise over it, so one caller's abort
 * rejects only its own call — the request is aborted when the last signalled caller leaves and no unsignalled
 * caller waits. The timeout is the first caller's, counted from the start of the shared request. The entry is
 * released when the request settles.
 */
export interface Requester {
  get(url: string, options?: RequestOptions): Promise<HttpResult>;
  /** Number of distinct requests in flight (for tests and diagnostics). */
  inFlight(): number;
}

interface Shared {
  readonly promise: Promise<HttpResult>;
  readonly controller: AbortController;
  subscribers: number;
}

interface Kept {
  readonly etag: string;
  readonly body: Uint8Array;
  readonly headers: Headers;
}

const MAX_ERROR_BODY = 64 * 1024;
const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const decoder = new TextDecoder();

/** Decode a body as UTF-8 text (invalid bytes become U+FFFD: for error snippets; data is decoded strictly). */
export function bodyText(body: Uint8Array): string {
  return decoder.decode(body);
}

/** The origin of `url` (`https://host:port`), or null when it is not an absolute URL. */
export function originOf(url: string): string | null {
  try {
    return new URL(url).origin;
  } catch {
    return null;
  }
}

/** True when a header set holds something worth protecting: any header but `accept`. */
function carriesCredentials(headers: Readonly<Record<string, string>>): boolean {
  return Object.keys(headers).some((h) => h.toLowerCase() !== 'accept');
}

/**
 * Read a body as a stream, at most `max` bytes. Past `max`, the stream is cancelled (nothing more is read) and
 * `onExceeded` decides: a thrown error, or `null` to keep the first `max` bytes (error bodies, read for a snippet).
 */
async function readBody(
  response: Response,
  max: number,
  onExceeded: () => DataError | null,
): Promise<Uint8Array> {
  const declared = Number(response.headers.get('content-length') ?? Number.NaN);
  if (declared > max) {
    const error = onExceeded();
    if (error) {
      await response.body?.cancel().catch(() => {});
      throw error;
    }
  }
  if (!response.body) return new Uint8Array(await response.arrayBuffer()).subarray(0, max);
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (total + value.byteLength > max) {
      await reader.cancel().catch(() => {});
      const error = onExceeded();
      if (error) throw error;
      chunks.push(value.subarray(0, max - total));
      total = max;
      break;
    }
    chunks.push(value);
    total += value.byteLength;
  }
  if (chunks.length === 1) return chunks[0]!;
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}

/** Create a {@link Requester}. */
export function createRequester(options: RequesterOptions = {}): Requester {
  const doFetch: FetchLike = options.fetch ?? ((input, init) => fetch(input, init));
  const clock = options.clock ?? systemClock;
  const random = options.random ?? Math.random;
  const retries = options.retries ?? 3;
  const backoff = options.backoff ?? DEFAULT_BACKOFF;
  const maxRetryAfterMs = options.maxRetryAfterMs ?? 60_000;
  const defaultTimeout = options.timeoutMs ?? 30_000;
  const useEtag = options.etag ?? true;
  const etagEntries = options.etagEntries ?? 64;
  const etagMaxBytes = options.etagMaxBytes ?? DEFAULT_ETAG_MAX_BYTES;
  const defaultMaxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const maxRedirects = options.maxRedirects ?? DEFAULT_MAX_REDIRECTS;
  const etags = new Map<string, Kept>();
  let etagBytes = 0;
  const inFlight = new Map<string, Shared>();

  function forget(url: string): void {
    const old = etags.get(url);
    if (!old) return;
    etags.delete(url);
    etagBytes -= old.body.byteLength;
  }

  /** Keep `body` as the last body of `url` (most recently used), within the count and byte bounds. */
  function remember(url: string, kept: Kept): void {
    forget(url);
    if (kept.body.byteLength > etagMaxBytes) return;
    etags.set(url, kept);
    etagBytes += kept.body.byteLength;
    while (etags.size > etagEntries || etagBytes > etagMaxBytes) forget(etags.keys().next().value as string);
  }

  async function run(
    url: string,
    headers: Record<string, string>,
    allowed: string | null,
    info: RequestInfo,
    signal: AbortSignal,
    timeoutMs: number,
    maxBytes: number,
    isTimedOut: () => boolean,
  ): Promise<HttpResult> {
    const stopped = (cause: unknown, attempts: number): DataError =>
      isTimedOut()
        ? new TimeoutError(timeoutMs, { request: info, response: { attempts }, cause })
        : new AbortError({ request: info, response: { attempts }, cause });
    if (allowed !== null && originOf(url) !== allowed) {
      throw new OriginError(allowed, originOf(url), { request: info });
    }
    for (let attempt = 0; ; attempt++) {
      const attempts = attempt + 1;
      const kept = useEtag ? etags.get(url) : undefined;
      const h = kept ? { ...headers, 'if-none-match': kept.etag } : headers;
      let response: Response;
      let body: Uint8Array;
      try {
        response = await fetchFollowing(url, h, allowed, info, signal, attempts);
        body = await readBody(response, response.ok ? maxBytes : MAX_ERROR_BODY, () =>
          response.ok
            ? new LimitError('bytes', maxBytes, {
                request: info,
                response: { status: response.status, attempts },
              })
            : null,
        );
      } catch (cause) {
        if (cause instanceof DataError) throw cause;
        if (signal.aborted) throw stopped(cause, attempts);
        if (attempt >= retries) throw new NetworkError({ request: info, response: { attempts }, cause });
        await wait(backoffDelay(attempt, backoff, random), attempts);
        continue;
      }
      if (response.status === 304 && kept) {
        // A 304 refreshes the kept entry: most recently used again, and the ETag the server names now.
        const etag = response.headers.get('etag') ?? kept.etag;
        remember(url, { etag, body: kept.body, headers: kept.headers });
        return {
          url,
          status: 200,
          headers: kept.headers,
          body: kept.body,
          etag,
          revalidated: true,
          attempts,
        };
      }
      if (response.ok) {
        const etag = response.headers.get('etag');
        if (useEtag && etag) remember(url, { etag, body, headers: response.headers });
        else if (useEtag) forget(url);
        return {
          url,
          status: response.status,
          headers: response.headers,
          body,
          etag,
          revalidated: false,
          attempts,
        };
      }
      const text = bodyText(body);
      const error = new HttpError(response.status, text, {
        request: info,
        response: {
          status: response.status,
          statusText: response.statusText,
          snippet: snippetOf(text),
          attempts,
        },
      });
      if (!isRetryableStatus(response.status) || attempt >= retries) throw error;
      const retryAfter = parseRetryAfter(response.headers.get('retry-after'), clock.now());
      if (retryAfter !== null && retryAfter > maxRetryAfterMs) throw error;
      await wait(retryAfter ?? backoffDelay(attempt, backoff, random), attempts);
    }

    async function wait(ms: number, attempts: number): Promise<void> {
      try {
        await clock.sleep(ms, signal);
      } catch (cause) {
        throw stopped(cause, attempts);
      }
    }
  }

  /**
   * One fetch, with its redirects: followed by `fetch` itself when nothing needs protecting, else by hand, each
   * hop checked against the allowed origin before anything is sent to it.
   */
  async function fetchFollowing(
    url: string,
    headers: Record<string, string>,
    allowed: string | null,
    info: RequestInfo,
    signal: AbortSignal,
    attempts: number,
  ): Promise<Response> {
    if (allowed === null) return doFetch(url, { method: 'GET', headers, signal });
    let current = url;
    for (let hops = 0; ; hops++) {
      const response = await doFetch(current, { method: 'GET', headers, signal, redirect: 'manual' });
      if (response.type === 'opaqueredirect') throw new OriginError(allowed, null, { request: info });
      const location = response.headers.get('location');
      if (!REDIRECTS.has(response.status) || location === null) return response;
      await response.body?.cancel().catch(() => {});
      const next = new URL(location, current).toString();
      if (originOf(next) !== allowed) {
        throw new OriginError(allowed, originOf(next), {
          request: info,
          response: { status: response.status, attempts },
        });
      }
      if (hops >= maxRedirects) {
        throw new LimitError('redirects', maxRedirects, {
          request: info,
          response: { status: response.status, attempts },
        });
      }
      current = next;
    }
  }

  function start(
    url: string,
    headers: Record<string, string>,
    allowed: string | null,
    info: RequestInfo,
    timeoutMs: number,
    maxBytes: number,
  ): Shared {
    const controller = new AbortController();
    let timedOut = false;
    const cancel = clock.setTimer(() => {
      timedOut = true;
      controller.abort(new Error(`timeout after ${timeoutMs} ms`));
    }, timeoutMs);
    const promise = run(
      url,
      headers,
      allowed,
      info,
      controller.signal,
      timeoutMs,
      maxBytes,
      () => timedOut,
    ).finally(cancel);
    return { promise, controller, subscribers: 0 };
  }

  return {
    inFlight: () => inFlight.size,
    get(url, opts = {}) {
      const info: RequestInfo = { url, method: 'GET', ...opts.describe };
      const signal = opts.signal;
      if (signal?.aborted) return Promise.reject(new AbortError({ request: info, cause: signal.reason }));
      const headers = { ...options.headers, ...opts.headers };
      const allowed = opts.origin ?? (carriesCredentials(headers) ? originOf(url) : null);
      const maxBytes = Math.min(opts.maxBytes ?? defaultMaxBytes, defaultMaxBytes);
      const key = stableKey(['GET', url, headers, allowed, maxBytes]);
      let shared = inFlight.get(key);
      if (!shared) {
        const created = start(url, headers, allowed, info, opts.timeoutMs ?? defaultTimeout, maxBytes);
        shared = created;
        inFlight.set(key, created);
        created.promise.then(
          () => inFlight.get(key) === created && inFlight.delete(key),
          () => inFlight.get(key) === created && inFlight.delete(key),
        );
      }
      const entry = shared;
      entry.subscribers++;
      if (!signal) return entry.promise;
      return new Promise<HttpResult>((resolve, reject) => {
        const onAbort = () => {
          entry.subscribers--;
          if (entry.subscribers === 0) {
            if (inFlight.get(key) === entry) inFlight.delete(key);
            entry.controller.abort(signal.reason);
          }
          reject(new AbortError({ request: info, cause: signal.reason }));
        };
        signal.addEventListener('abort', onAbort, { once: true });
        entry.promise.then(
          (r) => {
            signal.removeEventListener('abort', onAbort);
            resolve(r);
          },
          (e: unknown) => {
            signal.removeEventListener('abort', onAbort);
            reject(e);
          },
        );
      });
    },
  };
}
