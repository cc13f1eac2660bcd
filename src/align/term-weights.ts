// How much a shared stem says about two sentences stating the same thing: rare stems
// ("takaichi", "busan") say a lot, common ones ("said", "trade") little. IDF over a collection
// of sentences when there is one; a length-based stand-in when there is not.
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
  const unseen = Math.log(documentCount + 1) + 1;
  return {
    documentCount,
    weight(term: string): number {
      const df = documentFrequency.get(term);
      return df === undefined ? unseen : Math.log((documentCount + 1) / (df + 1)) + 1;
    },
  };
}

/**
 * Weight of a stopword when no collection is at hand. Swept over 0.1–1 on MSRP with
 * `npx tsx bench/msrp-calibrate.ts`: accuracy is flat (74.1–74.6%, within fold noise), so
 * the middle value is kept: a stopword counts about a third as much as a 4-letter stem.
 */
export const DEFAULT_FUNCTION_WORD_WEIGHT = 0.5;

/**
 * Stand-in for IDF when no collection is at hand: stopwords weigh
 * {@link DEFAULT_FUNCTION_WORD_WEIGHT}; other terms weigh more the longer they are, because
 * longer words are rarer (Zipf's law of abbreviation): `ln(1 + length)`, so a 3-letter stem
 * weighs 1.39 and a 9-letter one 2.30.
 */
export function defaultTermWeight(term: string): number {
  return isStopword(term) ? DEFAULT_FUNCTION_WORD_WEIGHT : Math.log(1 + term.length);
}

/** Stopword- and length-aware weights for comparing sentences without a collection. */
export const DEFAULT_TERM_WEIGHTS: TermWeights = Object.freeze({
  documentCount: 0,
  weight: defaultTermWeight,
});
