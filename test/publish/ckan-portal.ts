/**
 * A CKAN-compatible portal on 127.0.0.1 for the publish tests, on the data tests' server (test/data/helpers):
 *
 * - the recorded Satu Data responses (test/data/fixtures/ckan, see its SOURCE.md: `organization_list`,
 *   `package_search`, `package_show`, `resource_show`) replayed verbatim;
 * - the bundled Semarang sample (packages/semarang/data/sample-observations.json) served as a DataStore resource,
 *   paged by `datastore_search` (`limit`, `offset`, `total`, `_links.next`), every value typed `text` and numbers
 *   written the Indonesian way (`1.234,5`), as one portal's preview showed; its `resource_show` is the recorded
 *   one with the id, name, URL and `last_modified` of this resource;
 * - validators on every 200 answer (`ETag`, and `Last-Modified` of the resource), answered with `304 Not Modified`
 *   to `If-None-Match` (or, without it, to `If-Modified-Since`), as a portal behind a caching proxy does;
 * - faults injected per resource, so a test can break one source and see the build name it.
 *
 * Every request is recorded with what was answered (status, body bytes), so tests can count downloads.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { join } from 'node:path';
import { datastorePage } from '../data/helpers/datastore.ts';
import { type Seen, startServer } from '../data/helpers/server.ts';
import { SAMPLE_DATA } from './support.ts';

const FIXTURES = join(import.meta.dirname, '..', 'data', 'fixtures', 'ckan');

/** A recorded response of the Satu Data portal, as text. */
export const recorded = (action: string): string => readFileSync(join(FIXTURES, `${action}.json`), 'utf8');

/** The resource id of the recorded `resource_show`. */
export const RECORDED_RESOURCE = 'f7d8f520-11f6-4e97-b86d-3e371002e476';

/** A fault a resource's answers can be given. */
export type Fault =
  /** No answer at all (the client's timeout ends it). */
  | { readonly kind: 'timeout' }
  /** An HTTP status (5xx, 429 …) with an error page; `retryAfter` sets `Retry-After`. */
  | { readonly kind: 'status'; readonly status: number; readonly retryAfter?: string }
  /** Status 200, `application/json`, a body cut in the middle. */
  | { readonly kind: 'malformed-json' }
  /** CKAN's failure envelope `{success: false, error: {__type, message}}` with `status` (default 200). */
  | { readonly kind: 'success-false'; readonly status?: number }
  /** A portal's login page, `text/html`, status 200. */
  | { readonly kind: 'html-login' }
  /** A valid envelope whose result breaks DataStore's schema: `total` written as text. */
  | { readonly kind: 'schema' };

/** Where a fault applies: a resource's action (default `datastore_search`), at one offset, `times` times. */
export interface FaultRule {
  readonly resource: string;
  readonly fault: Fault;
  readonly action?: 'resource_show' | 'datastore_search';
  /** Only the page at this offset (default every page). */
  readonly offset?: number;
  /** How many answers get the fault before the resource answers normally again (default every one). */
  times?: number;
}

/** What the portal answered to one request. */
export interface Answer {
  readonly action: string;
  readonly status: number;
  /** Bytes of the body sent (0 for a 304 or no answer). */
  readonly bytes: number;
}

/** A DataStore resource the portal serves. */
export interface DatastoreResource {
  readonly id: string;
  readonly name: string;
  readonly fields: readonly { id: string; type: string }[];
  readonly records: readonly Record<string, unknown>[];
  /** CKAN's `last_modified` (UTC, no zone, as CKAN writes it). */
  readonly lastModified: string;
}

/** A running portal. */
export interface CkanPortal {
  readonly origin: string;
  /** Every request received. */
  readonly seen: Seen[];
  /** What was answered, in the order the answers were given. */
  readonly answers: Answer[];
  /** Break `rule.resource`'s answers (until {@link clearFaults}). */
  inject(rule: FaultRule): void;
  clearFaults(): void;
  close(): Promise<void>;
}

/** A number as Indonesian text: `.` groups thousands, `,` is the decimal mark (`1.653.524`, `83,19`). */
export function idNumber(n: number): string {
  const text = String(n);
  if (/e/i.test(text)) throw new RangeError(`${text}: not written without an exponent`);
  const [int = '', frac] = text.replace('-', '').split('.');
  const grouped = int.replace(/\B(?=(\d{3})+$)/g, '.');
  return `${n < 0 ? '-' : ''}${grouped}${frac ? `,${frac}` : ''}`;
}

