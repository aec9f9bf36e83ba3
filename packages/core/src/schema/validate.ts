import type { z } from 'zod';
import { Catalog } from './catalog.ts';

/** One problem found in a catalog. */
export interface CatalogIssue {
  /** Code of the indicator the problem is in, when it is in one. */
  readonly indikator?: string;
  /** Dotted path of the field, relative to the indicator when `indikator` is set (e.g. `target.2025`). */
  readonly field: string;
  /** What was expected, in words. */
  readonly expected: string;
  /** What was found, printed briefly. */
  readonly received?: string;
}

/** Thrown by {@link parseCatalog}: names each indicator, field and what was expected. */
export class CatalogValidationError extends Error {
  readonly issues: readonly CatalogIssue[];
  constructor(issues: readonly CatalogIssue[]) {
    const lines = issues.slice(0, 20).map(formatIssue);
    const more = issues.length > 20 ? `\n… dan ${issues.length - 20} masalah lain` : '';
    super(`Katalog tidak valid (${issues.length} masalah):\n${lines.join('\n')}${more}`);
    this.name = 'CatalogValidationError';
    this.issues = issues;
  }
}

function formatIssue(i: CatalogIssue): string {
  const where = i.indikator ? `indikator ${i.indikator}, field ${i.field}` : `field ${i.field}`;
  return `- ${where}: diharapkan ${i.expected}${i.received !== undefined ? `, diterima ${i.received}` : ''}`;
}

function brief(value: unknown): string {
  if (value === undefined) return 'tidak ada';
  const text = JSON.stringify(value);
  if (text === undefined) return String(value);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

function at(root: unknown, path: readonly PropertyKey[]): unknown {
  let cur: unknown = root;
  for (const key of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<PropertyKey, unknown>)[key];
  }
  return cur;
}

function expectedOf(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.expected === 'object' || issue.expected === 'array' ? issue.expected : `${issue.expected}`;
    case 'invalid_value':
      return `salah satu dari ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'unrecognized_keys':
      return `tidak ada field ${issue.keys.join(', ')}`;
    default:
      return issue.message;
  }
}

function toIssues(input: unknown, error: z.ZodError): CatalogIssue[] {
  return error.issues.map((issue) => {
    const path = issue.path;
    const received = issue.code === 'unrecognized_keys' ? undefined : brief(at(input, path));
    if (path[0] === 'indikator' && typeof path[1] === 'number') {
      const raw = at(input, ['indikator', path[1], 'kode']);
      const kode = typeof raw === 'string' && raw ? raw : `#${path[1] + 1}`;
      const field = path.slice(2).map(String).join('.') || '(indikator)';
      return { indikator: kode, field, expected: expectedOf(issue), received };
    }
    return { field: path.map(String).join('.') || '(katalog)', expected: expectedOf(issue), received };
  });
}

function crossCheck(catalog: Catalog): CatalogIssue[] {
  const issues: CatalogIssue[] = [];
  const codes = new Set<string>();
  const opd = new Set(catalog.opd.map((o) => o.kode));
  const urusan = new Set(catalog.urusan.map((u) => u.kode));
  const sasaran = new Set(catalog.misi.flatMap((m) => m.tujuan.flatMap((t) => t.sasaran.map((s) => s.kode))));
  const datasets = new Set(catalog.datasets.map((d) => d.id));
  for (const ind of catalog.indikator) {
    if (codes.has(ind.kode)) issues.push({ indikator: ind.kode, field: 'kode', expected: 'kode yang unik' });
    codes.add(ind.kode);
  }
  for (const ind of catalog.indikator) {
    const k = ind.kode;
    if (opd.size > 0 && !opd.has(ind.produsenData)) {
      issues.push({
        indikator: k,
        field: 'produsenData',
        expected: 'kode OPD dari daftar opd',
        received: ind.produsenData,
      });
    }
    if (ind.urusan && urusan.size > 0 && !urusan.has(ind.urusan)) {
      issues.push({
        indikator: k,
        field: 'urusan',
        expected: 'kode urusan dari daftar urusan',
        received: ind.urusan,
      });
    }
    if (ind.sasaran && !sasaran.has(ind.sasaran)) {
      issues.push({
        indikator: k,
        field: 'sasaran',
        expected: 'kode sasaran dari pohon misi',
        received: ind.sasaran,
      });
    }
    if (ind.formula && datasets.size > 0 && !datasets.has(ind.formula.dataset)) {
      issues.push({
        indikator: k,
        field: 'formula.dataset',
        expected: 'id dataset dari daftar datasets',
        received: ind.formula.dataset,
      });
    }
    for (const [i, c] of (ind.komposit?.komponen ?? []).entries()) {
      if (!codes.has(c.kode) || c.kode === k) {
        issues.push({
          indikator: k,
          field: `komposit.komponen.${i}.kode`,
          expected: 'kode indikator lain dalam katalog',
          received: c.kode,
        });
      }
    }
    for (const year of Object.keys(ind.target)) {
      const y = Number(year);
      if (y < catalog.rpjmd.mulai || y > catalog.rpjmd.akhir) {
        issues.push({
          indikator: k,
          field: `target.${year}`,
          expected: `tahun dalam periode RPJMD ${catalog.rpjmd.mulai}–${catalog.rpjmd.akhir}`,
          received: year,
        });
      }
    }
  }
  issues.push(...compositeCycles(catalog));
  return issues;
}

function compositeCycles(catalog: Catalog): CatalogIssue[] {
  const deps = new Map(
    catalog.indikator.map((i) => [i.kode, (i.komposit?.komponen ?? []).map((c) => c.kode)]),
  );
  const state = new Map<string, 'visiting' | 'done'>();
  const issues: CatalogIssue[] = [];
  const visit = (k: string, trail: string[]): void => {
    if (state.get(k) === 'done') return;
    if (state.get(k) === 'visiting') {
      issues.push({
        indikator: k,
        field: 'komposit',
        expected: 'komposit tanpa siklus',
        received: [...trail, k].join(' → '),
      });
      return;
    }
    state.set(k, 'visiting');
    for (const d of deps.get(k) ?? []) if (deps.has(d)) visit(d, [...trail, k]);
    state.set(k, 'done');
  };
  for (const k of deps.keys()) visit(k, []);
  return issues;
}

/**
 * Validate and normalise a catalog (defaults applied). Throws {@link CatalogValidationError} naming, for every
 * problem, the indicator code, the field and what was expected — including cross-references (unique codes, OPD,
 * sasaran, datasets, composite components without cycles, target years inside the RPJMD period).
 */
export function parseCatalog(input: unknown): Catalog {
  const parsed = Catalog.safeParse(input);
  if (!parsed.success) throw new CatalogValidationError(toIssues(input, parsed.error));
  const issues = crossCheck(parsed.data);
  if (issues.length > 0) throw new CatalogValidationError(issues);
  return parsed.data;
}
