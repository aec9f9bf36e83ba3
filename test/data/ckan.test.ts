/**
 * The CKAN client against the recorded Satu Data (Muara Enim) responses in fixtures/ckan, served by a local
 * HTTP server on 127.0.0.1, plus a constructed DataStore (helpers/datastore.ts) for paging.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  CkanError,
  catalogScope,
  createCkanClient,
  extrasToObservations,
  HttpError,
  periodOfExtraKey,
  SchemaError,
  z,
} from '@satata/data';
import { afterEach, describe, expect, it } from 'vitest';
import { actionUrl, columnTypeOfDatastore } from '../../packages/data/src/ckan/client.ts';
import { manualClock } from './helpers/clock.ts';
import { FIELDS, page, RESOURCE_ID, records } from './helpers/datastore.ts';
import { send, startServer, type TestServer } from './helpers/server.ts';

const fixture = (name: string): string =>
  readFileSync(join(import.meta.dirname, 'fixtures', 'ckan', `${name}.json`), 'utf8');

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** A portal that answers each action with its recorded fixture. */
async function portal(): Promise<TestServer> {
  return startServer((_req, res, url) => {
    const action = url.pathname.replace('/api/3/action/', '');
    send(res, 200, fixture(action));
  });
}

const client = (origin: string) =>
  createCkanClient({ baseUrl: origin, clock: manualClock(), random: () => 0.5 });

describe('recorded responses', () => {
  it('package_search: sends query, filter, facets and paging; reads count and results', async () => {
    server = await portal();
    const result = await client(server.origin).packageSearch({
      q: 'akip',
      fq: 'organization:diskominfo',
      facetFields: ['organization', 'tags'],
      rows: 10,
      start: 0,
    });
    const params = server.seen[0]!.url.searchParams;
    expect(server.seen[0]!.url.pathname).toBe('/api/3/action/package_search');
    expect(params.get('q')).toBe('akip');
    expect(params.get('fq')).toBe('organization:diskominfo');
    expect(params.get('facet.field')).toBe('["organization","tags"]');
    expect(params.get('rows')).toBe('10');
    expect(params.get('start')).toBe('0');
    // fixture: count 1, one result, its organisation "diskominfo"
    expect(result.count).toBe(1);
    expect(result.results[0]!.name).toBe('hasil-evaluasi-akuntabilitas-kinerja-intansi-pemerintah-akip');
    expect(result.results[0]!.organization?.name).toBe('diskominfo');
    expect(result.search_facets).toEqual({});
  });

  it('package_show: the yearly values in extras become typed observations', async () => {
    server = await portal();
    const pkg = await client(server.origin).packageShow('d910dcf4-e5e1-4ce3-b3c8-d59cf0491885');
    expect(server.seen[0]!.url.searchParams.get('id')).toBe('d910dcf4-e5e1-4ce3-b3c8-d59cf0491885');
    // fixture extras: {2023: "75"}, {2024: "77"}, {"Tahun 2022": "75"}
    const obs = extrasToObservations(pkg, {
      indikator: 'AKIP',
      wilayah: '16.03',
      ctx: {
        regions: { has: (c) => c === '16.03' },
        catalog: catalogScope({
          indikator: [{ kode: 'AKIP' }] as never,
          rpjmd: { mulai: 2023, akhir: 2026 },
        }),
      },
    });
    expect(obs.table.objects()).toEqual([
      expect.objectContaining({
        indikator: 'AKIP',
        wilayah: '16.03',
        periode: '2023',
        nilai: 75,
        diperbarui: '2026-03-13',
      }),
      expect.objectContaining({ periode: '2024', nilai: 77 }),
      expect.objectContaining({ periode: '2022', nilai: 75 }),
    ]);
    expect(obs.report.rejectedRows).toBe(0);
    // 2022 is the baseline year of a 2023–2026 plan: inside the catalog scope, so no warning.
    expect(obs.report.issues).toEqual([]);
    expect(obs.meta.kind).toBe('ckan-extras');
  });

  it('resource_show: reads the resource', async () => {
    server = await portal();
    const r = await client(server.origin).resourceShow('f7d8f520-11f6-4e97-b86d-3e371002e476');
    expect(r.format).toBe('CSV');
    expect(r.mimetype).toBe('text/csv');
    expect(r.size).toBe(40);
  });
});

