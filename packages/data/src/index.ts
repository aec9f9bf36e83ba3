/**
 * @satata/data — the typed data client: inline, CSV, JSON and Arrow sources and the CKAN Action API, with
 * retries, timeouts, abort, in-flight sharing and ETag revalidation, validating everything into an Arquero table
 * plus a data-quality report.
 *
 * The first import switches zod to jitless mode, before anything parses (strict Content-Security-Policy).
 *
 * This list is the package's whole public surface, chosen and documented; everything else (the CSV reader, the
 * coercers, the text decoding, the backoff arithmetic) is internal and may change. Groups:
 * sources, the HTTP client and its requester, CKAN, dataset specs and validation, errors, query keys.
 * @packageDocumentation
 */
import './jitless.ts';

/**
 * zod, re-exported: define row schemas with this `z` — the instance the client parses with, already switched to
 * jitless mode.
 */
export { z } from 'zod';
// CKAN.
export {
  type CallOptions,
  type CkanClient,
  type CkanClientOptions,
  createCkanClient,
  type DatastoreSearchParams,
  DEFAULT_DATASTORE_MAX_BYTES,
  DEFAULT_MAX_PAGES,
  DEFAULT_MAX_RECORDS,
  type PackageSearchParams,
} from './ckan/client.ts';
export { type ExtrasOptions, extrasToObservations, periodOfExtraKey } from './ckan/extras.ts';
export {
  CkanExtra,
  CkanOrganization,
  CkanPackage,
  CkanPackageSearchResult,
  CkanResource,
  DatastoreField,
} from './ckan/schemas.ts';
// The client over HTTP, and the requester under it.
export { createDataClient, type DataClient, type DataClientOptions, type LoadOptions } from './client.ts';
// Errors: switch on `kind`, or test the class.
export {
  AbortError,
  CkanError,
  DataError,
  type DataErrorKind,
  type DataErrorOptions,
  HtmlPageError,
  HttpError,
  isDataError,
  LimitError,
  type LimitKind,
  NetworkError,
  OriginError,
  PagingError,
  type PagingProblem,
  type RequestInfo,
  type ResponseInfo,
  SchemaError,
  TimeoutError,
} from './errors.ts';
// Query keys for TanStack Query.
export {
  ckanQueryKey,
  type StableObject,
  type StableValue,
  sourceQueryKey,
  stableKey,
  stableParams,
} from './query-keys.ts';
export { type BackoffOptions, DEFAULT_BACKOFF } from './request/backoff.ts';
export { type Clock, systemClock } from './request/clock.ts';
export {
  createRequester,
  DEFAULT_ETAG_MAX_BYTES,
  DEFAULT_MAX_BYTES,
  DEFAULT_MAX_REDIRECTS,
  type FetchLike,
  type HttpResult,
  type Requester,
  type RequesterOptions,
  type RequestOptions,
} from './request/requester.ts';
// Sources: rows, CSV, JSON and Arrow IPC, each validated into { table, meta, report }.
export { loadArrow } from './sources/arrow.ts';
export { type CsvOptions, loadCsv } from './sources/csv.ts';
export { loadInline } from './sources/inline.ts';
export { type JsonOptions, loadJson } from './sources/json.ts';
export type { LoadedTable, Provenance, SourceKind, SourceMeta } from './sources/types.ts';
export {
  type NumberReadings,
  type NumberTextKind,
  parseNumberText,
  readNumberText,
} from './validate/numbers.ts';
export { OBSERVATION_COLUMNS, observationDataset } from './validate/observation.ts';
// Dataset specs, validation contexts, numbers.
export {
  type CatalogScope,
  type ColumnDatasetSpec,
  type ColumnSpec,
  type ColumnType,
  catalogScope,
  columnsFromFields,
  type DatasetSpec,
  type DuplicateCompare,
  type DuplicatePolicy,
  type NumberFormat,
  type RegionIndex,
  type RowSchemaDatasetSpec,
  type ValidationContext,
} from './validate/spec.ts';
