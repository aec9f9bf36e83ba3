import {
  choroplethOption,
  distributionOption,
  NO_DATA_CLASS,
  NO_DATA_COLOR,
  SUPPRESSED_CLASS,
  setupEcharts,
  trendOption,
} from '@satata/charts';
import { buildDistributionViewModel, buildMapViewModel, buildTrendViewModel } from '@satata/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { indicator, result } from '../core/view/fixtures.ts';
import {
  distributionVm,
  mapVm,
  quarterTrendVm,
  REGIONS,
  rangeTrendVm,
  squaresGeoJson,
  trendVm,
} from './fixtures.ts';

// Loose views of the option parts the tests read (the option type is a wide union).
type AnySeries = {
  type: string;
  name: string;
  data: unknown[];
  stack?: string;
  lineStyle?: { type?: unknown; opacity?: number };
  areaStyle?: unknown;
  markLine?: { data: { xAxis: number }[] };
};
const seriesOf = (o: object) => (o as { series: AnySeries[] }).series;
const tooltipOf = (o: object) =>
  (o as { tooltip: { formatter: (p: unknown) => string; renderMode: string } }).tooltip;

describe('trendOption', () => {
  const vm = trendVm();
  const o = trendOption(vm);

  it('formats the y axis with id-ID numbers and the period axis in Indonesian', () => {
    const y = (o as { yAxis: { axisLabel: { formatter: (v: number) => string } } }).yAxis;
    expect(y.axisLabel.formatter(4.5)).toBe('4,5');
    expect(y.axisLabel.formatter(1234.5)).toBe('1.234,5');
    const en = trendOption(vm, { locale: 'en' }) as {
      yAxis: { axisLabel: { formatter: (v: number) => string } };
    };
    expect(en.yAxis.axisLabel.formatter(1234.5)).toBe('1,234.5');
  });

  it('tooltips read the view model: values, capaian, missing reasons, vintage notes', () => {
    const html = tooltipOf(o).formatter([{ dataIndex: 2 }]);
    expect(html).toContain('<strong>2023</strong>');
    expect(html).toContain('Kota Semarang: <b>4,23% · capaian 99,29% (Sangat Tinggi)</b>');
    expect(html).toContain('Semarang Tengah: <b>n/a (tidak ada data)</b>');
    expect(html).toContain('<i>Seri berubah: Kota Semarang — Susenas metode baru</i>');
    // 2025 has only the projection
    expect(tooltipOf(o).formatter([{ dataIndex: 4 }])).toContain('Proyeksi — Kota Semarang: <b>3,90%</b>');
  });

  it('a range target reads as its range in the tooltip (the band itself: ssr.test.ts)', () => {
    expect(tooltipOf(trendOption(rangeTrendVm())).formatter([{ dataIndex: 0 }])).toContain(
      'Target: <b>1,50% – 3,50%</b>',
    );
  });

  it('richText mode: no HTML at all', () => {
    const t = tooltipOf(trendOption(vm, { tooltipMode: 'richText' }));
    expect(t.renderMode).toBe('richText');
    const text = t.formatter([{ dataIndex: 2 }]);
    expect(text).not.toMatch(/[<>]/);
    expect(text.split('\n')[0]).toBe('2023');
  });
});

