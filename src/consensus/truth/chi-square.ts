// Chi-square quantiles for CATD's confidence interval on a source's error variance.

import { logGamma } from './log-gamma.js';

// Series and continued fraction both stop at this relative precision, or after MAX_TERMS (never hangs).
const PRECISION = 1e-15;
const MAX_TERMS = 100_000;

/** The regularised lower incomplete gamma function P(a, x), for a > 0 and x ≥ 0. */
export function regularizedLowerGamma(a: number, x: number): number {
  if (x <= 0) return 0;
  const logPrefix = -x + a * Math.log(x) - logGamma(a);
  if (x < a + 1) {
    // Power series, convergent and accurate below a + 1.
    let term = 1 / a;
    let sum = term;
    for (let n = 1; n < MAX_TERMS; n++) {
      term *= x / (a + n);
      sum += term;
      if (Math.abs(term) < Math.abs(sum) * PRECISION) break;
    }
    return Math.min(1, sum * Math.exp(logPrefix));
  }
  // Continued fraction for Q = 1 − P (modified Lentz), convergent above a + 1.
  const tiny = 1e-300;
  let b = x + 1 - a;
  let c = 1 / tiny;
  let d = 1 / b;
  let h = d;
  for (let n = 1; n < MAX_TERMS; n++) {
    const an = -n * (n - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < tiny) d = tiny;
    c = b + an / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < PRECISION) break;
  }
  return Math.max(0, 1 - Math.exp(logPrefix) * h);
}

// Geometric bisection steps: halving ln x 200 times from a span of ~1400 leaves far below double precision.
const BISECTION_STEPS = 200;
// Quantiles smaller than this are reported as 0 (they only arise for tiny degrees of freedom).
const SMALLEST_QUANTILE = 1e-300;

/**
 * The p-quantile of the chi-square distribution with `degreesOfFreedom` (> 0,
 * need not be an integer): the x with P(χ² ≤ x) = p, for 0 < p < 1.
 */
export function chiSquareQuantile(p: number, degreesOfFreedom: number): number {
  const a = degreesOfFreedom / 2;
  const cdf = (x: number) => regularizedLowerGamma(a, x / 2);
  if (cdf(SMALLEST_QUANTILE) >= p) return 0;
  let low = SMALLEST_QUANTILE;
  let high = Math.max(1, degreesOfFreedom);
  while (cdf(high) < p) high *= 2;
  for (let step = 0; step < BISECTION_STEPS && high / low > 1 + 1e-15; step++) {
    const middle = Math.sqrt(low * high);
    if (cdf(middle) < p) low = middle;
    else high = middle;
  }
  return Math.sqrt(low * high);
}
