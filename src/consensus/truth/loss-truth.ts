// The loss-minimisation framework CRH and CATD share: truths from weighted votes/medians/means, losses from truths.
import type { ClaimIndex } from './claim-index.js';
import {
  type AlgorithmOutcome,
  type IterationLimits,
  iterateTrust,
  scaleToMax,
} from './fixpoint.js';
import { chooseTruths, tieKey, topTies } from './truth-choice.js';

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

/**
 * Which truth a numeric object takes: the weighted median minimises the
 * absolute loss (CRH), the weighted mean the squared loss (CATD).
 */
export type NumericTruth = 'median' | 'mean';

/** The two data types whose losses are normalised apart (CRH §2.4: losses of different types must be comparable). */
export const CATEGORICAL = 0;
/** See {@link CATEGORICAL}. */
export const CONTINUOUS = 1;
const TYPES = 2;

/**
 * Each source's accumulated loss against the current truths, per data type:
 * entry `s * 2 + type` (type {@link CATEGORICAL} or {@link CONTINUOUS}).
 */
export interface SourceLoss {
  /** Σ vote × d over the source's claims of the type. */
  absolute: Float64Array;
  /** Σ vote × d² over the source's claims of the type. */
  squared: Float64Array;
  /** Σ vote over the source's claims of the type. */
  votes: Float64Array;
}

/** Turns losses (and the weights they were measured under) into new (unnormalised) source weights. */
export type WeightFromLoss = (
  index: ClaimIndex,
  loss: SourceLoss,
  current: Float64Array,
) => Float64Array;

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

function factSupport(index: ClaimIndex, weight: Float64Array): Float64Array {
  const support = new Float64Array(index.factValue.length);
  for (let f = 0; f < support.length; f++) {
    let total = 0;
    for (let e = index.factEdgeStart[f]!; e < index.factEdgeStart[f + 1]!; e++) {
      total += index.edgeVote[e]! * weight[index.edgeSource[e]!]!;
    }
    support[f] = total;
  }
  return support;
}

/**
 * Belief per fact under source weights. Categorical: the value's share of the
 * weighted votes (1 − its expected 0-1 loss). Numeric: 1 / (1 + L) where L is
 * the weighted mean normalised loss of the claims against the value — absolute
 * deviation for `median` (so the top belief is the weighted median) or squared
 * deviation for `mean` (so the top belief is the claimed value nearest the
 * weighted mean).
 */
export function lossBelief(
  index: ClaimIndex,
  model: LossModel,
  weight: Float64Array,
  numericTruth: NumericTruth = 'median',
): Float64Array {
  const support = factSupport(index, weight);
  const belief = new Float64Array(support.length);
  for (let o = 0; o < index.objects.length; o++) {
    const first = index.objectFactStart[o]!;
    const end = index.objectFactStart[o + 1]!;
    let total = 0;
    for (let f = first; f < end; f++) total += support[f]!;
    if (total <= 0) continue;
    if (model.numeric[o] !== 1) {
      for (let f = first; f < end; f++) belief[f] = support[f]! / total;
    } else if (model.scale[o] === 0) {
      for (let f = first; f < end; f++) belief[f] = 1;
    } else if (numericTruth === 'median') {
      medianBelief(index, model.scale[o]!, support, total, first, end, belief);
    } else {
      meanBelief(index, model.scale[o]!, support, total, first, end, belief);
    }
  }
  return belief;
}

