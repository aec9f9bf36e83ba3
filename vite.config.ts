import { defineConfig } from 'vitest/config';

/** Node-side test projects, one per package; tests live under test/, mirroring packages/. */
const nodeProject = (name: string) => ({
  test: {
    name,
    include: [`test/${name}/**/*.test.ts`],
    environment: 'node' as const,
    // Property tests over synthetic catalogs run the whole engine dozens of times; on a loaded 2-core machine
    // that can take more than Vitest's default 5 s. Nothing here is timed: the limit only stops a hung test.
    testTimeout: 30_000,
  },
});

export default defineConfig({
  test: {
    projects: [
      nodeProject('core'),
      nodeProject('data'),
      nodeProject('semarang'),
      nodeProject('charts'),
      nodeProject('workspace'),
      // The dashboard's rules (model, URL state, static server) in Node: no browser and no build needed.
      nodeProject('dashboard'),
      // The satata command: config, build (determinism, atomicity, the micro-data guard), a CKAN replay server
      // with faults, serve's headers. Builds take seconds each; files run one at a time (they share the machine).
      {
        test: {
          name: 'publish',
          include: ['test/publish/**/*.test.{ts,tsx}'],
          environment: 'node' as const,
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 180_000,
        },
      },
      {
        test: {
          name: 'react',
          include: ['test/react/**/*.test.{ts,tsx}'],
          environment: 'happy-dom' as const,
        },
      },
      {
        // Real Debian Chromium over built output (Storybook, dashboard); one browser per file, files in sequence.
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.ts'],
          environment: 'node',
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
