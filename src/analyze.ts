// analyze(): the whole pipeline in one call — validate, split, extract, align, agree, score, flag.
import { type AlignSettings, alignWithEdges, readAlignOptions } from './align/align-sentences.js';
import { sentenceBigrams } from './align/sentence-profile.js';
import type { Alignment, AlignOptions, PreparedSentence } from './align/types.js';
import type {
  Analysis,
  ArticleFlagKind,
  ArticleReport,
  Fact,
  Outlier,
  OutlierReason,
  ReferenceDate,
  RoleConflict,
  StaleFigure,
} from './analysis.js';
import { articleClaims } from './consensus/article-claims.js';
import { figureClaims, groupSlotClaims } from './consensus/build-claims.js';
import { agreementFor, type Claim } from './consensus/claims.js';
import { computeConsensus, type ObjectConsensus, sourceTrust } from './consensus/consensus.js';
import {
  findCopyClusters,
  independenceWeights,
  isBoilerplateSentence,
  storySentenceCount,
  verbatimSentencePairs,
} from './consensus/copy-clusters.js';
import { TRUTH_ALGORITHMS, type TruthAlgorithm } from './consensus/discover-truth.js';
import { judgeClaims, MIN_CONSENSUS_SOURCES, overlapsAny } from './consensus/judge.js';
import { roleConflictsIn } from './consensus/role-conflicts.js';
import { sentenceDates, sentencePlaces } from './consensus/sentence-slots.js';
import { CorroborateError } from './errors.js';
import { type ArticleExtraction, resolveDates } from './extract/extract-cluster.js';
import { chooseReferenceDate, clusterReferenceDate } from './extract/reference-date.js';
import { detectLanguage } from './input/detect-language.js';
import { type IsoDate, parseIsoDate } from './input/parse-date.js';
import { readOptions } from './input/read-options.js';
import {
  type ArticleInput,
  compareIds,
  type NormalizedArticle,
  validateArticles,
} from './input/validate-articles.js';
import type { KnowledgeBase } from './knowledge/knowledge-base.js';
import { readKnowledgeOption } from './knowledge/office-holders.js';
import { type CheckedRoleMention, checkRoleMentions } from './knowledge/stale-figures.js';
import { type PreparedArticle, prepareArticles } from './pipeline/prepare.js';
import { agreementFigure, combinedScore } from './score/agreement-score.js';
import { isOutlier } from './score/outlier-rule.js';
import {
  contradictionEvidence,
  contradictionMessage,
  rankReasons,
  staleFigureEvidence,
  staleFigureMessage,
} from './score/reasons.js';
import { type ArticleRelatedness, measureRelatedness } from './score/relatedness.js';
import { lowZJudge, median } from './score/robust-z.js';
import { isUnrelated, unrelatedReason } from './score/unrelated.js';
import { type BigramProfile, diceCoefficient } from './text/bigrams.js';
import { splitSentences } from './text/split-sentences.js';

/** Options of {@link analyze}. */
export interface AnalyzeOptions {
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
}

/**
 * Stand-in reference date for articles with none, used only to read "June 13" as a month and
 * day: such dates are compared as `--MM-DD` (see `sentenceDates`), so the year is irrelevant.
 */
const MONTH_DAY_PROBE_DATE = '2000-01-01';

/** Validated {@link AnalyzeOptions}. */
export interface AnalyzeSettings {
  asOf: IsoDate | null;
  knowledge: KnowledgeBase;
  algorithm: TruthAlgorithm;
  alignment: AlignSettings;
}

/** The keys of {@link AnalyzeOptions}; any other key is `INVALID_OPTION`. */
const ANALYZE_OPTION_KEYS = ['asOf', 'knowledge', 'algorithm', 'alignment'] as const;

