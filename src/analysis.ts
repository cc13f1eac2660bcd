// The shape of an analysis: plain, serialisable objects that every report and the CLI read.
import type { AlignedSentence } from './align/types.js';
import type { IsoDate } from './input/parse-date.js';

/** Where in an article a claim or flag comes from, so a person can find and highlight it. */
export interface Evidence {
  /** Id of the article the evidence is in. */
  articleId: string;
  /** 0-based position of the sentence in the article. */
  sentenceIndex: number;
  /** The whole sentence, as written. */
  sentence: string;
  /** Offsets of the specific span (a mention, a figure) in the article's original text. */
  start: number;
  /** Offset one past the span's last character in the article's original text. */
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
  /** The date claims are judged on, `YYYY-MM-DD`; null when `rule` is `none`. */
  date: IsoDate | null;
  /** Which rule chose `date` (`none` when no rule applied). */
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
  /** Knowledge-base id of the office: "de_chancellor". */
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
  /** Offset one past the mention's last character in the article's original text. */
  end: number;
  /** 0-based position in the article of the sentence holding the mention. */
  sentenceIndex: number;
  /** The whole sentence holding the mention, as written. */
  sentence: string;
  /** First day of the person's nearest term in this office. */
  heldFrom?: IsoDate;
  /** Last day of that term (null while in office). */
  heldUntil?: IsoDate | null;
  /** Who held the office on the reference date ("Friedrich Merz"), null if nobody is known. */
  holderOnDate: string | null;
  /** The date judged against, and why that date. */
  referenceDate: IsoDate;
  /** The rule that chose `referenceDate` (see {@link ReferenceDate}). */
  referenceDateRule: ReferenceDateRule;
  /** Confidence of the knowledge-base records used. */
  confidence: 'high' | 'medium' | 'low';
}

/** One role named with different holders by different articles (no knowledge base needed). */
export interface RoleConflict {
  /** Knowledge-base id of the office: "de_chancellor". */
  roleId: string;
  /** Formal name of the office: "Chancellor of Germany". */
  role: string;
  /** Each distinct holder, with the articles that name them, in order of the holder's name. */
  sides: {
    /** The holder this side names (the knowledge-base name when identified). */
    person: string;
    /** Ids of the articles that name this holder. */
    articles: string[];
    /** Where each of those articles names the holder (the name's span). */
    evidence: Evidence[];
  }[];
}

