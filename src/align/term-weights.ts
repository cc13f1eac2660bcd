// How much a shared stem says about two sentences stating the same thing: rare stems
// ("takaichi", "busan") say a lot, common ones ("said", "trade") little. IDF over a collection
// of sentences when there is one; a length-based stand-in when there is not.

import { smoothedIdf } from '../text/idf.js';
import { isStopword } from '../text/stopwords.js';
import type { SentenceProfile } from './sentence-profile.js';

/** Weight of each content stem in sentence comparison. */
export interface TermWeights {
  /** Weight of one stem, always > 0; unseen stems get the collection's highest weight. */
  weight(term: string): number;
  /** Sentences the weights were computed from (0 for the default weighting). */
  readonly documentCount: number;
}

/**
 * IDF weights over a collection of sentence profiles (one document per sentence):
 * `ln((N + 1) / (df + 1)) + 1`, the smoothed form that stays positive for a stem found in
 * every sentence and gives unseen stems the weight of a stem seen nowhere (`ln(N + 1) + 1`).
 * Order of `profiles` does not matter.
 */
export function buildTermWeights(profiles: readonly SentenceProfile[]): TermWeights {
  const documentFrequency = new Map<string, number>();
  for (const profile of profiles) {
    // Terms are distinct within a profile, so each sentence counts once per stem.
    for (const term of profile.terms) {
      documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
    }
    for (const term of profile.functionTerms) {
      documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
    }
  }
  const documentCount = profiles.length;
  const unseen = smoothedIdf(documentCount, 0);
  return {
    documentCount,
    weight(term: string): number {
      const df = documentFrequency.get(term);
      return df === undefined ? unseen : smoothedIdf(documentCount, df);
    },
  };
}

/**
 * Weight of a stopword when no collection is at hand. Chosen with the graded score on STS-B
 * train (`npx tsx bench/sts-eval.ts --sweep`, one constant at a time): 0.1 gives Pearson r
 * 0.755 overall / 0.754 news; 0 and 0.2 are within 0.001, 0.5 (the earlier value) drops
 * overall to 0.738. Small but not 0: "to" / "from" still tell two otherwise equal sentences apart.
 */
export const DEFAULT_FUNCTION_WORD_WEIGHT = 0.1;

/**
 * Weight of a figure's term ("2800000000" for "$2.8 billion") when no collection is at hand.
 * A figure is rarer than any word, and news pairs that differ in one are rated far apart:
 * on STS-B train (same sweep) 2.5 gives news r 0.754 against 0.718 at 1; 3 is within 0.002.
 */
export const DEFAULT_FIGURE_WEIGHT = 2.5;

/**
 * How much longer stems weigh when no collection is at hand: `1 + slope · ln(length)`, since
 * longer words are rarer (Zipf's law of abbreviation). On STS-B train (same sweep) 0.25 gives
 * 0.755 / 0.754; slope 1 gives 0.748 / 0.729, and the earlier default (`ln(1 + length)`,
 * stopwords 0.5) 0.728 / 0.711.
 */
export const DEFAULT_LENGTH_SLOPE = 0.25;

/** Longest term whose `ln(length)` is read from {@link LOG_OF_LENGTH} instead of computed. */
const LOG_TABLE_LENGTH = 64;

/** `Math.log(length)` for lengths 0–64, computed once (the same numbers, to the bit). */
const LOG_OF_LENGTH = Float64Array.from({ length: LOG_TABLE_LENGTH + 1 }, (_, length) =>
  Math.log(length),
);

/** A figure's term is its value written as a number ("53000", "2.8", "1e+21"): it starts with a digit. */
function isFigureTerm(term: string): boolean {
  const code = term.charCodeAt(0);
  return code >= 48 && code <= 57;
}

/**
 * Stand-in for IDF when no collection is at hand, a prior on shape alone: stopwords weigh
 * {@link DEFAULT_FUNCTION_WORD_WEIGHT}, figures {@link DEFAULT_FIGURE_WEIGHT}, other terms
 * `1 + DEFAULT_LENGTH_SLOPE · ln(length)` (a 3-letter stem 1.27, a 9-letter one 1.55).
 * Measured against real document frequencies on STS-B dev (`bench/sts-eval.ts --ecb`), Pearson
 * r overall / news: this prior 0.786 / 0.790; IDF over STS-B train 0.770 / 0.792; IDF over the
 * 8,369 ECB+ news sentences (CC BY, redistributable) 0.781 / 0.783. No table beats the prior,
 * so none is shipped.
 */
export function defaultTermWeight(term: string): number {
  if (isStopword(term)) return DEFAULT_FUNCTION_WORD_WEIGHT;
  if (isFigureTerm(term)) return DEFAULT_FIGURE_WEIGHT;
  const log = term.length <= LOG_TABLE_LENGTH ? LOG_OF_LENGTH[term.length]! : Math.log(term.length);
  return 1 + DEFAULT_LENGTH_SLOPE * log;
}

/** Stopword-, figure- and length-aware weights for comparing sentences without a collection. */
export const DEFAULT_TERM_WEIGHTS: TermWeights = Object.freeze({
  documentCount: 0,
  weight: defaultTermWeight,
});
