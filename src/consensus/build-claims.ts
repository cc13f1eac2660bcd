// Builds comparable claims from what the extract stage found in each article.

import { phraseConcepts } from '../align/fact-concepts.js';
import type { NumberMention } from '../align/sentence-profile.js';
import type { AlignmentGroup } from '../align/types.js';
import type { EventSlot, ItineraryStop, RoleMention } from '../extract/types.js';
import { compareIds } from '../input/validate-articles.js';
import { identifyPeople } from '../knowledge/judge-role-mention.js';
import type { KnowledgeBase } from '../knowledge/knowledge-base.js';
import type { CheckedRoleMention } from '../knowledge/stale-figures.js';
import { tokenize } from '../text/tokenize.js';
import { tokenizeWords } from '../text/word-tokens.js';
import {
  type ArticleClaimsInput,
  type Claim,
  displayPlace,
  evidenceAt,
  placeValue,
} from './claims.js';
import {
  boundAccountsFor,
  describeSlot,
  differentNames,
  figureContext,
  leadingName,
  type SlottedFigure,
  sharesContext,
  slotFigures,
} from './figure-slots.js';

/** A role mention whose holder is known: the canonical person and the role's label. */
export interface ResolvedRoleMention {
  mention: RoleMention;
  roleId: string;
  roleLabel: string;
  /** Canonical person (knowledge-base name when identified, else the cluster person key). */
  person: string;
}

/**
 * Role-holder claims: "the holder of <role> is <person>", from present-tense mentions only
 * ("former", "then-", "late", "incoming" say nothing about who holds the office now).
 */
export function roleHolderClaims(
  input: ArticleClaimsInput,
  mentions: readonly ResolvedRoleMention[],
): Claim[] {
  return mentions
    .filter(({ mention }) => (mention.modifier?.tense ?? 'present') === 'present')
    .map(({ mention, roleId, roleLabel, person }) => ({
      articleId: input.articleId,
      kind: 'role-holder' as const,
      object: `role:${roleId}`,
      label: `Holder of the office of ${roleLabel}`,
      value: person,
      display: mention.person,
      evidence: evidenceAt(input, mention.sentenceIndex, mention.personStart, mention.personEnd),
      role: { id: roleId, label: roleLabel },
    }));
}

/**
 * Where an event happens, keyed by its participants other than the story's protagonists
 * (people who take part in most events of the cluster, like the travelling president):
 * "Trump will meet Xi in Busan" and "the summit with Xi in Beijing" are both claims about
 * `event-place:xi jinping`.
 */
export function eventPlaceClaims(
  input: ArticleClaimsInput,
  slots: readonly EventSlot[],
  protagonists: ReadonlySet<string>,
  displayName: (personKey: string) => string,
): Claim[] {
  const claims: Claim[] = [];
  // A sentence can hold thousands of slots: read its organisations once, not once per slot.
  const organisationsBySentence = new Map<number, string[]>();
  const organisationsIn = (sentenceIndex: number, fallback: string): string[] => {
    let organisations = organisationsBySentence.get(sentenceIndex);
    if (organisations === undefined) {
      const sentence = input.sentences[sentenceIndex];
      organisations =
        sentence?.concepts !== undefined
          ? organisationConcepts(sentence.concepts)
          : sentenceOrganisations(sentence?.text ?? fallback);
      organisationsBySentence.set(sentenceIndex, organisations);
    }
    return organisations;
  };
  for (const slot of slots) {
    if (slot.place === null) continue;
    const key = eventKey(slot, protagonists, () =>
      organisationsIn(slot.sentenceIndex, slot.evidence),
    );
    if (key === null) continue;
    const value = placeValue(slot.place.name, slot.place.country);
    claims.push({
      articleId: input.articleId,
      kind: 'event-place',
      object: `event-place:${key}`,
      label: key.startsWith('org:')
        ? `Place of the ${key.slice(4).toUpperCase().split('+').join('/')} ${slot.event}`
        : `Place of the meeting with ${key.split('+').map(displayName).join(' and ')}`,
      value,
      display: displayPlace(value),
      evidence: evidenceAt(input, slot.sentenceIndex, slot.start, slot.end),
    });
  }
  return claims;
}

