/**
 * What a body is before it is parsed (sources/content.ts, internal): strict UTF-8 with the first bad byte named,
 * a declared encoding used only for bytes that are not UTF-8, the Content-Type charset, and HTML pages told from
 * data. Hand-picked cases at every boundary, so a changed comparison shows.
 */
import { describe, expect, it } from 'vitest';
import {
  charsetOf,
  decodeText,
  encodingIssue,
  firstInvalidUtf8,
  isHtmlPage,
} from '../../packages/data/src/sources/content.ts';

const bytes = (...b: number[]) => Uint8Array.from(b);
const text = (s: string) => new TextEncoder().encode(s);
const latin = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));

describe('firstInvalidUtf8 at the edges of RFC 3629', () => {
  it.each([
    // lead bytes and the first continuation byte's range
    [[0xc1, 0xbf], 0], // overlong 2-byte
    [[0xc2, 0x80], -1],
    [[0xdf, 0xbf], -1],
    [[0xe0, 0x9f, 0xbf], 0], // overlong 3-byte
    [[0xe0, 0xa0, 0x80], -1],
    [[0xe1, 0x80, 0x80], -1],
    [[0xec, 0xbf, 0xbf], -1],
    [[0xed, 0x9f, 0xbf], -1], // U+D7FF
    [[0xed, 0xa0, 0x80], 0], // U+D800, a surrogate
    [[0xee, 0x80, 0x80], -1],
    [[0xef, 0xbf, 0xbf], -1],
    [[0xf0, 0x8f, 0xbf, 0xbf], 0], // overlong 4-byte
    [[0xf0, 0x90, 0x80, 0x80], -1],
    [[0xf1, 0x80, 0x80, 0x80], -1],
    [[0xf3, 0xbf, 0xbf, 0xbf], -1],
    [[0xf4, 0x8f, 0xbf, 0xbf], -1], // U+10FFFF
    [[0xf4, 0x90, 0x80, 0x80], 0],
    [[0xf5, 0x80, 0x80, 0x80], 0],
    // later continuation bytes: 0x80–0xBF
    [[0xe2, 0x80, 0x7f], 0],
    [[0xe2, 0x80, 0xc0], 0],
    [[0xe2, 0x7f, 0x80], 0],
    [[0xc3, 0xc0], 0],
    [[0xf0, 0x90, 0x80, 0xc0], 0],
    // position after valid text, and a sequence cut at the end
    [[0x41, 0x42, 0xc3, 0xa9, 0xe9], 4],
    [[0x41, 0xf0, 0x90, 0x80], 1],
    [[0x7f], -1],
    [[0x80], 0],
  ])('%j → %i', (b, at) => {
    expect(firstInvalidUtf8(Uint8Array.from(b))).toBe(at);
  });
});

describe('decodeText', () => {
  it('valid UTF-8 is UTF-8 whatever is declared, a BOM kept for the caller', () => {
    expect(decodeText(text('\uFEFFCafé'), 'windows-1252')).toEqual({
      text: '\uFEFFCafé',
      encoding: 'utf-8',
      invalid: null,
      unknownEncoding: null,
    });
  });

  it('a declared UTF-8 (any spelling) never hides invalid bytes', () => {
    for (const label of ['utf-8', ' UTF-8 ', 'utf8', 'Unicode-1-1-UTF-8']) {
      expect(decodeText(latin('Caf\u00e9'), label)).toEqual({
        text: 'Caf\uFFFD',
        encoding: 'utf-8',
        invalid: { offset: 3, byte: '0xE9' },
        unknownEncoding: null,
      });
    }
  });

  it('another declared encoding decodes bytes that are not UTF-8', () => {
    expect(decodeText(latin('Caf\u00e9 \u0096'), ' windows-1252 ')).toEqual({
      text: 'Café –',
      encoding: 'windows-1252',
      invalid: null,
      unknownEncoding: null,
    });
    // Only windows-1252 maps 0x80–0x9F through its table; ISO-8859-2 keeps its C1 control.
    expect(decodeText(bytes(0x96, 0xa1), 'iso-8859-2').text).toBe('\u0096\u0104');
    // A BOM of the declared encoding is kept, like UTF-8's.
    expect(decodeText(bytes(0xff, 0xfe, 0x41, 0x00), 'utf-16le').text).toBe('\uFEFFA');
  });

  it('an unknown declared encoding is named, and the bytes reported as not UTF-8', () => {
    const d = decodeText(latin('x\u00ff'), 'x-klingon');
    expect(d).toEqual({
      text: 'x\uFFFD',
      encoding: 'utf-8',
      invalid: { offset: 1, byte: '0xFF' },
      unknownEncoding: 'x-klingon',
    });
    expect(encodingIssue('s', d)?.expected).toBe(
      'teks UTF-8 yang sah: byte 0xFF di posisi 1 (dihitung dari 0) bukan UTF-8; encoding "x-klingon" yang dinyatakan tidak dikenal; karakter yang tidak terbaca menjadi "\uFFFD" — nyatakan encoding sumber (mis. windows-1252) di opsi encoding atau di charset Content-Type',
    );
    expect(encodingIssue('s', decodeText(text('ok')))).toBeNull();
  });
});

describe('charsetOf', () => {
  it.each([
    ['text/csv; charset=windows-1252', 'windows-1252'],
    ['text/csv;charset=ISO-8859-1', 'ISO-8859-1'],
    ['text/csv ;  Charset = "utf-8" ; header=present', 'utf-8'],
    ['text/csv; header=present', null],
    ['text/csv', null],
    ['charset=utf-8', null],
    ['', null],
    [null, null],
  ])('%j → %j', (type, charset) => {
    expect(charsetOf(type)).toBe(charset);
  });
});

describe('isHtmlPage', () => {
  it.each([
    ['<!DOCTYPE html><html>', null, true],
    ['  \n<html lang="id">', 'application/json', true],
    ['<HEAD><title>x', null, true],
    ['<body>', null, true],
    ['<title>Masuk</title>', null, true],
    ['<meta charset="utf-8">', null, true],
    ['<!-- halaman masuk -->', null, true],
    ['<htmlx>', null, false],
    ['<form>masuk</form>', 'text/html', true],
    ['<form>masuk</form>', 'text/html ; charset=utf-8', true],
    ['<form>masuk</form>', 'TEXT/HTML', true],
    ['<form>masuk</form>', 'application/xhtml+xml', true],
    ['<form>masuk</form>', 'text/plain', false],
    ['<form>masuk</form>', null, false],
    ['<b>1</b>,2', 'text/csv', false],
    ['kode,nama\n<b>', 'text/html', false],
    ['{"html": "<html>"}', 'application/json', false],
  ])('%j as %j → %s', (body, type, html) => {
    expect(isHtmlPage(text(body), type)).toBe(html);
  });

  it('skips a whole UTF-8 BOM, and only a whole one', () => {
    expect(isHtmlPage(bytes(0xef, 0xbb, 0xbf, ...text('<form>')), 'text/html')).toBe(true);
    expect(isHtmlPage(bytes(0xef, 0xbb, 0xbf, ...text('<html>')), null)).toBe(true);
    for (const start of [
      [0xef, 0xbb, 0x20],
      [0xef, 0x20, 0xbf],
      [0x20, 0xbb, 0xbf],
      [0x41, 0x42, 0xbf],
    ]) {
      expect(isHtmlPage(bytes(...start, ...text('<html>')), null)).toBe(false);
    }
  });
});
