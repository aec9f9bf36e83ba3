/**
 * Hostile portals and files (issue 11, points 1, 2, 4 and 5), served by fault servers on 127.0.0.1: each fault
 * ends in a typed error or a quality issue, within a bounded number of requests and bytes. Caps are small here so
 * every case takes milliseconds. The records are constructed (helpers/datastore.ts), not published figures.
 */
import { columnTable } from '@satata/core';
import {
  createCkanClient,
  createDataClient,
  HtmlPageError,
  LimitError,
  loadCsv,
  OriginError,
  PagingError,
} from '@satata/data';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { firstInvalidUtf8 } from '../../packages/data/src/sources/content.ts';
import { manualClock } from './helpers/clock.ts';
import { FIELDS, page, RESOURCE_ID, records } from './helpers/datastore.ts';
import { send, startServer, streamEndlessly, type TestServer } from './helpers/server.ts';

const servers: TestServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});
async function serve(handler: Parameters<typeof startServer>[0]): Promise<TestServer> {
  const s = await startServer(handler);
  servers.push(s);
  return s;
}

const ckan = (origin: string, extra: Record<string, unknown> = {}) =>
  createCkanClient({ baseUrl: origin, clock: manualClock(), random: () => 0.5, ...extra });
const client = (extra: Record<string, unknown> = {}) =>
  createDataClient({ clock: manualClock(), random: () => 0.5, ...extra });
const caught = (p: Promise<unknown>) =>
  p.then(
    () => {
      throw new Error('expected a rejection');
    },
    (e: unknown) => e,
  );

/** A DataStore envelope around `result`. */
const envelope = (result: Record<string, unknown>) => ({ help: 'help', success: true, result });

