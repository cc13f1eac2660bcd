// TruthFinder (Yin, Han & Yu, KDD 2007): trust is the mean confidence of a source's facts; similar values lend support.
import { CorroborateError } from '../../errors.js';
import type { ClaimIndex } from './claim-index.js';
import { type AlgorithmOutcome, type IterationLimits, iterateTrust } from './fixpoint.js';
import type { ValueSimilarity } from './value-similarity.js';

/** The paper's dampening factor γ: keeps confidence from saturating when many sources agree. */
export const TRUTHFINDER_DAMPENING = 0.3;
/** The paper's ρ: how much related values of the same object count, relative to a value's own sources. */
export const TRUTHFINDER_IMPLICATION_WEIGHT = 0.5;
/** The paper's base similarity: values less similar than this imply each other is false. */
export const TRUTHFINDER_BASE_SIMILARITY = 0.5;
/** The paper's initial trust of every source. */
export const TRUTHFINDER_INITIAL_TRUST = 0.9;
/**
 * Trust is capped just below 1 because the trust score −ln(1 − t) is infinite
 * at 1; at this cap it is about 13.8, more than any real source earns.
 */
export const TRUTHFINDER_MAX_TRUST = 1 - 1e-6;

/**
 * Most value pairs TruthFinder will compare in one call. Similarity is
 * computed for every ordered pair of distinct values of an object (only pairs
 * of numbers under the default similarity), so cost and memory grow with the
 * square of the values per object. Five million pairs take about 60 MB and half
 * a second; real data sit far below (the Book-Author benchmark needs
 * 10,802: at most 17 values per book). Beyond it the call fails fast instead of exhausting memory.
 */
export const MAX_SIMILARITY_PAIRS = 5_000_000;

/** TruthFinder's parameters. */
export interface TruthFinderSettings {
  /** Dampening γ. */
  gamma: number;
  /** Implication weight ρ. */
  rho: number;
  /** Base similarity: implication = similarity − base. */
  baseSimilarity: number;
  /** Similarity of two distinct values of one object, in [0, 1]. */
  similarity: ValueSimilarity;
  /** True for the built-in similarity, which is 0 between non-numbers (lets us skip those pairs). */
  similarityIsDefault: boolean;
}

/**
 * TruthFinder. Each round: a source's trust score τ = −ln(1 − trust); a fact's
 * score σ = Σ vote × τ of its sources; adjusted σ* = σ + ρ Σ σ(f′) ×
 * (sim(f′, f) − base) over the other values f′ of the same object; confidence
 * = 1 / (1 + e^(−γ σ*)); a source's new trust = vote-weighted mean confidence
 * of its facts. Values that are merely different (similarity 0) count against
 * each other with weight base.
 */
export function runTruthFinder(
  index: ClaimIndex,
  limits: IterationLimits,
  initialTrust: Float64Array,
  settings: TruthFinderSettings,
): AlgorithmOutcome {
  const supports = similarValueSupport(index, settings);
  const confidence = new Float64Array(index.factValue.length);
  const adjusted = new Float64Array(index.factValue.length);
  const result = iterateTrust(initialTrust, limits, (trust) => {
    factConfidence(index, trust, supports, settings, adjusted, confidence);
    const next = new Float64Array(index.sources.length);
    for (let e = 0; e < index.edgeVote.length; e++) {
      next[index.edgeSource[e]!]! += index.edgeVote[e]! * confidence[index.edgeFact[e]!]!;
    }
    for (let s = 0; s < next.length; s++) {
      next[s] = Math.min(TRUTHFINDER_MAX_TRUST, next[s]! / index.sourceVoteTotal[s]!);
    }
    return next;
  });
  factConfidence(index, result.trust, supports, settings, adjusted, confidence);
  // Confidence rounds to exactly 1 once σ* passes ~37 / γ; σ* itself keeps the order.
  return { ...result, belief: confidence, ranking: adjusted };
}

/** Non-zero similarities, grouped by the fact they support: `from[i]` lends `similarity[i]` to fact `to`. */
interface SimilarValueSupport {
  start: Int32Array;
  from: Int32Array;
  similarity: Float64Array;
}

