// The only door to `natural`: its pure Porter stemmer and Jaro–Winkler modules, imported by
// deep path. The package root runs dotenv (prints, loads .env into process.env) and pulls
// ~870 modules, so it must never be imported anywhere in src/.

import jaroWinklerDistance from 'natural/lib/natural/distance/jaro-winkler_distance.js';
import porterStemmer from 'natural/lib/natural/stemmers/porter_stemmer.js';

/**
 * Longest input passed to natural's Porter stemmer. Its step regexes are quadratic on long
 * consonant runs (an 8,000-character run takes ~160 ms); no English word is near 40 letters.
 */
export const MAX_STEMMABLE_LENGTH = 40;

/**
 * Longest input passed to Jaro–Winkler, whose matching window makes it quadratic.
 * Person and place names are far shorter; longer strings are compared for equality only.
 */
export const MAX_JARO_WINKLER_LENGTH = 64;

/**
 * Porter stem of one lower-case word, straight from natural (uncached; use `stem` from
 * `stem.ts` in hot paths). Words longer than {@link MAX_STEMMABLE_LENGTH} come back unchanged.
 */
export function porterStem(word: string): string {
  if (word.length > MAX_STEMMABLE_LENGTH) return word;
  return porterStemmer.stem(word);
}

/**
 * Jaro–Winkler similarity in [0, 1] (1 = identical, case-sensitive), as computed by natural.
 * Strings longer than {@link MAX_JARO_WINKLER_LENGTH} score 1 when equal and 0 otherwise.
 */
export function jaroWinklerSimilarity(first: string, second: string): number {
  if (first === second) return 1;
  if (first.length > MAX_JARO_WINKLER_LENGTH || second.length > MAX_JARO_WINKLER_LENGTH) return 0;
  return jaroWinklerDistance(first, second);
}