describe('1 · DataStore paging cannot loop', () => {
  it('a portal that ignores offset (same page, total 1 000 000, a fixed next): PagingError after 2 requests', async () => {
    const all = records(100);
    const s = await serve((_req, res, url) =>
      send(
        res,
        200,
        envelope({
          resource_id: RESOURCE_ID,
          fields: FIELDS,
          records: all,
          total: 1_000_000,
          _links: { next: `/api/3/action/datastore_search?resource_id=${RESOURCE_ID}&offset=100&limit=100` },
          offset: Number(url.searchParams.get('offset')),
        }),
      ),
    );
    const err = (await caught(
      ckan(s.origin).datastoreSearch({ resourceId: RESOURCE_ID, limit: 100 }),
    )) as PagingError;
    expect(err).toBeInstanceOf(PagingError);
    expect(err).toMatchObject({ kind: 'paging', problem: 'no-new-records', pages: 2, records: 100 });
    expect(err.message).toContain('halaman ke-2');
    expect(err.request?.url).toBe(
      `${s.origin}/api/3/action/datastore_search?resource_id=${RESOURCE_ID}&offset=100&limit=100`,
    );
    expect(s.seen).toHaveLength(2);
    expect(s.bytesSent()).toBeLessThan(100_000);
  });

  it('the same, from a portal that strips _id: the repeated page is recognised by its content', async () => {
    const all = records(50).map(({ _id, ...r }) => r);
    const s = await serve((_req, res, url) => {
      const offset = Number(url.searchParams.get('offset') ?? 0);
      send(
        res,
        200,
        envelope({
          fields: FIELDS.slice(1),
          records: all,
          total: 1_000_000,
          _links: { next: `/api/3/action/datastore_search?offset=${offset + 50}&limit=50` },
        }),
      );
    });
    const err = (await caught(ckan(s.origin).datastoreSearch({ resourceId: 'r', limit: 50 }))) as PagingError;
    expect(err).toMatchObject({ problem: 'no-new-records', pages: 2, records: 50 });
    expect(s.seen.map((r) => r.url.searchParams.get('offset'))).toEqual(['0', '50']);
  });

  it('a next link that goes back, or repeats the page just read: PagingError as soon as it does', async () => {
    for (const next of ['offset=0&limit=100', 'offset=100&limit=100']) {
      const s = await serve((_req, res, url) => {
        const all = records(300);
        const body = page(all, url) as { result: { _links: { next: string } } };
        // A fixed next: back to the start, or the URL the client just asked for.
        body.result._links.next = `/api/3/action/datastore_search?${next}`;
        send(res, 200, body);
      });
      const first = next.startsWith('offset=0');
      const err = (await caught(
        ckan(s.origin).datastoreSearch({ resourceId: RESOURCE_ID, limit: 100 }),
      )) as PagingError;
      expect(err).toBeInstanceOf(PagingError);
      expect(err.problem).toBe('next-not-advancing');
      expect(err.message).toContain(
        `tautan halaman berikutnya (${s.origin}/api/3/action/datastore_search?${next}) tidak maju dari`,
      );
      expect(err.request).toMatchObject({ method: 'GET', action: 'datastore_search' });
      // offset=0 goes back from the first page; offset=100 is new once, then repeats from the second page.
      expect(s.seen).toHaveLength(first ? 1 : 2);
      expect(err.pages).toBe(first ? 1 : 2);
    }
  });

  it('more records than the total the DataStore announced: PagingError after 1 request', async () => {
    const s = await serve((_req, res, url) => {
      const body = page(records(100), url) as { result: { total: number } };
      body.result.total = 40;
      send(res, 200, body);
    });
    const err = (await caught(
      ckan(s.origin).datastoreSearch({ resourceId: RESOURCE_ID, limit: 100 }),
    )) as PagingError;
    expect(err).toMatchObject({
      problem: 'past-total',
      pages: 1,
      records: 0,
      request: { action: 'datastore_search', params: { resource_id: RESOURCE_ID, limit: 100, offset: 0 } },
    });
    expect(err.message).toContain('100 rekaman diterima, lebih dari total 40');
    expect(s.seen).toHaveLength(1);
  });

  it('an estimated total is not a stopping point: pages are read until a short page', async () => {
    const all = records(250);
    const s = await serve((_req, res, url) => {
      const body = page(all, url) as { result: Record<string, unknown> };
      body.result.total = 200;
      body.result.total_was_estimated = true;
      send(res, 200, body);
    });
    const loaded = await ckan(s.origin).datastoreSearch({ resourceId: RESOURCE_ID, limit: 100 });
    expect(loaded.table.numRows()).toBe(250);
    expect(s.seen).toHaveLength(3);
  });

  it('a portal that always has new records stops at maxPages with a LimitError', async () => {
    let n = 0;
    const s = await serve((_req, res) => {
      const fresh = records(10).map((r) => ({ ...r, _id: ++n }));
      send(
        res,
        200,
        envelope({ fields: FIELDS, records: fresh, total: 1_000_000, _links: { next: `/next?offset=${n}` } }),
      );
    });
    const err = (await caught(
      ckan(s.origin).datastoreSearch({ resourceId: RESOURCE_ID, limit: 10, maxPages: 3 }),
    )) as LimitError;
    expect(err).toBeInstanceOf(LimitError);
    expect(err).toMatchObject({ kind: 'limit', limit: 'pages', max: 3 });
    expect(s.seen).toHaveLength(3);
  });

  it('… or at maxRecords, with a quality warning (the cap is a choice, not a failure)', async () => {
    let n = 0;
    const s = await serve((_req, res) => {
      const fresh = records(10).map((r) => ({ ...r, _id: ++n }));
      send(
        res,
        200,
        envelope({ fields: FIELDS, records: fresh, total: 1_000_000, _links: { next: `/n?offset=${n}` } }),
      );
    });
    const loaded = await ckan(s.origin).datastoreSearch({
      resourceId: RESOURCE_ID,
      limit: 10,
      maxRecords: 25,
    });
    expect(loaded.table.numRows()).toBe(25);
    expect(s.seen).toHaveLength(3);
    expect(loaded.report.issues).toEqual([
      expect.objectContaining({
        code: 'source',
        severity: 'warning',
        expected: 'semua 1000000 rekaman (dibatasi maxRecords 25)',
      }),
    ]);
  });

  it('all pages together past maxBytes: a LimitError naming the cap over all pages', async () => {
    const all = records(1000);
    const s = await serve((_req, res, url) => send(res, 200, page(all, url)));
    const err = (await caught(
      ckan(s.origin).datastoreSearch({ resourceId: RESOURCE_ID, limit: 50, maxBytes: 30_000 }),
    )) as LimitError;
    expect(err).toMatchObject({
      kind: 'limit',
      limit: 'bytes',
      max: 30_000,
      request: { action: 'datastore_search' },
      response: { status: 200 },
    });
    // the cap over all pages, caused by the cap left for the last page
    expect(err.cause).toBeInstanceOf(LimitError);
    expect((err.cause as LimitError).max).toBeLessThan(30_000);
    const pageBytes = JSON.stringify(page(all, new URL(`${s.origin}/?limit=50&offset=500`))).length;
    // The pages before the cap, and the one that crosses it (its read stops there).
    expect(s.seen).toHaveLength(Math.floor(30_000 / pageBytes) + 1);
    expect(s.bytesSent()).toBeLessThan(30_000 + 2 * pageBytes);
  });
});

