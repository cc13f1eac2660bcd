// One article as the corpus keeps it, and the small readings of it that scoring and copy
// detection take.
import type { PreparedSentence } from '../align/types.js';
import type { ClaimContext, ClaimSource } from '../consensus/article-claims.js';
import type { Claim } from '../consensus/claims.js';
import type { CopyMember, CopyProfile } from '../consensus/copy-index.js';
import type { DateMention } from '../extract/date-types.js';
import type { ArticleExtraction } from '../extract/extract-cluster.js';
import type { ArticleInput, NormalizedArticle } from '../input/validate-articles.js';
import type { CheckedRoleMention } from '../knowledge/stale-figures.js';
import { splitSentences } from '../text/split-sentences.js';
import type { CorpusScore } from './types.js';

/** One article of a corpus, prepared once when it is added. */
export interface Entry {
  article: NormalizedArticle;
  /** Keys of the people the article names (bylines left out, each once), for corpus-wide name resolution. */
  personKeys: string[];
  input: ArticleInput;
  /** Why the article is not analysed (not in English, see `detectLanguage`); null when it is. */
  notAnalysable: string | null;
  sentences: PreparedSentence[];
  extraction: ArticleExtraction;
  /** Its role mentions judged on its own reference date (see `Corpus.score` for the limits). */
  checked: CheckedRoleMention[];
  ownDate: DateMention[];
  /** What copy detection reads of its sentences (null when it is not analysed). */
  copy: CopyProfile | null;
  /**
   * Its claims as last built, with what they read of the cluster around them (see
   * `claimInputs`): rebuilt only when that changes.
   */
  claims?: { context: string; claims: Claim[] };
}

/** The score of an article that is not analysed (see `detectLanguage`): neutral, with the reason. */
export function notAnalysableScore(entry: Entry, reason: string): CorpusScore {
  return {
    id: entry.article.id,
    score: 0.5,
    counts: { corroborated: 0, contradicted: 0, uncorroborated: 0, unchecked: 0 },
    referenceDate: { date: null, rule: 'none', reason: `not analysed: ${reason}` },
    staleFigures: [],
    contradictions: [],
    supportingArticles: [],
    contradictingArticles: [],
    matches: splitSentences(entry.article.text).map((sentence, sentenceIndex) => ({
      sentenceIndex,
      text: sentence.text,
      start: sentence.start,
      end: sentence.end,
      matches: [],
    })),
    notAnalysable: reason,
  };
}

/** An analysed article as copy detection reads it. */
export function copyMember(entry: Entry): CopyMember {
  return { id: entry.article.id, ...entry.copy! };
}

/** An article as the claim builders read it, with its role mentions judged as given. */
export function claimSource(entry: Entry, checked: readonly CheckedRoleMention[]): ClaimSource {
  return {
    input: { articleId: entry.article.id, text: entry.article.text, sentences: entry.sentences },
    extraction: entry.extraction,
    checked,
  };
}

/**
 * What an article's claims read of its cluster (see `claimContext`), as a string to compare:
 * whether each participant of its placed event slots is a protagonist and the name written for
 * them, and the countries listed as stops when it names any stop (`countries`, serialised once
 * per cluster). Its role-holder claims read nothing of the cluster.
 */
export function claimInputs(
  extraction: ArticleExtraction,
  context: ClaimContext,
  countries: string,
): string {
  const parts: string[] = [];
  for (const slot of extraction.eventSlots) {
    if (slot.place === null) continue;
    for (const key of slot.participants) {
      parts.push(context.protagonists.has(key) ? '+' : '-', key, context.displayName(key));
    }
  }
  if (extraction.itinerary.length > 0) parts.push(countries);
  return JSON.stringify(parts);
}

/** A plain copy of an article's fields (a `Date` as its ISO string), kept by the corpus. */
export function copyArticle(article: ArticleInput): ArticleInput {
  const copy: ArticleInput = { id: article.id, text: article.text };
  if (article.source !== undefined && article.source !== null) copy.source = article.source;
  if (article.title !== undefined && article.title !== null) copy.title = article.title;
  if (article.url !== undefined && article.url !== null) copy.url = article.url;
  if (article.publishedAt !== undefined && article.publishedAt !== null) {
    copy.publishedAt =
      article.publishedAt instanceof Date ? article.publishedAt.toISOString() : article.publishedAt;
  }
  return copy;
}
