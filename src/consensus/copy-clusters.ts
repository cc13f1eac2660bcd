// Near-duplicate articles (syndicated wire copy, light rewrites) found from the alignment.
import type { CopyCluster } from '../analysis.js';
import { compareIds } from '../input/validate-articles.js';
import { idUnionFind } from './id-union-find.js';

// Character-bigram Dice from which two aligned sentences are copy, not independent reporting
// of one fact. On the fixture stories reworded coverage of one event stays below 0.75, and a
// sentence rewritten around other names ("Chancellor Scholz … in Paris" for "Chancellor Merz
// … in Berlin") near 0.8, while wire copy republished with a word changed stays above 0.9.
export const NEAR_VERBATIM_SCORE = 0.9;

// Two articles are copies when near-verbatim sentences make up this share of the shorter one.
// Independent articles on one story share a handful of quotes verbatim, never half their text.
export const COPY_SHARE = 0.5;

/** Two sentences of different articles and how well they match. */
export interface ArticlePairScore {
  /** Article ids, `a` before `b` in code-unit order. */
  a: string;
  b: string;
  score: number;
}

/**
 * Finds clusters of articles that copy each other: pairs whose near-verbatim matching
 * sentences (pair score ≥ {@link NEAR_VERBATIM_SCORE}) cover at least {@link COPY_SHARE}
 * of the shorter article, closed transitively. Costs O(sentence pairs given).
 *
 * @param sentencePairs every compared sentence pair at or above the alignment threshold.
 * @param sentenceCounts sentences per article id (the denominator of the share).
 */
export function findCopyClusters(
  sentencePairs: Iterable<ArticlePairScore>,
  sentenceCounts: ReadonlyMap<string, number>,
): CopyCluster[] {
  const shared = new Map<string, { a: string; b: string; count: number; scoreSum: number }>();
  for (const pair of sentencePairs) {
    if (pair.score < NEAR_VERBATIM_SCORE || pair.a === pair.b) continue;
    const [a, b] = compareIds(pair.a, pair.b) < 0 ? [pair.a, pair.b] : [pair.b, pair.a];
    const key = `${a}\u0000${b}`;
    const entry = shared.get(key) ?? { a, b, count: 0, scoreSum: 0 };
    entry.count++;
    entry.scoreSum += pair.score;
    shared.set(key, entry);
  }
  const sets = idUnionFind();
  const accepted: { a: string; share: number }[] = [];
  for (const { a, b, count } of [...shared.values()].sort((x, y) =>
    compareIds(`${x.a}\u0000${x.b}`, `${y.a}\u0000${y.b}`),
  )) {
    const shorter = Math.min(sentenceCounts.get(a) ?? 0, sentenceCounts.get(b) ?? 0);
    if (shorter === 0) continue;
    const share = Math.min(1, count / shorter);
    if (!isCopyPair(share, count, shorter)) continue;
    sets.union(a, b);
    accepted.push({ a, share });
  }
  const clusters = new Map<string, { ids: string[]; shares: number[] }>();
  for (const id of sets.ids()) {
    const root = sets.find(id);
    const cluster = clusters.get(root) ?? { ids: [], shares: [] };
    cluster.ids.push(id);
    clusters.set(root, cluster);
  }
  // Mean share of the copy pairs that joined each cluster, in pair order (deterministic sums).
  for (const { a, share } of accepted) clusters.get(sets.find(a))!.shares.push(share);
  return [...clusters.values()]
    .filter((cluster) => cluster.ids.length > 1)
    .map(({ ids, shares }) => {
      const sorted = [...new Set(ids)].sort(compareIds);
      const similarity = shares.length
        ? Math.round((shares.reduce((sum, v) => sum + v, 0) / shares.length) * 1000) / 1000
        : 0;
      return { ids: sorted, similarity };
    })
    .sort((x, y) => compareIds(x.ids[0]!, y.ids[0]!));
}

