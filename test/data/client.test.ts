/**
 * The data client over static files served by a local HTTP server: CSV, JSON and Arrow by URL, with provenance
 * (URL, ETag, revalidation) in the metadata; and the query-key helpers for TanStack Query.
 */
import {
  ckanQueryKey,
  createDataClient,
  loadJson,
  observationDataset,
  sourceQueryKey,
  stableParams,
} from '@satata/data';
import { afterEach, describe, expect, it } from 'vitest';
import { manualClock } from './helpers/clock.ts';
import { startServer, type TestServer } from './helpers/server.ts';

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const CSV = '\uFEFFindikator;wilayah;periode;nilai\nIKU-01;33.74;2024;4,23\nIKU-01;33.74;2025;3,9\n';

describe('static files by URL', () => {
  it('loads CSV with provenance and revalidates it with its ETag', async () => {
    server = await startServer((req, res) => {
      if (req.headers['if-none-match'] === 'W/"csv-1"') {
        res.writeHead(304, { etag: 'W/"csv-1"' });
        res.end();
        return;
      }
      res.writeHead(200, { 'content-type': 'text/csv; charset=utf-8', etag: 'W/"csv-1"' });
      res.end(CSV);
    });
    const client = createDataClient({ clock: manualClock() });
    const url = `${server.origin}/iku.csv`;
    const first = await client.csv(url, observationDataset('iku', { numberFormat: 'id' }));
    expect(first.table.array('nilai')).toEqual([4.23, 3.9]);
    expect(first.meta).toMatchObject({
      kind: 'csv',
      url,
      etag: 'W/"csv-1"',
      revalidated: false,
      csv: { delimiter: ';', bom: true },
    });
    const second = await client.csv(url, observationDataset('iku', { numberFormat: 'id' }));
    expect(second.meta.revalidated).toBe(true);
    expect(second.table.objects()).toEqual(first.table.objects());
  });

  it('loads JSON and Arrow by URL', async () => {
    const arrow = loadJson(
      { kode: ['33.74', '33.74.01'], n: [1, 2] },
      { id: 'a', columns: [] },
    ).table.toArrowIPC();
    server = await startServer((_req, res, url) => {
      if (url.pathname === '/d.json') {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end('[{"kode":"33.74","n":1}]');
      } else {
        res.writeHead(200, { 'content-type': 'application/vnd.apache.arrow.stream' });
        res.end(Buffer.from(arrow));
      }
    });
    const client = createDataClient({ clock: manualClock() });
    const spec = {
      id: 'd',
      columns: [
        { name: 'kode', type: 'region' as const },
        { name: 'n', type: 'integer' as const },
      ],
    };
    expect((await client.json(`${server.origin}/d.json`, spec)).table.objects()).toEqual([
      { kode: '33.74', n: 1 },
    ]);
    const a = await client.arrow(`${server.origin}/d.arrow`, spec);
    expect(a.table.objects()).toEqual([
      { kode: '33.74', n: 1 },
      { kode: '33.74.01', n: 2 },
    ]);
    expect(a.meta.kind).toBe('arrow');
  });
});

describe('query keys', () => {
  it('give the same key whatever the parameter order, dropping undefined', () => {
    const a = ckanQueryKey('https://data.example.go.id/', 'datastore_search', {
      resource_id: 'r',
      filters: { tahun: '2024', kode: '33.74' },
      q: undefined,
    });
    const b = ckanQueryKey('https://data.example.go.id', 'datastore_search', {
      filters: { kode: '33.74', tahun: '2024' },
      resource_id: 'r',
    });
    expect(a).toEqual(b);
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    expect(a).toEqual([
      'satata',
      'ckan',
      'https://data.example.go.id',
      'datastore_search',
      { filters: { kode: '33.74', tahun: '2024' }, resource_id: 'r' },
    ]);
  });

  it('keep array order (it can matter) and tell different requests apart', () => {
    expect(stableParams({ f: ['b', 'a'] })).toEqual({ f: ['b', 'a'] });
    expect(sourceQueryKey('csv', '/a.csv', 'iku')).not.toEqual(sourceQueryKey('csv', '/a.csv', 'iku-2'));
  });
});
