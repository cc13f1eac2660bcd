// Turns validated (source, object, value) claims into integer-indexed typed arrays, in one canonical order.
import { compareCodeUnits, compareValues, type TruthValue, valueKey } from './value-order.js';

/** A claim after validation: every field present and checked. */
export interface ValidClaim {
  source: string;
  object: string;
  value: TruthValue;
  /** Finite and > 0. */
  weight: number;
}

/**
 * The claim graph every algorithm iterates over. Sources, objects and values
 * are sorted (code-unit order; numbers before strings, numbers ascending), so
 * every sum runs in the same order whatever order the caller's claims came in:
 * results are bit-for-bit identical under permutation.
 *
 * A *fact* is one distinct value of one object; an *edge* is one source
 * asserting one fact, carrying its *vote* (the claim weight after the merge and
 * split rules of {@link indexClaims}).
 */
export interface ClaimIndex {
  /** Source names, sorted. Source id = position. */
  sources: string[];
  /** Object names, sorted. Object id = position. */
  objects: string[];
  /** The object each fact belongs to. */
  factObject: Int32Array;
  /** The value each fact states. */
  factValue: TruthValue[];
  /** Facts of object `o` are ids `objectFactStart[o] … objectFactStart[o + 1] - 1`, in value order. */
  objectFactStart: Int32Array;
  /** Edges of fact `f` are ids `factEdgeStart[f] … factEdgeStart[f + 1] - 1`, in source order. */
  factEdgeStart: Int32Array;
  /** The source of each edge. */
  edgeSource: Int32Array;
  /** The fact of each edge. */
  edgeFact: Int32Array;
  /** The vote of each edge: claim weight ÷ number of distinct values the source gave the object. */
  edgeVote: Float64Array;
  /** Edge ids grouped by source (in fact order): source `s` owns `sourceEdges[sourceEdgeStart[s] …]`. */
  sourceEdges: Int32Array;
  /** Offsets into `sourceEdges`, length `sources.length + 1`. */
  sourceEdgeStart: Int32Array;
  /** How many distinct objects each source made claims about. */
  sourceObjectCount: Float64Array;
  /** Sum of each source's edge votes. */
  sourceVoteTotal: Float64Array;
  /** Sum of each fact's edge votes (the plain weighted vote count). */
  factVoteTotal: Float64Array;
}

/**
 * Builds the {@link ClaimIndex}. Two rules shape the votes:
 * - the same (source, object, value) stated more than once counts once, with
 *   the largest of its weights (repeating a claim is not new evidence);
 * - a source that gives one object k distinct values splits its say over them:
 *   each value gets its weight ÷ k (hedging must not buy extra votes).
 */
