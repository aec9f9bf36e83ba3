/**
 * Region names to codes, without guessing. Names repeat (two Mangunharjo, two Purwosari, and kelurahan named like
 * their kecamatan such as Tembalang or Mijen) and are spelled many ways (BPS `KEDUNGPANI` for Kemendagri
 * `Kedungpane`). A name is compared after {@link normalizeRegionName}; spelling variants come from the alias table.
 * A name that matches more than one region is reported as ambiguous with its candidates, never resolved.
 */
import type { Region, RegionLevel } from '@satata/core';
import { regionByCode } from './regions.ts';
import { REGIONS, WILAYAH_ROWS } from './wilayah.ts';

/**
 * Normalise a region name for comparison: lower case, diacritics removed, the Soewandi-era spellings `dj` → `j`,
 * `tj` → `c`, `oe` → `u`, Javanese `dh` → `d`, and every space and punctuation mark removed.
 *
 * @example normalizeRegionName('Tanjung Mas') === normalizeRegionName('TANJUNGMAS') // true
 * @example normalizeRegionName('Bendan Dhuwur') === normalizeRegionName('Bendan Duwur') // true
 */
export function normalizeRegionName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '')
    .replace(/dj/g, 'j')
    .replace(/tj/g, 'c')
    .replace(/oe/g, 'u')
    .replace(/dh/g, 'd');
}

/** Where an alias comes from. */
export type AliasSource = 'bps-mfd-2018' | 'varian-umum' | 'nama-kota';

/** One spelling variant of a region's name. */
export interface RegionAlias {
  readonly alias: string;
  readonly kode: string;
  readonly sumber: AliasSource;
}

/** Spelling variants in common use, beyond the BPS spellings (which come from the crosswalk), by official name. */
const COMMON_VARIANTS: readonly { alias: string; nama: string; sumber: AliasSource }[] = [
  { alias: 'Semarang', nama: 'Kota Semarang', sumber: 'nama-kota' },
  { alias: 'Kodya Semarang', nama: 'Kota Semarang', sumber: 'nama-kota' },
  { alias: 'Kotamadya Semarang', nama: 'Kota Semarang', sumber: 'nama-kota' },
  { alias: 'Kedungpani', nama: 'Kedungpane', sumber: 'varian-umum' },
  { alias: 'Tanjung Emas', nama: 'Tanjung Mas', sumber: 'varian-umum' },
  { alias: 'Tanjungemas', nama: 'Tanjung Mas', sumber: 'varian-umum' },
  { alias: 'Pendrikan Kidul', nama: 'Pindrikan Kidul', sumber: 'varian-umum' },
  { alias: 'Pendrikan Lor', nama: 'Pindrikan Lor', sumber: 'varian-umum' },
  { alias: 'Mugassari', nama: 'Mugasari', sumber: 'varian-umum' },
  { alias: 'Ngalian', nama: 'Ngaliyan', sumber: 'varian-umum' },
  { alias: 'Sumurejo', nama: 'Sumurrejo', sumber: 'varian-umum' },
  { alias: 'Pungangan', nama: 'Pongangan', sumber: 'varian-umum' },
  { alias: 'Bendan Duwur', nama: 'Bendan Dhuwur', sumber: 'varian-umum' },
];

/**
 * The alias table: the BPS spellings that the crosswalk matched by hand (MFD 2018: `PENDRIKAN KIDUL`,
 * `PENDRIKAN LOR`, `MUGASSARI`, `BENDAN DUWUR`, `PUNGANGAN`, `SUMUREJO`, `KEDUNGPANI`) and the common variants
 * above, each with the code of every region that bears the official name (so `Ngalian` names both the kecamatan
 * and the kelurahan Ngaliyan, and stays ambiguous without a level).
 */
export const REGION_ALIASES: readonly RegionAlias[] = Object.freeze([
  ...WILAYAH_ROWS.filter((r) => r.namaBps && r.padanan?.startsWith('ejaan berbeda')).map((r) => ({
    alias: r.namaBps!,
    kode: r.kode,
    sumber: 'bps-mfd-2018' as const,
  })),
  ...COMMON_VARIANTS.flatMap((v) => {
    const regions = REGIONS.filter((r) => r.nama === v.nama);
    if (regions.length === 0) throw new Error(`alias ${v.alias}: tidak ada wilayah bernama ${v.nama}`);
    return regions.map((r) => ({ alias: v.alias, kode: r.kode, sumber: v.sumber }));
  }),
]);

const byName = new Map<string, { region: Region; via: 'nama' | 'alias' }[]>();
function addName(key: string, region: Region, via: 'nama' | 'alias'): void {
  const list = byName.get(key) ?? [];
  if (!list.some((c) => c.region.kode === region.kode)) list.push({ region, via });
  byName.set(key, list);
}
for (const r of REGIONS) addName(normalizeRegionName(r.nama), r, 'nama');
for (const a of REGION_ALIASES) {
  const key = normalizeRegionName(a.alias);
  const region = regionByCode(a.kode)!;
  // An alias equal to the official name after normalisation adds nothing (the region is already there by name).
  if (key !== normalizeRegionName(region.nama)) addName(key, region, 'alias');
}

