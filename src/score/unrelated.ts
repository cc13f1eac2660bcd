// The `unrelated` outlier: an article most of whose content no other independent source
// reports — about another event, not wrong about this one.
import type { OutlierReason } from '../analysis.js';
import type { ArticleRelatedness } from './relatedness.js';

/**
 * Relatedness below which an article is about something else: the others report less than
 * this share of what the cluster's typical article has reported. Chosen on the ECB+ dev
 * trials (bench/eval-real.ts, full run, seed 12, siblings / same-event articles flagged at
 * k = 4; k = 6) as the value that flags most siblings while keeping same-event articles at or
 * under 2 %: 0.33 → 34 % / 0.3 %; 27 % / 0.0 %; 0.5 → 50 % / 0.5 %; 40 % / 1.1 %; 0.6 → 57 % /
 * 1.1 %; 47 % / 1.4 %; 0.65 → 57 % / 1.3 %; 48 % / 2.4 %. (Before relatedness took the
 * geometric mean of the two sides, drew short articles towards the typical one and counted
 * years as names, 0.33 was the equivalent point: 47 % / 0.8 %; 48 % / 1.7 %.)
 */
export const UNRELATED_RELATEDNESS = 0.6;

/**
 * Share of its sentences the others must mostly state for an article to be related whatever
 * its relatedness ("most of its content" is what the flag claims). With relatedness below 0.6,
 * 0.4 and 0.45 flag about as many ECB+ siblings (57 % / 47 % and 60 % / 48 % at k = 4 / 6);
 * 0.4 leaves alone the stale seed article, which is about the same trip from another angle
 * (37 of its 79 sentences shared; its relatedness is 0.34).
 */
export const UNRELATED_MAX_SENTENCE_SHARE = 0.4;

/**
 * Whether an article is unrelated to the cluster: its relatedness is below
 * {@link UNRELATED_RELATEDNESS} and fewer than {@link UNRELATED_MAX_SENTENCE_SHARE} of its
 * sentences are mostly stated by another independent source. An empty article is not judged.
 */
export function isUnrelated(measure: ArticleRelatedness): boolean {
  if (measure.sentencesMeasured === 0) return false;
  return (
    measure.relatedness < UNRELATED_RELATEDNESS &&
    measure.sentencesShared < UNRELATED_MAX_SENTENCE_SHARE * measure.sentencesMeasured
  );
}

/**
 * The reason a person reads: how many of its sentences and named things the others share,
 * and what it names that they do not.
 */
export function unrelatedReason(measure: ArticleRelatedness): OutlierReason {
  const instead =
    measure.unsharedNames.length > 0
      ? ` It names instead ${measure.unsharedNames.join(', ')}, which no other source names.`
      : '';
  return {
    kind: 'unrelated',
    message: `About something the other sources do not report: ${measure.sentencesShared} of its ${measure.sentencesMeasured} sentences and ${measure.namedShared} of the ${measure.named} people, places and figures it names are shared with another independent source (relatedness ${measure.relatedness.toFixed(2)} of a typical article).${instead} Its disagreements with the others are read as a different event, not as errors.`,
    evidence: [],
  };
}
