/**
 * The dashboard's URL filters (apps/dashboard/src/url-state.ts), in Node: hand-checked examples and properties.
 * The in-browser behaviour (reload, back/forward) is in dashboard.test.ts.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type DashboardState,
  DEFAULT_STATE,
  dashboardQuery,
  parseDashboardQuery,
  sameState,
  type Triwulan,
} from '../../apps/dashboard/src/url-state.ts';

const bounds = { tahunMin: 2021, tahunMax: 2026 };

describe('parseDashboardQuery', () => {
  it('reads the example of issue 4 (?tahun=2025&triwulan=2)', () => {
    expect(parseDashboardQuery('?tahun=2025&triwulan=2', bounds)).toEqual({
      state: { tahun: 2025, triwulan: 2, bahasa: 'id', wilayah: null },
      problems: [],
    });
  });

  it('gives the default state for an empty query', () => {
    expect(parseDashboardQuery('', bounds)).toEqual({ state: DEFAULT_STATE, problems: [] });
  });

  it('reports each invalid parameter with what was expected and keeps its default', () => {
    const parsed = parseDashboardQuery('tahun=2030&triwulan=5&bahasa=fr&wilayah=Semarang', bounds);
    expect(parsed.state).toEqual(DEFAULT_STATE);
    expect(parsed.problems).toEqual([
      { param: 'tahun', value: '2030', expected: 'tahun 2021–2026' },
      { param: 'triwulan', value: '5', expected: '1, 2, 3 atau 4' },
      { param: 'bahasa', value: 'fr', expected: '"id" atau "en"' },
      { param: 'wilayah', value: 'Semarang', expected: 'kode wilayah Kemendagri yang dikenal' },
    ]);
  });

  it('rejects years that only look numeric (2025.0, 02025, 2e3)', () => {
    for (const v of ['2025.0', '02025', '2e3', ' 2025']) {
      expect(parseDashboardQuery(`tahun=${encodeURIComponent(v)}`, bounds).state.tahun).toBeNull();
    }
  });

  it('checks region codes against the known set when given', () => {
    const regions = new Set(['33.74', '33.74.01']);
    expect(parseDashboardQuery('wilayah=33.74.01', { ...bounds, regions }).state.wilayah).toBe('33.74.01');
    expect(parseDashboardQuery('wilayah=33.74.99', { ...bounds, regions }).problems).toHaveLength(1);
  });

  it('ignores parameters that are not its own', () => {
    expect(parseDashboardQuery('utm_source=x&tahun=2024', bounds)).toEqual({
      state: { ...DEFAULT_STATE, tahun: 2024 },
      problems: [],
    });
  });
});

describe('dashboardQuery', () => {
  it('writes only non-default filters, in a fixed order', () => {
    expect(dashboardQuery(DEFAULT_STATE)).toBe('');
    expect(dashboardQuery({ tahun: 2025, triwulan: 2, bahasa: 'en', wilayah: '33.74.01' })).toBe(
      '?tahun=2025&triwulan=2&bahasa=en&wilayah=33.74.01',
    );
  });

  it('keeps other parameters after its own and replaces stale ones of its own', () => {
    expect(dashboardQuery({ ...DEFAULT_STATE, tahun: 2023 }, '?tahun=2021&utm_source=x')).toBe(
      '?tahun=2023&utm_source=x',
    );
  });
});

const stateArb: fc.Arbitrary<DashboardState> = fc.record({
  tahun: fc.option(fc.integer({ min: 2021, max: 2026 }), { nil: null }),
  triwulan: fc.option(fc.constantFrom<Triwulan>(1, 2, 3, 4), { nil: null }),
  bahasa: fc.constantFrom('id' as const, 'en' as const),
  wilayah: fc.option(
    fc
      .tuple(fc.integer({ min: 1, max: 16 }), fc.option(fc.integer({ min: 1001, max: 1020 }), { nil: null }))
      .map(([k, d]) => `33.74.${String(k).padStart(2, '0')}${d === null ? '' : `.${d}`}`),
    { nil: null },
  ),
});

describe('properties', () => {
  it('parse(write(state)) is the state, with no problems', () => {
    fc.assert(
      fc.property(stateArb, (s) => {
        const parsed = parseDashboardQuery(dashboardQuery(s), bounds);
        expect(parsed.problems).toEqual([]);
        expect(sameState(parsed.state, s)).toBe(true);
      }),
    );
  });

  it('any query string parses without throwing, and every problem names a parameter of its own', () => {
    fc.assert(
      fc.property(fc.string(), (q) => {
        const parsed = parseDashboardQuery(q, bounds);
        for (const p of parsed.problems)
          expect(['tahun', 'triwulan', 'bahasa', 'wilayah']).toContain(p.param);
        const t = parsed.state.tahun;
        expect(t === null || (t >= 2021 && t <= 2026)).toBe(true);
      }),
    );
  });
});