describe('retries through the CKAN client', () => {
  it('a 500 then the recorded 200: one retry, then the result', async () => {
    server = await startServer((_req, res, _url, i) =>
      i === 0 ? send(res, 500, '<h1>Internal Server Error</h1>') : send(res, 200, fixture('resource_show')),
    );
    const clock = manualClock();
    const r = await createCkanClient({ baseUrl: server.origin, clock, random: () => 0.5 }).resourceShow(
      'f7d8',
    );
    expect(r.id).toBe('f7d8f520-11f6-4e97-b86d-3e371002e476');
    expect(server.seen).toHaveLength(2);
    expect(clock.sleeps).toEqual([150]);
  });
});

describe('facets (constructed from the recorded package_search)', () => {
  it('reads search_facets counts', async () => {
    const recorded = JSON.parse(fixture('package_search'));
    recorded.result.search_facets = {
      organization: {
        title: 'organization',
        items: [{ name: 'diskominfo', display_name: 'Diskominfo', count: 1 }],
      },
    };
    recorded.result.facets = { organization: { diskominfo: 1 } };
    server = await startServer((_req, res) => send(res, 200, recorded));
    const r = await client(server.origin).packageSearch({ facetFields: ['organization'], facetLimit: 10 });
    expect(server.seen[0]!.url.searchParams.get('facet')).toBe('true');
    expect(server.seen[0]!.url.searchParams.get('facet.limit')).toBe('10');
    expect(r.search_facets.organization?.items).toEqual([
      { name: 'diskominfo', display_name: 'Diskominfo', count: 1 },
    ]);
    expect(r.facets).toEqual({ organization: { diskominfo: 1 } });
  });
});

describe('extras keys', () => {
  it('reads years and period spellings, and leaves other keys alone', () => {
    expect(periodOfExtraKey('2023')).toBe('2023');
    expect(periodOfExtraKey('Tahun 2022')).toBe('2022');
    expect(periodOfExtraKey('Triwulan II 2025')).toBe('2025-Q2');
    expect(periodOfExtraKey('satuan')).toBeNull();
  });

  it('rejects a yearly value that is not a number, and keeps descriptive extras in meta', () => {
    const pkg = {
      id: 'p',
      name: 'ipm',
      extras: [
        { key: '2023', value: '83,05' },
        { key: '2024', value: 'belum rilis' },
        { key: 'satuan', value: 'indeks' },
      ],
      resources: [],
      tags: [],
    };
    const obs = extrasToObservations(pkg, { indikator: 'IPM', wilayah: '33.74', numberFormat: 'id' });
    expect(obs.table.objects()).toEqual([expect.objectContaining({ periode: '2023', nilai: 83.05 })]);
    expect(obs.report.issues).toEqual([
      expect.objectContaining({ code: 'non-numeric', row: 1, field: 'nilai', value: 'belum rilis' }),
    ]);
    expect(obs.meta.ckan?.otherExtras).toEqual([{ key: 'satuan', value: 'indeks' }]);
  });
});

