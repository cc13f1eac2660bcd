// CATD (Li, Li, Gao, Su, Zhao, Fan & Han, VLDB 2015): confidence-aware weights for sources with few claims.
import { chiSquareQuantile } from './chi-square.js';
import type { ClaimIndex } from './claim-index.js';
import type { AlgorithmOutcome, IterationLimits } from './fixpoint.js';
import { runLossBased, type SourceLoss } from './loss-truth.js';

/** The paper's significance level α: weights use the lower α/2 quantile, a 95 % interval. */
export const CATD_SIGNIFICANCE = 0.05;

/**
 * Added to each source's summed squared loss. A source that matched every
 * truth would otherwise get infinite weight; 0.01 (a hundredth of one wrong
 * claim) keeps it finite while a flawless source with many claims still
 * outweighs one with a single error by two orders of magnitude. Chosen as a
 * round figure, then checked on both benchmarks: floors from 0.001 to 0.1 give
 * Book-Author accuracy 0.90–0.92 and leave the synthetic weather figures unchanged.
 */
export const CATD_LOSS_FLOOR = 0.01;

/**
 * CATD. Weight of source s = χ²(α/2; n_s) / Σ vote × d², the reciprocal of
 * the upper end of a (1 − α) confidence interval on the source's error
 * variance, where n_s is its number of (vote-weighted) claims. A source with
 * few claims has a wide interval and so a small weight even when it was always
 * right: the long-tail correction CRH lacks. Losses and truths as in CRH.
 */
export function runCatd(
  index: ClaimIndex,
  limits: IterationLimits,
  initialTrust: Float64Array,
  alpha: number,
): AlgorithmOutcome {
  const quantileCache = new Map<number, number>();
  const quantile = new Float64Array(index.sources.length);
  for (let s = 0; s < quantile.length; s++) {
    const claims = index.sourceVoteTotal[s]!;
    let value = quantileCache.get(claims);
    if (value === undefined) {
      value = chiSquareQuantile(alpha / 2, claims);
      quantileCache.set(claims, value);
    }
    quantile[s] = value;
  }
  return runLossBased(index, limits, initialTrust, (_index, loss: SourceLoss) => {
    const weight = new Float64Array(quantile.length);
    for (let s = 0; s < weight.length; s++) {
      weight[s] = quantile[s]! / (loss.squared[s]! + CATD_LOSS_FLOOR);
    }
    return weight;
  });
}
