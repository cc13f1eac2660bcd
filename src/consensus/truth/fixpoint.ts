// The shared loop of every iterative algorithm: update trust until it stops moving or the cap is hit.

/** What each algorithm hands back to `discoverTruth`: per-source trust and per-fact belief. */
export interface AlgorithmOutcome {
  /** Trust per source id, on the algorithm's own scale. */
  trust: Float64Array;
  /** Belief per fact id, computed from the final `trust`. */
  belief: Float64Array;
  /**
   * An order-preserving stand-in for `belief` used to rank values when belief
   * saturates in floating point (a sigmoid rounds to exactly 1 for many
   * agreeing sources); absent when belief itself ranks faithfully.
   */
  ranking?: Float64Array;
  /** Trust updates performed. */
  iterations: number;
  /** True when the last update moved no trust by more than the tolerance. */
  converged: boolean;
}

/** When to stop iterating. */
export interface IterationLimits {
  /** Most trust updates to run (≥ 1). */
  maxIterations: number;
  /** Stop once no source's trust changes by more than this between two updates. */
  tolerance: number;
}

/** Runs `update` from `initial` until the largest trust change is ≤ tolerance, or `maxIterations` updates. */
export function iterateTrust(
  initial: Float64Array,
  limits: IterationLimits,
  update: (trust: Float64Array) => Float64Array,
): { trust: Float64Array; iterations: number; converged: boolean } {
  let trust = initial;
  for (let iteration = 1; iteration <= limits.maxIterations; iteration++) {
    const next = update(trust);
    const change = maxAbsDifference(trust, next);
    trust = next;
    if (change <= limits.tolerance) return { trust, iterations: iteration, converged: true };
  }
  return { trust, iterations: limits.maxIterations, converged: false };
}

/**
 * The loop of the algorithms that alternate two updates: belief of every fact
 * from the current trust (written into `belief`), then the next trust from that
 * belief; after the last round belief is computed once more from the final trust.
 */
export function alternateBeliefAndTrust(
  factCount: number,
  limits: IterationLimits,
  initialTrust: Float64Array,
  updateBelief: (trust: Float64Array, belief: Float64Array) => void,
  nextTrust: (belief: Float64Array) => Float64Array,
): AlgorithmOutcome {
  const belief = new Float64Array(factCount);
  const result = iterateTrust(initialTrust, limits, (trust) => {
    updateBelief(trust, belief);
    return nextTrust(belief);
  });
  updateBelief(result.trust, belief);
  return { ...result, belief };
}

/** Largest |a[i] − b[i]|. */
export function maxAbsDifference(a: Float64Array, b: Float64Array): number {
  let largest = 0;
  for (let i = 0; i < a.length; i++) {
    const difference = Math.abs(a[i]! - b[i]!);
    if (difference > largest) largest = difference;
  }
  return largest;
}

/** Divides every entry by the largest one (in place) so the top is 1; all-zero input stays zero. */
export function scaleToMax(values: Float64Array): Float64Array {
  let largest = 0;
  for (let i = 0; i < values.length; i++) if (values[i]! > largest) largest = values[i]!;
  if (largest > 0) for (let i = 0; i < values.length; i++) values[i]! /= largest;
  return values;
}

/** Maps the entries linearly onto [0, 1] (in place); constant input is left unchanged. */
export function scaleToUnitRange(values: Float64Array): Float64Array {
  let low = Number.POSITIVE_INFINITY;
  let high = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < values.length; i++) {
    if (values[i]! < low) low = values[i]!;
    if (values[i]! > high) high = values[i]!;
  }
  const span = high - low;
  if (span > 0) for (let i = 0; i < values.length; i++) values[i] = (values[i]! - low) / span;
  return values;
}
