/**
 * Writes `data/semarang.topo.json` and `data/semarang.topo.SOURCE.md` (see `lib/topology.ts` for the method) and
 * prints sizes and vertex counts before and after.
 * Run: `npx tsx packages/semarang/scripts/build-topology.ts`. Deterministic: same input, same bytes.
 */
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildTopology, readTopologyInputs } from './lib/topology.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { text, sourceMd, lines } = buildTopology(readTopologyInputs(root));
writeFileSync(join(root, 'data/semarang.topo.json'), text);
writeFileSync(join(root, 'data/semarang.topo.SOURCE.md'), sourceMd);
for (const line of lines) console.log(line);
