/**
 * Stable keys for TanStack Query (and for the client's own in-flight sharing).
 *
 * The client keeps no cache of its own: TanStack Query is the cache. Use these helpers as `queryKey` so the
 * same request always gets the same key, whatever order its parameters were written in:
 *
 * ```ts
 * useQuery({
 *   queryKey: ckanQueryKey(baseUrl, 'package_show', { id }),
 *   queryFn: ({ signal }) => ckan.packageShow(id, { signal }),
 * });
 * ```
 *
 * Keys are plain JSON arrays: `['satata', 'ckan', baseUrl, action, params]` and
 * `['satata', 'source', kind, url, datasetId]`. Parameters are normalised by {@link stableParams}.
 */

/** A JSON-compatible value after {@link stableParams}. */
export type StableValue = string | number | boolean | null | readonly StableValue[] | StableObject;
/** A JSON-compatible object with sorted keys. */
export interface StableObject {
  readonly [key: string]: StableValue;
}

/**
 * Normalise parameters for a key: object keys sorted (recursively), `undefined` entries dropped, array order
 * kept (it can matter, e.g. a sort list), `Date` as ISO text. Two parameter objects that mean the same request
 * give deep-equal (and equally serialised) results.
 */
export function stableParams(value: unknown): StableValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : String(value);
  if (typeof value === 'bigint') return value.toString();
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map((v) => stableParams(v));
  if (typeof value === 'object') {
    const out: Record<string, StableValue> = {};
    for (const key of Object.keys(value).sort()) {
      const v = (value as Record<string, unknown>)[key];
      // defineProperty, not assignment: a parameter called `__proto__` is a key like any other.
      if (v !== undefined) {
        Object.defineProperty(out, key, {
          value: stableParams(v),
          enumerable: true,
          writable: true,
          configurable: true,
        });
      }
    }
    return out;
  }
  return String(value);
}

/** The serialised form of {@link stableParams}, usable as a map key. */
export function stableKey(value: unknown): string {
  return JSON.stringify(stableParams(value));
}

/** Query key of a CKAN Action API call. */
export function ckanQueryKey(
  baseUrl: string,
  action: string,
  params: Readonly<Record<string, unknown>> = {},
): readonly ['satata', 'ckan', string, string, StableValue] {
  return ['satata', 'ckan', baseUrl.replace(/\/+$/, ''), action, stableParams(params)];
}

/** Query key of a static source (CSV, JSON, Arrow) loaded from `url` and validated as dataset `datasetId`. */
export function sourceQueryKey(
  kind: 'csv' | 'json' | 'arrow',
  url: string,
  datasetId: string,
  options: Readonly<Record<string, unknown>> = {},
): readonly ['satata', 'source', string, string, string, StableValue] {
  return ['satata', 'source', kind, url, datasetId, stableParams(options)];
}
