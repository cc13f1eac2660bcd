// The shape of an analysis: plain, serialisable objects that every report and the CLI read.
import type { AlignedSentence } from './align/align-sentences.js';
import type { IsoDate } from './input/parse-date.js';

/** Where in an article a claim or flag comes from, so a person can find and highlight it. */
export interface Evidence {
  articleId: string;
  /** 0-based position of the sentence in the article. */
  sentenceIndex: number;
  /** The whole sentence, as written. */
  sentence: string;
  /** Offsets of the specific span (a mention, a figure) in the article's original text. */
  start: number;
  end: number;
}

/** How an article's (or the cluster's) reference date was chosen. */
export type ReferenceDateRule =
  | 'published-at'
  | 'stated-in-text'
  | 'cluster-consensus'
  | 'as-of'
  | 'none';

/** A reference date and the rule that chose it. `date` is null when nothing could set it. */
export interface ReferenceDate {
  date: IsoDate | null;
  rule: ReferenceDateRule;
  /** Plain-English account: "stated in the text: October 24, 2025 (sentence 2)". */
  reason: string;
}

/** A person named in an office they did not hold on the reference date. */
export interface StaleFigure {
  /** The person as the knowledge base names them: "Olaf Scholz". */
  person: string;
  /** Formal name of the office: "Chancellor of Germany". */
  role: string;
  roleId: string;
  /**
   * `stale`: held the office, but no longer on the reference date; `never-held`: never
   * held it; `not-yet`: took it only after the reference date.
   */
  kind: 'stale' | 'never-held' | 'not-yet';
  /** The mention as written: "German Chancellor Olaf Scholz". */
  mention: string;
  /** Offsets of the mention in the article's original text. */
  start: number;
  end: number;
  sentenceIndex: number;
  sentence: string;
  /** First day of the person's nearest term in this office. */
  heldFrom?: IsoDate;
  /** Last day of that term (null while in office). */
  heldUntil?: IsoDate | null;
  /** Who held the office on the reference date ("Friedrich Merz"), null if nobody is known. */
  holderOnDate: string | null;
  /** The date judged against, and why that date. */
  referenceDate: IsoDate;
  referenceDateRule: ReferenceDateRule;
  /** Confidence of the knowledge-base records used. */
  confidence: 'high' | 'medium' | 'low';
}

/** One role named with different holders by different articles (no knowledge base needed). */
export interface RoleConflict {
  roleId: string;
  role: string;
  /** Each distinct holder, with the articles that name them. */
  sides: { person: string; articles: string[]; evidence: Evidence[] }[];
}

/** An article's claim that disagrees with the weighted consensus of the others. */
export interface Contradiction {
  /** What is contested, in words: "Place of the Trump–Xi meeting". */
  claim: string;
  /** Machine key of the contested object. */
  object: string;
  kind: ClaimKind;
  /** What this article says. */
  value: string | number;
  /** What the consensus says. */
  consensus: string | number;
  /** Other articles backing the consensus value. */
  supportingSources: string[];
  /** How many independent sources those are (a copy cluster counts once). */
  independentSupport: number;
  /** Weighted share of the evidence behind the consensus value (0..1). */
  consensusShare: number;
  /** `clear-majority`: at least two independent sources and two thirds of the weight. */
  strength: 'clear-majority' | 'plurality';
  sentence: string;
  sentenceIndex: number;
  start: number;
  end: number;
}

/** Kinds of claim compared across articles. */
export type ClaimKind = 'role-holder' | 'event-place' | 'event-date' | 'quantity' | 'itinerary';

/** A flag on an article that a person should look at. */
export type ArticleFlagKind =
  | 'stale-figure'
  | 'contradiction'
  | 'role-conflict'
  | 'outlier'
  | 'copy'
  | 'not-analysable';

/** Per-article result. */
export interface ArticleReport {
  id: string;
  source: string | null;
  title: string | null;
  /** Agreement with the weighted consensus, 0..1 (see README, "Scores"). */
  score: number;
  /** Trust weight the truth-discovery step gave this article as a source. */
  trust: number;
  counts: { corroborated: number; contradicted: number; uncorroborated: number; unchecked: number };
  referenceDate: ReferenceDate;
  sentences: number;
  staleFigures: StaleFigure[];
  roleConflicts: RoleConflict[];
  contradictions: Contradiction[];
  flags: ArticleFlagKind[];
  /** Ids of articles this one near-duplicates (same copy cluster), if any. */
  copies: string[];
  /**
   * Why the article was not analysed, when it was not: it is not in English ("looks like
   * German: der, die, und (31% of 240 words)"). Such an article is reported, never scored
   * against the others: its score is the neutral 0.5 with zero counts.
   */
  notAnalysable?: string;
}

/** Sentences from several articles that state one thing, with the consensus on what they say. */
export interface Fact {
  id: string;
  members: AlignedSentence[];
  /** Mean pair score of the aligned sentences. */
  score: number;
  /** Independent sources (copy clusters counted once) stating it. */
  independentSources: number;
  /** Values contested within the group (figures, names, places), with the consensus and dissent. */
  disputes: {
    object: string;
    claim: string;
    consensus: string | number;
    dissent: { value: string | number; articles: string[] }[];
  }[];
}

/** Articles that are near-duplicates of each other (wire copy, rewrites): one vote between them. */
export interface CopyCluster {
  ids: string[];
  /** Mean share of sentences aligned between members. */
  similarity: number;
}

/** Why an article was flagged as an outlier. */
export interface OutlierReason {
  kind: 'stale-figure' | 'contradiction' | 'role-conflict' | 'low-score';
  /** Plain English a person can check: "Names Olaf Scholz as Chancellor of Germany; on 2025-10-24 the office was held by Friedrich Merz (Scholz left it on 2025-05-06)." */
  message: string;
  evidence: Evidence[];
}

/** An article judged an outlier, with reasons ranked most convincing first. */
export interface Outlier {
  id: string;
  score: number;
  /** Robust z-score of the article's score against the cluster (median/MAD). */
  robustZ: number;
  reasons: OutlierReason[];
}

/** Everything `analyze` returns. */
export interface Analysis {
  /** Format version of this object; bumped on breaking changes. */
  version: 1;
  referenceDate: ReferenceDate;
  consensus: {
    /** False when fewer than three independent sources remain after copy clustering. */
    possible: boolean;
    independentSources: number;
    algorithm: string;
    reason: string;
  };
  knowledge: { snapshotDate: IsoDate };
  articles: ArticleReport[];
  facts: Fact[];
  copies: CopyCluster[];
  outliers: Outlier[];
}
