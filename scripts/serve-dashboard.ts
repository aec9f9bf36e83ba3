/**
 * Serve the built executive dashboard (`apps/dashboard/dist`) on 127.0.0.1 and print its address.
 *
 *   pnpm start                      # builds the dashboard, then runs this
 *   PORT=8080 npx tsx scripts/serve-dashboard.ts
 *
 * The port comes from PORT (default 4173); when it is taken, the OS picks a free one. Only 127.0.0.1 is bound:
 * the sample data is for local viewing. Stop with Ctrl+C.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES: Readonly<Record<string, string>> = {
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

/** Default directory: the dashboard's Vite build output. */
export const DASHBOARD_DIST = resolve(import.meta.dirname, '..', 'apps', 'dashboard', 'dist');

/** A request handler serving files under `root`; `/` and directories map to `index.html`. */
export function staticHandler(root: string): Parameters<typeof createServer>[1] {
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
    const headers: Record<string, string> = { 'content-type': type, 'x-content-type-options': 'nosniff' };
    // Hashed assets never change; the HTML must be re-read so a rebuild shows at once.
    headers['cache-control'] = path.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache';
    res.writeHead(200, headers);
    if (req.method === 'HEAD') res.end();
    else createReadStream(file).pipe(res);
  };
}

function listen(server: Server, port: number): Promise<number> {
  return new Promise((ok, fail) => {
    const onError = (e: NodeJS.ErrnoException) => {
      server.off('listening', onListening);
      fail(e);
    };
    const onListening = () => {
      server.off('error', onError);
      ok((server.address() as AddressInfo).port);
    };
    server.once('error', onError);
    server.once('listening', onListening);
    server.listen(port, '127.0.0.1');
  });
}

/** Parse PORT: an integer 0–65535, else a clear error. */
export function portFromEnv(value: string | undefined, fallback = 4173): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65_535) {
    throw new RangeError(`PORT harus bilangan bulat 0–65535, bukan ${JSON.stringify(value)}`);
  }
  return n;
}

/**
 * Serve `dir` on 127.0.0.1 at `port`, or on a free port when that one is in use. Resolves with the URL and a
 * close function.
 */
export async function serveDashboard(
  dir: string = DASHBOARD_DIST,
  port = 4173,
): Promise<{ url: string; fellBack: boolean; close: () => Promise<void> }> {
  if (!existsSync(join(dir, 'index.html'))) {
    throw new Error(`${join(dir, 'index.html')} tidak ada: jalankan \`pnpm build:dashboard\` dulu`);
  }
  const server = createServer(staticHandler(dir));
  let bound: number;
  let fellBack = false;
  try {
    bound = await listen(server, port);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EADDRINUSE' && (e as NodeJS.ErrnoException).code !== 'EACCES')
      throw e;
    bound = await listen(server, 0);
    fellBack = true;
  }
  return {
    url: `http://127.0.0.1:${bound}/`,
    fellBack,
    close: () =>
      new Promise<void>((ok) => {
        server.close(() => ok());
        server.closeAllConnections();
      }),
  };
}

const isMain = process.argv[1] !== undefined && resolve(process.argv[1]) === resolve(import.meta.filename);
if (isMain) {
  const wanted = portFromEnv(process.env.PORT);
  const { url, fellBack, close } = await serveDashboard(DASHBOARD_DIST, wanted);
  if (fellBack) console.log(`Port ${wanted} sedang dipakai; memakai port lain.`);
  console.log(`Dasbor eksekutif Satata: ${url}`);
  console.log('Tekan Ctrl+C untuk berhenti.');
  const stop = () => {
    void close().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
