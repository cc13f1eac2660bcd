// CATD (Li, Li, Gao, Su, Zhao, Fan & Han, VLDB 2015): confidence-aware weights for sources with few claims.
import { chiSquareQuantile } from './chi-square.js';
import type { ClaimIndex } from './claim-index.js';
import type { AlgorithmOutcome, IterationLimits } from './fixpoint.js';
import { runLossBased, type SourceLoss, typeMeanLoss } from './loss-truth.js';

/** The paper's significance level α: weights use the lower α/2 quantile, a 95 % interval. */
export const CATD_SIGNIFICANCE = 0.05;

/**
 * Added to each source's summed squared loss (in units of the average claim's
 * loss after per-type normalisation). A source that matched every truth would
 * otherwise get infinite weight; 0.01 (a hundredth of one average wrong claim)
 * keeps it finite while a flawless source with many claims still outweighs
 * one with a single error by two orders of magnitude. Chosen as a round
 * figure, then checked on Book-Author (bench/truth-book.ts): floors from 0.001
 * to 0.1 move accuracy by at most 0.02.
 */
export const CATD_LOSS_FLOOR = 0.01;

/**
 * CATD. Weight of source s = χ²(α/2; n_s) / Σ_t (Σ vote × d² on type t) / ℓ_t,
 * the reciprocal of the upper end of a (1 − α) confidence interval on the
 * source's error variance, where n_s is its number of (vote-weighted) claims
 * and ℓ_t the mean squared loss per claim of data type t over all sources (the
 * per-type normalisation CRH uses, so 0-1 and numeric losses are comparable).
 * A source with few claims has a wide interval and so a small weight even when
 * it was always right: the long-tail correction CRH lacks. Numeric truths are
 * the weighted **mean**, the minimiser of CATD's squared loss (the paper's
 * eq. 11); the reported value is the claimed number nearest that mean.
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
  return runLossBased(index, limits, initialTrust, 'mean', (_index, loss: SourceLoss) => {
    const typeMean = typeMeanLoss(loss, 'squared');
    const weight = new Float64Array(quantile.length);
    for (let s = 0; s < weight.length; s++) {
      let total = 0;
      for (let t = 0; t < typeMean.length; t++) {
        if (typeMean[t] === 0) continue;
        total += loss.squared[s * typeMean.length + t]! / typeMean[t]!;
      }
      weight[s] = quantile[s]! / (total + CATD_LOSS_FLOOR);
    }
    return weight;
  });
}
