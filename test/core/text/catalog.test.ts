/**
 * One text catalog per locale (issue 10 §9): both locales have exactly the same texts (the `TextCatalog` type makes
 * a missing one a compile error; this also catches an extra key, a text that is a function in one locale only and
 * an empty text), every interpolating text uses what it is given, and no view, chart, component or dashboard source
 * picks its words with an inline `locale === 'id' ? … : …` or writes a `{ id: '…', en: '…' }` text of its own.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { EN_TEXTS, ID_TEXTS, TEXTS, textsFor } from '@satata/core';
import { describe, expect, it } from 'vitest';

type Tree = { readonly [key: string]: unknown };

/** Every leaf of a catalog as `path → kind` (`string`, `function/arity`). */
function leaves(node: unknown, path = ''): Map<string, string> {
  const out = new Map<string, string>();
  if (typeof node === 'string') out.set(path, 'string');
  else if (typeof node === 'function') out.set(path, `function/${node.length}`);
  else if (node !== null && typeof node === 'object') {
    for (const [k, v] of Object.entries(node as Tree)) {
      for (const [p, kind] of leaves(v, path ? `${path}.${k}` : k)) out.set(p, kind);
    }
  } else out.set(path, typeof node);
  return out;
}

/** The value at a dotted path. */
const at = (tree: unknown, path: string): unknown =>
  path.split('.').reduce<unknown>((n, k) => (n as Tree | undefined)?.[k], tree);

describe('text catalogs', () => {
  const id = leaves(ID_TEXTS);
  const en = leaves(EN_TEXTS);

  it('have the same texts, each of the same kind, in both locales', () => {
    expect([...id.keys()].sort()).toEqual([...en.keys()].sort());
    for (const [path, kind] of id) expect(en.get(path)?.split('/')[0], path).toBe(kind.split('/')[0]);
    expect(id.size).toBeGreaterThan(250);
  });

  it('have no empty text, and every function gives a text that uses each of its arguments', () => {
    for (const [catalog, flat] of [
      [ID_TEXTS, id],
      [EN_TEXTS, en],
    ] as const) {
      for (const [path, kind] of flat) {
        const value = at(catalog, path);
        if (kind === 'string') {
          expect((value as string).trim(), path).not.toBe('');
          continue;
        }
        if (!kind.startsWith('function')) continue;
        const fn = value as (...args: unknown[]) => unknown;
        // Distinct markers for each argument; an argument is used when changing it changes the text (a flag or a
        // count may only choose the words: true / false / null / 0 / 1 / 2).
        const args: unknown[] = Array.from({ length: fn.length }, (_, i) => `‹${i}›`);
        const text = fn(...args);
        expect(typeof text, path).toBe('string');
        expect((text as string).trim(), path).not.toBe('');
        for (let i = 0; i < fn.length; i++) {
          const used = ['‹other›', true, false, null, 0, 1, 2].some((v) => {
            const varied = [...args];
            varied[i] = v;
            return fn(...varied) !== text;
          });
          // Only Indonesian may leave a count unused: it has no plural ("1 baris", "2 baris").
          if (!used)
            expect(`${catalog.locale}:${path}`, `argument ${i} unused`).toMatch(
              /^id:(common\.rejectedRows|quality\.summary)$/,
            );
        }
      }
    }
  });

  it('are the texts of each locale, Indonesian for an unknown one', () => {
    expect(TEXTS.id).toBe(ID_TEXTS);
    expect(textsFor('en')).toBe(EN_TEXTS);
    expect(textsFor('fr' as 'id')).toBe(ID_TEXTS);
    expect(ID_TEXTS.locale).toBe('id');
    expect(EN_TEXTS.locale).toBe('en');
  });
});

const root = join(import.meta.dirname, '..', '..', '..');
/**
 * Where user-facing words are chosen. Not scanned: `core/src/text` (the catalogs), `core/src/format` (number and
 * period formatting is locale mechanics, "Triwulan II" / "Q2"), `core/src/schema` (the default category scale is
 * data, like a catalog's own labels), and the region pack (data).
 */
const SCANNED = [
  'packages/core/src/view',
  'packages/core/src/classify',
  'packages/core/src/engine',
  'packages/charts/src',
  'packages/react/src',
  'apps/dashboard/src',
];

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? sources(p) : /\.tsx?$/.test(name) ? [p] : [];
  });
}

describe('no words outside the catalogs', () => {
  const files = SCANNED.flatMap((d) => sources(join(root, d)));

  it('scans the view, chart, component and dashboard sources', () => {
    expect(files.length).toBeGreaterThan(40);
  });

  it('no source chooses its words by an inline locale test', () => {
    const branch = /\b(?:locale|l|lang|bahasa)\s*===\s*['"](?:id|en)['"]/;
    const found = files.flatMap((f) =>
      readFileSync(f, 'utf8')
        .split('\n')
        .flatMap((line, i) => (branch.test(line) ? [`${relative(root, f)}:${i + 1}: ${line.trim()}`] : [])),
    );
    expect(found).toEqual([]);
  });

  it('no source writes a text in both languages of its own ({ id: …, en: … })', () => {
    // An English text: a quoted value with a lower-case letter (not a code such as ECharts' locale 'EN').
    const pair = /\ben:\s*['"`][^'"`]*[a-z]/;
    const found = files.flatMap((f) =>
      readFileSync(f, 'utf8')
        .split('\n')
        .flatMap((line, i) =>
          pair.test(line) && !/^\s*(\*|\/\/)/.test(line)
            ? [`${relative(root, f)}:${i + 1}: ${line.trim()}`]
            : [],
        ),
    );
    expect(found).toEqual([]);
  });
});