// Copying is only told apart from coincidence over several sentences: two three-line reports
// of one press conference can share two nearly identical sentences without one copying the
// other. Wire copy shares dozens.
export const MIN_COPIED_SENTENCES = 3;

/**
 * Whether two articles are copies: near-verbatim sentences making up at least
 * {@link COPY_SHARE} of the shorter article, and at least {@link MIN_COPIED_SENTENCES} of
 * them — or, for an article shorter than that, all of its sentences.
 */
export function isCopyPair(share: number, copiedSentences: number, shorterLength: number): boolean {
  return share >= COPY_SHARE && copiedSentences >= Math.min(MIN_COPIED_SENTENCES, shorterLength);
}

/**
 * The evidence weight of each article: 1 / (size of its copy cluster), so that a
 * cluster of copies casts one vote in total however many times it was republished.
 */
export function independenceWeights(
  articleIds: readonly string[],
  clusters: readonly CopyCluster[],
): Map<string, number> {
  const weights = new Map(articleIds.map((id) => [id, 1]));
  for (const cluster of clusters) {
    for (const id of cluster.ids) weights.set(id, 1 / cluster.ids.length);
  }
  return weights;
}

// Sentences shorter than this many words ("Source: Reuters") say nothing about copying.
export const MIN_VERBATIM_WORDS = 6;

/**
 * How many neighbours (in article-id order) each article is paired with, as a candidate copy,
 * among the articles that repeat one sentence word for word. Pairing every sharer with every
 * other is quadratic (a story republished 1,000 times has 500,000 pairs per sentence); pairing
 * each with the next few keeps it linear, and a copy is a neighbour of its source in the sharer
 * list of some sentence only they (and other copies) carry. Candidates are then recounted over
 * all the sentences they share. On the synthetic corpus's planted copies (1,000 articles, seed
 * 1; bench/BENCHMARKS.md "Copy detection at scale") 4 finds 156 of 180 copy pairs with no false
 * pair; without the recount 4 found 26, 16 found 75 and 64 found 157.
 */
export const VERBATIM_NEIGHBOURS = 4;

