// One article's report: its sentences and claims counted by outcome, its score, flags,
// stale figures, contradictions and role conflicts.
import type { Alignment, PreparedSentence } from '../align/types.js';
import type {
  Analysis,
  ArticleFlagKind,
  ArticleReport,
  ReferenceDate,
  RoleConflict,
  StaleFigure,
} from '../analysis.js';
import type { Claim } from '../consensus/claims.js';
import type { ObjectConsensus } from '../consensus/consensus.js';
import { judgeClaims, overlapsAny } from '../consensus/judge.js';
import type { NormalizedArticle } from '../input/validate-articles.js';
import type { CheckedRoleMention } from '../knowledge/stale-figures.js';
import { agreementFigure, combinedScore } from './agreement-score.js';
import type { ArticleRelatedness } from './relatedness.js';

/** What the reports of a cluster's articles read from the rest of the analysis. */
export interface ReportInputs {
  roleConflicts: readonly RoleConflict[];
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
  /** Per article, the sentences an aligned group shares with another independent source. */
  corroboratedSentences: ReadonlyMap<string, ReadonlySet<number>>;
  relatedness: ReadonlyMap<string, ArticleRelatedness>;
  /** Articles about another event: their disagreements are `different-event`, not counted. */
  unrelated: ReadonlySet<string>;
}

/** The report of every article of a cluster, in article order (see {@link articleReport}). */
export function articleReports(
  articles: readonly NormalizedArticle[],
  inputs: ReportInputs,
): ArticleReport[] {
  const claimsByArticle = new Map<string, Claim[]>();
  for (const claim of inputs.claims) {
    const list = claimsByArticle.get(claim.articleId);
    if (list) list.push(claim);
    else claimsByArticle.set(claim.articleId, [claim]);
  }
  const copyClusterOf = new Map(
    inputs.copies.flatMap((copy) => copy.ids.map((id) => [id, copy] as const)),
  );
  const context: ReportContext = { ...inputs, claimsByArticle, copyClusterOf };
  return articles.map((article, index) => articleReport(article, index, context));
}

/** What an article's report reads from the rest of the analysis. */
export interface ReportContext extends ReportInputs {
  claimsByArticle: ReadonlyMap<string, Claim[]>;
  copyClusterOf: ReadonlyMap<string, Analysis['copies'][number]>;
}

/**
 * One article's report: its sentences (corroborated when an aligned group also holds another
 * independent source) and claims (see `judgeClaims`) counted by outcome, its relatedness,
 * agreement and score, its stale figures, contradictions, role conflicts, copies and flags.
 */
export function articleReport(
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
      coreNames: measure.coreNames,
      coreNamesShared: measure.coreNamesShared,
      recurringNames: measure.recurringNames,
      recurringNamesShared: measure.recurringNamesShared,
      mainNames: measure.mainNames,
      mainNamesNamed: measure.mainNamesNamed,
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
export function corroboratedSentencesOf(
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
