// PooledInvestment (Pasternack & Roth, COLING 2010): Investment whose returns are pooled among rival values.
import type { ClaimIndex } from './claim-index.js';
import type { AlgorithmOutcome, IterationLimits } from './fixpoint.js';
import { runInvestmentFamily } from './investment.js';

/** Pasternack & Roth's growth exponent for PooledInvestment, G(x) = x^1.4 (their reported setting). */
export const POOLED_INVESTMENT_EXPONENT = 1.4;

/**
 * PooledInvestment: trust as in Investment; with H(f) the total invested in
 * fact f, belief(f) = H(f) × G(H(f)) / Σ G(H(f')) over the values f' of the
 * same object, G(x) = x^exponent. Rival values compete for one pool, so the
 * belief an object hands out is its total investment, redistributed towards the
 * strongest value.
 */
export function runPooledInvestment(
  index: ClaimIndex,
  limits: IterationLimits,
  initialTrust: Float64Array,
  exponent: number,
): AlgorithmOutcome {
  return runInvestmentFamily(index, limits, initialTrust, (claimIndex, invested, belief) => {
    for (let o = 0; o < claimIndex.objects.length; o++) {
      const first = claimIndex.objectFactStart[o]!;
      const end = claimIndex.objectFactStart[o + 1]!;
      let pool = 0;
      for (let f = first; f < end; f++) pool += invested[f]! ** exponent;
      for (let f = first; f < end; f++) {
        belief[f] = pool > 0 ? (invested[f]! * invested[f]! ** exponent) / pool : 0;
      }
    }
  });
}
