/**
 * `pnpm bench`: runs every `bench/*.bench.ts` (or those whose names contain the CLI arguments) in order.
 * Each file exports `run(): Promise<void>` and prints its own figures.
 */
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const filters = process.argv.slice(2);
const files = readdirSync(here)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => filters.length === 0 || filters.some((x) => f.includes(x)))
  .sort();

console.log(`Satata benchmarks — Node ${process.version}, ${new Date().toISOString()}`);
for (const file of files) {
  console.log(`\n# ${file}`);
  const mod = (await import(pathToFileURL(join(here, file)).href)) as { run: () => Promise<void> };
  await mod.run();
}
