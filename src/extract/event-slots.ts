// Where (with whom, and when) a meeting, summit, visit or talks happen, as each sentence states it.
import { CorroborateError, describeType } from '../errors.js';
import { assertSentences } from '../text/assert-sentences.js';
import { isPlainYear } from '../text/calendar.js';
import type { SentenceSpan } from '../text/types.js';
import {
  tokenEndingAt,
  tokenizeWords,
  tokenStartingAt,
  type WordToken,
} from '../text/word-tokens.js';
import { isDateWord } from './people/lexicon.js';
import type { EventKind, EventSlot, PersonMention, PlaceMention, SlotPlace } from './types.js';

/** Trigger words and the event they name. */
const EVENT_TRIGGERS: ReadonlyMap<string, EventKind> = new Map([
  ['meet', 'meeting'],
  ['meets', 'meeting'],
  ['met', 'meeting'],
  ['meeting', 'meeting'],
  ['meetings', 'meeting'],
  ['summit', 'summit'],
  ['summits', 'summit'],
  ['visit', 'visit'],
  ['visits', 'visit'],
  ['visited', 'visit'],
  ['visiting', 'visit'],
  ['talks', 'talks'],
  ['ceremony', 'ceremony'],
]);

/** Verbs that make "<verb> down with" a meeting ("will sit down with Trump") and, hyphenated, a noun ("the sit-down with Xi"). */
const SIT_VERBS: ReadonlySet<string> = new Set(['sit', 'sits', 'sat', 'sitting']);

/** Verbs that make "<verb> with <someone>" talks ("In Busan he will talk with Lee"). */
const TALK_VERBS: ReadonlySet<string> = new Set(['talk', 'talked', 'talking']);

/** Verbs that make a meeting when a person is their object ("will host Xi at Mar-a-Lago"). */
const HOST_VERBS: ReadonlySet<string> = new Set(['host', 'hosts', 'hosted', 'hosting']);

/** Words before a noun: "host" after one is the noun ("the host"), not the verb. */
const DETERMINERS: ReadonlySet<string> = new Set([
  'the',
  'a',
  'an',
  'its',
  'his',
  'her',
  'their',
  'our',
]);

/** Most capitalised words between "host" and the person it hosts ("hosted Chinese President Xi Jinping" has two). */
export const HOST_OBJECT_GAP = 3;

/** A trigger found at a token: the event, its last token, and whether it is a noun. */
interface TriggerMatch {
  event: EventKind;
  /** Index of the trigger's last token ("sit down with" ends at "down"). */
  last: number;
  noun: boolean;
}

/**
 * Phrasal meeting triggers: "sit down with" (verb) and "sit-down" (noun) are meetings, "talk
 * with" is talks. "He sat down" without "with" and "talk of a deal" are not events.
 */
export function phrasalTriggerAt(tokens: readonly WordToken[], index: number): TriggerMatch | null {
  const token = tokens[index] as WordToken;
  const next = tokens[index + 1];
  if (SIT_VERBS.has(token.norm) && next?.norm === 'down') {
    if (next.joined && token.norm === 'sit')
      return { event: 'meeting', last: index + 1, noun: true };
    if (tokens[index + 2]?.norm === 'with')
      return { event: 'meeting', last: index + 1, noun: false };
    return null;
  }
  if (TALK_VERBS.has(token.norm) && next?.norm === 'with')
    return { event: 'talks', last: index, noun: false };
  return null;
}

/**
 * "will host Xi at Mar-a-Lago", "hosted Chinese President Xi Jinping": "host" is a meeting when a
 * person is its object, right after it or behind a title of capitalised words. "is hosting the
 * three-day gathering" and "host a private dinner" host no one.
 */
export function hostsAPerson(
  tokens: readonly WordToken[],
  index: number,
  people: TokenMentions<unknown>,
): boolean {
  const token = tokens[index] as WordToken;
  if (!HOST_VERBS.has(token.norm)) return false;
  // "Host Giorgia Meloni, Italy's prime minister, …" and "the host, Meloni": a noun, not a verb.
  if (token.capitalised || DETERMINERS.has(tokens[index - 1]?.norm ?? '')) return false;
  for (let cursor = index + 1; cursor <= index + 1 + HOST_OBJECT_GAP; cursor += 1) {
    if (people.byFirst.has(cursor)) return true;
    const token = tokens[cursor];
    if (token === undefined || token.kind !== 'word' || !(token.capitalised || token.allCaps))
      return false;
  }
  return false;
}

