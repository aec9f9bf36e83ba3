import { readFileSync } from 'node:fs';
import { RegionLevel, Region as RegionSchema } from '@satata/core';
import {
  bpsFromKemendagri,
  childrenOf,
  getRegion,
  KECAMATAN,
  KELURAHAN,
  kemendagriFromBps,
  REGIONS,
  regionByCode,
  regionIndex,
  UnknownRegionError,
} from '@satata/semarang';
import { describe, expect, it } from 'vitest';

// Expected figures come from data/raw/wilayah/kode_wilayah_kota_semarang.csv (177 rows, 16 kecamatan).
const csv = readFileSync(
  new URL('../../packages/semarang/data/raw/wilayah/kode_wilayah_kota_semarang.csv', import.meta.url),
  'utf8',
)
  .trim()
  .split('\n')
  .slice(1)
  .map((line) => line.split(','));

describe('kode wilayah', () => {
  it('has 1 kota, 16 kecamatan and 177 kelurahan, each a valid core Region', () => {
    expect(REGIONS).toHaveLength(194);
    expect(KECAMATAN).toHaveLength(16);
    expect(KELURAHAN).toHaveLength(177);
    for (const r of REGIONS) expect(RegionSchema.parse(r)).toEqual(r);
    expect(RegionLevel.options).toContain(REGIONS[0]!.level);
    expect(REGIONS[0]).toEqual({ kode: '33.74', nama: 'Kota Semarang', level: 'kota', kodeBps: '3374' });
  });

  it('matches the CSV row by row: code, name, parent, BPS code', () => {
    expect(csv).toHaveLength(177);
    for (const [kode, nama, kec, namaKec, kecBps, , kelBps] of csv) {
      expect(getRegion(kode!)).toEqual({
        kode,
        nama,
        level: 'kelurahan',
        induk: kec,
        ...(kelBps ? { kodeBps: kelBps } : {}),
      });
      expect(getRegion(kec!)).toMatchObject({ nama: namaKec, induk: '33.74', kodeBps: kecBps });
    }
  });

  it('crosswalks BPS ↔ Kemendagri through the table, never by removing dots', () => {
    // CSV: Kemendagri 33.74.14 Mijen is BPS 3374010; 33.74.01 Semarang Tengah is BPS 3374130.
    expect(kemendagriFromBps('3374010')).toBe('33.74.14');
    expect(kemendagriFromBps('3374130')).toBe('33.74.01');
    expect(kemendagriFromBps('3374130005')).toBe('33.74.01.1001'); // MIROTO
    expect(kemendagriFromBps('3374011001')).toBeUndefined(); // the dotless Kemendagri code is not a BPS code
    expect(bpsFromKemendagri('33.74.14.1010')).toBe('3374010010'); // Kedungpane = BPS KEDUNGPANI
    // The 5 kelurahan missing from the BPS MFD 2018 extract have no BPS code.
    for (const kode of [
      '33.74.01.1013',
      '33.74.05.1002',
      '33.74.10.1001',
      '33.74.10.1009',
      '33.74.11.1008',
    ]) {
      expect(bpsFromKemendagri(kode)).toBeUndefined();
    }
  });

  it('looks up by code, lists children and reports unknown codes with a typed error', () => {
    expect(regionByCode('33.74.99')).toBeUndefined();
    expect(() => getRegion('33.74.99')).toThrow(UnknownRegionError);
    expect(childrenOf('33.74')).toHaveLength(16);
    expect(childrenOf('33.74.02').map((r) => r.nama)).toContain('Tanjung Mas');
    expect(KECAMATAN.reduce((n, k) => n + childrenOf(k.kode).length, 0)).toBe(177);
  });

  it('gives the data client an index with has(code)', () => {
    expect(regionIndex.size).toBe(194);
    expect(regionIndex.has('33.74.01.1001')).toBe(true);
    expect(regionIndex.has('3374011001')).toBe(false);
    expect(regionIndex.has('33.74.01.9999')).toBe(false);
    expect(regionIndex.codes()).toHaveLength(194);
  });
});
