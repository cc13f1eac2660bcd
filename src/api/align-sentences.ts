// alignSentences(): the prepare and align stages on their own, for callers who want only the groups.
import { alignPrepared, readAlignOptions } from '../align/align-sentences.js';
import type { Alignment, AlignOptions } from '../align/types.js';
import { readOptions } from '../input/read-options.js';
import { type ArticleInput, validateArticles } from '../input/validate-articles.js';
import type { KnowledgeBase } from '../knowledge/knowledge-base.js';
import { readKnowledgeOption } from '../knowledge/office-holders.js';
import { prepareArticles } from '../pipeline/prepare.js';

/** The keys of {@link AlignSentencesOptions}; any other key is `INVALID_OPTION`. */
const ALIGN_SENTENCES_OPTION_KEYS = ['threshold', 'maxCandidatesPerSentence', 'knowledge'] as const;

/** Options of {@link alignSentences}: the alignment options, and the office table extraction reads. */
export interface AlignSentencesOptions extends AlignOptions {
  /**
   * The office-holder table whose roles the extract stage finds (offices are concepts the
   * alignment compares), as for `analyze`.
   * @default officeHolders
   */
  knowledge?: KnowledgeBase;
}

/**
 * Groups the sentences of several articles that state the same thing.
 *
 * Each sentence is reduced to concepts that survive rewording (`factConcepts`: stems folded
 * into synonym classes, the countries places and demonyms point to, places, figures,
 * organisation acronyms, each word counted once; `applyClaimConcepts`: the offices, event
 * participants, itineraries and people the extract stage found, a person's name counting as
 * that person only), weighted by inverse document frequency over the cluster.
 * Candidate pairs come from an inverted index, never from an all-pairs loop: each sentence
 * is indexed under its `INDEX_KEYS_PER_SENTENCE` most informative shared concepts; the
 * posting lists of its keys (long ones sampled evenly, at most `MAX_POSTINGS_SCANNED`
 * entries each) yield other-article sentences ranked by shared weight, and only the best
 * `maxCandidatesPerSentence` are scored (weighted Dice of concepts). With S sentences, k
 * keys, P scanned postings and C candidates the cost is O(S·k·P + S·C·L) for L concepts per
 * sentence — linear in the number of articles for a fixed story size.
 * A pair aligns when it reaches the threshold and is (nearly) each sentence's best match in
 * the other article, or clearly exceeds it. Pairs are merged greedily, best first, into
 * groups that hold at most one sentence per article; a sentence joins a group only if it
 * also matches the group's first member, which stops chains of loosely related sentences.
 *
 * @example
 * ```ts
 * const { groups, unaligned } = alignSentences([
 *   { id: 'a', text: 'Trump will meet Xi in Busan on Thursday.' },
 *   { id: 'b', text: 'On Thursday Trump is to meet Xi Jinping in Busan.' },
 * ]);
 * ```
 */
export function alignSentences(
  articles: readonly ArticleInput[],
  options: AlignSentencesOptions = {},
): Alignment {
  const normalized = validateArticles(articles);
  const { knowledge: given, ...alignment } = readOptions(
    options ?? undefined,
    ALIGN_SENTENCES_OPTION_KEYS,
    'options',
    'alignSentences',
  ) as AlignSentencesOptions;
  const settings = readAlignOptions(alignment);
  const knowledge = readKnowledgeOption(given);
  const prepared = prepareArticles(normalized, knowledge);
  return alignPrepared(
    prepared.map((article) => article.sentences),
    settings,
  );
}
