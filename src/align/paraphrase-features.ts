// The cheap lexical features of the paraphrase decision (`same`, `probability`): how much of
// each sentence the other repeats word for word, in order, and what it leaves out. Every
// feature is symmetric (a minimum, maximum or sum over the two sides), so swapping the
// sentences changes nothing. The model that weighs them is fitted by scripts/fit-same.ts.
import type { SentenceProfile } from './sentence-profile.js';

/** The measured inputs of the paraphrase model, each checkable by a person. */
export interface ParaphraseFeatures {
  /**
   * The lower of the two one-way word precisions: the share of one sentence's words (stems,
   * stopwords and figures, counted with repeats) found in the other. Low when either sentence
   * says much the other does not.
   */
  minWordPrecision: number;
  /** The higher of the two one-way word precisions. */
  maxWordPrecision: number;
  /**
   * The longest run of consecutive content words in one sentence with none found in the other
   * (stopwords inside the run neither break nor lengthen it): an added clause ("…, a move
   * analysts had expected since March") is a long run, rewording a short one.
   */
  longestUnmatchedRun: number;
  /** The shorter side's longest unmatched run. */
  shortestUnmatchedRun: number;
  /** Content words of both sentences with no match in the other, counted with repeats. */
  unmatchedContentWords: number;
  /** The larger side's count of content words with no match in the other. */
  maxUnmatchedContentWords: number;
  /** The lower of the two one-way precisions of word bigrams (over all words in order). */
  minBigramPrecision: number;
  /** The higher of the two one-way precisions of word bigrams. */
  maxBigramPrecision: number;
  /** The lower of the two one-way precisions of word trigrams. */
  minTrigramPrecision: number;
  /** The higher of the two one-way precisions of word trigrams. */
  maxTrigramPrecision: number;
  /** Cosine of the two sentences' character 4-gram counts, in [0, 1]. */
  characterCosine: number;
  /** Fewer words over more words (all words in order), in [0, 1]. */
  lengthRatio: number;
}

/** The lower and higher one-way precision of two multisets with `shared` items in common. */
function precisions(shared: number, lengthA: number, lengthB: number): [number, number] {
  const x = lengthA === 0 ? 0 : shared / lengthA;
  const y = lengthB === 0 ? 0 : shared / lengthB;
  return x <= y ? [x, y] : [y, x];
}

/** Both sentences' term sequences as small integer ids (one id per distinct term of the pair). */
function internSequences(
  a: readonly string[],
  b: readonly string[],
): [Int32Array, Int32Array, number] {
  const ids = new Map<string, number>();
  const encode = (sequence: readonly string[]) =>
    Int32Array.from(sequence, (term) => {
      let id = ids.get(term);
      if (id === undefined) {
        id = ids.size;
        ids.set(term, id);
      }
      return id;
    });
  const idsA = encode(a);
  const idsB = encode(b);
  return [idsA, idsB, ids.size];
}

/**
 * Most distinct terms in a pair for n-grams (n ≤ 3) to be packed into one exact number:
 * `distinct³ < 2^53`. Real sentence pairs have a few dozen; beyond it n-grams are compared
 * id by id (slower, same result).
 */
const MAX_PACKED_DISTINCT = 200_000;

/** The n-grams of an id sequence packed into exact numbers (base `distinct`), sorted. */
function packedNgrams(sequence: Int32Array, n: number, distinct: number): Float64Array {
  const codes = new Float64Array(Math.max(0, sequence.length - n + 1));
  for (let start = 0; start < codes.length; start++) {
    let code = 0;
    for (let k = 0; k < n; k++) code = code * distinct + sequence[start + k]!;
    codes[start] = code;
  }
  return codes.sort();
}

/** Size of the multiset intersection of two sorted number lists. */
function sharedSorted(x: Float64Array, y: Float64Array): number {
  let shared = 0;
  let i = 0;
  let j = 0;
  while (i < x.length && j < y.length) {
    if (x[i] === y[j]) {
      shared++;
      i++;
      j++;
    } else if (x[i]! < y[j]!) i++;
    else j++;
  }
  return shared;
}

/** Lexicographic order of the n ids starting at `p` in `x` and at `q` in `y`. */
function compareAt(x: Int32Array, p: number, y: Int32Array, q: number, n: number): number {
  for (let k = 0; k < n; k++) {
    const difference = x[p + k]! - y[q + k]!;
    if (difference !== 0) return difference;
  }
  return 0;
}

/** Start positions of a sequence's n-grams, sorted by the n-gram. */
function sortedNgramStarts(sequence: Int32Array, n: number): number[] {
  const starts = Array.from({ length: Math.max(0, sequence.length - n + 1) }, (_, i) => i);
  return starts.sort((p, q) => compareAt(sequence, p, sequence, q, n) || p - q);
}

/**
 * How many n-grams two id sequences share, as multisets (a repeated n-gram counts as often as
 * both have it), and how many each has. One sort per side and a merge: no n-gram strings.
 */
function sharedNgrams(
  x: Int32Array,
  y: Int32Array,
  n: number,
  distinct: number,
): [number, number, number] {
  if (distinct <= MAX_PACKED_DISTINCT) {
    const codesX = packedNgrams(x, n, distinct);
    const codesY = packedNgrams(y, n, distinct);
    return [sharedSorted(codesX, codesY), codesX.length, codesY.length];
  }
  const startsX = sortedNgramStarts(x, n);
  const startsY = sortedNgramStarts(y, n);
  let shared = 0;
  let i = 0;
  let j = 0;
  while (i < startsX.length && j < startsY.length) {
    const order = compareAt(x, startsX[i]!, y, startsY[j]!, n);
    if (order === 0) {
      shared++;
      i++;
      j++;
    } else if (order < 0) i++;
    else j++;
  }
  return [shared, startsX.length, startsY.length];
}

