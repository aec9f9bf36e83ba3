/**
 * `pnpm mutation [engine|privacy|data …] [file …] [--report] [--force] [--concurrency N]`: mutation testing with
 * StrykerJS (its Vitest runner) over the engine (`packages/core/src/engine`), the privacy rules
 * (`packages/core/src/privacy`) and the data client (`packages/data/src`), or the parts named.
 *
 * Each source file is run on its own, in incremental mode, and leaves its report in
 * `reports/mutation/<part>/<file>.json` (with `.incremental.json` and `.meta.json` beside it): a run can stop
 * and go on later, and a file whose code and tests did not change is reused mutant by mutant instead of run
 * again. After the runs the script sums every stored report of each part and prints, per file and per part, the
 * mutation score — detected (killed or timed out) over valid mutants (detected, survived or without coverage) —
 * and the goal line for the engine (≥ 90 %). A report whose source file changed since is stale: it is listed, and
 * not counted; a file never run is listed as not measured. A file of types only has no mutants (its report is
 * written without running Stryker); a file whose run fails is reported and the others still run.
 *
 * - `pnpm mutation engine` — every engine file not yet measured or changed since, then the engine's score;
 * - `pnpm mutation engine capaian.ts decimal.ts` — those files only, in that order (changed or not), then the score;
 * - `pnpm mutation engine --report` — no run: the score from the stored reports;
 * - `--force` runs every mutant again instead of reusing the incremental results; `--concurrency N` sets
 *   Stryker's test runner processes (default: stryker.config.mjs).
 *
 * The engine's mutants are tested by the engine's own tests only (test/core/engine; see vitest.mutation.config.ts):
 * the view, privacy and data tests also run the engine, but repeat its work for every mutant without aiming at
 * it. Fewer tests can only kill fewer mutants, so this score is never above the full one; it makes a run over the
 * whole engine take about an hour on one core instead of many. Not part of `pnpm test`.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { Stryker } from '@stryker-mutator/core';
import ts from 'typescript';

interface Part {
  readonly dir: string;
  /** The test set of vitest.mutation.config.ts (`SATATA_MUTATION_TESTS`). */
  readonly tests: string;
  readonly goal?: number;
}
const PARTS: Readonly<Record<string, Part>> = {
  engine: { dir: 'packages/core/src/engine', tests: 'engine', goal: 90 },
  privacy: { dir: 'packages/core/src/privacy', tests: 'all' },
  data: { dir: 'packages/data/src', tests: 'all' },
};
const REPORTS = 'reports/mutation';

interface Report {
  readonly files: Record<string, { source: string; mutants: { status: string }[] }>;
  readonly testFiles?: Record<string, { source?: string }>;
}
interface Meta {
  readonly commit: string;
  readonly finished: string;
  readonly seconds: number;
  readonly tests: string;
}

const args = process.argv.slice(2);
const flag = (name: string) => args.includes(name);
const reportOnly = flag('--report');
const force = flag('--force');
const ci = args.indexOf('--concurrency');
const concurrency = ci >= 0 ? Number(args[ci + 1]) : undefined;
if (ci >= 0 && !(Number.isInteger(concurrency) && concurrency! > 0)) {
  console.error('--concurrency perlu bilangan bulat positif');
  process.exit(2);
}
const words = args.filter((a, i) => !a.startsWith('--') && !(ci >= 0 && i === ci + 1));
const parts = words.filter((w) => w in PARTS);
const named = words.filter((w) => !(w in PARTS));
for (const n of named) {
  if (!n.endsWith('.ts')) {
    console.error(
      `bagian tidak dikenal: ${n} (pilih dari ${Object.keys(PARTS).join(', ')}, atau nama berkas .ts)`,
    );
    process.exit(2);
  }
}
if (parts.length === 0) parts.push(...Object.keys(PARTS));

/** The mutated source files of a part: every .ts under its folder but the index files, sorted. */
function sourcesOf(part: Part): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, e.name);
      if (e.isDirectory()) walk(path);
      else if (e.name.endsWith('.ts') && e.name !== 'index.ts' && !e.name.endsWith('.d.ts')) out.push(path);
    }
  };
  walk(part.dir);
  return out.sort();
}

/** Where a source file's report lives: its path under the part's folder, `/` → `__`. */
const reportBase = (part: string, file: string) =>
  join(REPORTS, part, relative(PARTS[part]!.dir, file).replaceAll('/', '__').replace(/\.ts$/, ''));

const readJson = <T>(path: string): T | undefined =>
  existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as T) : undefined;

const git = (...a: string[]) => execFileSync('git', a, { encoding: 'utf8' }).trim();

function isFresh(part: string, file: string): boolean {
  const report = readJson<Report>(`${reportBase(part, file)}.json`);
  return report?.files[file]?.source === readFileSync(file, 'utf8');
}

/**
 * True when a source file compiles to more than `export {}` (types only have no mutants: Stryker finds no test
 * for such a file and stops, so its report is written here, with no mutants).
 */
function hasRuntimeCode(file: string): boolean {
  const js = ts.transpileModule(readFileSync(file, 'utf8'), {
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022, removeComments: true },
  }).outputText;
  return js.replace(/export\s*\{\s*\};?/g, '').trim() !== '';
}

