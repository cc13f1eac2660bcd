// Sums (Hubs and Authorities; Kleinberg 1999, as a fact-finder in Pasternack & Roth, COLING 2010).
import type { ClaimIndex } from './claim-index.js';
import {
  type AlgorithmOutcome,
  alternateBeliefAndTrust,
  type IterationLimits,
  scaleToMax,
} from './fixpoint.js';

/**
 * Belief of a fact = Σ vote × trust of its sources; trust of a source = Σ vote
 * × belief of its facts. Both are divided by their maximum each round (so the
 * top source and the top fact score 1). Sources that say a lot gain trust:
 * that is the known weakness Average-Log corrects.
 */
export function runSums(
  index: ClaimIndex,
  limits: IterationLimits,
  initialTrust: Float64Array,
): AlgorithmOutcome {
  return alternateBeliefAndTrust(
    index.factValue.length,
    limits,
    initialTrust,
    (trust, belief) => sumSourceTrust(index, trust, belief),
    (belief) => scaleToMax(sumFactBelief(index, belief)),
  );
}

/** Per source, Σ vote × belief of the facts it claims (not scaled). */
export function sumFactBelief(index: ClaimIndex, belief: Float64Array): Float64Array {
  const total = new Float64Array(index.sources.length);
  for (let e = 0; e < index.edgeVote.length; e++) {
    total[index.edgeSource[e]!]! += index.edgeVote[e]! * belief[index.edgeFact[e]!]!;
  }
  return total;
}

/** Belief = Σ vote × source trust, scaled so the largest is 1 (written into `belief`). */
export function sumSourceTrust(index: ClaimIndex, trust: Float64Array, belief: Float64Array): void {
  for (let f = 0; f < belief.length; f++) {
    let total = 0;
    for (let e = index.factEdgeStart[f]!; e < index.factEdgeStart[f + 1]!; e++) {
      total += index.edgeVote[e]! * trust[index.edgeSource[e]!]!;
    }
    belief[f] = total;
  }
  scaleToMax(belief);
}
