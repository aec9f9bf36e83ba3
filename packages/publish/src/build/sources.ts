/**
 * Read every source of a config through `@satata/data` — local files, files by URL, CKAN resource files and CKAN
 * DataStore resources (paged) — validate them into observations with a quality report, and record each source's
 * provenance (where, when its content was fetched, validators, rows, content hash). Any failure is a
 * {@link SourceError} naming the source and the reason; nothing is written before every source has loaded.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import {
  type Catalog,
  type DataQualityReport,
  type Observation,
  parseCatalog,
  type QualityIssue,
} from '@satata/core';
import {
  type CkanResource,
  type Clock,
  type ColumnDatasetSpec,
  catalogScope,
  createDataClient,
  type DataClient,
  isDataError,
  type LoadedTable,
  loadArrow,
  loadCsv,
  loadJson,
  OBSERVATION_COLUMNS,
  observationDataset,
} from '@satata/data';
import * as aq from 'arquero';
import type { LoadedConfig } from '../config/load.ts';
import { OBSERVATION_FIELDS, type SourceConfig } from '../config/schema.ts';
import { type DiskCache, type FetchRecord, sha256 } from '../fetch/disk-cache.ts';
import type { RegionPack } from './region.ts';

/** Column names that hold personal data: a table with one of them is micro-data and is never published. */
export const PERSONAL_FIELDS: readonly string[] = [
  'nik',
  'no_kk',
  'nomor_kk',
  'nama',
  'nama_lengkap',
  'nama_kepala',
  'nama_kepala_keluarga',
  'nama_krt',
  'alamat',
  'rt',
  'rw',
  'tanggal_lahir',
  'tgl_lahir',
  'tempat_lahir',
  'jenis_kelamin',
  'no_hp',
  'telepon',
  'email',
  'id_rt',
  'id_art',
  'id_keluarga',
  'id_individu',
  'idbdt',
  'id_dtks',
];

/** A source that failed: its id and the reason, in words. */
export class SourceError extends Error {
  readonly source: string;
  readonly reason: string;
  constructor(source: string, reason: string, options: { cause?: unknown } = {}) {
    super(`Sumber "${source}" gagal: ${reason}`, options);
    this.name = 'SourceError';
    this.source = source;
    this.reason = reason;
  }
}

/** Where a source's data came from and when: one entry per source (and one for the catalog). */
export interface SourceProvenance {
  readonly id: string;
  readonly kind: string;
  /** URL, or the path relative to the config. */
  readonly location: string;
  /** When the current content was fetched (ISO): the first download of these bytes. */
  readonly fetchedAt: string;
  /** When the source says it was last modified (its `Last-Modified`, or CKAN's `last_modified`), if it says. */
  readonly lastModified: string | null;
  readonly etag: string | null;
  /** Requests made this build: bodies downloaded, answers revalidated (304). */
  readonly requests: { readonly downloaded: number; readonly revalidated: number };
  readonly rows: { readonly input: number; readonly accepted: number; readonly rejected: number };
  /** SHA-256 of the content (for a paged DataStore, of every page's hash in order). */
  readonly sha256: string;
}

/** Everything the sources gave. */
export interface LoadedSources {
  readonly catalog: Catalog;
  /** Observations by source id, in config order (accepted rows only, mapped to core's fields). */
  readonly observations: ReadonlyMap<string, readonly Observation[]>;
  readonly reports: readonly DataQualityReport[];
  readonly provenance: readonly SourceProvenance[];
}

/** A source's reason in words, from a data-client error or anything thrown. */
export function reasonOf(e: unknown): string {
  if (isDataError(e)) {
    const status = e.response?.status ? ` (HTTP ${e.response.status})` : '';
    return `${e.kind}${status}: ${e.message}`;
  }
  return e instanceof Error ? e.message : String(e);
}

/** The observation spec with its columns renamed to the source's (`columns` mapping). */
export function mappedSpec(source: SourceConfig): { spec: ColumnDatasetSpec; back: Map<string, string> } {
  const map = source.columns ?? {};
  const name = (f: string) => map[f as keyof typeof map] ?? f;
  const base = observationDataset(source.id, {
    ...(source.numberFormat ? { numberFormat: source.numberFormat } : {}),
    ...(source.nullValues ? { nullValues: source.nullValues } : {}),
  });
  const back = new Map<string, string>();
  for (const f of OBSERVATION_FIELDS) back.set(name(f), f);
  const spec: ColumnDatasetSpec = {
    ...base,
    columns: OBSERVATION_COLUMNS.map((c) => ({ ...c, name: name(c.name) })),
    key: (base.key ?? []).map(name),
    indicatorField: name('indikator'),
    periodField: name('periode'),
    requiredTogether: [[name('numerator'), name('denominator')]],
    duplicates: {
      compare: (base.duplicates?.compare ?? []).map((c) =>
        typeof c === 'string' ? name(c) : { ...c, field: name(c.field) },
      ),
      anyTrue: (base.duplicates?.anyTrue ?? []).map(name),
    },
  };
  return { spec, back };
}

