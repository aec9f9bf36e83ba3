/**
 * A client of the CKAN Action API (v3), as run by Indonesian Satu Data portals: `package_search`,
 * `package_show`, `resource_show`, `datastore_search` (every page) and `datastore_search_sql`. Reads use GET,
 * so ETag revalidation and in-flight sharing apply. `success: false` becomes a {@link CkanError} carrying CKAN's
 * message, also when it comes with an HTTP error status (CKAN answers 404/409/403 that way).
 *
 * A portal is not trusted: every call stays on the base URL's origin (links and redirects elsewhere are an
 * {@link OriginError}, so configured headers go nowhere else), an HTML page is an {@link HtmlPageError}, and
 * DataStore paging ends — with a {@link PagingError} or a {@link LimitError} — however the portal answers.
 */
import type { QualityIssue } from '@satata/core';
import type { z } from 'zod';
import {
  CkanError,
  HtmlPageError,
  HttpError,
  LimitError,
  OriginError,
  PagingError,
  type RequestInfo,
  SchemaError,
  snippetOf,
} from '../errors.ts';
import {
  bodyText,
  createRequester,
  originOf,
  type Requester,
  type RequesterOptions,
} from '../request/requester.ts';
import { charsetOf, decodeText, encodingIssue, isHtmlPage } from '../sources/content.ts';
import type { LoadedTable } from '../sources/types.ts';
import { columnsFromRows, emptyRecord } from '../validate/raw.ts';
import type { ColumnSpec, ColumnType, DatasetSpec, ValidationContext } from '../validate/spec.ts';
import { validateTable } from '../validate/validate.ts';
import {
  CkanEnvelope,
  CkanPackage,
  CkanPackageSearchResult,
  CkanResource,
  type DatastoreField,
  DatastoreSearchResult,
  DatastoreSqlResult,
} from './schemas.ts';

/** Default cap on DataStore pages read by one `datastoreSearch`: 2000. */
export const DEFAULT_MAX_PAGES = 2000;
/** Default cap on DataStore records read by one `datastoreSearch` (then it stops, with a warning): 1 000 000. */
export const DEFAULT_MAX_RECORDS = 1_000_000;
/** Default cap on the bytes of all pages of one `datastoreSearch`: 256 MiB. */
export const DEFAULT_DATASTORE_MAX_BYTES = 256 * 1024 * 1024;

/** Settings of a {@link CkanClient}. */
export interface CkanClientOptions extends RequesterOptions {
  /**
   * The portal's root, e.g. `https://satudata.semarangkota.go.id` (the client adds `/api/3/action/…`). Its origin
   * is the only one the client talks to.
   */
  readonly baseUrl: string;
  /** Share a requester (and its in-flight map and ETag bodies) with other clients. */
  readonly requester?: Requester;
}

/** Per-call options of a CKAN call: the caller's abort signal, and a timeout overriding the requester's. */
export interface CallOptions {
  readonly signal?: AbortSignal;
  readonly timeoutMs?: number;
}

/** Parameters of `package_search`. */
export interface PackageSearchParams {
  /** Solr query, e.g. `kemiskinan`. */
  readonly q?: string;
  /** Solr filter query, e.g. `organization:dinsos`. */
  readonly fq?: string;
  /** Fields to count facets over, e.g. `['organization', 'tags']`. */
  readonly facetFields?: readonly string[];
  readonly facetLimit?: number;
  readonly rows?: number;
  readonly start?: number;
  readonly sort?: string;
}

/** Parameters of `datastore_search`, with the dataset spec that types the records. */
export interface DatastoreSearchParams {
  readonly resourceId: string;
  /** Exact-match filters, `{ field: value }` or `{ field: [values] }`. */
  readonly filters?: Readonly<Record<string, unknown>>;
  /** Full-text query. */
  readonly q?: string;
  /** Records per page (CKAN's default is 100). Default 1000. */
  readonly limit?: number;
  readonly sort?: string;
  /** Stop after this many records (a quality warning says so). Default {@link DEFAULT_MAX_RECORDS}. */
  readonly maxRecords?: number;
  /** More pages than this is a {@link LimitError}. Default {@link DEFAULT_MAX_PAGES}. */
  readonly maxPages?: number;
  /**
   * More bytes over all pages than this is a {@link LimitError} (the read stops there). Default
   * {@link DEFAULT_DATASTORE_MAX_BYTES}.
   */
  readonly maxBytes?: number;
  /** How to type the records; default: a spec derived from the DataStore field types. */
  readonly dataset?: DatasetSpec;
  readonly ctx?: ValidationContext;
}

