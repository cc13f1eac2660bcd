// The prepare stage: each article is split, tokenized and extracted once, into a value every
// later stage and every public entry point reads; nothing downstream splits or tokenizes again.
import { applyClaimConcepts, type NameTermCache } from '../align/claim-concepts.js';
import { factConcepts } from '../align/fact-concepts.js';
import { profileContent } from '../align/sentence-profile.js';
import type { PreparedSentence } from '../align/types.js';
import { type ArticleExtraction, extractCluster } from '../extract/extract-cluster.js';
import { type TokenizedSentences, tokenizeSentences } from '../extract/gazetteer.js';
import type { NormalizedArticle } from '../input/validate-articles.js';
import type { KnowledgeBase } from '../knowledge/knowledge-base.js';
import { Work } from '../progress.js';
import { splitSentences } from '../text/split-sentences.js';
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
  const sentences = articles.map((article) => splitSentences(article.text));
  const tokenized = sentences.map((spans) => tokenizeSentences(spans));
  const extractions = extractCluster(sentences, tokenized, knowledge.roles);
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
  const sentences = articles.map((article, index) => {
    const spans = splitSentences(article.text);
    tokenized.push(tokenizeSentences(spans));
    const prepared = preparedSentences(article, spans, tokenized[index]!);
    work.tick(index + 1);
    return prepared;
  });
  work.end();
  work.start('extract', articles.length);
  const extractions = extractCluster(sentences, tokenized, knowledge.roles, work);
  const nameTerms: NameTermCache = new Map();
  const prepared = articles.map((article, index) => {
    applyClaimConcepts(sentences[index]!, extractions[index]!, nameTerms);
    work.check();
    return { article, sentences: sentences[index]!, extraction: extractions[index]! };
  });
  work.end();
  return prepared;
}

/** The sentences of one article with their content profiles and fact concepts. */
function preparedSentences(
  article: NormalizedArticle,
  spans: readonly SentenceSpan[],
  tokenized: TokenizedSentences,
): PreparedSentence[] {
  return spans.map((span, sentenceIndex) => {
    const profile = profileContent(span.text, tokenized.sentenceTokens[sentenceIndex]);
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