/** Checks {@link AnalyzeOptions} and fills defaults; `caller` names the function in messages. */
export function readAnalyzeOptions(options: unknown, caller = 'analyze'): AnalyzeSettings {
  const record = readOptions(options ?? undefined, ANALYZE_OPTION_KEYS, 'options', caller);
  const { asOf, knowledge, algorithm = 'crh', alignment } = record as AnalyzeOptions;
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
  const normalized = validateArticles(articles);
  const notAnalysable = new Map<string, string>();
  for (const article of normalized) {
    const detection = detectLanguage(article.text);
    if (!detection.analysable) notAnalysable.set(article.id, detection.reason);
  }
  const analysable = normalized.filter((article) => !notAnalysable.has(article.id));
  const duplicateOf = exactDuplicates(analysable);
  const unique = analysable.filter((article) => !duplicateOf.has(article.id));
  const analysis = withDuplicates(
    analyzePrepared(prepareArticles(unique, settings.knowledge), settings),
    analysable,
    duplicateOf,
  );
  return withNotAnalysable(analysis, normalized, notAnalysable);
}

/**
 * Adds the articles that were not analysed (not in English) back into the result, in id
 * order, each with the reason and a neutral score: they take no part in alignment, consensus
 * or outlier detection, but nothing the caller passed is silently dropped.
 */
export function withNotAnalysable(
  analysis: Analysis,
  articles: readonly NormalizedArticle[],
  reasons: ReadonlyMap<string, string>,
): Analysis {
  if (reasons.size === 0) return analysis;
  const byId = new Map(analysis.articles.map((report) => [report.id, report]));
  const reports = articles.map((article): ArticleReport => {
    const reason = reasons.get(article.id);
    if (reason === undefined) return byId.get(article.id)!;
    return {
      id: article.id,
      source: article.source ?? null,
      title: article.title ?? null,
      score: 0.5,
      relatedness: 0.5,
      agreement: 1,
      overlap: {
        contentShared: 0,
        sentencesShared: 0,
        sentencesMeasured: 0,
        namedShared: 0,
        named: 0,
      },
      trust: 1,
      counts: { corroborated: 0, contradicted: 0, uncorroborated: 0, unchecked: 0 },
      referenceDate: { date: null, rule: 'none', reason: `not analysed: ${reason}` },
      sentences: splitSentences(article.text).length,
      staleFigures: [],
      roleConflicts: [],
      contradictions: [],
      flags: ['not-analysable'],
      copies: [],
      notAnalysable: reason,
    };
  });
  return { ...analysis, articles: reports };
}

/**
 * Articles whose text is character for character that of an article earlier in id order
 * (republished wire copy): id → the original's id. Empty articles are nobody's copy.
 */
export function exactDuplicates(articles: readonly NormalizedArticle[]): Map<string, string> {
  const firstByText = new Map<string, string>();
  const duplicateOf = new Map<string, string>();
  for (const article of articles) {
    if (article.text.trim() === '') continue;
    const original = firstByText.get(article.text);
    if (original === undefined) firstByText.set(article.text, article.id);
    else duplicateOf.set(article.id, original);
  }
  return duplicateOf;
}

/**
 * Adds exact duplicates back into an analysis of the unique articles: each gets its original's
 * verdict under its own id and joins its original's copy cluster. Analysing them apart would
 * only let a republished text perturb the alignment of everything else; they carry no
 * independent evidence.
 */
