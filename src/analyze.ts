// analyze(): the whole pipeline in one call — validate, split, extract, align, agree, score, flag.
import { type AlignSettings, alignWithEdges, readAlignOptions } from './align/align-sentences.js';
import type { AlignOptions } from './align/types.js';
import type { Analysis } from './analysis.js';
import { clusterClaims } from './consensus/article-claims.js';
import { computeConsensus, DEFAULT_TRUTH_ALGORITHM, sourceTrust } from './consensus/consensus.js';
import { TRUTH_ALGORITHMS, type TruthAlgorithm } from './consensus/discover-truth.js';
import { buildFacts } from './consensus/facts.js';
import { findClusterSources } from './consensus/find-copies.js';
import { clusterReferenceDates, disputedBorrowedDates } from './consensus/reference-dates.js';
import { roleConflictsIn } from './consensus/role-conflicts.js';
import { CorroborateError } from './errors.js';
import { detectLanguage } from './input/detect-language.js';
import { type IsoDate, parseIsoDate } from './input/parse-date.js';
import { readOptions, readProgressOptions } from './input/read-options.js';
import { type ArticleInput, validateArticles } from './input/validate-articles.js';
import type { KnowledgeBase } from './knowledge/knowledge-base.js';
import { readKnowledgeOption } from './knowledge/office-holders.js';
import { checkRoleMentions } from './knowledge/stale-figures.js';
import { articlePriors } from './ledger/article-priors.js';
import { SourceLedger } from './ledger/source-ledger.js';
import { type PreparedArticle, prepareArticles } from './pipeline/prepare.js';
import { exactDuplicates, withDuplicates, withNotAnalysable } from './pipeline/set-aside.js';
import { type ProgressOptions, Work } from './progress.js';
import { articleReports, corroboratedSentencesOf } from './score/article-report.js';
import { findOutliers } from './score/find-outliers.js';
import { measureRelatedness } from './score/relatedness.js';
import { isUnrelated } from './score/unrelated.js';

/** Options of {@link analyze}; `onProgress` and `signal` are described in {@link ProgressOptions}. */
export interface AnalyzeOptions extends ProgressOptions {
  /**
   * The date to judge office holders on when an article has no `publishedAt`, states no
   * full date, and the cluster gives no consensus date.
   */
  asOf?: string | Date;
  /**
   * The office-holder table. Extend the bundled one with `officeHolders.extend(records)`.
   * @default officeHolders
   */
  knowledge?: KnowledgeBase;
  /**
   * Truth-discovery algorithm that weighs the sources (see `discoverTruth`).
   * @default 'crh'
   */
  algorithm?: TruthAlgorithm;
  /** Sentence-alignment options (threshold, candidates per sentence). */
  alignment?: AlignOptions;
  /**
   * The sources' track records from earlier stories (`createSourceLedger`). Truth discovery
   * then starts from `ledger.priors(…)` (see `priorTrust` for what each algorithm does with
   * them) and every article report carries the `prior` it used. Without a ledger, results are
   * exactly those of no track record. `analyze` only reads the ledger: record the result with
   * `ledger.record(analysis)` to learn from this story. `createCorpus` takes it too: its
   * `score` then starts from the same priors and reports the scored article's `prior`.
   */
  ledger?: SourceLedger;
}

/** Validated {@link AnalyzeOptions}. */
export interface AnalyzeSettings {
  asOf: IsoDate | null;
  knowledge: KnowledgeBase;
  algorithm: TruthAlgorithm;
  alignment: AlignSettings;
  /** The track records truth discovery starts from, when given. */
  ledger: SourceLedger | null;
}

/** The keys of {@link AnalyzeOptions} (the corpus takes the same); any other key is `INVALID_OPTION`. */
const ANALYZE_OPTION_KEYS = [
  'asOf',
  'knowledge',
  'algorithm',
  'alignment',
  'ledger',
  'onProgress',
  'signal',
] as const;

