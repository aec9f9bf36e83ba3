/**
 * satata.config.json: the bundled sample and the CKAN example parse; a bad config names every bad field with what
 * was expected and what was found; the committed JSON Schema is the one the zod schema generates, and it accepts
 * the sample (ajv, as an editor would check it).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, parseConfig } from '../../packages/publish/src/config/load.ts';
import { configJsonSchema, durationMs } from '../../packages/publish/src/config/schema.ts';
import { SAMPLE_CONFIG } from '../../packages/publish/src/sample.ts';

const root = join(import.meta.dirname, '..', '..');
const sample = JSON.parse(readFileSync(SAMPLE_CONFIG, 'utf8'));

function problemsOf(input: unknown) {
  try {
    parseConfig(input);
  } catch (e) {
    expect(e).toBeInstanceOf(ConfigError);
    return (e as ConfigError).problems;
  }
  throw new Error('config was accepted');
}

describe('satata.config.json', () => {
  it('loads the bundled sample with its defaults applied', () => {
    const loaded = loadConfig(SAMPLE_CONFIG);
    expect(loaded.config.region).toBe('semarang');
    expect(loaded.config.locales).toEqual(['id', 'en']);
    expect(loaded.config.fetch).toEqual({ timeoutMs: 30_000, retries: 3 });
    expect(loaded.output).toBe(join(root, 'site'));
  });

  it('loads the CKAN example of the docs', () => {
    const loaded = loadConfig(join(root, 'docs', 'examples', 'satata.ckan.config.json'));
    expect(loaded.config.observations.map((s) => s.kind)).toEqual(['ckan-datastore']);
  });

  it('names the field, what was expected and what was found', () => {
    const problems = problemsOf({
      ...sample,
      observations: [{ id: 'Bad Id', kind: 'json', url: 'ftp://x/y.json' }],
      locales: ['fr'],
      output: '',
    });
    const byField = Object.fromEntries(problems.map((p) => [p.field, p]));
    expect(byField['observations[0].id']).toMatchObject({ received: '"Bad Id"' });
    expect(byField['observations[0].id']?.expected).toContain('huruf kecil');
    expect(byField['observations[0].url']).toMatchObject({ received: '"ftp://x/y.json"' });
    expect(byField['locales[0]']).toMatchObject({ expected: 'salah satu dari "id", "en"', received: '"fr"' });
    expect(byField.output).toMatchObject({ expected: 'teks yang tidak kosong', received: '""' });
  });

  it('names an unknown field, a missing one and a source kind it does not know', () => {
    const { output: _drop, ...noOutput } = sample;
    const problems = problemsOf({ ...noOutput, colour: 'red', observations: [{ id: 'a', kind: 'xlsx' }] });
    const fields = problems.map((p) => p.field);
    expect(fields).toContain('colour');
    expect(fields).toContain('output');
    expect(fields).toContain('observations[0].kind');
    const message = (() => {
      try {
        parseConfig({ ...noOutput });
      } catch (e) {
        return (e as Error).message;
      }
    })();
    expect(message).toContain('- output: diharapkan teks (tidak ada)');
  });

  it('refuses a file path and a URL together, and map sources that do not exist', () => {
    const problems = problemsOf({
      ...sample,
      observations: [{ id: 'a', kind: 'csv', path: 'a.csv', url: 'https://x/a.csv' }],
      maps: [{ indikator: 'X', sources: ['b'] }],
    });
    expect(problems.map((p) => p.field)).toEqual(['observations[0].path', 'maps[0].sources[0]']);
  });

  it('reads durations', () => {
    expect(durationMs('1h')).toBe(3_600_000);
    expect(durationMs('30m')).toBe(1_800_000);
    expect(() => durationMs('1 hour')).toThrow(/durasi/);
  });

  it('has its JSON Schema committed as generated, and the schema accepts the sample', () => {
    const committed = JSON.parse(
      readFileSync(join(root, 'packages', 'publish', 'satata.config.schema.json'), 'utf8'),
    );
    expect(committed).toEqual(configJsonSchema());
    const ajv = new Ajv({ strict: false });
    const validate = ajv.compile(committed);
    expect(validate(sample), JSON.stringify(validate.errors)).toBe(true);
    expect(validate({ ...sample, region: 'jakarta' })).toBe(false);
  });
});
