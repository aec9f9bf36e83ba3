/** One promise per key, for the dashboard's sources. */

/** Memoise an async function by a string key (one promise per key; a failure is forgotten so it can retry). */
export function memo<A extends unknown[], T>(
  key: (...a: A) => string,
  f: (...a: A) => Promise<T>,
): (...a: A) => Promise<T> {
  const kept = new Map<string, Promise<T>>();
  return (...a) => {
    const k = key(...a);
    let p = kept.get(k);
    if (!p) {
      p = f(...a);
      kept.set(k, p);
      p.catch(() => kept.delete(k));
    }
    return p;
  };
}
