// The cheap lexical features of the paraphrase decision (`same`, `probability`): how much of
// each sentence the other repeats word for word, in order, and what it leaves out. Every
// feature is symmetric (a minimum, maximum or sum over the two sides), so swapping the
// sentences changes nothing. The model that weighs them is fitted by scripts/fit-same.ts.
import { characterGramSimilarity } from './character-grams.js';
import type { SentenceProfile } from './sentence-profile.js';
import { mergeVocabularies, type VocabularyMerge } from './vocabulary-merge.js';

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

/**
 * Most distinct terms in a pair for n-grams (n ≤ 3) to be packed into one exact number:
 * `distinct³ < 2^53`. Real sentence pairs have a few dozen; beyond it n-grams are compared
 * id by id (slower, same result).
 */
const MAX_PACKED_DISTINCT = 200_000;

/** Longest list sorted by insertion; longer ones go to `Array.prototype.sort`. */
const INSERTION_SORT_MAX = 32;

/** Sorts finite numbers ascending in place: insertion sort for the short lists of a sentence. */
function sortNumbers(values: number[]): number[] {
  if (values.length > INSERTION_SORT_MAX) return values.sort((p, q) => p - q);
  for (let index = 1; index < values.length; index++) {
    const value = values[index]!;
    let k = index;
    while (k > 0 && values[k - 1]! > value) {
      values[k] = values[k - 1]!;
      k--;
    }
    values[k] = value;
  }
  return values;
}

/**
 * The packed codes (base `distinct`) of the n-grams of `sequence` that could be shared: those
 * whose every word the other sentence has (`matched`). Sorted ascending.
 */
function candidateNgrams(
  sequence: readonly number[],
  matched: readonly boolean[],
  n: number,
  distinct: number,
): number[] {
  const codes: number[] = [];
  let run = 0;
  for (let end = 0; end < sequence.length; end++) {
    run = matched[end] ? run + 1 : 0;
    if (run < n) continue;
    let code = 0;
    for (let k = end - n + 1; k <= end; k++) code = code * distinct + sequence[k]!;
    codes.push(code);
  }
  return sortNumbers(codes);
}

/** Size of the multiset intersection of two sorted number lists. */
function sharedSorted(x: ArrayLike<number>, y: ArrayLike<number>): number {
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
function compareAt(
  x: readonly number[],
  p: number,
  y: readonly number[],
  q: number,
  n: number,
): number {
  for (let k = 0; k < n; k++) {
    const difference = x[p + k]! - y[q + k]!;
    if (difference !== 0) return difference;
  }
  return 0;
}

/** Start positions of a sequence's n-grams, sorted by the n-gram. */
function sortedNgramStarts(sequence: readonly number[], n: number): number[] {
  const starts = Array.from({ length: Math.max(0, sequence.length - n + 1) }, (_, i) => i);
  return starts.sort((p, q) => compareAt(sequence, p, sequence, q, n) || p - q);
}

/**
 * How many n-grams two id sequences share, as multisets (a repeated n-gram counts as often as
 * both have it). One sort per side and a merge: no n-gram strings. `matchedX[k]` says whether
 * the word at position k of `x` occurs in `y` at all; n-grams with an unmatched word cannot be
 * shared and are skipped.
 */
function sharedNgrams(
  x: readonly number[],
  matchedX: readonly boolean[],
  y: readonly number[],
  matchedY: readonly boolean[],
  n: number,
  distinct: number,
): number {
  if (distinct <= MAX_PACKED_DISTINCT) {
    return sharedSorted(
      candidateNgrams(x, matchedX, n, distinct),
      candidateNgrams(y, matchedY, n, distinct),
    );
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
  return shared;
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

/**
 * The paraphrase features of two profiled sentences (see {@link ParaphraseFeatures}).
 * Symmetric: `paraphraseFeatures(a, b)` equals `paraphraseFeatures(b, a)`.
 */
export function paraphraseFeatures(a: SentenceProfile, b: SentenceProfile): ParaphraseFeatures {
  return paraphraseFeaturesWith(
    a,
    b,
    mergeVocabularies(a, b),
    characterGramSimilarity(a.lower, b.lower).cosine,
  );
}

/**
 * {@link paraphraseFeatures} from the pair's merged vocabularies and character 4-gram cosine,
 * already computed (`compareProfiles` reads them for its overlap and Dice too).
 */
export function paraphraseFeaturesWith(
  a: SentenceProfile,
  b: SentenceProfile,
  merge: VocabularyMerge,
  characterCosine: number,
): ParaphraseFeatures {
  const { idsA, idsB, matchedA, matchedB, distinct, sharedWords } = merge;
  const lengthA = a.sequence.length;
  const lengthB = b.sequence.length;
  const [minWordPrecision, maxWordPrecision] = precisions(sharedWords, lengthA, lengthB);
  // The pair's id and whether the other side has it, at each position of each sentence.
  const sequenceA = a.sequenceIds.map((id) => idsA[id]!);
  const sequenceB = b.sequenceIds.map((id) => idsB[id]!);
  const hitsA = a.sequenceIds.map((id) => matchedA[id]!);
  const hitsB = b.sequenceIds.map((id) => matchedB[id]!);
  const runsA = runsOfUnmatched(hitsA, a.sequenceIsContent, (hit) => hit);
  const runsB = runsOfUnmatched(hitsB, b.sequenceIsContent, (hit) => hit);
  const gramPrecisions = (n: number): [number, number] =>
    precisions(
      sharedNgrams(sequenceA, hitsA, sequenceB, hitsB, n, distinct),
      Math.max(0, lengthA - n + 1),
      Math.max(0, lengthB - n + 1),
    );
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
    characterCosine,
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
  /**
   * The probability from which two sentences count as the same statement: the cut with the
   * best cross-validated accuracy, chosen with the penalty by the fitting script.
   */
  readonly threshold: number;
}
