/**
 * The sources and the client's load options, checked in full: every option reaches the load it is given to,
 * every error says exactly what was expected, row schemas read numbers through zod's wrappers. Written from a
 * StrykerJS run over client, arrow, csv, json, raw, rows and validate, so a dropped option or a changed message
 * shows.
 */
import { columnTable } from '@satata/core';
import {
  AbortError,
  createDataClient,
  type HtmlPageError,
  LimitError,
  loadArrow,
  loadCsv,
  loadInline,
  loadJson,
  SchemaError,
  TimeoutError,
  z,
} from '@satata/data';
import { afterEach, describe, expect, it } from 'vitest';
import { manualClock } from './helpers/clock.ts';
import { send, startServer, type TestServer } from './helpers/server.ts';

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const regions = { has: (c: string) => c === '33.74' };
const spec = {
  id: 'w',
  columns: [
    { name: 'wilayah', type: 'region' as const },
    { name: 'n', type: 'integer' as const },
  ],
};
const thrown = (f: () => unknown): unknown => {
  try {
    f();
  } catch (e) {
    return e;
  }
  throw new Error('expected a throw');
};

describe('the data client passes each option to its load', () => {
  it('csv: delimiter and ctx; json and arrow: ctx', async () => {
    const arrow = columnTable({ wilayah: ['33.74', '33.75'], n: Int32Array.from([1, 2]) }).toArrowIPC();
    server = await startServer((_req, res, url) => {
      if (url.pathname === '/a.csv')
        send(res, 200, 'wilayah;n,x\n33.74;1,5\n33.75;2,6\n', { 'content-type': 'text/csv' });
      else if (url.pathname === '/a.json')
        send(res, 200, '[{"wilayah":"33.74","n":1},{"wilayah":"33.75","n":2}]');
      else {
        res.writeHead(200, { 'content-type': 'application/vnd.apache.arrow.stream' });
        res.end(Buffer.from(arrow));
      }
    });
    const client = createDataClient({ clock: manualClock() });
    const csv = await client.csv(
      `${server.origin}/a.csv`,
      { id: 'c', columns: [{ name: 'wilayah', type: 'region' }] },
      {
        delimiter: ';',
        ctx: { regions },
      },
    );
    expect(csv.meta.csv?.delimiter).toBe(';');
    expect(csv.table.columnNames()).toEqual(['wilayah', 'n,x']);
    for (const loaded of [
      csv,
      await client.json(`${server.origin}/a.json`, spec, { ctx: { regions } }),
      await client.arrow(`${server.origin}/a.arrow`, spec, { ctx: { regions } }),
    ]) {
      expect(
        loaded.report.issues.filter((i) => i.code === 'unknown-region').map((i) => [i.row, i.value]),
      ).toEqual([[1, '33.75']]);
      expect(loaded.meta.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/a\.(csv|json|arrow)$/);
    }
  });

  it('signal, timeoutMs and maxBytes reach the request', async () => {
    const clock = manualClock();
    server = await startServer((_req, res, url) => {
      if (url.pathname === '/slow') clock.fireTimers();
      else send(res, 200, 'x'.repeat(1000));
    });
    const client = createDataClient({ clock });
    const aborted = await client
      .csv(`${server.origin}/a.csv`, spec, { signal: AbortSignal.abort() })
      .catch((e: unknown) => e);
    expect(aborted).toBeInstanceOf(AbortError);
    expect(server.seen).toHaveLength(0);
    const slow = await client
      .json(`${server.origin}/slow`, spec, { timeoutMs: 1234 })
      .catch((e: unknown) => e);
    expect(slow).toBeInstanceOf(TimeoutError);
    expect((slow as TimeoutError).timeoutMs).toBe(1234);
    const big = await client.arrow(`${server.origin}/big`, spec, { maxBytes: 999 }).catch((e: unknown) => e);
    expect(big).toBeInstanceOf(LimitError);
    expect((big as LimitError).max).toBe(999);
  });

  it('an HTML page says where it came from and shows its start', async () => {
    server = await startServer((_req, res) =>
      send(res, 200, '<!doctype html><p>Masuk</p>', { 'content-type': 'text/html' }),
    );
    const err = (await createDataClient({ clock: manualClock() })
      .csv(`${server.origin}/a.csv`, spec)
      .catch((e: unknown) => e)) as HtmlPageError;
    expect(err.request).toEqual({ url: `${server.origin}/a.csv`, method: 'GET' });
    expect(err.response).toEqual({ status: 200, snippet: '<!doctype html><p>Masuk</p>' });
    expect(err.contentType).toBe('text/html');
  });

  it('ckan(baseUrl) talks to that portal through the same requester', async () => {
    server = await startServer((_req, res) =>
      send(res, 200, { success: true, result: { id: 'r', format: 'CSV' } }),
    );
    const client = createDataClient({ clock: manualClock(), headers: { authorization: 'Bearer x' } });
    const r = await client.ckan(`${server.origin}/`).resourceShow('r');
    expect(r.format).toBe('CSV');
    expect(server.seen[0]!.url.pathname).toBe('/api/3/action/resource_show');
    expect(server.seen[0]!.headers.authorization).toBe('Bearer x');
  });
});

