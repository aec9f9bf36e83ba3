/**
 * A client of the CKAN Action API (v3), as run by Indonesian Satu Data portals: `package_search`,
 * `package_show`, `resource_show`, `datastore_search` (every page) and `datastore_search_sql`. Reads use GET,
 * so ETag revalidation and in-flight sharing apply. `success: false` becomes a {@link CkanError} carrying CKAN's
 * message, also when it comes with an HTTP error status (CKAN answers 404/409/403 that way).
 */
import type { QualityIssue } from '@satata/core';
import type { z } from 'zod';
import { CkanError, HttpError, type RequestInfo, SchemaError, snippetOf } from '../errors.ts';
import { bodyText, createRequester, type Requester, type RequesterOptions } from '../request/requester.ts';
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

/** Settings of a {@link CkanClient}. */
export interface CkanClientOptions extends RequesterOptions {
  /** The portal's root, e.g. `https://satudata.semarangkota.go.id` (the client adds `/api/3/action/…`). */
  readonly baseUrl: string;
  /** Share a requester (and its in-flight map and ETag bodies) with other clients. */
  readonly requester?: Requester;
}

/** Per-call options. */
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
  /** Stop after this many records (a quality warning says so). Default: no cap. */
  readonly maxRecords?: number;
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
  /** Every record of a DataStore resource (following `_links.next` until `total`), typed by the dataset spec. */
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

/** Create a CKAN client. */
export function createCkanClient(options: CkanClientOptions): CkanClient {
  const baseUrl = options.baseUrl.replace(/\/+$/, '');
  const requester =
    options.requester ?? createRequester({ headers: { accept: 'application/json' }, ...options });

  async function getEnvelope(url: string, info: RequestInfo, call: CallOptions): Promise<unknown> {
    let text: string;
    try {
      const res = await requester.get(url, {
        ...call,
        describe: {
          ...(info.action ? { action: info.action } : {}),
          ...(info.params ? { params: info.params } : {}),
        },
      });
      text = bodyText(res.body);
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
      json = JSON.parse(text);
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
    return envelope.data.result;
  }

  async function action<S extends z.ZodType>(
    name: string,
    params: Readonly<Record<string, unknown>>,
    schema: S,
    call: CallOptions = {},
  ): Promise<z.infer<S>> {
    const url = actionUrl(baseUrl, name, params);
    const info: RequestInfo = { url, method: 'GET', action: name, params };
    return parseResult(await getEnvelope(url, info, call), schema, info);
  }

  async function datastoreSearch(p: DatastoreSearchParams, call: CallOptions = {}): Promise<LoadedTable> {
    const limit = p.limit ?? 1000;
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
    let pages = 0;
    const issues: QualityIssue[] = [];
    const source = p.dataset?.id ?? `ckan:datastore:${p.resourceId}`;
    const seen = new Set<string>();
    for (;;) {
      seen.add(url);
      const info: RequestInfo = {
        url,
        method: 'GET',
        action: 'datastore_search',
        params: { ...params, offset: records.length },
      };
      const page = parseResult(await getEnvelope(url, info, call), DatastoreSearchResult, info);
      pages++;
      if (fields.length === 0) fields = page.fields;
      total = page.total ?? total;
      records.push(...page.records);
      if (p.maxRecords !== undefined && records.length >= p.maxRecords) {
        if (records.length > p.maxRecords || (total ?? 0) > p.maxRecords) {
          issues.push(
            sourceIssue(source, `semua ${total ?? '?'} rekaman (dibatasi maxRecords ${p.maxRecords})`),
          );
        }
        records.length = Math.min(records.length, p.maxRecords);
        break;
      }
      if (page.records.length === 0) {
        if (total !== undefined && records.length < total) {
          issues.push(
            sourceIssue(source, `${total} rekaman sesuai total DataStore; diterima ${records.length}`),
          );
        }
        break;
      }
      if (total !== undefined ? records.length >= total : page.records.length < limit) break;
      const next = page._links?.next ? new URL(page._links.next, `${baseUrl}/`).toString() : undefined;
      url =
        next && !seen.has(next)
          ? next
          : actionUrl(baseUrl, 'datastore_search', { ...params, offset: records.length });
      if (seen.has(url)) {
        issues.push(
          sourceIssue(source, `halaman berikutnya setelah ${records.length} rekaman (tautan berulang)`),
        );
        break;
      }
    }
    return typed(records, fields, p.dataset, p.ctx, issues, 'ckan-datastore', {
      resourceId: p.resourceId,
      total: total ?? records.length,
      pages,
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
      const result = await action('datastore_search_sql', { sql }, DatastoreSqlResult, call);
      return typed(result.records, result.fields, t.dataset, t.ctx, [], 'ckan-datastore', {
        sql,
        fields: result.fields,
      });
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
