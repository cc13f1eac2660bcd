// Cross-article sentence alignment: candidate pairs from an inverted index, greedy grouping.
import { CorroborateError, describeType } from '../errors.js';
import { compareIds, validateArticles } from '../input/validate-articles.js';
import type { NormalizedArticle } from '../input/validate-articles.js';
import { splitSentences } from '../text/split-sentences.js';
import type { SentenceSpan } from '../text/types.js';
import { SAME_SENTENCE_THRESHOLD, compareProfiles } from './compare-sentences.js';
import { type SentenceProfile, profileSentence } from './sentence-profile.js';
import { type TermWeights, buildTermWeights } from './term-weights.js';

/** A sentence of one article, as it appears in alignment results. */
export interface AlignedSentence {
  articleId: string;
  /** Position of the sentence in its article (0-based), as `splitSentences` numbers them. */
  sentenceIndex: number;
  text: string;
  /** Offsets into the article's original text. */
  start: number;
  end: number;
}

/** The score of one compared pair inside a group (indexes into `members`). */
export interface AlignedPair {
  a: number;
  b: number;
  score: number;
}

/** Sentences from different articles that state the same thing. */
export interface AlignmentGroup {
  /** Stable id within one result: `g1`, `g2`… in order of the first member. */
  id: string;
  /** At least two members, from distinct articles, sorted by article id. */
  members: AlignedSentence[];
  /** Every compared pair inside the group that reached the threshold, best first. */
  pairs: AlignedPair[];
  /** Mean of `pairs[].score`. */
  score: number;
}

/** What `alignSentences` returns. Every sentence of every article is in exactly one place. */
export interface Alignment {
  groups: AlignmentGroup[];
  /** Sentences that no other article states; sorted by article id, then position. */
  unaligned: AlignedSentence[];
  /** Sizes that show the work done (for benchmarks and sanity checks). */
  stats: { articles: number; sentences: number; candidatePairs: number; comparedPairs: number };
}

/** Options of {@link alignSentences}. */
export interface AlignOptions {
  /**
   * Pair score from which two sentences count as stating the same thing.
   * @default SAME_SENTENCE_THRESHOLD (calibrated on MSRP, see bench/BENCHMARKS.md)
   */
  threshold?: number;
  /**
   * Most candidates compared per sentence (the best by shared informative terms).
   * Bounds the cost on corpora where thousands of articles repeat one sentence.
   * @default 24
   */
  maxCandidatesPerSentence?: number;
}

/** A sentence prepared once for every comparison it takes part in. */
export interface PreparedSentence extends AlignedSentence {
  profile: SentenceProfile;
}

// Informative terms a sentence is indexed under: its rarest stems, names and numbers.
// Six keys made recall on the fixture story saturate; more only added candidates.
const INDEX_KEYS_PER_SENTENCE = 6;
// A posting list is scanned up to this many entries: a term in more sentences than this says
// little about which ones match, and scanning it fully would make the index quadratic.
const MAX_POSTINGS_SCANNED = 400;
const DEFAULT_MAX_CANDIDATES = 24;

/**
 * Splits and profiles every article. Sentence order follows the text; articles are
 * expected sorted by id (as `validateArticles` returns them).
 */
export function prepareSentences(articles: readonly NormalizedArticle[]): PreparedSentence[][] {
  return articles.map((article) =>
    splitSentences(article.text).map((span: SentenceSpan, sentenceIndex: number) => ({
      articleId: article.id,
      sentenceIndex,
      text: span.text,
      start: span.start,
      end: span.end,
      profile: profileSentence(span.text),
    })),
  );
}

/**
 * Groups the sentences of several articles that state the same thing.
 *
 * Candidate pairs come from an inverted index, never from an all-pairs loop:
 * each sentence is indexed under its `INDEX_KEYS_PER_SENTENCE` most informative
 * terms (highest weight: rare stems, names, numbers); for each sentence the
 * posting lists of its keys (each scanned up to `MAX_POSTINGS_SCANNED` entries)
 * yield other-article sentences ranked by shared key weight, and only the best
 * `maxCandidatesPerSentence` are scored with `compareProfiles`. With S sentences,
 * k keys, P scanned postings and C candidates the cost is O(S·k·P + S·C·L) for
 * sentence length L — linear in the number of articles for a fixed story size.
 * Pairs at or above the threshold are merged greedily, best first, into groups
 * that hold at most one sentence per article; two groups merge only if their
 * first members also match, which stops chains of loosely related sentences.
 *
 * @example
 * ```ts
 * const { groups, unaligned } = alignSentences([
 *   { id: 'a', text: 'Trump will meet Xi in Busan on Thursday.' },
 *   { id: 'b', text: 'On Thursday Trump is to meet Xi Jinping in Busan.' },
 * ]);
 * ```
 */
