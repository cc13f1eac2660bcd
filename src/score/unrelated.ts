// The `unrelated` outlier: an article most of whose content no other independent source
// reports — about another event, not wrong about this one.
import type { OutlierReason } from '../analysis.js';
import type { ArticleRelatedness } from './relatedness.js';

/**
 * Relatedness below which an article is about something else: the others report less than
 * this share of what the cluster's typical article has reported. Chosen on the ECB+ dev
 * trials (bench/eval-real.ts, full run, k = 4 / k = 6) as the largest value that keeps
 * same-event articles flagged at or under 2 %: 0.33 → siblings 47 % / 48 %, same-event
 * 0.8 % / 1.7 %; 0.35 → 48 % / 48 %, 1.3 % / 2.1 %; 0.36 → 49 % / 48 %, 1.3 % / 2.2 %;
 * 0.40 → 54 % / 48 %, 1.6 % / 2.9 %.
 */
export const UNRELATED_RELATEDNESS = 0.33;

/**
 * Share of its sentences the others must mostly state for an article to be related whatever
 * its relatedness ("most of its content" is what the flag claims). 0.4 and 0.5 flag about as
 * many ECB+ siblings at k = 4 (52 % vs 57 %); 0.4 leaves alone the stale seed article, which is
 * about the same trip from another angle (38 of its 79 sentences shared).
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