describe('2 · links and credentials stay on the portal’s origin', () => {
  it('a foreign next link with credentials: OriginError naming both origins; the other host receives nothing', async () => {
    const thief = await serve((_req, res, url) => send(res, 200, page(records(200), url)));
    const portal = await serve((_req, res, url) => {
      const body = page(records(200), url) as { result: { _links: { next: string } } };
      body.result._links.next = `${thief.origin}/api/3/action/datastore_search?offset=100&limit=100`;
      send(res, 200, body);
    });
    const err = (await caught(
      ckan(portal.origin, { headers: { authorization: 'Bearer rahasia' } }).datastoreSearch({
        resourceId: RESOURCE_ID,
        limit: 100,
      }),
    )) as OriginError;
    expect(err).toBeInstanceOf(OriginError);
    expect(err).toMatchObject({ kind: 'origin', expectedOrigin: portal.origin, actualOrigin: thief.origin });
    expect(err.message).toContain(portal.origin);
    expect(err.message).toContain(thief.origin);
    expect(thief.seen).toHaveLength(0);
    expect(portal.seen).toHaveLength(1);
    expect(portal.seen[0]!.headers.authorization).toBe('Bearer rahasia');
    expect(portal.seen[0]!.headers.accept).toBe('application/json');
  });

  it('a portal redirecting an API call to another origin: OriginError, the other host receives nothing', async () => {
    const thief = await serve((_req, res) => send(res, 200, { success: true, result: {} }));
    const portal = await serve((_req, res, url) => {
      res.writeHead(302, { location: `${thief.origin}${url.pathname}${url.search}` });
      res.end();
    });
    const err = await caught(
      ckan(portal.origin, { headers: { 'x-ckan-api-key': 'rahasia' } }).packageShow('x'),
    );
    expect(err).toBeInstanceOf(OriginError);
    expect(err).toMatchObject({ expectedOrigin: portal.origin, actualOrigin: thief.origin });
    expect(thief.seen).toHaveLength(0);
  });

  it('without credentials too, the CKAN client never follows a link off its origin', async () => {
    const other = await serve((_req, res, url) => send(res, 200, page(records(200), url)));
    const portal = await serve((_req, res, url) => {
      const body = page(records(200), url) as { result: { _links: { next: string } } };
      body.result._links.next = `${other.origin}/api/3/action/datastore_search?offset=100&limit=100`;
      send(res, 200, body);
    });
    await expect(
      ckan(portal.origin).datastoreSearch({ resourceId: RESOURCE_ID, limit: 100 }),
    ).rejects.toBeInstanceOf(OriginError);
    expect(other.seen).toHaveLength(0);
  });
});

