// Types for the two pure deep modules of `natural` that src/text/natural-adapter.ts imports.
// The package root is never imported: it runs dotenv, prints and loads ~870 modules.

declare module 'natural/lib/natural/stemmers/porter_stemmer.js' {
  /** natural's Porter stemmer singleton (CommonJS `module.exports`). */
  const PorterStemmer: {
    /** Lower-cases and stems one word; words shorter than 3 characters come back unchanged. */
    stem(token: string): string;
  };
  export default PorterStemmer;
}

declare module 'natural/lib/natural/distance/jaro-winkler_distance.js' {
  /**
   * Jaro–Winkler similarity in [0, 1] (1 = identical) despite natural's name "distance".
   * Quadratic in the string length: callers must bound their inputs.
   */
  function JaroWinklerDistance(
    first: string,
    second: string,
    options?: { ignoreCase?: boolean; dj?: number },
  ): number;
  export default JaroWinklerDistance;
}
