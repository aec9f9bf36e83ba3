/**
 * Illustrative poverty micro-data for Kota Semarang: a seeded generator of households in columnar typed arrays.
 *
 * ILUSTRATIF — these are not real households. They exist so the "micro-data stays home" pipeline, the loaders and
 * the benchmarks run on data of Semarang's shape and size (about 560 k households ≈ 1.65 M people; ×10 on demand).
 *
 * Calibration (see `calibration.ts` for the series):
 * - Each household gets a size (1–8, mean ≈ 2.96) and a latent welfare score `u = z − 0.25 (size − 3)`, z ~ N(0, 1):
 *   larger households are poorer on average, as in SUSENAS.
 * - Each kelurahan has a relative poverty risk from its position (higher towards the coast: the source centroid's
 *   latitude, plus the coastal kecamatan Semarang Utara, Genuk and Tugu) and seeded noise. The kelurahan rates are
 *   scaled so the person-weighted city rate equals the published P0 of the year.
 * - Within a kelurahan the poverty threshold on `u` is the person-weighted quantile at its rate (a 4,096-bin
 *   histogram), and per-capita expenditure is `GK × exp(0.5 (u − threshold))`, floored to whole rupiah. A household
 *   is poor exactly when its per-capita expenditure is below the poverty line GK of the year.
 * - Social attributes follow simple illustrative rules: female head (≈ 16 %, more among poor and one-person
 *   households), head's education (0 none … 4 tertiary, rising with welfare), DTKS registration (most poor, many
 *   near-poor, few others) and PKH receipt (a share of registered poor and near-poor).
 * The kelurahan profile (size and risk) depends on the seed only, so it is the same across years and scales.
 */
import { type CalibrationValue, povertyLineFor, povertyRateFor } from './calibration.ts';
import { createRng, mixSeed } from './random.ts';
import { KELURAHAN_CODES, KELURAHAN_ROWS } from './wilayah.ts';

/** Options of {@link generateHouseholds}. */
export interface HouseholdOptions {
  /** Seed of the random streams (default 1). The same options always give the same columns. */
  readonly seed?: number;
  /** Number of households before scaling (default 560,000). */
  readonly households?: number;
  /** Year of the register (default 2023); sets the calibration target P0 and the poverty line. */
  readonly year?: number;
  /** Multiplier of the number of households (default 1; 10 for benchmarks). */
  readonly scale?: number;
}

/** Education levels of the head of household, by index in {@link HouseholdColumns.education}. */
export const EDUCATION_LEVELS = [
  'tidak/belum tamat SD',
  'SD/sederajat',
  'SMP/sederajat',
  'SMA/SMK/sederajat',
  'diploma/perguruan tinggi',
] as const;

/** Generated households, one entry per household in every column (columnar; never row objects). */
export interface HouseholdColumns {
  /** Number of households. */
  readonly length: number;
  /** Kemendagri codes of the kelurahan; `kelurahan[i]` indexes this list (the pack's KELURAHAN order). */
  readonly kelurahanCodes: readonly string[];
  /** Serial number of the household within this generated register (1-based). */
  readonly id: Uint32Array;
  /** Index of the household's kelurahan into `kelurahanCodes`. */
  readonly kelurahan: Uint16Array;
  /** Year of the register. */
  readonly year: Uint16Array;
  /** Household members (anggota rumah tangga), 1–8. */
  readonly members: Uint8Array;
  /** Per-capita expenditure, rupiah per month. */
  readonly expenditure: Uint32Array;
  /** 1 when poor (expenditure below the poverty line of the year), else 0. */
  readonly poor: Uint8Array;
  /** 1 when the head of household is a woman. */
  readonly femaleHead: Uint8Array;
  /** Education of the head, an index into {@link EDUCATION_LEVELS}. */
  readonly education: Uint8Array;
  /** 1 when registered in DTKS (Data Terpadu Kesejahteraan Sosial). */
  readonly dtks: Uint8Array;
  /** 1 when receiving PKH (Program Keluarga Harapan). */
  readonly pkh: Uint8Array;
  /** The poverty line used (rupiah per capita per month) and the target city P0, with how each was obtained. */
  readonly calibration: { readonly povertyLine: CalibrationValue; readonly p0: CalibrationValue };
  /** Always true: generated, not real households. */
  readonly illustrative: true;
}

/** Cumulative distribution of household size 1–8 (mean ≈ 2.96 persons: 560 k households ≈ 1.66 M people). */
const MEMBERS_CDF = [0.17, 0.42, 0.66, 0.86, 0.95, 0.98, 0.995, 1];
const SIZE_EFFECT = 0.25;
const SPREAD = 0.5;
const BINS = 4096;
const U_MIN = -8;
const U_MAX = 8;
const COASTAL_KECAMATAN = new Set(['33.74.02', '33.74.05', '33.74.16']);