describe('4 · text encodings', () => {
  // "Café – Bulé" in Windows-1252: é = 0xE9, – = 0x96.
  const cp1252 = Uint8Array.from([
    ...Buffer.from('kode,nama\n33.74,Caf'),
    0xe9,
    0x20,
    0x96,
    0x20,
    ...Buffer.from('Bul'),
    0xe9,
    0x0a,
  ]);
  const spec = {
    id: 'nama',
    columns: [
      { name: 'kode', type: 'region' as const },
      { name: 'nama', type: 'string' as const },
    ],
  };

  it('a Windows-1252 CSV whose Content-Type says so is read right, with no issue', async () => {
    const s = await serve((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/csv; charset=windows-1252' });
      res.end(Buffer.from(cp1252));
    });
    const r = await client().csv(`${s.origin}/nama.csv`, spec);
    expect(r.table.array('nama')).toEqual(['Café – Bulé']);
    expect(r.report.issues).toEqual([]);
    expect(r.meta.encoding).toBe('windows-1252');
  });

  it('the same bytes with no charset: one issue for the file naming the first bad byte, no silent U+FFFD', async () => {
    const s = await serve((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/csv' });
      res.end(Buffer.from(cp1252));
    });
    const r = await client().csv(`${s.origin}/nama.csv`, spec);
    const offset = 'kode,nama\n33.74,Caf'.length;
    expect(r.report.issues).toEqual([
      {
        code: 'source',
        severity: 'error',
        source: 'nama',
        row: null,
        field: null,
        value: { offset, byte: '0xE9' },
        expected: `teks UTF-8 yang sah: byte 0xE9 di posisi ${offset} (dihitung dari 0) bukan UTF-8; karakter yang tidak terbaca menjadi "\uFFFD" — nyatakan encoding sumber (mis. windows-1252) di opsi encoding atau di charset Content-Type`,
      },
    ]);
    expect(r.meta.encoding).toBe('utf-8');
  });

  it('… and with the encoding option, read right', async () => {
    const s = await serve((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/csv; charset=utf-8' });
      res.end(Buffer.from(cp1252));
    });
    const r = await client().csv(`${s.origin}/nama.csv`, spec, { encoding: 'windows-1252' });
    expect(r.table.array('nama')).toEqual(['Café – Bulé']);
    expect(r.report.issues).toEqual([]);
  });

  it('valid UTF-8 stays UTF-8 even when a charset says otherwise; an unknown charset is named in the issue', async () => {
    const s = await serve((_req, res, url) => {
      if (url.pathname === '/utf8.csv') {
        res.writeHead(200, { 'content-type': 'text/csv; charset=iso-8859-1' });
        res.end('kode,nama\n33.74,Café – Bulé\n');
      } else {
        res.writeHead(200, { 'content-type': 'text/csv; charset=x-klingon' });
        res.end(Buffer.from(cp1252));
      }
    });
    const utf8 = await client().csv(`${s.origin}/utf8.csv`, spec);
    expect(utf8.table.array('nama')).toEqual(['Café – Bulé']);
    expect(utf8.meta.encoding).toBe('utf-8');
    const unknown = await client().csv(`${s.origin}/klingon.csv`, spec);
    expect(unknown.report.issues).toHaveLength(1);
    expect(unknown.report.issues[0]!.expected).toContain(
      'encoding "x-klingon" yang dinyatakan tidak dikenal',
    );
  });

  it('JSON bytes: the same rule', async () => {
    const json = Uint8Array.from([
      ...Buffer.from('[{"kode":"33.74","nama":"Caf'),
      0xe9,
      ...Buffer.from('"}]'),
    ]);
    const s = await serve((_req, res, url) => {
      res.writeHead(200, {
        'content-type':
          url.pathname === '/a.json' ? 'application/json; charset=windows-1252' : 'application/json',
      });
      res.end(Buffer.from(json));
    });
    const declared = await client().json(`${s.origin}/a.json`, spec);
    expect(declared.table.array('nama')).toEqual(['Café']);
    expect(declared.report.issues).toEqual([]);
    const undeclared = await client().json(`${s.origin}/b.json`, spec);
    expect(undeclared.report.issues).toEqual([
      expect.objectContaining({
        code: 'source',
        severity: 'error',
        row: null,
        value: { offset: 28, byte: '0xE9' },
      }),
    ]);
  });

  it('a DataStore whose pages are not UTF-8: read in the declared charset, else one issue for the search', async () => {
    const latin = (url: URL) => {
      const text = JSON.stringify(page(records(30), url)).replaceAll('33.74.01.1001', '33.74.01.1001\u00e9');
      return Buffer.from(text, 'latin1');
    };
    const declared = await serve((_req, res, url) => {
      res.writeHead(200, { 'content-type': 'application/json; charset=ISO-8859-1' });
      res.end(latin(url));
    });
    const ok = await ckan(declared.origin).datastoreSearch({ resourceId: RESOURCE_ID, limit: 10 });
    expect(ok.table.get('kode_kelurahan', 0)).toBe('33.74.01.1001é');
    expect(ok.report.issues).toEqual([]);
    const undeclared = await serve((_req, res, url) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(latin(url));
    });
    const bad = await ckan(undeclared.origin).datastoreSearch({ resourceId: RESOURCE_ID, limit: 10 });
    expect(undeclared.seen).toHaveLength(3);
    // Three pages with bad bytes, one issue.
    expect(bad.report.issues).toEqual([
      expect.objectContaining({ code: 'source', severity: 'error', row: null, field: null }),
    ]);
  });

  it('windows-1252 bytes 0x80–0x9F decode by the WHATWG table (Node 20’s decoder reads them as Latin-1)', () => {
    const bytes = Uint8Array.from([
      ...Buffer.from('kode,nama\n33.74,'),
      ...Array.from({ length: 32 }, (_, k) => 0x80 + k),
    ]);
    const r = loadCsv(
      bytes,
      { id: 'x', columns: [{ name: 'kode', type: 'region' }] },
      { encoding: 'windows-1252' },
    );
    expect(r.table.array('nama')).toEqual(['€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ']);
    expect(r.report.issues.filter((i) => i.severity === 'error')).toEqual([]);
  });

  it('firstInvalidUtf8 is -1 exactly when a strict TextDecoder accepts, and the bytes before it decode', () => {
    const strict = new TextDecoder('utf-8', { fatal: true });
    const byte = fc.oneof(
      fc.integer({ min: 0, max: 0x7f }),
      fc.integer({ min: 0x80, max: 0xbf }),
      fc.constantFrom(0xc0, 0xc2, 0xdf, 0xe0, 0xed, 0xef, 0xf0, 0xf4, 0xf5, 0xff),
    );
    fc.assert(
      fc.property(fc.array(byte, { maxLength: 12 }), (list) => {
        const b = Uint8Array.from(list);
        const at = firstInvalidUtf8(b);
        let valid = true;
        try {
          strict.decode(b);
        } catch {
          valid = false;
        }
        expect(at === -1).toBe(valid);
        if (at >= 0) expect(() => strict.decode(b.subarray(0, at))).not.toThrow();
      }),
      { numRuns: 1000 },
    );
  });

  it('firstInvalidUtf8 agrees with a strict TextDecoder on hand-picked sequences', () => {
    const strict = new TextDecoder('utf-8', { fatal: true });
    const cases: [number[], number][] = [
      [[0x41, 0x42], -1],
      [[0xc3, 0xa9], -1], // é
      [[0xe2, 0x80, 0x93], -1], // –
      [[0xf0, 0x9f, 0x98, 0x80], -1], // 😀
      [[0x41, 0xe9, 0x41], 1], // a lone Latin-1 é
      [[0xc0, 0x80], 0], // overlong NUL
      [[0xe0, 0x80, 0x80], 0], // overlong
      [[0xed, 0xa0, 0x80], 0], // a surrogate
      [[0xf4, 0x90, 0x80, 0x80], 0], // above U+10FFFF
      [[0x41, 0xe2, 0x80], 1], // cut short
      [[0x80], 0], // a lone continuation byte
      [[0xf8, 0x88, 0x80, 0x80, 0x80], 0],
    ];
    for (const [bytes, at] of cases) {
      const b = Uint8Array.from(bytes);
      expect(firstInvalidUtf8(b)).toBe(at);
      let valid = true;
      try {
        strict.decode(b);
      } catch {
        valid = false;
      }
      expect(valid).toBe(at === -1);
    }
  });
});

