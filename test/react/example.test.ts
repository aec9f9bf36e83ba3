import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');

describe('the README example', () => {
  it('renders the IPM card of the Semarang sample to static HTML with its value, capaian and no raw HTML from data', () => {
    const html = execFileSync('npx', ['tsx', 'packages/react/examples/card-html.tsx'], {
      cwd: root,
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(html).toContain('class="satata-root"');
    expect(html).toContain('Indeks Pembangunan Manusia');
    expect(html).toMatch(/Capaian: <strong>\d{2,3},\d{2}%<\/strong>/);
    expect(html).toContain('Data s.d.');
    expect(html).not.toContain('<script');
  }, 90_000);
});