/** The DataStore text of a sample value: numbers the Indonesian way, booleans as words, absent as null. */
const asText = (v: unknown): string | null =>
  v === null || v === undefined ? null : typeof v === 'number' ? idNumber(v) : String(v);

/** The sample's own field names, in the order the DataStore lists them (indikator/wilayah renamed). */
const SAMPLE_FIELDS: readonly [string, string][] = [
  ['indikator', 'kode_iku'],
  ['wilayah', 'kode_wilayah'],
  ['periode', 'periode'],
  ['nilai', 'nilai'],
  ['numerator', 'numerator'],
  ['denominator', 'denominator'],
  ['status', 'status'],
  ['sumber', 'sumber'],
  ['diperbarui', 'diperbarui'],
  ['seri', 'seri'],
  ['catatan', 'catatan'],
  ['ilustratif', 'ilustratif'],
];

/**
 * The Semarang sample as a DataStore resource with id `id`: the columns of docs/examples/satata.ckan.config.json
 * (`kode_iku`, `kode_wilayah`, `periode`, `nilai`) and the other observation fields by their own names, all text.
 */
export function sampleResource(id: string, lastModified: string): DatastoreResource {
  const rows = (
    JSON.parse(readFileSync(join(SAMPLE_DATA, 'sample-observations.json'), 'utf8')) as {
      observasi: Record<string, unknown>[];
    }
  ).observasi;
  return {
    id,
    name: 'iku-kota-semarang',
    fields: [
      { id: '_id', type: 'int' },
      ...SAMPLE_FIELDS.map(([, column]) => ({ id: column, type: 'text' })),
    ],
    records: rows.map((row, i) => {
      const record: Record<string, unknown> = { _id: i + 1 };
      for (const [field, column] of SAMPLE_FIELDS) record[column] = asText(row[field]);
      return record;
    }),
    lastModified,
  };
}

const HTML_LOGIN = `<!DOCTYPE html>
<html lang="id"><head><meta charset="utf-8"><title>Masuk - Satu Data</title></head>
<body><form action="/user/login" method="post"><label>Nama pengguna <input name="login"></label>
<label>Kata sandi <input name="password" type="password"></label><button>Masuk</button></form></body></html>
`;

const errorPage = (status: number) =>
  `<html><head><title>${status}</title></head><body><center><h1>${status}</h1></center><hr><center>nginx</center></body></html>\n`;

/** An HTTP date of CKAN's zone-less UTC timestamp. */
const httpDate = (ckanTime: string) => new Date(`${ckanTime.replace(/Z?$/, 'Z')}`).toUTCString();

