/**
 * The package entry: zod is switched to jitless mode on import (strict CSP), the re-exported `z` is that
 * instance, and the README's quickstart example runs and gives what the README shows.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from '@satata/data';
import { describe, expect, it } from 'vitest';
import { quickstart } from '../../packages/data/examples/quickstart.ts';

describe('entry', () => {
  it('configures zod jitless before anything parses', () => {
    expect(z.config().jitless).toBe(true);
  });

  it('runs the quickstart example of the README', () => {
    const { table, report } = quickstart();
    expect(table.numRows()).toBe(3);
    expect(report).toMatchObject({ totalRows: 6, acceptedRows: 3, rejectedRows: 3 });
    expect(report.issues.map((i) => i.code).sort()).toEqual([
      'duplicate-key',
      'unknown-indicator',
      'unknown-region',
    ]);
    const readme = readFileSync(join(import.meta.dirname, '../../packages/data/README.md'), 'utf8');
    expect(readme).toContain('npx tsx packages/data/examples/quickstart.ts');
    expect(readme).toContain('3 baris diterima, 3 ditolak');
  });
});
