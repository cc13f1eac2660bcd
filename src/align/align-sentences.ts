// Cross-article sentence alignment: candidate pairs from an inverted index, greedy grouping.
import { CorroborateError } from '../errors.js';
import { readOptions } from '../input/read-options.js';
import { compareIds } from '../input/validate-articles.js';
import { Work } from '../progress.js';
import { orderEdges } from './edge-order.js';
import {
  buildConceptWeights,
  type EncodedConcepts,
  encodeConcepts,
  factScoreEncoded,
} from './fact-concepts.js';
import {
  isNonCorroboratingUnit,
  MIN_SHARED_CONCEPTS,
  sharedInformativeConcepts,
} from './minimum-evidence.js';
import type { AlignedSentence, Alignment, AlignOptions, PreparedSentence } from './types.js';

// Informative concepts a sentence is indexed under: its rarest shared ones. Recall on the
// nato-vilnius-2023 and g7-apulia-2024 fixtures stops rising at 8.
export const INDEX_KEYS_PER_SENTENCE = 8;
// A posting list is scanned up to this many entries: a term in more sentences than this says
// little about which ones match, and scanning it fully would make the index quadratic. On the
// synthetic corpora of bench/align.ts, 60 found more true pairs than 120 (pair recall 91.7 %
// vs 84.3 % at 100 articles, 92.3 % vs 89.2 % at 1,000, precision unchanged): fewer samples of
// common concepts leave the candidate list to the rare concepts two sentences share.
export const MAX_POSTINGS_SCANNED = 60;
export const DEFAULT_MAX_CANDIDATES = 24;
/** Largest accepted `maxCandidatesPerSentence`: beyond it the candidate table alone would not fit in memory. */
export const MAX_CANDIDATES_LIMIT = 1000;

/**
 * Fact score from which mutual best matches align. Chosen on the two fixture stories that are
 * not the acceptance story (nato-vilnius-2023, g7-apulia-2024): sweeping 0.25–0.32, 0.30 gave
 * the best mean F1 there (precision 1.00 on both, recall 0.85 and 0.82; 0.25 raised nato's
 * recall to 0.90 but let g7's precision fall to 0.91). asia-trip-2025 was measured afterwards
 * (bench/BENCHMARKS.md, "Alignment quality"). Since people count as one concept each, 0.27
 * edges it on nato+g7 (mean F1 0.923 vs 0.911, one pair each) but groups a labelled
 * must-not-align pair in asia-trip-2025 and costs g7 a wrong pair, so it stays 0.30.
 */
export const ALIGN_THRESHOLD = 0.3;

/**
 * Margin above the threshold from which a pair aligns without being a mutual best match
 * (an article that states a fact twice, in its headline and its body, matches both).
 */
export const STRONG_MARGIN = 0.25;

/**
 * A pair counts as a mutual best match when it scores at least this share of each sentence's
 * best match in the other article: an article that states a fact in its headline and again in
 * its lead has two near-equal candidates, and either may be the one the other articles match.
 */
export const NEAR_BEST = 0.9;

/** Validated alignment settings. */
export interface AlignSettings {
  threshold: number;
  maxCandidatesPerSentence: number;
}

/** The keys of {@link AlignOptions}; any other key is `INVALID_OPTION`. */
const ALIGN_OPTION_KEYS = ['threshold', 'maxCandidatesPerSentence'] as const;

/** Checks {@link AlignOptions} and fills defaults. */
export function readAlignOptions(
  options: unknown,
  where = 'options',
  caller = 'alignSentences',
): AlignSettings {
  const record = readOptions(options ?? undefined, ALIGN_OPTION_KEYS, where, caller);
  const { threshold = ALIGN_THRESHOLD, maxCandidatesPerSentence = DEFAULT_MAX_CANDIDATES } =
    record as AlignOptions;
  if (typeof threshold !== 'number' || !(threshold > 0 && threshold <= 1)) {
    throw new CorroborateError(
      'INVALID_OPTION',
      `options.threshold must be a number in (0, 1], but it is ${String(threshold)}.`,
      { field: 'threshold' },
    );
  }
  if (
    !Number.isInteger(maxCandidatesPerSentence) ||
    maxCandidatesPerSentence < 1 ||
    maxCandidatesPerSentence > MAX_CANDIDATES_LIMIT
  ) {
    throw new CorroborateError(
      'INVALID_OPTION',
      `options.maxCandidatesPerSentence must be a whole number from 1 to ${MAX_CANDIDATES_LIMIT}, but it is ${String(maxCandidatesPerSentence)}.`,
      { field: 'maxCandidatesPerSentence' },
    );
  }
  return { threshold, maxCandidatesPerSentence };
}