/**
 * The longest run of consecutive content words of `profile` absent from `other`, and how many
 * of its content words are absent. Stopwords neither break a run nor count in it.
 */
export function unmatchedRuns(
  profile: Pick<SentenceProfile, 'sequence' | 'sequenceIsContent'>,
  other: ReadonlySet<string>,
): { longestRun: number; unmatched: number } {
  return runsOfUnmatched(profile.sequence, profile.sequenceIsContent, (term) => other.has(term));
}

function runsOfUnmatched<T>(
  sequence: ArrayLike<T>,
  isContent: readonly boolean[],
  matched: (term: T) => boolean,
): { longestRun: number; unmatched: number } {
  let longestRun = 0;
  let run = 0;
  let unmatched = 0;
  for (let index = 0; index < sequence.length; index++) {
    if (!isContent[index]) continue;
    if (matched(sequence[index]!)) run = 0;
    else {
      run++;
      unmatched++;
      if (run > longestRun) longestRun = run;
    }
  }
  return { longestRun, unmatched };
}

/** Cosine of two sorted code lists read as count vectors (equal codes are one dimension). */
function sortedCosine(a: Int32Array, b: Int32Array): number {
  const squares = (codes: Int32Array) => {
    let sum = 0;
    let run = 0;
    for (let index = 0; index < codes.length; index++) {
      run = index > 0 && codes[index] === codes[index - 1] ? run + 1 : 1;
      // Adding 2·run − 1 for each repeat sums the squared counts.
      sum += 2 * run - 1;
    }
    return sum;
  };
  const normA = squares(a);
  const normB = squares(b);
  if (normA === 0 || normB === 0) return 0;
  let dot = 0;
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a[i]!;
    const y = b[j]!;
    if (x < y) i++;
    else if (y < x) j++;
    else {
      let countA = 0;
      let countB = 0;
      while (i < a.length && a[i] === x) {
        countA++;
        i++;
      }
      while (j < b.length && b[j] === x) {
        countB++;
        j++;
      }
      dot += countA * countB;
    }
  }
  return Math.min(1, dot / Math.sqrt(normA * normB));
}

/**
 * The paraphrase features of two profiled sentences (see {@link ParaphraseFeatures}).
 * Symmetric: `paraphraseFeatures(a, b)` equals `paraphraseFeatures(b, a)`.
 */
export function paraphraseFeatures(a: SentenceProfile, b: SentenceProfile): ParaphraseFeatures {
  const [idsA, idsB, distinct] = internSequences(a.sequence, b.sequence);
  const lengthA = idsA.length;
  const lengthB = idsB.length;
  const [minWordPrecision, maxWordPrecision] = precisions(
    sharedNgrams(idsA, idsB, 1, distinct)[0],
    lengthA,
    lengthB,
  );
  const inA = new Uint8Array(distinct);
  const inB = new Uint8Array(distinct);
  for (const id of idsA) inA[id] = 1;
  for (const id of idsB) inB[id] = 1;
  const runsA = runsOfUnmatched(idsA, a.sequenceIsContent, (id) => inB[id] === 1);
  const runsB = runsOfUnmatched(idsB, b.sequenceIsContent, (id) => inA[id] === 1);
  const gramPrecisions = (n: number): [number, number] => {
    const [shared, countA, countB] = sharedNgrams(idsA, idsB, n, distinct);
    return precisions(shared, countA, countB);
  };
  const [minBigramPrecision, maxBigramPrecision] = gramPrecisions(2);
  const [minTrigramPrecision, maxTrigramPrecision] = gramPrecisions(3);
  return {
    minWordPrecision,
    maxWordPrecision,
    longestUnmatchedRun: Math.max(runsA.longestRun, runsB.longestRun),
    shortestUnmatchedRun: Math.min(runsA.longestRun, runsB.longestRun),
    unmatchedContentWords: runsA.unmatched + runsB.unmatched,
    maxUnmatchedContentWords: Math.max(runsA.unmatched, runsB.unmatched),
    minBigramPrecision,
    maxBigramPrecision,
    minTrigramPrecision,
    maxTrigramPrecision,
    characterCosine: sortedCosine(a.fourgrams, b.fourgrams),
    lengthRatio:
      lengthA === 0 || lengthB === 0 ? 0 : Math.min(lengthA, lengthB) / Math.max(lengthA, lengthB),
  };
}

/** Everything the paraphrase model may read: the features above plus the overlap measures. */
export interface ParaphraseModelInput extends ParaphraseFeatures {
  /** TF-IDF cosine of the weighted term vectors (`SentenceFeatures.cosine`). */
  cosine: number;
  /** The lower weighted coverage (`SentenceFeatures.weightedOverlap`). */
  weightedOverlap: number;
  /** The higher weighted coverage (`SentenceFeatures.maxCoverage`). */
  maxCoverage: number;
  /** Character-bigram Dice (`SentenceFeatures.dice`). */
  dice: number;
  /** `SentenceFeatures.extraDetailSimilarity`. */
  extraDetailSimilarity: number;
  /** 1 when either sentence has a figure the other lacks, else 0. */
  differingNumbers: number;
}

/** A name of one input of the paraphrase model. */
export type ParaphraseModelFeature = keyof ParaphraseModelInput;

/** A fitted logistic model: `P = 1 / (1 + e^-(intercept + Σ coefficients[i] · input[features[i]]))`. */
export interface ParaphraseModel {
  /** The inputs the model reads, in the order of `coefficients`. */
  readonly features: readonly ParaphraseModelFeature[];
  /** One coefficient per feature, in the feature's own units. */
  readonly coefficients: readonly number[];
  /** The log-odds when every feature is 0. */
  readonly intercept: number;
}