describe('Arrow', () => {
  it('bytes that are not Arrow: a SchemaError naming the URL they came from', () => {
    const err = thrown(() =>
      loadArrow(new TextEncoder().encode('bukan arrow'), spec, { provenance: { url: 'https://x/a.arrow' } }),
    ) as SchemaError;
    expect(err).toBeInstanceOf(SchemaError);
    expect(err.expected).toBe('data Arrow IPC yang sah');
    expect(err.request).toEqual({ url: 'https://x/a.arrow', method: 'GET' });
  });

  it('64-bit integers: nulls stay null, and ±(2^53 − 1) is the last safe value on either side', () => {
    const max = 9_007_199_254_740_991n;
    const bytes = columnTable({ n: [1n, null, -max, -max - 1n, max] }).toArrowIPC();
    const r = loadArrow(bytes, { id: 'i', columns: [{ name: 'n', type: 'integer' }] });
    expect(r.report.issues.map((i) => [i.row, i.value])).toEqual([[3, '-9007199254740992']]);
    expect(r.table.array('n')).toEqual([1, null, -9_007_199_254_740_991, 9_007_199_254_740_991]);
  });
});

describe('CSV', () => {
  it('an explicit delimiter wins over the sniffed one; record and header problems say so exactly', () => {
    const r = loadCsv('a,b;c\n1,2;3\n4;5\n', { id: 'd', columns: [] }, { delimiter: ';' });
    expect(r.meta.csv?.delimiter).toBe(';');
    expect(r.report.issues.filter((i) => i.code === 'source' && i.row !== null)).toEqual([]);
    const ragged = loadCsv(',b\n1,2,3\n', { id: 'd', columns: [] });
    expect(ragged.report.issues.filter((i) => i.field === null)).toEqual([
      {
        code: 'source',
        severity: 'warning',
        source: 'd',
        row: null,
        field: null,
        value: null,
        expected: 'baris CSV yang utuh (baris berkas 1: nama kolom ke-1 kosong; dinamai kolom_1)',
      },
      {
        code: 'source',
        severity: 'error',
        source: 'd',
        row: 0,
        field: null,
        value: null,
        expected: 'baris CSV yang utuh (baris berkas 2: 2 kolom, ditemukan 3)',
      },
    ]);
  });
});

describe('JSON', () => {
  it('columns that are not arrays, and values that are neither rows nor columns: SchemaErrors in words', () => {
    const notColumns = thrown(() => loadJson({ a: [1], b: 5, c: 'x' }, spec)) as SchemaError;
    expect(notColumns.expected).toBe('objek kolom berisi larik; bukan larik: b, c');
    const view = thrown(() => loadJson({ a: new DataView(new ArrayBuffer(4)) }, spec)) as SchemaError;
    expect(view.expected).toBe('objek kolom berisi larik; bukan larik: a');
    for (const text of ['42', 'null', '"x"']) {
      const err = thrown(() => loadJson(text, spec)) as SchemaError;
      expect(err.expected).toBe('larik baris atau objek kolom');
      expect(err.response).toEqual({ snippet: text });
    }
    const bad = thrown(() => loadJson('{', spec, { provenance: { url: 'https://x/a.json' } })) as SchemaError;
    expect(bad.expected).toBe('JSON yang sah');
    expect(bad.request).toEqual({ url: 'https://x/a.json', method: 'GET' });
  });

  it('short columns are reported row by row, in words; equal ones are not', () => {
    const r = loadJson({ wilayah: ['33.74', '33.74', '33.74'], n: [1, 2] }, spec);
    expect(r.report.issues).toEqual([
      {
        code: 'source',
        severity: 'error',
        source: 'w',
        row: 2,
        field: 'n',
        value: null,
        expected: 'kolom n sepanjang 3 baris (panjangnya 2)',
      },
    ]);
  });

  it('bytes with a BOM parse, and their meta says how they were decoded; text has no encoding', () => {
    const bytes = new TextEncoder().encode('\uFEFF[{"wilayah":"33.74","n":1}]');
    const r = loadJson(bytes, spec);
    expect(r.table.objects()).toEqual([{ wilayah: '33.74', n: 1 }]);
    expect(r.meta).toMatchObject({ kind: 'json', encoding: 'utf-8', json: { layout: 'rows' } });
    expect(loadJson('[]', spec).meta.encoding).toBeUndefined();
  });

  it('rows under a row schema (no column list) load too', () => {
    const r = loadJson('[{"n":"4,5"},{"n":"1.234.567"}]', {
      id: 'z',
      rowSchema: z.object({ n: z.number() }),
    });
    expect(r.table.array('n')).toEqual([4.5, 1_234_567]);
  });
});

