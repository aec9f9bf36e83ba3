/**
 * The data client: one requester (retries, timeout, abort, in-flight sharing, ETag) behind static files by URL
 * (CSV, JSON, Arrow IPC) and CKAN portals. Each load gives `{ table, meta, report }`.
 *
 * ```ts
 * const client = createDataClient();
 * const { table, report } = await client.csv(url, observationDataset('iku-2025', { numberFormat: 'id' }), {
 *   ctx: { regions: semarangRegionIndex, catalog: catalogScope(catalog) },
 * });
 * ```
 */
import { type CkanClient, createCkanClient } from './ckan/client.ts';
import { HtmlPageError, snippetOf } from './errors.ts';
import { bodyText, createRequester, type Requester, type RequesterOptions } from './request/requester.ts';
import { loadArrow } from './sources/arrow.ts';
import { charsetOf, isHtmlPage } from './sources/content.ts';
import { type CsvOptions, loadCsv } from './sources/csv.ts';
import { loadJson } from './sources/json.ts';
import type { LoadedTable, Provenance } from './sources/types.ts';
import type { DatasetSpec, ValidationContext } from './validate/spec.ts';

/** Options of one static-file load. */
export interface LoadOptions {
  readonly signal?: AbortSignal;
  readonly timeoutMs?: number;
  /** Lowers the requester's body cap (`maxBytes`) for this load. */
  readonly maxBytes?: number;
  readonly ctx?: ValidationContext;
  /**
   * The text encoding of a CSV or JSON file that is not UTF-8 (e.g. `windows-1252`); default: the `charset` of the
   * answer's Content-Type. Used only when the bytes are not valid UTF-8.
   */
  readonly encoding?: string;
}

/** The data client. */
export interface DataClient {
  readonly requester: Requester;
  /** A CSV file by URL; see {@link loadCsv}. */
  csv(url: string, dataset: DatasetSpec, options?: LoadOptions & CsvOptions): Promise<LoadedTable>;
  /** A JSON file by URL; see {@link loadJson}. */
  json(url: string, dataset: DatasetSpec, options?: LoadOptions): Promise<LoadedTable>;
  /** An Arrow IPC file by URL; see {@link loadArrow}. */
  arrow(url: string, dataset: DatasetSpec, options?: LoadOptions): Promise<LoadedTable>;
  /** A CKAN client for a portal, sharing this client's requester. */
  ckan(baseUrl: string): CkanClient;
}

/** Settings of a {@link DataClient}: the requester's, or a requester to share. */
export interface DataClientOptions extends RequesterOptions {
  readonly requester?: Requester;
}

/**
 * Create a {@link DataClient}. Every load by URL fails with an {@link HtmlPageError} when the server answers with
 * an HTML page (a login or error page sent with status 200) instead of the file.
 */
export function createDataClient(options: DataClientOptions = {}): DataClient {
  const requester = options.requester ?? createRequester(options);
  const fetchBody = async (url: string, o: LoadOptions) => {
    const res = await requester.get(url, {
      ...(o.signal ? { signal: o.signal } : {}),
      ...(o.timeoutMs !== undefined ? { timeoutMs: o.timeoutMs } : {}),
      ...(o.maxBytes !== undefined ? { maxBytes: o.maxBytes } : {}),
    });
    const contentType = res.headers.get('content-type');
    if (isHtmlPage(res.body, contentType)) {
      throw new HtmlPageError(contentType, {
        request: { url, method: 'GET' },
        response: { status: res.status, snippet: snippetOf(bodyText(res.body.subarray(0, 1024))) },
      });
    }
    const encoding = o.encoding ?? charsetOf(contentType);
    const provenance: Provenance = { url, etag: res.etag, revalidated: res.revalidated };
    return { body: res.body, provenance, ...(encoding ? { encoding } : {}) };
  };
  return {
    requester,
    async csv(url, dataset, o = {}) {
      const { body, provenance, encoding } = await fetchBody(url, o);
      return loadCsv(body, dataset, {
        ...(o.delimiter ? { delimiter: o.delimiter } : {}),
        ...(o.ctx ? { ctx: o.ctx } : {}),
        ...(encoding ? { encoding } : {}),
        provenance,
      });
    },
    async json(url, dataset, o = {}) {
      const { body, provenance, encoding } = await fetchBody(url, o);
      return loadJson(body, dataset, {
        ...(o.ctx ? { ctx: o.ctx } : {}),
        ...(encoding ? { encoding } : {}),
        provenance,
      });
    },
    async arrow(url, dataset, o = {}) {
      const { body, provenance } = await fetchBody(url, o);
      return loadArrow(body, dataset, { ...(o.ctx ? { ctx: o.ctx } : {}), provenance });
    },
    ckan: (baseUrl) => createCkanClient({ baseUrl, requester }),
  };
}
