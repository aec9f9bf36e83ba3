import {
  concatHouseholds,
  generateHouseholds,
  HOUSEHOLD_FIELDS,
  householdsFromArrow,
  householdsToArrow,
  householdsToCsv,
  householdsToTable,
  KELURAHAN_CODES,
  makroSeries,
} from '@satata/semarang';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

function cityRate(h: ReturnType<typeof generateHouseholds>): {
  persons: number;
  poorPersons: number;
  p0: number;
} {
  let persons = 0;
  let poorPersons = 0;
  for (let i = 0; i < h.length; i++) {
    persons += h.members[i]!;
    if (h.poor[i]) poorPersons += h.members[i]!;
  }
  return { persons, poorPersons, p0: (poorPersons / persons) * 100 };
}

describe('generateHouseholds', () => {
  const h2023 = generateHouseholds({ seed: 1, year: 2023 });

  it('has Semarang scale: 560 000 households and about 1.65 M people', () => {
    expect(h2023.length).toBe(560_000);
    const { persons } = cityRate(h2023);
    expect(persons).toBeGreaterThan(1_600_000);
    expect(persons).toBeLessThan(1_700_000);
    expect(h2023.illustrative).toBe(true);
  });

  it('follows the published P0 series within 0.02 percentage points (BPS figures in data/raw/indikator)', {
    timeout: 60_000,
  }, () => {
    // Published P0 (percent of persons): 2017 4.62, 2019 3.98, 2020 4.34, 2021 4.56, 2022 4.25, 2023 4.23, 2024 4.03.
    for (const row of makroSeries('P0')) {
      const h = row.tahun === 2023 ? h2023 : generateHouseholds({ seed: 1, year: row.tahun });
      expect(h.calibration.p0.dasar).toBe('terbit');
      expect(Math.abs(cityRate(h).p0 - row.nilai)).toBeLessThan(0.02);
    }
  });

  it('interpolates unpublished years and says so (2018 between 4.62 and 3.98 → 4.30)', () => {
    const h = generateHouseholds({ seed: 1, year: 2018, households: 200_000 });
    expect(h.calibration.p0).toMatchObject({ dasar: 'interpolasi', nilai: 4.3 });
    expect(Math.abs(cityRate(h).p0 - 4.3)).toBeLessThan(0.05);
    // 2025 is after the last published year (2024: 4.03): carried forward.
    expect(generateHouseholds({ year: 2025, households: 1000 }).calibration.p0).toMatchObject({
      dasar: 'dibawa',
      nilai: 4.03,
    });
  });

  it('is poor exactly when per-capita expenditure is below the poverty line of the year (GK 2023 = 642 456)', () => {
    expect(h2023.calibration.povertyLine.nilai).toBe(642_456);
    for (let i = 0; i < h2023.length; i++) {
      if ((h2023.expenditure[i]! < 642_456 ? 1 : 0) !== h2023.poor[i]) throw new Error(`rumah tangga ${i}`);
    }
  });

  it('is poorer on the coast: Semarang Utara above the city rate, Banyumanik below', () => {
    const byKec = new Map<string, { p: number; q: number }>();
    for (let i = 0; i < h2023.length; i++) {
      const kec = KELURAHAN_CODES[h2023.kelurahan[i]!]!.slice(0, 8);
      const cell = byKec.get(kec) ?? { p: 0, q: 0 };
      cell.p += h2023.members[i]!;
      if (h2023.poor[i]) cell.q += h2023.members[i]!;
      byKec.set(kec, cell);
    }
    const rate = (kec: string) => (byKec.get(kec)!.q / byKec.get(kec)!.p) * 100;
    expect(rate('33.74.02')).toBeGreaterThan(4.23 * 1.5); // Semarang Utara
    expect(rate('33.74.16')).toBeGreaterThan(4.23); // Tugu
    expect(rate('33.74.05')).toBeGreaterThan(4.23); // Genuk
    expect(rate('33.74.11')).toBeLessThan(4.23); // Banyumanik
  });

  it('is deterministic: same options, same columns; another seed differs', { timeout: 60_000 }, () => {
    const a = generateHouseholds({ seed: 7, households: 20_000, year: 2021 });
    const b = generateHouseholds({ seed: 7, households: 20_000, year: 2021 });
    const c = generateHouseholds({ seed: 8, households: 20_000, year: 2021 });
    expect(Buffer.from(householdsToArrow(a))).toEqual(Buffer.from(householdsToArrow(b)));
    expect(Buffer.from(a.expenditure.buffer)).not.toEqual(Buffer.from(c.expenditure.buffer));
  });

  it('concatenates registers of several years, renumbering ids', () => {
    const a = generateHouseholds({ year: 2022, households: 300 });
    const b = generateHouseholds({ year: 2023, households: 200 });
    const c = concatHouseholds([a, b]);
    expect(c.length).toBe(500);
    expect(c.id[499]).toBe(500);
    expect(c.year[0]).toBe(2022);
    expect(c.year[300]).toBe(2023);
    expect(c.expenditure[300]).toBe(b.expenditure[0]);
    expect(() => concatHouseholds([])).toThrow(RangeError);
  });

  it('multiplies the number of households by scale', () => {
    expect(generateHouseholds({ households: 1_000, scale: 10 }).length).toBe(10_000);
  });

  it('rejects a negative size or a fractional year with a RangeError', () => {
    expect(() => generateHouseholds({ households: -1 })).toThrow(RangeError);
    expect(() => generateHouseholds({ year: 2023.5 })).toThrow(RangeError);
  });

  it('keeps its invariants for any seed and size (property)', { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2 ** 31 }),
        fc.integer({ min: 0, max: 3_000 }),
        fc.integer({ min: 2017, max: 2026 }),
        (seed, households, year) => {
          const h = generateHouseholds({ seed, households, year });
          const gk = h.calibration.povertyLine.nilai;
          expect(h.length).toBe(households);
          const bad: number[] = [];
          for (let i = 0; i < h.length; i++) {
            const ok =
              h.kelurahan[i]! < KELURAHAN_CODES.length &&
              h.members[i]! >= 1 &&
              h.members[i]! <= 8 &&
              h.poor[i] === (h.expenditure[i]! < gk ? 1 : 0) &&
              h.pkh[i]! <= h.dtks[i]! &&
              h.education[i]! <= 4 &&
              h.year[i] === year;
            if (!ok) bad.push(i);
          }
          expect(bad).toEqual([]);
        },
      ),
      { numRuns: 25 },
    );
  });
});