/** Triggers that are nouns, so a place may stand right before them ("the Beijing summit"). */
const NOUN_TRIGGERS: ReadonlySet<string> = new Set([
  'meeting',
  'meetings',
  'summit',
  'summits',
  'visit',
  'visits',
  'talks',
  'ceremony',
]);

/** Verb triggers whose object can be the place itself ("visits Japan"). */
const PLACE_OBJECT_TRIGGERS: ReadonlySet<string> = new Set([
  'visit',
  'visits',
  'visited',
  'visiting',
]);

/** Prepositions that put an event at a place ("in Busan", "at Gyeongju"), wherever they stand in its window. */
const LOCATING_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'at', 'inside', 'near']);

/**
 * Whether the preposition at `index` puts the event at the place after it: "in", "at", "inside"
 * and "near" anywhere in the event's window; "to" only right after the trigger ("visit to
 * Tokyo"), since further on it belongs to another phrase ("the summit to unveil commitments to
 * Ukraine").
 */
export function isLocatingPreposition(
  tokens: readonly WordToken[],
  index: number,
  triggerLast: number,
): boolean {
  const token = tokens[index];
  if (token === undefined) return false;
  return (
    LOCATING_PREPOSITIONS.has(token.norm) || (token.norm === 'to' && index === triggerLast + 1)
  );
}

/**
 * Most tokens an event slot looks forward from its trigger for a place and participants. 16
 * covers "meeting with Chinese President Xi Jinping in Busan, South Korea" (10 tokens) and
 * "hold talks with South Korean President Lee Jae Myung in Busan" with room for a modifier; in
 * the seed articles every place further on belonged to another clause.
 */
export const SLOT_WINDOW_AFTER = 16;

/** Most tokens looked back from the sentence's first trigger for its subject ("Chinese leader Xi Jinping meets…"). */
export const SLOT_WINDOW_BEFORE = 14;

/** A fronted place must start within this many tokens of the sentence start ("Kicking off in Tokyo" starts at 3). */
export const FRONTED_PLACE_MAX_OFFSET = 4;

/** Words that open a relative clause: what follows is about someone else ("Takaichi, who is expected to … in the U.S."). */
const CLAUSE_BREAKS: ReadonlySet<string> = new Set([';', 'who', 'which', 'whose', 'whom']);

/** Most tokens between an event's last element and a date phrase for the date to count as adjacent (", South Korea, on" is 5). */
export const DATE_ADJACENCY_TOKENS = 6;

/** Words just before a trigger that put the event in the past ("his last visit", "since the summit"). */
const PAST_MARKERS: ReadonlySet<string> = new Set([
  'last',
  'previous',
  'past',
  'earlier',
  'since',
  'prior',
  'recent',
]);

/** How far back a past marker may stand ("since the brutal coup" puts two words between). */
const PAST_MARKER_DISTANCE = 3;

const YEAR_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'of', 'since']);

function isYearToken(token: WordToken | undefined): boolean {
  if (token === undefined || token.kind !== 'number' || token.text.length !== 4) return false;
  const year = Number(token.text);
  return isPlainYear(year);
}

/**
 * An event the sentence dates to another time: a past marker just before the trigger ("his last
 * visit", "since the summit") or a bare year after it ("the ASEAN summit in 2017"). A full date
 * with a year ("on October 30, 2025") is not a bare year.
 */
export function isPastEventReference(
  tokens: readonly WordToken[],
  trigger: number,
  windowEnd: number,
): boolean {
  for (let back = trigger - 1; back >= 0 && back >= trigger - PAST_MARKER_DISTANCE; back -= 1) {
    const token = tokens[back] as WordToken;
    if (token.kind === 'punct') break;
    if (PAST_MARKERS.has(token.norm)) return true;
  }
  for (let index = trigger + 1; index + 1 < windowEnd; index += 1) {
    const token = tokens[index] as WordToken;
    if (YEAR_PREPOSITIONS.has(token.norm) && isYearToken(tokens[index + 1])) return true;
  }
  return false;
}

