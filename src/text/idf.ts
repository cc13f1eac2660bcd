// The one inverse-document-frequency formula of the library (sentence weights, fact concepts,
// the corpus index all weigh a term by it).

/**
 * Smoothed IDF, `ln((N + 1) / (df + 1)) + 1`, of a term found in `documentFrequency` of
 * `documentCount` documents: never zero (a term in every document still weighs 1), finite
 * for an unseen term (`documentFrequency` 0).
 */
export function smoothedIdf(documentCount: number, documentFrequency: number): number {
  return Math.log((documentCount + 1) / (documentFrequency + 1)) + 1;
}