export function withDuplicates(
  analysis: Analysis,
  articles: readonly NormalizedArticle[],
  duplicateOf: ReadonlyMap<string, string>,
): Analysis {
  if (duplicateOf.size === 0) return analysis;
  const copiesOf = new Map<string, string[]>();
  for (const [copy, original] of duplicateOf)
    copiesOf.set(original, [...(copiesOf.get(original) ?? []), copy]);
  const clusters = analysis.copies.map((cluster) => ({ ...cluster, ids: [...cluster.ids] }));
  for (const [original, copies] of copiesOf) {
    const cluster = clusters.find((candidate) => candidate.ids.includes(original));
    if (cluster) cluster.ids.push(...copies);
    else clusters.push({ ids: [original, ...copies], similarity: 1 });
  }
  for (const cluster of clusters) cluster.ids.sort(compareIds);
  clusters.sort((x, y) => compareIds(x.ids[0]!, y.ids[0]!));
  const clusterById = new Map(
    clusters.flatMap((cluster) => cluster.ids.map((id) => [id, cluster] as const)),
  );
  const clusterOf = (id: string) => clusterById.get(id);
  const byId = new Map(analysis.articles.map((report) => [report.id, report]));
  const reports = articles.map((article) => {
    const original = duplicateOf.get(article.id);
    const report = byId.get(original ?? article.id)!;
    const cluster = clusterOf(article.id);
    const flags =
      report.flags.includes('copy') || !cluster ? report.flags : [...report.flags, 'copy' as const];
    return {
      ...report,
      id: article.id,
      source: article.source ?? null,
      title: article.title ?? null,
      flags,
      copies: cluster ? cluster.ids.filter((id) => id !== article.id) : [],
    };
  });
  const facts = analysis.facts.map((fact) => ({
    ...fact,
    members: fact.members
      .flatMap((member) => [
        member,
        ...(copiesOf.get(member.articleId) ?? []).map((id) => ({ ...member, articleId: id })),
      ])
      .sort((x, y) => compareIds(x.articleId, y.articleId)),
  }));
  const outliers = analysis.outliers.flatMap((outlier) => [
    outlier,
    ...(copiesOf.get(outlier.id) ?? []).map((id) => ({
      ...outlier,
      id,
      reasons: outlier.reasons.map((reason) => ({
        ...reason,
        evidence: reason.evidence.map((evidence) => ({ ...evidence, articleId: id })),
      })),
    })),
  ]);
  for (const report of reports) {
    if (outliers.some((outlier) => outlier.id === report.id) && !report.flags.includes('outlier')) {
      report.flags = [...report.flags, 'outlier'];
    }
  }
  outliers.sort((x, y) => x.score - y.score || compareIds(x.id, y.id));
  return { ...analysis, articles: reports, facts, copies: clusters, outliers };
}

