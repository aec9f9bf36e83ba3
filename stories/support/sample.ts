/**
 * The bundled Kota Semarang sample for the stories: the sample IKU catalog and observations, the region list, the
 * boundaries and the open poverty aggregate per kelurahan, all from `@satata/semarang`. Helpers pick the IKU that
 * show each state (negative polarity, range target, missing realisation) from the catalog itself, and make the
 * hostile variant that puts `hostile.ts` strings in every text field.
 */
import {
  type Catalog,
  DEFAULT_CATEGORY_SCALE,
  type Indicator,
  type Observation,
  type Region,
} from '@satata/core';
import type { MapLevel, RegionFeatureCollection, SatataSources } from '@satata/react';
import { featuresOf, REGIONS, sampleCatalog, sampleObservations } from '@satata/semarang';
import { type HostileField, hostile, hostileText } from './hostile.ts';

/** "Today" in every story: the sample's 2025 triwulan II data is fresh then. */
export const AS_OF = '2025-09-30';

export const catalog: Catalog = sampleCatalog;
export const observations: readonly Observation[] = sampleObservations;
export const regions: readonly Region[] = REGIONS;

const obsBy = new Map<string, Observation[]>();
for (const o of observations) {
  const list = obsBy.get(o.indikator) ?? [];
  list.push(o);
  obsBy.set(o.indikator, list);
}
const kelurahanLevel = (o: Observation) => o.wilayah.split('.').length === 4;

function first(pred: (i: Indicator) => boolean, what: string, fallback?: (i: Indicator) => boolean): string {
  const ind = catalog.indikator.find(pred) ?? (fallback ? catalog.indikator.find(fallback) : undefined);
  if (!ind) throw new Error(`Katalog contoh tidak punya IKU ${what}`);
  return ind.kode;
}

/** IKU codes of the sample that show each case. */
export const IKU = {
  /** The kelurahan poverty rate (open aggregate with numerator and denominator) drawn on the micro-map. */
  poverty: first(
    (i) => (obsBy.get(i.kode) ?? []).some(kelurahanLevel) && i.polaritas === 'negatif',
    'kemiskinan kelurahan',
  ),
  negative: first(
    (i) => i.polaritas === 'negatif' && (obsBy.get(i.kode) ?? []).length > 0,
    'berpolaritas negatif',
  ),
  /** A positive IKU with data, a published (non-illustrative) one where the catalog has it. */
  positive: first(
    (i) => i.polaritas === 'positif' && !i.ilustratif && (obsBy.get(i.kode) ?? []).length > 0,
    'positif',
    (i) => i.polaritas === 'positif' && (obsBy.get(i.kode) ?? []).length > 0,
  ),
  range: first((i) => Object.values(i.target).some((t) => typeof t === 'object'), 'bertarget rentang'),
  quarterly: first((i) => (obsBy.get(i.kode) ?? []).some((o) => /Q\d$/.test(o.periode)), 'triwulanan'),
  /** An IKU whose latest target year has no realisation (n/a, never 0). */
  missing: first((i) => {
    const obs = obsBy.get(i.kode) ?? [];
    return obs.some((o) => o.nilai === null || o.nilai === undefined);
  }, 'dengan realisasi kosong'),
} as const;

/** The data sources of the sample, each overridable (e.g. a failing or never-answering one). */
export function sampleSources(over: Partial<SatataSources> = {}): SatataSources {
  return {
    observations: async () => observations,
    topology: (level: MapLevel) => featuresOf(level) as unknown as Promise<RegionFeatureCollection>,
    mapObservations: async (kode: string) => obsBy.get(kode) ?? [],
    ...over,
  };
}

/** A source that never answers (the loading state). */
export const never = <T>(): Promise<T> => new Promise<T>(() => {});

/** A source that fails with a message (the error state). */
export const failing = (message: string) => async (): Promise<never> => {
  throw new Error(message);
};

/**
 * The sample catalog with a hostile string in every text field a component shows — indicator names, definitions,
 * formulas, concepts, interpretations, measures (`ukuran`), units (`satuan`), notes (`catatan`), sources, OPD,
 * urusan and sasaran names, the category scale's labels — each from {@link hostileText} with its field's name.
 * Texts no component shows (the catalog's and misi/tujuan names, OPD abbreviations) carry a bare hostile payload.
 */
