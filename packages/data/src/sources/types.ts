/**
 * What every source gives: an Arquero table of the accepted rows, the source's metadata and the quality report
 * (which lists every rejected row).
 */
import type { DataQualityReport } from '@satata/core';
import type { ColumnTable } from 'arquero';

/** The kinds of source. */
export type SourceKind = 'inline' | 'csv' | 'json' | 'arrow' | 'ckan-datastore' | 'ckan-extras';

/** Metadata of a loaded source. */
export interface SourceMeta {
  readonly kind: SourceKind;
  /** The dataset spec's id. */
  readonly dataset: string;
  /** Where it came from, when it came over HTTP. */
  readonly url?: string;
  /** The server's ETag, and whether the body was revalidated (304) rather than downloaded again. */
  readonly etag?: string | null;
  readonly revalidated?: boolean;
  /** The encoding bytes were decoded with (`utf-8`, `windows-1252` …), when the source was bytes. */
  readonly encoding?: string;
  /** Column names of the table, in order. */
  readonly columns: readonly string[];
  /** Rows received (accepted + rejected). */
  readonly inputRows: number;
  /** CSV details. */
  readonly csv?: { readonly delimiter: string; readonly bom: boolean };
  /** JSON layout found. */
  readonly json?: { readonly layout: 'rows' | 'columns' };
  /** CKAN details. */
  readonly ckan?: Readonly<Record<string, unknown>>;
}

/** A loaded, validated source. */
export interface LoadedTable {
  readonly table: ColumnTable;
  readonly meta: SourceMeta;
  readonly report: DataQualityReport;
}

/** Where a body came from over HTTP, copied into {@link SourceMeta}. */
export interface Provenance {
  readonly url?: string;
  readonly etag?: string | null;
  readonly revalidated?: boolean;
}