describe('5 · the wrong kind of answer, and answers too large', () => {
  const LOGIN = '<!DOCTYPE html>\n<html><head><title>Masuk</title></head><body><form>…</form></body></html>';

  it('a login page served with 200 for a DataStore search: HtmlPageError, not retried, not parsed', async () => {
    const s = await serve((_req, res) =>
      send(res, 200, LOGIN, { 'content-type': 'text/html; charset=utf-8' }),
    );
    const err = (await caught(ckan(s.origin).datastoreSearch({ resourceId: RESOURCE_ID }))) as HtmlPageError;
    expect(err).toBeInstanceOf(HtmlPageError);
    expect(err.kind).toBe('html-page');
    expect(err.contentType).toBe('text/html; charset=utf-8');
    expect(err.message).toMatch(
      /^Portal menjawab dengan halaman HTML, bukan data \(the portal answered with an HTML page, not data\)/,
    );
    expect(err.response).toMatchObject({ status: 200, snippet: LOGIN });
    expect(err.request?.action).toBe('datastore_search');
    expect(s.seen).toHaveLength(1);
  });

  it('a login page for a CSV, JSON or Arrow file — by Content-Type or by its first bytes', async () => {
    const s = await serve((_req, res, url) => {
      if (url.pathname === '/by-type.csv')
        send(res, 200, '<form>masuk</form>', { 'content-type': 'text/html' });
      // a JSON content type, but the body is a page (after a BOM and white space)
      else send(res, 200, `\uFEFF  \n${LOGIN}`, { 'content-type': 'application/json' });
    });
    const spec = { id: 'x', columns: [] };
    const c = client();
    for (const [load, path] of [
      [c.csv, '/by-type.csv'],
      [c.csv, '/by-bytes.csv'],
      [c.json, '/by-bytes.json'],
      [c.arrow, '/by-bytes.arrow'],
    ] as const) {
      const err = await caught(load(`${s.origin}${path}`, spec));
      expect(err).toBeInstanceOf(HtmlPageError);
      expect((err as HtmlPageError).request?.url).toBe(`${s.origin}${path}`);
    }
    expect(s.seen).toHaveLength(4);
  });

  it('data that merely mentions HTML, or a CSV served as text/html, is read as data', async () => {
    const s = await serve((_req, res) =>
      send(res, 200, 'kode,catatan\n33.74,<b>tebal</b>\n', { 'content-type': 'text/html' }),
    );
    const r = await client().csv(`${s.origin}/a.csv`, {
      id: 'x',
      columns: [
        { name: 'kode', type: 'region' },
        { name: 'catatan', type: 'string' },
      ],
    });
    expect(r.table.array('catatan')).toEqual(['<b>tebal</b>']);
  });

  it('an oversized file: LimitError, and the server stops writing soon after the cap', async () => {
    let written = () => 0;
    const s = await serve((_req, res) => {
      written = streamEndlessly(res, { 'content-type': 'text/csv' }, 'a');
    });
    const err = (await caught(
      client({ maxBytes: 64 * 1024 }).csv(`${s.origin}/huge.csv`, { id: 'x', columns: [] }),
    )) as LimitError;
    expect(err).toBeInstanceOf(LimitError);
    expect(err).toMatchObject({ kind: 'limit', limit: 'bytes', max: 64 * 1024, response: { status: 200 } });
    await new Promise((r) => setTimeout(r, 50));
    expect(written()).toBeLessThan(16 * 1024 * 1024);
    expect(s.seen).toHaveLength(1);
  });

  it('an oversized DataStore page: LimitError from the per-response cap, one request', async () => {
    const s = await serve((_req, res) => {
      streamEndlessly(res, { 'content-type': 'application/json' }, ' ');
    });
    const err = await caught(
      ckan(s.origin, { maxBytes: 32 * 1024 }).datastoreSearch({ resourceId: RESOURCE_ID }),
    );
    expect(err).toMatchObject({ kind: 'limit', limit: 'bytes', max: 32 * 1024 });
    expect(s.seen).toHaveLength(1);
  });

  it('an Arrow file with a 64-bit integer past 2^53: quality issues naming column and row, not a thrown Error', async () => {
    const bytes = columnTable({ id: BigInt64Array.from([1n, 2n ** 62n, 3n]) }).toArrowIPC();
    const s = await serve((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/vnd.apache.arrow.stream' });
      res.end(Buffer.from(bytes));
    });
    const r = await client().arrow(`${s.origin}/big.arrow`, {
      id: 'a',
      columns: [{ name: 'id', type: 'integer' }],
    });
    expect(r.report.issues).toEqual([
      expect.objectContaining({
        code: 'schema',
        severity: 'error',
        row: 1,
        field: 'id',
        value: (2n ** 62n).toString(),
      }),
    ]);
    expect(Array.from(r.table.array('id') as ArrayLike<number>)).toEqual([1, 3]);
  });

  it('DataStore fields named like inherited properties are kept; __proto__ is reported', async () => {
    const s = await serve((_req, res) =>
      send(
        res,
        200,
        `{"success":true,"result":{"fields":[{"id":"_id","type":"int"},{"id":"constructor","type":"int"},{"id":"toString","type":"text"},{"id":"__proto__","type":"text"}],"records":[{"_id":1,"constructor":5,"toString":"a","__proto__":"x"}],"total":1}}`,
      ),
    );
    const r = await ckan(s.origin).datastoreSearch({ resourceId: RESOURCE_ID });
    expect(r.table.objects()).toEqual([{ constructor: 5, toString: 'a' }]);
    expect(r.report.issues).toEqual([
      expect.objectContaining({ code: 'source', severity: 'warning', field: '__proto__' }),
    ]);
  });
});

