/**
 * Writes `data/kemiskinan-kelurahan.json`, the open kelurahan × year poverty aggregate (see
 * `lib/poverty-aggregate.ts`). The generated households stay in memory and are never written.
 * Run: `npx tsx packages/semarang/scripts/build-poverty-aggregate.ts`. Deterministic.
 */
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildPovertyAggregate } from './lib/poverty-aggregate.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { rows, text, lines } = buildPovertyAggregate();
writeFileSync(join(root, 'data/kemiskinan-kelurahan.json'), text);
console.log(`data/kemiskinan-kelurahan.json: ${rows.length} baris, ${(text.length / 1024).toFixed(1)} KB`);
for (const line of lines) console.log(line);
