/**
 * Static files over node:http, shared by `pnpm start` (scripts/serve-dashboard.ts), the browser tests and the
 * browser benchmarks: one handler, so what the tests exercise is what users are served.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import type { RequestListener } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';

/** Content types by file extension. */
export const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
};

/**
 * A request handler serving files under `root`; `/` and directories map to `index.html`. Paths outside `root` get
 * 403; `htmlHeaders` (e.g. a Content-Security-Policy) are added to HTML responses.
 */
export function staticHandler(
  root: string,
  { htmlHeaders = {} }: { htmlHeaders?: Readonly<Record<string, string>> } = {},
): RequestListener {
  const base = resolve(root);
  return (req, res) => {
    let path: string;
    try {
      path = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    } catch {
      res.writeHead(400, { 'content-type': 'text/plain; charset=utf-8' }).end('alamat tidak valid');
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD' }).end();
      return;
    }
    let file = normalize(join(base, path));
    if (file !== base && !file.startsWith(`${base}/`)) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      if (path === '/favicon.ico') res.writeHead(204).end();
      else res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('tidak ditemukan');
      return;
    }
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    const headers: Record<string, string> = {
      'content-type': type,
      'x-content-type-options': 'nosniff',
      ...(type.startsWith('text/html') ? htmlHeaders : {}),
    };
    // Hashed assets never change; the HTML must be re-read so a rebuild shows at once.
    headers['cache-control'] = path.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache';
    res.writeHead(200, headers);
    if (req.method === 'HEAD') res.end();
    else createReadStream(file).pipe(res);
  };
}
