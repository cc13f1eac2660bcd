// The public types of a corpus: its options, its JSON form, and what `score` returns.
import type { ArticlePrior, Contradiction, ReferenceDate, StaleFigure } from '../analysis.js';
import type { AnalyzeOptions } from '../analyze.js';
import type { ArticleInput } from '../input/validate-articles.js';
import type { StatementCounts } from '../score/agreement-score.js';

/** Format version of {@link CorpusJSON}; a corpus from a newer version is refused. */
export const CORPUS_FORMAT_VERSION = 1;

/**
 * Options of {@link createCorpus}: those of `analyze`, kept for every later call, except
 * `onProgress` and `signal`, which apply to building the corpus from its first articles only
 * (each method takes its own).
 */
export type CorpusOptions = AnalyzeOptions;

/** What `Corpus.toJSON()` returns and `Corpus.fromJSON()` reads. */
export interface CorpusJSON {
  /** Marks the object as a serialised corpus; `fromJSON` refuses anything else. */
  format: 'corroborate-corpus';
  /** {@link CORPUS_FORMAT_VERSION} of the writer; `fromJSON` refuses newer versions. */
  version: number;
  /**
   * The serialisable options (`asOf`, `algorithm`, `alignment`); a custom knowledge base and a
   * source ledger are not stored (pass them to `fromJSON` again).
   */
  options: {
    /** `options.asOf` as given (a `Date` as its UTC day, `YYYY-MM-DD`); absent when unset. */
    asOf?: string;
    /** The truth-discovery algorithm (`options.algorithm`); absent when unset. */
    algorithm?: string;
    /** A copy of the sentence-alignment options; absent when unset. */
    alignment?: AnalyzeOptions['alignment'];
  };
  /** The corpus's articles as they were added, sorted by id. */
  articles: ArticleInput[];
}

/** An existing article's sentence that states what a sentence of the scored article states. */
export interface CorpusMatch {
  /** Id of the existing article. */
  articleId: string;
  /** 0-based position of the matching sentence in that article. */
  sentenceIndex: number;
  /** The matching sentence, as written. */
  text: string;
  /** Fact score of the match (weighted Dice of concepts), from the alignment threshold to 1. */
  score: number;
}

/** How a new article compares with a corpus. */
export interface CorpusScore {
  /** Id of the scored article. */
  id: string;
  /** Agreement with the corpus, 0..1, computed as for `analyze` (see README, "Scores"). */
  score: number;
  /** The sentences and claims `score` is computed from, by outcome. */
  counts: StatementCounts;
  /** The date the article's claims are judged on (the corpus's consensus date if it has none). */
  referenceDate: ReferenceDate;
  /** People the article names in an office they did not hold on `referenceDate`; may be empty. */
  staleFigures: StaleFigure[];
  /** Claims of the new article that the corpus's majority contradicts. */
  contradictions: Contradiction[];
  /**
   * Existing articles that state at least one thing the new article states, or agree on a
   * claim. An article can be on both lists: it may confirm one claim and contradict another.
   */
  supportingArticles: string[];
  /** Existing articles on the other side of a contradiction. */
  contradictingArticles: string[];
  /** Per sentence of the new article (in order), the existing sentences that state the same thing. */
  matches: {
    /** 0-based position of the sentence in the scored article. */
    sentenceIndex: number;
    /** The sentence, as written. */
    text: string;
    /** Offset of the sentence in the article's original text. */
    start: number;
    /** Offset one past the sentence's last character. */
    end: number;
    /** Best match in each existing article, best first, at most 5; empty when none states it. */
    matches: CorpusMatch[];
  }[];
  /** Set when the article is not analysed (not in English): why; its score is then a neutral 0.5. */
  notAnalysable?: string;
  /**
   * With `createCorpus(articles, { ledger })`: the track record the scored article's source
   * brought (as `ArticleReport.prior`); the corpus's articles start from their sources' priors
   * too. Absent without a ledger.
   */
  prior?: ArticlePrior;
}
