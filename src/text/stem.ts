// Memoised Porter stemming: news text repeats the same few thousand words, and natural's
// stemmer runs a dozen regex replacements per word.
import { MAX_STEMMABLE_LENGTH, porterStem } from './natural-adapter.js';

/**
 * Most distinct words kept in the stem cache before it is cleared. 50k distinct words covers
 * a large news collection (MSRP's 8,152 sentences have ~17k) while bounding memory to a few MB.
 */
export const STEM_CACHE_LIMIT = 50_000;

const cache = new Map<string, string>();

/** Only plain lower-case ASCII words go through Porter; it has no rules for anything else. */
const STEMMABLE = /^[a-z]+$/;

/**
 * Porter stem of a lower-case normalised word ("meetings" → "meet", "presidents" → "presid").
 * Words that are not plain lower-case ASCII letters (names in other scripts, "f-35", "5g")
 * come back unchanged. Results are memoised in a cache of at most {@link STEM_CACHE_LIMIT}
 * entries, cleared when full, so memory stays bounded on unbounded input.
 */
export function stem(word: string): string {
  // Over-long "words" are never stemmed; keeping them out of the cache bounds its memory too.
  if (word.length > MAX_STEMMABLE_LENGTH) return word;
  const cached = cache.get(word);
  if (cached !== undefined) return cached;
  const result = STEMMABLE.test(word) ? porterStem(word) : word;
  if (cache.size >= STEM_CACHE_LIMIT) cache.clear();
  cache.set(word, result);
  return result;
}

/** Number of words currently memoised (for tests and benchmarks). */
export function stemCacheSize(): number {
  return cache.size;
}

/** Empties the stem cache (for benchmarks that measure cold stemming). */
export function clearStemCache(): void {
  cache.clear();
}