describe('choroplethOption', () => {
  const vm = mapVm();
  const o = choroplethOption(vm, squaresGeoJson(), { mapName: 'uji', periode: '2024' });
  const pieces = (o as { visualMap: { pieces: { value: number; label: string; color: string }[] } }).visualMap
    .pieces;

  it('has one legend piece per class with this period’s count, a no-data piece and a suppressed piece', () => {
    // equal interval over 2024 and 2025 (2,9 … 8,2), k = 3; 2024: 3,1 → class 0, 5,4 → 1, 8,2 → 2, Jagalan suppressed
    expect(pieces.map((p) => [p.value, p.label])).toEqual([
      [0, '2,90 – < 4,67 (1)'],
      [1, '4,67 – < 6,43 (1)'],
      [2, '6,43 – 8,20 (1)'],
      [NO_DATA_CLASS, 'Tidak ada data (0)'],
      [SUPPRESSED_CLASS, 'Ditekan (sel kecil) (1)'],
    ]);
    const o25 = choroplethOption(vm, squaresGeoJson(), { mapName: 'uji', periode: '2025' });
    const p25 = (o25 as { visualMap: { pieces: { label: string }[] } }).visualMap.pieces.map((p) => p.label);
    // 2025: 2,9 → 0; 5,0 → 1; 7,7 → 2; Kranggan has no result; nobody suppressed
    expect(p25).toEqual(['2,90 – < 4,67 (1)', '4,67 – < 6,43 (1)', '6,43 – 8,20 (1)', 'Tidak ada data (1)']);
  });

  it('states the method and the shared classes in the subtitle', () => {
    expect((o as { title: { subtext: string } }).title.subtext).toBe(
      '2024 · Kelas: Interval sama, sama untuk 2024–2025',
    );
  });

  it('series values are class codes; the suppressed cell is hatched and never 0', () => {
    const data = seriesOf(o)[0]!.data as { name: string; value: number; itemStyle?: { decal?: unknown } }[];
    expect(data.map((d) => [d.name, d.value])).toEqual([
      ['33.74.01.1001', 0],
      ['33.74.01.1002', 1],
      ['33.74.01.1003', SUPPRESSED_CLASS],
      ['33.74.01.1004', 2],
    ]);
    expect(data[2]!.itemStyle?.decal).toBeDefined();
  });

  it('tooltips give rate, numerator, denominator, the small-area flag, or the reason', () => {
    const f = tooltipOf(o).formatter;
    const small = f({ name: '33.74.01.1002' });
    expect(small).toContain('<strong>Brumbungan · 2024</strong>');
    expect(small).toContain('Persentase penduduk miskin: <b>5,40%</b>');
    expect(small).toContain('Pembilang: <b>1</b>');
    expect(small).toContain('Penyebut: <b>25</b>');
    expect(small).toContain('<i>Penyebut kecil: tafsirkan dengan hati-hati</i>');
    // A suppressed cell reads as the map's other views read it (the region buttons, the detail line): "ditekan".
    expect(f({ name: '33.74.01.1003' })).toContain('<b>ditekan (sel kecil)</b>');
  });

  it('without its own legend (legend: false) colours each region by its class and has no visualMap', () => {
    const colors = ['#111111', '#222222', '#333333'];
    const bare = choroplethOption(vm, squaresGeoJson(), {
      mapName: 'uji',
      periode: '2024',
      legend: false,
      classColors: colors,
      noDataColor: '#eeeeee',
      suppressedColor: '#999999',
    });
    expect('visualMap' in bare).toBe(false);
    const data = seriesOf(bare)[0]!.data as {
      name: string;
      value: number;
      itemStyle: { areaColor: string; decal?: unknown };
    }[];
    // The same class codes as with the legend; each region painted in its class colour, suppressed hatched.
    expect(data.map((d) => [d.name, d.value, d.itemStyle.areaColor])).toEqual([
      ['33.74.01.1001', 0, '#111111'],
      ['33.74.01.1002', 1, '#222222'],
      ['33.74.01.1003', SUPPRESSED_CLASS, '#999999'],
      ['33.74.01.1004', 2, '#333333'],
    ]);
    expect(data[2]!.itemStyle.decal).toBeDefined();
    expect(data[0]!.itemStyle.decal).toBeUndefined();
    // 2025: Kranggan has no result → the no-data colour; the map takes the width the legend had.
    const o25 = choroplethOption(vm, squaresGeoJson(), { mapName: 'uji', periode: '2025', legend: false });
    const d25 = seriesOf(o25)[0]!.data as { value: number; itemStyle: { areaColor: string } }[];
    expect(d25.filter((d) => d.value === NO_DATA_CLASS).map((d) => d.itemStyle.areaColor)).toEqual([
      NO_DATA_COLOR,
    ]);
    expect((seriesOf(o25)[0] as unknown as { left: number }).left).toBe(8);
    expect((seriesOf(o)[0] as unknown as { left: number }).left).toBe(200);
  });

  it('gives no region a label text in any state, so ECharts builds none (its map labels selected regions by default)', () => {
    const echarts = setupEcharts();
    const labelled = (option: object) => {
      echarts.registerMap(
        'uji-label',
        squaresGeoJson() as unknown as Parameters<typeof echarts.registerMap>[1],
      );
      const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: 400, height: 300 });
      try {
        chart.setOption({ ...option, animation: false });
        const regions = chart
          .getZr()
          .storage.getDisplayList(true)
          .filter((el) => el.type === 'compound' || el.type === 'polygon');
        expect(regions.length).toBeGreaterThanOrEqual(4);
        return regions.filter((el) => el.getTextContent() !== undefined).length;
      } finally {
        chart.dispose();
      }
    };
    const opts = { mapName: 'uji-label', periode: '2024', legend: false } as const;
    const option = choroplethOption(vm, squaresGeoJson(), opts) as { series: Record<string, unknown>[] };
    expect(labelled(option)).toBe(0);
    // The same option with ECharts' default for the select state: every region gets a hidden text element.
    const { select: _, ...withDefault } = option.series[0]!;
    expect(labelled({ ...option, series: [withDefault] })).toBeGreaterThanOrEqual(4);
  });

  it('refuses regions without geometry unless allowed, and then names them', () => {
    const geo = squaresGeoJson();
    const three = { ...geo, features: geo.features.slice(0, 3) };
    expect(() => choroplethOption(vm, three, { mapName: 'uji' })).toThrow(/33\.74\.01\.1004/);
    const ok = choroplethOption(vm, three, { mapName: 'uji', allowMissingGeometry: true });
    expect((ok as { aria: { label: { description: string } } }).aria.label.description).toContain(
      'Tanpa geometri: 33.74.01.1004',
    );
    expect(() => choroplethOption(vm, geo, { mapName: 'uji', periode: '2019' })).toThrow(/2019/);
  });
});

