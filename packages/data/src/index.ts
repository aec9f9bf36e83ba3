/**
 * @satata/data — the typed data client: inline, CSV, JSON and Arrow sources and the CKAN Action API, with
 * retries, timeouts, abort, in-flight sharing and ETag revalidation, validating everything into an Arquero table
 * plus a data-quality report.
 *
 * The first import switches zod to jitless mode, before anything parses (strict Content-Security-Policy).
 * @packageDocumentation
 */
import './jitless.ts';

/**
 * zod, re-exported: define row schemas with this `z` — the instance the client parses with, already switched to
 * jitless mode.
 */
export { z } from 'zod';
export * from './ckan/client.ts';
export * from './ckan/extras.ts';
export * from './ckan/schemas.ts';
export * from './client.ts';
export * from './errors.ts';
export * from './query-keys.ts';
export * from './request/backoff.ts';
export * from './request/clock.ts';
export * from './request/requester.ts';
export * from './sources/arrow.ts';
export * from './sources/csv.ts';
export * from './sources/csv-numeric.ts';
export * from './sources/csv-parse.ts';
export * from './sources/inline.ts';
export * from './sources/json.ts';
export * from './sources/types.ts';
export * from './validate/numbers.ts';
export * from './validate/observation.ts';
export * from './validate/raw.ts';
export * from './validate/spec.ts';
export * from './validate/validate.ts';