interface KelurahanProfile {
  readonly weight: Float64Array;
  readonly risk: Float64Array;
}

const profiles = new Map<number, KelurahanProfile>();

/** Population weight and relative poverty risk of each kelurahan for a seed (independent of year and scale). */
function kelurahanProfile(seed: number): KelurahanProfile {
  const cached = profiles.get(seed);
  if (cached) return cached;
  const rng = createRng(mixSeed(seed, 0x70726f66));
  const n = KELURAHAN_ROWS.length;
  const weight = new Float64Array(n);
  const risk = new Float64Array(n);
  for (let k = 0; k < n; k++) {
    const row = KELURAHAN_ROWS[k]!;
    const lat = row.pusat?.[1] ?? -7.02;
    const north = Math.max(-1, Math.min(1, (lat + 7.02) / 0.075));
    const coastal = COASTAL_KECAMATAN.has(row.induk ?? '') ? 0.2 : 0;
    weight[k] = Math.exp(0.45 * rng.normal());
    risk[k] = Math.exp(0.75 * north + coastal + 0.3 * rng.normal());
  }
  const profile = { weight, risk };
  profiles.set(seed, profile);
  return profile;
}

/** Split `total` into integer parts proportional to `weight` (largest remainder, ties by index). */
function allocate(total: number, weight: Float64Array): Uint32Array {
  let sum = 0;
  for (const w of weight) sum += w;
  const counts = new Uint32Array(weight.length);
  const rest: { k: number; r: number }[] = [];
  let given = 0;
  for (let k = 0; k < weight.length; k++) {
    const exact = (total * weight[k]!) / sum;
    counts[k] = Math.floor(exact);
    given += counts[k]!;
    rest.push({ k, r: exact - counts[k]! });
  }
  rest.sort((a, b) => b.r - a.r || a.k - b.k);
  for (let i = 0; i < total - given; i++) counts[rest[i]!.k]!++;
  return counts;
}

function checkCount(name: string, v: number, min: number): void {
  if (!Number.isFinite(v) || v < min) throw new RangeError(`${name} harus angka ≥ ${min}, diterima ${v}`);
}

/**
 * Generate an illustrative household register for Kota Semarang (see the module comment for the model).
 *
 * @example
 * const h = generateHouseholds({ seed: 1, year: 2023 });
 * h.length; // 560000
 * h.kelurahanCodes[h.kelurahan[0]]; // '33.74.01.1001'
 */