export function indexClaims(claims: readonly ValidClaim[]): ClaimIndex {
  const sources = uniqueSorted(claims.map((claim) => claim.source));
  const objects = uniqueSorted(claims.map((claim) => claim.object));
  const sourceId = positions(sources);
  const objectId = positions(objects);

  // Distinct values per object, then fact ids in (object, value) order.
  const valuesByObject: Map<string, TruthValue>[] = objects.map(() => new Map());
  for (const claim of claims) {
    valuesByObject[objectId.get(claim.object)!]!.set(valueKey(claim.value), claim.value);
  }
  const objectFactStart = new Int32Array(objects.length + 1);
  const factValue: TruthValue[] = [];
  const factObjectList: number[] = [];
  const factIdByObject: Map<string, number>[] = [];
  for (let o = 0; o < objects.length; o++) {
    objectFactStart[o] = factValue.length;
    const values = [...valuesByObject[o]!.values()].sort(compareValues);
    const ids = new Map<string, number>();
    for (const value of values) {
      ids.set(valueKey(value), factValue.length);
      factValue.push(value);
      factObjectList.push(o);
    }
    factIdByObject.push(ids);
  }
  objectFactStart[objects.length] = factValue.length;
  const factObject = Int32Array.from(factObjectList);

  // Merge repeated claims (largest weight wins), per source and fact.
  const weightBySource: Map<number, number>[] = sources.map(() => new Map());
  for (const claim of claims) {
    const o = objectId.get(claim.object)!;
    const f = factIdByObject[o]!.get(valueKey(claim.value))!;
    const merged = weightBySource[sourceId.get(claim.source)!]!;
    const previous = merged.get(f);
    if (previous === undefined || claim.weight > previous) merged.set(f, claim.weight);
  }
  // Source-major order: (source, fact) ascending, so one source's facts of one object are adjacent.
  let edgeCount = 0;
  for (const merged of weightBySource) edgeCount += merged.size;
  const bySourceSource = new Int32Array(edgeCount);
  const bySourceFact = new Int32Array(edgeCount);
  const bySourceVote = new Float64Array(edgeCount);
  let next = 0;
  weightBySource.forEach((merged, s) => {
    const facts = Int32Array.from(merged.keys()).sort();
    for (const f of facts) {
      bySourceSource[next] = s;
      bySourceFact[next] = f;
      bySourceVote[next] = merged.get(f)!;
      next++;
    }
  });
  splitHedgedVotes(bySourceSource, bySourceFact, bySourceVote, factObject);
  const factCount = factValue.length;

  // Fact-major order by counting sort (stable, so sources stay ascending within a fact).
  const factEdgeStart = new Int32Array(factCount + 1);
  for (let i = 0; i < edgeCount; i++) factEdgeStart[bySourceFact[i]! + 1]!++;
  for (let f = 0; f < factCount; f++) factEdgeStart[f + 1]! += factEdgeStart[f]!;
  const cursor = factEdgeStart.slice(0, factCount);
  const edgeSource = new Int32Array(edgeCount);
  const edgeFact = new Int32Array(edgeCount);
  const edgeVote = new Float64Array(edgeCount);
  const sourceEdges = new Int32Array(edgeCount);
  for (let i = 0; i < edgeCount; i++) {
    const f = bySourceFact[i]!;
    const e = cursor[f]!++;
    edgeSource[e] = bySourceSource[i]!;
    edgeFact[e] = f;
    edgeVote[e] = bySourceVote[i]!;
    sourceEdges[i] = e;
  }

  const sourceEdgeStart = new Int32Array(sources.length + 1);
  const sourceObjectCount = new Float64Array(sources.length);
  const sourceVoteTotal = new Float64Array(sources.length);
  let lastObject = -1;
  let lastSource = -1;
  for (let i = 0; i < edgeCount; i++) {
    const s = bySourceSource[i]!;
    const o = factObject[bySourceFact[i]!]!;
    sourceEdgeStart[s + 1]!++;
    sourceVoteTotal[s]! += bySourceVote[i]!;
    if (s !== lastSource || o !== lastObject) sourceObjectCount[s]!++;
    lastSource = s;
    lastObject = o;
  }
  for (let s = 0; s < sources.length; s++) sourceEdgeStart[s + 1]! += sourceEdgeStart[s]!;

  const factVoteTotal = new Float64Array(factCount);
  for (let e = 0; e < edgeCount; e++) factVoteTotal[edgeFact[e]!]! += edgeVote[e]!;

  return {
    sources,
    objects,
    factObject,
    factValue,
    objectFactStart,
    factEdgeStart,
    edgeSource,
    edgeFact,
    edgeVote,
    sourceEdges,
    sourceEdgeStart,
    sourceObjectCount,
    sourceVoteTotal,
    factVoteTotal,
  };
}

// A source naming k values for one object gets 1/k of a vote on each, so hedging cannot outvote a single answer.
function splitHedgedVotes(
  edgeSource: Int32Array,
  edgeFact: Int32Array,
  edgeVote: Float64Array,
  factObject: Int32Array,
): void {
  let runStart = 0;
  for (let i = 1; i <= edgeSource.length; i++) {
    const sameRun =
      i < edgeSource.length &&
      edgeSource[i] === edgeSource[runStart] &&
      factObject[edgeFact[i]!] === factObject[edgeFact[runStart]!];
    if (sameRun) continue;
    const k = i - runStart;
    if (k > 1) for (let j = runStart; j < i; j++) edgeVote[j]! /= k;
    runStart = i;
  }
}

function uniqueSorted(names: string[]): string[] {
  return [...new Set(names)].sort(compareCodeUnits);
}

function positions(names: string[]): Map<string, number> {
  const map = new Map<string, number>();
  names.forEach((name, i) => {
    map.set(name, i);
  });
  return map;
}