/** Checks {@link AnalyzeOptions} and fills defaults; `caller` names the function in messages. */
export function readAnalyzeOptions(options: unknown, caller = 'analyze'): AnalyzeSettings {
  const record = readOptions(options ?? undefined, ANALYZE_OPTION_KEYS, 'options', caller);
  const {
    asOf,
    knowledge,
    algorithm = DEFAULT_TRUTH_ALGORITHM,
    alignment,
    ledger,
  } = record as AnalyzeOptions;
  readProgressOptions(record, caller);
  if (ledger !== undefined && !(ledger instanceof SourceLedger)) {
    throw new CorroborateError(
      'INVALID_OPTION',
      'options.ledger must be a source ledger from createSourceLedger() or SourceLedger.fromJSON().',
      { field: 'options.ledger' },
    );
  }
  if (!TRUTH_ALGORITHMS.includes(algorithm)) {
    throw new CorroborateError(
      'INVALID_OPTION',
      `options.algorithm must be one of ${TRUTH_ALGORITHMS.join(', ')}, but it is ${JSON.stringify(algorithm)}.`,
      { field: 'options.algorithm', valid: [...TRUTH_ALGORITHMS] },
    );
  }
  return {
    asOf: asOf === undefined || asOf === null ? null : parseIsoDate(asOf, 'options.asOf'),
    knowledge: readKnowledgeOption(knowledge),
    algorithm,
    alignment: readAlignOptions(alignment, 'options.alignment', caller),
    ledger: ledger ?? null,
  };
}

/**
 * Reads several articles about one story and says which sources agree, which contradict the
 * weighted consensus, which name people in offices they did not hold, and which are outliers,
 * with evidence (article, sentence, character span) for every claim it makes.
 *
 * Same input in any order gives the same output. Throws `CorroborateError` on bad input.
 *
 * @example
 * ```ts
 * const analysis = analyze(articles);
 * for (const outlier of analysis.outliers) notify(outlier.id, outlier.reasons[0]?.message);
 * ```
 */
export function analyze(articles: readonly ArticleInput[], options: AnalyzeOptions = {}): Analysis {
  const settings = readAnalyzeOptions(options);
  const work = Work.of(readProgressOptions((options ?? {}) as Record<string, unknown>, 'analyze'));
  work.check();
  const normalized = validateArticles(articles);
  const notAnalysable = new Map<string, string>();
  work.start('prepare', normalized.length);
  for (const article of normalized) {
    const detection = detectLanguage(article.text);
    if (!detection.analysable) notAnalysable.set(article.id, detection.reason);
    work.check();
  }
  const analysable = normalized.filter((article) => !notAnalysable.has(article.id));
  const duplicateOf = exactDuplicates(analysable);
  const unique = analysable.filter((article) => !duplicateOf.has(article.id));
  const analysis = withDuplicates(
    analyzePrepared(prepareArticles(unique, settings.knowledge, work), settings, work),
    analysable,
    duplicateOf,
  );
  return withNotAnalysable(analysis, normalized, notAnalysable);
}

/**
 * The pipeline after validation and the prepare stage: stage calls only, each stage reported
 * to `work` (progress, and the abort checks between and inside the stages).
 */
