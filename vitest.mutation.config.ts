import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/**
 * The unit tests that guard the mutated code (see stryker.config.mjs): core and data, in Node. The workspace
 * packages resolve to the sources beside this file, so Stryker's sandbox copy (not the original tree that the
 * node_modules symlinks point at) is what the tests import.
 *
 * `SATATA_MUTATION_TESTS` (set by scripts/mutation.ts) narrows the tests to one part's own: `engine` runs only
 * test/core/engine. Fewer tests can only kill fewer mutants, so the narrowed score is never higher than the full
 * one; it is what keeps a run over the whole engine within hours on one core.
 */
const TESTS: Readonly<Record<string, readonly string[]>> = {
  all: ['test/core/**/*.test.ts', 'test/data/**/*.test.ts'],
  engine: ['test/core/engine/**/*.test.ts'],
};

export default defineConfig({
  resolve: {
    alias: {
      '@satata/core': here('./packages/core/src/index.ts'),
      '@satata/data': here('./packages/data/src/index.ts'),
    },
  },
  test: {
    include: [...(TESTS[process.env.SATATA_MUTATION_TESTS ?? 'all'] ?? TESTS.all!)],
    environment: 'node',
    testTimeout: 60_000,
  },
});
