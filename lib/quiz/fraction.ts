/**
 * Exact rational arithmetic for marks. UPSC's penalty is a third of a mark, which no binary float
 * represents, so summing 0.6666… a hundred times drifts; fractions keep every total exact.
 */
export type Fraction = { readonly n: number; readonly d: number };

function gcd(a: number, b: number): number {
  let x = Math.abs(a);
  let y = Math.abs(b);
  while (y !== 0) [x, y] = [y, x % y];
  return x;
}

/** A reduced fraction with a positive denominator; throws on non-integers or overflow. */
export function fraction(n: number, d = 1): Fraction {
  if (!Number.isSafeInteger(n) || !Number.isSafeInteger(d)) {
    throw new RangeError(`fraction needs safe integers, got ${n}/${d}`);
  }
  if (d === 0) throw new RangeError("fraction denominator must not be 0");
  const g = gcd(n, d) || 1;
  const sign = d < 0 ? -1 : 1;
  // `+ 0` turns -0 into 0 so equal values compare equal with toEqual.
  return { n: (sign * n) / g + 0, d: (sign * d) / g };
}

export const ZERO: Fraction = fraction(0);

export const add = (a: Fraction, b: Fraction): Fraction => fraction(a.n * b.d + b.n * a.d, a.d * b.d);
export const sub = (a: Fraction, b: Fraction): Fraction => add(a, neg(b));
export const mul = (a: Fraction, b: Fraction): Fraction => fraction(a.n * b.n, a.d * b.d);
export const neg = (a: Fraction): Fraction => fraction(-a.n, a.d);
export const abs = (a: Fraction): Fraction => fraction(Math.abs(a.n), a.d);
export const scale = (a: Fraction, k: number): Fraction => mul(a, fraction(k));
export const sum = (xs: readonly Fraction[]): Fraction => xs.reduce(add, ZERO);
export const equals = (a: Fraction, b: Fraction): boolean => a.n === b.n && a.d === b.d;
export const compare = (a: Fraction, b: Fraction): number => Math.sign(a.n * b.d - b.n * a.d);
export const toNumber = (a: Fraction): number => a.n / a.d;

/**
 * Two-decimal text with a true minus sign (U+2212). "truncate" cuts toward zero, as coaching
 * material prints the penalty (−0.66); "round" rounds half away from zero, for totals.
 */
export function formatFraction(a: Fraction, mode: "round" | "truncate"): string {
  const magnitude = Math.abs(a.n) * 100;
  const hundredths = mode === "truncate" ? Math.floor(magnitude / a.d) : Math.floor((2 * magnitude + a.d) / (2 * a.d));
  const whole = Math.floor(hundredths / 100);
  const cents = String(hundredths % 100).padStart(2, "0");
  return `${a.n < 0 && hundredths > 0 ? "\u2212" : ""}${whole}.${cents}`;
}

const VULGAR: Record<string, string> = {
  "1/2": "\u00bd", "1/3": "\u2153", "2/3": "\u2154", "1/4": "\u00bc", "3/4": "\u00be", "1/5": "\u2155", "2/5": "\u2156",
  "3/5": "\u2157", "4/5": "\u2158", "1/6": "\u2159", "5/6": "\u215a", "1/8": "\u215b", "3/8": "\u215c", "5/8": "\u215d", "7/8": "\u215e",
};

/**
 * The exact value, for rules such as "−⅔ per wrong answer": a whole part and a vulgar fraction
 * ("2½", "−⅔"), or "n/d" when there is no such glyph. Totals stay decimal (formatFraction).
 */
export function formatExact(a: Fraction): string {
  const sign = a.n < 0 ? "\u2212" : "";
  const whole = Math.floor(Math.abs(a.n) / a.d);
  const rest = Math.abs(a.n) % a.d;
  if (rest === 0) return `${sign}${whole}`;
  const part = VULGAR[`${rest}/${a.d}`] ?? `${whole > 0 ? " " : ""}${rest}/${a.d}`;
  return `${sign}${whole > 0 ? whole : ""}${part}`;
}
