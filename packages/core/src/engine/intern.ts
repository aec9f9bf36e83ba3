/**
 * Shared, frozen instances of the small immutable values that every result row carries — its flags, its
 * `missing` reasons and its period keys. A full run makes ~165 k rows: one object per row for each of these was a
 * third of the engine's retained memory and most of its garbage-collection time. The result types are `readonly`,
 * and the shared objects are frozen, so sharing is invisible except to identity checks.
 */
import { type Period, periodKey } from '../period/period.ts';
import type { MissingReason, ResultField, ResultFlags } from './types.ts';

const FLAG_CACHE: (ResultFlags | undefined)[] = new Array(256);

/**
 * The frozen flags object with these values (one instance per combination). `ilustratif` comes out as
 * `indikatorIlustratif || realisasiIlustratif`, so a row never says its realisation is illustrative without saying
 * that something on it is. Field order is fixed: capaianNegatif, kecilDenominator, ditekan, ilustratif,
 * seriBerubah, sebagian, realisasiIlustratif, kosongNol.
 */
export function internFlags(
  capaianNegatif: boolean,
  kecilDenominator: boolean,
  ditekan: boolean,
  indikatorIlustratif: boolean,
  seriBerubah: boolean,
  sebagian: boolean,
  realisasiIlustratif: boolean,
  kosongNol = false,
): ResultFlags {
  const ilustratif = indikatorIlustratif || realisasiIlustratif;
  const code =
    (capaianNegatif ? 1 : 0) |
    (kecilDenominator ? 2 : 0) |
    (ditekan ? 4 : 0) |
    (ilustratif ? 8 : 0) |
    (seriBerubah ? 16 : 0) |
    (sebagian ? 32 : 0) |
    (realisasiIlustratif ? 64 : 0) |
    (kosongNol ? 128 : 0);
  let f = FLAG_CACHE[code];
  if (f === undefined) {
    f = Object.freeze({
      capaianNegatif,
      kecilDenominator,
      ditekan,
      ilustratif,
      seriBerubah,
      sebagian,
      realisasiIlustratif,
      kosongNol,
    });
    FLAG_CACHE[code] = f;
  }
  return f;
}

/** The fields of `missing`, in the order a row lists them. */
export const MISSING_FIELDS: readonly ResultField[] = [
  'realisasi',
  'target',
  'capaian',
  'perubahan',
  'progres',
  'proyeksi',
  'peringkat',
];

const REASONS: readonly MissingReason[] = [
  'no-data',
  'reported-missing',
  'suppressed',
  'no-target',
  'target-zero',
  'target-negative',
  'realisation-zero',
  'realisation-negative',
  'not-finite',
  'neutral-polarity',
  'denominator-zero',
  'incomplete-coverage',
  'sub-period-missing',
  'no-previous',
  'no-comparable-period',
  'year-only',
  'insufficient-history',
  'no-end-target',
  'composite-incomplete',
];
const REASON_CODE = new Map<MissingReason, number>(REASONS.map((r, i) => [r, i + 1]));
/** One digit per field in this base: the combined code stays a small integer (a Smi, no boxed number per row). */
const BASE = REASONS.length + 1;
const MISSING_CACHE = new Map<number, Readonly<Partial<Record<ResultField, MissingReason>>>>();

/**
 * The frozen `missing` object for the reasons given per field (undefined = not missing), with its keys in
 * {@link MISSING_FIELDS} order; one instance per combination.
 */
export function internMissing(
  reasons: readonly (MissingReason | undefined)[],
): Readonly<Partial<Record<ResultField, MissingReason>>> {
  let code = 0;
  for (let i = 0; i < MISSING_FIELDS.length; i++) {
    const r = reasons[i];
    const c = r === undefined ? 0 : REASON_CODE.get(r);
    if (c === undefined) throw new TypeError(`alasan hilang tidak dikenal: ${String(r)}`);
    code = code * BASE + c;
  }
  let m = MISSING_CACHE.get(code);
  if (m === undefined) {
    const o: Partial<Record<ResultField, MissingReason>> = {};
    for (let i = 0; i < MISSING_FIELDS.length; i++) {
      const r = reasons[i];
      if (r !== undefined) o[MISSING_FIELDS[i]!] = r;
    }
    m = Object.freeze(o);
    MISSING_CACHE.set(code, m);
  }
  return m;
}

const KIND_CODE = { year: 0, semester: 1, quarter: 2, month: 3 } as const;
const KEY_CACHE = new Map<number, string>();

/** {@link periodKey}, returning one shared string per period instead of a new string per call. */
export function internPeriodKey(p: Period): string {
  if (!Number.isInteger(p.year) || p.year < 0 || !Number.isInteger(p.index) || p.index < 0 || p.index > 15) {
    return periodKey(p);
  }
  const code = (p.year * 4 + KIND_CODE[p.kind]) * 16 + p.index;
  let k = KEY_CACHE.get(code);
  if (k === undefined) {
    k = periodKey(p);
    KEY_CACHE.set(code, k);
  }
  return k;
}
