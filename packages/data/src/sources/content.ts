/**
 * What a body is before it is parsed: its text encoding (decoded strictly as UTF-8; on invalid bytes, in the
 * encoding the source declares, else reported with the first bad byte's position — never a silent U+FFFD) and
 * whether it is an HTML page (a portal's login or error page served with status 200) rather than data.
 */
import type { QualityIssue } from '@satata/core';

/** The first invalid byte of a body that is not UTF-8. */
export interface InvalidUtf8 {
  /** 0-based byte offset from the start of the body (a BOM included). */
  readonly offset: number;
  /** The byte there, e.g. `0xE9`. */
  readonly byte: string;
}

/** A decoded body. */
export interface DecodedText {
  readonly text: string;
  /** The encoding the text was decoded with (WHATWG name, e.g. `utf-8`, `windows-1252`). */
  readonly encoding: string;
  /**
   * Set when the body is not valid UTF-8 and no usable encoding was declared: the text was decoded as UTF-8 with
   * U+FFFD for each invalid sequence, and this says where the first one was.
   */
  readonly invalid: InvalidUtf8 | null;
  /** A declared encoding no decoder knows (it was not used). */
  readonly unknownEncoding: string | null;
}

// Keep a BOM in the text: the CSV reader reports it, JSON.parse would refuse it … the callers decide.
const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const lenientUtf8 = new TextDecoder('utf-8', { ignoreBOM: true });

/** True when `label` names UTF-8 (which the strict decoder already tried). */
function isUtf8Label(label: string): boolean {
  const l = label.trim().toLowerCase();
  return l === 'utf-8' || l === 'utf8' || l === 'unicode-1-1-utf-8';
}

/**
 * The offset of the first byte that makes `bytes` invalid UTF-8 (RFC 3629: no overlong forms, no surrogates,
 * nothing above U+10FFFF, no truncated sequence), or -1 when all of it is valid.
 */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  const n = bytes.length;
  let i = 0;
  while (i < n) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) lo = 0xa0;
      else if (b === 0xed) hi = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) lo = 0x90;
      else if (b === 0xf4) hi = 0x8f;
    } else return i;
    for (let k = 1; k <= need; k++) {
      if (i + k >= n) return i;
      const c = bytes[i + k]!;
      if (c < (k === 1 ? lo : 0x80) || c > (k === 1 ? hi : 0xbf)) return i;
    }
    i += need + 1;
  }
  return -1;
}

/**
 * Windows-1252 bytes 0x80–0x9F (WHATWG's table: € ‚ ƒ „ … † ‡ ˆ ‰ Š ‹ Œ Ž ‘ ’ “ ” • – — ˜ ™ š › œ ž Ÿ; the five
 * unassigned bytes stay themselves).
 */
const CP1252_HIGH =
  '\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F' +
  '\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178';

/**
 * Node 20's `windows-1252` decoder reads bytes 0x80–0x9F as ISO-8859-1 control characters (U+0080–U+009F), so an
 * en dash (0x96) arrives as U+0096. A correct decoder never yields those except for the five unassigned bytes,
 * which map to themselves: mapping them through the table is right under either decoder.
 */
function fixWindows1252(text: string): string {
  return text.replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]!);
}

/**
 * Decode a body: as UTF-8 when it is valid UTF-8; otherwise in the `declared` encoding (an `encoding` option, a
 * Content-Type `charset`) when there is one; otherwise as UTF-8 with replacement characters, saying where the
 * first invalid byte was (see {@link DecodedText.invalid}) so the caller reports it.
 */
export function decodeText(bytes: Uint8Array, declared?: string | null): DecodedText {
  try {
    return { text: strictUtf8.decode(bytes), encoding: 'utf-8', invalid: null, unknownEncoding: null };
  } catch {
    // not UTF-8: see below
  }
  let unknownEncoding: string | null = null;
  if (declared && !isUtf8Label(declared)) {
    try {
      // TextDecoder trims the label itself.
      const decoder = new TextDecoder(declared, { ignoreBOM: true });
      const text = decoder.decode(bytes);
      return {
        text: decoder.encoding === 'windows-1252' ? fixWindows1252(text) : text,
        encoding: decoder.encoding,
        invalid: null,
        unknownEncoding: null,
      };
    } catch {
      unknownEncoding = declared;
    }
  }
  const offset = firstInvalidUtf8(bytes);
  return {
    text: lenientUtf8.decode(bytes),
    encoding: 'utf-8',
    invalid: {
      offset,
      // An invalid byte is never ASCII: always two hex digits.
      byte: `0x${bytes[offset]!.toString(16).toUpperCase()}`,
    },
    unknownEncoding,
  };
}

/** The one quality issue of a source that is not valid UTF-8 and declared no (usable) encoding. */
export function encodingIssue(source: string, decoded: DecodedText): QualityIssue | null {
  if (!decoded.invalid) return null;
  const { offset, byte } = decoded.invalid;
  const unknown = decoded.unknownEncoding
    ? `; encoding ${JSON.stringify(decoded.unknownEncoding)} yang dinyatakan tidak dikenal`
    : '';
  return {
    code: 'source',
    severity: 'error',
    source,
    row: null,
    field: null,
    value: { offset, byte },
    expected:
      `teks UTF-8 yang sah: byte ${byte} di posisi ${offset} (dihitung dari 0) bukan UTF-8${unknown}; ` +
      'karakter yang tidak terbaca menjadi "\uFFFD" — nyatakan encoding sumber (mis. windows-1252) di opsi ' +
      'encoding atau di charset Content-Type',
  };
}

/** The `charset` parameter of a Content-Type, or null. */
export function charsetOf(contentType: string | null | undefined): string | null {
  const m = /;\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(contentType ?? '');
  return m ? m[1]! : null;
}

const HTML_START = /^(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<title[\s>]|<meta[\s>]|<!--)/i;
const latin1 = new TextDecoder('windows-1252');

/**
 * True when a body is an HTML page, not data: it starts (after a BOM and white space) like an HTML document, or
 * its Content-Type is `text/html` (or XHTML) and it starts with a tag.
 */
export function isHtmlPage(body: Uint8Array, contentType: string | null | undefined): boolean {
  let start = 0;
  if (body[0] === 0xef && body[1] === 0xbb && body[2] === 0xbf) start = 3;
  const head = latin1.decode(body.subarray(start, start + 256)).trimStart();
  if (HTML_START.test(head)) return true;
  const type = (contentType ?? '').split(';')[0]!.trim().toLowerCase();
  return (type === 'text/html' || type === 'application/xhtml+xml') && head.startsWith('<');
}
