/**
 * Each package exports a chosen, documented list (issue 10 §9): no package index (nor a sub-index of core) re-exports
 * a whole module with `export *`; every name a package exports carries TSDoc where it is defined; and the internals
 * named below stay internal. `packages/data` has its own list (another engineer's), and core's engine index is the
 * engine's own chosen list (it re-exports its result types as a whole: `export type *` of `types.ts`).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const PACKAGES = {
  core: 'packages/core/src/index.ts',
  charts: 'packages/charts/src/index.ts',
  react: 'packages/react/src/index.ts',
  semarang: 'packages/semarang/src/index.ts',
} as const;

/** Names that are internals of their package: used inside it (and by tests through a relative path) only. */
const INTERNAL: Readonly<Record<keyof typeof PACKAGES, readonly string[]>> = {
  core: [
    'parsedPeriods',
    'sortedByPeriod',
    'joinList',
    'columnLabel',
    'isWithinRegion',
    'defineLazy',
    'lazyRecord',
    'lazyBilingual',
    'bandOf',
  ],
  charts: ['resolveBase', 'tooltipBase', 'ariaOption', 'safeFontFamily'],
  react: [
    'chartMaps',
    'needsResize',
    'withoutTooltip',
    'createMapRegistry',
    'ChartRegistry',
    'errorDetail',
    'errorKind',
    'errorMessage',
    'resolveTable',
    'luminance',
    'contrastRatio',
    'themeVariables',
  ],
  semarang: [],
};

function indexFiles(): string[] {
  const core = join(root, 'packages/core/src');
  const subIndexes = readdirSync(core)
    .filter((d) => statSync(join(core, d)).isDirectory() && d !== 'engine')
    .map((d) => join(core, d, 'index.ts'))
    .filter((f) => {
      try {
        return statSync(f).isFile();
      } catch {
        return false;
      }
    });
  return [...Object.values(PACKAGES).map((p) => join(root, p)), ...subIndexes];
}

describe('chosen export lists', () => {
  it('no package index or core sub-index re-exports a whole module', () => {
    const files = indexFiles();
    expect(files.length).toBeGreaterThanOrEqual(12);
    const wholesale = files.flatMap((f) =>
      readFileSync(f, 'utf8')
        .split('\n')
        .filter((line) => /^\s*export\s+(type\s+)?\*/.test(line))
        .map((line) => `${relative(root, f)}: ${line.trim()}`),
    );
    expect(wholesale).toEqual([]);
  });

  const config = ts.getParsedCommandLineOfConfigFile(
    join(root, 'tsconfig.json'),
    {},
    { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} },
  )!;
  const program = ts.createProgram(
    Object.values(PACKAGES).map((p) => join(root, p)),
    config.options,
  );
  const checker = program.getTypeChecker();
  const exportsOf = (entry: string) =>
    checker.getExportsOfModule(checker.getSymbolAtLocation(program.getSourceFile(join(root, entry))!)!);

  for (const [pkg, entry] of Object.entries(PACKAGES) as [keyof typeof PACKAGES, string][]) {
    it(`every export of @satata/${pkg} is documented where it is defined`, () => {
      const names = exportsOf(entry);
      expect(names.length).toBeGreaterThan(10);
      const undocumented = names.flatMap((s) => {
        const real = s.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(s) : s;
        // A symbol of a package outside the workspace (ECharts' namespace, TanStack's client) documents itself.
        const decl = real.declarations?.[0];
        if (decl?.getSourceFile().fileName.includes('node_modules')) return [];
        const doc = ts.displayPartsToString(real.getDocumentationComment(checker)).trim();
        return doc ? [] : [`${s.name} (${decl ? relative(root, decl.getSourceFile().fileName) : '?'})`];
      });
      expect(undocumented).toEqual([]);
    });

    it(`@satata/${pkg} keeps its internals internal`, () => {
      const names = new Set(exportsOf(entry).map((s) => s.name));
      expect(INTERNAL[pkg].filter((n) => names.has(n))).toEqual([]);
    });
  }
});
