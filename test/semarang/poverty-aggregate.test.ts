import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildPovertyAggregate } from '../../packages/semarang/scripts/lib/poverty-aggregate.ts';

const root = new URL('../../packages/semarang/', import.meta.url).pathname;

describe('scripts/build-poverty-aggregate.ts', () => {
  it('regenerates the committed open aggregate byte for byte (same seed, same households, same cells)', {
    timeout: 300_000,
  }, () => {
    const { text } = buildPovertyAggregate();
    expect(text).toBe(readFileSync(`${root}data/kemiskinan-kelurahan.json`, 'utf8'));
  });

  it('suppresses more with a higher threshold, never fewer', { timeout: 60_000 }, () => {
    const count = (threshold: number) =>
      buildPovertyAggregate({ years: [2023], households: 60_000, threshold }).rows.filter(
        (r) => r.status === 'ditekan',
      ).length;
    const a = count(5);
    const b = count(10);
    const c = count(30);
    expect(a).toBeLessThanOrEqual(b);
    expect(b).toBeLessThanOrEqual(c);
    expect(c).toBeGreaterThan(0);
  });
});
