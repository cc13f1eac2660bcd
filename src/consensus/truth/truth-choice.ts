// Picks one value per object from beliefs, with a tie-break that depends neither on input order nor on value order.
import type { ClaimIndex } from './claim-index.js';
import { valueKey } from './value-order.js';

/**
 * Significant digits at which two beliefs count as equal. Beliefs are sums of
 * weights taken in different orders, so an exact tie can differ in the last
 * bits (~1e-16 relative); 12 digits absorbs that and nothing else. Checked on
 * Book-Author (bench/truth-book.ts): 9, 12 and 15 digits give the same
 * accuracy for voting (0.80), CRH (0.90), CATD (0.90) and TruthFinder with
 * the author-subset similarity (0.95).
 */
export const TIE_DIGITS = 12;

/** A belief rounded to {@link TIE_DIGITS} significant digits: equal keys are a tie. */
export function tieKey(belief: number): number {
  return belief === 0 || !Number.isFinite(belief) ? belief : Number(belief.toPrecision(TIE_DIGITS));
}

/**
 * A 32-bit FNV-1a hash of (object, value): the last tie-break. It is fixed
 * for a given object and value (so the same under any input order) but
 * unrelated to the value's spelling, so ties do not systematically favour
 * the alphabetically or numerically smaller value.
 */
export function tieBreakHash(object: string, value: string): number {
  let hash = 0x811c9dc5;
  const text = `${object}\u0000${value}`;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

function factHash(index: ClaimIndex, f: number): number {
  return tieBreakHash(index.objects[index.factObject[f]!]!, valueKey(index.factValue[f]!));
}

/**
 * Orders two facts of one object, best first: higher belief (`score` is the
 * belief or its unsaturated ranking stand-in, compared at {@link TIE_DIGITS});
 * on equal belief, the larger plain weighted vote; then {@link tieBreakHash};
 * then the value order (fact id), which only a hash collision reaches.
 */
export function compareFacts(index: ClaimIndex, score: Float64Array, a: number, b: number): number {
  const byBelief = tieKey(score[b]!) - tieKey(score[a]!);
  if (byBelief !== 0) return byBelief;
  const byVotes = index.factVoteTotal[b]! - index.factVoteTotal[a]!;
  if (byVotes !== 0) return byVotes;
  const byHash = factHash(index, a) - factHash(index, b);
  if (byHash !== 0) return byHash;
  return a - b;
}

/** The chosen fact id of every object under {@link compareFacts}. */
export function chooseTruths(index: ClaimIndex, score: Float64Array): Int32Array {
  const chosen = new Int32Array(index.objects.length);
  for (let o = 0; o < index.objects.length; o++) {
    let best = index.objectFactStart[o]!;
    for (let f = best + 1; f < index.objectFactStart[o + 1]!; f++) {
      if (compareFacts(index, score, f, best) < 0) best = f;
    }
    chosen[o] = best;
  }
  return chosen;
}

/**
 * How many values of each object share its top belief (at {@link TIE_DIGITS}):
 * `k` in the expected loss under a random tie-break, where a claim of one of
 * the k tied values is right with probability 1/k.
 */
export function topTies(index: ClaimIndex, score: Float64Array, chosen: Int32Array): Int32Array {
  const ties = new Int32Array(index.objects.length);
  for (let o = 0; o < index.objects.length; o++) {
    const top = tieKey(score[chosen[o]!]!);
    let k = 0;
    for (let f = index.objectFactStart[o]!; f < index.objectFactStart[o + 1]!; f++) {
      if (tieKey(score[f]!) === top) k++;
    }
    ties[o] = k;
  }
  return ties;
}
