import { createRequire } from 'node:module';
import { LANG_ID, LOCALE_ID, renderToSvg, trendOption } from '@satata/charts';
import { describe, expect, it } from 'vitest';
import { trendVm } from './fixtures.ts';

// ECharts' own English locale object (CommonJS build), resolved from the charts package: the structure to mirror.
const requireFromCharts = createRequire(new URL('../../packages/charts/package.json', import.meta.url));
const langEN: unknown = requireFromCharts('echarts/i18n/langEN-obj.js');

type Tree = { [k: string]: Tree | string | readonly string[] };

function shape(t: Tree, prefix = ''): string[] {
  return Object.entries(t).flatMap(([k, v]) =>
    typeof v === 'object' && !Array.isArray(v)
      ? shape(v as Tree, `${prefix}${k}.`)
      : [`${prefix}${k}${Array.isArray(v) ? `[${v.length}]` : ''}`],
  );
}

function leaves(t: Tree, prefix = ''): [string, string][] {
  return Object.entries(t).flatMap(([k, v]) =>
    typeof v === 'string'
      ? [[`${prefix}${k}`, v] as [string, string]]
      : Array.isArray(v)
        ? []
        : leaves(v as Tree, `${prefix}${k}.`),
  );
}

describe('the Indonesian ECharts locale', () => {
  it('has exactly the keys (and array lengths) of echarts’ langEN', () => {
    expect(shape(LANG_ID as unknown as Tree).sort()).toEqual(shape(langEN as unknown as Tree).sort());
  });

  it('keeps every {placeholder} of each aria sentence', () => {
    const en = new Map(leaves(langEN as unknown as Tree));
    for (const [key, id] of leaves(LANG_ID as unknown as Tree)) {
      const ph = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
      expect(ph(id), key).toEqual(ph(en.get(key)!));
    }
  });

  it('is registered as ID and used by SSR', () => {
    expect(LOCALE_ID).toBe('ID');
    expect(LANG_ID.time.monthAbbr[7]).toBe('Agu');
    // rendering with the ID locale works end to end
    expect(renderToSvg(trendOption(trendVm()), { width: 320, height: 200 })).toMatch(/^<svg/);
  });
});