/** The pipeline after validation and the prepare stage. */
export function analyzePrepared(
  preparedArticles: readonly PreparedArticle[],
  settings: AnalyzeSettings,
): Analysis {
  const { knowledge } = settings;
  const articles = preparedArticles.map((prepared) => prepared.article);
  const prepared = preparedArticles.map((article) => article.sentences);
  const extractions = preparedArticles.map((article) => article.extraction);
  const ids = articles.map((article) => article.id);

  const { alignment, pairs, sentences } = alignWithEdges(prepared, settings.alignment, true);
  // Boilerplate (credits, footers) neither counts as copied nor towards an article's length.
  const sentenceCounts = new Map(
    ids.map((id, index) => [id, storySentenceCount(prepared[index]!)]),
  );
  // Copying is judged on the wording itself (character-bigram Dice), not on the concepts the
  // alignment matches: two reporters can state the same facts in the same order without copying.
  // Word-for-word repeats come from hashing (they need not be anyone's best match); near
  // repeats (a word changed) from the compared pairs, skipping the identical ones counted already.
  const bigramsOf = new Map<number, BigramProfile>();
  const bigrams = (index: number): BigramProfile => {
    let profile = bigramsOf.get(index);
    if (!profile) {
      profile = sentenceBigrams(sentences[index]!.text);
      bigramsOf.set(index, profile);
    }
    return profile;
  };
  const nearVerbatim = pairs
    .filter(
      (edge) =>
        sentences[edge.a]!.text.toLowerCase() !== sentences[edge.b]!.text.toLowerCase() &&
        !isBoilerplateSentence(sentences[edge.a]!.text),
    )
    .map((edge) => ({
      a: sentences[edge.a]!.articleId,
      b: sentences[edge.b]!.articleId,
      score: diceCoefficient(bigrams(edge.a), bigrams(edge.b)),
    }));
  const verbatim = verbatimSentencePairs(
    articles.map((article, index) => ({ id: article.id, sentences: prepared[index]! })),
  );
  const copies = findCopyClusters([...verbatim, ...nearVerbatim], sentenceCounts);
  const weights = independenceWeights(ids, copies);
  const clusterOf = new Map<string, string>();
  for (const copy of copies) for (const id of copy.ids) clusterOf.set(id, copy.ids[0]!);
  // An article with no sentences says nothing: it is no source at all.
  const independentSources = new Set(
    ids.filter((_, index) => prepared[index]!.length > 0).map((id) => clusterOf.get(id) ?? id),
  ).size;
  const consensusPossible = independentSources >= MIN_CONSENSUS_SOURCES;

  // Relatedness, and the articles about another event: they neither vote on the cluster date
  // nor weigh in the consensus, and their disagreements are no evidence (score/unrelated.ts).
  const corroboratedSentences = corroboratedSentencesOf(alignment, clusterOf);
  const relatedness = measureRelatedness(
    articles.map((article, index) => ({
      id: article.id,
      sentences: prepared[index]!,
      alignedSentences: corroboratedSentences.get(article.id)?.size ?? 0,
    })),
    (id) => clusterOf.get(id) ?? id,
  );
  const unrelated = new Set(
    consensusPossible ? ids.filter((id) => isUnrelated(relatedness.get(id)!)) : [],
  );

  // Reference dates: each article's own, then the cluster's, then each article's final one.
  // One vote per independent source: copies, exact duplicates and empty articles must not
  // move the date every article is judged on.
  const seenTexts = new Set<string>();
  const voters = articles.flatMap((article, index) => {
    const text = article.text.trim();
    const unit = clusterOf.get(article.id) ?? article.id;
    if (prepared[index]!.length === 0 || unit !== article.id || seenTexts.has(text)) return [];
    if (unrelated.has(article.id)) return [];
    seenTexts.add(text);
    return [
      {
        ...(article.publishedAt ? { publishedAt: article.publishedAt } : {}),
        dates: extractions[index]!.statedDates,
        sentences: prepared[index]!,
      },
    ];
  });
  const cluster = clusterReferenceDate(voters, { asOf: settings.asOf });
  const referenceDates = articles.map((article, index) =>
    chooseReferenceDate(
      article.publishedAt ? { publishedAt: article.publishedAt } : {},
      extractions[index]!.statedDates,
      {
        clusterDate: cluster.date,
        asOf: settings.asOf,
        sentences: prepared[index]!,
      },
    ),
  );

  // Knowledge-base checks, article by article, on each article's reference date.
  const checks = articles.map((article, index) =>
    checkRoleMentions(
      article.text,
      prepared[index]!,
      extractions[index]!.roleMentions,
      knowledge,
      referenceDates[index]!,
      extractions[index]!.statedDates,
    ),
  );

  const claims = buildClaims(
    articles,
    prepared,
    extractions,
    checks,
    alignment,
    knowledge,
    referenceDates,
  );
  const weighed = unrelated.size === 0 ? claims : claims.filter((c) => !unrelated.has(c.articleId));
  const trust = sourceTrust(weighed, ids, weights, settings.algorithm);
  const consensus = computeConsensus(weighed, weights, trust, clusterOf);

  const claimsByArticle = new Map<string, Claim[]>();
  for (const claim of claims) {
    const list = claimsByArticle.get(claim.articleId);
    if (list) list.push(claim);
    else claimsByArticle.set(claim.articleId, [claim]);
  }
  const copyClusterOf = new Map(
    copies.flatMap((copy) => copy.ids.map((id) => [id, copy] as const)),
  );
  const roleConflicts = roleConflictsIn(weighed);
  const reports = articles.map((article, index) =>
    articleReport(article, index, {
      corroboratedSentences,
      roleConflicts,
      claimsByArticle,
      copyClusterOf,
      prepared,
      alignment,
      claims,
      consensus,
      checks,
      referenceDates,
      clusterOf,
      copies,
      trust,
      consensusPossible,
      relatedness,
      unrelated,
    }),
  );
  const outliers = findOutliers(reports, consensusPossible, clusterOf, relatedness, unrelated);
  const outlierIds = new Set(outliers.map((outlier) => outlier.id));
  for (const report of reports) if (outlierIds.has(report.id)) report.flags.push('outlier');

  return {
    version: 1,
    referenceDate: cluster,
    consensus: {
      possible: consensusPossible,
      independentSources,
      algorithm: settings.algorithm,
      reason: consensusPossible
        ? `${independentSources} independent sources (copy clusters counted once): a consensus can be weighed.`
        : `Only ${independentSources} independent source${independentSources === 1 ? '' : 's'} (copy clusters counted once): no consensus is possible, so no article is judged an outlier; stale figures are still checked against the knowledge base.`,
    },
    knowledge: { snapshotDate: knowledge.snapshotDate },
    articles: reports,
    facts: buildFacts(alignment, weighed, consensus, clusterOf),
    copies,
    outliers,
  };
}