/** Aligns already prepared sentences (one array per article, articles sorted by id). */
export function alignPrepared(
  prepared: readonly (readonly PreparedSentence[])[],
  settings: AlignSettings,
): Alignment {
  return alignWithEdges(prepared, settings).alignment;
}

/** A compared pair of sentences at or above the threshold (indexes into the flattened sentences). */
export interface AlignmentEdge {
  a: number;
  b: number;
  score: number;
}

/**
 * {@link alignPrepared}, also returning every compared pair at the threshold (`pairs`: the consensus
 * stage reads them to find near-duplicate articles, whose sentences need not be anyone's
 * single best match when a stock sentence recurs in many articles), and the flattened
 * sentence list the indexes refer to. `work` gets the `align` stage, one tick per sentence.
 */
export function alignWithEdges(
  prepared: readonly (readonly PreparedSentence[])[],
  settings: AlignSettings,
  withPairs = false,
  work: Work = Work.none,
): {
  alignment: Alignment;
  pairs: AlignmentEdge[];
  sentences: PreparedSentence[];
} {
  const sentences = prepared.flat();
  const weights = buildConceptWeights(sentences.map((sentence) => sentence.concepts));
  const encoded = encodeConcepts(
    sentences.map((sentence) => sentence.concepts),
    weights,
  );
  const count = sentences.length;
  work.start('align', count);
  const articleOf = new Int32Array(count);
  {
    let index = 0;
    prepared.forEach((article, articleIndex) => {
      for (let i = 0; i < article.length; i++) articleOf[index++] = articleIndex;
    });
  }
  // Bylines, datelines and photo credits corroborate nothing (see minimum-evidence.ts).
  const silent = Uint8Array.from(sentences, (sentence) =>
    isNonCorroboratingUnit(sentence.text) ? 1 : 0,
  );
  const { keyOffsets, keyIds } = indexKeys(encoded);
  const postings = buildPostings(keyOffsets, keyIds, encoded.weights.length);

  const limit = settings.maxCandidatesPerSentence;
  const candidatesOf = new Int32Array(count * limit).fill(-1);
  const accumulated = new Float64Array(count);
  const touched = new Int32Array(count);
  const chosen = new Int32Array(limit);
  const heap = new CandidateHeap(limit);
  let candidatePairs = 0;
  let comparedPairs = 0;
  // Pairs at the threshold, as parallel arrays (a million objects would only feed the GC).
  const pairA: number[] = [];
  const pairB: number[] = [];
  const pairScore: number[] = [];
  const { offsets: postingOffsets, sentences: postingSentences } = postings;
  for (let index = 0; index < count; index++) {
    work.tick(index);
    let touchedCount = 0;
    const article = articleOf[index]!;
    for (let k = keyOffsets[index]!; k < keyOffsets[index + 1]!; k++) {
      const id = keyIds[k]!;
      const weight = encoded.weights[id]!;
      const first = postingOffsets[id]!;
      const length = postingOffsets[id + 1]! - first;
      // Long posting lists are sampled evenly (not cut off), so late articles find early ones
      // and early ones late ones; the offset varies with the sentence to cover the whole list.
      const stride = Math.ceil(length / MAX_POSTINGS_SCANNED);
      for (let p = index % stride; p < length; p += stride) {
        const other = postingSentences[first + p]!;
        if (articleOf[other] === article) continue;
        if (accumulated[other] === 0) touched[touchedCount++] = other;
        accumulated[other] = accumulated[other]! + weight;
      }
    }
    candidatePairs += touchedCount;
    heap.clear();
    for (let t = 0; t < touchedCount; t++) {
      const other = touched[t]!;
      heap.offer(other, accumulated[other]!);
      accumulated[other] = 0;
    }
    const chosenCount = heap.drainBestFirst(chosen);
    for (let c = 0; c < chosenCount; c++) {
      const other = chosen[c]!;
      candidatesOf[index * limit + c] = other;
      // Each unordered pair is scored once: by the earlier sentence, or by the later one when
      // the earlier did not pick it.
      if (other < index && hasCandidate(candidatesOf, other, limit, index)) continue;
      const low = Math.min(index, other);
      const high = Math.max(index, other);
      comparedPairs++;
      const score = factScoreEncoded(encoded.ids[low]!, encoded.ids[high]!, encoded.weights);
      if (score < settings.threshold) continue;
      if (silent[low] || silent[high]) continue;
      const shared = sharedInformativeConcepts(sentences[low]!.concepts, sentences[high]!.concepts);
      if (shared < MIN_SHARED_CONCEPTS) continue;
      pairA.push(low);
      pairB.push(high);
      pairScore.push(score);
    }
  }
  // Mutual best matches between two articles align; so does any clearly strong pair.
  const scored: ScoredPairs = {
    a: Int32Array.from(pairA),
    b: Int32Array.from(pairB),
    score: Float64Array.from(pairScore),
  };
  const nearBest = nearBestSides(count, prepared.length, articleOf, scored);
  const edges: number[] = [];
  for (let e = 0; e < pairA.length; e++) {
    if (pairScore[e]! >= settings.threshold + STRONG_MARGIN || nearBest[e] === 2) edges.push(e);
  }

  const groups = mergeGroups(count, articleOf, scored, edges, encoded, settings.threshold);
  const alignment = buildAlignment(sentences, scored, groups, {
    articles: prepared.length,
    sentences: count,
    candidatePairs,
    comparedPairs,
  });
  work.end();
  const pairs: AlignmentEdge[] = [];
  if (withPairs) {
    for (let e = 0; e < pairA.length; e++)
      pairs.push({ a: pairA[e]!, b: pairB[e]!, score: pairScore[e]! });
  }
  return { alignment, pairs, sentences };
}

