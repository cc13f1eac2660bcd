// The prepare stage: each article is split, tokenized and extracted once, into a value every
// later stage and every public entry point reads. Each sentence goes through the one tokenizer
// once; its profile, word tokens, gazetteer matches and stated dates are read from those tokens,
// which are then let go. Downstream, a sentence is re-read only to resolve its dates against the
// article's reference date and to slot its figures.
import { applyClaimConcepts, type NameTermCache } from '../align/claim-concepts.js';
import { factConcepts } from '../align/fact-concepts.js';
import { profileContent } from '../align/sentence-profile.js';
import type { PreparedSentence } from '../align/types.js';
import type { DateMention } from '../extract/date-types.js';
import { statedDatesIn } from '../extract/dates.js';
import { type ArticleExtraction, extractCluster } from '../extract/extract-cluster.js';
import { readWordTokens, type TokenizedSentences } from '../extract/gazetteer.js';
import type { NormalizedArticle } from '../input/validate-articles.js';
import type { KnowledgeBase } from '../knowledge/knowledge-base.js';
import { Work } from '../progress.js';
import { splitSentences } from '../text/split-sentences.js';
import { type Token, tokenize } from '../text/tokenize.js';
import type { SentenceSpan } from '../text/types.js';

/** One article after the extract stage: its sentences and everything found in them. */
export interface ExtractedArticle {
  article: NormalizedArticle;
  /** The article's sentences, in text order (see `splitSentences`). */
  sentences: SentenceSpan[];
  extraction: ArticleExtraction;
}

/** One article ready for alignment: sentences with their profiles and concepts, and its extraction. */
export interface PreparedArticle extends ExtractedArticle {
  sentences: PreparedSentence[];
}

/**
 * Splits, tokenizes and extracts every article of a cluster, with person names resolved
 * across the cluster (see `extractCluster`). For the entry points that need no alignment
 * (`findStaleFigures`, `checkRoles`, `findRoleConflicts`).
 */
export function extractArticles(
  articles: readonly NormalizedArticle[],
  knowledge: KnowledgeBase,
): ExtractedArticle[] {
  const tokenized: TokenizedSentences[] = [];
  const statedDates: DateMention[][] = [];
  const sentences = articles.map((article) => {
    const spans = splitSentences(article.text);
    const read = readSentences(spans);
    tokenized.push(read.tokenized);
    statedDates.push(read.statedDates);
    return spans;
  });
  const extractions = extractCluster(sentences, tokenized, statedDates, knowledge.roles);
  return articles.map((article, index) => ({
    article,
    sentences: sentences[index]!,
    extraction: extractions[index]!,
  }));
}

/**
 * {@link extractArticles} plus what alignment compares: each sentence's content profile and
 * concepts (`factConcepts`, from the same tokens and gazetteer matches the extractors read),
 * then the extracted claims' and people's concepts (`applyClaimConcepts`). Articles are
 * expected in id order (as `validateArticles` returns them).
 *
 * With `work`, the caller has started the `prepare` stage: each article split and profiled
 * ticks it, then this ends it and runs the `extract` stage (see `ProgressStage`).
 */
export function prepareArticles(
  articles: readonly NormalizedArticle[],
  knowledge: KnowledgeBase,
  work: Work = Work.none,
): PreparedArticle[] {
  const tokenized: TokenizedSentences[] = [];
  const statedDates: DateMention[][] = [];
  const sentences = articles.map((article, index) => {
    const spans = splitSentences(article.text);
    const read = readSentences(spans);
    tokenized.push(read.tokenized);
    statedDates.push(read.statedDates);
    const prepared = preparedSentences(article, spans, read.tokens, read.tokenized);
    work.tick(index + 1);
    return prepared;
  });
  work.end();
  work.start('extract', articles.length);
  const extractions = extractCluster(sentences, tokenized, statedDates, knowledge.roles, work);
  const nameTerms: NameTermCache = new Map();
  const prepared = articles.map((article, index) => {
    applyClaimConcepts(sentences[index]!, extractions[index]!, nameTerms);
    work.check();
    return { article, sentences: sentences[index]!, extraction: extractions[index]! };
  });
  work.end();
  return prepared;
}

/**
 * One article's sentences tokenized once, and what the extractors read from those tokens: word
 * tokens with gazetteer matches, and the dates the text states. The caller profiles the
 * sentences from `tokens` and then lets them go: later stages keep only what was read.
 */
function readSentences(spans: readonly SentenceSpan[]): {
  tokens: Token[][];
  tokenized: TokenizedSentences;
  statedDates: DateMention[];
} {
  const tokens = spans.map((span) => tokenize(span.text));
  return { tokens, tokenized: readWordTokens(tokens), statedDates: statedDatesIn(spans, tokens) };
}

/** The sentences of one article with their content profiles and fact concepts. */
function preparedSentences(
  article: NormalizedArticle,
  spans: readonly SentenceSpan[],
  tokens: readonly (readonly Token[])[],
  tokenized: TokenizedSentences,
): PreparedSentence[] {
  return spans.map((span, sentenceIndex) => {
    const profile = profileContent(span.text, tokens[sentenceIndex]);
    return {
      articleId: article.id,
      sentenceIndex,
      text: span.text,
      start: span.start,
      end: span.end,
      profile,
      concepts: factConcepts(
        profile,
        tokenized.tokens[sentenceIndex],
        tokenized.places[sentenceIndex],
      ),
    };
  });
}
