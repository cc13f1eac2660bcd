// The tuning constants a user may need, grouped in one frozen object: the defaults of the options
// they can pass, and the rules of the judge that explain a verdict. The constants themselves stay
// in the stages that use them; this object only reads them, so it cannot drift.
import { ALIGN_THRESHOLD, DEFAULT_MAX_CANDIDATES } from './align/align-sentences.js';
import { SAME_SENTENCE_THRESHOLD } from './align/compare-sentences.js';
import {
  CLEAR_MAJORITY_SHARE,
  CLEAR_MAJORITY_SOURCES,
  DEFAULT_TRUTH_ALGORITHM,
} from './consensus/consensus.js';
import {
  DEFAULT_MAX_ITERATIONS,
  DEFAULT_TOLERANCE,
  type TruthAlgorithm,
} from './consensus/discover-truth.js';
import { MIN_CONSENSUS_SOURCES } from './consensus/judge.js';
import { HANDOVER_GRACE_DAYS } from './knowledge/knowledge-base.js';
import { MAX_MATRIX_ARTICLES } from './report/agreement-matrix.js';

/** The type of {@link defaults}. */
export interface Defaults {
  /** Sentence alignment (`options.alignment` of `analyze`, `createCorpus`, `alignSentences`). */
  readonly alignment: {
    /**
     * Weighted concept Dice from which two sentences of different articles state the same
     * fact (`alignment.threshold`). Swept from 0.25 to 0.32 on the nato-vilnius-2023 and
     * g7-apulia-2024 stories for the best mean F1 of labelled pairs (see bench/BENCHMARKS.md,
     * "Alignment quality"); 0.27 edges it by one pair per story but groups a labelled
     * must-not-align pair.
     */
    readonly threshold: number;
    /**
     * Candidate sentences compared per sentence (`alignment.maxCandidatesPerSentence`), taken
     * from an inverted index over the rarest concepts. Bounds the work per sentence so
     * alignment stays linear in the number of articles; set with the first aligner, on the
     * fixture stories, with no sweep on record.
     */
    readonly maxCandidatesPerSentence: number;
  };
  /** `compareSentences`. */
  readonly compareSentences: {
    /**
     * `probability` from which two sentences are `same` (`options.threshold`): the cut
     * scripts/fit-same.ts chooses with the paraphrase model on MSRP train by cross-validated
     * accuracy (0.44; nested 10-fold CV 76.7 % accuracy, F1 83.7).
     */
    readonly threshold: number;
  };
  /** Truth discovery (`options.algorithm` of `analyze` and `createCorpus`; `discoverTruth`). */
  readonly truth: {
    /**
     * The algorithm `analyze` and `createCorpus` weigh sources with. CRH: on Book-Author it
     * reaches 0.90 (voting 0.80), and on synthetic data with uneven sources it cuts voting's
     * error by 37 % while matching it when sources are equal (bench/BENCHMARKS.md, "Truth
     * discovery").
     */
    readonly algorithm: TruthAlgorithm;
    /**
     * Most trust updates `discoverTruth` runs (`maxIterations`). On Book-Author every
     * algorithm but pooled-investment settles within 34 (bench/BENCHMARKS.md).
     */
    readonly maxIterations: number;
    /** `discoverTruth` stops when no source's trust moves by more than this (`tolerance`). */
    readonly tolerance: number;
  };
  /** When a consensus overrules an article (not options: the rules behind a contradiction). */
  readonly consensus: {
    /** Independent sources (copies counted once) a cluster needs before its consensus can overrule anyone. */
    readonly minSources: number;
    /** Share of the weight behind a consensus for a disagreeing claim to face a `clear-majority` contradiction. */
    readonly clearMajorityShare: number;
    /** Independent sources a clear majority needs besides the dissenting article. */
    readonly clearMajoritySources: number;
  };
  /** The office-holder table. */
  readonly knowledge: {
    /**
     * Days around a handover during which the outgoing or incoming holder is not stale
     * (`termCovers(term, date, { graceDays })`): news names a successor from the vote that
     * decides it, and the office can change hands two weeks later (Japan 2025: party vote
     * 4 October, Diet vote 21 October).
     */
    readonly handoverGraceDays: number;
  };
  /** Reports. */
  readonly report: {
    /** Most articles in `computeAgreementMatrix` (`maxArticles`): sixty rows keep the HTML heatmap readable. */
    readonly matrixArticles: number;
  };
}

/**
 * The library's tuning constants, grouped and frozen: the defaults of the options you can pass
 * and the rules behind a verdict. Read them to show what a result was judged with, or to start
 * from them when you pass your own options.
 *
 * @example
 * ```ts
 * import { analyze, defaults } from 'corroborate';
 * analyze(articles, { alignment: { threshold: defaults.alignment.threshold + 0.05 } });
 * ```
 */
export const defaults: Defaults = Object.freeze({
  alignment: Object.freeze({
    threshold: ALIGN_THRESHOLD,
    maxCandidatesPerSentence: DEFAULT_MAX_CANDIDATES,
  }),
  compareSentences: Object.freeze({ threshold: SAME_SENTENCE_THRESHOLD }),
  truth: Object.freeze({
    algorithm: DEFAULT_TRUTH_ALGORITHM,
    maxIterations: DEFAULT_MAX_ITERATIONS,
    tolerance: DEFAULT_TOLERANCE,
  }),
  consensus: Object.freeze({
    minSources: MIN_CONSENSUS_SOURCES,
    clearMajorityShare: CLEAR_MAJORITY_SHARE,
    clearMajoritySources: CLEAR_MAJORITY_SOURCES,
  }),
  knowledge: Object.freeze({ handoverGraceDays: HANDOVER_GRACE_DAYS }),
  report: Object.freeze({ matrixArticles: MAX_MATRIX_ARTICLES }),
});