describe('household tables and transports', () => {
  const h = generateHouseholds({ seed: 3, households: 5_000, year: 2022 });

  it('round-trips through Arrow IPC with codes, not indices', () => {
    const back = householdsFromArrow(householdsToArrow(h));
    expect(back.numRows()).toBe(5_000);
    expect(back.columnNames()).toEqual(HOUSEHOLD_FIELDS.map((f) => f.name));
    for (const i of [0, 1234, 4999]) {
      expect(back.get('kode_kelurahan', i)).toBe(KELURAHAN_CODES[h.kelurahan[i]!]);
      expect(back.get('pengeluaran_per_kapita', i)).toBe(h.expenditure[i]);
      expect(back.get('jumlah_art', i)).toBe(h.members[i]);
    }
  });

  it('writes CSV with one line per household plus the header', () => {
    const csv = householdsToCsv(h);
    const lines = csv.trimEnd().split('\n');
    expect(lines).toHaveLength(5_001);
    expect(lines[0]).toBe(HOUSEHOLD_FIELDS.map((f) => f.name).join(','));
    const first = lines[1]!.split(',');
    expect(first[1]).toBe(KELURAHAN_CODES[h.kelurahan[0]!]);
    expect(Number(first[4])).toBe(h.expenditure[0]);
    const last = lines[5_000]!.split(',');
    expect(Number(last[0])).toBe(5_000);
    expect(last).toHaveLength(HOUSEHOLD_FIELDS.length);
  });

  it('offers an integer-coded region column for fast grouping', () => {
    const t = householdsToTable(h, { region: 'index' });
    expect(t.columnNames()).toContain('kelurahan_idx');
    expect(t.columnNames()).not.toContain('kode_kelurahan');
  });
});
