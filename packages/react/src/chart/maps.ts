/**
 * Map geometries given to ECharts' global registry once per (name, geometry) pair: `echarts.registerMap` parses
 * and indexes the whole GeoJSON, so calling it for every new option (every year of the slider) redoes that work.
 */

/** Registers a geometry under a name (ECharts' `registerMap`). */
export type RegisterMap = (name: string, geo: unknown) => void;

/** A registry of the geometries already registered, by name. */
export interface MapRegistry {
  /**
   * Register `geo` under `name` unless that very object (by identity) is already registered under that name;
   * a different object under the same name replaces it. Returns true when it called `register`.
   */
  ensure(name: string, geo: unknown): boolean;
  /** How many times `register` has been called (for tests and diagnostics). */
  readonly registrations: number;
}

/** A registry that calls `register` only for a (name, geometry) pair it has not registered yet. */
export function createMapRegistry(register: RegisterMap): MapRegistry {
  const byName = new Map<string, unknown>();
  let registrations = 0;
  return {
    ensure(name, geo) {
      if (byName.has(name) && byName.get(name) === geo) return false;
      register(name, geo);
      byName.set(name, geo);
      registrations++;
      return true;
    },
    get registrations() {
      return registrations;
    },
  };
}