describe('CKAN errors', () => {
  it('success:false with HTTP 404 is a CkanError carrying CKAN’s message, not retried', async () => {
    server = await startServer((_req, res) =>
      send(res, 404, {
        help: 'http://x/api/3/action/help_show?name=package_show',
        success: false,
        error: { __type: 'Not Found Error', message: 'Tidak ditemukan' },
      }),
    );
    const err = await client(server.origin)
      .packageShow('tidak-ada')
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(CkanError);
    const ckan = err as CkanError;
    expect(ckan.kind).toBe('ckan');
    expect(ckan.ckanType).toBe('Not Found Error');
    expect(ckan.ckanMessage).toBe('Tidak ditemukan');
    expect(ckan.response?.status).toBe(404);
    expect(ckan.request?.action).toBe('package_show');
    expect(ckan.request?.params).toEqual({ id: 'tidak-ada' });
    expect(ckan.message).toContain('Not Found Error');
    expect(server.seen).toHaveLength(1);
  });

  it('success:false with validation errors lists them', async () => {
    server = await startServer((_req, res) =>
      send(res, 409, { success: false, error: { __type: 'Validation Error', id: ['Missing value'] } }),
    );
    const err = (await client(server.origin)
      .resourceShow('')
      .catch((e: unknown) => e)) as CkanError;
    expect(err.ckanType).toBe('Validation Error');
    expect(err.ckanMessage).toBe('id: ["Missing value"]');
  });

  it('success:false with HTTP 200 is a CkanError too', async () => {
    server = await startServer((_req, res) =>
      send(res, 200, { success: false, error: { __type: 'Authorization Error', message: 'Access denied' } }),
    );
    const err = (await client(server.origin)
      .packageShow('x')
      .catch((e: unknown) => e)) as CkanError;
    expect(err.kind).toBe('ckan');
    expect(err.ckanMessage).toBe('Access denied');
  });

  it('malformed JSON is a SchemaError with a snippet of the body, not retried', async () => {
    server = await startServer((_req, res) => send(res, 200, '{"success": true, "result": {"id": 1,,}}'));
    const err = (await client(server.origin)
      .packageShow('x')
      .catch((e: unknown) => e)) as SchemaError;
    expect(err).toBeInstanceOf(SchemaError);
    expect(err.kind).toBe('schema');
    expect(err.response?.snippet).toBe('{"success": true, "result": {"id": 1,,}}');
    expect(server.seen).toHaveLength(1);
  });

  it('truncated JSON is a SchemaError whose snippet shows where it was cut', async () => {
    const cut = fixture('package_show').slice(0, 300);
    server = await startServer((_req, res) => send(res, 200, cut));
    const err = (await client(server.origin)
      .packageShow('x')
      .catch((e: unknown) => e)) as SchemaError;
    expect(err).toBeInstanceOf(SchemaError);
    expect(err.response?.snippet).toBe(`${cut.slice(0, 200)}…`);
  });

  it('a result of the wrong shape is a SchemaError naming the field', async () => {
    server = await startServer((_req, res) =>
      send(res, 200, { success: true, result: { count: 'banyak', results: [] } }),
    );
    const err = (await client(server.origin)
      .packageSearch()
      .catch((e: unknown) => e)) as SchemaError;
    expect(err).toBeInstanceOf(SchemaError);
    expect(err.expected).toContain('count');
  });
});

