import {
  choroplethOption,
  distributionOption,
  escapeHtml,
  escapeRichText,
  htmlTooltip,
  renderToSvg,
  richTextTooltip,
  sparklineOption,
  TOOLTIP_MANY_ROWS,
  trendOption,
  xmlSafe,
} from '@satata/charts';
import { buildDistributionViewModel, DEFAULT_CATEGORY_SCALE } from '@satata/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { result } from '../core/view/fixtures.ts';
import {
  cardVm,
  HOSTILE,
  mapVm,
  NOT_XML,
  NOT_XML_MAPS,
  notXmlCases,
  squaresGeoJson,
  trendVm,
  XML_CHARS,
} from './fixtures.ts';

/** Our own tags in tooltip HTML; anything else that looks like a tag came from data. */
const OWN_TAGS = /<\/?(?:div|strong|br|span|b|i)\b[^<>]*>/g;
/** A tag opened from data (escaped text such as `&lt;img … onerror=…&gt;` is harmless and allowed). */
const RAW = /<img|<script|<\/script/i;

function assertNoRawHtml(html: string) {
  expect(html).not.toMatch(RAW);
  expect(html.replace(OWN_TAGS, '')).not.toMatch(/[<>]/);
}

describe('escapeHtml / htmlTooltip', () => {
  it('escapes with echarts.format.encodeHTML', () => {
    expect(escapeHtml(HOSTILE[0])).toBe('&lt;img src=x onerror=alert(1)&gt;');
    expect(escapeHtml(HOSTILE[1])).toBe('&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(escapeHtml(`a & 'b'`)).toBe('a &amp; &#39;b&#39;');
  });

  it('escapes every text of a tooltip and lets only hex colours into the marker style', () => {
    const html = htmlTooltip({
      title: HOSTILE[0],
      rows: [
        { label: HOSTILE[1], value: HOSTILE[0], color: '#0072B2' },
        { label: 'x', value: 'y', color: 'red;background:url(javascript:alert(1))' },
      ],
      notes: [HOSTILE[1]],
    });
    assertNoRawHtml(html);
    expect(html).toContain('background-color:#0072B2');
    expect(html).not.toContain('javascript');
  });

  it('puts every row and note in a block of its own, and marks a tooltip of many rows for columns', () => {
    const rows = (n: number) =>
      Array.from({ length: n }, (_, i) => ({ label: `Wilayah ${i}`, value: `${i}%` }));
    const few = htmlTooltip({ title: '2024', rows: rows(TOOLTIP_MANY_ROWS - 1), notes: ['Data ilustratif'] });
    expect(few.startsWith('<div class="satata-tooltip"><strong>2024</strong>')).toBe(true);
    expect(few.match(/<div class="satata-tooltip__row">/g)).toHaveLength(TOOLTIP_MANY_ROWS - 1);
    expect(few).toContain('<div class="satata-tooltip__note"><i>Data ilustratif</i></div>');
    expect(few).not.toContain('<br');
    const many = htmlTooltip({ title: '2024', rows: rows(TOOLTIP_MANY_ROWS) });
    expect(many.startsWith('<div class="satata-tooltip satata-tooltip--many">')).toBe(true);
  });

  it('property: no string from data can open a tag in tooltip HTML', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), fc.string(), (a, b, c) => {
        const html = htmlTooltip({ title: a, rows: [{ label: b, value: c, color: c }], notes: [a + b] });
        expect(html.replace(OWN_TAGS, '')).not.toMatch(/[<>]/);
      }),
    );
  });

  it('richText: braces of rich-text markup are neutralised, no HTML', () => {
    expect(escapeRichText('{a|merah} 5')).toBe('｛a|merah｝ 5');
    const t = richTextTooltip({ title: HOSTILE[1], rows: [{ label: '{b|x}', value: '1\n2' }] });
    expect(t).toBe(`${HOSTILE[1]}\n｛b|x｝: 1 2`);
  });
});

