/**
 * Exact decimal rounding for published figures (DESIGN §3: "the category is decided on the capaian as printed").
 *
 * A number in a catalog or an observation is a decimal as people wrote it (9,1; 4,23), stored in binary floating
 * point. Computing on the binary values puts exact decimal results just beside themselves — `(9.1 / 10) * 100` is
 * `90.99999999999999` — and a value exactly halfway between two printed values may land on either side. Rounding
 * here treats every input as the decimal its shortest representation shows (what a person reads: `String(x)`),
 * and rounds half away from zero, as Excel's `ROUND` and `Intl.NumberFormat` do. Values far from a halfway point
 * are rounded in floating point (exact there); only the rare values within a few ulps of one take the exact path
 * in `BigInt`.
 */

/** Powers of ten that are exact in binary floating point (10^0 … 10^22). */
const POW10: readonly number[] = Array.from({ length: 23 }, (_, i) => 10 ** i);

/** The most decimals a published figure is rounded to. */
export const MAX_DECIMALS = 10;

/** A decimal `digits / 10^scale`, exactly. */
interface Decimal {
  readonly digits: bigint;
  readonly scale: number;
}

/** The decimal a finite number's shortest representation shows (`String(x)`), exactly. */
function decimalOf(x: number): Decimal {
  // Stryker disable EqualityOperator: String(x) never starts with 'e' or '.', and a scale of 0 is the same either way
  const s = String(x);
  const e = s.indexOf('e');
  const mantissa = e < 0 ? s : s.slice(0, e);
  const exponent = e < 0 ? 0 : Number(s.slice(e + 1));
  const dot = mantissa.indexOf('.');
  const fraction = dot < 0 ? 0 : mantissa.length - dot - 1;
  const digits = BigInt(dot < 0 ? mantissa : mantissa.slice(0, dot) + mantissa.slice(dot + 1));
  const scale = fraction - exponent;
  return scale >= 0 ? { digits, scale } : { digits: digits * 10n ** BigInt(-scale), scale: 0 };
  // Stryker restore EqualityOperator
}

/** `value / divisor` rounded half away from zero, in BigInt; `divisor` > 0 (a power of ten or a positive figure). */
function divRoundHalfAway(value: bigint, divisor: bigint): bigint {
  // BigInt division truncates toward zero and the remainder takes the sign of `value`.
  const q = value / divisor;
  const twice = (value % divisor) * 2n;
  if (twice >= divisor) return q + 1n;
  if (-twice >= divisor) return q - 1n;
  return q;
}

/** True when `scaled` (a value × 10^d computed in floating point) may be within rounding error of a halfway point. */
function nearHalf(scaled: number): boolean {
  const a = Math.abs(scaled);
  const f = a - Math.floor(a);
  // Stryker disable next-line EqualityOperator: a distance exactly equal to the slack is not told apart (both paths round alike)
  return Math.abs(f - 0.5) <= 1e-9 * Math.max(1, a);
}

function checkDecimals(decimals: number): void {
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > MAX_DECIMALS) {
    throw new RangeError(`desimal harus bilangan bulat 0–${MAX_DECIMALS}, diterima ${String(decimals)}`);
  }
}

/**
 * Round `x` half away from zero to `decimals` decimals, treating `x` as the decimal its shortest representation
 * shows: `roundHalfAway(90.995, 2)` is 91 (the binary value of 90.995 is a hair below it), `roundHalfAway(-2.5, 0)`
 * is −3. Non-finite values come back unchanged; −0 becomes 0.
 *
 * @example roundHalfAway(90.99999999999999, 2) // 91
 */