/** Mentions of one sentence keyed by token index, for mentions that start and end on token boundaries. */
export interface TokenMentions<T> {
  /** Each mention by the index of its first token, with the index of its last token. */
  byFirst: Map<number, { mention: T; last: number }>;
  /** For each token inside a mention, the mention's first token. */
  owner: Map<number, number>;
}

/** Maps article-offset mentions of one sentence onto its tokens. */
export function mentionsOnTokens<T extends { start: number; end: number }>(
  tokens: readonly WordToken[],
  sentence: SentenceSpan,
  mentions: readonly T[],
): TokenMentions<T> {
  const byFirst = new Map<number, { mention: T; last: number }>();
  const owner = new Map<number, number>();
  for (const mention of mentions) {
    const first = tokenStartingAt(tokens, mention.start - sentence.start);
    const last = tokenEndingAt(tokens, mention.end - sentence.start);
    if (first < 0 || last < first || byFirst.has(first)) continue;
    byFirst.set(first, { mention, last });
    for (let index = first; index <= last; index += 1) owner.set(index, first);
  }
  return { byFirst, owner };
}

/** Groups mentions by sentence index. */
export function bySentence<T extends { sentenceIndex: number }>(
  mentions: readonly T[],
): Map<number, T[]> {
  const groups = new Map<number, T[]>();
  for (const mention of mentions) {
    const list = groups.get(mention.sentenceIndex);
    if (list) list.push(mention);
    else groups.set(mention.sentenceIndex, [mention]);
  }
  return groups;
}

/** Validates a mentions argument (places or people) of the slot and itinerary extractors. */
export function assertMentions(value: unknown, name: string, fn: string): void {
  const valid =
    Array.isArray(value) &&
    value.every(
      (item: unknown) =>
        item !== null &&
        typeof item === 'object' &&
        Number.isInteger((item as { start?: unknown }).start) &&
        Number.isInteger((item as { end?: unknown }).end) &&
        Number.isInteger((item as { sentenceIndex?: unknown }).sentenceIndex),
    );
  if (!valid) {
    throw new CorroborateError(
      'INVALID_ARTICLE',
      `${fn}: ${name} must be the array the extractor returned for the same sentences (objects with sentenceIndex, start and end), but it is ${describeType(value)}${Array.isArray(value) ? ' with a malformed item' : ''}.`,
      { field: name },
    );
  }
}

function toSlotPlace(place: PlaceMention): SlotPlace {
  return {
    name: place.name,
    kind: place.kind,
    ...(place.country !== undefined ? { country: place.country } : {}),
    ...(place.countryCode !== undefined ? { countryCode: place.countryCode } : {}),
  };
}

/** A place usable as an event location: not a capital standing for its government, not an appositive. */
function isLocation(place: PlaceMention): boolean {
  return !place.metonym && !place.appositive && place.form === 'name';
}

/** A place hyphenated to another word ("US-China relations", "Israel-Gaza ceasefire") modifies a noun; it locates nothing. */
export function isHyphenatedModifier(
  tokens: readonly WordToken[],
  first: number,
  last: number,
): boolean {
  return (tokens[first] as WordToken).joined || tokens[last + 1]?.joined === true;
}

interface ChosenPlace {
  place: PlaceMention;
  first: number;
  last: number;
}

/**
 * "the Beijing summit", "the upcoming Beijing meeting": a city right before a noun trigger is
 * the venue. A country there names the other side ("the Russia talks", "China talks"), so only
 * cities count.
 */
function attributivePlace(
  tokens: readonly WordToken[],
  places: TokenMentions<PlaceMention>,
  trigger: number,
  noun: boolean,
): ChosenPlace | null {
  if (!noun) return null;
  const owner = places.owner.get(trigger - 1);
  if (owner === undefined) return null;
  const entry = places.byFirst.get(owner);
  if (entry?.mention.kind !== 'city' || !isLocation(entry.mention)) return null;
  if ((tokens[entry.last] as WordToken).possessive || (tokens[owner] as WordToken).joined)
    return null;
  return { place: entry.mention, first: owner, last: entry.last };
}

