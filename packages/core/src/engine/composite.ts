/**
 * Composite indicators from their builders (weighted mean, mean or sum of component realisations or capaian).
 */
import { type Composite, Composite as CompositeSchema } from '../schema/indicator.ts';
import { checkArray, checkEnum, checkFinite, checkOptionalFinite, EngineArgumentError } from './arguments.ts';
import type { MissingReason } from './types.ts';

const METHODS = CompositeSchema.shape.metode.options;

/** One component value with its weight. */
export interface CompositePart {
  readonly kode: string;
  readonly nilai: number | null;
  readonly bobot: number;
}

/** A composite value, or why there is none. */
export interface CompositeValue {
  readonly nilai: number | null;
  readonly reason?: MissingReason;
  /** Codes of the components that were missing. */
  readonly kurang: readonly string[];
}

/**
 * Combine component values by the builder's `metode`: `weighted-mean` Σ wᵢxᵢ / Σ wᵢ, `mean` Σ xᵢ / n, `sum` Σ xᵢ.
 * A composite of incomplete parts would be a different number, so any missing component gives null with
 * `composite-incomplete` (and `kurang` lists them) — never a composite of the parts that happen to be there.
 *
 * A combination that is not finite (overflow) gives null with `not-finite`.
 *
 * @throws EngineArgumentError for an unknown method, a weight that is not a positive finite number, or a value
 *   that is not a finite number or null.
 * @example combineComposite('weighted-mean', [{kode:'a', nilai: 90, bobot: 2}, {kode:'b', nilai: 60, bobot: 1}]) // 80
 */
export function combineComposite(
  metode: Composite['metode'],
  parts: readonly CompositePart[],
): CompositeValue {
  const fn = 'combineComposite';
  checkEnum(fn, 'metode', metode, METHODS);
  checkArray(fn, 'parts', parts);
  parts.forEach((p, i) => {
    checkFinite(fn, `parts.${i}.bobot`, p.bobot);
    if (p.bobot <= 0) throw new EngineArgumentError(fn, `parts.${i}.bobot`, p.bobot, 'angka > 0');
    checkOptionalFinite(fn, `parts.${i}.nilai`, p.nilai);
  });
  const v = combine(metode, parts);
  return v.nilai !== null && !Number.isFinite(v.nilai)
    ? { nilai: null, reason: 'not-finite', kurang: v.kurang }
    : v;
}

function combine(metode: Composite['metode'], parts: readonly CompositePart[]): CompositeValue {
  const kurang = parts.filter((p) => !Number.isFinite(p.nilai)).map((p) => p.kode); // null too
  if (parts.length === 0 || kurang.length > 0) return { nilai: null, reason: 'composite-incomplete', kurang };
  const xs = parts as readonly (CompositePart & { nilai: number })[];
  if (metode === 'sum') return { nilai: xs.reduce((s, p) => s + p.nilai, 0), kurang };
  if (metode === 'mean') return { nilai: xs.reduce((s, p) => s + p.nilai, 0) / xs.length, kurang };
  const w = xs.reduce((s, p) => s + p.bobot, 0);
  return { nilai: xs.reduce((s, p) => s + p.bobot * p.nilai, 0) / w, kurang };
}
