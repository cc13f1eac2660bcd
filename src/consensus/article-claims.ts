// The claims each article makes on its own (offices, event places, trip stops), built the same
// way for analyze and for Corpus.score; claims read off aligned groups are added by analyze.

import type { Alignment, PreparedSentence } from '../align/types.js';
import type { ReferenceDate } from '../analysis.js';
import type { ArticleExtraction } from '../extract/extract-cluster.js';
import { resolveDates } from '../extract/extract-cluster.js';
import { compareIds, type NormalizedArticle } from '../input/validate-articles.js';
import type { KnowledgeBase } from '../knowledge/knowledge-base.js';
import type { CheckedRoleMention } from '../knowledge/stale-figures.js';
import { Work } from '../progress.js';
import {
  eventPlaceClaims,
  figureClaims,
  findProtagonists,
  groupSlotClaims,
  itineraryClaims,
  resolveRoleMentions,
  roleHolderClaims,
} from './build-claims.js';
import type { ArticleClaimsInput, Claim } from './claims.js';
import { sentenceDates, sentencePlaces } from './sentence-slots.js';

/** One article as the claim builders read it. */
export interface ClaimSource {
  input: ArticleClaimsInput;
  extraction: ArticleExtraction;
  /** Its role mentions judged against the office table on its reference date. */
  checked: readonly CheckedRoleMention[];
}

/**
 * The role-holder, event-place and itinerary claims of every article of a cluster, in article
 * order. Cluster-wide context: the protagonists left out of event keys (see
 * `findProtagonists`), the longest name written for each person, and the countries any article
 * lists as stops (an article with a list sentence claims every other one is not a stop).
 */
export function articleClaims(sources: readonly ClaimSource[], knowledge: KnowledgeBase): Claim[] {
  const protagonists = findProtagonists(sources.map((source) => source.extraction.eventSlots));
  const names = new Map<string, string>();
  for (const { extraction } of sources) {
    for (const person of extraction.people) {
      const current = names.get(person.key);
      if (current === undefined || person.name.length > current.length)
        names.set(person.key, person.name);
    }
  }
  const displayName = (key: string) => names.get(key) ?? key;
  const countries = new Map<string, string>();
  for (const { extraction } of sources) {
    for (const stop of extraction.itinerary) countries.set(stop.countryCode, stop.country);
  }
  const allCountries = [...countries]
    .map(([code, name]) => ({ code, name }))
    .sort((x, y) => compareIds(x.code, y.code));
  const claims: Claim[] = [];
  for (const { input, extraction, checked } of sources) {
    claims.push(...roleHolderClaims(input, resolveRoleMentions(checked, knowledge)));
    claims.push(...eventPlaceClaims(input, extraction.eventSlots, protagonists, displayName));
    claims.push(...itineraryClaims(input, extraction.itinerary, allCountries));
  }
  return claims;
}

/**
 * Stand-in reference date for articles with none, used only to read "June 13" as a month and
 * day: such dates are compared as `--MM-DD` (see `sentenceDates`), so the year is irrelevant.
 */
const MONTH_DAY_PROBE_DATE = '2000-01-01';

/**
 * Every claim of a cluster: each article's own ({@link articleClaims}) and those read off the
 * aligned groups (figures, and dates and places a group's sentences state).
 */
export function clusterClaims(
  articles: readonly NormalizedArticle[],
  prepared: readonly (readonly PreparedSentence[])[],
  extractions: readonly ArticleExtraction[],
  checks: readonly { checked: CheckedRoleMention[] }[],
  alignment: Alignment,
  knowledge: KnowledgeBase,
  referenceDates: readonly ReferenceDate[],
  work: Work = Work.none,
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
  // The caller's `claims` stage: this pass over the articles is most of it.
  const dates = articles.map((_, index) => {
    work.tickShare(index, articles.length * 2);
    return sentenceDates(
      resolveDates(prepared[index]!, referenceDates[index]!.date ?? MONTH_DAY_PROBE_DATE),
    );
  });
  const places = articles.map((article, index) =>
    sentencePlaces(extractions[index]!.places, article.text),
  );
  const datesOf = (articleId: string, sentenceIndex: number) =>
    dates[position.get(articleId)!]!.get(sentenceIndex) ?? [];
  const placesOf = (articleId: string, sentenceIndex: number) =>
    places[position.get(articleId)!]!.get(sentenceIndex) ?? [];
  alignment.groups.forEach((group, groupIndex) => {
    work.tickShare(articles.length + groupIndex, articles.length * 2);
    claims.push(...figureClaims(group, groupIndex, inputs, numbersOf));
    claims.push(...groupSlotClaims(group, groupIndex, inputs, datesOf, placesOf));
  });
  return claims;
}
