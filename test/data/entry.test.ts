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
    // 8 rows: 3 in the table, 4 rejected, 1 identical copy kept once.
    expect(report).toMatchObject({ totalRows: 8, acceptedRows: 4, rejectedRows: 4 });
    expect(report.issues.map((i) => [i.row, i.code, i.severity])).toEqual([
      [7, 'unknown-region', 'error'],
      [6, 'unknown-indicator', 'error'],
      [2, 'duplicate-key', 'warning'],
      [3, 'duplicate-key', 'error'],
      [4, 'duplicate-key', 'error'],
    ]);
    const readme = readFileSync(join(import.meta.dirname, '../../packages/data/README.md'), 'utf8');
    expect(readme).toContain('npx tsx packages/data/examples/quickstart.ts');
    expect(readme).toContain('3 baris di tabel, 4 ditolak, 1 duplikat identik dipakai sekali');
  });
});
