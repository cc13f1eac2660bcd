// Which articles of a cluster copy each other, from their sentences and the aligner's compared
// pairs, and what that makes of the cluster's independent sources.
import { sentenceBigrams } from '../align/sentence-profile.js';
import type { PreparedSentence } from '../align/types.js';
import type { CopyCluster } from '../analysis.js';
import type { NormalizedArticle } from '../input/validate-articles.js';
import { Work } from '../progress.js';
import { type BigramProfile, diceCoefficient } from '../text/bigrams.js';
import {
  findCopyClusters,
  independenceWeights,
  isBoilerplateSentence,
  storySentenceCount,
  verbatimSentencePairs,
} from './copy-clusters.js';
import { MIN_CONSENSUS_SOURCES } from './judge.js';

/** The copy clusters of a cluster and what follows from them for the consensus. */
export interface ClusterSources {
  copies: CopyCluster[];
  /** Evidence weight of each article: 1 / its copy cluster's size. */
  weights: Map<string, number>;
  /** Article id → its copy cluster's first id (articles in no cluster are absent). */
  clusterOf: Map<string, string>;
  /** Independent sources with at least one sentence (copy clusters counted once). */
  independentSources: number;
  /** Whether there are {@link MIN_CONSENSUS_SOURCES} independent sources. */
  consensusPossible: boolean;
}

/** Progress is reported (and the signal checked) once per 4,096 compared pairs. */
const PAIRS_PER_TICK_MASK = 4095;

/**
 * Finds the copy clusters of a cluster. Copying is judged on the wording itself
 * (character-bigram Dice), not on the concepts the alignment matches: two reporters can state
 * the same facts in the same order without copying. Word-for-word repeats come from hashing
 * (they need not be anyone's best match); near repeats (a word changed) from the aligner's
 * compared pairs (`pairs`, indexes into `sentences`), skipping the identical ones counted
 * already. An article with no sentences says nothing: it is no source at all.
 */
export function findClusterSources(
  articles: readonly NormalizedArticle[],
  prepared: readonly (readonly PreparedSentence[])[],
  pairs: readonly { a: number; b: number }[],
  sentences: readonly PreparedSentence[],
  work: Work = Work.none,
): ClusterSources {
  const ids = articles.map((article) => article.id);
  // Boilerplate (credits, footers) neither counts as copied nor towards an article's length.
  const sentenceCounts = new Map(
    ids.map((id, index) => [id, storySentenceCount(prepared[index]!)]),
  );
  const bigramsOf = new Map<number, BigramProfile>();
  const bigrams = (index: number): BigramProfile => {
    let profile = bigramsOf.get(index);
    if (!profile) {
      profile = sentenceBigrams(sentences[index]!.text);
      bigramsOf.set(index, profile);
    }
    return profile;
  };
  // Hundreds of thousands of pairs share a few tens of thousands of sentences: each sentence's
  // lower-cased text and boilerplate verdict are computed once, not once per pair.
  const lowered = new Map<number, string>();
  const lowerOf = (index: number): string => {
    let text = lowered.get(index);
    if (text === undefined) {
      text = sentences[index]!.text.toLowerCase();
      lowered.set(index, text);
    }
    return text;
  };
  const boilerplate = new Map<number, boolean>();
  const isBoilerplate = (index: number): boolean => {
    let verdict = boilerplate.get(index);
    if (verdict === undefined) {
      verdict = isBoilerplateSentence(sentences[index]!.text);
      boilerplate.set(index, verdict);
    }
    return verdict;
  };
  // The caller's `copies` stage: the compared pairs are most of its work.
  const nearVerbatim = pairs
    .filter((edge, index) => {
      // The compared pairs are most of the copy clusters' work: the first 70 % of the stage.
      if ((index & PAIRS_PER_TICK_MASK) === 0) work.tickShare(index * 0.7, pairs.length);
      return lowerOf(edge.a) !== lowerOf(edge.b) && !isBoilerplate(edge.a);
    })
    .map((edge) => ({
      a: sentences[edge.a]!.articleId,
      b: sentences[edge.b]!.articleId,
      score: diceCoefficient(bigrams(edge.a), bigrams(edge.b)),
    }));
  const verbatim = verbatimSentencePairs(
    articles.map((article, index) => ({ id: article.id, sentences: prepared[index]! })),
  );
  const copies = findCopyClusters([...verbatim, ...nearVerbatim], sentenceCounts);
  const weights = independenceWeights(ids, copies);
  const clusterOf = new Map<string, string>();
  for (const copy of copies) for (const id of copy.ids) clusterOf.set(id, copy.ids[0]!);
  const independentSources = new Set(
    ids.filter((_, index) => prepared[index]!.length > 0).map((id) => clusterOf.get(id) ?? id),
  ).size;
  return {
    copies,
    weights,
    clusterOf,
    independentSources,
    consensusPossible: independentSources >= MIN_CONSENSUS_SOURCES,
  };
}
