// Near-duplicate articles (syndicated wire copy, light rewrites) found from the alignment.
import type { CopyCluster } from '../analysis.js';
import { compareIds } from '../input/validate-articles.js';

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
  const parent = new Map<string, string>();
  const find = (id: string): string => {
    let root = id;
    while (parent.get(root) !== undefined && parent.get(root) !== root) root = parent.get(root)!;
    parent.set(id, root);
    return root;
  };
  const shares = new Map<string, number[]>();
  for (const { a, b, count } of [...shared.values()].sort((x, y) =>
    compareIds(`${x.a}\u0000${x.b}`, `${y.a}\u0000${y.b}`),
  )) {
    const shorter = Math.min(sentenceCounts.get(a) ?? 0, sentenceCounts.get(b) ?? 0);
    if (shorter === 0) continue;
    const share = count / shorter;
    if (!isCopyPair(share, count, shorter)) continue;
    const ra = find(a);
    const rb = find(b);
    const [low, high] = compareIds(ra, rb) <= 0 ? [ra, rb] : [rb, ra];
    parent.set(high, low);
    parent.set(low, low);
    const list = shares.get(`${a}\u0000${b}`) ?? [];
    list.push(share);
    shares.set(`${a}\u0000${b}`, list);
  }
  const clusters = new Map<string, string[]>();
  for (const id of parent.keys()) {
    const root = find(id);
    const members = clusters.get(root) ?? [];
    members.push(id);
    clusters.set(root, members);
  }
  return [...clusters.values()]
    .filter((ids) => ids.length > 1)
    .map((ids) => {
      const sorted = [...new Set(ids)].sort(compareIds);
      const values: number[] = [];
      for (let i = 0; i < sorted.length; i++) {
        for (let j = i + 1; j < sorted.length; j++) {
          values.push(...(shares.get(`${sorted[i]}\u0000${sorted[j]}`) ?? []));
        }
      }
      const similarity = values.length
        ? Math.round((values.reduce((s, v) => s + v, 0) / values.length) * 1000) / 1000
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

// A sentence repeated word for word in more articles than this is a stock line (a credit, a
// boilerplate description), not evidence that any two of them copy each other.
export const MAX_VERBATIM_SHARERS = 64;

// Sentences shorter than this many words ("Source: Reuters") say nothing about copying.
export const MIN_VERBATIM_WORDS = 6;

/**
 * Sentence pairs that are word for word the same (after folding case and spacing) in two
 * articles, found by hashing instead of comparison, so republished wire copy is caught however
 * many articles repeat a line. Score 1 for each pair; stock lines (see
 * {@link MAX_VERBATIM_SHARERS}) and short lines ({@link MIN_VERBATIM_WORDS}) are skipped.
 */
export function verbatimSentencePairs(
  articles: readonly { id: string; sentences: readonly { text: string }[] }[],
): ArticlePairScore[] {
  const sharers = new Map<string, Set<string>>();
  for (const article of articles) {
    for (const sentence of article.sentences) {
      const folded = sentence.text.toLowerCase().replace(/\s+/g, ' ').trim();
      if (folded.split(' ').length < MIN_VERBATIM_WORDS) continue;
      const set = sharers.get(folded) ?? new Set<string>();
      set.add(article.id);
      sharers.set(folded, set);
    }
  }
  const pairs: ArticlePairScore[] = [];
  for (const set of sharers.values()) {
    if (set.size < 2 || set.size > MAX_VERBATIM_SHARERS) continue;
    const ids = [...set].sort(compareIds);
    for (let i = 0; i < ids.length; i++) {
      for (let j = i + 1; j < ids.length; j++) pairs.push({ a: ids[i]!, b: ids[j]!, score: 1 });
    }
  }
  return pairs;
}
