// What the align stage reads and returns: prepared sentences in, groups of sentences out.
import type { SentenceContent } from './sentence-profile.js';

/** A sentence of one article, as it appears in alignment results. */
export interface AlignedSentence {
  /** Id of the article the sentence belongs to. */
  articleId: string;
  /** Position of the sentence in its article (0-based), as `splitSentences` numbers them. */
  sentenceIndex: number;
  /** The sentence exactly as it stands in the article (`text === original.slice(start, end)`). */
  text: string;
  /** Offsets into the article's original text. */
  start: number;
  /** Offset one past the sentence's last character in the original text (UTF-16 code units). */
  end: number;
}

/** The score of one compared pair inside a group (indexes into `members`). */
export interface AlignedPair {
  /** Index into the group's `members` of the first sentence of the pair (always less than `b`). */
  a: number;
  /** Index into the group's `members` of the second sentence of the pair. */
  b: number;
  /** Fact score of the pair: weighted Dice of their concepts, 0..1, rounded to 6 decimals. */
  score: number;
}

/** Sentences from different articles that state the same thing. */
export interface AlignmentGroup {
  /** Stable id within one result: `g1`, `g2`… in order of the first member. */
  id: string;
  /** At least two members, from distinct articles, sorted by article id. */
  members: AlignedSentence[];
  /**
   * The pairs that joined the members into the group (a spanning tree: one pair fewer than
   * members), best first. Each says which two members matched and how well.
   */
  pairs: AlignedPair[];
  /** Mean of `pairs[].score`. */
  score: number;
}

/** What `alignSentences` returns. Every sentence of every article is in exactly one place. */
export interface Alignment {
  /** Groups of sentences that state the same thing, ordered by first member (article, position). */
  groups: AlignmentGroup[];
  /** Sentences that no other article states; sorted by article id, then position. */
  unaligned: AlignedSentence[];
  /** Sizes that show the work done (for benchmarks and sanity checks). */
  stats: {
    /** Number of articles aligned. */
    articles: number;
    /** Number of sentences over all articles. */
    sentences: number;
    /**
     * Candidate partners found through the inverted index, summed over sentences (a pair found
     * from both sides counts twice); only the best `maxCandidatesPerSentence` of each are scored.
     */
    candidatePairs: number;
    /** Unordered sentence pairs whose fact score was actually computed. */
    comparedPairs: number;
  };
}

/** Options of {@link alignSentences}. */
export interface AlignOptions {
  /**
   * Fact score (weighted Dice of concepts, 0..1) from which two sentences that are each
   * other's best match between their two articles count as stating the same thing. Pairs at
   * or above `threshold + STRONG_MARGIN` align even when they are not mutual best matches.
   * @default ALIGN_THRESHOLD
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
  /** Content terms and figures (see `profileContent`). */
  profile: SentenceContent;
  /** What the sentence is about, as sorted concept keys (see `factConcepts`). */
  concepts: string[];
}
