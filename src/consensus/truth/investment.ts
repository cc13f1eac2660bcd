// Investment (Pasternack & Roth, COLING 2010): sources invest trust in their claims and earn returns on belief.
import type { ClaimIndex } from './claim-index.js';
import {
  type AlgorithmOutcome,
  type IterationLimits,
  iterateTrust,
  scaleToMax,
} from './fixpoint.js';

/**
 * Pasternack & Roth's growth exponent g for Investment, G(x) = x^1.2 (the
 * value their paper reports using).
 */
export const INVESTMENT_EXPONENT = 1.2;

/** Turns the amount invested in each fact into its new belief (written into `belief`). */
export type BeliefGrowth = (
  index: ClaimIndex,
  invested: Float64Array,
  belief: Float64Array,
) => void;

/**
 * Investment: each source spreads its trust over the objects it speaks about
 * (trust × vote ÷ objects claimed, per fact) and gets back, from each fact,
 * the fact's previous belief in proportion to its share of the fact's total
 * investment. Belief = G(total invested) with G(x) = x^exponent. Trust and
 * belief are divided by their maxima each round. The first beliefs are
 * grown from the initial trust's investments.
 */
export function runInvestment(
  index: ClaimIndex,
  limits: IterationLimits,
  initialTrust: Float64Array,
  exponent: number,
): AlgorithmOutcome {
  return runInvestmentFamily(index, limits, initialTrust, (_index, invested, belief) => {
    for (let f = 0; f < belief.length; f++) belief[f] = invested[f]! ** exponent;
  });
}

/** The loop Investment and PooledInvestment share; they differ only in how investment grows into belief. */
export function runInvestmentFamily(
  index: ClaimIndex,
  limits: IterationLimits,
  initialTrust: Float64Array,
  grow: BeliefGrowth,
): AlgorithmOutcome {
  // The first beliefs are grown from the first investments, as every later round's are.
  const invested = new Float64Array(index.factValue.length);
  const belief = new Float64Array(index.factValue.length);
  investedPerFact(index, initialTrust, invested);
  grow(index, invested, belief);
  scaleToMax(belief);
  const result = iterateTrust(initialTrust, limits, (trust) => {
    investedPerFact(index, trust, invested);
    const next = new Float64Array(index.sources.length);
    for (let e = 0; e < index.edgeVote.length; e++) {
      const s = index.edgeSource[e]!;
      const f = index.edgeFact[e]!;
      const stake = investment(index, trust, e);
      // A fact nobody invested in (all its sources have trust 0) returns nothing.
      if (stake > 0) next[s]! += (belief[f]! * stake) / invested[f]!;
    }
    scaleToMax(next);
    investedPerFact(index, next, invested);
    grow(index, invested, belief);
    scaleToMax(belief);
    return next;
  });
  return { ...result, belief };
}

// One edge's stake: the source's trust split evenly over the objects it claims, scaled by the edge vote.
function investment(index: ClaimIndex, trust: Float64Array, edge: number): number {
  const s = index.edgeSource[edge]!;
  return (trust[s]! * index.edgeVote[edge]!) / index.sourceObjectCount[s]!;
}

/** Total stake in each fact (written into `invested`). */
function investedPerFact(index: ClaimIndex, trust: Float64Array, invested: Float64Array): void {
  for (let f = 0; f < invested.length; f++) {
    let total = 0;
    for (let e = index.factEdgeStart[f]!; e < index.factEdgeStart[f + 1]!; e++) {
      total += investment(index, trust, e);
    }
    invested[f] = total;
  }
}
