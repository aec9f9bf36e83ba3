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
import { createRequester, type Requester, type RequesterOptions } from './request/requester.ts';
import { loadArrow } from './sources/arrow.ts';
import { type CsvOptions, loadCsv } from './sources/csv.ts';
import { loadJson } from './sources/json.ts';
import type { LoadedTable } from './sources/types.ts';
import type { DatasetSpec, ValidationContext } from './validate/spec.ts';

/** Options of one static-file load. */
export interface LoadOptions {
  readonly signal?: AbortSignal;
  readonly timeoutMs?: number;
  readonly ctx?: ValidationContext;
}

/** The data client. */
export interface DataClient {
  readonly requester: Requester;
  csv(url: string, dataset: DatasetSpec, options?: LoadOptions & CsvOptions): Promise<LoadedTable>;
  json(url: string, dataset: DatasetSpec, options?: LoadOptions): Promise<LoadedTable>;
  arrow(url: string, dataset: DatasetSpec, options?: LoadOptions): Promise<LoadedTable>;
  /** A CKAN client for a portal, sharing this client's requester. */
  ckan(baseUrl: string): CkanClient;
}

/** Create a {@link DataClient}. */
export function createDataClient(options: RequesterOptions & { requester?: Requester } = {}): DataClient {
  const requester = options.requester ?? createRequester(options);
  const fetchBody = async (url: string, o: LoadOptions) => {
    const res = await requester.get(url, {
      ...(o.signal ? { signal: o.signal } : {}),
      ...(o.timeoutMs !== undefined ? { timeoutMs: o.timeoutMs } : {}),
    });
    return { body: res.body, provenance: { url, etag: res.etag, revalidated: res.revalidated } };
  };
  return {
    requester,
    async csv(url, dataset, o = {}) {
      const { body, provenance } = await fetchBody(url, o);
      return loadCsv(body, dataset, { ...o, provenance });
    },
    async json(url, dataset, o = {}) {
      const { body, provenance } = await fetchBody(url, o);
      return loadJson(body, dataset, { ...(o.ctx ? { ctx: o.ctx } : {}), provenance });
    },
    async arrow(url, dataset, o = {}) {
      const { body, provenance } = await fetchBody(url, o);
      return loadArrow(body, dataset, { ...(o.ctx ? { ctx: o.ctx } : {}), provenance });
    },
    ckan: (baseUrl) => createCkanClient({ baseUrl, requester }),
  };
}