/**
 * For each scored pair, on how many of its two sides (0–2) it is near the best match: its
 * score reaches {@link NEAR_BEST} times the best score that sentence reached with any sentence
 * of the other one's article. One pass over every sentence's partners, O(pairs): a sentence
 * that many others picked as a candidate has a long row, and looking the best up per pair
 * would cost the square of its length.
 */
function nearBestSides(
  count: number,
  articleCount: number,
  articleOf: Int32Array,
  pairs: ScoredPairs,
): Uint8Array {
  const pairCount = pairs.a.length;
  // Each sentence's partners as compressed rows: pair indexes of s at entries[offsets[s]..offsets[s + 1]].
  const offsets = new Int32Array(count + 1);
  for (let e = 0; e < pairCount; e++) {
    offsets[pairs.a[e]! + 1]!++;
    offsets[pairs.b[e]! + 1]!++;
  }
  for (let s = 0; s < count; s++) offsets[s + 1]! += offsets[s]!;
  const fill = offsets.slice(0, count);
  const entries = new Int32Array(2 * pairCount);
  for (let e = 0; e < pairCount; e++) {
    entries[fill[pairs.a[e]!]!++] = e;
    entries[fill[pairs.b[e]!]!++] = e;
  }
  const sides = new Uint8Array(pairCount);
  const best = new Float64Array(articleCount);
  for (let s = 0; s < count; s++) {
    const from = offsets[s]!;
    const to = offsets[s + 1]!;
    for (let k = from; k < to; k++) {
      const e = entries[k]!;
      const article = articleOf[pairs.a[e] === s ? pairs.b[e]! : pairs.a[e]!]!;
      if (pairs.score[e]! > best[article]!) best[article] = pairs.score[e]!;
    }
    for (let k = from; k < to; k++) {
      const e = entries[k]!;
      const article = articleOf[pairs.a[e] === s ? pairs.b[e]! : pairs.a[e]!]!;
      if (pairs.score[e]! >= NEAR_BEST * best[article]!) sides[e]!++;
    }
    for (let k = from; k < to; k++) {
      const e = entries[k]!;
      best[articleOf[pairs.a[e] === s ? pairs.b[e]! : pairs.a[e]!]!] = 0;
    }
  }
  return sides;
}