export function roundHalfAway(x: number, decimals: number): number {
  checkDecimals(decimals);
  const p = POW10[decimals]!;
  const scaled = x * p;
  // Too large to have decimals left, or not finite (NaN falls through every step unchanged).
  // Stryker disable next-line EqualityOperator: only a scaled value of exactly 2^52 could tell > from >=
  if (Math.abs(scaled) >= 2 ** 52) return x;
  let q: number;
  // Stryker disable next-line ConditionalExpression: always taking the exact path gives the same result (the float path is a speed-up)
  if (!nearHalf(scaled)) q = Math.sign(scaled) * Math.floor(Math.abs(scaled) + 0.5);
  else {
    const { digits, scale } = decimalOf(x);
    q =
      // Stryker disable next-line EqualityOperator: at scale = decimals both branches give the digits (divisor 1)
      scale <= decimals
        ? Number(digits * 10n ** BigInt(decimals - scale))
        : Number(divRoundHalfAway(digits, 10n ** BigInt(scale - decimals)));
  }
  const out = q / p;
  return out === 0 ? 0 : out;
}

/** Which capaian formula {@link roundedCapaian} recomputes exactly. */
export type CapaianFormulaKind = 'positif' | 'selisih' | 'rasio';

/**
 * A capaian computed in floating point (`approx`, from realisation `r` and target `t` by `kind`: R / T, (2T − R) / T
 * or T / R, × 100), rounded half away from zero to `decimals`: the float result when it is clearly on one side of a
 * halfway point, else the exact quotient of the decimals `r` and `t` show, in BigInt.
 */
export function roundedCapaian(
  approx: number,
  decimals: number,
  kind: CapaianFormulaKind,
  r: number,
  t: number,
): number {
  const p = POW10[decimals]!;
  const scaled = approx * p;
  // Too large to have decimals left, or not finite.
  // Stryker disable next-line EqualityOperator: only a scaled value of exactly 2^52 could tell > from >=
  if (Math.abs(scaled) >= 2 ** 52) return approx;
  let q: number;
  // Stryker disable next-line ConditionalExpression: always taking the exact path gives the same result (the float path is a speed-up)
  if (!nearHalf(scaled)) q = Math.sign(scaled) * Math.floor(Math.abs(scaled) + 0.5);
  else {
    const { a, b } = commonScale(r, t);
    const [numerator, denominator] =
      kind === 'positif' ? [a, b] : kind === 'selisih' ? [2n * b - a, b] : [b, a];
    q = Number(divRoundHalfAway(numerator * 100n * 10n ** BigInt(decimals), denominator));
  }
  const out = q / p;
  return out === 0 ? 0 : out;
}

/**
 * Two decimals as BigInt integers on one common scale: `x = a / 10^k`, `y = b / 10^k`. For exact arithmetic on
 * published figures (see {@link roundedPercent}).
 */
export function commonScale(
  x: number,
  y: number,
): { readonly a: bigint; readonly b: bigint; readonly scale: number } {
  const dx = decimalOf(x);
  const dy = decimalOf(y);
  const k = Math.max(dx.scale, dy.scale);
  return {
    a: dx.digits * 10n ** BigInt(k - dx.scale),
    b: dy.digits * 10n ** BigInt(k - dy.scale),
    scale: k,
  };
}

/**
 * `x − y` as the difference of the decimals they show, where it matters for rounding to `decimals`: 4,235 − 4,23
 * is 0,005 (printed "0,01"), not the float 0,004999999999999893 ("0,00"). Elsewhere the float difference, which
 * rounds the same way.
 */
export function decimalDifference(x: number, y: number, decimals: number): number {
  const d = x - y;
  // Not near a halfway point, or not finite (an overflowing difference is never near one).
  if (!nearHalf(d * POW10[decimals]!)) return d;
  const { a, b, scale } = commonScale(x, y);
  // Stryker disable next-line EqualityOperator: no double has 22 decimals and lies near a halfway point at ≤ 10
  return scale <= 22 ? Number(a - b) / POW10[scale]! : d;
}

/** The number of decimals in finite `x`'s shortest representation (`4.23` → 2, `1e-7` → 7, `1200` → 0). */
export function decimalsOf(x: number): number {
  return decimalOf(x).scale;
}

/** True when `x` rounds to zero at `decimals` decimals (half away from zero: 0,005 at 2 decimals does not). */
export function roundsToZero(x: number, decimals: number): boolean {
  return roundHalfAway(x, decimals) === 0;
}