function buildClaims(
  articles: readonly NormalizedArticle[],
  prepared: readonly (readonly PreparedSentence[])[],
  extractions: readonly ArticleExtraction[],
  checks: readonly { checked: CheckedRoleMention[] }[],
  alignment: Alignment,
  knowledge: KnowledgeBase,
  referenceDates: readonly ReferenceDate[],
): Claim[] {
  const inputs = new Map(
    articles.map((article, index) => [
      article.id,
      { articleId: article.id, text: article.text, sentences: prepared[index]! },
    ]),
  );
  const claims = articleClaims(
    articles.map((article, index) => ({
      input: inputs.get(article.id)!,
      extraction: extractions[index]!,
      checked: checks[index]!.checked,
    })),
    knowledge,
  );
  const position = new Map(articles.map((article, index) => [article.id, index]));
  const numbersOf = (articleId: string, sentenceIndex: number) =>
    prepared[position.get(articleId)!]![sentenceIndex]!.profile.numbers;
  const dates = articles.map((_, index) =>
    sentenceDates(
      resolveDates(prepared[index]!, referenceDates[index]!.date ?? MONTH_DAY_PROBE_DATE),
    ),
  );
  const places = articles.map((article, index) =>
    sentencePlaces(extractions[index]!.places, article.text),
  );
  const datesOf = (articleId: string, sentenceIndex: number) =>
    dates[position.get(articleId)!]!.get(sentenceIndex) ?? [];
  const placesOf = (articleId: string, sentenceIndex: number) =>
    places[position.get(articleId)!]!.get(sentenceIndex) ?? [];
  alignment.groups.forEach((group, groupIndex) => {
    claims.push(...figureClaims(group, groupIndex, inputs, numbersOf));
    claims.push(...groupSlotClaims(group, groupIndex, inputs, datesOf, placesOf));
  });
  return claims;
}

interface ReportContext {
  /** Per article, the sentences an aligned group shares with another independent source. */
  corroboratedSentences: ReadonlyMap<string, ReadonlySet<number>>;
  roleConflicts: readonly RoleConflict[];
  claimsByArticle: ReadonlyMap<string, Claim[]>;
  copyClusterOf: ReadonlyMap<string, Analysis['copies'][number]>;
  prepared: readonly (readonly PreparedSentence[])[];
  alignment: Alignment;
  claims: readonly Claim[];
  consensus: ReadonlyMap<string, ObjectConsensus>;
  checks: readonly { checked: CheckedRoleMention[]; staleFigures: StaleFigure[] }[];
  referenceDates: readonly ReferenceDate[];
  clusterOf: ReadonlyMap<string, string>;
  copies: Analysis['copies'];
  trust: ReadonlyMap<string, number>;
  consensusPossible: boolean;
  relatedness: ReadonlyMap<string, ArticleRelatedness>;
  /** Articles about another event: their disagreements are `different-event`, not counted. */
  unrelated: ReadonlySet<string>;
}