export function generateHouseholds(options: HouseholdOptions = {}): HouseholdColumns {
  const { seed = 1, households = 560_000, year = 2023, scale = 1 } = options;
  checkCount('households', households, 0);
  checkCount('scale', scale, 0);
  if (!Number.isInteger(year)) throw new RangeError(`year harus bilangan bulat, diterima ${year}`);
  const n = Math.round(households * scale);
  const p0 = povertyRateFor(year);
  const povertyLine = povertyLineFor(year);
  const gk = povertyLine.nilai;
  const profile = kelurahanProfile(seed);
  const counts = allocate(n, profile.weight);
  const nk = counts.length;

  const id = new Uint32Array(n);
  const kelurahan = new Uint16Array(n);
  const yearCol = new Uint16Array(n).fill(year);
  const members = new Uint8Array(n);
  const expenditure = new Uint32Array(n);
  const poor = new Uint8Array(n);
  const femaleHead = new Uint8Array(n);
  const education = new Uint8Array(n);
  const dtks = new Uint8Array(n);
  const pkh = new Uint8Array(n);
  const u = new Float64Array(n);

  // Pass 1: kelurahan, size and latent welfare; persons per kelurahan.
  const rng = createRng(mixSeed(seed, year, 0x686f7573));
  const persons = new Float64Array(nk);
  const start = new Uint32Array(nk + 1);
  let i = 0;
  for (let k = 0; k < nk; k++) {
    start[k] = i;
    for (let j = 0; j < counts[k]!; j++, i++) {
      const r = rng.next();
      let m = 0;
      while (r >= MEMBERS_CDF[m]!) m++;
      const size = m + 1;
      id[i] = i + 1;
      kelurahan[i] = k;
      members[i] = size;
      persons[k]! += size;
      u[i] = rng.normal() - SIZE_EFFECT * (size - 3);
    }
  }
  start[nk] = n;

  // Kelurahan rates: risk × a common factor so the person-weighted city rate equals P0.
  let totalPersons = 0;
  let riskPersons = 0;
  for (let k = 0; k < nk; k++) {
    totalPersons += persons[k]!;
    riskPersons += persons[k]! * profile.risk[k]!;
  }
  const factor = riskPersons > 0 ? ((p0.nilai / 100) * totalPersons) / riskPersons : 0;

  // Pass 2: per kelurahan, the threshold on u at its rate (person-weighted histogram quantile), then attributes.
  const hist = new Float64Array(BINS);
  const width = (U_MAX - U_MIN) / BINS;
  for (let k = 0; k < nk; k++) {
    const rate = Math.min(0.5, profile.risk[k]! * factor);
    hist.fill(0);
    for (let h = start[k]!; h < start[k + 1]!; h++) {
      const b = Math.min(BINS - 1, Math.max(0, Math.floor((u[h]! - U_MIN) / width)));
      hist[b]! += members[h]!;
    }
    const wanted = rate * persons[k]!;
    let cum = 0;
    let threshold = U_MIN;
    for (let b = 0; b < BINS; b++) {
      const mass = hist[b]!;
      if (cum + mass >= wanted) {
        threshold = U_MIN + width * (b + (mass > 0 ? (wanted - cum) / mass : 0));
        break;
      }
      cum += mass;
    }
    for (let h = start[k]!; h < start[k + 1]!; h++) {
      const gap = u[h]! - threshold;
      const e = Math.floor(gk * Math.exp(SPREAD * gap));
      expenditure[h] = e;
      const isPoor = e < gk ? 1 : 0;
      poor[h] = isPoor;
      const nearPoor = !isPoor && gap < 0.8;
      femaleHead[h] = rng.next() < 0.14 + 0.1 * isPoor + (members[h] === 1 ? 0.12 : 0) ? 1 : 0;
      const edu = 0.8 * (gap - 2) + 0.6 * rng.normal() + 2.6;
      education[h] = edu < 0.5 ? 0 : edu < 1.5 ? 1 : edu < 2.5 ? 2 : edu < 3.5 ? 3 : 4;
      const inDtks = rng.next() < (isPoor ? 0.85 : nearPoor ? 0.45 : 0.04);
      dtks[h] = inDtks ? 1 : 0;
      pkh[h] = inDtks && rng.next() < (isPoor ? 0.5 : nearPoor ? 0.15 : 0) ? 1 : 0;
    }
  }

  return {
    length: n,
    kelurahanCodes: KELURAHAN_CODES,
    id,
    kelurahan,
    year: yearCol,
    members,
    expenditure,
    poor,
    femaleHead,
    education,
    dtks,
    pkh,
    calibration: { povertyLine, p0 },
    illustrative: true,
  };
}

function concatTyped<T extends Uint8Array | Uint16Array | Uint32Array>(
  make: (n: number) => T,
  parts: readonly T[],
): T {
  const out = make(parts.reduce((n, p) => n + p.length, 0));
  let offset = 0;
  for (const p of parts) {
    out.set(p, offset);
    offset += p.length;
  }
  return out;
}

/**
 * Concatenate generated registers (e.g. several years) into one, renumbering `id` from 1. All parts must share
 * the same kelurahan code list; the calibration reported is the first part's.
 */
export function concatHouseholds(parts: readonly HouseholdColumns[]): HouseholdColumns {
  const first = parts[0];
  if (!first) throw new RangeError('concatHouseholds: paling sedikit satu bagian');
  for (const p of parts) {
    if (
      p.kelurahanCodes !== first.kelurahanCodes &&
      p.kelurahanCodes.join() !== first.kelurahanCodes.join()
    ) {
      throw new RangeError('concatHouseholds: daftar kode kelurahan berbeda');
    }
  }
  const length = parts.reduce((n, p) => n + p.length, 0);
  const id = new Uint32Array(length);
  for (let i = 0; i < length; i++) id[i] = i + 1;
  return {
    length,
    kelurahanCodes: first.kelurahanCodes,
    id,
    kelurahan: concatTyped(
      (n) => new Uint16Array(n),
      parts.map((p) => p.kelurahan),
    ),
    year: concatTyped(
      (n) => new Uint16Array(n),
      parts.map((p) => p.year),
    ),
    members: concatTyped(
      (n) => new Uint8Array(n),
      parts.map((p) => p.members),
    ),
    expenditure: concatTyped(
      (n) => new Uint32Array(n),
      parts.map((p) => p.expenditure),
    ),
    poor: concatTyped(
      (n) => new Uint8Array(n),
      parts.map((p) => p.poor),
    ),
    femaleHead: concatTyped(
      (n) => new Uint8Array(n),
      parts.map((p) => p.femaleHead),
    ),
    education: concatTyped(
      (n) => new Uint8Array(n),
      parts.map((p) => p.education),
    ),
    dtks: concatTyped(
      (n) => new Uint8Array(n),
      parts.map((p) => p.dtks),
    ),
    pkh: concatTyped(
      (n) => new Uint8Array(n),
      parts.map((p) => p.pkh),
    ),
    calibration: first.calibration,
    illustrative: true,
  };
}
