// The loss-minimisation framework CRH and CATD share: truths from weighted votes/medians, losses from truths.
import type { ClaimIndex } from './claim-index.js';
import {
  type AlgorithmOutcome,
  type IterationLimits,
  iterateTrust,
  scaleToMax,
} from './fixpoint.js';
import { chooseTruths } from './truth-choice.js';

/**
 * Per object: whether it is numeric (every value claimed for it is a number;
 * an object with any label is categorical and its numbers are labels too) and
 * the spread that normalises numeric deviations.
 */
export interface LossModel {
  /** 1 when every value of the object is a number. */
  numeric: Uint8Array;
  /** Vote-weighted standard deviation of the object's claimed numbers (0 when categorical or unanimous). */
  scale: Float64Array;
}

/** Each source's accumulated loss against the current truths. */
export interface SourceLoss {
  /** Σ vote × d over the source's claims. */
  absolute: Float64Array;
  /** Σ vote × d² over the source's claims. */
  squared: Float64Array;
}

/** Turns losses into new (unnormalised) source weights. */
export type WeightFromLoss = (index: ClaimIndex, loss: SourceLoss) => Float64Array;

/** Classifies objects and measures the spread of each numeric one. */
export function lossModel(index: ClaimIndex): LossModel {
  const numeric = new Uint8Array(index.objects.length);
  const scale = new Float64Array(index.objects.length);
  for (let o = 0; o < index.objects.length; o++) {
    const first = index.objectFactStart[o]!;
    const end = index.objectFactStart[o + 1]!;
    let allNumbers = true;
    for (let f = first; f < end; f++)
      if (typeof index.factValue[f] !== 'number') allNumbers = false;
    if (!allNumbers) continue;
    numeric[o] = 1;
    let votes = 0;
    let sum = 0;
    for (let f = first; f < end; f++) {
      votes += index.factVoteTotal[f]!;
      sum += index.factVoteTotal[f]! * (index.factValue[f] as number);
    }
    const mean = sum / votes;
    let spread = 0;
    for (let f = first; f < end; f++) {
      spread += index.factVoteTotal[f]! * ((index.factValue[f] as number) - mean) ** 2;
    }
    scale[o] = Math.sqrt(spread / votes);
  }
  return { numeric, scale };
}

/**
 * Belief per fact under source weights. Categorical: the value's share of the
 * weighted votes (1 − its expected 0-1 loss). Numeric: 1 / (1 + L) where L is
 * the weighted mean normalised absolute deviation of the claims from the value,
 * so the top belief is the weighted median, the value minimising that loss.
 */
export function lossBelief(
  index: ClaimIndex,
  model: LossModel,
  weight: Float64Array,
): Float64Array {
  const support = new Float64Array(index.factValue.length);
  for (let f = 0; f < support.length; f++) {
    let total = 0;
    for (let e = index.factEdgeStart[f]!; e < index.factEdgeStart[f + 1]!; e++) {
      total += index.edgeVote[e]! * weight[index.edgeSource[e]!]!;
    }
    support[f] = total;
  }
  const belief = new Float64Array(support.length);
  for (let o = 0; o < index.objects.length; o++) {
    const first = index.objectFactStart[o]!;
    const end = index.objectFactStart[o + 1]!;
    let total = 0;
    for (let f = first; f < end; f++) total += support[f]!;
    if (total <= 0) continue;
    if (model.numeric[o] === 1)
      numericBelief(index, model.scale[o]!, support, total, first, end, belief);
    else for (let f = first; f < end; f++) belief[f] = support[f]! / total;
  }
  return belief;
}

// Weighted mean |x_i − x_j| for every claimed x_j in one pass of prefix sums (facts are in ascending value order).
function numericBelief(
  index: ClaimIndex,
  scale: number,
  support: Float64Array,
  total: number,
  first: number,
  end: number,
  belief: Float64Array,
): void {
  if (scale === 0) {
    for (let f = first; f < end; f++) belief[f] = 1;
    return;
  }
  // Centre on the first value so the prefix sums stay small and exact enough for large magnitudes.
  const origin = index.factValue[first] as number;
  let weightAll = 0;
  let momentAll = 0;
  for (let f = first; f < end; f++) {
    weightAll += support[f]!;
    momentAll += support[f]! * ((index.factValue[f] as number) - origin);
  }
  let weightBelow = 0;
  let momentBelow = 0;
  for (let f = first; f < end; f++) {
    const x = (index.factValue[f] as number) - origin;
    const below = x * weightBelow - momentBelow;
    const above = momentAll - momentBelow - x * (weightAll - weightBelow);
    const loss = Math.max(0, below + above) / (scale * total);
    belief[f] = 1 / (1 + loss);
    weightBelow += support[f]!;
    momentBelow += support[f]! * x;
  }
}

/** Per-claim loss against the chosen truth: 0-1 for categorical objects, |x − truth| / scale for numeric ones. */
export function claimLoss(
  index: ClaimIndex,
  model: LossModel,
  chosen: Int32Array,
  edge: number,
): number {
  const f = index.edgeFact[edge]!;
  const o = index.factObject[f]!;
  const truth = chosen[o]!;
  if (model.numeric[o] !== 1) return f === truth ? 0 : 1;
  const scale = model.scale[o]!;
  if (scale === 0) return 0;
  return Math.abs((index.factValue[f] as number) - (index.factValue[truth] as number)) / scale;
}

/**
 * The CRH/CATD loop: truths from the current weights (weighted vote or
 * weighted median), each source's loss against those truths, new weights from
 * the losses (divided by their maximum, which reports them on [0, 1] and does
 * not change any truth). Starts from `initialTrust` as weights, i.e. from
 * plain voting and plain medians unless told otherwise.
 */
export function runLossBased(
  index: ClaimIndex,
  limits: IterationLimits,
  initialTrust: Float64Array,
  weigh: WeightFromLoss,
): AlgorithmOutcome {
  const model = lossModel(index);
  const result = iterateTrust(initialTrust, limits, (trust) => {
    const chosen = chooseTruths(index, lossBelief(index, model, trust));
    const loss: SourceLoss = {
      absolute: new Float64Array(index.sources.length),
      squared: new Float64Array(index.sources.length),
    };
    for (let e = 0; e < index.edgeVote.length; e++) {
      const s = index.edgeSource[e]!;
      const d = claimLoss(index, model, chosen, e);
      loss.absolute[s]! += index.edgeVote[e]! * d;
      loss.squared[s]! += index.edgeVote[e]! * d * d;
    }
    return scaleToMax(weigh(index, loss));
  });
  return { ...result, belief: lossBelief(index, model, result.trust) };
}
