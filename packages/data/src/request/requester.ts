/**
 * The request layer: one GET over an injectable `fetch`, with the caller's `AbortSignal`, a timeout, retries
 * (exponential backoff with full jitter on network errors, 5xx and 429, honouring `Retry-After`; never on other
 * 4xx), sharing of identical in-flight requests and ETag revalidation. No other cache: TanStack Query is the cache.
 */
import {
  AbortError,
  type DataError,
  HttpError,
  NetworkError,
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
  /** Headers sent with every request. */
  readonly headers?: Readonly<Record<string, string>>;
}

/** Per-call options. */
export interface RequestOptions {
  readonly signal?: AbortSignal;
  /** Overrides the requester's timeout for this call. */
  readonly timeoutMs?: number;
  readonly headers?: Readonly<Record<string, string>>;
  /** Describes the call in errors (CKAN action and parameters). */
  readonly describe?: Omit<RequestInfo, 'url' | 'method'>;
}

/** A successful answer, body already read. */
export interface HttpResult {
  readonly url: string;
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

const MAX_ERROR_BODY = 64 * 1024;
const decoder = new TextDecoder();

/** Decode a body as UTF-8 text. */
export function bodyText(body: Uint8Array): string {
  return decoder.decode(body);
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
  const etags = new Map<string, { etag: string; body: Uint8Array; headers: Headers }>();
  const inFlight = new Map<string, Shared>();

  function remember(url: string, etag: string, body: Uint8Array, headers: Headers): void {
    etags.delete(url);
    etags.set(url, { etag, body, headers });
    while (etags.size > etagEntries) etags.delete(etags.keys().next().value as string);
  }

  async function run(
    url: string,
    headers: Record<string, string>,
    info: RequestInfo,
    signal: AbortSignal,
    timeoutMs: number,
    isTimedOut: () => boolean,
  ): Promise<HttpResult> {
    const stopped = (cause: unknown, attempts: number): DataError =>
      isTimedOut()
        ? new TimeoutError(timeoutMs, { request: info, response: { attempts }, cause })
        : new AbortError({ request: info, response: { attempts }, cause });
    for (let attempt = 0; ; attempt++) {
      const attempts = attempt + 1;
      const kept = useEtag ? etags.get(url) : undefined;
      const h = kept ? { ...headers, 'if-none-match': kept.etag } : headers;
      let response: Response;
      let body: Uint8Array;
      try {
        response = await doFetch(url, { method: 'GET', headers: h, signal });
        body = new Uint8Array(await response.arrayBuffer());
      } catch (cause) {
        if (signal.aborted) throw stopped(cause, attempts);
        if (attempt >= retries) throw new NetworkError({ request: info, response: { attempts }, cause });
        await wait(backoffDelay(attempt, backoff, random), attempts);
        continue;
      }
      if (response.status === 304 && kept) {
        remember(url, kept.etag, kept.body, kept.headers);
        return {
          url,
          status: 200,
          headers: kept.headers,
          body: kept.body,
          etag: kept.etag,
          revalidated: true,
          attempts,
        };
      }
      if (response.ok) {
        const etag = response.headers.get('etag');
        if (useEtag && etag) remember(url, etag, body, response.headers);
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
      const text = bodyText(body.subarray(0, MAX_ERROR_BODY));
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

  function start(url: string, headers: Record<string, string>, info: RequestInfo, timeoutMs: number): Shared {
    const controller = new AbortController();
    let timedOut = false;
    const cancel = clock.setTimer(() => {
      timedOut = true;
      controller.abort(new Error(`timeout after ${timeoutMs} ms`));
    }, timeoutMs);
    const promise = run(url, headers, info, controller.signal, timeoutMs, () => timedOut).finally(cancel);
    return { promise, controller, subscribers: 0 };
  }

  return {
    inFlight: () => inFlight.size,
    get(url, opts = {}) {
      const info: RequestInfo = { url, method: 'GET', ...opts.describe };
      const signal = opts.signal;
      if (signal?.aborted) return Promise.reject(new AbortError({ request: info, cause: signal.reason }));
      const headers = { ...options.headers, ...opts.headers };
      const key = stableKey(['GET', url, headers]);
      let shared = inFlight.get(key);
      if (!shared) {
        const created = start(url, headers, info, opts.timeoutMs ?? defaultTimeout);
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