// Credits, rights notices, subscription and social footers, photo credits, datelines of
// agencies: lines every article of an outlet (or of a wire) carries whatever the story.
// Every run is bounded ({0,80}), so no pattern backtracks over a whole hostile sentence.
const BOILERPLATE_PATTERNS: readonly RegExp[] = [
  /^\(?\s*(additional )?(reporting|writing|editing|compiled|contributing|research|translation|translated|graphics?|production|produced|fact[- ]checking) by\b/i,
  /\b(reporting|editing|writing) by [A-Z][^;.]{0,80}[;,] (additional )?(editing|reporting|writing) by\b/i,
  /\ball rights reserved\b/i,
  /^(copyright|©|\(c\))\s/i,
  /\bmay not be (published|broadcast|rewritten|redistributed|reproduced)\b/i,
  /\b(sign up|subscribe|register)\b.{0,40}\b(newsletter|newsletters|updates|alerts|briefing|daily email)\b/i,
  /\bfollow (us|[A-Z][\w.]{0,30} [A-Z][\w.]{0,30}) on (twitter|x|facebook|instagram|linkedin|bluesky|threads)\b/i,
  /^(photo|photograph|image|picture|video|file photo)s?( credit)?\s*[:(/|-]/i,
  /\((photo|image|picture|file photo)s?\b[^)]{0,120}\)\s*$/i,
  /\b(getty images|shutterstock|ap photo|afp photo|reuters\/[A-Z]|epa-efe|photo by|photo credit|pictured above)\b/i,
  /\b(our standards|trust principles|editorial guidelines)\b/i,
  /^(read more|related|see also|more on this story|watch|listen)\s*:/i,
  /\b(click here|tap here|download (our|the) app)\b/i,
  /\bthis (article|story|report) (was|has been) (produced|written|updated|corrected|amended|published)\b/i,
];

/**
 * Whether a sentence is boilerplate: a credit ("Reporting by …; Editing by …"), a rights
 * notice ("All rights reserved"), a newsletter or social footer, a photo credit or a note on
 * how the article was produced. Such lines repeat across every article of an outlet or wire
 * whatever the story, so they say nothing about whether one article copies another's story;
 * they are told apart by what they say, not by how many articles repeat them.
 */
export function isBoilerplateSentence(text: string): boolean {
  const trimmed = text.trim();
  return BOILERPLATE_PATTERNS.some((pattern) => pattern.test(trimmed));
}

/** Sentences of an article that count towards copying: all but boilerplate (at least 1 when there are any). */
export function storySentenceCount(sentences: readonly { text: string }[]): number {
  let count = 0;
  for (const sentence of sentences) if (!isBoilerplateSentence(sentence.text)) count++;
  return count === 0 ? sentences.length : count;
}

/**
 * What a sentence is compared on for word-for-word copying: its text with case and spacing
 * folded, or null for a sentence that says nothing about copying (shorter than
 * {@link MIN_VERBATIM_WORDS} words, or boilerplate).
 */
export function verbatimKey(text: string): string | null {
  const folded = text.toLowerCase().replace(/\s+/g, ' ').trim();
  if (folded.split(' ').length < MIN_VERBATIM_WORDS) return null;
  if (isBoilerplateSentence(text)) return null;
  return folded;
}

/**
 * Sentence pairs that are word for word the same (after folding case and spacing) in two
 * articles, found by hashing instead of comparison, so republished wire copy is caught however
 * many articles repeat a line. Two steps keep the cost linear: candidate article pairs are each
 * article and its next {@link VERBATIM_NEIGHBOURS} sharers (in id order) of every repeated
 * sentence; then each candidate pair gets one entry (score 1) per sentence the two share — the
 * exact count, not just the sentences where they happened to be neighbours. Boilerplate
 * ({@link isBoilerplateSentence}) and short lines ({@link MIN_VERBATIM_WORDS}) are skipped.
 */
export function verbatimSentencePairs(
  articles: readonly { id: string; sentences: readonly { text: string }[] }[],
): ArticlePairScore[] {
  const sentenceIds = new Map<string, number>();
  const sharers: string[][] = [];
  const sentencesOf = new Map<string, number[]>();
  for (const article of articles) {
    const own = new Set<number>();
    for (const sentence of article.sentences) {
      const folded = verbatimKey(sentence.text);
      if (folded === null) continue;
      let id = sentenceIds.get(folded);
      if (id === undefined) {
        id = sharers.length;
        sentenceIds.set(folded, id);
        sharers.push([]);
      }
      if (own.has(id)) continue;
      own.add(id);
      sharers[id]!.push(article.id);
    }
    sentencesOf.set(article.id, [...own]);
  }
  const candidates = new Map<string, [string, string]>();
  for (const ids of sharers) {
    if (ids.length < 2) continue;
    ids.sort(compareIds);
    for (let i = 0; i < ids.length; i++) {
      const last = Math.min(ids.length, i + 1 + VERBATIM_NEIGHBOURS);
      for (let j = i + 1; j < last; j++)
        candidates.set(`${ids[i]}\u0000${ids[j]}`, [ids[i]!, ids[j]!]);
    }
  }
  const repeated = new Map<string, Set<number>>();
  const repeatedOf = (id: string): Set<number> => {
    let set = repeated.get(id);
    if (set === undefined) {
      set = new Set(sentencesOf.get(id)!.filter((sentence) => sharers[sentence]!.length > 1));
      repeated.set(id, set);
    }
    return set;
  };
  const pairs: ArticlePairScore[] = [];
  for (const key of [...candidates.keys()].sort(compareIds)) {
    const [a, b] = candidates.get(key)!;
    const [small, large] = [repeatedOf(a), repeatedOf(b)].sort((x, y) => x.size - y.size);
    for (const sentence of small!) if (large!.has(sentence)) pairs.push({ a, b, score: 1 });
  }
  return pairs;
}
