// The claims each article makes on its own (offices, event places, trip stops), built the same
// way for analyze and for Corpus.score; claims read off aligned groups are added by analyze.

import type { ArticleExtraction } from '../extract/extract-cluster.js';
import { compareIds } from '../input/validate-articles.js';
import type { KnowledgeBase } from '../knowledge/knowledge-base.js';
import type { CheckedRoleMention } from '../knowledge/stale-figures.js';
import {
  eventPlaceClaims,
  findProtagonists,
  itineraryClaims,
  resolveRoleMentions,
  roleHolderClaims,
} from './build-claims.js';
import type { ArticleClaimsInput, Claim } from './claims.js';

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
