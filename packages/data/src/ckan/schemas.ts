/**
 * Zod schemas of the CKAN Action API (v3) answers the client reads. Loose objects: portals add fields (Satu Data
 * portals do), and those pass through untouched.
 */
import { z } from 'zod';

/** The envelope of every CKAN answer. */
export const CkanEnvelope = z.looseObject({
  help: z.string().optional(),
  success: z.boolean(),
  result: z.unknown().optional(),
  error: z.record(z.string(), z.unknown()).optional(),
});
/** The envelope of every CKAN answer. */
export type CkanEnvelope = z.infer<typeof CkanEnvelope>;

/** One `extras` entry: CKAN keeps free key/value pairs here; Satu Data portals put yearly values in them. */
export const CkanExtra = z.looseObject({ key: z.string(), value: z.unknown() });
/** One `extras` entry. */
export type CkanExtra = z.infer<typeof CkanExtra>;

/** A resource (a file or a DataStore table) of a dataset. */
export const CkanResource = z.looseObject({
  id: z.string(),
  package_id: z.string().optional(),
  name: z.string().nullable().optional(),
  description: z.string().nullable().optional(),
  url: z.string().nullable().optional(),
  format: z.string().nullable().optional(),
  mimetype: z.string().nullable().optional(),
  size: z.number().nullable().optional(),
  created: z.string().nullable().optional(),
  last_modified: z.string().nullable().optional(),
  metadata_modified: z.string().nullable().optional(),
  datastore_active: z.boolean().optional(),
});
/** A resource. */
export type CkanResource = z.infer<typeof CkanResource>;

/** The organisation (for Satu Data: the producing OPD) that owns a dataset. */
export const CkanOrganization = z.looseObject({
  id: z.string(),
  name: z.string(),
  title: z.string().optional(),
  description: z.string().nullable().optional(),
});
/** An organisation. */
export type CkanOrganization = z.infer<typeof CkanOrganization>;

/** A dataset (CKAN "package"). */
export const CkanPackage = z.looseObject({
  id: z.string(),
  name: z.string(),
  title: z.string().optional(),
  notes: z.string().nullable().optional(),
  license_id: z.string().nullable().optional(),
  license_title: z.string().nullable().optional(),
  metadata_created: z.string().optional(),
  metadata_modified: z.string().optional(),
  organization: CkanOrganization.nullable().optional(),
  extras: z.array(CkanExtra).default([]),
  resources: z.array(CkanResource).default([]),
  tags: z.array(z.looseObject({ name: z.string() })).default([]),
});
/** A dataset. */
export type CkanPackage = z.infer<typeof CkanPackage>;

/** One facet count. */
export const CkanFacetItem = z.looseObject({
  name: z.string(),
  display_name: z.string().optional(),
  count: z.number(),
});

/** The result of `package_search`. */
export const CkanPackageSearchResult = z.looseObject({
  count: z.number().int().nonnegative(),
  results: z.array(CkanPackage),
  sort: z.string().optional(),
  facets: z.record(z.string(), z.record(z.string(), z.number())).default({}),
  search_facets: z
    .record(
      z.string(),
      z.looseObject({ title: z.string().optional(), items: z.array(CkanFacetItem).default([]) }),
    )
    .default({}),
});
/** The result of `package_search`. */
export type CkanPackageSearchResult = z.infer<typeof CkanPackageSearchResult>;

/**
 * One DataStore record, kept exactly as received: a record schema would rebuild the object and lose a field
 * called `__proto__` without a word; this keeps every field for validation to keep or report.
 */
export const DatastoreRecord = z.custom<Record<string, unknown>>(
  (v) => v !== null && typeof v === 'object' && !Array.isArray(v),
  { message: 'rekaman berupa objek {kolom: nilai}' },
);

/** A DataStore field: its name and PostgreSQL type (`text`, `int`, `numeric`, `timestamp` …). */
export const DatastoreField = z.looseObject({ id: z.string(), type: z.string() });
/** A DataStore field. */
export type DatastoreField = z.infer<typeof DatastoreField>;

/** One page of `datastore_search`. */
export const DatastoreSearchResult = z.looseObject({
  resource_id: z.string().optional(),
  fields: z.array(DatastoreField).default([]),
  records: z.array(DatastoreRecord),
  total: z.number().int().nonnegative().optional(),
  total_was_estimated: z.boolean().optional(),
  limit: z.number().int().optional(),
  offset: z.number().int().optional(),
  _links: z.looseObject({ start: z.string().optional(), next: z.string().optional() }).optional(),
});
/** One page of `datastore_search`. */
export type DatastoreSearchResult = z.infer<typeof DatastoreSearchResult>;

/** The result of `datastore_search_sql`. */
export const DatastoreSqlResult = z.looseObject({
  sql: z.string().optional(),
  fields: z.array(DatastoreField).default([]),
  records: z.array(DatastoreRecord),
});
/** The result of `datastore_search_sql`. */
export type DatastoreSqlResult = z.infer<typeof DatastoreSqlResult>;
