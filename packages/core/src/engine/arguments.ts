/**
 * Argument checks of the engine's exported functions. A caller who passes `polaritas: 'positive'` or a target of
 * `NaN` gets an {@link EngineArgumentError} naming the function, the argument, what was received and what was
 * expected — never a silently different number. The engine's own loops call the unchecked internals.
 */

/** Thrown by an exported engine function given an argument it cannot use. */
export class EngineArgumentError extends TypeError {
  /** The function that was called, e.g. `computeCapaian`. */
  readonly fn: string;
  /** The argument, e.g. `polaritas` or `input.target.min`. */
  readonly argument: string;
  /** What was received. */
  readonly received: unknown;
  /** What was expected, in words (Bahasa Indonesia). */
  readonly expected: string;
  constructor(fn: string, argument: string, received: unknown, expected: string) {
    super(`${fn}: argumen ${argument} diharapkan ${expected}, diterima ${describe(received)}`);
    this.name = 'EngineArgumentError';
    this.fn = fn;
    this.argument = argument;
    this.received = received;
    this.expected = expected;
  }
}

function describe(value: unknown): string {
  if (typeof value === 'number' || typeof value === 'bigint') return String(value);
  if (typeof value === 'string') return JSON.stringify(value); // in full, however long
  try {
    // undefined, a function or a symbol has no JSON text: String() names it.
    const text = JSON.stringify(value);
    return text === undefined ? String(value) : text.length > 60 ? `${text.slice(0, 57)}…` : text;
  } catch {
    return Object.prototype.toString.call(value);
  }
}

/** Check that `value` is one of `allowed`. */
export function checkEnum<T extends string>(
  fn: string,
  argument: string,
  value: unknown,
  allowed: readonly T[],
): T {
  if (!(allowed as readonly unknown[]).includes(value)) {
    throw new EngineArgumentError(
      fn,
      argument,
      value,
      `salah satu dari ${allowed.map((a) => `'${a}'`).join(', ')}`,
    );
  }
  return value as T;
}

/** Check an optional enum: undefined passes. */
export function checkOptionalEnum<T extends string>(
  fn: string,
  argument: string,
  value: unknown,
  allowed: readonly T[],
): T | undefined {
  return value === undefined ? undefined : checkEnum(fn, argument, value, allowed);
}

/** Check a finite number. */
export function checkFinite(fn: string, argument: string, value: unknown): number {
  if (!Number.isFinite(value)) throw new EngineArgumentError(fn, argument, value, 'angka berhingga');
  return value as number; // Number.isFinite is false for anything not a number
}

/** Check a finite number, null or undefined (a missing value). */
export function checkOptionalFinite(fn: string, argument: string, value: unknown): number | null | undefined {
  if (value === null || value === undefined) return value;
  return checkFinite(fn, argument, value);
}

/** Check an integer in [min, max]. */
export function checkInteger(fn: string, argument: string, value: unknown, min: number, max: number): number {
  // Number.isInteger is false for anything not a number.
  if (!Number.isInteger(value) || (value as number) < min || (value as number) > max) {
    throw new EngineArgumentError(fn, argument, value, `bilangan bulat ${min}–${max}`);
  }
  return value as number;
}

/** Check a target: a finite number, or `{min, max}` of finite numbers with min ≤ max; null/undefined pass. */
export function checkTarget(fn: string, argument: string, value: unknown): void {
  if (value === null || value === undefined) return;
  if (typeof value === 'number') {
    checkFinite(fn, argument, value);
    return;
  }
  if (typeof value !== 'object') {
    throw new EngineArgumentError(fn, argument, value, 'angka atau rentang {min, max}');
  }
  const { min, max } = value as { min?: unknown; max?: unknown };
  checkFinite(fn, `${argument}.min`, min);
  checkFinite(fn, `${argument}.max`, max);
  if ((min as number) > (max as number)) {
    throw new EngineArgumentError(fn, argument, value, 'rentang dengan min ≤ max');
  }
}

/** Check an array. */
export function checkArray(fn: string, argument: string, value: unknown): readonly unknown[] {
  if (!Array.isArray(value)) throw new EngineArgumentError(fn, argument, value, 'sebuah array');
  return value;
}