describe('DataStore (constructed responses)', () => {
  it('pages through every record via _links.next until total, coercing text by the dataset schema', async () => {
    const all = records(250);
    server = await startServer((_req, res, url) => send(res, 200, page(all, url)));
    const loaded = await client(server.origin).datastoreSearch({
      resourceId: RESOURCE_ID,
      filters: { tahun: ['2015', '2016'] },
      limit: 100,
      dataset: {
        id: 'penduduk-miskin',
        key: ['kode_kelurahan', 'tahun'],
        periodField: 'tahun',
        columns: [
          { name: 'kode_kelurahan', type: 'region', required: true },
          { name: 'tahun', type: 'period', required: true },
          { name: 'jumlah_penduduk', type: 'integer', min: 0 },
          { name: 'persen_miskin', type: 'number', min: 0, max: 100 },
        ],
      },
    });
    // 250 records at 100 a page: offsets 0, 100, 200.
    expect(server.seen.map((s) => s.url.searchParams.get('offset'))).toEqual(['0', '100', '200']);
    expect(server.seen[0]!.url.searchParams.get('filters')).toBe('{"tahun":["2015","2016"]}');
    expect(loaded.table.numRows()).toBe(250);
    expect(loaded.report).toMatchObject({ totalRows: 250, acceptedRows: 250, rejectedRows: 0, issues: [] });
    const first = loaded.table.object(0);
    // record 0: 4000 + 0, 2 + 0/10 = "2.00"
    expect(first).toEqual({
      kode_kelurahan: '33.74.01.1001',
      tahun: '2015',
      jumlah_penduduk: 4000,
      persen_miskin: 2,
    });
    expect(loaded.table.columnNames()).not.toContain('_id');
    expect(loaded.meta.ckan).toMatchObject({ resourceId: RESOURCE_ID, total: 250, pages: 3 });
  });

  it('without a dataset spec, types columns from the DataStore field types; bad records are reported', async () => {
    const all = records(30, 7);
    server = await startServer((_req, res, url) => send(res, 200, page(all, url)));
    const loaded = await client(server.origin).datastoreSearch({ resourceId: RESOURCE_ID, limit: 100 });
    // all fields are `text`, so every column stays text
    expect(typeof loaded.table.get('jumlah_penduduk', 0)).toBe('string');
    expect(loaded.report.rejectedRows).toBe(0);

    const typed = await client(server.origin).datastoreSearch({
      resourceId: RESOURCE_ID,
      dataset: { id: 'd', columns: [{ name: 'jumlah_penduduk', type: 'integer' }] },
    });
    expect(typed.report.rejectedRows).toBe(1);
    expect(typed.report.issues).toContainEqual(
      expect.objectContaining({ code: 'non-numeric', row: 7, field: 'jumlah_penduduk', value: 'n/a' }),
    );
    expect(typed.table.numRows() + typed.report.rejectedRows).toBe(30);
  });

  it('stops and warns when the DataStore runs out of records before its total', async () => {
    const all = records(120);
    server = await startServer((_req, res, url) => {
      const body = page(all, url) as { result: { total: number; records: unknown[] } };
      body.result.total = 150;
      send(res, 200, body);
    });
    const loaded = await client(server.origin).datastoreSearch({ resourceId: RESOURCE_ID, limit: 100 });
    expect(loaded.table.numRows()).toBe(120);
    expect(loaded.report.issues).toContainEqual(
      expect.objectContaining({
        code: 'source',
        severity: 'warning',
        expected: expect.stringContaining('150'),
      }),
    );
  });

  it('stops at maxRecords and says so in the report', async () => {
    const all = records(250);
    server = await startServer((_req, res, url) => send(res, 200, page(all, url)));
    const loaded = await client(server.origin).datastoreSearch({
      resourceId: RESOURCE_ID,
      limit: 100,
      maxRecords: 150,
    });
    expect(loaded.table.numRows()).toBe(150);
    expect(server.seen).toHaveLength(2);
    expect(loaded.report.issues).toEqual([
      expect.objectContaining({
        code: 'source',
        severity: 'warning',
        expected: expect.stringContaining('maxRecords 150'),
      }),
    ]);
  });

  it('datastore_search_sql: records typed by the dataset (Indonesian number format)', async () => {
    server = await startServer((_req, res, url) =>
      send(res, 200, {
        success: true,
        result: {
          sql: url.searchParams.get('sql'),
          fields: FIELDS.slice(1),
          records: [
            {
              kode_kelurahan: '33.74.01.1001',
              tahun: '2024',
              jumlah_penduduk: '12.345',
              persen_miskin: '4,23',
            },
            {
              kode_kelurahan: '33.74.99.9999',
              tahun: '2024',
              jumlah_penduduk: '1.000',
              persen_miskin: '3,5',
            },
          ],
        },
      }),
    );
    const sql = `SELECT * FROM "${RESOURCE_ID}" WHERE tahun = '2024'`;
    const loaded = await client(server.origin).datastoreSearchSql(sql, {
      dataset: {
        id: 'sql',
        numberFormat: 'id',
        columns: [
          { name: 'kode_kelurahan', type: 'region' },
          { name: 'tahun', type: 'period' },
          { name: 'jumlah_penduduk', type: 'integer' },
          { name: 'persen_miskin', type: 'number' },
        ],
      },
      ctx: { regions: { has: (c) => c === '33.74.01.1001' } },
    });
    expect(server.seen[0]!.url.searchParams.get('sql')).toBe(sql);
    expect(loaded.table.objects()).toEqual([
      { kode_kelurahan: '33.74.01.1001', tahun: '2024', jumlah_penduduk: 12345, persen_miskin: 4.23 },
    ]);
    expect(loaded.report.issues).toEqual([
      expect.objectContaining({
        code: 'unknown-region',
        row: 1,
        field: 'kode_kelurahan',
        value: '33.74.99.9999',
      }),
    ]);
  });
});

