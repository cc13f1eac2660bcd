// One pass over two sentences' sorted vocabularies gives everything the comparison reads from
// their terms: a numbering of the pair's distinct terms (for word n-grams and unmatched runs),
// which terms both have, and the running sums of the weighted term overlap (coverage both
// ways, TF-IDF cosine). Strings are compared once per pair and term, no hash map is built.
import type { SentenceProfile } from './sentence-profile.js';
import type { TermWeights } from './term-weights.js';

/** Running sums of a weighted term overlap: shared weight, dot product, each side's totals. */
export interface OverlapSums {
  /** Σ over shared terms of min(count in A, count in B) · weight. */
  shared: number;
  /** Σ over shared terms of (count in A · weight) · (count in B · weight). */
  dot: number;
  /** Σ over A's terms of count · weight. */
  totalA: number;
  /** Σ over B's terms of count · weight. */
  totalB: number;
  /** Σ over A's terms of (count · weight)². */
  squaresA: number;
  /** Σ over B's terms of (count · weight)². */
  squaresB: number;
  /** Term occurrences on both sides. */
  count: number;
}

/** The pair's terms numbered together, and their weighted overlap. */
export interface VocabularyMerge {
  /** `idsA[k]` is the pair's number for `a.vocabulary[k]` (equal terms get one number). */
  idsA: number[];
  /** `idsB[k]` is the pair's number for `b.vocabulary[k]`. */
  idsB: number[];
  /** `matchedA[k]` is true when B has the term `a.vocabulary[k]` too. */
  matchedA: boolean[];
  /** `matchedB[k]` is true when A has the term `b.vocabulary[k]` too. */
  matchedB: boolean[];
  /** Distinct terms of the pair. */
  distinct: number;
  /** Size of the multiset intersection of the two term sequences. */
  sharedWords: number;
  /**
   * Overlap sums, content terms and stopwords as separate lists (a string that is a content
   * term on one side and a stopword on the other is not shared); zero without `weights`.
   */
  sums: OverlapSums;
}

type VocabularySide = Pick<
  SentenceProfile,
  'vocabulary' | 'vocabularyCounts' | 'vocabularyContentCounts'
>;

/** Adds one term's occurrences on each side (either count may be 0) to the sums. */
function addTerm(sums: OverlapSums, countA: number, countB: number, weight: number): void {
  if (countB === 0) {
    const value = countA * weight;
    sums.totalA += value;
    sums.squaresA += value * value;
    sums.count += countA;
  } else if (countA === 0) {
    const value = countB * weight;
    sums.totalB += value;
    sums.squaresB += value * value;
    sums.count += countB;
  } else {
    const valueA = countA * weight;
    const valueB = countB * weight;
    sums.shared += Math.min(countA, countB) * weight;
    sums.dot += valueA * valueB;
    sums.totalA += valueA;
    sums.totalB += valueB;
    sums.squaresA += valueA * valueA;
    sums.squaresB += valueB * valueB;
    sums.count += countA + countB;
  }
}

/**
 * Merges two profiles' vocabularies (see {@link VocabularyMerge}). The overlap sums add the
 * content terms in sorted order and then the stopwords in sorted order, exactly as two
 * separate merges of `terms` and `functionTerms` would, so every float is the same.
 */
export function mergeVocabularies(
  a: VocabularySide,
  b: VocabularySide,
  weights?: TermWeights,
): VocabularyMerge {
  const x = a.vocabulary;
  const y = b.vocabulary;
  const idsA = new Array<number>(x.length);
  const idsB = new Array<number>(y.length);
  const matchedA = new Array<boolean>(x.length).fill(false);
  const matchedB = new Array<boolean>(y.length).fill(false);
  const sums: OverlapSums = {
    shared: 0,
    dot: 0,
    totalA: 0,
    totalB: 0,
    squaresA: 0,
    squaresB: 0,
    count: 0,
  };
  // Stopword occurrences (A, B) and weight, added after every content term.
  const stopwords: number[] = [];
  let i = 0;
  let j = 0;
  let distinct = 0;
  let sharedWords = 0;
  while (i < x.length || j < y.length) {
    const p = x[i];
    const q = y[j];
    let inA = true;
    let inB = true;
    if (p === undefined) inA = false;
    else if (q === undefined) inB = false;
    else if (p !== q) {
      if (p < q) inB = false;
      else inA = false;
    }
    const term = (inA ? p : q)!;
    const totalA = inA ? a.vocabularyCounts[i]! : 0;
    const totalB = inB ? b.vocabularyCounts[j]! : 0;
    if (weights !== undefined) {
      const weight = weights.weight(term);
      const contentA = inA ? a.vocabularyContentCounts[i]! : 0;
      const contentB = inB ? b.vocabularyContentCounts[j]! : 0;
      if (contentA > 0 || contentB > 0) addTerm(sums, contentA, contentB, weight);
      if (totalA > contentA || totalB > contentB) {
        stopwords.push(totalA - contentA, totalB - contentB, weight);
      }
    }
    if (inA && inB) {
      sharedWords += Math.min(totalA, totalB);
      matchedA[i] = true;
      matchedB[j] = true;
    }
    if (inA) idsA[i++] = distinct;
    if (inB) idsB[j++] = distinct;
    distinct++;
  }
  for (let k = 0; k < stopwords.length; k += 3) {
    addTerm(sums, stopwords[k]!, stopwords[k + 1]!, stopwords[k + 2]!);
  }
  return { idsA, idsB, matchedA, matchedB, distinct, sharedWords, sums };
}