/** The organisations a sentence names ("G7 leaders ended a summit in Sicily" → ["g7"]). */
export function sentenceOrganisations(sentence: string): string[] {
  return organisationConcepts(phraseConcepts(tokenizeWords(sentence)));
}

/** The organisations among a sentence's concepts (`o:g7` → "g7"), in their order. */
export function organisationConcepts(concepts: readonly string[]): string[] {
  return concepts.filter((concept) => concept.startsWith('o:')).map((concept) => concept.slice(2));
}

/**
 * What identifies an event across articles: its participants other than the protagonists
 * ("xi jinping"), else the organisation named in the sentence whose summit or meeting it is
 * ("G7 leaders ended a summit in Sicily" → "org:g7"); null when neither says which event.
 * `organisations` is asked only when no participant identifies the event, so a caller can
 * read each sentence's organisations once (see {@link sentenceOrganisations}).
 */
export function eventKey(
  slot: EventSlot,
  protagonists: ReadonlySet<string>,
  organisationsOf: () => readonly string[] = () => sentenceOrganisations(slot.evidence),
): string | null {
  const others = [...new Set(slot.participants)]
    .filter((key) => !protagonists.has(key))
    .sort(compareIds);
  if (others.length > 0) return others.join('+');
  const organisations = organisationsOf();
  return organisations.length > 0
    ? `org:${[...new Set(organisations)].sort(compareIds).join('+')}`
    : null;
}

// A person who takes part in at least this share of a cluster's event slots is the story's
// protagonist (the travelling president), whose presence says nothing about which event is meant.
export const PROTAGONIST_SHARE = 0.5;

