// Picks one value per object from beliefs, with a documented tie-break so the choice never depends on input order.
import type { ClaimIndex } from './claim-index.js';

/**
 * Orders two facts of one object, best first: higher belief (`score` is the
 * belief or its unsaturated ranking stand-in); on equal belief,
 * the larger plain weighted vote; then the value order (numbers ascending
 * before strings in code-unit order), which is the fact id order.
 */
export function compareFacts(index: ClaimIndex, score: Float64Array, a: number, b: number): number {
  const byBelief = score[b]! - score[a]!;
  if (byBelief !== 0) return byBelief;
  const byVotes = index.factVoteTotal[b]! - index.factVoteTotal[a]!;
  if (byVotes !== 0) return byVotes;
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