function articleReport(
  article: NormalizedArticle,
  index: number,
  context: ReportContext,
): ArticleReport {
  const { consensus, clusterOf } = context;
  const independent = (id: string) => clusterOf.get(id) ?? id;
  const staleFigures = context.checks[index]!.staleFigures;
  const staleSpans = staleFigures.map((figure) => [figure.start, figure.end] as const);
  const overlapsStale = (start: number, end: number) => overlapsAny(staleSpans, start, end);

  let corroborated = 0;
  let uncorroborated = 0;
  // Sentences: corroborated when another independent source states the same thing.
  const corroboratedHere = context.corroboratedSentences.get(article.id);
  for (let sentenceIndex = 0; sentenceIndex < context.prepared[index]!.length; sentenceIndex++) {
    if (corroboratedHere?.has(sentenceIndex)) corroborated++;
    else uncorroborated++;
  }

  // Claims: against the weighted consensus of their object.
  const differentEvent = context.unrelated.has(article.id);
  const tally = judgeClaims(
    context.claimsByArticle.get(article.id) ?? [],
    consensus,
    { consensusPossible: context.consensusPossible, independentOf: independent, differentEvent },
    staleSpans,
  );
  const { contradictions } = tally;
  corroborated += tally.corroborated;
  uncorroborated += tally.uncorroborated;
  const unchecked =
    context.checks[index]!.checked.filter((check) => check.verdict.status === 'unchecked').length +
    tally.unchecked;
  const contradicted = tally.contradicted + staleFigures.length;

  const roleConflicts = context.roleConflicts.filter((conflict) =>
    conflict.sides.some((side) => side.articles.includes(article.id)),
  );
  const counts = { corroborated, contradicted, uncorroborated, unchecked };
  const flags: ArticleFlagKind[] = [];
  if (staleFigures.length > 0) flags.push('stale-figure');
  if (contradictions.some((c) => c.strength === 'clear-majority' && !overlapsStale(c.start, c.end)))
    flags.push('contradiction');
  if (roleConflicts.some((conflict) => isMinoritySide(article.id, conflict)))
    flags.push('role-conflict');
  const copyCluster = context.copyClusterOf.get(article.id);
  if (copyCluster) flags.push('copy');
  if (differentEvent) flags.push('unrelated');
  const measure = context.relatedness.get(article.id)!;
  const agreement = agreementFigure(counts);
  return {
    id: article.id,
    source: article.source ?? null,
    title: article.title ?? null,
    score: combinedScore(measure.relatedness, agreement),
    relatedness: measure.relatedness,
    agreement,
    overlap: {
      contentShared: measure.contentShared,
      sentencesShared: measure.sentencesShared,
      sentencesMeasured: measure.sentencesMeasured,
      namedShared: measure.namedShared,
      named: measure.named,
    },
    trust: Math.round((context.trust.get(article.id) ?? 1) * 1000) / 1000,
    counts,
    referenceDate: context.referenceDates[index]!,
    sentences: context.prepared[index]!.length,
    staleFigures,
    roleConflicts,
    contradictions,
    flags,
    copies: copyCluster ? copyCluster.ids.filter((id) => id !== article.id) : [],
  };
}

/**
 * Per article, the sentences whose aligned group also holds another independent source (a
 * copy of the same article does not corroborate it). One pass over the groups' members.
 */
function corroboratedSentencesOf(
  alignment: Alignment,
  clusterOf: ReadonlyMap<string, string>,
): Map<string, Set<number>> {
  const result = new Map<string, Set<number>>();
  for (const group of alignment.groups) {
    const units = new Set(
      group.members.map((member) => clusterOf.get(member.articleId) ?? member.articleId),
    );
    if (units.size < 2) continue;
    for (const member of group.members) {
      const set = result.get(member.articleId) ?? new Set<number>();
      set.add(member.sentenceIndex);
      result.set(member.articleId, set);
    }
  }
  return result;
}

// An article is on the minority side of a role conflict when another holder is named by more articles.
function isMinoritySide(articleId: string, conflict: RoleConflict): boolean {
  const mine = conflict.sides.find((side) => side.articles.includes(articleId));
  if (!mine) return false;
  return conflict.sides.some(
    (side) => side !== mine && side.articles.length > mine.articles.length,
  );
}