/** Nouns for a kind of place that "the <adjectives> <noun> of X" describes X as: "the South Korean city of Busan". */
const SETTLEMENT_NOUNS: ReadonlySet<string> = new Set([
  'city',
  'capital',
  'town',
  'port',
  'village',
  'resort',
  'region',
  'province',
  'island',
  'state',
]);

/** Most words between "the" and the settlement noun ("the southern South Korean port city of Busan" has four). */
export const SETTLEMENT_ADJECTIVES_MAX = 4;

/**
 * "in the South Korean city of Busan", "at the resort town of Gyeongju": the index of the
 * determiner ("the", "a") that opens a phrase describing the place at `placeFirst`, or -1. The
 * phrase is a determiner, at most {@link SETTLEMENT_ADJECTIVES_MAX} words, a settlement noun
 * and "of"; "the mayor of Busan" and "the people of Busan" describe no place.
 */
export function settlementPhraseStart(tokens: readonly WordToken[], placeFirst: number): number {
  if (tokens[placeFirst - 1]?.norm !== 'of') return -1;
  const noun = tokens[placeFirst - 2];
  if (noun === undefined || noun.kind !== 'word' || !SETTLEMENT_NOUNS.has(noun.norm)) return -1;
  for (
    let back = placeFirst - 3;
    back >= 0 && back >= placeFirst - 3 - SETTLEMENT_ADJECTIVES_MAX;
    back -= 1
  ) {
    const token = tokens[back] as WordToken;
    if (token.kind !== 'word') return -1;
    if (token.norm === 'the' || token.norm === 'a') return back;
  }
  return -1;
}

/** "meeting with Xi in Busan", "visit to Tokyo", "visits Japan": the first location after the trigger behind a locating preposition. */
function placeAfterTrigger(
  tokens: readonly WordToken[],
  places: TokenMentions<PlaceMention>,
  trigger: number,
  triggerLast: number,
  windowEnd: number,
): ChosenPlace | null {
  const objectAllowed = PLACE_OBJECT_TRIGGERS.has((tokens[trigger] as WordToken).norm);
  for (let index = triggerLast + 1; index < windowEnd; index += 1) {
    const entry = places.byFirst.get(index);
    if (!entry || !isLocation(entry.mention) || isHyphenatedModifier(tokens, index, entry.last))
      continue;
    let before = index - 1;
    if ((tokens[before] as WordToken).norm === 'the') before -= 1;
    if (
      isLocatingPreposition(tokens, before, triggerLast) ||
      (objectAllowed && before === triggerLast)
    ) {
      return { place: entry.mention, first: index, last: entry.last };
    }
    // "in the South Korean city of Busan": the phrase before the place stands behind the preposition.
    const described = settlementPhraseStart(tokens, index);
    if (
      described > triggerLast &&
      (isLocatingPreposition(tokens, described - 1, triggerLast) ||
        (objectAllowed && described - 1 === triggerLast))
    ) {
      return { place: entry.mention, first: described + 1, last: entry.last };
    }
  }
  return null;
}

/** "… South Korea, where a meeting with President Xi is planned": the place a where-clause hangs from. */
function placeFromWhereClause(
  tokens: readonly WordToken[],
  places: TokenMentions<PlaceMention>,
  trigger: number,
  windowStart: number,
): ChosenPlace | null {
  for (let index = trigger - 1; index >= windowStart + 1; index -= 1) {
    if ((tokens[index] as WordToken).norm !== 'where') continue;
    const comma = index - 1;
    if ((tokens[comma] as WordToken).text !== ',') return null;
    const owner = places.owner.get(comma - 1);
    if (owner === undefined) return null;
    const entry = places.byFirst.get(owner);
    if (!entry || entry.mention.metonym) return null;
    return { place: entry.mention, first: owner, last: entry.last };
  }
  return null;
}

