import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';

/** JSON files at least this large become `JSON.parse('…')` (Vite's own `json.stringify: 'auto'` threshold). */
const MIN_BYTES = 10 * 1024;

/**
 * Bundle the workspace's large JSON data (the sample observations, boundaries, the poverty aggregate) as
 * `export default JSON.parse("…")` instead of a JavaScript object literal. V8 scans a JSON string much faster than
 * it parses the same object literal, which shortens the dashboard's start; the JSON is minified on the way.
 *
 * Needed because the packages import their data with `with { type: 'json' }` (so Node runs them unbundled), and
 * Vite 8 then bundles it as a literal whatever `json.stringify` says. Only the default export is kept, which is
 * all the packages use; small files and `node_modules` are left to Vite.
 */
export function jsonParseForLargeData(): Plugin {
  return {
    name: 'satata:json-parse',
    enforce: 'pre',
    load(id) {
      if (!id.endsWith('.json') || id.includes('/node_modules/')) return null;
      const source = readFileSync(id, 'utf8');
      if (source.length < MIN_BYTES) return null;
      const minified = JSON.stringify(JSON.parse(source));
      return {
        code: `export default /* @__PURE__ */ JSON.parse(${JSON.stringify(minified)});`,
        moduleType: 'js',
      };
    },
  };
}
