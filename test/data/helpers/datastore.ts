/**
 * A CONSTRUCTED DataStore: no `datastore_search` response from an Indonesian portal was available
 * (fixtures/ckan/SOURCE.md), so this builds answers in the shape CKAN's DataStore API documents —
 * `{help, success, result: {resource_id, fields: [{id, type}], records, total, limit, offset, _links: {start, next}}}`
 * — with every value typed `text`, as one portal's preview showed. The records are illustrative (kelurahan of
 * Kecamatan Semarang Tengah with made-up counts), not published figures.
 */

/** The resource id used by the constructed DataStore. */
export const RESOURCE_ID = '5b0a3c1e-8f2d-4c7a-9e61-2d4f7a9b0c11';

/** DataStore fields: all `text`, plus the internal `_id`. */
export const FIELDS = [
  { id: '_id', type: 'int' },
  { id: 'kode_kelurahan', type: 'text' },
  { id: 'tahun', type: 'text' },
  { id: 'jumlah_penduduk', type: 'text' },
  { id: 'persen_miskin', type: 'text' },
];

/** `n` illustrative records, values as text; record `bad` (if given) has a non-numeric count. */
export function records(n: number, bad?: number): Record<string, unknown>[] {
  return Array.from({ length: n }, (_, i) => ({
    _id: i + 1,
    kode_kelurahan: `33.74.01.${String(1001 + (i % 15)).padStart(4, '0')}`,
    tahun: String(2015 + Math.floor(i / 15)),
    jumlah_penduduk: i === bad ? 'n/a' : String(4000 + ((i * 37) % 900)),
    persen_miskin: (2 + ((i * 13) % 70) / 10).toFixed(2),
  }));
}

/** One page of `datastore_search` at `offset`, with `_links.next` as CKAN writes it (a root-relative path). */
export function page(all: readonly Record<string, unknown>[], url: URL): unknown {
  return datastorePage(all, url, { resourceId: RESOURCE_ID, fields: FIELDS });
}

/**
 * One page of `datastore_search` of any resource: `limit` (CKAN's default 100) records from `offset`, the
 * `total`, and `_links` (`start`, `next`) as CKAN writes them.
 */
export function datastorePage(
  all: readonly Record<string, unknown>[],
  url: URL,
  resource: { readonly resourceId: string; readonly fields: readonly { id: string; type: string }[] },
): unknown {
  const limit = Number(url.searchParams.get('limit') ?? 100);
  const offset = Number(url.searchParams.get('offset') ?? 0);
  const next = new URLSearchParams(url.searchParams);
  next.set('offset', String(offset + limit));
  return {
    help: `${url.origin}/api/3/action/help_show?name=datastore_search`,
    success: true,
    result: {
      resource_id: resource.resourceId,
      fields: resource.fields,
      records: all.slice(offset, offset + limit),
      total: all.length,
      limit,
      offset,
      _links: {
        start: `/api/3/action/datastore_search?${url.searchParams}`,
        next: `/api/3/action/datastore_search?${next}`,
      },
    },
  };
}
