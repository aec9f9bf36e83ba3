import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/**
 * The unit tests that guard the mutated code (see stryker.config.mjs): core and data, in Node. The workspace
 * packages resolve to the sources beside this file, so Stryker's sandbox copy (not the original tree that the
 * node_modules symlinks point at) is what the tests import.
 */
export default defineConfig({
  resolve: {
    alias: {
      '@satata/core': here('./packages/core/src/index.ts'),
      '@satata/data': here('./packages/data/src/index.ts'),
    },
  },
  test: {
    include: ['test/core/**/*.test.ts', 'test/data/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
  },
});