function findOutliers(
  reports: readonly ArticleReport[],
  consensusPossible: boolean,
  clusterOf: ReadonlyMap<string, string>,
  relatedness: ReadonlyMap<string, ArticleRelatedness>,
  unrelated: ReadonlySet<string>,
): Outlier[] {
  if (!consensusPossible) return [];
  const { center, zOf } = independentScoreStatistics(reports, clusterOf);
  const outliers: Outlier[] = [];
  reports.forEach((report) => {
    const clearContradictions = report.contradictions.filter(
      (contradiction) =>
        contradiction.strength === 'clear-majority' &&
        !report.staleFigures.some(
          (figure) => contradiction.start < figure.end && figure.start < contradiction.end,
        ),
    );
    const hard = report.staleFigures.length + clearContradictions.length;
    const z = zOf(report.score);
    const differentEvent = unrelated.has(report.id);
    if (!differentEvent && !isOutlier(z, hard)) return;
    const reasons: OutlierReason[] = [
      ...report.staleFigures.map((figure) => ({
        kind: 'stale-figure' as const,
        message: staleFigureMessage(figure),
        evidence: [staleFigureEvidence(report.id, figure)],
      })),
      ...clearContradictions.map((contradiction) => ({
        kind: 'contradiction' as const,
        message: contradictionMessage(contradiction),
        evidence: [contradictionEvidence(report.id, contradiction)],
      })),
    ];
    if (differentEvent) reasons.push(unrelatedReason(relatedness.get(report.id)!));
    else if (z > 0) {
      reasons.push({
        kind: 'low-score',
        message: `Backed least by the other sources: score ${report.score.toFixed(2)} (relatedness ${report.relatedness.toFixed(2)} × agreement ${report.agreement.toFixed(2)}) against a cluster median of ${center.toFixed(2)} (robust z ${z.toFixed(1)}).`,
        evidence: [],
      });
    }
    outliers.push({
      id: report.id,
      score: report.score,
      robustZ: z,
      reasons: rankReasons(reasons),
    });
  });
  return outliers.sort((x, y) => x.score - y.score || compareIds(x.id, y.id));
}

/**
 * Median and robust z of the scores with each copy cluster counted once (its members' mean
 * score) and articles without sentences left out, so that republishing one article cannot
 * move the median the other articles are judged against.
 */
function independentScoreStatistics(
  reports: readonly ArticleReport[],
  clusterOf: ReadonlyMap<string, string>,
): { center: number; zOf: (score: number) => number } {
  const byUnit = new Map<string, number[]>();
  for (const report of reports) {
    if (report.sentences === 0) continue;
    const unit = clusterOf.get(report.id) ?? report.id;
    const list = byUnit.get(unit) ?? [];
    list.push(report.score);
    byUnit.set(unit, list);
  }
  const scores = [...byUnit.keys()].sort(compareIds).map((unit) => {
    const list = byUnit.get(unit)!;
    return list.reduce((sum, score) => sum + score, 0) / list.length;
  });
  const center = median(scores);
  return {
    center,
    zOf: lowZJudge(scores),
  };
}

function buildFacts(
  alignment: Alignment,
  claims: readonly Claim[],
  consensus: ReadonlyMap<string, ObjectConsensus>,
  clusterOf: ReadonlyMap<string, string>,
): Fact[] {
  const groupOfSentence = new Map<string, string>();
  for (const group of alignment.groups) {
    for (const member of group.members)
      groupOfSentence.set(`${member.articleId}\u0000${member.sentenceIndex}`, group.id);
  }
  const disputesByGroup = new Map<string, Set<string>>();
  for (const claim of claims) {
    const object = consensus.get(claim.object)!;
    if (object.value === null) continue;
    const agree = agreementFor(object.kind);
    if (object.values.every((value) => agree(value.value, object.value!))) continue;
    const groupId = groupOfSentence.get(`${claim.articleId}\u0000${claim.evidence.sentenceIndex}`);
    if (!groupId) continue;
    const set = disputesByGroup.get(groupId) ?? new Set<string>();
    set.add(claim.object);
    disputesByGroup.set(groupId, set);
  }
  return alignment.groups.map((group) => ({
    id: group.id,
    members: group.members,
    score: group.score,
    independentSources: new Set(
      group.members.map((member) => clusterOf.get(member.articleId) ?? member.articleId),
    ).size,
    disputes: [...(disputesByGroup.get(group.id) ?? [])].sort(compareIds).map((objectId) => {
      const object = consensus.get(objectId)!;
      const agree = agreementFor(object.kind);
      return {
        object: objectId,
        claim: object.label,
        consensus: object.display ?? String(object.value),
        dissent: object.values
          .filter((value) => !agree(value.value, object.value!))
          .map((value) => ({ value: value.display, articles: value.articles })),
      };
    }),
  }));
}
