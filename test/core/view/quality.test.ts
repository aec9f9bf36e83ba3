/**
 * Problems where the number is (issue 11 §7): the engine's issues are placed at their rows' regions and periods,
 * counted per widget ("2 baris ditolak") with every reason, and listed in full as the quality report. Over the
 * real engine with the bad rows of the issue: an unknown region `99.99`, NaN, Infinity and a negative denominator.
 */
import {
  buildQualityReportViewModel,
  type Catalog,
  computeResults,
  issueValueText,
  locateIssues,
  type Observation,
  rejectedInCell,
  rejectedRowsFor,
} from '@satata/core';
import { REGIONS, sampleCatalog } from '@satata/semarang';
import { describe, expect, it } from 'vitest';

const ind = sampleCatalog.indikator.find((i) => i.kode === 'IKU-KMS-REG')!;
const catalog: Catalog = { ...sampleCatalog, indikator: [ind] };
const row = (wilayah: string, periode: string, numerator: number, denominator: number): Observation => ({
  indikator: ind.kode,
  wilayah,
  periode,
  numerator,
  denominator,
});
// Rows 0–3 are fine; 4 has a negative denominator, 5 a NaN numerator, 6 an infinite one, 7 an unknown region.
const observations: Observation[] = [
  row('33.74.02.1001', '2024', 10, 1000),
  row('33.74.02.1002', '2024', 20, 1000),
  row('33.74.01.1001', '2023', 30, 1000),
  row('33.74.01.1002', '2023', 40, 1000),
  row('33.74.01.1001', '2024', 30, -5),
  row('33.74.01.1002', '2024', Number.NaN, 1000),
  row('33.74.01.1003', '2024', Number.POSITIVE_INFINITY, 1000),
  row('99.99', '2024', 1, 100),
];
const { issues } = computeResults({ catalog, observations, regions: REGIONS });
const located = locateIssues(issues, observations);

describe('locateIssues', () => {
  it('places each rejected row at the region and period it named', () => {
    const at = located.map((i) => [i.row, i.field, i.wilayah, i.periode]);
    expect(at).toEqual([
      [4, 'denominator', '33.74.01.1001', '2024'],
      [5, 'numerator', '33.74.01.1002', '2024'],
      [6, 'numerator', '33.74.01.1003', '2024'],
      [7, 'wilayah', '99.99', '2024'],
    ]);
    // Every rejected row names the indicator (QualityIssue.indikator).
    expect(located.every((i) => i.indikator === ind.kode && i.severity === 'error')).toBe(true);
  });

  it('leaves an issue of another source, or whose row names another indicator, where it was', () => {
    const foreign = { ...issues[0]!, source: 'lain' };
    expect(locateIssues([foreign], observations)[0]).toBe(foreign);
    const other = { ...issues[0]!, indikator: 'IKU-LAIN' };
    expect(locateIssues([other], observations)[0]).toBe(other);
  });
});

describe('rejected rows of a widget', () => {
  it('a kecamatan counts the rows below it and the row of an unknown region; another kecamatan only the latter', () => {
    const tengah = rejectedRowsFor(located, ind.kode, '33.74.01')!;
    expect(tengah.jumlah).toBe(4);
    expect(tengah.teks).toEqual({ id: '4 baris ditolak', en: '4 rows rejected' });
    expect(rejectedRowsFor(located, ind.kode, '33.74.02')!.jumlah).toBe(1);
    expect(rejectedRowsFor(located, 'IKU-LAIN', '33.74.01')).toBeNull();
  });

  it('says for each row its place, field, value and what was expected, as text', () => {
    const texts = rejectedRowsFor(located, ind.kode, '33.74')!.baris.map((b) => b.teks.id);
    expect(texts[0]).toBe(
      'Baris 4 (observasi; 33.74.01.1001; 2024): denominator = -5; seharusnya: denominator ≥ 0',
    );
    expect(texts[1]).toContain('numerator = NaN; seharusnya: angka berhingga atau kosong');
    expect(texts[2]).toContain('numerator = Infinity');
    expect(texts[3]).toContain('wilayah = "99.99"');
  });

  it('counts a cell’s own rejected rows, of the region or below it, in the period or a sub-period of it', () => {
    expect(rejectedInCell(located, ind.kode, '33.74.01.1001', '2024')).toBe(1);
    expect(rejectedInCell(located, ind.kode, '33.74.01.1001', '2023')).toBe(0);
    expect(rejectedInCell(located, ind.kode, '33.74.01', '2024')).toBe(3);
    expect(rejectedInCell(located, ind.kode, '33.74.02', '2024')).toBe(0);
  });

  it('writes values as they came', () => {
    expect(issueValueText(Number.NaN, 'id')).toBe('NaN');
    expect(issueValueText(Number.NEGATIVE_INFINITY, 'en')).toBe('-Infinity');
    expect(issueValueText('', 'id')).toBe('kosong');
    expect(issueValueText(' 33.74 ', 'id')).toBe('" 33.74 "');
  });
});

describe('buildQualityReportViewModel', () => {
  it('lists every issue with its place, and sums them up', () => {
    const report = buildQualityReportViewModel(located);
    expect(report.jumlah).toBe(4);
    expect(report.ditolak).toBe(4);
    expect(report.ringkasan.id).toBe('4 masalah data; 4 baris ditolak.');
    expect(report.table.rows.map((r) => [r.values.row, r.values.region, r.values.field])).toEqual([
      ['4', '33.74.01.1001', 'denominator'],
      ['5', '33.74.01.1002', 'numerator'],
      ['6', '33.74.01.1003', 'numerator'],
      ['7', '99.99', 'wilayah'],
    ]);
  });

  it('says when there is nothing to report', () => {
    expect(buildQualityReportViewModel([]).ringkasan).toEqual({
      id: 'Tidak ada masalah data: setiap baris masukan diterima.',
      en: 'No data issues: every input row was accepted.',
    });
  });
});
