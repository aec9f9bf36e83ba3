/**
 * scripts/serve-dashboard.ts (what `pnpm start` runs after building): serves a directory on 127.0.0.1 only,
 * maps `/` to index.html, refuses paths outside the directory, falls back to a free port when the asked one is
 * taken, and rejects a malformed PORT. In Node, over a temporary directory.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { portFromEnv, serveDashboard } from '../../scripts/serve-dashboard.ts';

const dir = mkdtempSync(join(tmpdir(), 'satata-serve-'));
writeFileSync(join(dir, 'index.html'), '<!doctype html><title>ok</title>');
mkdirSync(join(dir, 'assets'));
writeFileSync(join(dir, 'assets', 'app-1234.js'), 'console.log(1)');
writeFileSync(join(tmpdir(), 'satata-secret.txt'), 'rahasia');

const closers: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const c of closers) await c();
});

/** A raw GET (the path is sent as is, `..` included). */
function get(
  url: string,
  path: string,
): Promise<{ status: number; type: string; cache: string; body: string }> {
  const { hostname, port } = new URL(url);
  return new Promise((ok, fail) => {
    const req = request({ hostname, port, path, method: 'GET' }, (res) => {
      let body = '';
      res.on('data', (c) => {
        body += c;
      });
      res.on('end', () =>
        ok({
          status: res.statusCode ?? 0,
          type: String(res.headers['content-type'] ?? ''),
          cache: String(res.headers['cache-control'] ?? ''),
          body,
        }),
      );
    });
    req.on('error', fail);
    req.end();
  });
}

describe('serve-dashboard', () => {
  it('serves index.html at / and hashed assets with a long cache, on 127.0.0.1', async () => {
    const s = await serveDashboard(dir, 0);
    closers.push(s.close);
    expect(s.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const index = await get(s.url, '/?tahun=2025&triwulan=2');
    expect(index).toMatchObject({ status: 200, type: 'text/html; charset=utf-8', cache: 'no-cache' });
    expect(index.body).toContain('<title>ok</title>');
    const asset = await get(s.url, '/assets/app-1234.js');
    expect(asset.status).toBe(200);
    expect(asset.type).toBe('text/javascript; charset=utf-8');
    expect(asset.cache).toContain('immutable');
    expect((await get(s.url, '/tidak-ada.js')).status).toBe(404);
  });

  it('never serves a file outside the directory', async () => {
    const s = await serveDashboard(dir, 0);
    closers.push(s.close);
    for (const path of [
      '/../satata-secret.txt',
      '/%2e%2e/satata-secret.txt',
      '/assets/../../satata-secret.txt',
    ]) {
      const res = await get(s.url, path);
      expect(res.body, path).not.toContain('rahasia');
      expect([403, 404], path).toContain(res.status);
    }
  });

  it('falls back to a free port when the asked one is taken', async () => {
    const blocker = createServer();
    await new Promise<void>((ok) => blocker.listen(0, '127.0.0.1', ok));
    const taken = (blocker.address() as AddressInfo).port;
    try {
      const s = await serveDashboard(dir, taken);
      closers.push(s.close);
      expect(s.fellBack).toBe(true);
      expect(s.url).not.toContain(`:${taken}/`);
      expect((await get(s.url, '/')).status).toBe(200);
    } finally {
      await new Promise<void>((ok) => blocker.close(() => ok()));
    }
  });

  it('says clearly when the dashboard was not built', async () => {
    await expect(serveDashboard(join(dir, 'assets'), 0)).rejects.toThrow('pnpm build:dashboard');
  });

  it('reads PORT: default 4173, integers 0–65535, anything else a RangeError', () => {
    expect(portFromEnv(undefined)).toBe(4173);
    expect(portFromEnv('')).toBe(4173);
    expect(portFromEnv('8080')).toBe(8080);
    for (const bad of ['abc', '-1', '65536', '80.5']) expect(() => portFromEnv(bad)).toThrow(RangeError);
  });
});
