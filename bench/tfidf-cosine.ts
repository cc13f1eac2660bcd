// The plain TF-IDF baseline both sentence-similarity benches compare against
// (bench/sts-eval.ts on STS-B, bench/msrp-calibrate.ts on MSRP).
import type { SentenceProfile } from '../src/align/sentence-profile.js';
import type { TermWeights } from '../src/align/term-weights.js';

/** Classic TF-IDF cosine over content stems (the published knowledge-light baseline). */
export function tfidfCosine(a: SentenceProfile, b: SentenceProfile, weights: TermWeights): number {
  const vector = (p: SentenceProfile) =>
    new Map(p.terms.map((term, i) => [term, p.termCounts[i]! * weights.weight(term)]));
  const x = vector(a);
  const y = vector(b);
  let dot = 0;
  let nx = 0;
  let ny = 0;
  for (const [term, value] of x) {
    nx += value * value;
    dot += value * (y.get(term) ?? 0);
  }
  for (const value of y.values()) ny += value * value;
  return nx === 0 || ny === 0 ? 0 : dot / Math.sqrt(nx * ny);
}