// Computed once: similarity never changes between rounds, and most pairs of labels are 0 and can be skipped.
function similarValueSupport(
  index: ClaimIndex,
  settings: TruthFinderSettings,
): SimilarValueSupport {
  const capacity = countComparedPairs(index, settings);
  const factCount = index.factValue.length;
  const start = new Int32Array(factCount + 1);
  const from = new Int32Array(capacity);
  const similarity = new Float64Array(capacity);
  let stored = 0;
  for (let o = 0; o < index.objects.length; o++) {
    const first = index.objectFactStart[o]!;
    const end = index.objectFactStart[o + 1]!;
    for (let f = first; f < end; f++) {
      start[f] = stored;
      const value = index.factValue[f]!;
      if (settings.similarityIsDefault && typeof value !== 'number') continue;
      for (let g = first; g < end; g++) {
        if (g === f) continue;
        const other = index.factValue[g]!;
        if (settings.similarityIsDefault && typeof other !== 'number') continue;
        const score = settings.similarity(other, value);
        if (!(typeof score === 'number' && score >= 0 && score <= 1)) {
          throw new CorroborateError(
            'INVALID_OPTION',
            `options.valueSimilarity must return a number from 0 to 1, but for two values of object ${JSON.stringify(index.objects[o])} it returned ${typeof score === 'number' ? score : typeof score}.`,
            { field: 'valueSimilarity', object: index.objects[o] },
          );
        }
        if (score > 0) {
          from[stored] = g;
          similarity[stored] = score;
          stored++;
        }
      }
    }
  }
  start[factCount] = stored;
  return { start, from: from.subarray(0, stored), similarity: similarity.subarray(0, stored) };
}

// Counts the pairs similarValueSupport will compare, refusing past the limit before doing the work.
function countComparedPairs(index: ClaimIndex, settings: TruthFinderSettings): number {
  let pairs = 0;
  for (let o = 0; o < index.objects.length; o++) {
    let compared = 0;
    for (let f = index.objectFactStart[o]!; f < index.objectFactStart[o + 1]!; f++) {
      if (!settings.similarityIsDefault || typeof index.factValue[f] === 'number') compared++;
    }
    pairs += compared * (compared - 1);
    if (pairs > MAX_SIMILARITY_PAIRS) {
      throw new CorroborateError(
        'LIMIT_EXCEEDED',
        `truthfinder compares every pair of distinct values of an object, and these claims need more than ${MAX_SIMILARITY_PAIRS} comparisons (object ${JSON.stringify(index.objects[o])} alone has ${compared} values to compare). Round or group the values, or use another algorithm.`,
        { field: 'valueSimilarity', object: index.objects[o], limit: MAX_SIMILARITY_PAIRS },
      );
    }
  }
  return pairs;
}

// One round of fact confidence from trust (σ* written into `adjusted`, confidence into `confidence`).
function factConfidence(
  index: ClaimIndex,
  trust: Float64Array,
  supports: SimilarValueSupport,
  settings: TruthFinderSettings,
  adjusted: Float64Array,
  confidence: Float64Array,
): void {
  const score = new Float64Array(index.factValue.length);
  for (let f = 0; f < score.length; f++) {
    let total = 0;
    for (let e = index.factEdgeStart[f]!; e < index.factEdgeStart[f + 1]!; e++) {
      total += index.edgeVote[e]! * -Math.log(1 - trust[index.edgeSource[e]!]!);
    }
    score[f] = total;
  }
  for (let o = 0; o < index.objects.length; o++) {
    const first = index.objectFactStart[o]!;
    const end = index.objectFactStart[o + 1]!;
    let objectScore = 0;
    for (let f = first; f < end; f++) objectScore += score[f]!;
    for (let f = first; f < end; f++) {
      let related = -settings.baseSimilarity * (objectScore - score[f]!);
      for (let i = supports.start[f]!; i < supports.start[f + 1]!; i++) {
        related += score[supports.from[i]!]! * supports.similarity[i]!;
      }
      adjusted[f] = score[f]! + settings.rho * related;
      confidence[f] = 1 / (1 + Math.exp(-settings.gamma * adjusted[f]!));
    }
  }
}
