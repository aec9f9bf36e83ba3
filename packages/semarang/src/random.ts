/**
 * A small seeded pseudo-random generator for the illustrative generators (households, sample catalog).
 * mulberry32 for uniforms, Box–Muller for normals: fast, 32-bit state, and the same sequence on every platform
 * for the same seed (only integer arithmetic, `Math.log`, `Math.sqrt`, `Math.cos` — deterministic in V8).
 */

/** A seeded random stream. */
export interface Rng {
  /** Uniform in [0, 1). */
  next(): number;
  /** Standard normal N(0, 1). */
  normal(): number;
  /** Uniform integer in [0, n). */
  int(n: number): number;
}

/** Mix integers into one 32-bit seed (for independent streams per purpose, year, kelurahan …). */
export function mixSeed(...parts: readonly number[]): number {
  let h = 0x811c9dc5;
  for (const p of parts) {
    h = Math.imul(h ^ (p | 0), 0x01000193);
    h ^= h >>> 15;
    h = Math.imul(h ^ Math.floor(p / 0x100000000), 0x85ebca6b);
    h ^= h >>> 13;
  }
  return h >>> 0;
}

/** Create a seeded stream (mulberry32). The same seed always gives the same sequence. */
export function createRng(seed: number): Rng {
  let a = seed >>> 0;
  let spare: number | null = null;
  const next = (): number => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    normal() {
      if (spare !== null) {
        const s = spare;
        spare = null;
        return s;
      }
      const u = 1 - next();
      const v = next();
      const r = Math.sqrt(-2 * Math.log(u));
      spare = r * Math.sin(2 * Math.PI * v);
      return r * Math.cos(2 * Math.PI * v);
    },
    int(n) {
      return Math.floor(next() * n);
    },
  };
}
