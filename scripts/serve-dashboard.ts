/**
 * Serve the built executive dashboard (`apps/dashboard/dist`) on 127.0.0.1 and print its address.
 *
 *   pnpm start                      # builds the dashboard, then runs this
 *   PORT=8080 npx tsx scripts/serve-dashboard.ts
 *
 * The port comes from PORT (default 4173); when it is taken, the OS picks a free one. Only 127.0.0.1 is bound:
 * the sample data is for local viewing. Stop with Ctrl+C.
 */
import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { staticHandler } from './static-files.ts';

/** Default directory: the dashboard's Vite build output. */
export const DASHBOARD_DIST = resolve(import.meta.dirname, '..', 'apps', 'dashboard', 'dist');

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
