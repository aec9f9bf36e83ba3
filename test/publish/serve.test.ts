/**
 * satata serve over a built site: the strict CSP on every response, brotli and gzip chosen by Accept-Encoding,
 * `immutable` caching for hashed files and revalidation for pages, ETag with 304, path traversal refused, 404s.
 */
import { realpathSync } from 'node:fs';
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from '../../packages/publish/src/build/build.ts';
import { type ServedSite, serveSite } from '../../packages/publish/src/serve/serve.ts';
import { listFiles, NOW, sampleConfig, tempDir, writeConfig } from './support.ts';

let served: ServedSite;
let files: string[];

beforeAll(async () => {
  const dir = tempDir('serve');
  const result = await build(writeConfig(dir, sampleConfig({ locales: ['id'] })), { now: NOW });
  files = listFiles(realpathSync(result.output));
  served = await serveSite(result.output, { port: 0 });
});
afterAll(() => served?.close());

/** A raw GET (no path normalisation by a client). */
function get(path: string, headers: Record<string, string> = {}) {
  const url = new URL(served.url);
  return new Promise<{
    status: number;
    headers: Record<string, string | string[] | undefined>;
    body: Buffer;
  }>((resolve, reject) => {
    const req = request({ host: url.hostname, port: url.port, path, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
      );
    });
    req.on('error', reject);
    req.end();
  });
}

describe('satata serve', () => {
  it('sends the strict CSP with the frame-ancestors allow-list on every response', async () => {
    for (const path of ['/', '/galeri.html', '/manifest.json', '/tidak-ada']) {
      const res = await get(path);
      expect(res.headers['content-security-policy'], path).toBe(
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; frame-ancestors 'self' http://127.0.0.1:*",
      );
    }
  });

  it('serves brotli or gzip by Accept-Encoding, and caches hashed files for ever, pages never', async () => {
    const br = await get('/', { 'accept-encoding': 'gzip, br' });
    expect(br.status).toBe(200);
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['cache-control']).toBe('public, max-age=0, must-revalidate');
    expect(br.headers['content-type']).toBe('text/html;charset=utf-8');
    const gz = await get('/', { 'accept-encoding': 'gzip' });
    expect(gz.headers['content-encoding']).toBe('gzip');
    const js = files.find((f) => f.startsWith('assets/published-') && f.endsWith('.js'))!;
    const script = await get(`/${js}`, { 'accept-encoding': 'br' });
    expect(script.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(script.headers['content-encoding']).toBe('br');
    const pack = files.find((f) => /^data\/katalog\.[0-9a-f]{10}\.json$/.test(f))!;
    expect((await get(`/${pack}`)).headers['cache-control']).toContain('immutable');
  });

  it('answers a matching ETag with 304', async () => {
    const first = await get('/galeri.html');
    const etag = first.headers.etag as string;
    expect(etag).toBeTruthy();
    expect((await get('/galeri.html', { 'if-none-match': etag })).status).toBe(304);
  });

  it('refuses path traversal and unknown paths', async () => {
    for (const path of ['/../../../etc/passwd', '/%2e%2e/%2e%2e/etc/passwd', '/..%2f..%2fpackage.json']) {
      const res = await get(path);
      expect(res.status, path).toBe(404);
      expect(res.body.toString()).not.toContain('root:');
    }
  });
});