/** Subject pronouns that may follow a fronted place without a comma ("In Tokyo he is due to…"). */
const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'they', 'we', 'i']);

/**
 * "Kicking off in Tokyo on Wednesday, Trump will meet…", "In Seoul, Lee met…": a location in an
 * adverbial that opens the sentence, behind "in" or "at", set off by a comma before the
 * sentence's first trigger. Without a comma only "In <place>" as the sentence's first words,
 * followed straight by a subject pronoun ("In Tokyo he is due to sit down with…") counts:
 * "In Tokyo talks with Lee…" may make the place part of the subject.
 */
function frontedPlace(
  tokens: readonly WordToken[],
  places: TokenMentions<PlaceMention>,
  trigger: number,
  isFirstTrigger: boolean,
): ChosenPlace | null {
  if (!isFirstTrigger) return null;
  for (let index = 1; index <= FRONTED_PLACE_MAX_OFFSET && index < trigger; index += 1) {
    const entry = places.byFirst.get(index);
    if (!entry) continue;
    const preposition = (tokens[index - 1] as WordToken).norm;
    if (!isLocation(entry.mention) || (preposition !== 'in' && preposition !== 'at')) return null;
    const comma = tokens.slice(entry.last + 1, trigger).some((token) => token.text === ',');
    const pronoun = index === 1 && SUBJECT_PRONOUNS.has(tokens[entry.last + 1]?.norm ?? '');
    return comma || pronoun ? { place: entry.mention, first: index, last: entry.last } : null;
  }
  return null;
}

/** "a visiting fellow", "visiting scholars": "visiting" before a lower-case noun is an adjective, not a visit. */
function isAdjectivalVisiting(tokens: readonly WordToken[], index: number): boolean {
  const next = tokens[index + 1];
  return (
    (tokens[index] as WordToken).norm === 'visiting' &&
    next !== undefined &&
    next.kind === 'word' &&
    !next.capitalised &&
    !['the', 'a', 'an'].includes(next.norm)
  );
}

/** Relative date words that date an event on their own ("later this week", "tomorrow"). */
const RELATIVE_DATE_WORDS: ReadonlySet<string> = new Set(['today', 'tomorrow', 'tonight']);
const PERIOD_WORDS: ReadonlySet<string> = new Set(['week', 'month', 'weekend', 'year']);

/** The date phrase starting at `index` ("on Thursday", "on October 30", "later this week"), as [first, last] tokens. */
function datePhraseAt(tokens: readonly WordToken[], index: number): [number, number] | null {
  let cursor = index;
  const first = tokens[cursor];
  if (first === undefined) return null;
  if (
    first.norm === 'on' ||
    first.norm === 'later' ||
    first.norm === 'early' ||
    first.norm === 'late'
  )
    cursor += 1;
  const token = tokens[cursor];
  if (token === undefined) return null;
  if (token.kind === 'word' && isDateWord(tokens, cursor)) {
    let last = cursor;
    if (tokens[last + 1]?.kind === 'number') last += 1;
    if (tokens[last + 1]?.text === ',' && isYearToken(tokens[last + 2])) last += 2;
    return [index, last];
  }
  if (token.kind === 'number' && Number(token.text) >= 1 && Number(token.text) <= 31) {
    const month = tokens[cursor + 1];
    if (month !== undefined && isDateWord(tokens, cursor + 1)) return [index, cursor + 1];
    return null;
  }
  if (
    (token.norm === 'this' || token.norm === 'next') &&
    PERIOD_WORDS.has(tokens[cursor + 1]?.norm ?? '')
  ) {
    return [index, cursor + 1];
  }
  if (RELATIVE_DATE_WORDS.has(token.norm) && cursor === index) return [index, cursor];
  return null;
}

/** Most words between a possessive date and its noun trigger ("Thursday's long-awaited planned meeting" has two). */
export const POSSESSIVE_DATE_GAP = 2;

/**
 * "Thursday's planned meeting", "Friday's summit": a possessive day or date standing before a
 * noun trigger, across at most {@link POSSESSIVE_DATE_GAP} lower-case words, dates the event.
 * "Thursday's vote on the meeting" does not: the possessive owns another noun.
 */