async function run(part: string, file: string): Promise<void> {
  const base = reportBase(part, file);
  mkdirSync(join(REPORTS, part), { recursive: true });
  if (!hasRuntimeCode(file)) {
    const report = {
      files: { [file]: { language: 'typescript', source: readFileSync(file, 'utf8'), mutants: [] } },
    };
    writeFileSync(`${base}.json`, `${JSON.stringify(report)}\n`);
    console.log(`\n=== ${file}: types only, no mutants ===`);
    return;
  }
  process.env.SATATA_MUTATION_TESTS = PARTS[part]!.tests;
  const started = Date.now();
  const commit = `${git('rev-parse', '--short', 'HEAD')}${git('status', '--porcelain', '--untracked-files=no') ? '+dirty' : ''}`;
  console.log(`\n=== ${file} (tests: ${PARTS[part]!.tests}) ===`);
  await new Stryker({
    configFile: 'stryker.config.mjs',
    mutate: [file],
    incremental: true,
    incrementalFile: `${base}.incremental.json`,
    force,
    ...(concurrency === undefined ? {} : { concurrency }),
    reporters: ['clear-text', 'progress', 'json'],
    clearTextReporter: { reportTests: false, reportMutants: true, reportScoreTable: true },
    jsonReporter: { fileName: `${base}.json` },
  }).runMutationTest();
  const meta: Meta = {
    commit,
    finished: new Date().toISOString(),
    seconds: Math.round((Date.now() - started) / 1000),
    tests: PARTS[part]!.tests,
  };
  writeFileSync(`${base}.meta.json`, `${JSON.stringify(meta, null, 2)}\n`);
}

let runFailed = false;
for (const part of parts) {
  if (reportOnly) break;
  const all = sourcesOf(PARTS[part]!);
  const chosen =
    named.length > 0
      ? named.flatMap((n) => all.filter((f) => f.endsWith(`/${n}`) || f === n))
      : all.filter((f) => !isFresh(part, f));
  for (const f of chosen) {
    try {
      await run(part, f);
    } catch (e) {
      // One file's failure (a failing dry run, say) does not stop the others; it stays unmeasured or stale.
      console.error(`\n${f}: Stryker stopped — ${e instanceof Error ? e.message : String(e)}`);
      runFailed = true;
    }
  }
}

console.log(
  '\nMutation score per file and part (detected = killed + timeout; valid = detected + survived + no coverage):',
);
let failed = false;
const pct = (d: number, v: number) => (v === 0 ? 100 : (d / v) * 100).toFixed(2).padStart(6);
for (const part of parts) {
  let detected = 0;
  let valid = 0;
  const missing: string[] = [];
  const stale: string[] = [];
  console.log(`\n  ${part}`);
  console.log(
    `    ${'file'.padEnd(24)} ${'score'.padStart(8)} ${'killed'.padStart(6)} ${'timeout'.padStart(7)} ` +
      `${'survived'.padStart(8)} ${'no cov'.padStart(6)} ${'ignored'.padStart(7)}  measured`,
  );
  for (const file of sourcesOf(PARTS[part]!)) {
    const base = reportBase(part, file);
    const report = readJson<Report>(`${base}.json`);
    const entry = report?.files[file];
    const name = relative(PARTS[part]!.dir, file);
    if (!report || !entry) {
      missing.push(name);
      continue;
    }
    if (entry.source !== readFileSync(file, 'utf8')) {
      stale.push(name);
      continue;
    }
    const count = (...s: string[]) => entry.mutants.filter((m) => s.includes(m.status)).length;
    const d = count('Killed', 'Timeout');
    const v = d + count('Survived', 'NoCoverage');
    detected += d;
    valid += v;
    const meta = readJson<Meta>(`${base}.meta.json`);
    const testsChanged = Object.entries(report.testFiles ?? {}).some(
      ([t, { source }]) => source !== undefined && (!existsSync(t) || readFileSync(t, 'utf8') !== source),
    );
    console.log(
      `    ${name.padEnd(24)} ${pct(d, v)} % ${String(count('Killed')).padStart(6)} ` +
        `${String(count('Timeout')).padStart(7)} ${String(count('Survived')).padStart(8)} ` +
        `${String(count('NoCoverage')).padStart(6)} ${String(count('Ignored')).padStart(7)}  ` +
        `${meta ? `${meta.commit}, ${meta.seconds} s, tests: ${meta.tests}` : '?'}` +
        `${testsChanged ? ' (tests changed since)' : ''}`,
    );
  }
  if (stale.length > 0)
    console.log(`    stale (source changed since its run; not counted): ${stale.join(', ')}`);
  if (missing.length > 0) console.log(`    not measured: ${missing.join(', ')}`);
  console.log(
    `  ${part.padEnd(8)} ${pct(detected, valid)} % (${detected} of ${valid} valid mutants` +
      `${stale.length + missing.length > 0 ? `; ${stale.length + missing.length} files not counted` : ''})`,
  );
  const goal = PARTS[part]!.goal;
  if (goal !== undefined) {
    const complete = stale.length + missing.length === 0;
    const met = complete && (valid === 0 ? 100 : (detected / valid) * 100) >= goal;
    failed ||= !met;
    console.log(
      `  goal mutation score ${part} ≥ ${goal} %: ${pct(detected, valid).trim()} % — ` +
        `${met ? 'met' : complete ? 'not met' : 'not yet known (files not counted)'}`,
    );
  }
}
process.exitCode = failed || runFailed ? 1 : 0;
