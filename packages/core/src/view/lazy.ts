/**
 * Parts of a view model built on first read. A map over every kelurahan and year carries a summary per period
 * and a table of every region × period, but a view shows one period's summary and opens the table only on request:
 * building them up front was a third of the view model's cost. Reading a lazy part gives the same value every time
 * (computed once, then kept), so it is indistinguishable from a precomputed one — `JSON.stringify`, spreading and
 * deep equality all see plain values.
 */

import type { Locale } from '../format/index.ts';

/**
 * Define `key` on `target` as an enumerable, read-only property whose value `make` builds on first read (once).
 * Returns `target`.
 */
export function defineLazy<T extends object, K extends string, V>(
  target: T,
  key: K,
  make: () => V,
): T & { readonly [P in K]: V } {
  let done = false;
  let value: V;
  Object.defineProperty(target, key, {
    enumerable: true,
    configurable: false,
    get() {
      if (!done) {
        value = make();
        done = true;
      }
      return value;
    },
  });
  return target as T & { readonly [P in K]: V };
}

/** A record with one lazy entry per key: `make(key)` runs on the first read of that key only. */
export function lazyRecord<V>(
  keys: readonly string[],
  make: (key: string) => V,
): Readonly<Record<string, V>> {
  const out: Record<string, V> = {};
  for (const k of keys) defineLazy(out, k, () => make(k));
  return out;
}

/**
 * A `{ id, en }` pair whose each value `make(locale)` builds on its first read (a view shows one locale): a
 * `Bilingual` text (`view/common.ts`), or any per-locale value (a legend's labels).
 */
export function lazyBilingual<T = string>(make: (locale: Locale) => T): Readonly<Record<Locale, T>> {
  return defineLazy(
    defineLazy({}, 'id', () => make('id')),
    'en',
    () => make('en'),
  );
}
