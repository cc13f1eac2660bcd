// Voting: the baseline every truth-discovery paper compares against — each value's share of the weighted votes.
import type { ClaimIndex } from './claim-index.js';
import type { AlgorithmOutcome } from './fixpoint.js';
import { chooseTruths, tieKey, topTies } from './truth-choice.js';

/**
 * Each fact's share of its object's votes, a vote being edge vote × the
 * source's weight. An object whose votes all weigh 0 gets belief 0 everywhere.
 */
export function weightedVoteShares(index: ClaimIndex, sourceWeight: Float64Array): Float64Array {
  const belief = new Float64Array(index.factValue.length);
  for (let o = 0; o < index.objects.length; o++) {
    const first = index.objectFactStart[o]!;
    const end = index.objectFactStart[o + 1]!;
    let total = 0;
    for (let f = first; f < end; f++) {
      let support = 0;
      for (let e = index.factEdgeStart[f]!; e < index.factEdgeStart[f + 1]!; e++) {
        support += index.edgeVote[e]! * sourceWeight[index.edgeSource[e]!]!;
      }
      belief[f] = support;
      total += support;
    }
    if (total > 0) for (let f = first; f < end; f++) belief[f]! /= total;
  }
  return belief;
}

/**
 * The weighted share of each source's votes that went to the chosen values:
 * how often it agreed with the consensus. Where k values tie for the top
 * belief, a vote for one of them counts 1/k — its expected agreement under a
 * random tie-break — so no source gains or loses by how the tie was broken.
 */
export function agreementWithTruths(
  index: ClaimIndex,
  chosen: Int32Array,
  belief: Float64Array,
): Float64Array {
  const ties = topTies(index, belief, chosen);
  const trust = new Float64Array(index.sources.length);
  for (let s = 0; s < index.sources.length; s++) {
    let agreeing = 0;
    for (let i = index.sourceEdgeStart[s]!; i < index.sourceEdgeStart[s + 1]!; i++) {
      const e = index.sourceEdges[i]!;
      const f = index.edgeFact[e]!;
      const o = index.factObject[f]!;
      if (tieKey(belief[f]!) === tieKey(belief[chosen[o]!]!))
        agreeing += index.edgeVote[e]! / ties[o]!;
    }
    trust[s] = agreeing / index.sourceVoteTotal[s]!;
  }
  return trust;
}

/**
 * Voting: belief = weighted vote share, each source's votes scaled by its
 * initial trust (1 unless given). Trust is then each source's agreement with
 * the chosen values (ties shared, see {@link agreementWithTruths}). One pass,
 * nothing to iterate.
 */
export function runVoting(index: ClaimIndex, initialTrust: Float64Array): AlgorithmOutcome {
  const belief = weightedVoteShares(index, initialTrust);
  const trust = agreementWithTruths(index, chooseTruths(index, belief), belief);
  return { trust, belief, iterations: 1, converged: true };
}