function hasCandidate(
  candidatesOf: Int32Array,
  sentence: number,
  limit: number,
  other: number,
): boolean {
  for (let c = 0; c < limit; c++) {
    const value = candidatesOf[sentence * limit + c]!;
    if (value === -1) return false;
    if (value === other) return true;
  }
  return false;
}

/**
 * Keeps the `capacity` best (highest weight, then lowest index) candidates in O(log capacity)
 * per offer, in fixed typed arrays (it sees every candidate of every sentence: millions of
 * offers at corpus scale, most rejected by one comparison with the root).
 */
class CandidateHeap {
  private readonly items: Int32Array;
  private readonly weights: Float64Array;
  private size = 0;
  constructor(private readonly capacity: number) {
    this.items = new Int32Array(capacity);
    this.weights = new Float64Array(capacity);
  }

  clear(): void {
    this.size = 0;
  }

  /** Worse-than: lower weight, or equal weight and higher index (so ties keep low indexes). */
  private worse(i: number, j: number): boolean {
    const wi = this.weights[i]!;
    const wj = this.weights[j]!;
    return wi < wj || (wi === wj && this.items[i]! > this.items[j]!);
  }

  offer(item: number, weight: number): void {
    if (this.size < this.capacity) {
      this.items[this.size] = item;
      this.weights[this.size] = weight;
      this.size++;
      this.siftUp(this.size - 1);
      return;
    }
    const rootWeight = this.weights[0]!;
    if (weight < rootWeight || (weight === rootWeight && item > this.items[0]!)) return;
    this.items[0] = item;
    this.weights[0] = weight;
    this.siftDown(0);
  }

  /**
   * Writes the kept candidates into `out`, best first (highest weight, then lowest index),
   * and returns how many there are. Leaves the heap empty.
   */
  drainBestFirst(out: Int32Array): number {
    const count = this.size;
    // Popping the worst each time fills `out` from the back.
    for (let position = count - 1; position >= 0; position--) {
      out[position] = this.items[0]!;
      this.size--;
      if (position > 0) {
        this.items[0] = this.items[this.size]!;
        this.weights[0] = this.weights[this.size]!;
        this.siftDown(0);
      }
    }
    return count;
  }

  private siftUp(index: number): void {
    let i = index;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.worse(i, parent)) break;
      this.swap(i, parent);
      i = parent;
    }
  }

  private siftDown(index: number): void {
    let i = index;
    for (;;) {
      const left = 2 * i + 1;
      const right = left + 1;
      let smallest = i;
      if (left < this.size && this.worse(left, smallest)) smallest = left;
      if (right < this.size && this.worse(right, smallest)) smallest = right;
      if (smallest === i) return;
      this.swap(i, smallest);
      i = smallest;
    }
  }

  private swap(i: number, j: number): void {
    const item = this.items[i]!;
    this.items[i] = this.items[j]!;
    this.items[j] = item;
    const weight = this.weights[i]!;
    this.weights[i] = this.weights[j]!;
    this.weights[j] = weight;
  }
}

/** Scored pairs as parallel arrays: pair e joins sentences a[e] < b[e] with score[e]. */
interface ScoredPairs {
  a: Int32Array;
  b: Int32Array;
  score: Float64Array;
}

/** A group under construction: member sentences and the pairs (indexes into ScoredPairs) that joined them. */
interface RawGroup {
  members: number[];
  pairs: number[];
}

