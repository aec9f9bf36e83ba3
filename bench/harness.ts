/**
 * A tiny benchmark harness: runs a function repeatedly, reports the median and quartiles, and compares two
 * measurements taken in the same process. Benchmarks print figures; they never fail on time.
 */
import { performance } from 'node:perf_hooks';

/** Timing statistics of one measured function, in milliseconds. */
export interface Timing {
  readonly name: string;
  readonly runs: number;
  readonly median: number;
  readonly p25: number;
  readonly p75: number;
  readonly min: number;
}

/** The `q` quantile (0–1) of ascending `sorted` values, interpolated linearly. */
function quantile(sorted: readonly number[], q: number): number {
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (pos - lo);
}

/** Statistics of samples timed elsewhere (e.g. inside a browser page), in the harness's shape. */
export function timingOf(name: string, samples: readonly number[]): Timing {
  if (samples.length === 0) throw new RangeError(`${name}: tidak ada sampel`);
  const sorted = [...samples].sort((a, b) => a - b);
  return {
    name,
    runs: sorted.length,
    median: quantile(sorted, 0.5),
    p25: quantile(sorted, 0.25),
    p75: quantile(sorted, 0.75),
    min: sorted[0]!,
  };
}

/** Measure `fn` after `warmup` runs; `runs` timed runs (or until `maxMs` elapsed, at least 3). */
export async function measure(
  name: string,
  fn: () => unknown,
  { warmup = 3, runs = 15, maxMs = 10_000 }: { warmup?: number; runs?: number; maxMs?: number } = {},
): Promise<Timing> {
  for (let i = 0; i < warmup; i++) await fn();
  const times: number[] = [];
  const start = performance.now();
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    times.push(performance.now() - t0);
    if (i >= 2 && performance.now() - start > maxMs) break;
  }
  return timingOf(name, times);
}

const fmt = (n: number, d = 1) =>
  n.toLocaleString('en-US', { maximumFractionDigits: d, minimumFractionDigits: d });

/** Print one timing line, with a throughput when `rows` is given. */
export function report(t: Timing, rows?: number): void {
  const rate = rows ? ` · ${fmt(rows / (t.median / 1000), 0)} rows/s` : '';
  console.log(
    `  ${t.name.padEnd(52)} median ${fmt(t.median, 2).padStart(9)} ms (p25 ${fmt(t.p25, 2)}, p75 ${fmt(t.p75, 2)}, n=${t.runs})${rate}`,
  );
}

/** Print the ratio of `subject` against `baseline` (how many times slower the subject is). */
export function ratio(subject: Timing, baseline: Timing, goal?: string): void {
  const r = subject.median / baseline.median;
  console.log(`  ratio ${subject.name} / ${baseline.name}: ${fmt(r, 2)}×${goal ? ` (goal: ${goal})` : ''}`);
}

/** Print a goal check line; informative only, never fails. */
export function goal(label: string, value: number, limit: number, unit = 'ms'): void {
  const ok = value <= limit ? 'met' : 'not met';
  const u = unit === '×' ? '×' : ` ${unit}`;
  console.log(`  goal ${label}: ${fmt(value, 2)}${u} ≤ ${fmt(limit, 0)}${u} — ${ok}`);
}
