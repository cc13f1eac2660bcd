// Articles set aside before the pipeline (not in English, exact duplicates) and added back into
// its result afterwards, so nothing the caller passed is silently dropped.
import type { Analysis, ArticleReport } from '../analysis.js';
import { compareIds, type NormalizedArticle } from '../input/validate-articles.js';
import { splitSentences } from '../text/split-sentences.js';

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
        coreNames: 0,
        coreNamesShared: 0,
        recurringNames: 0,
        recurringNamesShared: 1,
        mainNames: 0,
        mainNamesNamed: 0,
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