/** Start a portal serving `resources` beside the recorded responses. */
export async function startCkanPortal(resources: readonly DatastoreResource[]): Promise<CkanPortal> {
  const byId = new Map(resources.map((r) => [r.id, r] as const));
  const rules: FaultRule[] = [];
  const answers: Answer[] = [];
  const recordedShow = JSON.parse(recorded('resource_show')) as {
    help: string;
    success: true;
    result: Record<string, unknown>;
  };

  /** Send a 200 body with validators, or a 304 when the client's validators match. */
  const answer = (
    res: ServerResponse,
    action: string,
    headers: Record<string, string | string[] | undefined>,
    body: string,
    lastModified: string | null,
  ) => {
    const etag = `"${createHash('sha256').update(body).digest('hex').slice(0, 20)}"`;
    const validators: Record<string, string> = { etag };
    if (lastModified) validators['last-modified'] = lastModified;
    const inm = headers['if-none-match'];
    const ims = headers['if-modified-since'];
    const fresh =
      typeof inm === 'string'
        ? inm.split(',').some((t) => t.trim() === etag)
        : typeof ims === 'string' && lastModified !== null && Date.parse(ims) >= Date.parse(lastModified);
    if (fresh) {
      res.writeHead(304, validators);
      res.end();
      answers.push({ action, status: 304, bytes: 0 });
      return;
    }
    res.writeHead(200, { 'content-type': 'application/json;charset=utf-8', ...validators });
    res.end(body);
    answers.push({ action, status: 200, bytes: Buffer.byteLength(body) });
  };

  /** Answer with `fault`; the normal body is what a healthy answer would have held. */
  const broken = (res: ServerResponse, action: string, fault: Fault, normal: string) => {
    const send = (status: number, type: string, body: string, extra: Record<string, string> = {}) => {
      res.writeHead(status, { 'content-type': type, ...extra });
      res.end(body);
      answers.push({ action, status, bytes: Buffer.byteLength(body) });
    };
    switch (fault.kind) {
      case 'timeout':
        answers.push({ action, status: 0, bytes: 0 });
        return; // never answered; closing the server ends the connection
      case 'status':
        return send(
          fault.status,
          'text/html',
          errorPage(fault.status),
          fault.retryAfter === undefined ? {} : { 'retry-after': fault.retryAfter },
        );
      case 'malformed-json':
        return send(200, 'application/json;charset=utf-8', normal.slice(0, Math.floor(normal.length / 2)));
      case 'success-false':
        return send(
          fault.status ?? 200,
          'application/json;charset=utf-8',
          JSON.stringify({
            help: 'http://127.0.0.1/api/3/action/help_show?name=datastore_search',
            success: false,
            error: { __type: 'Authorization Error', message: 'Access denied: resource is private' },
          }),
        );
      case 'html-login':
        return send(200, 'text/html; charset=utf-8', HTML_LOGIN);
      case 'schema': {
        const body = JSON.parse(normal) as { result: { total: unknown } };
        body.result.total = String(body.result.total);
        return send(200, 'application/json;charset=utf-8', JSON.stringify(body));
      }
    }
  };

  const server = await startServer((req, res, url) => {
    // No keep-alive: the build blocks the event loop this server shares for seconds at a time, and a client
    // reusing a socket whose idle timeout fired meanwhile would see a reset no real portal would cause.
    res.setHeader('connection', 'close');
    const action = url.pathname.replace(/^\/api\/3\/action\//, '');
    const id = url.searchParams.get(action === 'datastore_search' ? 'resource_id' : 'id') ?? '';
    const resource = byId.get(id);
    let normal: string | null = null;
    let lastModified: string | null = null;
    if (action === 'resource_show' && resource) {
      normal = JSON.stringify({
        ...recordedShow,
        result: {
          ...recordedShow.result,
          id: resource.id,
          name: resource.name,
          format: 'CSV',
          datastore_active: true,
          last_modified: resource.lastModified,
          metadata_modified: resource.lastModified,
          url: `http://${req.headers.host}/datastore/dump/${resource.id}`,
        },
      });
    } else if (action === 'datastore_search' && resource) {
      normal = JSON.stringify(
        datastorePage(resource.records, url, { resourceId: id, fields: resource.fields }),
      );
      lastModified = httpDate(resource.lastModified);
    } else if (action === 'resource_show' && id === RECORDED_RESOURCE) {
      normal = recorded('resource_show');
    } else if (['organization_list', 'package_search', 'package_show'].includes(action)) {
      normal = recorded(action);
    }
    const offset = Number(url.searchParams.get('offset') ?? 0);
    const rule = rules.find(
      (r) =>
        r.resource === id &&
        (r.action ?? 'datastore_search') === action &&
        (r.offset === undefined || r.offset === offset) &&
        (r.times === undefined || r.times > 0),
    );
    if (rule) {
      if (rule.times !== undefined) rule.times--;
      return broken(res, action, rule.fault, normal ?? '{}');
    }
    if (normal === null) {
      // CKAN's answer to an unknown resource or action.
      const body = JSON.stringify({
        help: `http://127.0.0.1/api/3/action/help_show?name=${action}`,
        success: false,
        error: { __type: 'Not Found Error', message: 'Not found: Resource was not found.' },
      });
      res.writeHead(404, { 'content-type': 'application/json;charset=utf-8' });
      res.end(body);
      answers.push({ action, status: 404, bytes: Buffer.byteLength(body) });
      return;
    }
    answer(res, action, req.headers, normal, lastModified);
  });
  return {
    origin: server.origin,
    seen: server.seen,
    answers,
    inject: (rule) => rules.push({ ...rule }),
    clearFaults: () => {
      rules.length = 0;
    },
    close: () => server.close(),
  };
}
