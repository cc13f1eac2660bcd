// Average-Log (Pasternack & Roth, COLING 2010): Sums with trust = average belief × log(number of claims).
import type { ClaimIndex } from './claim-index.js';
import {
  type AlgorithmOutcome,
  alternateBeliefAndTrust,
  type IterationLimits,
  scaleToMax,
} from './fixpoint.js';
import { sumFactBelief, sumSourceTrust } from './sums.js';

/**
 * Belief as in Sums; trust of a source = ln(objects it claims about) × the
 * vote-weighted mean belief of its facts, divided by the maximum each round.
 * The logarithm rewards saying more with diminishing returns; as in the paper,
 * a source that speaks about a single object gets ln 1 = 0 trust.
 */
export function runAverageLog(
  index: ClaimIndex,
  limits: IterationLimits,
  initialTrust: Float64Array,
): AlgorithmOutcome {
  return alternateBeliefAndTrust(
    index.factValue.length,
    limits,
    initialTrust,
    (trust, belief) => sumSourceTrust(index, trust, belief),
    (belief) => {
      const next = sumFactBelief(index, belief);
      for (let s = 0; s < next.length; s++) {
        next[s] = (Math.log(index.sourceObjectCount[s]!) * next[s]!) / index.sourceVoteTotal[s]!;
      }
      return scaleToMax(next);
    },
  );
}
