// CRH (Li, Li, Gao, Zhao, Fan & Han, SIGMOD 2014): weights from each source's share of the total loss.
import type { ClaimIndex } from './claim-index.js';
import type { AlgorithmOutcome, IterationLimits } from './fixpoint.js';
import { runLossBased, type SourceLoss } from './loss-truth.js';

/**
 * Added to every source's mean loss before taking −log of its share. A source
 * that matched every truth would otherwise get infinite weight; 0.01 treats it
 * as if one claim in a hundred were wrong, which caps its weight near
 * ln(100 × number of sources) and leaves the ranking of imperfect sources
 * intact. Chosen as a round figure, then checked on both benchmarks: any
 * floor from 0.001 to 0.1 moves Book-Author accuracy by at most 0.01
 * (bench/truth-book.ts) and synthetic weather error by at most 0.002
 * (bench/truth-weather-like.ts).
 */
export const CRH_LOSS_FLOOR = 0.01;

/**
 * CRH. Weight of source s = −ln(loss_s / Σ loss), loss_s being the vote-weighted
 * *mean* loss of its claims (the paper's normalisation for sources that cover
 * different numbers of objects) plus {@link CRH_LOSS_FLOOR}. Losses: 0-1 for
 * categorical objects; absolute deviation from the truth divided by the
 * object's standard deviation for numeric ones, whose truth is the weighted
 * median.
 */
export function runCrh(
  index: ClaimIndex,
  limits: IterationLimits,
  initialTrust: Float64Array,
): AlgorithmOutcome {
  return runLossBased(index, limits, initialTrust, crhWeights);
}

function crhWeights(index: ClaimIndex, loss: SourceLoss): Float64Array {
  const meanLoss = new Float64Array(index.sources.length);
  let total = 0;
  for (let s = 0; s < meanLoss.length; s++) {
    meanLoss[s] = loss.absolute[s]! / index.sourceVoteTotal[s]! + CRH_LOSS_FLOOR;
    total += meanLoss[s]!;
  }
  const weight = new Float64Array(meanLoss.length);
  for (let s = 0; s < weight.length; s++) weight[s] = -Math.log(meanLoss[s]! / total);
  return weight;
}