export function possessiveDateBefore(
  tokens: readonly WordToken[],
  trigger: number,
): [number, number] | null {
  for (let back = trigger - 1; back >= 0 && back >= trigger - 1 - POSSESSIVE_DATE_GAP; back -= 1) {
    const token = tokens[back] as WordToken;
    if (token.kind !== 'word') return null;
    if (token.possessive) return isDateWord(tokens, back) ? [back, back] : null;
    if (token.capitalised || token.allCaps) return null;
  }
  return null;
}

/** The first date phrase within {@link DATE_ADJACENCY_TOKENS} after `anchor`, crossing only punctuation and places. */
function adjacentDate(
  tokens: readonly WordToken[],
  places: TokenMentions<PlaceMention>,
  anchor: number,
  windowEnd: number,
): [number, number] | null {
  for (
    let index = anchor + 1;
    index < windowEnd && index <= anchor + DATE_ADJACENCY_TOKENS;
    index += 1
  ) {
    const phrase = datePhraseAt(tokens, index);
    if (phrase) return phrase;
    const token = tokens[index] as WordToken;
    if (token.kind !== 'punct' && !places.owner.has(index)) return null;
  }
  return null;
}

/**
 * Finds event slots: each meeting, summit, visit, talks or ceremony a sentence mentions, with
 * the participants named around it (person keys), where it happens and a date next to it.
 *
 * The place is, in order of preference: a place right before a noun trigger ("the Beijing
 * summit"); the first place after the trigger behind "in", "at" or "to" ("meet Xi in Busan");
 * the place a where-clause hangs from ("South Korea, where a meeting … is planned"); a fronted
 * place ("Kicking off in Tokyo, Trump will meet…"). Capitals standing for governments
 * (`metonym`) and appositives never count. Events the sentence dates elsewhere ("his last visit",
 * "the ASEAN summit in 2017") and triggers with neither participant nor place are skipped.
 * Each slot looks no further than the next trigger, so "meet Takaichi, and hold talks with Lee
 * in Busan" puts only the talks in Busan.
 *
 * @example
 * ```ts
 * const people = extractPeople(sentences);
 * const places = extractPlaces(sentences);
 * extractEventSlots(sentences, places, people)
 * // "will meet Xi in Busan on Thursday" → { event: 'meeting', participants: ['xi jinping'], place: { name: 'Busan', … }, dateText: 'on Thursday' }
 * ```
 */
export function extractEventSlots(
  sentences: readonly SentenceSpan[],
  places: readonly PlaceMention[],
  people: readonly PersonMention[],
): EventSlot[] {
  assertSentences(sentences, 'extractEventSlots');
  assertMentions(places, 'places', 'extractEventSlots');
  assertMentions(people, 'people', 'extractEventSlots');
  const tokens = sentences.map((sentence) => tokenizeWords(sentence.text));
  return eventSlotsIn(sentences, tokens, places, people);
}