/** Accepted rows of a loaded table as core observations (mapped names back, nulls of absent fields left out). */
function toObservations(loaded: LoadedTable, back: Map<string, string>, updated: string): Observation[] {
  const rows = loaded.table.objects() as Record<string, unknown>[];
  return rows.map((row) => {
    const o: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(row)) {
      const field = back.get(k);
      if (!field || v === null || v === undefined) continue;
      o[field] = v instanceof Date ? v.toISOString().slice(0, 10) : v;
    }
    // Each card says when its data was last updated: a row without its own date takes its source's.
    if (o.diperbarui === undefined) o.diperbarui = updated;
    return o as Observation;
  });
}

/**
 * The calendar date (Asia/Jakarta) of an ISO time or an HTTP date. A date-time without a zone designator is UTC —
 * CKAN writes `last_modified` that way — never the machine's local time.
 */
export function jakartaDate(time: string): string {
  const zoneless = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?$/.test(time.trim());
  const d = new Date(zoneless ? `${time.trim()}Z` : time);
  if (Number.isNaN(d.getTime())) return time.slice(0, 10);
  return new Date(d.getTime() + 7 * 3_600_000).toISOString().slice(0, 10);
}

/** Options of {@link loadSources}. */
export interface LoadSourcesOptions {
  readonly cache: DiskCache;
  readonly region: RegionPack;
  readonly now: () => Date;
  /** A data client (default: one over the cache's fetch, with the config's timeout and retries). */
  readonly client?: DataClient;
  /** The request layer's clock (waits between retries, timeouts) for the default client; default the real one. */
  readonly clock?: Clock;
  /** The request layer's jitter for the default client (uniform in [0, 1)); default `Math.random`. */
  readonly random?: () => number;
}

interface Fetched {
  readonly bytes: Uint8Array;
  readonly location: string;
  readonly records: readonly FetchRecord[];
  readonly fetchedAt: string;
  readonly lastModified: string | null;
  readonly etag: string | null;
  readonly contentType: string | null;
}

/**
 * Load the catalog and every observation source of `loaded`, in config order. Throws a {@link SourceError} at the
 * first source that fails (the build then writes nothing).
 */