describe('rows that are not objects', () => {
  it('are reported once, in words, and not parsed by a row schema', () => {
    const r = loadInline(['teks', { n: 1 }], { id: 'z', rowSchema: z.object({ n: z.number() }) });
    expect(r.report.issues).toEqual([
      {
        code: 'source',
        severity: 'error',
        source: 'z',
        row: 0,
        field: null,
        value: 'teks',
        expected: 'baris berupa objek {kolom: nilai}',
      },
    ]);
  });
});

describe('row schemas', () => {
  it('read text as numbers through optional, nullable, default and pipe wrappers; declared null texts are null', () => {
    const Row = z
      .object({
        a: z.number().optional(),
        b: z.number().nullable(),
        c: z.number().default(0),
        d: z.number().nullable().optional(),
        e: z.string(),
      })
      .transform((r) => r);
    const r = loadInline([{ a: '1,5', b: '2,5', c: '3,5', d: '-', e: '4,5' }], {
      id: 'z',
      numberFormat: 'id',
      nullValues: ['-'],
      rowSchema: Row,
    });
    expect(r.report.issues).toEqual([]);
    expect(r.table.objects()).toEqual([{ a: 1.5, b: 2.5, c: 3.5, d: null, e: '4,5' }]);
  });

  it('name nested fields by their path, and a whole-row refusal by no field', () => {
    const nested = loadInline([{ meta: { a: 'x' } }], {
      id: 'z',
      rowSchema: z.object({ meta: z.object({ a: z.number() }) }),
    });
    expect(nested.report.issues).toEqual([
      expect.objectContaining({ row: 0, field: 'meta.a', value: 'x', code: 'schema' }),
    ]);
    const whole = loadInline([{ a: 1 }], {
      id: 'z',
      rowSchema: z.object({ a: z.number() }).refine(() => false, 'baris ditolak'),
    });
    expect(whole.report.issues).toEqual([
      expect.objectContaining({ row: 0, field: null, value: { a: 1 }, expected: 'baris ditolak' }),
    ]);
  });

  it('say which number format was expected: the declared one, or both', () => {
    const Row = z.object({ n: z.number() });
    const expected = (numberFormat?: 'id' | 'en') =>
      loadInline([{ n: 'banyak' }], { id: 'z', rowSchema: Row, ...(numberFormat ? { numberFormat } : {}) })
        .report.issues[0]!.expected;
    expect(expected('id')).toBe('angka (format 1.234,5)');
    expect(expected('en')).toBe('angka (format 1234.5)');
    expect(expected()).toBe('angka (format 1.234,5 atau 1234.5)');
  });

  it('fields only some rows have are null in the others', () => {
    const r = loadInline([{ a: 1 }, { a: 2, b: 'x' }], {
      id: 'z',
      rowSchema: z.looseObject({ a: z.number() }),
    });
    expect(r.table.objects()).toEqual([
      { a: 1, b: null },
      { a: 2, b: 'x' },
    ]);
  });

  it('a required field missing from the whole source is a SchemaError listing what is there; optional ones may be absent', () => {
    const Row = z.object({ kode: z.string(), rasio: z.number(), catatan: z.string().optional() });
    const err = thrown(() => loadCsv('kode\n33.74\n', { id: 'zod', rowSchema: Row })) as SchemaError;
    expect(err.expected).toBe('kolom rasio pada dataset zod (kolom yang ada: kode)');
    expect(() => loadCsv('kode,rasio\n33.74,1\n', { id: 'zod', rowSchema: Row })).not.toThrow();
    // an empty source has no rows to fail
    expect(loadCsv('', { id: 'zod', rowSchema: Row }).table.numRows()).toBe(0);
    // nullable is not optional: every row would lack it, so it is required of the source
    const Nullable = z.object({ kode: z.string(), catatan: z.string().nullable() });
    expect(
      (thrown(() => loadCsv('kode\n33.74\n', { id: 'zod', rowSchema: Nullable })) as SchemaError).expected,
    ).toBe('kolom catatan pada dataset zod (kolom yang ada: kode)');
  });
});

describe('a required column missing from the whole source', () => {
  it('is a SchemaError listing the columns there are (or none)', () => {
    const required = { id: 'wajib', columns: [{ name: 'tahun', type: 'period' as const, required: true }] };
    expect((thrown(() => loadCsv('kode,siswa\n33.74,1\n', required)) as SchemaError).expected).toBe(
      'kolom wajib tahun pada dataset wajib (kolom yang ada: kode, siswa)',
    );
    expect((thrown(() => loadJson({}, required)) as SchemaError).expected).toBe(
      'kolom wajib tahun pada dataset wajib (kolom yang ada: tidak ada)',
    );
  });

  it('and a __proto__ column in a spec is refused in words', () => {
    expect(
      (
        thrown(() =>
          loadInline([], { id: 's', columns: [{ name: '__proto__', type: 'string' }] }),
        ) as SchemaError
      ).expected,
    ).toBe('nama kolom selain __proto__ dalam spesifikasi dataset s');
  });
});
