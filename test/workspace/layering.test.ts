/**
 * DESIGN.md §2: lower layers never import higher ones. Each package may import only the packages listed here
 * (plus its own files and Node/third-party modules declared in its package.json).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const allowed: Record<string, string[]> = {
  core: [],
  data: ['core'],
  semarang: ['core'],
  charts: ['core'],
  react: ['core', 'data', 'charts'],
  embed: ['core', 'data', 'charts', 'react', 'semarang'],
  // The publish command runs the whole chain in Node, and server-renders the dashboard app's page.
  publish: ['core', 'data', 'charts', 'react', 'semarang', 'dashboard'],
};

/** Static imports/re-exports, side-effect imports and dynamic imports; comments and strings elsewhere are ignored. */
const IMPORT =
  /^\s*(?:import|export)\b[^'";]*?\bfrom\s*['"]([^'"]+)['"]|^\s*import\s*['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)/gm;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (name === 'node_modules') return [];
    return statSync(p).isDirectory() ? files(p) : /\.(ts|tsx)$/.test(name) ? [p] : [];
  });
}

const present = readdirSync(join(root, 'packages')).filter((d) =>
  statSync(join(root, 'packages', d)).isDirectory(),
);

describe('package layering', () => {
  it('every package has a layering rule', () => {
    expect(present.filter((p) => !(p in allowed))).toEqual([]);
  });
  for (const [pkg, deps] of Object.entries(allowed).filter(([p]) => present.includes(p))) {
    it(`${pkg} imports only ${deps.join(', ') || 'no other Satata package'}`, () => {
      const src = join(root, 'packages', pkg, 'src');
      const manifest = JSON.parse(readFileSync(join(root, 'packages', pkg, 'package.json'), 'utf8'));
      const declared = new Set([
        ...Object.keys(manifest.dependencies ?? {}),
        ...Object.keys(manifest.peerDependencies ?? {}),
      ]);
      // Type-only packages (e.g. `geojson`) are satisfied by their @types/ package.
      const typesOnly = new Set(
        Object.keys(manifest.devDependencies ?? {})
          .filter((d) => d.startsWith('@types/'))
          .map((d) => d.slice(7)),
      );
      const bad: string[] = [];
      let seen = 0;
      for (const file of files(src)) {
        const text = readFileSync(file, 'utf8');
        for (const m of text.matchAll(IMPORT)) {
          const spec = (m[1] ?? m[2] ?? m[3])!;
          seen++;
          const typeOnly = /^\s*(?:import|export)\s+type\b/.test(m[0]);
          if (spec.startsWith('.') || spec.startsWith('node:')) continue;
          const name = spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]!;
          if (name.startsWith('@satata/')) {
            if (!deps.includes(name.slice(8))) bad.push(`${file}: ${spec}`);
          } else if (!declared.has(name) && !(typeOnly && typesOnly.has(name))) {
            bad.push(`${file}: ${spec} (not in package.json)`);
          }
        }
      }
      expect(seen).toBeGreaterThan(0); // the scanner does find imports
      expect(bad).toEqual([]);
    });
  }
});