/** {@link extractEventSlots} on sentences the prepare stage has tokenized already. */
export function eventSlotsIn(
  sentences: readonly SentenceSpan[],
  tokensBySentence: readonly WordToken[][],
  places: readonly PlaceMention[],
  people: readonly PersonMention[],
): EventSlot[] {
  const placesBySentence = bySentence(places);
  const peopleBySentence = bySentence(people.filter((person) => !person.byline));
  const slots: EventSlot[] = [];
  sentences.forEach((sentence, sentenceIndex) => {
    const tokens = tokensBySentence[sentenceIndex] as WordToken[];
    const found = new Map<number, TriggerMatch>();
    let hostCandidates = false;
    for (let index = 0; index < tokens.length; index += 1) {
      const token = tokens[index] as WordToken;
      if (token.kind !== 'word') continue;
      const event = EVENT_TRIGGERS.get(token.norm);
      if (event !== undefined) {
        if (isAdjectivalVisiting(tokens, index)) continue;
        found.set(index, { event, last: index, noun: NOUN_TRIGGERS.has(token.norm) });
        continue;
      }
      const phrasal = phrasalTriggerAt(tokens, index);
      if (phrasal) {
        found.set(index, phrasal);
        index = phrasal.last;
      } else if (HOST_VERBS.has(token.norm)) hostCandidates = true;
    }
    const sentencePeople = mentionsOnTokens(
      tokens,
      sentence,
      found.size > 0 || hostCandidates ? (peopleBySentence.get(sentenceIndex) ?? []) : [],
    );
    if (hostCandidates) {
      tokens.forEach((_, index) => {
        if (hostsAPerson(tokens, index, sentencePeople))
          found.set(index, { event: 'meeting', last: index, noun: false });
      });
    }
    if (found.size === 0) return;
    const triggers = [...found.keys()].sort((a, b) => a - b);
    const sentencePlaces = mentionsOnTokens(
      tokens,
      sentence,
      placesBySentence.get(sentenceIndex) ?? [],
    );
    const firstTrigger = triggers[0] as number;
    // The subject before the first trigger is shared by the triggers coordinated after it.
    const subjectStart = Math.max(0, firstTrigger - SLOT_WINDOW_BEFORE);
    triggers.forEach((trigger, position) => {
      const windowStart = position > 0 ? (triggers[position - 1] as number) + 1 : subjectStart;
      const nextTrigger = triggers[position + 1] ?? tokens.length;
      let windowEnd = Math.min(nextTrigger, trigger + SLOT_WINDOW_AFTER + 1, tokens.length);
      for (let index = trigger + 1; index < windowEnd; index += 1) {
        if (CLAUSE_BREAKS.has((tokens[index] as WordToken).norm)) windowEnd = index;
      }
      if (isPastEventReference(tokens, trigger, windowEnd)) return;
      const match = found.get(trigger) as TriggerMatch;
      const chosen =
        attributivePlace(tokens, sentencePlaces, trigger, match.noun) ??
        placeAfterTrigger(tokens, sentencePlaces, trigger, match.last, windowEnd) ??
        placeFromWhereClause(tokens, sentencePlaces, trigger, windowStart) ??
        frontedPlace(tokens, sentencePlaces, trigger, position === 0);
      const participants: string[] = [];
      let first = trigger;
      let last = match.last;
      for (let index = subjectStart; index < windowEnd; index += 1) {
        // Between the previous trigger and this one stand the previous event's participants:
        // jump over them (one step, so many triggers in a sentence stay linear).
        if (position > 0 && index >= firstTrigger && index < trigger) index = trigger;
        const entry = sentencePeople.byFirst.get(index);
        if (!entry || entry.last >= windowEnd) continue;
        if (!participants.includes(entry.mention.key)) participants.push(entry.mention.key);
        first = Math.min(first, index);
        last = Math.max(last, entry.last);
      }
      if (!chosen && participants.length === 0) return;
      if (chosen) {
        first = Math.min(first, chosen.first);
        last = Math.max(last, chosen.last);
      }
      // A date next to the place, the trigger or the last participant after it.
      const anchors = [chosen?.last, match.last, last > match.last ? last : undefined];
      let date: [number, number] | null = null;
      for (const anchor of anchors) {
        if (anchor === undefined || date) continue;
        date = adjacentDate(tokens, sentencePlaces, anchor, windowEnd);
      }
      if (!date && match.noun) date = possessiveDateBefore(tokens, trigger);
      if (date) {
        first = Math.min(first, date[0]);
        last = Math.max(last, date[1]);
      }
      const startInSentence = (tokens[first] as WordToken).start;
      const endInSentence = (tokens[last] as WordToken).end;
      slots.push({
        event: match.event,
        trigger: sentence.text.slice(
          (tokens[trigger] as WordToken).start,
          (tokens[match.last] as WordToken).end,
        ),
        participants,
        place: chosen ? toSlotPlace(chosen.place) : null,
        dateText: date
          ? sentence.text.slice(
              (tokens[date[0]] as WordToken).start,
              (tokens[date[1]] as WordToken).end,
            )
          : null,
        sentenceIndex,
        start: sentence.start + startInSentence,
        end: sentence.start + endInSentence,
        evidence: sentence.text.slice(startInSentence, endInSentence),
      });
    });
  });
  return slots;
}
