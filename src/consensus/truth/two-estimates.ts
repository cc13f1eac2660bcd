// 2-Estimates (Galland, Abiteboul, Marian & Senellart, WSDM 2010): a claim for one value is a claim against its rivals.
import type { ClaimIndex } from './claim-index.js';
import {
  type AlgorithmOutcome,
  alternateBeliefAndTrust,
  type IterationLimits,
  scaleToUnitRange,
} from './fixpoint.js';

/**
 * Galland et al.'s λ: weight of the linear rescaling against rounding to 0 or
 * 1 in each normalisation. 0.5, halfway: on the Book-Author data
 * (bench/truth-book.ts) any λ from 0.2 to 0.8 gives accuracy 0.81–0.82, while
 * λ = 1 (linear rescaling alone) collapses to 0.32.
 */
export const TWO_ESTIMATES_LINEAR_WEIGHT = 0.5;

/**
 * The paper's normalisation: λ × (x rescaled linearly onto [0, 1]) + (1 − λ) ×
 * (x rounded to 0 or 1). Without it the fixpoint drifts towards everyone being
 * equally (un)trustworthy; the rounding pulls estimates apart.
 */
export function normalizeEstimates(values: Float64Array): Float64Array {
  const rounded = Float64Array.from(values, (x) => (x >= 0.5 ? 1 : 0));
  scaleToUnitRange(values);
  for (let i = 0; i < values.length; i++) {
    values[i] =
      TWO_ESTIMATES_LINEAR_WEIGHT * values[i]! + (1 - TWO_ESTIMATES_LINEAR_WEIGHT) * rounded[i]!;
  }
  return values;
}

/** Initial trust (1 − error rate) of every source: 0.8, i.e. a prior error rate of 20 %. */
export const TWO_ESTIMATES_INITIAL_TRUST = 0.8;

/**
 * 2-Estimates. A source that gives object o a value votes *for* that value
 * and *against* every other value of o. Belief of fact f = mean, over the
 * votes on its object, of trust (votes for f) or 1 − trust (votes against f);
 * trust of a source = mean, over every value of every object it speaks about,
 * of belief (values it gave) or 1 − belief (values it did not). Both are
 * normalised each round with {@link normalizeEstimates}.
 */
export function runTwoEstimates(
  index: ClaimIndex,
  limits: IterationLimits,
  initialTrust: Float64Array,
): AlgorithmOutcome {
  return alternateBeliefAndTrust(
    index.factValue.length,
    limits,
    initialTrust,
    (trust, belief) => estimateBelief(index, trust, belief),
    (belief) => estimateTrust(index, belief),
  );
}

// Σ over all votes on the object of (1 − trust), then each fact's own voters swap (1 − t) for t.
function estimateBelief(index: ClaimIndex, trust: Float64Array, belief: Float64Array): void {
  for (let o = 0; o < index.objects.length; o++) {
    const first = index.objectFactStart[o]!;
    const end = index.objectFactStart[o + 1]!;
    let against = 0;
    let votes = 0;
    for (let e = index.factEdgeStart[first]!; e < index.factEdgeStart[end]!; e++) {
      against += index.edgeVote[e]! * (1 - trust[index.edgeSource[e]!]!);
      votes += index.edgeVote[e]!;
    }
    for (let f = first; f < end; f++) {
      let swing = 0;
      for (let e = index.factEdgeStart[f]!; e < index.factEdgeStart[f + 1]!; e++) {
        swing += index.edgeVote[e]! * (2 * trust[index.edgeSource[e]!]! - 1);
      }
      belief[f] = (against + swing) / votes;
    }
  }
  normalizeEstimates(belief);
}

// Σ over the object's values of (1 − belief), then the source's own values swap (1 − b) for b.
function estimateTrust(index: ClaimIndex, belief: Float64Array): Float64Array {
  const disbelief = new Float64Array(index.objects.length);
  for (let o = 0; o < index.objects.length; o++) {
    let total = 0;
    for (let f = index.objectFactStart[o]!; f < index.objectFactStart[o + 1]!; f++) {
      total += 1 - belief[f]!;
    }
    disbelief[o] = total;
  }
  const trust = new Float64Array(index.sources.length);
  for (let s = 0; s < trust.length; s++) {
    let score = 0;
    let judged = 0;
    for (let i = index.sourceEdgeStart[s]!; i < index.sourceEdgeStart[s + 1]!; i++) {
      const e = index.sourceEdges[i]!;
      const f = index.edgeFact[e]!;
      const o = index.factObject[f]!;
      const vote = index.edgeVote[e]!;
      score += vote * (disbelief[o]! + 2 * belief[f]! - 1);
      judged += vote * (index.objectFactStart[o + 1]! - index.objectFactStart[o]!);
    }
    trust[s] = score / judged;
  }
  return normalizeEstimates(trust);
}