describe('CKAN client, at the edges', () => {
  it('actionUrl: the base’s trailing slashes dropped, parameters sorted, objects as JSON, empty ones left out', () => {
    expect(
      actionUrl('https://data.example.go.id//', 'datastore_search', {
        sort: 'tahun desc',
        q: undefined,
        limit: 10,
        filters: { tahun: ['2024'] },
        offset: null,
        resource_id: 'r',
      }),
    ).toBe(
      'https://data.example.go.id/api/3/action/datastore_search?filters=%7B%22tahun%22%3A%5B%222024%22%5D%7D&limit=10&resource_id=r&sort=tahun+desc',
    );
  });

  it('columnTypeOfDatastore: PostgreSQL types to column types', () => {
    const types = [
      'int',
      'INT8',
      'bigint',
      'serial',
      'numeric',
      'float8',
      'double precision',
      'money',
      'bool',
      'boolean',
      'date',
      'timestamp',
      'timestamptz',
      'text',
      'json',
      'interval',
      'xint',
      'numeric2',
      'mytimestamp',
    ];
    expect(types.map(columnTypeOfDatastore)).toEqual([
      'integer',
      'integer',
      'integer',
      'integer',
      'number',
      'number',
      'number',
      'number',
      'boolean',
      'boolean',
      'date',
      'date',
      'date',
      'string',
      'string',
      'string',
      'string',
      'string',
      'string',
    ]);
  });

  it('internal DataStore fields (_id, _full_text, _rank…) are left out; fields only starting with _ elsewhere are not', async () => {
    server = await startServer((_req, res) =>
      send(res, 200, {
        success: true,
        result: {
          fields: [
            { id: '_id', type: 'int' },
            { id: '_full_text', type: 'tsvector' },
            { id: '_rank_nama', type: 'float' },
            { id: 'nama', type: 'text' },
            { id: 'nama_rank', type: 'text' },
          ],
          records: [{ _id: 1, _full_text: "'a'", _rank_nama: 0.5, nama: 'a', nama_rank: '1' }],
          total: 1,
        },
      }),
    );
    const r = await client(server.origin).datastoreSearch({ resourceId: 'r', q: 'a' });
    expect(r.table.objects()).toEqual([{ nama: 'a', nama_rank: '1' }]);
    expect(server.seen[0]!.url.pathname).toBe('/api/3/action/datastore_search');
  });

  it('a row-schema dataset keeps the DataStore’s field order', async () => {
    server = await startServer((_req, res) =>
      send(res, 200, {
        success: true,
        result: {
          fields: [
            { id: '_id', type: 'int' },
            { id: 'b', type: 'text' },
            { id: 'a', type: 'text' },
          ],
          records: [{ _id: 1, a: 'x', b: 'y' }],
          total: 1,
        },
      }),
    );
    const r = await client(server.origin).datastoreSearch({
      resourceId: 'r',
      dataset: { id: 'zod', rowSchema: z.looseObject({}) },
    });
    expect(r.table.columnNames()).toEqual(['b', 'a']);
  });

  it('package_search sends facets only when facet fields are given; resource_show sends the id', async () => {
    server = await portal();
    await client(server.origin).packageSearch({ q: 'x', facetFields: [] });
    expect(server.seen[0]!.url.searchParams.has('facet')).toBe(false);
    expect(server.seen[0]!.url.searchParams.has('facet.field')).toBe(false);
    await client(`${server.origin}/`).resourceShow('f7d8');
    expect(server.seen[1]!.url.pathname).toBe('/api/3/action/resource_show');
    expect(server.seen[1]!.url.searchParams.get('id')).toBe('f7d8');
  });

  it('errors name the action, its parameters and the status text', async () => {
    server = await startServer((_req, res, url) => {
      if (url.pathname.endsWith('package_show'))
        send(res, 404, { success: false, error: { __type: 'Not Found Error' } });
      else send(res, 404, { detail: 'bukan CKAN' });
    });
    const err = (await client(server.origin)
      .packageShow('x')
      .catch((e: unknown) => e)) as CkanError;
    expect(err.response).toMatchObject({ status: 404, statusText: 'Not Found' });
    expect(err.request).toMatchObject({ method: 'GET', action: 'package_show', params: { id: 'x' } });
    // a 404 whose body is JSON but no CKAN envelope stays an HttpError
    const http = await client(server.origin)
      .resourceShow('x')
      .catch((e: unknown) => e);
    expect(http).toBeInstanceOf(HttpError);
    expect(http).toMatchObject({ status: 404, request: { action: 'resource_show', params: { id: 'x' } } });
  });

  it('an answer with a BOM is read; JSON that is no CKAN envelope is a SchemaError saying so', async () => {
    server = await startServer((_req, res, url) => {
      if (url.pathname.endsWith('resource_show')) send(res, 200, `\uFEFF${fixture('resource_show')}`);
      else send(res, 200, '{"result": {"id": "x"}}');
    });
    expect((await client(server.origin).resourceShow('f7d8')).format).toBe('CSV');
    const err = (await client(server.origin)
      .packageShow('x')
      .catch((e: unknown) => e)) as SchemaError;
    expect(err).toBeInstanceOf(SchemaError);
    expect(err.expected).toBe('amplop CKAN {help, success, result}');
    expect(err.response).toEqual({ status: 200, snippet: '{"result": {"id": "x"}}' });
  });

  it('malformed JSON and a result of the wrong shape say exactly what was expected', async () => {
    server = await startServer((_req, res, url) =>
      url.pathname.endsWith('package_show')
        ? send(res, 200, '{"success": tru')
        : send(res, 200, { success: true, result: { count: -1, results: 'x' } }),
    );
    const malformed = (await client(server.origin)
      .packageShow('x')
      .catch((e: unknown) => e)) as SchemaError;
    expect(malformed.expected).toBe('jawaban JSON CKAN {success, result}');
    const shape = (await client(server.origin)
      .packageSearch()
      .catch((e: unknown) => e)) as SchemaError;
    expect(shape.expected).toBe(
      'hasil package_search yang sesuai skema (count: Too small: expected number to be >=0; results: Invalid input: expected array, received string)',
    );
    expect(shape.response).toEqual({ status: 200, snippet: '{"count":-1,"results":"x"}' });
    expect(shape.request).toMatchObject({ action: 'package_search', method: 'GET' });
  });

  it('success:false with 200 carries the action and the status', async () => {
    server = await startServer((_req, res) =>
      send(res, 200, { success: false, error: { message: 'Ditolak' } }),
    );
    const err = (await client(server.origin)
      .resourceShow('x')
      .catch((e: unknown) => e)) as CkanError;
    expect(err).toMatchObject({ ckanType: 'Error', ckanMessage: 'Ditolak', response: { status: 200 } });
    expect(err.request).toMatchObject({ action: 'resource_show', params: { id: 'x' } });
  });

  it('metadata that is not UTF-8, with no charset, is a SchemaError naming the byte', async () => {
    server = await startServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(Buffer.from('{"success":true,"result":{"id":"r","name":"Caf\u00e9"}}', 'latin1'));
    });
    const err = (await client(server.origin)
      .resourceShow('r')
      .catch((e: unknown) => e)) as SchemaError;
    expect(err).toBeInstanceOf(SchemaError);
    expect(err.expected).toContain(
      `byte 0xE9 di posisi ${'{"success":true,"result":{"id":"r","name":"Caf'.length}`,
    );
    expect(err.request).toMatchObject({ action: 'resource_show' });
    expect(err.response).toEqual({ status: 200 });
  });

  it('datastore_search_sql: typed from its fields without a dataset, with its own source name and meta', async () => {
    server = await startServer((_req, res, url) =>
      send(res, 200, {
        success: true,
        result: {
          sql: url.searchParams.get('sql'),
          fields: [{ id: 'n', type: 'int4' }],
          records: [{ n: 3 }, { n: 'x' }],
        },
      }),
    );
    const sql = 'SELECT n FROM "r"';
    const r = await client(server.origin).datastoreSearchSql(sql);
    expect(server.seen[0]!.url.pathname).toBe('/api/3/action/datastore_search_sql');
    expect(r.table.objects()).toEqual([{ n: 3 }]);
    expect(r.report.source).toBe('ckan:datastore:sql');
    expect(r.report.issues).toEqual([
      expect.objectContaining({ source: 'ckan:datastore:sql', row: 1, field: 'n' }),
    ]);
    expect(r.meta).toMatchObject({ kind: 'ckan-datastore', dataset: 'ckan:datastore:sql', ckan: { sql } });
  });

  it('the rest of the error paths: a plain-text 404, a result that is not an object, a failing SQL query', async () => {
    server = await startServer((_req, res, url) => {
      if (url.pathname.endsWith('package_show'))
        send(res, 404, 'Not Found', { 'content-type': 'text/plain' });
      else if (url.pathname.endsWith('resource_show')) send(res, 200, { success: true, result: 'x' });
      else if (url.searchParams.get('sql') === 'latin') {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(
          Buffer.from(
            '{"success":true,"result":{"fields":[{"id":"n","type":"text"}],"records":[{"n":"\u00e9"}]}}',
            'latin1',
          ),
        );
      } else send(res, 409, { success: false, error: { __type: 'Validation Error', sql: ['tidak sah'] } });
    });
    const plain = await client(server.origin)
      .packageShow('x')
      .catch((e: unknown) => e);
    expect(plain).toMatchObject({ kind: 'http', status: 404, bodyText: 'Not Found' });
    const notObject = (await client(server.origin)
      .resourceShow('x')
      .catch((e: unknown) => e)) as SchemaError;
    expect(notObject.expected).toBe(
      'hasil resource_show yang sesuai skema ((result): Invalid input: expected object, received string)',
    );
    expect(notObject.response).toEqual({ status: 200, snippet: '"x"' });
    const sql = await client(server.origin)
      .datastoreSearchSql('SELECT 1')
      .catch((e: unknown) => e);
    expect(sql).toMatchObject({
      kind: 'ckan',
      ckanType: 'Validation Error',
      request: { method: 'GET', action: 'datastore_search_sql', params: { sql: 'SELECT 1' } },
    });
    const latin = await client(server.origin).datastoreSearchSql('latin', {
      dataset: { id: 'sqlku', columns: [{ name: 'n', type: 'string' }] },
    });
    expect(latin.report.issues).toEqual([
      expect.objectContaining({ code: 'source', severity: 'error', source: 'sqlku', row: null }),
    ]);
  });
});
