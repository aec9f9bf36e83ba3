/**
 * Read and check a `satata.config.json`. A config error names every bad field by its path and says what was
 * expected ("observations[1].url: diharapkan alamat http:// atau https://, diterima \"ftp://x\""), in Bahasa
 * Indonesia like the rest of the tool's messages.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { z } from 'zod';
import { SatataConfig } from './schema.ts';

/** One problem of a config: where, what was expected, what was found. */
export interface ConfigProblem {
  /** The field's path, e.g. `observations[1].url` (`(akar)` for the whole file). */
  readonly field: string;
  readonly expected: string;
  /** The value found, as JSON (absent when the field is missing). */
  readonly received?: string;
}

/** A config that cannot be used; `problems` lists every bad field. */
export class ConfigError extends Error {
  readonly file: string;
  readonly problems: readonly ConfigProblem[];
  constructor(file: string, problems: readonly ConfigProblem[]) {
    super(
      `Konfigurasi ${file} tidak valid:\n${problems
        .map(
          (p) =>
            `- ${p.field}: diharapkan ${p.expected}${p.received === undefined ? ' (tidak ada)' : `, diterima ${p.received}`}`,
        )
        .join('\n')}`,
    );
    this.name = 'ConfigError';
    this.file = file;
    this.problems = problems;
  }
}

/** `observations[1].url` from a zod path. */
export function fieldPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const k of path) out += typeof k === 'number' ? `[${k}]` : out ? `.${String(k)}` : String(k);
  return out || '(akar)';
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let v = input;
  for (const k of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[k];
  }
  return v;
}

function shown(v: unknown): string {
  const text = JSON.stringify(v);
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
}

const TYPE_WORDS: Readonly<Record<string, string>> = {
  string: 'teks',
  number: 'angka',
  boolean: 'true atau false',
  array: 'daftar [ … ]',
  object: 'objek { … }',
};

/** What a zod issue expected, in words. */
function expectedOf(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return TYPE_WORDS[issue.expected] ?? issue.expected;
    case 'invalid_value':
      return `salah satu dari ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'unrecognized_keys':
      return `tidak ada kolom ${issue.keys.map((k) => JSON.stringify(k)).join(', ')} (kolom yang dikenal saja)`;
    case 'invalid_union': {
      if ('discriminator' in issue && issue.discriminator) return `"${issue.discriminator}" yang dikenal`;
      return 'salah satu bentuk yang dikenal';
    }
    case 'too_small':
      return issue.origin === 'array'
        ? `setidaknya ${issue.minimum} butir`
        : issue.origin === 'string'
          ? 'teks yang tidak kosong'
          : `angka ≥ ${issue.minimum}`;
    case 'too_big':
      return issue.origin === 'array' ? `paling banyak ${issue.maximum} butir` : `angka ≤ ${issue.maximum}`;
    case 'invalid_format':
      return issue.format === 'url' ? 'alamat http:// atau https://' : issue.message;
    default:
      return issue.message;
  }
}

/** Check a parsed config object; throws a {@link ConfigError} naming every bad field. */
export function parseConfig(input: unknown, file = 'satata.config.json'): SatataConfig {
  const result = SatataConfig.safeParse(input);
  if (result.success) return result.data;
  const problems: ConfigProblem[] = result.error.issues.map((issue) => {
    const path = issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0] ?? ''] : [...issue.path];
    const value = valueAt(input, path);
    return {
      field: fieldPath(path),
      expected: expectedOf(issue),
      ...(value === undefined ? {} : { received: shown(value) }),
    };
  });
  throw new ConfigError(file, problems);
}

/** A config read from disk: the checked config, its file and the folder its paths are relative to. */
export interface LoadedConfig {
  readonly config: SatataConfig;
  readonly file: string;
  readonly dir: string;
  /** Absolute output and cache folders. */
  readonly output: string;
  readonly cache: string;
}

/** Read, parse and check a config file. */
export function loadConfig(file: string): LoadedConfig {
  const abs = resolve(file);
  let text: string;
  try {
    text = readFileSync(abs, 'utf8');
  } catch (e) {
    throw new ConfigError(abs, [
      {
        field: '(berkas)',
        expected: 'berkas konfigurasi yang dapat dibaca',
        received: String((e as Error).message),
      },
    ]);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new ConfigError(abs, [
      { field: '(akar)', expected: 'JSON yang sah', received: (e as Error).message },
    ]);
  }
  const config = parseConfig(json, abs);
  const dir = dirname(abs);
  const output = resolve(dir, config.output);
  return {
    config,
    file: abs,
    dir,
    output,
    cache: config.cache ? resolve(dir, config.cache) : `${output}.cache`,
  };
}
