/**
 * `pnpm mutation [engine|privacy|data …]`: mutation testing with StrykerJS (its Vitest runner) over the engine
 * (`packages/core/src/engine`), the privacy rules (`packages/core/src/privacy`) and the data client
 * (`packages/data/src`), or the parts named. Prints the mutation score of each part — detected (killed or timed
 * out) over valid mutants (detected, survived or without coverage) — and the goal line for the engine (≥ 90 %).
 * The HTML report is written to reports/mutation/index.html. Not part of `pnpm test` (it takes tens of minutes).
 */
import { Stryker } from '@stryker-mutator/core';

const PARTS: Readonly<Record<string, string>> = {
  engine: 'packages/core/src/engine/',
  privacy: 'packages/core/src/privacy/',
  data: 'packages/data/src/',
};
const GOAL: Readonly<Record<string, number>> = { engine: 90 };

const asked = process.argv.slice(2);
for (const a of asked) {
  if (!(a in PARTS)) {
    console.error(`bagian tidak dikenal: ${a} (pilih dari ${Object.keys(PARTS).join(', ')})`);
    process.exit(2);
  }
}
const parts = asked.length > 0 ? asked : Object.keys(PARTS);
const mutate = [...parts.map((p) => `${PARTS[p]}**/*.ts`), '!**/index.ts'];

const results = await new Stryker({ configFile: 'stryker.config.mjs', mutate }).runMutationTest();

console.log(
  '\nMutation score per part (detected = killed + timeout; valid = detected + survived + no coverage):',
);
let failed = false;
for (const part of parts) {
  const mine = results.filter((r) => r.fileName.replaceAll('\\', '/').includes(PARTS[part]!));
  const count = (...s: string[]) => mine.filter((r) => s.includes(r.status)).length;
  const detected = count('Killed', 'Timeout');
  const valid = detected + count('Survived', 'NoCoverage');
  const score = valid === 0 ? 100 : (detected / valid) * 100;
  console.log(
    `  ${part.padEnd(8)} ${score.toFixed(2)} % (${detected} of ${valid}; ${count('Survived')} survived, ` +
      `${count('NoCoverage')} without coverage)`,
  );
  const goal = GOAL[part];
  if (goal !== undefined) {
    const met = score >= goal;
    failed ||= !met;
    console.log(
      `  goal mutation score ${part} ≥ ${goal} %: ${score.toFixed(2)} % — ${met ? 'met' : 'not met'}`,
    );
  }
}
process.exitCode = failed ? 1 : 0;
