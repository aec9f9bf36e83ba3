// Mutation testing (`pnpm mutation`): StrykerJS with its Vitest runner over the engine, the privacy rules and the
// data client. Not part of CI (it takes about an hour); the goal is a mutation score ≥ 90 % on the engine.
// `pnpm mutation engine` (or privacy, data) limits the run to one part and runs it file by file, incrementally,
// summing the stored reports; see scripts/mutation.ts.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.ts' },
  plugins: ['@stryker-mutator/vitest-runner'],
  coverageAnalysis: 'perTest',
  mutate: [
    'packages/core/src/engine/**/*.ts',
    'packages/core/src/privacy/**/*.ts',
    'packages/data/src/**/*.ts',
    '!**/index.ts',
  ],
  ignoreStatic: true,
  concurrency: 2,
  timeoutMS: 20_000,
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  thresholds: { high: 90, low: 80, break: null },
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};
