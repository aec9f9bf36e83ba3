/**
 * The observation column `ilustratif` (generated, not a published figure) through every source of the data
 * client — CSV text, JSON rows, Arrow IPC and a CKAN DataStore — and on into the engine, where it becomes
 * `flags.realisasiIlustratif`. The rows are made up for the tests.
 */
import { type ColumnTable, computeResults, parseCatalog } from '@satata/core';
import { createCkanClient, loadArrow, loadCsv, loadJson, observationDataset } from '@satata/data';
import { afterEach, describe, expect, it } from 'vitest';
import { base } from '../core/engine/fixtures.ts';
import { manualClock } from './helpers/clock.ts';
import { send, startServer, type TestServer } from './helpers/server.ts';

const catalog = parseCatalog({
  id: 'uji',
  nama: { id: 'Uji' },
  wilayah: '33.74',
  rpjmd: { mulai: 2021, akhir: 2026 },
  indikator: [base('IKU-01', {})],
});

const dataset = observationDataset('iku');

/** The kota's realisasiIlustratif per year 2022–2025 after the engine. */
function engineFlags(table: ColumnTable): boolean[] {
  const { rows, issues } = computeResults({ catalog, observations: table });
  expect(issues).toEqual([]);
  return ['2022', '2023', '2024', '2025'].map(
    (p) => rows.find((r) => r.wilayah === '33.74' && r.periode === p)!.flags.realisasiIlustratif!,
  );
}

const CSV = [
  'indikator,wilayah,periode,nilai,ilustratif',
  'IKU-01,33.74,2022,1,true',
  'IKU-01,33.74,2023,2,false',
  'IKU-01,33.74,2024,3,1',
  'IKU-01,33.74,2025,4,0',
  'IKU-01,33.74.01,2025,5,',
  'IKU-01,33.74.02,2025,6,mungkin',
].join('\n');

describe('ilustratif in the data client', () => {
  it('CSV: true/false and 1/0 are read as booleans, an empty cell as null; other text is an issue', () => {
    const { table, report } = loadCsv(CSV, dataset);
    expect(report.issues).toEqual([
      expect.objectContaining({
        code: 'schema',
        severity: 'error',
        row: 5,
        field: 'ilustratif',
        value: 'mungkin',
      }),
    ]);
    expect(table.array('ilustratif')).toEqual([true, false, true, false, null]);
    expect(engineFlags(table)).toEqual([true, false, true, false]);
  });

  it('CSV without the column: the engine marks nothing', () => {
    const { table, report } = loadCsv(
      'indikator,wilayah,periode,nilai\nIKU-01,33.74,2022,1\nIKU-01,33.74,2023,2',
      dataset,
    );
    expect(report.issues).toEqual([]);
    expect(engineFlags(table)).toEqual([false, false, false, false]);
  });

  it('JSON rows keep their booleans', () => {
    const json = JSON.stringify([
      { indikator: 'IKU-01', wilayah: '33.74', periode: '2022', nilai: 1, ilustratif: true },
      { indikator: 'IKU-01', wilayah: '33.74', periode: '2023', nilai: 2 },
      { indikator: 'IKU-01', wilayah: '33.74', periode: '2024', nilai: 3, ilustratif: false },
      { indikator: 'IKU-01', wilayah: '33.74', periode: '2025', nilai: 4, ilustratif: true },
    ]);
    const { table, report } = loadJson(json, dataset);
    expect(report.issues).toEqual([]);
    expect(table.array('ilustratif')).toEqual([true, null, false, true]);
    expect(engineFlags(table)).toEqual([true, false, false, true]);
  });

  it('Arrow IPC: a boolean column survives the round trip', () => {
    const first = loadCsv(CSV, dataset).table;
    const { table, report } = loadArrow(first.toArrowIPC(), dataset);
    expect(report.issues).toEqual([]);
    expect(Array.from(table.array('ilustratif') as ArrayLike<unknown>)).toEqual([
      true,
      false,
      true,
      false,
      null,
    ]);
    expect(engineFlags(table)).toEqual([true, false, true, false]);
  });

  describe('CKAN DataStore', () => {
    let server: TestServer | undefined;
    afterEach(async () => {
      await server?.close();
      server = undefined;
    });

    it('text records typed by the observation spec carry the flag', async () => {
      // A constructed DataStore answer (every field `text`, as CKAN portals commonly serve them).
      const records = [
        ['2022', '1', 'true'],
        ['2023', '2', 'false'],
        ['2024', '3', '1'],
        ['2025', '4', ''],
      ].map(([periode, nilai, ilustratif], i) => ({
        _id: i + 1,
        indikator: 'IKU-01',
        wilayah: '33.74',
        periode,
        nilai,
        ilustratif,
      }));
      const fields = ['_id', 'indikator', 'wilayah', 'periode', 'nilai', 'ilustratif'].map((id) => ({
        id,
        type: id === '_id' ? 'int' : 'text',
      }));
      server = await startServer((_req, res, url) =>
        send(res, 200, {
          help: `${url.origin}/api/3/action/help_show?name=datastore_search`,
          success: true,
          result: { resource_id: 'r', fields, records, total: records.length, limit: 100, offset: 0 },
        }),
      );
      const ckan = createCkanClient({ baseUrl: server.origin, clock: manualClock(), random: () => 0.5 });
      const { table, report } = await ckan.datastoreSearch({ resourceId: 'r', limit: 100, dataset });
      expect(report.issues).toEqual([]);
      expect(table.array('ilustratif')).toEqual([true, false, true, null]);
      expect(engineFlags(table)).toEqual([true, false, true, false]);
    });
  });
});
