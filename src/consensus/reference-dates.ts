// The reference date of every article of a cluster: its own, else the date of the articles that
// report the same event as it, voted by one article per independent source.
import type { Alignment, PreparedSentence } from '../align/types.js';
import type { ReferenceDate, StaleFigure } from '../analysis.js';
import type { DateMention } from '../extract/date-types.js';
import {
  chooseReferenceDate,
  clusterReferenceDate,
  type DatedArticle,
} from '../extract/reference-date.js';
import type { IsoDate } from '../input/parse-date.js';
import type { NormalizedArticle } from '../input/validate-articles.js';
import { SAME_EVENT_STATEMENTS, sameEventGroups, sharedStatements } from './same-event.js';

/**
 * The cluster's reference date and each article's. One vote per independent source: copies
 * (`clusterOf`), exact duplicates, empty articles and articles about another event
 * (`unrelated`) must not move the date every article is judged on. An article with no date of
 * its own borrows only the date of the articles that report the same event as it (see
 * {@link sameEventGroups}: joined by aligned statements in common); when none of them is
 * dated it gets no cluster date, and its reason says which date it did not borrow.
 */
export function clusterReferenceDates(
  articles: readonly NormalizedArticle[],
  prepared: readonly (readonly PreparedSentence[])[],
  statedDates: readonly DateMention[][],
  clusterOf: ReadonlyMap<string, string>,
  unrelated: ReadonlySet<string>,
  asOf: IsoDate | null,
  alignment?: Alignment,
): { cluster: ReferenceDate; articles: ReferenceDate[] } {
  const unitOf = (id: string) => clusterOf.get(id) ?? id;
  const seenTexts = new Set<string>();
  const voters: { unit: string; article: DatedArticle }[] = [];
  articles.forEach((article, index) => {
    const text = article.text.trim();
    const unit = unitOf(article.id);
    if (prepared[index]!.length === 0 || unit !== article.id || seenTexts.has(text)) return;
    if (unrelated.has(article.id)) return;
    seenTexts.add(text);
    voters.push({
      unit,
      article: {
        ...(article.publishedAt ? { publishedAt: article.publishedAt } : {}),
        dates: statedDates[index]!,
        sentences: prepared[index]!,
      },
    });
  });
  const cluster = clusterReferenceDate(
    voters.map((voter) => voter.article),
    { asOf },
  );
  // Without the alignment (or with no cluster date) every article sees the one cluster date.
  const groupOf =
    alignment && cluster.date !== null
      ? sameEventGroups(
          [...new Set(articles.map((article) => unitOf(article.id)))],
          sharedStatements(alignment, unitOf),
        )
      : null;
  const groupDates = new Map<string, ReferenceDate>();
  const groupDate = (group: string): ReferenceDate => {
    let date = groupDates.get(group);
    if (!date) {
      date = clusterReferenceDate(
        voters.filter((voter) => groupOf!.get(voter.unit) === group).map((voter) => voter.article),
        { asOf },
      );
      groupDates.set(group, date);
    }
    return date;
  };
  return {
    cluster,
    articles: articles.map((article, index) => {
      const own = article.publishedAt ? { publishedAt: article.publishedAt } : {};
      const options = { asOf, sentences: prepared[index]! };
      if (groupOf === null)
        return chooseReferenceDate(own, statedDates[index]!, {
          ...options,
          clusterDate: cluster.date,
        });
      const borrowed = groupDate(groupOf.get(unitOf(article.id))!);
      const chosen = chooseReferenceDate(own, statedDates[index]!, {
        ...options,
        clusterDate: borrowed.date,
      });
      if (
        borrowed.date !== null ||
        chosen.rule === 'published-at' ||
        chosen.rule === 'stated-in-text'
      )
        return chosen;
      return { ...chosen, reason: `${chosen.reason} ${notBorrowedNote(cluster)}` };
    }),
  };
}

/** Why an undated article did not take the cluster's date. */
function notBorrowedNote(cluster: ReferenceDate): string {
  return `The cluster's date (${cluster.date}) is not borrowed: no article that dates it shares ${SAME_EVENT_STATEMENTS} or more statements with this one, directly or through other articles, so they may report another event.`;
}

/**
 * Independent sources that must name one person in one office, each stale on a date it
 * borrowed from the cluster, for that date to be withdrawn from them (see
 * {@link disputedBorrowedDates}).
 */
export const SOURCES_AGAINST_BORROWED_DATE = 2;

/**
 * The articles whose borrowed cluster date is withdrawn: those with a stale figure on a
 * borrowed date (`rule: 'cluster-consensus'`) that {@link SOURCES_AGAINST_BORROWED_DATE} or
 * more independent sources share — the same person in the same office, each on a borrowed
 * date. Sources that agree on who held an office are evidence of when they were written; a
 * date none of them stated that makes them all out of date is more likely another event's (on
 * ECB+, undated December 2008 reports of a rule all naming the then Interior Secretary, judged
 * on the 2009 date of a report of its reversal). One source alone keeps its flag (the stale
 * seed article names Scholz as chancellor on a date it borrowed). Maps each withdrawn
 * article's index to the reason.
 */
export function disputedBorrowedDates(
  ids: readonly string[],
  referenceDates: readonly ReferenceDate[],
  staleFigures: readonly (readonly StaleFigure[])[],
  unitOf: (id: string) => string,
): Map<number, string> {
  const key = (figure: StaleFigure) => `${figure.person}\u0000${figure.roleId}`;
  const unitsByKey = new Map<string, Set<string>>();
  ids.forEach((id, index) => {
    if (referenceDates[index]!.rule !== 'cluster-consensus') return;
    for (const figure of staleFigures[index]!) {
      const units = unitsByKey.get(key(figure)) ?? new Set<string>();
      units.add(unitOf(id));
      unitsByKey.set(key(figure), units);
    }
  });
  const withdrawn = new Map<number, string>();
  ids.forEach((_id, index) => {
    const date = referenceDates[index]!;
    if (date.rule !== 'cluster-consensus') return;
    const disputed = staleFigures[index]!.find(
      (figure) => unitsByKey.get(key(figure))!.size >= SOURCES_AGAINST_BORROWED_DATE,
    );
    if (!disputed) return;
    const count = unitsByKey.get(key(disputed))!.size;
    withdrawn.set(
      index,
      `no publication date and no date in the text that dates the article; the cluster's date (${date.date}) is not borrowed: on it ${count} independent sources that did not state it name ${disputed.person} as ${disputed.role}, which ${disputed.person} no longer was — sources that agree on an office holder more likely date from another time than all be out of date, so staleness is not judged.`,
    );
  });
  return withdrawn;
}
