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
 * What the claims of one article read of the cluster around it: the protagonists left out of
 * event keys (see `findProtagonists`), the longest name written for each person (first in
 * article order on a tie), and the countries any article lists as stops (an article with a
 * list sentence claims every other one is not a stop), sorted by code.
 */
export interface ClaimContext {
  protagonists: ReadonlySet<string>;
  displayName: (personKey: string) => string;
  allCountries: readonly { code: string; name: string }[];
}

/** The {@link ClaimContext} of a cluster, from its articles in article order. */
export function claimContext(
  extractions: readonly Pick<ArticleExtraction, 'people' | 'eventSlots' | 'itinerary'>[],
): ClaimContext {
  const protagonists = findProtagonists(extractions.map((extraction) => extraction.eventSlots));
  const names = new Map<string, string>();
  for (const extraction of extractions) {
    for (const person of extraction.people) {
      const current = names.get(person.key);
      if (current === undefined || person.name.length > current.length)
        names.set(person.key, person.name);
    }
  }
  const countries = new Map<string, string>();
  for (const extraction of extractions) {
    for (const stop of extraction.itinerary) countries.set(stop.countryCode, stop.country);
  }
  const allCountries = [...countries]
    .map(([code, name]) => ({ code, name }))
    .sort((x, y) => compareIds(x.code, y.code));
  return { protagonists, displayName: (key) => names.get(key) ?? key, allCountries };
}

/** The role-holder, event-place and itinerary claims of one article in its cluster's context. */
export function sourceClaims(
  { input, extraction, checked }: ClaimSource,
  context: ClaimContext,
  knowledge: KnowledgeBase,
): Claim[] {
  return [
    ...roleHolderClaims(input, resolveRoleMentions(checked, knowledge)),
    ...eventPlaceClaims(input, extraction.eventSlots, context.protagonists, context.displayName),
    ...itineraryClaims(input, extraction.itinerary, context.allCountries),
  ];
}

/**
 * The role-holder, event-place and itinerary claims of every article of a cluster, in article
 * order (see {@link claimContext} for what each reads of the others).
 */
export function articleClaims(sources: readonly ClaimSource[], knowledge: KnowledgeBase): Claim[] {
  const context = claimContext(sources.map((source) => source.extraction));
  return sources.flatMap((source) => sourceClaims(source, context, knowledge));
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