/**
 * Each sentence's index keys: the most informative concepts it shares with at least one other
 * sentence, highest weight first, ties by concept order (a concept no other sentence has finds
 * no candidate, so indexing it would only crowd out the ones that do). Flattened: the keys of
 * sentence s are `keyIds[keyOffsets[s]..keyOffsets[s + 1]]`.
 */
function indexKeys(encoded: EncodedConcepts): { keyOffsets: Int32Array; keyIds: Int32Array } {
  const frequency = new Int32Array(encoded.weights.length);
  for (const ids of encoded.ids) for (let i = 0; i < ids.length; i++) frequency[ids[i]!]!++;
  const keyOffsets = new Int32Array(encoded.ids.length + 1);
  const keyIds = new Int32Array(encoded.ids.length * INDEX_KEYS_PER_SENTENCE);
  const shared: number[] = [];
  let next = 0;
  encoded.ids.forEach((ids, sentence) => {
    shared.length = 0;
    for (let i = 0; i < ids.length; i++) if (frequency[ids[i]!]! >= 2) shared.push(ids[i]!);
    shared.sort((x, y) => encoded.weights[y]! - encoded.weights[x]! || x - y);
    const kept = Math.min(shared.length, INDEX_KEYS_PER_SENTENCE);
    for (let k = 0; k < kept; k++) keyIds[next++] = shared[k]!;
    keyOffsets[sentence + 1] = next;
  });
  return { keyOffsets, keyIds: keyIds.subarray(0, next) };
}

/** Posting lists of the index keys, as compressed rows: sentences of key id at offsets[id]..offsets[id + 1], ascending. */
function buildPostings(
  keyOffsets: Int32Array,
  keyIds: Int32Array,
  conceptCount: number,
): { offsets: Int32Array; sentences: Int32Array } {
  const offsets = new Int32Array(conceptCount + 1);
  for (let k = 0; k < keyIds.length; k++) offsets[keyIds[k]! + 1]!++;
  for (let id = 0; id < conceptCount; id++) offsets[id + 1]! += offsets[id]!;
  const fill = offsets.slice(0, conceptCount);
  const sentences = new Int32Array(keyIds.length);
  for (let sentence = 0; sentence + 1 < keyOffsets.length; sentence++) {
    for (let k = keyOffsets[sentence]!; k < keyOffsets[sentence + 1]!; k++)
      sentences[fill[keyIds[k]!]!++] = sentence;
  }
  return { offsets, sentences };
}

/**
 * Greedy best-first merging under the one-sentence-per-article rule. `edges` are indexes into
 * `pairs`, taken best score first (ties by lower sentence indexes, so the order is total).
 * A group keeps its founding sentence (the first member) through merges; the smaller group's
 * members move into the larger's arrays, so merging stays near-linear when groups grow large.
 */