/** A CKAN client. */
export interface CkanClient {
  readonly baseUrl: string;
  /** Call any action and validate its `result` with `schema`. */
  action<S extends z.ZodType>(
    name: string,
    params: Readonly<Record<string, unknown>>,
    schema: S,
    options?: CallOptions,
  ): Promise<z.infer<S>>;
  packageSearch(params?: PackageSearchParams, options?: CallOptions): Promise<CkanPackageSearchResult>;
  packageShow(id: string, options?: CallOptions): Promise<CkanPackage>;
  resourceShow(id: string, options?: CallOptions): Promise<CkanResource>;
  /**
   * Every record of a DataStore resource (following `_links.next` until `total`), typed by the dataset spec.
   * Paging stops with a {@link PagingError} on a page with no new record, a `next` that does not advance or more
   * records than `total`; with a {@link LimitError} past `maxPages` or `maxBytes`; with an {@link OriginError} on
   * a `next` to another origin.
   */
  datastoreSearch(params: DatastoreSearchParams, options?: CallOptions): Promise<LoadedTable>;
  /** The records of a `datastore_search_sql` query, typed by the dataset spec. */
  datastoreSearchSql(
    sql: string,
    typing?: { dataset?: DatasetSpec; ctx?: ValidationContext },
    options?: CallOptions,
  ): Promise<LoadedTable>;
}

/** Encode one action parameter for a GET query: objects and arrays as JSON, the rest as text. */
function encodeParam(value: unknown): string {
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

/** The GET URL of an action call; parameters sorted, `undefined` left out. */
export function actionUrl(
  baseUrl: string,
  action: string,
  params: Readonly<Record<string, unknown>>,
): string {
  const url = new URL(`${baseUrl.replace(/\/+$/, '')}/api/3/action/${action}`);
  for (const key of Object.keys(params).sort()) {
    const v = params[key];
    if (v !== undefined && v !== null) url.searchParams.set(key, encodeParam(v));
  }
  return url.toString();
}

/** The column type a DataStore (PostgreSQL) field type maps to. */
export function columnTypeOfDatastore(type: string): ColumnType {
  const t = type.toLowerCase();
  if (/^(int|int2|int4|int8|integer|smallint|bigint|serial)$/.test(t)) return 'integer';
  if (/^(numeric|float|float4|float8|real|double precision|decimal|money)$/.test(t)) return 'number';
  if (t === 'bool' || t === 'boolean') return 'boolean';
  if (t === 'date' || t.startsWith('timestamp')) return 'date';
  return 'string';
}

/** A column spec from DataStore fields (internal `_id`, `_full_text`, `_rank…` left out). */
export function datastoreColumns(fields: readonly DatastoreField[]): ColumnSpec[] {
  return fields
    .filter((f) => !f.id.startsWith('_'))
    .map((f) => ({ name: f.id, type: columnTypeOfDatastore(f.type) }));
}

const INTERNAL = (name: string) => name === '_id' || name === '_full_text' || name.startsWith('_rank');

function stripInternal(records: readonly Record<string, unknown>[]): Record<string, unknown>[] {
  return records.map((r) => {
    const out = emptyRecord<unknown>();
    for (const k of Object.keys(r)) if (!INTERNAL(k)) out[k] = r[k];
    return out;
  });
}

/** The `offset` parameter of a URL, or null when it has none (or not a number). */
function offsetOf(url: string): number | null {
  const v = new URL(url).searchParams.get('offset');
  const n = v === null ? Number.NaN : Number(v);
  return Number.isInteger(n) ? n : null;
}

/** A short fingerprint of a page's records (two 32-bit string hashes), to notice a page served twice. */
function fingerprint(records: readonly unknown[]): string {
  const text = JSON.stringify(records);
  let a = 0x811c9dc5;
  let b = 5381;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = (Math.imul(b, 33) + c) | 0;
  }
  return `${text.length}:${(a >>> 0).toString(36)}:${(b >>> 0).toString(36)}`;
}

