import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { every } from '../../packages/publish/src/schedule/every.ts';

describe('every (the rebuild schedule of satata build --every)', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('runs the task each interval after the previous run ends, never overlapping', async () => {
    const starts: number[] = [];
    let running = 0;
    let overlapped = false;
    const s = every(
      1000,
      async () => {
        starts.push(Date.now());
        running++;
        if (running > 1) overlapped = true;
        // A run that takes longer than the interval.
        await new Promise((r) => setTimeout(r, 2500));
        running--;
      },
      () => {},
    );
    const t0 = Date.now();
    await vi.advanceTimersByTimeAsync(1000 + 2500 + 1000 + 2500 + 1000);
    s.stop();
    expect(starts.map((t) => t - t0)).toEqual([1000, 4500, 8000]);
    expect(overlapped).toBe(false);
  });

  it('reports a failing run and goes on; stop() cancels the next run', async () => {
    const errors: unknown[] = [];
    let runs = 0;
    const s = every(
      100,
      () => {
        runs++;
        if (runs === 1) throw new Error('sumber gagal');
      },
      (e) => errors.push(e),
    );
    await vi.advanceTimersByTimeAsync(350);
    expect(runs).toBe(3);
    expect(errors).toEqual([new Error('sumber gagal')]);
    s.stop();
    await vi.advanceTimersByTimeAsync(1000);
    expect(runs).toBe(3);
  });

  it('refuses an interval that is not a positive number', () => {
    for (const ms of [0, -1, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(() =>
        every(
          ms,
          () => {},
          () => {},
        ),
      ).toThrow(RangeError);
    }
  });
});

describe('every in a real process', () => {
  it('keeps the process alive between runs and lets it exit once stopped', () => {
    const child = fileURLToPath(new URL('./fixtures/every-child.ts', import.meta.url));
    const out = execFileSync(process.execPath, ['--import', 'tsx', child], {
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(out.trim().split('\n')).toEqual(['run 1', 'run 2', 'error gagal sekali', 'run 3']);
  });
});
