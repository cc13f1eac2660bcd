// CRH (Li, Li, Gao, Zhao, Fan & Han, SIGMOD 2014): weights −ln(loss / max loss) over per-type normalised losses.
import { chiSquareQuantile } from './chi-square.js';
import type { ClaimIndex } from './claim-index.js';
import type { AlgorithmOutcome, IterationLimits } from './fixpoint.js';
import { runLossBased, type SourceLoss, typeMeanLoss } from './loss-truth.js';

/**
 * Smallest loss a source is charged, as a share of the largest source loss.
 * With the paper's max normalisation a source that matched every truth would
 * get weight −ln 0 = ∞; the floor caps any weight at −ln 0.01 ≈ 4.6, i.e. a
 * perfect source counts as much as a source wrong a hundredth as often as the
 * worst one. Chosen as a round figure, then checked on the synthetic
 * heterogeneous bench (bench/truth-heterogeneous.ts, seeds 1–5): floors from
 * 0.001 to 0.05 move CRH's categorical error by under 0.01.
 */
export const CRH_LOSS_FLOOR = 0.01;

/**
 * Relative spread of source losses under which they count as all equal; then
 * every weight is 1 (−ln(L / max L) would make them all 0 and leave nothing to
 * vote with). Rounding only: any real difference in losses is far larger.
 */
const EQUAL_LOSS_TOLERANCE = 1e-12;

/**
 * Significance level at which source losses count as different. Max
 * normalisation turns any spread of losses, however small, into weights from 0
 * (the worst source) upwards; when the spread is sampling noise this hands the
 * vote to whichever sources were lucky, and the iteration then reinforces them
 * until one source dictates. On bench/truth-heterogeneous.ts with nine equally
 * reliable sources that raised CRH's categorical error from 0.321 (voting) to
 * 0.432; with this test it stays at voting's. 0.05 is the conventional level;
 * with varied reliabilities the test rejects at any level down to 1e-6.
 */
export const CRH_EQUAL_LOSS_SIGNIFICANCE = 0.05;

/**
 * Whether the sources' mean losses differ by more than sampling noise: a
 * one-way analysis of variance of per-claim losses between sources, per data
 * type, as a chi-square statistic Σ_s n_s (m_s − m)² / σ² (σ² the pooled
 * within-source variance of per-claim losses) summed over types, against the
 * (1 − {@link CRH_EQUAL_LOSS_SIGNIFICANCE}) quantile with Σ (sources − 1)
 * degrees of freedom. Where it says no, CRH keeps the weights it has (equal from the default
 * start): the
 * paper's "all losses equal" case, read statistically.
 */
export function lossesDiffer(loss: SourceLoss, sourceCount: number): boolean {
  const types = loss.votes.length / sourceCount;
  let statistic = 0;
  let degrees = 0;
  for (let t = 0; t < types; t++) {
    let votes = 0;
    let sum = 0;
    let within = 0;
    let sources = 0;
    for (let s = 0; s < sourceCount; s++) {
      const n = loss.votes[s * types + t]!;
      if (n === 0) continue;
      const total = loss.absolute[s * types + t]!;
      sources++;
      votes += n;
      sum += total;
      within += loss.squared[s * types + t]! - (total * total) / n;
    }
    if (sources < 2) continue;
    const mean = sum / votes;
    let between = 0;
    for (let s = 0; s < sourceCount; s++) {
      const n = loss.votes[s * types + t]!;
      if (n > 0) between += n * (loss.absolute[s * types + t]! / n - mean) ** 2;
    }
    if (between <= 0) {
      degrees += sources - 1;
      continue;
    }
    // No spread within sources (every claim's loss equals its source's mean): any between-source difference is real.
    if (within <= 0 || votes <= sources) return true;
    statistic += between / (within / (votes - sources));
    degrees += sources - 1;
  }
  if (degrees === 0 || statistic === 0) return false;
  return statistic > chiSquareQuantile(1 - CRH_EQUAL_LOSS_SIGNIFICANCE, degrees);
}

/**
 * CRH. The loss of source s is Σ over the data types it claims of its mean
 * loss on that type divided by that type's mean loss over every source's
 * claims ({@link typeMeanLoss}): per-source means so coverage does not count
 * as error, per-type normalisation so 0-1 losses and numeric deviations weigh
 * alike (the paper's §2.4). Weight w_s = −ln(max(L_s, floor × max L) / max L)
 * (the paper's eq. 5 as run in its experiments, normalised by the maximum;
 * {@link CRH_LOSS_FLOOR}). When the losses are equal or differ by no more than
 * sampling noise ({@link lossesDiffer}) the weights stay as they were: all
 * equal from the default start, the caller's `initialTrust` otherwise. Losses:
 * 0-1 for categorical objects (1 − 1/k for a claim among k tied top values);
 * |x − t| / std for numeric objects, whose truth t is the weighted **median**,
 * the minimiser of that absolute loss (the paper's eq. 16).
 */
export function runCrh(
  index: ClaimIndex,
  limits: IterationLimits,
  initialTrust: Float64Array,
): AlgorithmOutcome {
  return runLossBased(index, limits, initialTrust, 'median', crhWeights);
}

// Losses that do not tell the sources apart are no reason to change their weights: keep them
// (all 1 from the default start; a caller's initialTrust, e.g. a ledger's priors, otherwise).
function keepWeights(current: Float64Array): Float64Array {
  const kept = Float64Array.from(current);
  return kept.some((w) => w > 0) ? kept : kept.fill(1);
}

/** CRH's weight per source from its per-type losses (see {@link runCrh}). */
export function crhWeights(
  index: ClaimIndex,
  loss: SourceLoss,
  current: Float64Array = new Float64Array(index.sources.length).fill(1),
): Float64Array {
  const typeMean = typeMeanLoss(loss, 'absolute');
  const sourceLoss = new Float64Array(index.sources.length);
  let largest = 0;
  let smallest = Number.POSITIVE_INFINITY;
  for (let s = 0; s < sourceLoss.length; s++) {
    let total = 0;
    for (let t = 0; t < typeMean.length; t++) {
      const votes = loss.votes[s * typeMean.length + t]!;
      if (votes === 0 || typeMean[t] === 0) continue;
      total += loss.absolute[s * typeMean.length + t]! / votes / typeMean[t]!;
    }
    sourceLoss[s] = total;
    largest = Math.max(largest, total);
    smallest = Math.min(smallest, total);
  }
  const weight = new Float64Array(sourceLoss.length);
  if (
    largest - smallest <= largest * EQUAL_LOSS_TOLERANCE ||
    !lossesDiffer(loss, sourceLoss.length)
  ) {
    return keepWeights(current);
  }
  const floor = CRH_LOSS_FLOOR * largest;
  for (let s = 0; s < weight.length; s++) {
    // ln(max / L) rather than −ln(L / max): the worst source gets +0, never −0.
    weight[s] = Math.log(largest / Math.max(sourceLoss[s]!, floor));
  }
  return weight;
}