describe('1 · paging, at the edges', () => {
  it('a portal that serves the same records again in another order: still no new records', async () => {
    const all = records(20);
    const s = await serve((_req, res, url) => {
      const offset = Number(url.searchParams.get('offset') ?? 0);
      const shuffled = offset === 0 ? all : [...all].reverse();
      send(
        res,
        200,
        envelope({
          fields: FIELDS,
          records: shuffled,
          total: 1000,
          _links: { next: `/n?offset=${offset + 20}` },
        }),
      );
    });
    const err = (await caught(
      ckan(s.origin).datastoreSearch({ resourceId: RESOURCE_ID, limit: 20 }),
    )) as PagingError;
    expect(err).toMatchObject({ problem: 'no-new-records', pages: 2, records: 20 });
    expect(err.request).toMatchObject({
      url: `${s.origin}/n?offset=20`,
      method: 'GET',
      action: 'datastore_search',
      params: { offset: 20 },
    });
  });

  it('pages that overlap in part, or carry no _id, are read on', async () => {
    const all = records(60);
    const overlap = await serve((_req, res, url) => {
      const offset = Number(url.searchParams.get('offset') ?? 0);
      // each page repeats the last 5 records of the one before
      const from = Math.max(0, offset - 5);
      send(res, 200, envelope({ fields: FIELDS, records: all.slice(from, offset + 20), total: 65 }));
    });
    const a = await ckan(overlap.origin).datastoreSearch({ resourceId: RESOURCE_ID, limit: 20 });
    // 20, then 5 + 20, then 5 + 15: the overlap is read again (a dataset key would report it), paging goes on
    expect(a.table.numRows()).toBe(65);
    expect(overlap.seen.map((r) => r.url.searchParams.get('offset'))).toEqual(['0', '20', '45']);
    const noIds = await serve((_req, res, url) => {
      const offset = Number(url.searchParams.get('offset') ?? 0);
      send(
        res,
        200,
        envelope({
          fields: FIELDS.slice(1),
          records: all.slice(offset, offset + 20).map(({ _id, ...r }) => r),
          total: 60,
        }),
      );
    });
    const b = await ckan(noIds.origin).datastoreSearch({ resourceId: RESOURCE_ID, limit: 20 });
    expect(b.table.numRows()).toBe(60);
    expect(noIds.seen).toHaveLength(3);
  });

  it('without a total, pages are read until a short one; the next page is asked by offset', async () => {
    const all = records(250);
    const s = await serve((_req, res, url) => {
      const offset = Number(url.searchParams.get('offset') ?? 0);
      send(res, 200, envelope({ fields: FIELDS, records: all.slice(offset, offset + 100) }));
    });
    const loaded = await ckan(s.origin).datastoreSearch({ resourceId: RESOURCE_ID, limit: 100 });
    expect(loaded.table.numRows()).toBe(250);
    expect(s.seen.map((r) => r.url.searchParams.get('offset'))).toEqual(['0', '100', '200']);
    expect(s.seen.every((r) => r.url.pathname === '/api/3/action/datastore_search')).toBe(true);
    expect(loaded.meta).toMatchObject({ kind: 'ckan-datastore', dataset: `ckan:datastore:${RESOURCE_ID}` });
    expect(loaded.meta.ckan).toMatchObject({ resourceId: RESOURCE_ID, total: 250, pages: 3 });
    expect(loaded.report.source).toBe(`ckan:datastore:${RESOURCE_ID}`);
  });

  it('a next link without an offset (a cursor) is followed; only a repeated one stops it', async () => {
    const all = records(30);
    const s = await serve((_req, res, url) => {
      const page = Number(url.searchParams.get('cursor') ?? 0);
      send(
        res,
        200,
        envelope({
          fields: FIELDS,
          records: all.slice(page * 10, page * 10 + 10),
          total: 30,
          _links: { next: `/api/3/action/datastore_search?cursor=${page + 1}` },
        }),
      );
    });
    const loaded = await ckan(s.origin).datastoreSearch({ resourceId: RESOURCE_ID, limit: 10 });
    expect(loaded.table.numRows()).toBe(30);
    expect(s.seen.map((r) => r.url.searchParams.get('cursor'))).toEqual([null, '1', '2']);
  });

  it('maxRecords reached exactly: no further page; a warning only when records were left', async () => {
    let n = 0;
    const s = await serve((_req, res) => {
      const fresh = records(10).map((r) => ({ ...r, _id: ++n }));
      send(
        res,
        200,
        envelope({ fields: FIELDS, records: fresh, total: 1_000_000, _links: { next: `/n?offset=${n}` } }),
      );
    });
    const cut = await ckan(s.origin).datastoreSearch({ resourceId: RESOURCE_ID, limit: 10, maxRecords: 20 });
    expect(cut.table.numRows()).toBe(20);
    expect(s.seen).toHaveLength(2);
    expect(cut.report.issues).toEqual([
      {
        code: 'source',
        severity: 'warning',
        source: `ckan:datastore:${RESOURCE_ID}`,
        row: null,
        field: null,
        value: null,
        expected: 'semua 1000000 rekaman (dibatasi maxRecords 20)',
      },
    ]);
    const untold = await serve((_req, res, url) => {
      const offset = Number(url.searchParams.get('offset') ?? 0);
      send(res, 200, envelope({ fields: FIELDS, records: records(100).slice(offset, offset + 10) }));
    });
    const over = await ckan(untold.origin).datastoreSearch({
      resourceId: RESOURCE_ID,
      limit: 10,
      maxRecords: 25,
    });
    expect(over.table.numRows()).toBe(25);
    expect(over.report.issues.map((i) => i.expected)).toEqual(['semua ? rekaman (dibatasi maxRecords 25)']);
    const exact = await serve((_req, res, url) => send(res, 200, page(records(20), url)));
    const whole = await ckan(exact.origin).datastoreSearch({
      resourceId: RESOURCE_ID,
      limit: 10,
      maxRecords: 20,
    });
    expect(whole.table.numRows()).toBe(20);
    expect(whole.report.issues).toEqual([]);
    expect(exact.seen).toHaveLength(2);
  });

  it('the errors of stopped paging name the page that was read', async () => {
    let n = 0;
    const s = await serve((_req, res) => {
      const fresh = records(10).map((r) => ({ ...r, _id: ++n }));
      send(
        res,
        200,
        envelope({ fields: FIELDS, records: fresh, total: 1_000_000, _links: { next: `/n?offset=${n}` } }),
      );
    });
    const err = await caught(
      ckan(s.origin).datastoreSearch({ resourceId: RESOURCE_ID, limit: 10, maxPages: 2 }),
    );
    expect(err).toMatchObject({
      limit: 'pages',
      request: { url: `${s.origin}/n?offset=20`, method: 'GET', action: 'datastore_search' },
    });
    const thief = 'http://127.0.0.2:9';
    const foreign = await serve((_req, res, url) => {
      const body = page(records(50), url) as { result: { _links: { next: string } } };
      body.result._links.next = `${thief}/api/3/action/datastore_search?offset=10`;
      send(res, 200, body);
    });
    const origin = await caught(ckan(foreign.origin).datastoreSearch({ resourceId: RESOURCE_ID, limit: 10 }));
    // the page whose link was refused, not the link
    expect(origin).toMatchObject({ kind: 'origin', request: { action: 'datastore_search' } });
    expect((origin as OriginError).request?.url).toMatch(/offset=0/);
  });
});
