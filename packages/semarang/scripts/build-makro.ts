/**
 * Writes `data/makro.json` (see `lib/makro.ts`). Run: `npx tsx packages/semarang/scripts/build-makro.ts`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildMakroJson } from './lib/makro.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const text = buildMakroJson(readFileSync(join(root, 'data/raw/indikator/makro_kota_semarang.csv'), 'utf8'));
writeFileSync(join(root, 'data/makro.json'), text);
console.log(`data/makro.json: ${(JSON.parse(text) as { makro: unknown[] }).makro.length} baris`);