export async function loadSources(loaded: LoadedConfig, options: LoadSourcesOptions): Promise<LoadedSources> {
  const { config } = loaded;
  const { cache, region, now } = options;
  const client =
    options.client ??
    createDataClient({
      fetch: cache.fetch,
      etag: false,
      timeoutMs: config.fetch.timeoutMs,
      retries: config.fetch.retries,
      ...(options.clock ? { clock: options.clock } : {}),
      ...(options.random ? { random: options.random } : {}),
    });
  const filesDir = join(loaded.cache, 'files');
  mkdirSync(filesDir, { recursive: true });
  const provenance: SourceProvenance[] = [];

  /** A local file: its bytes, and the time these bytes were first read (kept in the cache folder). */
  const readLocal = (path: string): Fetched => {
    const abs = resolve(loaded.dir, path);
    if (!existsSync(abs)) throw new Error(`berkas ${relative(process.cwd(), abs) || abs} tidak ada`);
    const bytes = new Uint8Array(readFileSync(abs));
    const hash = sha256(bytes);
    const seenFile = join(filesDir, `${sha256(abs).slice(0, 40)}.json`);
    let fetchedAt = now().toISOString();
    if (existsSync(seenFile)) {
      const seen = JSON.parse(readFileSync(seenFile, 'utf8')) as { sha256: string; fetchedAt: string };
      if (seen.sha256 === hash) fetchedAt = seen.fetchedAt;
    }
    writeFileSync(seenFile, JSON.stringify({ sha256: hash, fetchedAt }));
    return {
      bytes,
      location: path,
      records: [],
      fetchedAt,
      lastModified: null,
      etag: null,
      contentType: null,
    };
  };

  /** A file by URL through the data client's requester (retries, timeout, caps) and the disk cache. */
  const readUrl = async (url: string, origin?: string): Promise<Fetched> => {
    const from = cache.log.length;
    const res = await client.requester.get(url, origin ? { origin } : {});
    const records = cache.log.slice(from);
    const entry = cache.entry(url);
    return {
      bytes: res.body,
      location: url,
      records,
      fetchedAt: entry?.fetchedAt ?? now().toISOString(),
      lastModified: entry?.lastModified ?? res.headers.get('last-modified'),
      etag: entry?.etag ?? res.etag,
      contentType: res.headers.get('content-type'),
    };
  };

  /** The file attached to a CKAN resource. */
  const readCkanResource = async (
    portal: string,
    id: string,
  ): Promise<Fetched & { resource: CkanResource }> => {
    const from = cache.log.length;
    const resource = await client.ckan(portal).resourceShow(id);
    if (!resource.url) throw new Error(`resource ${id} tidak punya url berkas`);
    const url = new URL(resource.url, portal).toString();
    const file = await readUrl(url, new URL(portal).origin);
    return {
      ...file,
      records: cache.log.slice(from),
      lastModified: resource.last_modified ?? resource.metadata_modified ?? file.lastModified,
      resource,
    };
  };

  const counts = (records: readonly FetchRecord[]) => ({
    downloaded: records.filter((r) => r.outcome === 'downloaded').length,
    revalidated: records.filter((r) => r.outcome === 'revalidated').length,
  });

  // The catalog.
  let catalog: Catalog;
  {
    const src = config.catalog;
    try {
      const got =
        src.kind === 'json'
          ? src.path !== undefined
            ? readLocal(src.path)
            : await readUrl(src.url!)
          : await readCkanResource(src.portal, src.resource);
      let json: unknown;
      try {
        json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(got.bytes));
      } catch (e) {
        throw new Error(`katalog bukan JSON yang sah (${(e as Error).message})`);
      }
      catalog = parseCatalog(json);
      provenance.push({
        id: 'katalog',
        kind: src.kind,
        location: got.location,
        fetchedAt: got.fetchedAt,
        lastModified: got.lastModified,
        etag: got.etag,
        requests: counts(got.records),
        rows: { input: catalog.indikator.length, accepted: catalog.indikator.length, rejected: 0 },
        sha256: sha256(got.bytes),
      });
    } catch (e) {
      throw new SourceError('katalog', reasonOf(e), { cause: e });
    }
  }

  for (const m of config.maps) {
    if (!catalog.indikator.some((i) => i.kode === m.indikator)) {
      throw new SourceError('katalog', `indikator peta ${m.indikator} (maps) tidak ada di katalog`);
    }
  }

  const ctx = { regions: region.index, catalog: catalogScope(catalog) };
  const observations = new Map<string, readonly Observation[]>();
  const reports: DataQualityReport[] = [];

  for (const source of config.observations) {
    try {
      const { spec, back } = mappedSpec(source);
      let table: LoadedTable;
      let fetched: Omit<Fetched, 'bytes'> & { hash: string };
      if (source.kind === 'ckan-datastore') {
        const from = cache.log.length;
        const ckan = client.ckan(source.portal);
        const resource = await ckan.resourceShow(source.resource);
        table = await ckan.datastoreSearch({
          resourceId: source.resource,
          dataset: spec,
          ctx,
          limit: source.pageSize ?? 1000,
          ...(source.filters ? { filters: source.filters } : {}),
        });
        const records = cache.log.slice(from);
        const entries = records.flatMap((r) => (r.entry ? [r.entry] : []));
        fetched = {
          location: `${source.portal.replace(/\/+$/, '')}/dataset/resource/${source.resource}`,
          records,
          fetchedAt:
            entries
              .map((e) => e.fetchedAt)
              .sort()
              .pop() ?? now().toISOString(),
          lastModified: resource.last_modified ?? resource.metadata_modified ?? null,
          etag: entries[0]?.etag ?? null,
          contentType: null,
          hash: sha256(entries.map((e) => e.sha256).join('\n')),
        };
      } else {
        const got =
          source.kind === 'ckan-resource'
            ? await readCkanResource(source.portal, source.resource)
            : source.path !== undefined
              ? readLocal(source.path)
              : await readUrl(source.url!);
        const format = source.kind === 'ckan-resource' ? source.format : source.kind;
        // The guard looks at the raw columns first: a household table wired in by mistake is refused before
        // anything reads it as observations.
        guardColumns(source.id, sniffColumns(format, got.bytes, source.rows), config.privacy.personalFields);
        const provenanceInfo = { url: got.location, etag: got.etag, revalidated: false };
        if (format === 'csv') table = loadCsv(got.bytes, spec, { ctx, provenance: provenanceInfo });
        else if (format === 'arrow') table = loadArrow(got.bytes, spec, { ctx, provenance: provenanceInfo });
        else {
          let value: unknown = got.bytes;
          if (source.rows !== undefined) {
            let parsed: unknown;
            try {
              parsed = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(got.bytes));
            } catch (e) {
              throw new Error(`bukan JSON yang sah (${(e as Error).message})`);
            }
            value = (parsed as Record<string, unknown> | null)?.[source.rows];
            if (!Array.isArray(value)) throw new Error(`JSON tidak punya daftar baris di "${source.rows}"`);
          }
          table = loadJson(value, spec, { ctx, provenance: provenanceInfo });
        }
        fetched = { ...got, hash: sha256(got.bytes) };
      }
      guardColumns(source.id, table.meta.columns, config.privacy.personalFields);
      const updated = jakartaDate(fetched.lastModified ?? fetched.fetchedAt);
      observations.set(source.id, toObservations(table, back, updated));
      reports.push(table.report);
      provenance.push({
        id: source.id,
        kind: source.kind,
        location: fetched.location,
        fetchedAt: fetched.fetchedAt,
        lastModified: fetched.lastModified,
        etag: fetched.etag,
        requests: counts(fetched.records),
        rows: {
          input: table.report.totalRows,
          accepted: table.report.acceptedRows,
          rejected: table.report.rejectedRows,
        },
        sha256: fetched.hash,
      });
    } catch (e) {
      if (e instanceof SourceError) throw e;
      throw new SourceError(source.id, reasonOf(e), { cause: e });
    }
  }
  return { catalog, observations, reports, provenance };
}

