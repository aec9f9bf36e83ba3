/**
 * The README example, runnable: `npx tsx packages/semarang/examples/quickstart.ts` from the repository root.
 */
import { computeScorecard } from '@satata/core';
import {
  featuresOf,
  getRegion,
  kemendagriFromBps,
  regionIndex,
  resolveRegionName,
  sampleCatalog,
  sampleObservations,
} from '@satata/semarang';

console.log(getRegion('33.74.14.1010').nama); // 'Kedungpane'
console.log(kemendagriFromBps('3374010010')); // '33.74.14.1010' (BPS spells it KEDUNGPANI)
console.log(regionIndex.has('33.74.01.1001')); // true

console.log(resolveRegionName('KEDUNGPANI'));
console.log(resolveRegionName('Mangunharjo'));
console.log(resolveRegionName('Mangunharjo', { kecamatan: 'Tugu' }));

const kelurahan = await featuresOf('kelurahan');
const scorecard = computeScorecard(
  { catalog: sampleCatalog, observations: sampleObservations },
  { tahun: 2024 },
);
console.log(
  kelurahan.features.length,
  'kelurahan;',
  scorecard.rows.length,
  'IKU pada kartu skor 2024 (ilustratif)',
);