export function alignSentences(articles: unknown, options: AlignOptions = {}): Alignment {
  const normalized = validateArticles(articles);
  const settings = readAlignOptions(options);
  const prepared = prepareSentences(normalized);
  return alignPrepared(prepared, settings);
}

/** Validated alignment settings. */
export interface AlignSettings {
  threshold: number;
  maxCandidatesPerSentence: number;
}

/** Checks {@link AlignOptions} and fills defaults. */
export function readAlignOptions(options: unknown): AlignSettings {
  if (options === undefined || options === null) options = {};
  if (typeof options !== 'object' || Array.isArray(options)) {
    throw new CorroborateError(
      'INVALID_OPTION',
      `options must be an object, but it is ${describeType(options)}.`,
    );
  }
  const { threshold = SAME_SENTENCE_THRESHOLD, maxCandidatesPerSentence = DEFAULT_MAX_CANDIDATES } =
    options as AlignOptions;
  if (typeof threshold !== 'number' || !(threshold > 0 && threshold <= 1)) {
    throw new CorroborateError(
      'INVALID_OPTION',
      `options.threshold must be a number in (0, 1], but it is ${String(threshold)}.`,
      { field: 'threshold' },
    );
  }
  if (!Number.isInteger(maxCandidatesPerSentence) || maxCandidatesPerSentence < 1) {
    throw new CorroborateError(
      'INVALID_OPTION',
      `options.maxCandidatesPerSentence must be a positive integer, but it is ${String(maxCandidatesPerSentence)}.`,
      { field: 'maxCandidatesPerSentence' },
    );
  }
  return { threshold, maxCandidatesPerSentence };
}

/** Aligns already prepared sentences (one array per article, articles sorted by id). */
export function alignPrepared(
  prepared: readonly (readonly PreparedSentence[])[],
  settings: AlignSettings,
  weights: TermWeights = buildTermWeights(prepared.flat().map((s) => s.profile)),
): Alignment {
  const sentences = prepared.flat();
  const articleOf = new Int32Array(sentences.length);
  {
    let index = 0;
    prepared.forEach((article, articleIndex) => {
      for (let i = 0; i < article.length; i++) articleOf[index++] = articleIndex;
    });
  }
  const keys = sentences.map((sentence) => indexKeys(sentence.profile, weights));
  const postings = new Map<string, number[]>();
  keys.forEach((sentenceKeys, index) => {
    for (const { term } of sentenceKeys) {
      const list = postings.get(term);
      if (list) list.push(index);
      else postings.set(term, [index]);
    }
  });

  let candidatePairs = 0;
  const edges: Edge[] = [];
  const compared = new Set<number>();
  const accumulator = new Map<number, number>();
  for (let index = 0; index < sentences.length; index++) {
    accumulator.clear();
    for (const { term, weight } of keys[index]!) {
      const list = postings.get(term)!;
      const limit = Math.min(list.length, MAX_POSTINGS_SCANNED);
      for (let p = 0; p < limit; p++) {
        const other = list[p]!;
        if (articleOf[other] === articleOf[index]) continue;
        accumulator.set(other, (accumulator.get(other) ?? 0) + weight);
      }
    }
    candidatePairs += accumulator.size;
    const ranked = [...accumulator].sort((x, y) => y[1] - x[1] || x[0] - y[0]);
    const limit = Math.min(ranked.length, settings.maxCandidatesPerSentence);
    for (let c = 0; c < limit; c++) {
      const other = ranked[c]![0];
      const low = Math.min(index, other);
      const high = Math.max(index, other);
      const pairKey = low * sentences.length + high;
      if (compared.has(pairKey)) continue;
      compared.add(pairKey);
      const comparison = compareProfiles(sentences[low]!.profile, sentences[high]!.profile, weights);
      if (comparison.score >= settings.threshold) edges.push({ a: low, b: high, score: comparison.score });
    }
  }

  const groups = mergeGroups(sentences, articleOf, edges, weights, settings.threshold);
  return buildAlignment(sentences, groups, {
    articles: prepared.length,
    sentences: sentences.length,
    candidatePairs,
    comparedPairs: compared.size,
  });
}

interface Edge {
  a: number;
  b: number;
  score: number;
}

interface IndexKey {
  term: string;
  weight: number;
}

/** The most informative terms of a sentence: rarest stems first, names and numbers boosted. */
function indexKeys(profile: SentenceProfile, weights: TermWeights): IndexKey[] {
  const terms = new Map<string, number>();
  for (const term of profile.terms) terms.set(`s:${term}`, weights.weight(term));
  // Names and figures pin down what a sentence is about better than any common word.
  for (const name of profile.names) terms.set(`n:${name.key}`, weights.weight(name.key) + 1);
  for (const number of profile.numbers) terms.set(`#:${number.unit}:${number.value}`, 2);
  return [...terms]
    .map(([term, weight]) => ({ term, weight }))
    .sort((x, y) => y.weight - x.weight || (x.term < y.term ? -1 : x.term > y.term ? 1 : 0))
    .slice(0, INDEX_KEYS_PER_SENTENCE);
}