// Weighted mean |x_i − x_j| for every claimed x_j in one pass of prefix sums (facts are in ascending value order).
function medianBelief(
  index: ClaimIndex,
  scale: number,
  support: Float64Array,
  total: number,
  first: number,
  end: number,
  belief: Float64Array,
): void {
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

// Weighted mean (x_i − x_j)² = variance + (x_j − mean)², over scale².
function meanBelief(
  index: ClaimIndex,
  scale: number,
  support: Float64Array,
  total: number,
  first: number,
  end: number,
  belief: Float64Array,
): void {
  const mean = weightedMean(index, support, total, first, end);
  let variance = 0;
  for (let f = first; f < end; f++) {
    variance += support[f]! * ((index.factValue[f] as number) - mean) ** 2;
  }
  variance /= total;
  for (let f = first; f < end; f++) {
    const offset = (index.factValue[f] as number) - mean;
    belief[f] = 1 / (1 + (variance + offset * offset) / (scale * scale));
  }
}

function weightedMean(
  index: ClaimIndex,
  support: Float64Array,
  total: number,
  first: number,
  end: number,
): number {
  // Centred on the first value, as in medianBelief.
  const origin = index.factValue[first] as number;
  let moment = 0;
  for (let f = first; f < end; f++) {
    moment += support[f]! * ((index.factValue[f] as number) - origin);
  }
  return origin + moment / total;
}

/** Per-fact losses of a claim of that fact against the current truths, and its data type. */
export interface FactLoss {
  /** Expected loss d (over a random tie-break among tied top values). */
  absolute: Float64Array;
  /** Expected squared loss d². */
  squared: Float64Array;
}

/**
 * The loss of a claim of each fact against its object's truth. Categorical:
 * 0-1 loss, except that where k values tie for the top belief a claim of one
 * of them is charged 1 − 1/k (and any other claim 1) — the expected loss under
 * a random tie-break, so no input or value order biases the first round.
 * Numeric, `median`: |x − t| / scale, averaged over the tied top values t.
 * Numeric, `mean`: (x − μ) / scale against the weighted mean μ itself (CATD's
 * truth need not be a claimed value).
 */
export function factLosses(
  index: ClaimIndex,
  model: LossModel,
  weight: Float64Array,
  belief: Float64Array,
  numericTruth: NumericTruth,
): FactLoss {
  const absolute = new Float64Array(index.factValue.length);
  const squared = new Float64Array(index.factValue.length);
  const chosen = chooseTruths(index, belief);
  const ties = topTies(index, belief, chosen);
  const support = numericTruth === 'mean' ? factSupport(index, weight) : undefined;
  for (let o = 0; o < index.objects.length; o++) {
    const first = index.objectFactStart[o]!;
    const end = index.objectFactStart[o + 1]!;
    const top = tieKey(belief[chosen[o]!]!);
    const k = ties[o]!;
    if (model.numeric[o] !== 1) {
      for (let f = first; f < end; f++) {
        const d = tieKey(belief[f]!) === top ? 1 - 1 / k : 1;
        absolute[f] = d;
        squared[f] = d;
      }
      continue;
    }
    const scale = model.scale[o]!;
    if (scale === 0) continue;
    if (support !== undefined) {
      let total = 0;
      for (let f = first; f < end; f++) total += support[f]!;
      const mean =
        total > 0
          ? weightedMean(index, support, total, first, end)
          : (index.factValue[chosen[o]!] as number);
      for (let f = first; f < end; f++) {
        const d = Math.abs((index.factValue[f] as number) - mean) / scale;
        absolute[f] = d;
        squared[f] = d * d;
      }
      continue;
    }
    expectedDeviations(index, belief, top, k, scale, first, end, absolute, squared);
  }
  return { absolute, squared };
}

// Mean |x − t| and (x − t)² over the k tied values t, for every claimed x, by running sums over ascending values.
function expectedDeviations(
  index: ClaimIndex,
  belief: Float64Array,
  top: number,
  k: number,
  scale: number,
  first: number,
  end: number,
  absolute: Float64Array,
  squared: Float64Array,
): void {
  const origin = index.factValue[first] as number;
  const tied: number[] = [];
  let sumAll = 0;
  let squareAll = 0;
  for (let f = first; f < end; f++) {
    if (tieKey(belief[f]!) !== top) continue;
    const t = (index.factValue[f] as number) - origin;
    tied.push(t);
    sumAll += t;
    squareAll += t * t;
  }
  let below = 0;
  let sumBelow = 0;
  for (let f = first; f < end; f++) {
    const x = (index.factValue[f] as number) - origin;
    while (below < tied.length && tied[below]! <= x) sumBelow += tied[below++]!;
    const deviation = x * below - sumBelow + (sumAll - sumBelow) - x * (k - below);
    absolute[f] = Math.max(0, deviation) / k / scale;
    squared[f] = Math.max(0, k * x * x - 2 * x * sumAll + squareAll) / k / (scale * scale);
  }
}

/**
 * Per-type normaliser: the mean per-claim loss of each data type over every
 * source's claims of that type (`which` picks absolute or squared). Dividing by
 * it puts the 0-1 losses of labels and the deviations of numbers on one scale,
 * so neither type sets the weights alone. 0 for a type nobody erred on.
 */
export function typeMeanLoss(loss: SourceLoss, which: 'absolute' | 'squared'): Float64Array {
  const sums = loss[which];
  const totals = new Float64Array(TYPES);
  const votes = new Float64Array(TYPES);
  for (let i = 0; i < sums.length; i++) {
    totals[i % TYPES]! += sums[i]!;
    votes[i % TYPES]! += loss.votes[i]!;
  }
  for (let t = 0; t < TYPES; t++) totals[t] = votes[t]! > 0 ? totals[t]! / votes[t]! : 0;
  return totals;
}

/**
 * The CRH/CATD loop: truths from the current weights (weighted vote, weighted
 * median or weighted mean), each source's loss per data type against those
 * truths, new weights from the losses (divided by their maximum, which reports
 * them on [0, 1] and does not change any truth). Starts from `initialTrust` as
 * weights, i.e. from plain voting and plain medians/means unless told otherwise.
 */
export function runLossBased(
  index: ClaimIndex,
  limits: IterationLimits,
  initialTrust: Float64Array,
  numericTruth: NumericTruth,
  weigh: WeightFromLoss,
): AlgorithmOutcome {
  const model = lossModel(index);
  const result = iterateTrust(initialTrust, limits, (trust) => {
    const belief = lossBelief(index, model, trust, numericTruth);
    const perFact = factLosses(index, model, trust, belief, numericTruth);
    const size = index.sources.length * TYPES;
    const loss: SourceLoss = {
      absolute: new Float64Array(size),
      squared: new Float64Array(size),
      votes: new Float64Array(size),
    };
    for (let e = 0; e < index.edgeVote.length; e++) {
      const f = index.edgeFact[e]!;
      const slot = index.edgeSource[e]! * TYPES + model.numeric[index.factObject[f]!]!;
      const vote = index.edgeVote[e]!;
      loss.absolute[slot]! += vote * perFact.absolute[f]!;
      loss.squared[slot]! += vote * perFact.squared[f]!;
      loss.votes[slot]! += vote;
    }
    return scaleToMax(weigh(index, loss, trust));
  });
  return { ...result, belief: lossBelief(index, model, result.trust, numericTruth) };
}
