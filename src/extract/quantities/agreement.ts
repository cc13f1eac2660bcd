// Whether two figures agree: value intervals from the written precision, approximations and bounds.
import { CorroborateError, describeType } from '../../errors.js';
import type { QuantityMention } from './types.js';

/**
 * Relative rounding allowed on each side of an exact figure: half a percent, the rounding error
 * of a figure given to three significant digits ("$549.8 billion" written "$550 billion").
 */
export const EXACT_RELATIVE_TOLERANCE = 0.005;
/**
 * Relative spread allowed around a figure written with "about", "roughly", "some": 10%, so
 * "about 50%" covers 45–55% ("48%" agrees, "40%" does not). Writers who mean a wider spread
 * say "between".
 */
export const APPROXIMATE_RELATIVE_TOLERANCE = 0.1;
/**
 * How far past a bound the truth may lie and still be described by it: 25%. "More than 50,000"
 * is written for 53,000, not for 80,000 (that would be "nearly 100,000" or "tens of thousands");
 * "up to 155%" covers 155% and a little below, not 100%.
 */
export const BOUND_REACH = 0.25;

/**
 * Whether two figures can state the same fact: same unit (and currency, and time unit), and
 * values equal within rounding. Each figure stands for an interval of values:
 * - exact: ± half its last written digit, at least ±{@link EXACT_RELATIVE_TOLERANCE} relative;
 * - approximate ("about"): ±{@link APPROXIMATE_RELATIVE_TOLERANCE} relative;
 * - a lower bound ("more than X"): X to X·(1 + {@link BOUND_REACH}); an upper bound ("up to X",
 *   "nearly X"): X·(1 − {@link BOUND_REACH}) to X;
 * - a range: its two ends (with rounding).
 * Two figures agree when their intervals overlap, except that two ranges agree only when both
 * ends agree. For changes ("from 27.5% to 15%") the new values are compared, and when both
 * figures are changes, the old values too. What each figure quantifies (its subject) is the
 * caller's to match. Symmetric: `quantitiesAgree(a, b) === quantitiesAgree(b, a)`.
 *
 * @throws CorroborateError `INVALID_CLAIM` when either argument is not a quantity (an object
 * with a finite numeric `value` and a `unit`).
 */
export function quantitiesAgree(a: QuantityMention, b: QuantityMention): boolean {
  assertQuantity(a, 'first');
  assertQuantity(b, 'second');
  if (a.unit !== b.unit) return false;
  if (a.unit === 'money' && a.currency !== b.currency) return false;
  if (a.unit === 'duration' && a.timeUnit !== b.timeUnit) return false;
  if (a.range !== undefined && b.range !== undefined) {
    return (
      overlaps(exactInterval(a.range[0], a.precision), exactInterval(b.range[0], b.precision)) &&
      overlaps(exactInterval(a.range[1], a.precision), exactInterval(b.range[1], b.precision))
    );
  }
  if (!overlaps(valueInterval(a), valueInterval(b))) return false;
  if (a.change !== undefined && b.change !== undefined) {
    return overlaps(
      exactInterval(a.change.from, a.precision),
      exactInterval(b.change.from, b.precision),
    );
  }
  return true;
}

type Interval = readonly [number, number];

/**
 * Strict overlap: a figure stands for the half-open interval of values that round to it, so
 * "$2.8 trillion" and "$2.7 trillion", which only touch at 2.75, do not agree.
 */
function overlaps(a: Interval, b: Interval): boolean {
  return a[0] < b[1] && b[0] < a[1];
}

/** ± half the last written digit, at least ±{@link EXACT_RELATIVE_TOLERANCE} relative. */
function exactInterval(value: number, precision: number): Interval {
  const tolerance = Math.max(precision / 2, Math.abs(value) * EXACT_RELATIVE_TOLERANCE);
  return [value - tolerance, value + tolerance];
}

/** The values a figure is consistent with (see {@link quantitiesAgree}). */
function valueInterval(quantity: QuantityMention): Interval {
  const value = quantity.value;
  const [low, high] = exactInterval(value, quantity.precision);
  const magnitude = Math.abs(value);
  if (quantity.range !== undefined) {
    return [low, exactInterval(quantity.range[1], quantity.precision)[1]];
  }
  if (quantity.bound === 'lower') return [low, Math.max(high, value + magnitude * BOUND_REACH)];
  if (quantity.bound === 'upper') return [Math.min(low, value - magnitude * BOUND_REACH), high];
  if (quantity.approximate) {
    const spread = magnitude * APPROXIMATE_RELATIVE_TOLERANCE;
    return [Math.min(low, value - spread), Math.max(high, value + spread)];
  }
  return [low, high];
}

function assertQuantity(value: unknown, which: string): void {
  const quantity = value as Partial<QuantityMention> | null;
  if (
    quantity === null ||
    typeof quantity !== 'object' ||
    typeof quantity.value !== 'number' ||
    !Number.isFinite(quantity.value) ||
    typeof quantity.unit !== 'string' ||
    typeof quantity.precision !== 'number' ||
    !Number.isFinite(quantity.precision) ||
    quantity.precision <= 0
  ) {
    throw new CorroborateError(
      'INVALID_CLAIM',
      `quantitiesAgree: the ${which} argument must be a quantity from extractQuantities (an object with a finite numeric value, a unit and a positive precision), but got ${describeType(value)}.`,
      { argument: which },
    );
  }
}
