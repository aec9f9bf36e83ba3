/**
 * Writes `data/wilayah.json` (see `lib/regions.ts`). Run: `npx tsx packages/semarang/scripts/build-regions.ts`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildWilayahJson } from './lib/regions.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const text = buildWilayahJson(
  readFileSync(join(root, 'data/raw/wilayah/kode_wilayah_kota_semarang.csv'), 'utf8'),
  readFileSync(join(root, 'data/raw/geo/kelurahan_kota_semarang_3374.geojson'), 'utf8'),
);
writeFileSync(join(root, 'data/wilayah.json'), text);
const rows = (JSON.parse(text) as { wilayah: { level: string }[] }).wilayah;
console.log(
  `data/wilayah.json: ${rows.length} wilayah (${rows.filter((r) => r.level === 'kecamatan').length} kecamatan, ${rows.filter((r) => r.level === 'kelurahan').length} kelurahan)`,
);
