/**
 * Quickstart: run with `npx tsx packages/data/examples/quickstart.ts` from the repository root.
 *
 * Loads an Indonesian-style CSV (semicolons, decimal commas, a BOM) of IKU observations, checks it against a
 * region index and a catalog, and prints the accepted table and the data-quality report. The numbers are
 * illustrative.
 */
import { pathToFileURL } from 'node:url';
import {
  type CatalogScope,
  type LoadedTable,
  loadCsv,
  observationDataset,
  type RegionIndex,
} from '@satata/data';

const CSV = `\uFEFFindikator;wilayah;periode;nilai;numerator;denominator
IKU-01;33.74;2024;4,23;;
IKU-01;33.74;2025;3,98;;
IKU-01;33.74;2025;3,98;;
IKU-02;33.74.01;Triwulan II 2025;;12;300
IKU-02;33.74.01;Triwulan II 2025;;13;300
IKU-02;33.74.02;Triwulan II 2025;;7;250
IKU-07;33.74;2025;1.234;;
IKU-01;33.74.99;2025;5;;
`;

/** In an app, the region pack provides this (e.g. `regionIndex` of @satata/semarang). */
const regions: RegionIndex = { has: (code) => ['33.74', '33.74.01', '33.74.02'].includes(code) };
/** In an app: `catalogScope(parseCatalog(catalogJson))`. */
const catalog: CatalogScope = { indicators: new Set(['IKU-01', 'IKU-02']), years: { from: 2020, to: 2026 } };

/** Load the sample CSV and return the result. */
export function quickstart(): LoadedTable {
  return loadCsv(CSV, observationDataset('iku-contoh', { numberFormat: 'id' }), {
    ctx: { regions, catalog },
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { table, report, meta } = quickstart();
  console.log(`pemisah ${JSON.stringify(meta.csv?.delimiter)}, BOM ${meta.csv?.bom}`);
  console.log(
    table.select('indikator', 'wilayah', 'periode', 'nilai', 'numerator', 'denominator').toMarkdown(),
  );
  const merged = report.issues.filter((i) => i.code === 'duplicate-key' && i.severity === 'warning').length;
  console.log(
    `${table.numRows()} baris di tabel, ${report.rejectedRows} ditolak, ${merged} duplikat identik dipakai sekali:`,
  );
  for (const i of report.issues) {
    console.log(
      `- baris ${i.row}, ${i.field}: ${JSON.stringify(i.value)} — diharapkan ${i.expected} (${i.severity})`,
    );
  }
}
