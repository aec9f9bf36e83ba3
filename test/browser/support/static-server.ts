/**
 * The static file server of `pnpm start` (scripts/static-files.ts) on 127.0.0.1 with an OS-chosen port, for the
 * browser tests and benchmarks. Optional extra headers (e.g. a Content-Security-Policy) apply to HTML responses.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { staticHandler } from '../../../scripts/static-files.ts';

/** A running static server. */
export interface StaticServer {
  readonly url: string;
  close(): Promise<void>;
}

/** Serve `dir` on 127.0.0.1; `/` maps to `index.html`. */
export async function serveStatic(
  dir: string,
  htmlHeaders: Record<string, string> = {},
): Promise<StaticServer> {
  const server: Server = createServer(staticHandler(dir, { htmlHeaders }));
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((ok) => {
        server.close(() => ok());
        server.closeAllConnections();
      }),
  };
}
