/**
 * Writes `data/sample-catalog.json` and `data/sample-observations.json` (see `lib/sample.ts`) from the published
 * macro rows (`data/makro.json`) and the open poverty aggregate (`data/kemiskinan-kelurahan.json`; build it first
 * with `scripts/build-poverty-aggregate.ts`). Run: `npx tsx packages/semarang/scripts/build-sample.ts`. Deterministic.
 */
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readSampleInputs, sampleTexts } from './lib/sample-io.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { catalogText, observationsText, catalog, observations } = sampleTexts(readSampleInputs(root));
writeFileSync(join(root, 'data/sample-catalog.json'), catalogText);
writeFileSync(join(root, 'data/sample-observations.json'), observationsText);
const n = catalog.indikator.length;
const ilus = catalog.indikator.filter((i) => i.ilustratif).length;
console.log(
  `data/sample-catalog.json: ${n} indikator (${ilus} ilustratif), ${(catalogText.length / 1024).toFixed(1)} KB`,
);
console.log(
  `data/sample-observations.json: ${observations.length} observasi, ${(observationsText.length / 1024).toFixed(1)} KB`,
);