function mergeGroups(
  count: number,
  articleOf: Int32Array,
  pairs: ScoredPairs,
  edges: number[],
  encoded: EncodedConcepts,
  threshold: number,
): RawGroup[] {
  const { a: pairA, b: pairB, score } = pairs;
  const ordered = orderEdges(edges, pairA, pairB, score);
  // groupOf points at a group id; a merged-away group forwards to its survivor (union-find).
  const groupOf = new Int32Array(count).fill(-1);
  const forward: number[] = [];
  const groups: (RawGroup & { founder: number; articles: Set<number>; alive: boolean })[] = [];
  const find = (sentence: number): number => {
    let group = groupOf[sentence]!;
    if (group === -1) return -1;
    while (forward[group] !== group) group = forward[group]!;
    groupOf[sentence] = group;
    return group;
  };
  for (const edge of ordered) {
    const a = pairA[edge]!;
    const b = pairB[edge]!;
    const ga = find(a);
    const gb = find(b);
    if (ga === -1 && gb === -1) {
      groupOf[a] = groupOf[b] = groups.length;
      forward.push(groups.length);
      groups.push({
        founder: a,
        members: [a, b],
        articles: new Set([articleOf[a]!, articleOf[b]!]),
        pairs: [edge],
        alive: true,
      });
      continue;
    }
    if (ga === gb) continue;
    if (ga !== -1 && gb !== -1) {
      const left = groups[ga]!;
      const right = groups[gb]!;
      const [small, large] =
        left.articles.size <= right.articles.size
          ? [left.articles, right.articles]
          : [right.articles, left.articles];
      let overlap = false;
      for (const article of small) {
        if (large.has(article)) {
          overlap = true;
          break;
        }
      }
      if (overlap) continue;
      if (!representativesMatch(left.founder, right.founder, encoded, threshold)) continue;
      if (right.members.length > left.members.length) {
        // Keep the larger containers; the surviving group is still `left` (its founder).
        [left.members, right.members] = [right.members, left.members];
        [left.articles, right.articles] = [right.articles, left.articles];
        [left.pairs, right.pairs] = [right.pairs, left.pairs];
      }
      for (const member of right.members) left.members.push(member);
      for (const article of right.articles) left.articles.add(article);
      for (const pair of right.pairs) left.pairs.push(pair);
      left.pairs.push(edge);
      right.alive = false;
      right.members = [];
      right.pairs = [];
      right.articles = new Set();
      forward[gb] = ga;
      continue;
    }
    const [groupIndex, loose] = ga === -1 ? [gb, a] : [ga, b];
    const group = groups[groupIndex]!;
    if (group.articles.has(articleOf[loose]!)) continue;
    if (!representativesMatch(group.founder, loose, encoded, threshold)) continue;
    groupOf[loose] = groupIndex;
    group.members.push(loose);
    group.articles.add(articleOf[loose]!);
    group.pairs.push(edge);
  }
  return groups.filter((group) => group.alive);
}

// A joining sentence must also match the group's founding sentence (not just its best
// neighbour); this is what keeps "Trump meets Xi" from chaining into "Xi meets Putin".
function representativesMatch(
  a: number,
  b: number,
  encoded: EncodedConcepts,
  threshold: number,
): boolean {
  return (
    factScoreEncoded(encoded.ids[a]!, encoded.ids[b]!, encoded.weights) >=
    threshold * REPRESENTATIVE_SLACK
  );
}

// The founding-sentence check is looser than the pair threshold: paraphrase is not transitive,
// and a member two paraphrase steps away scores lower against the founder.
const REPRESENTATIVE_SLACK = 0.8;

function buildAlignment(
  sentences: readonly PreparedSentence[],
  scored: ScoredPairs,
  rawGroups: RawGroup[],
  stats: Alignment['stats'],
): Alignment {
  const inGroup = new Uint8Array(sentences.length);
  const strip = (index: number): AlignedSentence => {
    const { articleId, sentenceIndex, text, start, end } = sentences[index]!;
    return { articleId, sentenceIndex, text, start, end };
  };
  const sortedGroups = rawGroups.map((group) => {
    const members = [...group.members].sort(
      (x, y) => compareIds(sentences[x]!.articleId, sentences[y]!.articleId) || x - y,
    );
    for (const member of members) inGroup[member] = 1;
    const position = new Map(members.map((member, i) => [member, i]));
    const pairs = group.pairs
      .map((edge) => {
        const a = position.get(scored.a[edge]!)!;
        const b = position.get(scored.b[edge]!)!;
        return { a: Math.min(a, b), b: Math.max(a, b), score: round(scored.score[edge]!) };
      })
      .sort((x, y) => y.score - x.score || x.a - y.a || x.b - y.b);
    const score = round(pairs.reduce((sum, pair) => sum + pair.score, 0) / pairs.length);
    return { first: members[0]!, members: members.map(strip), pairs, score };
  });
  // Sentence indexes are global in article-id order, so ordering by the first member is stable.
  sortedGroups.sort((x, y) => x.first - y.first);
  const groups = sortedGroups.map((group, i) => ({
    id: `g${i + 1}`,
    members: group.members,
    pairs: group.pairs,
    score: group.score,
  }));
  const unaligned: AlignedSentence[] = [];
  for (let index = 0; index < sentences.length; index++) {
    if (!inGroup[index]) unaligned.push(strip(index));
  }
  return { groups, unaligned, stats };
}

function round(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}