/** The columns of `columns` that hold personal data (the built-in list plus the config's). */
export function personalColumns(columns: readonly string[], extra: readonly string[] = []): string[] {
  const personal = new Set([...PERSONAL_FIELDS, ...extra].map((c) => c.toLowerCase()));
  return columns.filter((c) => personal.has(c.toLowerCase()));
}

/** Refuse a table with personal columns (a {@link MicrodataError} naming them). */
function guardColumns(id: string, columns: readonly string[], extra: readonly string[] = []): void {
  const personal = personalColumns(columns, extra);
  if (personal.length > 0) {
    throw new MicrodataError(
      id,
      `tabel memuat kolom data pribadi (${personal.join(', ')}): mikrodata tidak pernah diterbitkan; agregasikan dulu ke tabel terbuka per kelurahan × periode dengan sel kecil ditekan`,
    );
  }
}

/** The column names of a raw file, read without validating it (header line, first rows' keys, Arrow schema). */
export function sniffColumns(format: 'csv' | 'json' | 'arrow', bytes: Uint8Array, rows?: string): string[] {
  try {
    if (format === 'arrow') return aq.fromArrow(bytes).columnNames();
    const text = new TextDecoder().decode(format === 'csv' ? bytes.subarray(0, 64 * 1024) : bytes);
    if (format === 'csv') {
      const header = (text.replace(/^\uFEFF/, '').split(/\r?\n/)[0] ?? '').trim();
      const delimiter = [';', '\t', ','].find((d) => header.includes(d)) ?? ',';
      return header.split(delimiter).map((c) => c.trim().replace(/^"|"$/g, ''));
    }
    let value = JSON.parse(text) as unknown;
    if (rows !== undefined) value = (value as Record<string, unknown> | null)?.[rows];
    if (Array.isArray(value)) {
      const keys = new Set<string>();
      for (const r of value.slice(0, 100))
        if (r && typeof r === 'object') for (const k of Object.keys(r)) keys.add(k);
      return [...keys];
    }
    return value && typeof value === 'object' ? Object.keys(value) : [];
  } catch {
    return []; // unreadable: the loader says why
  }
}

/** The micro-data guard refused a table: it names the table (a source, or a pack file) and why. */
export class MicrodataError extends SourceError {
  constructor(table: string, reason: string) {
    super(table, reason);
    this.name = 'MicrodataError';
    this.message = `Penjaga mikrodata menolak "${table}": ${reason}`;
  }
}

/** Every quality issue of the sources. */
export function allIssues(reports: readonly DataQualityReport[]): QualityIssue[] {
  return reports.flatMap((r) => r.issues);
}
