/**
 * A manual clock for request tests: `sleep` records the wait and returns at once (or, held, waits until the
 * caller's signal aborts), timers fire only when the test calls `fireTimers()`. No real waiting.
 */
import type { Clock } from '@satata/data';

/** A {@link Clock} under the test's control. */
export interface ManualClock extends Clock {
  /** Every wait the client asked for, in order (ms). */
  readonly sleeps: number[];
  /** Fire every pending timer (e.g. the request timeout). */
  fireTimers(): void;
  /** Number of pending timers. */
  pending(): number;
}

/**
 * Create a manual clock reading `now` as the current time. With `hold`, a sleep never ends by itself: it rejects
 * with the signal's reason when its signal aborts (so a test can abort in the middle of a backoff wait).
 */
export function manualClock(now = Date.UTC(2026, 2, 13, 8, 0, 0), { hold = false } = {}): ManualClock {
  const sleeps: number[] = [];
  const timers = new Set<() => void>();
  return {
    sleeps,
    now: () => now,
    sleep(ms, signal) {
      sleeps.push(ms);
      if (signal?.aborted) return Promise.reject(signal.reason);
      if (!hold) return Promise.resolve();
      return new Promise<void>((_resolve, reject) => {
        signal?.addEventListener('abort', () => reject(signal.reason), { once: true });
      });
    },
    setTimer(fn) {
      timers.add(fn);
      return () => timers.delete(fn);
    },
    fireTimers() {
      const fns = [...timers];
      timers.clear();
      for (const fn of fns) fn();
    },
    pending: () => timers.size,
  };
}