/** A decoded, parsed CKAN answer. */
interface Envelope {
  readonly result: unknown;
  /** Bytes of the body read. */
  readonly bytes: number;
  /** The one issue of a body that was not valid UTF-8 and declared no encoding. */
  readonly badBytes: QualityIssue | null;
}

/** Create a CKAN client. */
export function createCkanClient(options: CkanClientOptions): CkanClient {
  const baseUrl = options.baseUrl.replace(/\/+$/, '');
  const origin = new URL(baseUrl).origin;
  const requester =
    options.requester ??
    createRequester({ ...options, headers: { accept: 'application/json', ...options.headers } });

  async function getEnvelope(
    url: string,
    info: RequestInfo,
    call: CallOptions,
    source: string,
    maxBytes?: number,
  ): Promise<Envelope> {
    let text: string;
    let bytes: number;
    let badBytes: QualityIssue | null;
    try {
      const res = await requester.get(url, {
        ...call,
        origin,
        ...(maxBytes !== undefined ? { maxBytes } : {}),
        describe: {
          ...(info.action ? { action: info.action } : {}),
          ...(info.params ? { params: info.params } : {}),
        },
      });
      const contentType = res.headers.get('content-type');
      if (isHtmlPage(res.body, contentType)) {
        throw new HtmlPageError(contentType, {
          request: info,
          response: { status: res.status, snippet: snippetOf(bodyText(res.body.subarray(0, 1024))) },
        });
      }
      const decoded = decodeText(res.body, charsetOf(contentType));
      text = decoded.text;
      bytes = res.body.byteLength;
      badBytes = encodingIssue(source, decoded);
    } catch (e) {
      if (e instanceof HttpError) {
        const envelope = tryEnvelope(e.bodyText);
        if (envelope && envelope.success === false) {
          throw new CkanError(envelope.error ?? {}, {
            request: info,
            response: {
              status: e.status,
              ...(e.response?.statusText ? { statusText: e.response.statusText } : {}),
            },
            cause: e,
          });
        }
      }
      throw e;
    }
    let json: unknown;
    try {
      json = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
    } catch (cause) {
      throw new SchemaError('jawaban JSON CKAN {success, result}', {
        request: info,
        response: { status: 200, snippet: snippetOf(text) },
        cause,
      });
    }
    const envelope = CkanEnvelope.safeParse(json);
    if (!envelope.success) {
      throw new SchemaError('amplop CKAN {help, success, result}', {
        request: info,
        response: { status: 200, snippet: snippetOf(text) },
        cause: envelope.error,
      });
    }
    if (!envelope.data.success) {
      throw new CkanError(envelope.data.error ?? {}, { request: info, response: { status: 200 } });
    }
    return { result: envelope.data.result, bytes, badBytes };
  }

  /** An answer's result, refusing one that was not valid UTF-8 (metadata has no report to carry the issue). */
  async function resultOf(url: string, info: RequestInfo, call: CallOptions): Promise<unknown> {
    const envelope = await getEnvelope(url, info, call, `ckan:${info.action ?? ''}`);
    if (envelope.badBytes) {
      throw new SchemaError(envelope.badBytes.expected, {
        request: info,
        response: { status: 200 },
      });
    }
    return envelope.result;
  }

  async function action<S extends z.ZodType>(
    name: string,
    params: Readonly<Record<string, unknown>>,
    schema: S,
    call: CallOptions = {},
  ): Promise<z.infer<S>> {
    const url = actionUrl(baseUrl, name, params);
    const info: RequestInfo = { url, method: 'GET', action: name, params };
    return parseResult(await resultOf(url, info, call), schema, info);
  }

  async function datastoreSearch(p: DatastoreSearchParams, call: CallOptions = {}): Promise<LoadedTable> {
    const limit = p.limit ?? 1000;
    const maxRecords = p.maxRecords ?? DEFAULT_MAX_RECORDS;
    const maxPages = p.maxPages ?? DEFAULT_MAX_PAGES;
    const maxBytes = p.maxBytes ?? DEFAULT_DATASTORE_MAX_BYTES;
    const params: Record<string, unknown> = {
      resource_id: p.resourceId,
      filters: p.filters,
      q: p.q,
      sort: p.sort,
      limit,
      offset: 0,
    };
    let url = actionUrl(baseUrl, 'datastore_search', params);
    const records: Record<string, unknown>[] = [];
    let fields: DatastoreField[] = [];
    let total: number | undefined;
    let estimated = false;
    let pages = 0;
    let bytes = 0;
    const issues: QualityIssue[] = [];
    const source = p.dataset?.id ?? `ckan:datastore:${p.resourceId}`;
    const seenUrls = new Set<string>();
    const seenIds = new Set<unknown>();
    const seenPages = new Set<string>();
    let badBytesReported = false;
    for (;;) {
      const info: RequestInfo = {
        url,
        method: 'GET',
        action: 'datastore_search',
        params: { ...params, offset: offsetOf(url) ?? records.length },
      };
      if (pages >= maxPages) throw new LimitError('pages', maxPages, { request: info });
      seenUrls.add(url);
      let envelope: Envelope;
      try {
        envelope = await getEnvelope(url, info, call, source, maxBytes - bytes);
      } catch (e) {
        // The budget left for this page ran out: the cap is the one over all pages.
        if (e instanceof LimitError && e.limit === 'bytes' && e.max === maxBytes - bytes) {
          throw new LimitError('bytes', maxBytes, {
            request: info,
            ...(e.response ? { response: e.response } : {}),
            cause: e,
          });
        }
        throw e;
      }
      pages++;
      bytes += envelope.bytes;
      // Invalid UTF-8 is one issue for the whole search, at the first page that has it.
      if (envelope.badBytes && !badBytesReported) {
        issues.push(envelope.badBytes);
        badBytesReported = true;
      }
      const page = parseResult(envelope.result, DatastoreSearchResult, info);
      if (fields.length === 0) fields = page.fields;
      if (page.total !== undefined) {
        total = page.total;
        estimated = page.total_was_estimated === true;
      }
      if (page.records.length === 0) {
        if (total !== undefined && records.length < total) {
          issues.push(
            sourceIssue(source, `${total} rekaman sesuai total DataStore; diterima ${records.length}`),
          );
        }
        break;
      }
      // A page whose records were all seen before: the portal ignores the offset (or serves one page again).
      let fresh = 0;
      let withId = 0;
      for (const r of page.records) {
        if (!Object.hasOwn(r, '_id')) continue;
        withId++;
        if (!seenIds.has(r._id)) {
          seenIds.add(r._id);
          fresh++;
        }
      }
      const print = fingerprint(page.records);
      if ((withId === page.records.length && fresh === 0) || seenPages.has(print)) {
        throw new PagingError(
          'no-new-records',
          `halaman ke-${pages} hanya berisi rekaman yang sudah diterima (portal mengabaikan offset?)`,
          pages,
          records.length,
          { request: info },
        );
      }
      seenPages.add(print);
      for (const r of page.records) records.push(r);
      if (total !== undefined && !estimated && records.length > total) {
        throw new PagingError(
          'past-total',
          `${records.length} rekaman diterima, lebih dari total ${total} yang disebut DataStore`,
          pages,
          records.length - page.records.length,
          { request: info },
        );
      }
      if (records.length >= maxRecords) {
        if (records.length > maxRecords || (total ?? 0) > maxRecords) {
          issues.push(
            sourceIssue(source, `semua ${total ?? '?'} rekaman (dibatasi maxRecords ${maxRecords})`),
          );
        }
        records.length = Math.min(records.length, maxRecords);
        break;
      }
      if (total !== undefined && !estimated ? records.length >= total : page.records.length < limit) break;
      const link = page._links?.next;
      const next = link
        ? new URL(link, `${baseUrl}/`).toString()
        : actionUrl(baseUrl, 'datastore_search', { ...params, offset: records.length });
      const nextOrigin = originOf(next);
      if (nextOrigin !== origin) throw new OriginError(origin, nextOrigin, { request: info });
      const from = offsetOf(url);
      const to = offsetOf(next);
      if (seenUrls.has(next) || (from !== null && to !== null && to <= from)) {
        throw new PagingError(
          'next-not-advancing',
          `tautan halaman berikutnya (${next}) tidak maju dari ${url}`,
          pages,
          records.length,
          { request: info },
        );
      }
      url = next;
    }
    return typed(records, fields, p.dataset, p.ctx, issues, 'ckan-datastore', {
      resourceId: p.resourceId,
      total: total ?? records.length,
      pages,
      bytes,
      fields,
    });
  }

  function typed(
    records: readonly Record<string, unknown>[],
    fields: readonly DatastoreField[],
    dataset: DatasetSpec | undefined,
    ctx: ValidationContext | undefined,
    issues: QualityIssue[],
    kind: 'ckan-datastore',
    ckan: Record<string, unknown>,
  ): LoadedTable {
    const spec: DatasetSpec = dataset ?? {
      id: `ckan:datastore:${String(ckan.resourceId ?? 'sql')}`,
      columns: datastoreColumns(fields),
    };
    const order = spec.columns?.map((c) => c.name) ?? fields.filter((f) => !INTERNAL(f.id)).map((f) => f.id);
    const raw = columnsFromRows(stripInternal(records), spec.id, order);
    const { table, report } = validateTable(
      { ...raw, sourceIssues: [...raw.sourceIssues, ...issues] },
      spec,
      ctx,
    );
    return {
      table,
      report,
      meta: { kind, dataset: spec.id, columns: table.columnNames(), inputRows: records.length, ckan },
    };
  }

  return {
    baseUrl,
    action,
    packageSearch(p = {}, call) {
      const params: Record<string, unknown> = {
        q: p.q,
        fq: p.fq,
        rows: p.rows,
        start: p.start,
        sort: p.sort,
        ...(p.facetFields && p.facetFields.length > 0
          ? { facet: 'true', 'facet.field': [...p.facetFields], 'facet.limit': p.facetLimit }
          : {}),
      };
      return action('package_search', params, CkanPackageSearchResult, call);
    },
    packageShow: (id, call) => action('package_show', { id }, CkanPackage, call),
    resourceShow: (id, call) => action('resource_show', { id }, CkanResource, call),
    datastoreSearch,
    async datastoreSearchSql(sql, t = {}, call) {
      const url = actionUrl(baseUrl, 'datastore_search_sql', { sql });
      const info: RequestInfo = { url, method: 'GET', action: 'datastore_search_sql', params: { sql } };
      const envelope = await getEnvelope(url, info, call ?? {}, t.dataset?.id ?? 'ckan:datastore:sql');
      const result = parseResult(envelope.result, DatastoreSqlResult, info);
      return typed(
        result.records,
        result.fields,
        t.dataset,
        t.ctx,
        envelope.badBytes ? [envelope.badBytes] : [],
        'ckan-datastore',
        {
          sql,
          fields: result.fields,
        },
      );
    },
  };
}

function sourceIssue(source: string, expected: string): QualityIssue {
  return { code: 'source', severity: 'warning', source, row: null, field: null, value: null, expected };
}

function tryEnvelope(text: string): CkanEnvelope | null {
  try {
    const parsed = CkanEnvelope.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

function parseResult<S extends z.ZodType>(result: unknown, schema: S, info: RequestInfo): z.infer<S> {
  const parsed = schema.safeParse(result);
  if (parsed.success) return parsed.data;
  const first = parsed.error.issues
    .slice(0, 3)
    .map((i) => `${i.path.join('.') || '(result)'}: ${i.message}`)
    .join('; ');
  throw new SchemaError(`hasil ${info.action ?? ''} yang sesuai skema (${first})`, {
    request: info,
    response: { status: 200, snippet: snippetOf(JSON.stringify(result) ?? '') },
    cause: parsed.error,
  });
}