export function analyzePrepared(
  preparedArticles: readonly PreparedArticle[],
  settings: AnalyzeSettings,
  work: Work = Work.none,
): Analysis {
  const { knowledge } = settings;
  const articles = preparedArticles.map((article) => article.article);
  const prepared = preparedArticles.map((article) => article.sentences);
  const extractions = preparedArticles.map((article) => article.extraction);
  const ids = articles.map((article) => article.id);

  const { alignment, pairs, sentences } = alignWithEdges(prepared, settings.alignment, true, work);
  work.start('copies', articles.length);
  const sources = findClusterSources(articles, prepared, pairs, sentences, work);
  work.tickShare(COPIES_SHARE_BEFORE_RELATEDNESS, 1);
  const { copies, weights, clusterOf, consensusPossible } = sources;
  // Relatedness, and the articles about another event: they neither vote on the cluster date
  // nor weigh in the consensus, and their disagreements are no evidence (score/unrelated.ts).
  const corroboratedSentences = corroboratedSentencesOf(alignment, clusterOf);
  const relatedness = measureRelatedness(
    articles.map((article, index) => ({
      id: article.id,
      sentences: prepared[index]!,
      alignedSentences: corroboratedSentences.get(article.id)?.size ?? 0,
      statedDates: extractions[index]!.statedDates,
    })),
    (id) => clusterOf.get(id) ?? id,
  );
  const unrelated = new Set(
    consensusPossible ? ids.filter((id) => isUnrelated(relatedness.get(id)!)) : [],
  );
  work.end();
  work.start('dates', articles.length);
  const referenceDates = clusterReferenceDates(
    articles,
    prepared,
    extractions.map((extraction) => extraction.statedDates),
    clusterOf,
    unrelated,
    settings.asOf,
    alignment,
  );
  work.end();
  work.start('roles', articles.length);
  const checkArticle = (index: number) =>
    checkRoleMentions(
      articles[index]!.text,
      prepared[index]!,
      extractions[index]!.roleMentions,
      knowledge,
      referenceDates.articles[index]!,
      extractions[index]!.statedDates,
    );
  const checks = articles.map((_, index) => {
    const check = checkArticle(index);
    work.tick(index + 1);
    return check;
  });
  // A borrowed date that several sources' office holders agree against is withdrawn.
  const withdrawn = disputedBorrowedDates(
    ids,
    referenceDates.articles,
    checks.map((check) => check.staleFigures),
    (id) => clusterOf.get(id) ?? id,
  );
  for (const [index, reason] of withdrawn) {
    referenceDates.articles[index] = { date: null, rule: 'none', reason };
    checks[index] = checkArticle(index);
  }
  work.end();
  work.start('claims', articles.length);
  const claims = clusterClaims(
    articles,
    prepared,
    extractions,
    checks,
    alignment,
    knowledge,
    referenceDates.articles,
    work,
  );
  const weighed = unrelated.size === 0 ? claims : claims.filter((c) => !unrelated.has(c.articleId));
  const priors =
    settings.ledger === null ? null : articlePriors(articles, settings.ledger, settings.algorithm);
  const trust = sourceTrust(weighed, ids, weights, settings.algorithm, priors?.initialTrust);
  const consensus = computeConsensus(weighed, weights, trust, clusterOf);
  work.end();
  work.start('report', articles.length);
  const reports = articleReports(articles, {
    roleConflicts: roleConflictsIn(weighed),
    claims,
    prepared,
    alignment,
    consensus,
    checks,
    referenceDates: referenceDates.articles,
    clusterOf,
    copies,
    trust,
    consensusPossible,
    corroboratedSentences,
    relatedness,
    unrelated,
  });
  if (priors !== null)
    for (const report of reports) report.prior = priors.byArticle.get(report.id)!;
  const outliers = findOutliers(reports, consensusPossible, clusterOf, relatedness, unrelated);
  const outlierIds = new Set(outliers.map((outlier) => outlier.id));
  for (const report of reports) if (outlierIds.has(report.id)) report.flags.push('outlier');
  const facts = buildFacts(alignment, weighed, consensus, clusterOf);
  work.end();

  return {
    version: 1,
    referenceDate: referenceDates.cluster,
    consensus: {
      possible: consensusPossible,
      independentSources: sources.independentSources,
      algorithm: settings.algorithm,
      reason: consensusReason(sources.independentSources, consensusPossible),
    },
    knowledge: { snapshotDate: knowledge.snapshotDate },
    articles: reports,
    facts,
    copies,
    outliers,
  };
}

/**
 * The share of the `copies` stage's progress reported once copy clusters are found, before
 * relatedness: at 400 synthetic articles (bench/cancel.ts' corpus) copy clusters took 2.0 s
 * of the stage and relatedness 0.7 s.
 */
const COPIES_SHARE_BEFORE_RELATEDNESS = 0.75;

/** Why a consensus can or cannot be weighed, in words. */
function consensusReason(independentSources: number, possible: boolean): string {
  return possible
    ? `${independentSources} independent sources (copy clusters counted once): a consensus can be weighed.`
    : `Only ${independentSources} independent source${independentSources === 1 ? '' : 's'} (copy clusters counted once): no consensus is possible, so no article is judged an outlier; stale figures are still checked against the knowledge base.`;
}
