/**
 * `satata serve [dir]`: a built site on 127.0.0.1, through sirv (a kept static-file library: MIME types, ranges,
 * path handling, traversal refused, precompressed `.br`/`.gz` chosen by `Accept-Encoding`, ETag) with the site's
 * headers (`headers.ts`). When a rebuild swaps the site in, the next request sees the new one: the handler is
 * made again whenever the live folder changes.
 */
import { existsSync, readFileSync, realpathSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import sirv, { type RequestHandler } from 'sirv';
import { cacheControl, contentSecurityPolicy } from './headers.ts';

/** Parse PORT: an integer 0–65535, else a clear error. */
export function portFromEnv(value: string | undefined, fallback = 4173): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65_535) {
    throw new RangeError(`PORT harus bilangan bulat 0–65535, bukan ${JSON.stringify(value)}`);
  }
  return n;
}

/** Options of {@link serveSite}. */
export interface ServeOptions {
  /** Port (0: any free one); when taken, a free one is used. Default 4173. */
  readonly port?: number;
  /** The config the site was built from (unused by the server; kept for messages). */
  readonly config?: string;
}

/** A running server. */
export interface ServedSite {
  readonly url: string;
  readonly server: Server;
  close(): Promise<void>;
}

interface Live {
  readonly real: string;
  readonly handler: RequestHandler;
  readonly csp: string;
}

function liveOf(dir: string): Live {
  if (!existsSync(join(dir, 'manifest.json'))) {
    throw new Error(`${dir} bukan situs satata (manifest.json tidak ada): jalankan satata build dulu`);
  }
  const real = realpathSync(dir);
  const manifest = JSON.parse(readFileSync(join(real, 'manifest.json'), 'utf8')) as {
    frameAncestors?: readonly string[];
  };
  const handler = sirv(real, {
    dev: false,
    etag: true,
    brotli: true,
    gzip: true,
    extensions: ['html'],
    setHeaders: (res, pathname) => res.setHeader('Cache-Control', cacheControl(pathname)),
    onNoMatch: (_req, res) => {
      res.statusCode = 404;
      res.setHeader('Content-Type', 'text/plain; charset=utf-8');
      res.end('Tidak ditemukan / Not found');
    },
  });
  return { real, handler, csp: contentSecurityPolicy(manifest.frameAncestors ?? ["'self'"]) };
}

function listen(server: Server, port: number): Promise<number> {
  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', fail);
      ok((server.address() as AddressInfo).port);
    });
  });
}

/** Serve the site at `dir` (a build's live link or folder). */
export async function serveSite(dir: string, options: ServeOptions = {}): Promise<ServedSite> {
  let live = liveOf(dir);
  const server = createServer((req, res) => {
    try {
      const real = realpathSync(dir);
      if (real !== live.real) live = liveOf(dir);
    } catch {
      // The link is being swapped: serve the last live folder.
    }
    res.setHeader('Content-Security-Policy', live.csp);
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Referrer-Policy', 'same-origin');
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.statusCode = 405;
      res.setHeader('Allow', 'GET, HEAD');
      res.end();
      return;
    }
    live.handler(req, res);
  });
  let port: number;
  try {
    port = await listen(server, options.port ?? 4173);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw e;
    port = await listen(server, 0);
  }
  return {
    url: `http://127.0.0.1:${port}/`,
    server,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