/** Options of {@link resolveRegionName}. */
export interface ResolveNameOptions {
  /** Only consider regions of this level. */
  readonly level?: RegionLevel;
  /** Only consider regions in this kecamatan (its Kemendagri code, or a name that resolves to one kecamatan). */
  readonly kecamatan?: string;
}

/** The outcome of {@link resolveRegionName}: one region, several candidates, or none. */
export type NameResolution =
  | { readonly status: 'ok'; readonly input: string; readonly region: Region; readonly via: 'nama' | 'alias' }
  | { readonly status: 'ambiguous'; readonly input: string; readonly candidates: readonly Region[] }
  | { readonly status: 'unknown'; readonly input: string; readonly reason: string };

const PREFIXES: readonly [RegExp, RegionLevel][] = [
  [/^\s*(kelurahan|kel\.?|desa)\s+/i, 'kelurahan'],
  [/^\s*(kecamatan|kec\.?)\s+/i, 'kecamatan'],
  [/^\s*(kota|kotamadya)\s+/i, 'kota'],
];

/**
 * Resolve a region name to one region of Kota Semarang. Case, spaces and punctuation do not matter; spelling
 * variants come from {@link REGION_ALIASES}; a leading `Kelurahan`/`Kel.`, `Kecamatan`/`Kec.` or `Kota` sets the
 * level when none is given. A name matching several regions (Mangunharjo in Tembalang and in Tugu; Tembalang the
 * kecamatan and the kelurahan) is `ambiguous` with its candidates — narrow it with `level` or `kecamatan`.
 *
 * @example resolveRegionName('KEDUNGPANI') // { status: 'ok', region: { kode: '33.74.14.1010', … }, via: 'alias' }
 * @example resolveRegionName('Mangunharjo') // { status: 'ambiguous', candidates: [33.74.10.1003, 33.74.16.1007] }
 * @example resolveRegionName('Mangunharjo', { kecamatan: 'Tugu' }) // ok, 33.74.16.1007
 */
export function resolveRegionName(name: string, options: ResolveNameOptions = {}): NameResolution {
  const input = name;
  let text = name;
  let level = options.level;
  for (const [re, lvl] of PREFIXES) {
    if (re.test(text)) {
      const rest = text.replace(re, '');
      // "Kota Semarang" is the city's own name; keep the prefix then.
      if (lvl === 'kota' && normalizeRegionName(text) === 'kotasemarang') break;
      text = rest;
      level ??= lvl;
      break;
    }
  }
  const key = normalizeRegionName(text);
  if (key === '') return { status: 'unknown', input, reason: 'nama kosong' };
  let kecamatanCode: string | undefined;
  if (options.kecamatan !== undefined) {
    if (regionByCode(options.kecamatan)?.level === 'kecamatan') kecamatanCode = options.kecamatan;
    else {
      const kec = resolveRegionName(options.kecamatan, { level: 'kecamatan' });
      if (kec.status !== 'ok') {
        return {
          status: 'unknown',
          input,
          reason: `kecamatan ${JSON.stringify(options.kecamatan)} tidak dikenal`,
        };
      }
      kecamatanCode = kec.region.kode;
    }
  }
  const matches = (byName.get(key) ?? []).filter(
    (c) =>
      (level === undefined || c.region.level === level) &&
      (kecamatanCode === undefined || c.region.induk === kecamatanCode || c.region.kode === kecamatanCode),
  );
  if (matches.length === 1) return { status: 'ok', input, region: matches[0]!.region, via: matches[0]!.via };
  if (matches.length > 1) {
    const candidates = matches.map((m) => m.region).sort((a, b) => (a.kode < b.kode ? -1 : 1));
    return { status: 'ambiguous', input, candidates };
  }
  return { status: 'unknown', input, reason: 'nama tidak ada di kode wilayah maupun tabel alias' };
}

/**
 * Names shared by more than one region after normalisation, with their regions (e.g. Mangunharjo, Purwosari, and
 * kelurahan named like their kecamatan). Computed from the data, so a new duplicate cannot go unnoticed.
 */
export function duplicateRegionNames(): ReadonlyMap<string, readonly Region[]> {
  const out = new Map<string, readonly Region[]>();
  for (const r of REGIONS) {
    const list = (byName.get(normalizeRegionName(r.nama)) ?? []).filter((c) => c.via === 'nama');
    if (list.length > 1 && !out.has(r.nama))
      out.set(
        r.nama,
        list.map((c) => c.region),
      );
  }
  return out;
}
