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

/** Size of the multiset intersection of two count maps (repeats count as often as both have them). */
function sharedCount(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const [item, count] of small) {
    const other = large.get(item);
    if (other !== undefined) shared += Math.min(count, other);
  }
  return shared;
}

/** The lower and higher one-way precision of two multisets with `shared` items in common. */
function precisions(shared: number, lengthA: number, lengthB: number): [number, number] {
  const x = lengthA === 0 ? 0 : shared / lengthA;
  const y = lengthB === 0 ? 0 : shared / lengthB;
  return x <= y ? [x, y] : [y, x];
}

function countItems(items: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(item, (counts.get(item) ?? 0) + 1);
  return counts;
}

/** Word n-grams of a sequence, joined with a separator no term contains. */
function wordNgrams(sequence: readonly string[], n: number): string[] {
  const grams: string[] = [];
  for (let index = 0; index + n <= sequence.length; index++) {
    grams.push(sequence.slice(index, index + n).join('\u0000'));
  }
  return grams;
}

/**
 * The longest run of consecutive content words of `profile` absent from `other`, and how many
 * of its content words are absent. Stopwords neither break a run nor count in it.
 */
export function unmatchedRuns(
  profile: Pick<SentenceProfile, 'sequence' | 'sequenceIsContent'>,
  other: ReadonlySet<string> | ReadonlyMap<string, unknown>,
): { longestRun: number; unmatched: number } {
  let longestRun = 0;
  let run = 0;
  let unmatched = 0;
  profile.sequence.forEach((term, index) => {
    if (!profile.sequenceIsContent[index]) return;
    if (other.has(term)) run = 0;
    else {
      run++;
      unmatched++;
      if (run > longestRun) longestRun = run;
    }
  });
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
  const countsA = countItems(a.sequence);
  const countsB = countItems(b.sequence);
  const lengthA = a.sequence.length;
  const lengthB = b.sequence.length;
  const [minWordPrecision, maxWordPrecision] = precisions(
    sharedCount(countsA, countsB),
    lengthA,
    lengthB,
  );
  const runsA = unmatchedRuns(a, countsB);
  const runsB = unmatchedRuns(b, countsA);
  const gramPrecisions = (n: number): [number, number] => {
    const gramsA = wordNgrams(a.sequence, n);
    const gramsB = wordNgrams(b.sequence, n);
    const shared = sharedCount(countItems(gramsA), countItems(gramsB));
    return precisions(shared, gramsA.length, gramsB.length);
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
