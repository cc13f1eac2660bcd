// The reference date of every article of a cluster: its own, else the cluster's, voted by one
// article per independent source.
import type { PreparedSentence } from '../align/types.js';
import type { ReferenceDate } from '../analysis.js';
import type { DateMention } from '../extract/date-types.js';
import { chooseReferenceDate, clusterReferenceDate } from '../extract/reference-date.js';
import type { IsoDate } from '../input/parse-date.js';
import type { NormalizedArticle } from '../input/validate-articles.js';

/**
 * The cluster's reference date and each article's. One vote per independent source: copies
 * (`clusterOf`), exact duplicates, empty articles and articles about another event
 * (`unrelated`) must not move the date every article is judged on.
 */
export function clusterReferenceDates(
  articles: readonly NormalizedArticle[],
  prepared: readonly (readonly PreparedSentence[])[],
  statedDates: readonly DateMention[][],
  clusterOf: ReadonlyMap<string, string>,
  unrelated: ReadonlySet<string>,
  asOf: IsoDate | null,
): { cluster: ReferenceDate; articles: ReferenceDate[] } {
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
        dates: statedDates[index]!,
        sentences: prepared[index]!,
      },
    ];
  });
  const cluster = clusterReferenceDate(voters, { asOf });
  return {
    cluster,
    articles: articles.map((article, index) =>
      chooseReferenceDate(
        article.publishedAt ? { publishedAt: article.publishedAt } : {},
        statedDates[index]!,
        { clusterDate: cluster.date, asOf, sentences: prepared[index]! },
      ),
    ),
  };
}