describe('hostile names in every builder', () => {
  it('trend: tooltips and SVG never carry raw tags', () => {
    const vm = trendVm(true);
    const o = trendOption(vm) as { tooltip: { formatter: (p: unknown) => string } };
    for (let i = 0; i < vm.periods.length; i++) assertNoRawHtml(o.tooltip.formatter([{ dataIndex: i }]));
    const svg = renderToSvg(o as never, { width: 640, height: 360 });
    expect(svg).not.toMatch(RAW);
    expect(svg).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(svg).toContain('&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('sparkline', () => {
    const o = sparklineOption(cardVm(true)) as { tooltip: { formatter: (p: unknown) => string } };
    for (let i = 0; i < 4; i++) assertNoRawHtml(o.tooltip.formatter([{ dataIndex: i }]));
    expect(renderToSvg(o as never, { width: 160, height: 40 })).not.toMatch(RAW);
  });

  it('choropleth: region names from the view model and from the geometry', () => {
    const geo = squaresGeoJson(true);
    const o = choroplethOption(mapVm(true), geo, { mapName: 'uji-jahat' }) as {
      tooltip: { formatter: (p: unknown) => string };
    };
    for (const f of geo.features) assertNoRawHtml(o.tooltip.formatter({ name: f.properties!.kode }));
    const svg = renderToSvg(o as never, { width: 520, height: 400, maps: { 'uji-jahat': geo } });
    expect(svg).not.toMatch(RAW);
  });

  it('distribution: hostile category labels from a custom scale', () => {
    const scale = {
      ...DEFAULT_CATEGORY_SCALE,
      bands: DEFAULT_CATEGORY_SCALE.bands.map((b, i) => (i === 0 ? { ...b, label: { id: HOSTILE[0] } } : b)),
    };
    const vm = buildDistributionViewModel(
      [result({ periode: '2024', kategori: 'sangat-tinggi', capaian: 95 })],
      { categoryScale: scale },
    );
    const o = distributionOption(vm) as { tooltip: { formatter: (p: unknown) => string } };
    for (let i = 0; i < 6; i++) assertNoRawHtml(o.tooltip.formatter({ dataIndex: i }));
    expect(renderToSvg(o as never, { width: 480, height: 300 })).not.toMatch(RAW);
  });
});

describe('xmlSafe: every exported SVG parses as XML', () => {
  it('drops C0 controls (but tab, LF, CR), U+FFFE, U+FFFF and lone surrogates; keeps pairs and the rest', () => {
    expect(xmlSafe(NOT_XML)).toBe('Kel. Bxyz\tCafé 😀');
    expect(xmlSafe('a\tb\nc\rd\u007f\u0085\uE000\uFFFD\u{10FFFF}')).toBe(
      'a\tb\nc\rd\u007f\u0085\uE000\uFFFD\u{10FFFF}',
    );
    expect(xmlSafe('\uDBFF\uDFFF')).toBe('\uDBFF\uDFFF');
    expect(xmlSafe('\uDFFF\uDBFF')).toBe('');
  });

  it('property: the result holds only XML characters and keeps every XML character of the input, in order', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (s) => {
        const out = xmlSafe(s);
        expect(out).toMatch(XML_CHARS);
        const kept = [...s.matchAll(/[\uD800-\uDBFF][\uDC00-\uDFFF]|[\s\S]/g)]
          .map((m) => m[0])
          .filter((c) => XML_CHARS.test(c))
          .join('');
        expect(out).toBe(kept);
      }),
      { numRuns: 500 },
    );
  });

  it.each(notXmlCases())(
    '%s: the SSR SVG of names full of forbidden characters holds only XML characters',
    (_, option, width, height) => {
      const svg = renderToSvg(option, { width, height, maps: NOT_XML_MAPS });
      expect(svg).toMatch(XML_CHARS);
      // What the forbidden characters were in between is still there.
      expect(svg).toContain('Kel. B');
      expect(svg).toMatch(/Café 😀|Caf&#?[\w]+;/);
    },
  );
});