/** Greedy best-first merging under the one-sentence-per-article rule. */
function mergeGroups(
  sentences: readonly PreparedSentence[],
  articleOf: Int32Array,
  edges: Edge[],
  weights: TermWeights,
  threshold: number,
): { members: number[]; pairs: Edge[] }[] {
  edges.sort((x, y) => y.score - x.score || x.a - y.a || x.b - y.b);
  const groupOf = new Int32Array(sentences.length).fill(-1);
  const groups: { members: number[]; articles: Set<number>; pairs: Edge[]; alive: boolean }[] = [];
  for (const edge of edges) {
    const ga = groupOf[edge.a]!;
    const gb = groupOf[edge.b]!;
    if (ga === -1 && gb === -1) {
      groupOf[edge.a] = groupOf[edge.b] = groups.length;
      groups.push({
        members: [edge.a, edge.b],
        articles: new Set([articleOf[edge.a]!, articleOf[edge.b]!]),
        pairs: [edge],
        alive: true,
      });
      continue;
    }
    if (ga === gb) {
      groups[ga]!.pairs.push(edge);
      continue;
    }
    if (ga !== -1 && gb !== -1) {
      const left = groups[ga]!;
      const right = groups[gb]!;
      if ([...right.articles].some((article) => left.articles.has(article))) continue;
      if (!representativesMatch(sentences, left.members[0]!, right.members[0]!, weights, threshold))
        continue;
      for (const member of right.members) {
        groupOf[member] = ga;
        left.members.push(member);
      }
      for (const article of right.articles) left.articles.add(article);
      left.pairs.push(...right.pairs, edge);
      right.alive = false;
      continue;
    }
    const [groupIndex, loose] = ga === -1 ? [gb, edge.a] : [ga, edge.b];
    const group = groups[groupIndex]!;
    if (group.articles.has(articleOf[loose]!)) continue;
    if (!representativesMatch(sentences, group.members[0]!, loose, weights, threshold)) continue;
    groupOf[loose] = groupIndex;
    group.members.push(loose);
    group.articles.add(articleOf[loose]!);
    group.pairs.push(edge);
  }
  return groups.filter((group) => group.alive);
}

// A joining sentence must also match the group's founding sentence (not just its best
// neighbour); this is what keeps "Trump meets Xi" from chaining into "Xi meets Putin".
function representativesMatch(
  sentences: readonly PreparedSentence[],
  a: number,
  b: number,
  weights: TermWeights,
  threshold: number,
): boolean {
  return compareProfiles(sentences[a]!.profile, sentences[b]!.profile, weights).score >= threshold * REPRESENTATIVE_SLACK;
}

// The founding-sentence check is looser than the pair threshold: paraphrase is not transitive,
// and a member two paraphrase steps away scores lower against the founder.
const REPRESENTATIVE_SLACK = 0.8;

function buildAlignment(
  sentences: readonly PreparedSentence[],
  rawGroups: { members: number[]; pairs: Edge[] }[],
  stats: Alignment['stats'],
): Alignment {
  const inGroup = new Uint8Array(sentences.length);
  const strip = (index: number): AlignedSentence => {
    const { articleId, sentenceIndex, text, start, end } = sentences[index]!;
    return { articleId, sentenceIndex, text, start, end };
  };
  const sortedGroups = rawGroups.map((group) => {
    const members = [...group.members].sort(
      (x, y) => compareIds(sentences[x]!.articleId, sentences[y]!.articleId) || x - y,
    );
    for (const member of members) inGroup[member] = 1;
    const position = new Map(members.map((member, i) => [member, i]));
    const pairs = group.pairs
      .map((edge) => {
        const a = position.get(edge.a)!;
        const b = position.get(edge.b)!;
        return { a: Math.min(a, b), b: Math.max(a, b), score: round(edge.score) };
      })
      .sort((x, y) => y.score - x.score || x.a - y.a || x.b - y.b);
    const score = round(pairs.reduce((sum, pair) => sum + pair.score, 0) / pairs.length);
    return { first: members[0]!, members: members.map(strip), pairs, score };
  });
  // Sentence indexes are global in article-id order, so ordering by the first member is stable.
  sortedGroups.sort((x, y) => x.first - y.first);
  const groups = sortedGroups.map((group, i) => ({
    id: `g${i + 1}`,
    members: group.members,
    pairs: group.pairs,
    score: group.score,
  }));
  const unaligned: AlignedSentence[] = [];
  for (let index = 0; index < sentences.length; index++) {
    if (!inGroup[index]) unaligned.push(strip(index));
  }
  return { groups, unaligned, stats };
}

function round(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}