/** People present in at least {@link PROTAGONIST_SHARE} of the event slots with participants. */
export function findProtagonists(slotsByArticle: readonly (readonly EventSlot[])[]): Set<string> {
  const counts = new Map<string, number>();
  let total = 0;
  for (const slots of slotsByArticle) {
    for (const slot of slots) {
      if (slot.participants.length === 0) continue;
      total++;
      for (const key of new Set(slot.participants)) counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  const result = new Set<string>();
  for (const [key, count] of counts) {
    // A lone participant of a one-slot cluster is not a protagonist: it would leave no key.
    if (total >= 2 && count / total >= PROTAGONIST_SHARE) result.add(key);
  }
  return result;
}

// An itinerary is a full list of the trip's stops only when one sentence names at least two
// countries as stops: "a visit to Malaysia" alone, or stops scattered over several sentences,
// do not say which countries the trip skips.
export const MIN_ITINERARY_COUNTRIES = 2;

/**
 * Itinerary claims: for every country any article lists as a stop, whether this article's
 * itinerary includes it. Only an article with a list sentence (one sentence naming at least
 * {@link MIN_ITINERARY_COUNTRIES} countries as stops) speaks to the countries it leaves out;
 * the evidence for an omission is that list sentence.
 */
export function itineraryClaims(
  input: ArticleClaimsInput,
  stops: readonly ItineraryStop[],
  allCountries: readonly { code: string; name: string }[],
): Claim[] {
  const byCountry = new Map<string, ItineraryStop>();
  const countriesBySentence = new Map<number, Set<string>>();
  for (const stop of stops) {
    if (!byCountry.has(stop.countryCode)) byCountry.set(stop.countryCode, stop);
    const set = countriesBySentence.get(stop.sentenceIndex) ?? new Set<string>();
    set.add(stop.countryCode);
    countriesBySentence.set(stop.sentenceIndex, set);
  }
  const listSentence = [...countriesBySentence]
    .filter(([, countries]) => countries.size >= MIN_ITINERARY_COUNTRIES)
    .map(([sentenceIndex]) => sentenceIndex)
    .sort((a, b) => a - b)[0];
  const claims: Claim[] = [];
  for (const { code, name } of allCountries) {
    const stop = byCountry.get(code);
    const label = `${name} as a stop of the trip`;
    if (stop) {
      claims.push({
        articleId: input.articleId,
        kind: 'itinerary',
        object: `itinerary:${code}`,
        label,
        value: 'included',
        display: `includes ${name}`,
        evidence: evidenceAt(input, stop.sentenceIndex, stop.start, stop.end),
      });
    } else if (listSentence !== undefined) {
      const sentence = input.sentences[listSentence]!;
      claims.push({
        articleId: input.articleId,
        kind: 'itinerary',
        object: `itinerary:${code}`,
        label,
        value: 'not included',
        display: `lists the stops without ${name}`,
        evidence: evidenceAt(input, listSentence, sentence.start, sentence.end),
      });
    }
  }
  return claims;
}

/**
 * Figure claims inside aligned groups: sentences that state the same thing and give a figure
 * that measures the same thing ({@link slotFigures}: a duration, an amount of one currency, a
 * count of one thing, a percentage, a year) make claims about one object per group and slot,
 * so "extended by 12 years, until 2038" and "extended by 10 years" compare the durations
 * whatever else the sentences number. Only slots that every member giving them fills once are
 * used: with two durations in one sentence, which one corresponds to which is guesswork; and
 * only members whose sentence shares a word besides its figures and their units with another's
 * ({@link sharesContext}), and not a bounded figure whose bound the others keep
 * ({@link boundAccountsFor}); a slot whose sentences open with different actors
 * ({@link differentNames}) is not used. A year is compared exactly (as a date), every other figure within
 * the figure tolerance.
 */
export function figureClaims(
  group: AlignmentGroup,
  groupIndex: number,
  inputs: ReadonlyMap<string, ArticleClaimsInput>,
  numbersOf: (articleId: string, sentenceIndex: number) => readonly NumberMention[],
): Claim[] {
  const bySlot = new Map<
    string,
    {
      articleId: string;
      sentenceIndex: number;
      figure: SlottedFigure;
      context: Set<string>;
      name: string[];
    }[]
  >();
  const ambiguous = new Set<string>();
  for (const member of group.members) {
    const sentence = inputs.get(member.articleId)!.sentences[member.sentenceIndex]!;
    // A figure too large to represent ("9" × 400) is no comparable value.
    const numbers = numbersOf(member.articleId, member.sentenceIndex).filter((number) =>
      Number.isFinite(number.value),
    );
    if (numbers.length === 0) continue;
    // One tokenization of the sentence for its figures, their context and its leading name.
    const tokens = tokenize(sentence.text);
    const seen = new Map<string, SlottedFigure>();
    const figures = slotFigures(sentence.text, numbers, tokens);
    for (const figure of figures) {
      if (!Number.isFinite(figure.value)) continue;
      if (seen.has(figure.slot)) ambiguous.add(figure.slot);
      seen.set(figure.slot, figure);
    }
    if (seen.size === 0) continue;
    const context = figureContext(sentence.text, figures, tokens);
    const name = leadingName(sentence.text, tokens);
    for (const [slot, figure] of seen) {
      const list = bySlot.get(slot) ?? [];
      list.push({
        articleId: member.articleId,
        sentenceIndex: member.sentenceIndex,
        figure,
        context,
        name,
      });
      bySlot.set(slot, list);
    }
  }
  const claims: Claim[] = [];
  for (const [slot, all] of [...bySlot].sort((x, y) => compareIds(x[0], y[0]))) {
    // A figure whose sentence shares nothing but units with the others' is about something else.
    const related = all.filter((entry) =>
      all.some((other) => other !== entry && sharesContext(entry.context, other.context)),
    );
    // "At least two" beside 70 states a limit the others keep: no evidence either way.
    const list = related.filter(
      (entry) =>
        !boundAccountsFor(
          entry.figure,
          related.filter((other) => other !== entry).map((other) => other.figure.value),
        ),
    );
    if (ambiguous.has(slot) || list.length < 2) continue;
    // Sentences opening with two different actors ("Daye finished with …", "Vaughn finished
    // with …"): which figure a sentence without one is about is guesswork, as with two figures.
    if (list.some((a) => list.some((b) => differentNames(a.name, b.name)))) continue;
    const isYear = slot === 'year';
    for (const { articleId, sentenceIndex, figure } of list) {
      const input = inputs.get(articleId)!;
      const sentence = input.sentences[sentenceIndex]!;
      claims.push({
        articleId,
        kind: isYear ? 'event-date' : 'quantity',
        object: `figure:${group.id}:${slot}`,
        label: `${isYear ? 'Year' : `Figure (${describeSlot(slot)})`} in “${truncate(group.members[0]!.text)}” (fact ${groupIndex + 1})`,
        value: isYear ? String(figure.value) : figure.value,
        display: figure.text,
        evidence: evidenceAt(
          input,
          sentenceIndex,
          sentence.start + figure.start,
          sentence.start + figure.end,
        ),
      });
    }
  }
  return claims;
}

function truncate(text: string): string {
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
}

/** A date of a sentence reduced to what comparison needs. */
export interface SentenceDate {
  /** `YYYY-MM-DD` when the year is known, `--MM-DD` when only month and day are. */
  value: string;
  text: string;
  start: number;
  end: number;
}

/** A place of a sentence reduced to what comparison needs. */
export interface SentencePlace {
  /** {@link placeValue}: "Busan › South Korea". */
  value: string;
  text: string;
  start: number;
  end: number;
}

/**
 * Date and place claims inside aligned groups: sentences that state the same thing and each
 * give exactly one day (or one location) make claims about one object per group. With two
 * dates or places in a sentence ("flies from Tokyo to Busan"), which one corresponds to which
 * is guesswork, so such groups make no claim.
 */
export function groupSlotClaims(
  group: AlignmentGroup,
  groupIndex: number,
  inputs: ReadonlyMap<string, ArticleClaimsInput>,
  datesOf: (articleId: string, sentenceIndex: number) => readonly SentenceDate[],
  placesOf: (articleId: string, sentenceIndex: number) => readonly SentencePlace[],
): Claim[] {
  const claims: Claim[] = [];
  const slots = [
    {
      kind: 'event-date' as const,
      of: datesOf,
      noun: 'Date',
      display: (value: string, text: string) => text || value,
    },
    {
      kind: 'event-place' as const,
      of: placesOf,
      noun: 'Place',
      display: (value: string) => displayPlace(value),
    },
  ];
  for (const slot of slots) {
    const found = group.members.map((member) => ({
      member,
      items: slot.of(member.articleId, member.sentenceIndex),
    }));
    const single = found.filter(({ items }) => items.length === 1);
    if (single.length < 2 || found.some(({ items }) => items.length > 1)) continue;
    for (const { member, items } of single) {
      const item = items[0]!;
      claims.push({
        articleId: member.articleId,
        kind: slot.kind,
        object: `${slot.kind}:${group.id}`,
        label: `${slot.noun} in “${truncate(group.members[0]!.text)}” (fact ${groupIndex + 1})`,
        value: item.value,
        display: slot.display(item.value, item.text),
        evidence: evidenceAt(
          inputs.get(member.articleId)!,
          member.sentenceIndex,
          item.start,
          item.end,
        ),
      });
    }
  }
  return claims;
}

/** Role mentions whose role and person could be pinned down, with canonical names. */
export function resolveRoleMentions(
  checked: readonly CheckedRoleMention[],
  knowledge: KnowledgeBase,
): ResolvedRoleMention[] {
  const resolved: ResolvedRoleMention[] = [];
  for (const { mention, verdict } of checked) {
    const roleId = verdict.roleId;
    if (roleId === null) continue;
    const role = knowledge.getRole(roleId);
    if (!role) continue;
    const person =
      verdict.status === 'confirmed'
        ? verdict.term.person
        : verdict.status === 'stale'
          ? verdict.person
          : (identifyPeople(mention, knowledge)[0] ?? mention.personKey);
    resolved.push({ mention, roleId, roleLabel: role.label, person });
  }
  return resolved;
}
