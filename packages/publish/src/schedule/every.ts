/**
 * The rebuild schedule of `satata build --every`: run a task, then again `ms` after each run ends (runs never
 * overlap, however long one takes). A failing run is reported and the schedule goes on — the previous site stays
 * live until a build succeeds. The pending timer keeps the process alive until {@link Schedule.stop}.
 */

/** A running schedule. */
export interface Schedule {
  /** Cancel the next run (a run in progress finishes); the process may then exit. */
  stop(): void;
}

/**
 * Run `task` every `ms` milliseconds, counted from the end of the previous run; the first run starts `ms` after the
 * call. Errors (thrown or rejected) go to `onError`.
 *
 * @throws RangeError when `ms` is not a positive finite number.
 */
export function every(
  ms: number,
  task: () => Promise<unknown> | unknown,
  onError: (error: unknown) => void,
): Schedule {
  if (!Number.isFinite(ms) || ms <= 0) {
    throw new RangeError(`selang jadwal harus angka positif (ms), diterima ${String(ms)}`);
  }
  let timer: ReturnType<typeof setTimeout> | null = null;
  let stopped = false;
  const run = async () => {
    timer = null;
    try {
      await task();
    } catch (e) {
      onError(e);
    }
    // A referenced timer: it is what keeps `satata build --every` running.
    if (!stopped) timer = setTimeout(run, ms);
  };
  timer = setTimeout(run, ms);
  return {
    stop() {
      stopped = true;
      if (timer !== null) clearTimeout(timer);
      timer = null;
    },
  };
}
