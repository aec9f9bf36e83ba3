/**
 * A local HTTP server on 127.0.0.1 (port 0) for client tests: each test gives a handler; every request is
 * recorded (method, path, headers) so tests can assert what the client asked, and the bytes written to its
 * connections are counted so tests can bound what a client read.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

/** A recorded request. */
export interface Seen {
  readonly method: string;
  readonly url: URL;
  readonly headers: IncomingMessage['headers'];
}

/** A running test server. */
export interface TestServer {
  readonly origin: string;
  readonly seen: Seen[];
  /** Bytes written to all connections so far (headers included). */
  bytesSent(): number;
  close(): Promise<void>;
}

/** Start a server whose answers come from `handler`. */
export async function startServer(
  handler: (req: IncomingMessage, res: ServerResponse, url: URL, index: number) => unknown,
): Promise<TestServer> {
  const seen: Seen[] = [];
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    seen.push({ method: req.method ?? 'GET', url, headers: req.headers });
    void handler(req, res, url, seen.length - 1);
  });
  const sockets = new Set<Socket>();
  server.on('connection', (socket) => sockets.add(socket));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    seen,
    bytesSent: () => [...sockets].reduce((n, s) => n + s.bytesWritten, 0),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Send a JSON (or raw text) body with a status and headers. */
export function send(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(text);
}

/**
 * Stream an endless body (16 KB chunks of `fill`, at most `limit` bytes) until the client goes away; returns the
 * count of bytes handed to the socket so far.
 */
export function streamEndlessly(
  res: ServerResponse,
  headers: Record<string, string>,
  fill = 'a',
  limit = 256 * 1024 * 1024,
): () => number {
  let written = 0;
  let closed = false;
  res.on('close', () => {
    closed = true;
  });
  res.writeHead(200, headers);
  const chunk = Buffer.alloc(16 * 1024, fill);
  const pump = () => {
    while (!closed && written < limit) {
      written += chunk.length;
      if (!res.write(chunk)) return void res.once('drain', pump);
    }
    res.end();
  };
  pump();
  return () => written;
}