describe('distributionOption', () => {
  it('one bar per band plus "Tanpa capaian", best on top, labelled counts', () => {
    const o = distributionOption(distributionVm());
    const yAxis = (o as { yAxis: { data: string[]; inverse: boolean } }).yAxis;
    expect(yAxis.data).toEqual([
      'Sangat Tinggi',
      'Tinggi',
      'Sedang',
      'Rendah',
      'Sangat Rendah',
      'Tanpa capaian',
    ]);
    expect(yAxis.inverse).toBe(true);
    expect((seriesOf(o)[0]!.data as { value: number }[]).map((d) => d.value)).toEqual([2, 1, 1, 0, 1, 2]);
    const tip = tooltipOf(o).formatter({ dataIndex: 5 });
    expect(tip).toContain('Jumlah IKU: <b>2</b>');
    expect(tip).toContain('Persentase: <b>28,6%</b>'); // 2 of 7
    expect(tip).toContain('tidak ada data: <b>1</b>');
    expect(tip).toContain('tidak ada target: <b>1</b>');
  });
});

describe('triwulan trend', () => {
  it('labels quarters in Indonesian and draws the pro-rata target', () => {
    const o = trendOption(quarterTrendVm());
    expect((o as { xAxis: { data: string[] } }).xAxis.data).toEqual([
      'Triwulan I 2025',
      'Triwulan II 2025',
      'Triwulan III 2025',
    ]);
    expect(seriesOf(o).find((s) => s.name === 'Target')!.data).toEqual([300, 600, 900]);
    expect(seriesOf(o).find((s) => s.name === 'Kota Semarang')!.data).toEqual([310, 640, null]);
  });
});

describe('properties: a missing value is never drawn as 0', () => {
  const value = fc.option(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { nil: null });

  it('trend: realisation data equals the view model, null stays null', () => {
    fc.assert(
      fc.property(fc.array(value, { minLength: 1, maxLength: 12 }), (vals) => {
        const rows = vals.map((v, i) =>
          result({
            periode: String(2010 + i),
            realisasi: v,
            missing: v === null ? { realisasi: 'no-data' } : {},
          }),
        );
        const vm = buildTrendViewModel(indicator(), rows);
        const data = seriesOf(trendOption(vm)).find((s) => s.name === '33.74')!.data;
        expect(data).toEqual(vals);
      }),
    );
  });

  it('choropleth: every region with a value has a class ≥ 0, every other one a negative code', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(value, fc.constant('ditekan' as const)), { minLength: 4, maxLength: 4 }),
        fc.constantFrom('quantile', 'equal-interval', 'natural-breaks' as const),
        (vals, method) => {
          const rows = vals.map((v, i) =>
            result({
              wilayah: REGIONS[i]!.kode,
              level: 'kelurahan',
              periode: '2024',
              realisasi: v === 'ditekan' ? null : v,
              flags: {
                capaianNegatif: false,
                kecilDenominator: false,
                ditekan: v === 'ditekan',
                ilustratif: false,
                seriBerubah: false,
              },
              missing:
                v === null ? { realisasi: 'no-data' } : v === 'ditekan' ? { realisasi: 'suppressed' } : {},
            }),
          );
          const vm = buildMapViewModel(indicator(), rows, { method, regions: REGIONS });
          const o = choroplethOption(vm, squaresGeoJson(), { mapName: 'uji' });
          const data = seriesOf(o)[0]!.data as { name: string; value: number }[];
          data.forEach((d, i) => {
            const v = vals[i];
            if (v === 'ditekan') expect(d.value).toBe(SUPPRESSED_CLASS);
            else if (v === null) expect(d.value).toBe(NO_DATA_CLASS);
            else expect(d.value).toBeGreaterThanOrEqual(0);
          });
          const pieces = (o as { visualMap: { pieces: { label: string }[] } }).visualMap.pieces;
          const total = pieces.reduce((n, p) => n + Number(/\((\d+)\)$/.exec(p.label)![1]), 0);
          expect(total).toBe(4);
        },
      ),
    );
  });
});

describe('empty input draws an empty chart, not an error', () => {
  it('trend without results, map without values, distribution without IKU', () => {
    const t = trendOption(buildTrendViewModel(indicator(), []));
    expect(seriesOf(t)).toEqual([]);
    expect((t as { aria: { label: { description: string } } }).aria.label.description).toBe(
      'Persentase penduduk miskin: belum ada data.',
    );
    const m = choroplethOption(
      buildMapViewModel(
        indicator(),
        [result({ wilayah: REGIONS[0]!.kode, periode: '2024', realisasi: null })],
        { regions: REGIONS },
      ),
      squaresGeoJson(),
      { mapName: 'uji' },
    );
    expect(
      (m as { visualMap: { pieces: { label: string }[] } }).visualMap.pieces.map((p) => p.label),
    ).toEqual(['Tidak ada data (4)']);
    const d = distributionOption(buildDistributionViewModel([]));
    expect((d as { aria: { label: { description: string } } }).aria.label.description).toBe(
      'Belum ada IKU untuk diringkas.',
    );
  });
});
