import {
  duplicateRegionNames,
  normalizeRegionName,
  REGION_ALIASES,
  REGIONS,
  resolveRegionName,
} from '@satata/semarang';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

const kodeOf = (name: string, opts?: Parameters<typeof resolveRegionName>[1]) => {
  const r = resolveRegionName(name, opts);
  return r.status === 'ok' ? r.region.kode : r.status;
};

describe('resolveRegionName', () => {
  it('refuses the duplicated kelurahan names and lists the candidates (CSV: two Mangunharjo, two Purwosari)', () => {
    const m = resolveRegionName('Mangunharjo');
    expect(m.status).toBe('ambiguous');
    expect(m.status === 'ambiguous' && m.candidates.map((c) => c.kode)).toEqual([
      '33.74.10.1003',
      '33.74.16.1007',
    ]);
    const p = resolveRegionName('PURWOSARI');
    expect(p.status === 'ambiguous' && p.candidates.map((c) => c.kode)).toEqual([
      '33.74.02.1004',
      '33.74.14.1005',
    ]);
  });

  it('resolves a duplicated name inside a kecamatan given by code or by name', () => {
    expect(kodeOf('Mangunharjo', { kecamatan: 'Tugu' })).toBe('33.74.16.1007');
    expect(kodeOf('Mangunharjo', { kecamatan: '33.74.10' })).toBe('33.74.10.1003');
    expect(kodeOf('Purwosari', { kecamatan: 'Mijen' })).toBe('33.74.14.1005');
    expect(kodeOf('Purwosari', { kecamatan: 'Semarang Utara' })).toBe('33.74.02.1004');
    expect(kodeOf('Purwosari', { kecamatan: 'Tembalang' })).toBe('unknown');
    expect(resolveRegionName('Purwosari', { kecamatan: 'Atlantis' })).toMatchObject({ status: 'unknown' });
  });

  it('refuses a kelurahan named like its kecamatan unless the level says which', () => {
    expect(kodeOf('Tembalang')).toBe('ambiguous');
    expect(kodeOf('Tembalang', { level: 'kecamatan' })).toBe('33.74.10');
    expect(kodeOf('Tembalang', { level: 'kelurahan' })).toBe('33.74.10.1006');
    expect(kodeOf('Kel. Tembalang')).toBe('33.74.10.1006');
    expect(kodeOf('Kecamatan Mijen')).toBe('33.74.14');
  });

  it('resolves the 7 hand-matched BPS spellings and common variants through the alias table', () => {
    // CSV catatan_padanan "ejaan berbeda (dicocokkan manual)".
    expect(kodeOf('KEDUNGPANI')).toBe('33.74.14.1010');
    expect(kodeOf('Kedungpane')).toBe('33.74.14.1010');
    expect(kodeOf('PENDRIKAN LOR')).toBe('33.74.01.1015');
    expect(kodeOf('PENDRIKAN KIDUL')).toBe('33.74.01.1014');
    expect(kodeOf('MUGASSARI')).toBe('33.74.07.1004');
    expect(kodeOf('BENDAN DUWUR')).toBe('33.74.09.1002');
    expect(kodeOf('PUNGANGAN')).toBe('33.74.12.1006');
    expect(kodeOf('SUMUREJO')).toBe('33.74.12.1014');
    expect(REGION_ALIASES.filter((a) => a.sumber === 'bps-mfd-2018')).toHaveLength(7);
    expect(kodeOf('Tanjung Emas')).toBe('33.74.02.1008');
    expect(kodeOf('Ngalian', { level: 'kecamatan' })).toBe('33.74.15');
    expect(kodeOf('Semarang')).toBe('33.74');
    expect(kodeOf('Kota Semarang')).toBe('33.74');
  });

  it('ignores case, spaces and punctuation, and old spellings', () => {
    expect(kodeOf('tanjungmas')).toBe('33.74.02.1008');
    expect(kodeOf('  TANJUNG-MAS ')).toBe('33.74.02.1008');
    expect(kodeOf('Karangkidul')).toBe('33.74.01.1012');
    expect(kodeOf('Djomblang')).toBe('33.74.08.1004');
    expect(normalizeRegionName('Bendan Dhuwur')).toBe(normalizeRegionName('bendan duwur'));
  });

  it('reports unknown and empty names instead of guessing', () => {
    expect(resolveRegionName('Tlogosari')).toMatchObject({ status: 'unknown' }); // Kulon or Wetan: not a name
    expect(resolveRegionName('')).toMatchObject({ status: 'unknown', reason: 'nama kosong' });
    expect(resolveRegionName('Jakarta Pusat')).toMatchObject({ status: 'unknown' });
  });

  it('finds every duplicate name in the data', () => {
    const dups = duplicateRegionNames();
    expect([...dups.keys()].sort()).toEqual(
      [
        'Banyumanik',
        'Gajahmungkur',
        'Gayamsari',
        'Gunungpati',
        'Mangunharjo',
        'Mijen',
        'Ngaliyan',
        'Purwosari',
        'Tembalang',
      ].sort(),
    );
  });

  it('resolves every official name to its own region once level and kecamatan are given (property)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...REGIONS),
        fc.constantFrom('upper', 'lower', 'spaced', 'dashed'),
        (region, style) => {
          const name =
            style === 'upper'
              ? region.nama.toUpperCase()
              : style === 'lower'
                ? region.nama.toLowerCase()
                : style === 'spaced'
                  ? ` ${region.nama.split('').join(' ')} `
                  : region.nama.replace(/ /g, '-');
          const kecamatan = region.level === 'kelurahan' ? region.induk : undefined;
          const r = resolveRegionName(name, { level: region.level, ...(kecamatan ? { kecamatan } : {}) });
          expect(r.status === 'ok' && r.region.kode).toBe(region.kode);
          // Without hints it never returns a different region: ok for this one, or ambiguous including it.
          const bare = resolveRegionName(name);
          if (bare.status === 'ok') expect(bare.region.kode).toBe(region.kode);
          else
            expect(bare.status === 'ambiguous' && bare.candidates.some((c) => c.kode === region.kode)).toBe(
              true,
            );
        },
      ),
      { numRuns: 300 },
    );
  });
});