/** An article's claim that disagrees with the weighted consensus of the others. */
export interface Contradiction {
  /** What is contested, in words: "Place of the Trump–Xi meeting". */
  claim: string;
  /** Machine key of the contested object. */
  object: string;
  /** Kind of the contested claim. */
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
  /**
   * `clear-majority`: at least two independent sources and two thirds of the weight;
   * `different-event`: the article is `unrelated` (about another event), so the disagreement
   * is no evidence against it or the others and is not counted.
   */
  strength: 'clear-majority' | 'plurality' | 'different-event';
  /** The whole sentence of this article that makes the claim, as written. */
  sentence: string;
  /** 0-based position of that sentence in the article. */
  sentenceIndex: number;
  /** Offset of the claim's span (a name, place, date or figure) in the article's original text. */
  start: number;
  /** Offset one past the span's last character. */
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
  | 'unrelated'
  | 'not-analysable';

/** Per-article result. */
export interface ArticleReport {
  /** The article's id, as passed in. */
  id: string;
  /** The article's `source` (publisher), or null when none was given. */
  source: string | null;
  /** The article's `title`, or null when none was given. */
  title: string | null;
  /**
   * How far the other independent sources back this article, 0..1:
   * `min(1, relatedness) × agreement` (see README, "Scores").
   */
  score: number;
  /**
   * How much of this article the other independent sources also report, relative to the
   * cluster's typical article (1 = as much as the typical one; may exceed 1). Soft: the
   * content (concepts weighted by rarity) and the people, places, figures, years and dates it shares
   * with each of its two nearest independent sources, over the geometric mean of both sides'
   * weights, with a 0.15 weight on the share of its sentences the alignment matched,
   * divided by the cluster's median, and a short article drawn towards 1 as far as it is on
   * the story (`(n × that + 2 × min(1, overlap.contentShared / 0.3)) / (n + 2)` for n
   * sentences); then multiplied by `0.5 + 0.5 × overlap.recurringNamesShared`,
   * so that an article whose recurring names (its own protagonists, places, figures) no other
   * source names — a report of another event that retells this one as background — ranks
   * below the reports of this one; and by `0.8 + 0.2 × overlap.mainNamesNamed /
   * overlap.mainNames`, so that one which names none of what the others keep returning to
   * ranks below a terse report of the event that does. One person named differently
   * ("Maurice Cheeks", "Mo Cheeks", "Cheeks") counts once. 1 when there is no other source
   * to compare with. See
   * {@link ArticleReport.overlap}.
   */
  relatedness: number;
  /**
   * Where it overlaps the others, whether it agrees: `(corroborated + 1) / (corroborated + 1 +
   * 3·contradicted)` — 1 when nothing is contradicted; it falls with contradictions and does
   * not grow with the number of corroborations.
   */
  agreement: number;
  /** The figures behind `relatedness`. */
  overlap: {
    /** Share (0..1) of its content weight that another independent source states too. */
    contentShared: number;
    /** Sentences most of whose content another independent source states. */
    sentencesShared: number;
    /** Sentences measured (bylines, datelines and photo credits are not content). */
    sentencesMeasured: number;
    /** People, places, figures, years and dates it names that another independent source names. */
    namedShared: number;
    /** People, places, figures, years and dates it names. */
    named: number;
    /** The story's core names: those at least half of the other independent sources (and two) name. */
    coreNames: number;
    /** Core names it names too (an `unrelated` article names fewer than 35 % of them). */
    coreNamesShared: number;
    /** People, places, figures, years and dates it names in two or more of its sentences: what it is about. */
    recurringNames: number;
    /**
     * Share (0..1) of those recurring names' mentions the other independent sources name too
     * (a name counts fully when half of them name it); 1 when no name recurs. Relatedness is
     * multiplied by `0.5 + 0.5 × this`: a report of another event keeps naming its own people.
     */
    recurringNamesShared: number;
    /**
     * The story's main names: those at least half of the other independent sources (and two)
     * each name in two or more of their sentences. Relatedness is multiplied by `0.8 + 0.2 ×
     * mainNamesNamed / mainNames` (1 when there are none): a report of the event names them.
     */
    mainNames: number;
    /** Main names it names. */
    mainNamesNamed: number;
  };
  /** Trust weight the truth-discovery step gave this article as a source. */
  trust: number;
  /** The sentences and claims `score` is computed from, by outcome. */
  counts: {
    /**
     * Sentences another independent source also states, plus claims that agree with a
     * consensus another independent source backs.
     */
    corroborated: number;
    /** Claims that disagree with the consensus, plus stale figures (each error counted once). */
    contradicted: number;
    /** Sentences and claims no other independent source states anything about. */
    uncorroborated: number;
    /**
     * Claims that could not be judged: office mentions the knowledge base does not cover, and
     * claims about objects with no consensus value (or none that counts without this article).
     */
    unchecked: number;
  };
  /** The date this article's claims are judged on, and how it was chosen. */
  referenceDate: ReferenceDate;
  /** Number of sentences in the article (0 when it is empty). */
  sentences: number;
  /** People named in an office they did not hold on the reference date; may be empty. */
  staleFigures: StaleFigure[];
  /** Offices that articles, this one among them, name different holders for; may be empty. */
  roleConflicts: RoleConflict[];
  /** Claims that disagree with the consensus, in text order; may be empty. */
  contradictions: Contradiction[];
  /** What a person should look at in this article; empty when nothing stands out. */
  flags: ArticleFlagKind[];
  /** Ids of articles this one near-duplicates (same copy cluster), if any. */
  copies: string[];
  /**
   * Why the article was not analysed, when it was not: it is not in English ("looks like
   * German: der, die, und (31% of 240 words)"). Such an article is reported, never scored
   * against the others: its score is the neutral 0.5 with zero counts.
   */
  notAnalysable?: string;
  /**
   * With `analyze(articles, { ledger })`: the publisher key the ledger knows this article by
   * and the starting trust truth discovery gave it from that source's track record (null when
   * the ledger has no evidence on the source, which then starts as every source does without
   * a ledger). Absent without a ledger.
   */
  prior?: ArticlePrior;
}

/** The track record an article's source brought into the story (see `ArticleReport.prior`). */
export interface ArticlePrior {
  /** The ledger's key for the article's publisher (`sourceKey`). */
  source: string;
  /** Starting trust from the ledger, or null when the source had no evidence there. */
  trust: number | null;
  /** The source's reliability in the ledger (posterior mean), or null when it has no record. */
  reliability: number | null;
}

/** Sentences from several articles that state one thing, with the consensus on what they say. */
export interface Fact {
  /** Id of the alignment group: `g1`, `g2`… in order of the group's first member. */
  id: string;
  /** The aligned sentences, at most one per article, sorted by article id. */
  members: AlignedSentence[];
  /** Mean pair score of the aligned sentences. */
  score: number;
  /** Independent sources (copy clusters counted once) stating it. */
  independentSources: number;
  /** Values contested within the group (figures, names, places), with the consensus and dissent. */
  disputes: {
    /** Machine key of the contested object: `figure:g3:percent`, `role:de_chancellor`. */
    object: string;
    /** What is contested, in words. */
    claim: string;
    /** The consensus value, as its first supporter writes it. */
    consensus: string | number;
    /** Each value that disagrees with the consensus, with the articles that state it. */
    dissent: {
      /** The dissenting value, as the first article stating it writes it. */
      value: string | number;
      /** Ids of the articles that state it. */
      articles: string[];
    }[];
  }[];
}

/** Articles that are near-duplicates of each other (wire copy, rewrites): one vote between them. */
export interface CopyCluster {
  /** Ids of the member articles (at least two), sorted. */
  ids: string[];
  /** Mean share of sentences aligned between members. */
  similarity: number;
}

/** Why an article was flagged as an outlier. */
export interface OutlierReason {
  /**
   * What the reason rests on: a stale office holder, a clear-majority contradiction, a role
   * conflict, a score far below the cluster median (`low-score`), or content the other
   * sources do not report (`unrelated`: about another event; no hard evidence needed).
   */
  kind: 'stale-figure' | 'contradiction' | 'role-conflict' | 'low-score' | 'unrelated';
  /** Plain English a person can check: "Names Olaf Scholz as Chancellor of Germany; on 2025-10-24 the office was held by Friedrich Merz (Scholz left it on 2025-05-06)." */
  message: string;
  /** Where to verify the reason in the article; empty for `low-score` and `unrelated`. */
  evidence: Evidence[];
}

/** An article judged an outlier, with reasons ranked most convincing first. */
export interface Outlier {
  /** Id of the outlier article. */
  id: string;
  /** The article's agreement score, 0..1 (as in its {@link ArticleReport}). */
  score: number;
  /** Robust z-score of the article's score against the cluster (median/MAD). */
  robustZ: number;
  /** Why it is an outlier, most convincing first; never empty. */
  reasons: OutlierReason[];
}

/** Everything `analyze` returns. */
export interface Analysis {
  /** Format version of this object; bumped on breaking changes. */
  version: 1;
  /**
   * The cluster's consensus date (median of the articles' own dates); an article without a
   * date of its own is judged on the median of the articles that report the same event as it
   * (see its own `referenceDate`). `date` is null when no article has one.
   */
  referenceDate: ReferenceDate;
  /** Whether a consensus could be weighed, and on how many sources. */
  consensus: {
    /** False when fewer than three independent sources remain after copy clustering. */
    possible: boolean;
    /** Articles with at least one sentence, each copy cluster counted once. */
    independentSources: number;
    /** Truth-discovery algorithm that weighed the sources (`options.algorithm`, default `crh`). */
    algorithm: string;
    /** Plain-English account of `possible`. */
    reason: string;
  };
  /** The office-holder table used. */
  knowledge: {
    /** Date up to which the table is complete (`YYYY-MM-DD`). */
    snapshotDate: IsoDate;
  };
  /** One report per article passed in, sorted by id. */
  articles: ArticleReport[];
  /** Sentences several articles state, one fact per alignment group; may be empty. */
  facts: Fact[];
  /** Groups of near-duplicate articles; empty when no article copies another. */
  copies: CopyCluster[];
  /** Articles judged outliers, lowest score first; empty when no consensus is possible. */
  outliers: Outlier[];
}
