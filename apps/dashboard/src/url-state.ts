/**
 * The dashboard's filters as URL query parameters (`?tahun=2025&triwulan=2&bahasa=en&wilayah=33.74.01`), so a
 * view can be bookmarked, shared and reloaded, and the browser's back/forward buttons step through filter changes.
 * Pure functions: no `window` here (see `use-url-state.ts` for the history binding).
 */
import { isKodeWilayah } from '@satata/core';

/** A quarter of the year. */
export type Triwulan = 1 | 2 | 3 | 4;

/** The display language of the dashboard. */
export type Bahasa = 'id' | 'en';

/** The dashboard filters. `null` means "the default" (latest year with data, the whole year, no region). */
export interface DashboardState {
  readonly tahun: number | null;
  readonly triwulan: Triwulan | null;
  readonly bahasa: Bahasa;
  /** A kecamatan or kelurahan (Kemendagri code) chosen on the map, or null for the whole kota. */
  readonly wilayah: string | null;
}

/** The state when the URL says nothing. */
export const DEFAULT_STATE: DashboardState = { tahun: null, triwulan: null, bahasa: 'id', wilayah: null };

/** A query parameter that was present but not valid; the state falls back to the default for it. */
export interface QueryProblem {
  readonly param: string;
  readonly value: string;
  /** What a valid value looks like (Bahasa Indonesia). */
  readonly expected: string;
}

/** What {@link parseDashboardQuery} understands of a query string. */
export interface ParsedQuery {
  readonly state: DashboardState;
  readonly problems: readonly QueryProblem[];
}

/** Bounds a query is checked against: the RPJMD years and the region codes the dashboard knows. */
export interface QueryBounds {
  readonly tahunMin: number;
  readonly tahunMax: number;
  /** Known region codes; when omitted, any Kemendagri-shaped code is accepted (core's `isKodeWilayah`). */
  readonly regions?: ReadonlySet<string>;
}

/**
 * Read the filters from a query string (`location.search`, with or without `?`). Unknown parameters are ignored
 * (other tools may add their own); a known parameter with an invalid value is reported in `problems` and falls
 * back to its default — nothing is guessed.
 */
export function parseDashboardQuery(search: string, bounds: QueryBounds): ParsedQuery {
  const params = new URLSearchParams(search.startsWith('?') ? search.slice(1) : search);
  const problems: QueryProblem[] = [];
  let tahun: number | null = null;
  let triwulan: Triwulan | null = null;
  let bahasa: Bahasa = 'id';
  let wilayah: string | null = null;

  const rawTahun = params.get('tahun');
  if (rawTahun !== null && rawTahun !== '') {
    const n = Number(rawTahun);
    if (/^\d{4}$/.test(rawTahun) && n >= bounds.tahunMin && n <= bounds.tahunMax) tahun = n;
    else
      problems.push({
        param: 'tahun',
        value: rawTahun,
        expected: `tahun ${bounds.tahunMin}–${bounds.tahunMax}`,
      });
  }
  const rawTw = params.get('triwulan');
  if (rawTw !== null && rawTw !== '') {
    if (/^[1-4]$/.test(rawTw)) triwulan = Number(rawTw) as Triwulan;
    else problems.push({ param: 'triwulan', value: rawTw, expected: '1, 2, 3 atau 4' });
  }
  const rawLang = params.get('bahasa');
  if (rawLang !== null && rawLang !== '') {
    if (rawLang === 'id' || rawLang === 'en') bahasa = rawLang;
    else problems.push({ param: 'bahasa', value: rawLang, expected: '"id" atau "en"' });
  }
  const rawWilayah = params.get('wilayah');
  if (rawWilayah !== null && rawWilayah !== '') {
    const known = bounds.regions ? bounds.regions.has(rawWilayah) : isKodeWilayah(rawWilayah);
    if (known) wilayah = rawWilayah;
    else
      problems.push({
        param: 'wilayah',
        value: rawWilayah,
        expected: 'kode wilayah Kemendagri yang dikenal',
      });
  }
  return { state: { tahun, triwulan, bahasa, wilayah }, problems };
}

/**
 * The query string of a state (with its leading `?`, or `''` for the default state). Defaults are left out so
 * URLs stay short; parameters come in a fixed order so equal states give equal URLs. Other parameters of `keep`
 * (not ours) are preserved after ours.
 */
export function dashboardQuery(state: DashboardState, keep = ''): string {
  const params = new URLSearchParams();
  if (state.tahun !== null) params.set('tahun', String(state.tahun));
  if (state.triwulan !== null) params.set('triwulan', String(state.triwulan));
  if (state.bahasa !== 'id') params.set('bahasa', state.bahasa);
  if (state.wilayah !== null) params.set('wilayah', state.wilayah);
  const others = new URLSearchParams(keep.startsWith('?') ? keep.slice(1) : keep);
  for (const [k, v] of others) if (!OWN_PARAMS.has(k)) params.append(k, v);
  const text = params.toString();
  return text ? `?${text}` : '';
}

const OWN_PARAMS = new Set(['tahun', 'triwulan', 'bahasa', 'wilayah']);

/** True when two states show the same view. */
export function sameState(a: DashboardState, b: DashboardState): boolean {
  return a.tahun === b.tahun && a.triwulan === b.triwulan && a.bahasa === b.bahasa && a.wilayah === b.wilayah;
}
