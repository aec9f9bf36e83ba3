/**
 * The package entry: zod is switched to jitless mode on import (strict CSP), the re-exported `z` is that
 * instance, and the README's quickstart example runs and gives what the README shows.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { z } from '@satata/data';
import { describe, expect, it } from 'vitest';
import { quickstart } from '../../packages/data/examples/quickstart.ts';

describe('entry', () => {
  it('configures zod jitless before anything parses', () => {
    expect(z.config().jitless).toBe(true);
  });

  it('runs the quickstart example of the README', () => {
    const { table, report } = quickstart();
    expect(table.numRows()).toBe(3);
    // 8 rows: 3 in the table, 4 rejected, 1 identical copy kept once.
    expect(report).toMatchObject({ totalRows: 8, acceptedRows: 4, rejectedRows: 4 });
    expect(report.issues.map((i) => [i.row, i.code, i.severity])).toEqual([
      [7, 'unknown-region', 'error'],
      [6, 'unknown-indicator', 'error'],
      [2, 'duplicate-key', 'warning'],
      [3, 'duplicate-key', 'error'],
      [4, 'duplicate-key', 'error'],
    ]);
    const readme = readFileSync(join(import.meta.dirname, '../../packages/data/README.md'), 'utf8');
    expect(readme).toContain('npx tsx packages/data/examples/quickstart.ts');
    expect(readme).toContain('3 baris di tabel, 4 ditolak, 1 duplikat identik dipakai sekali');
  });
});

describe('the public surface', () => {
  const index = join(import.meta.dirname, '../../packages/data/src/index.ts');

  it('exports exactly the chosen values (internals such as parseCsv or backoffDelay stay internal)', async () => {
    const api = await import('@satata/data');
    expect(Object.keys(api).sort()).toEqual(
      [
        'AbortError',
        'CkanError',
        'CkanExtra',
        'CkanOrganization',
        'CkanPackage',
        'CkanPackageSearchResult',
        'CkanResource',
        'DEFAULT_BACKOFF',
        'DEFAULT_DATASTORE_MAX_BYTES',
        'DEFAULT_ETAG_MAX_BYTES',
        'DEFAULT_MAX_BYTES',
        'DEFAULT_MAX_PAGES',
        'DEFAULT_MAX_RECORDS',
        'DEFAULT_MAX_REDIRECTS',
        'DataError',
        'DatastoreField',
        'HtmlPageError',
        'HttpError',
        'LimitError',
        'NetworkError',
        'OBSERVATION_COLUMNS',
        'OriginError',
        'PagingError',
        'SchemaError',
        'TimeoutError',
        'catalogScope',
        'ckanQueryKey',
        'columnsFromFields',
        'createCkanClient',
        'createDataClient',
        'createRequester',
        'extrasToObservations',
        'isDataError',
        'loadArrow',
        'loadCsv',
        'loadInline',
        'loadJson',
        'observationDataset',
        'parseNumberText',
        'periodOfExtraKey',
        'readNumberText',
        'sourceQueryKey',
        'stableKey',
        'stableParams',
        'systemClock',
        'z',
      ].sort(),
    );
  });

  // A property of the sources as written: a mutation run (StrykerJS) rewrites them with its own helpers, which
  // detach the first comment of a file from its declaration, so the check is left to ordinary runs.
  it.skipIf(process.env.STRYKER_MUTATOR_WORKER !== undefined)(
    'uses no export * and documents every export with TSDoc',
    async () => {
      const source = readFileSync(index, 'utf8');
      expect(source).not.toMatch(/export \*/);
      const ts = (await import('typescript')).default;
      // The package's own files only (no lib, no node_modules): enough to follow its re-exports to their TSDoc.
      const src = dirname(index);
      const files = (readdirSync(src, { recursive: true }) as string[])
        .filter((f) => f.endsWith('.ts'))
        .map((f) => join(src, f));
      const program = ts.createProgram(files, {
        allowImportingTsExtensions: true,
        noEmit: true,
        noResolve: true,
        noLib: true,
        types: [],
        module: ts.ModuleKind.ESNext,
        moduleResolution: ts.ModuleResolutionKind.Bundler,
        target: ts.ScriptTarget.ES2022,
      });
      const checker = program.getTypeChecker();
      const file = program.getSourceFile(index)!;
      const exports = checker.getExportsOfModule(checker.getSymbolAtLocation(file)!);
      const undocumented = exports
        .filter((e) => e.name !== 'z')
        .filter((e) => {
          const symbol = e.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(e) : e;
          return symbol.getDocumentationComment(checker).length === 0;
        })
        .map((e) => e.name);
      expect(undocumented).toEqual([]);
      // 46 values (above) and 43 types: a new export is a choice, made here too.
      expect(exports).toHaveLength(89);
    },
  );
});