export function hostileCatalog(): Catalog {
  let i = 0;
  const h = () => hostile(i++);
  const text = () => ({ id: h(), en: h() });
  const field = (f: HostileField, k: number) => ({ id: hostileText(f, k), en: hostileText(f, k + 1000) });
  const scale = catalog.kategori ?? DEFAULT_CATEGORY_SCALE;
  return {
    ...catalog,
    nama: text(),
    kategori: {
      ...scale,
      nama: field('kategori', 99),
      bands: scale.bands.map((b, k) => ({ ...b, label: field('kategori', k) })),
    },
    opd: catalog.opd.map((o, k) => ({ ...o, nama: hostileText('opd', k), singkatan: h() })),
    urusan: catalog.urusan.map((u, k) => ({ ...u, nama: field('urusan', k) })),
    misi: catalog.misi.map((m) => ({
      ...m,
      nama: text(),
      tujuan: m.tujuan.map((t) => ({
        ...t,
        nama: text(),
        sasaran: t.sasaran.map((s) => ({ ...s, nama: field('sasaran', i++) })),
      })),
    })),
    indikator: catalog.indikator.map((ind, k) => ({
      ...ind,
      nama: field('nama', k),
      definisi: field('definisi', k),
      rumus: field('rumus', k),
      konsep: field('konsep', k),
      interpretasi: field('interpretasi', k),
      ukuran: hostileText('ukuran', k),
      satuan: hostileText('satuan', k),
      catatan: field('catatan', k),
      sumberData: hostileText('sumber', k),
    })),
  };
}

/**
 * Observations with a hostile `sumber` and series name (`seri`, one per indicator), and a hostile `catatan` (which
 * the engine does not carry to any view).
 */
export function hostileObservations(): Observation[] {
  const order = new Map(catalog.indikator.map((ind, k) => [ind.kode, k]));
  return observations.map((o, i) => ({
    ...o,
    sumber: hostileText('sumber', 500 + i),
    seri: hostileText('seri', order.get(o.indikator) ?? 0),
    catatan: hostile(i + 1),
  }));
}

/** Regions with hostile names. */
export function hostileRegions(): Region[] {
  return regions.map((r, i) => ({ ...r, nama: hostileText('wilayah', i) }));
}

/** Boundaries with hostile region names. */
export async function hostileFeatures(level: MapLevel): Promise<RegionFeatureCollection> {
  const fc = (await featuresOf(level)) as unknown as RegionFeatureCollection;
  return {
    ...fc,
    features: fc.features.map((f, i) => ({
      ...f,
      properties: { ...f.properties, nama: hostileText('wilayah', 2000 + i) },
    })),
  };
}

/** Sources of the hostile variant. */
export function hostileSources(): SatataSources {
  const obs = hostileObservations();
  return {
    observations: async () => obs,
    topology: hostileFeatures,
    mapObservations: async (kode: string) => obs.filter((o) => o.indikator === kode),
  };
}

/**
 * The rows the "baris ditolak" stories break in the sample, each a kind of bad row the engine rejects (issue 11
 * §7): the 2025 poverty rate of three kelurahan of Semarang Tengah (a negative denominator, a NaN value and
 * numerator, an infinite numerator), a poverty row for the unknown region `99.99`, and the 2025 IPM of the kota
 * (NaN).
 */
export const BAD_ROWS = {
  negative: '33.74.01.1001',
  nan: '33.74.01.1002',
  infinity: '33.74.01.1003',
  unknownRegion: '99.99',
  year: '2025',
} as const;

/** The sample's observations with the {@link BAD_ROWS} broken (and one more row, for the unknown region). */
export function badObservations(): Observation[] {
  const out = observations.map((o) => {
    if (o.periode !== BAD_ROWS.year) return o;
    if (o.indikator === IKU.poverty && o.wilayah === BAD_ROWS.negative) return { ...o, denominator: -5 };
    if (o.indikator === IKU.poverty && o.wilayah === BAD_ROWS.nan)
      return { ...o, nilai: Number.NaN, numerator: Number.NaN };
    if (o.indikator === IKU.poverty && o.wilayah === BAD_ROWS.infinity)
      return { ...o, numerator: Number.POSITIVE_INFINITY };
    if (o.indikator === 'IKU-IPM' && o.wilayah === catalog.wilayah) return { ...o, nilai: Number.NaN };
    return o;
  });
  const template = observations.find((o) => o.indikator === IKU.poverty && o.periode === BAD_ROWS.year)!;
  out.push({ ...template, wilayah: BAD_ROWS.unknownRegion });
  return out;
}

/** Sources over {@link badObservations}: every widget reads the same broken rows. */
export function badRowSources(): SatataSources {
  const obs = badObservations();
  return sampleSources({
    observations: async () => obs,
    mapObservations: async (kode: string) => obs.filter((o) => o.indikator === kode),
  });
}

/**
 * Sources whose map aggregates all have a negative denominator (suppressed rows too): every row is rejected, and the
 * map has nothing to draw.
 */
export function allRejectedMapSources(): SatataSources {
  return sampleSources({
    mapObservations: async (kode: string) =>
      (obsBy.get(kode) ?? []).map((o) => ({
        ...o,
        numerator: o.numerator ?? 1,
        denominator: -(o.denominator ?? 1),
      })),
  });
}
