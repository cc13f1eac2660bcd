// Where (with whom, and when) a meeting, summit, visit or talks happen, as each sentence states it.
import { CorroborateError, describeType } from '../errors.js';
import type { SentenceSpan } from '../text/types.js';
import { sentenceTokens, type WordToken } from './gazetteer.js';
import { assertSentences, isDateWord } from './people.js';
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

/** Prepositions that put an event at a place ("in Busan", "at Gyeongju", "visit to Tokyo"). */
const LOCATING_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'at', 'to', 'inside', 'near']);

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
  return year >= 1900 && year <= 2100;
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
  const byStart = new Map<number, number>();
  const byEnd = new Map<number, number>();
  tokens.forEach((token, index) => {
    byStart.set(sentence.start + token.start, index);
    byEnd.set(sentence.start + token.end, index);
  });
  const byFirst = new Map<number, { mention: T; last: number }>();
  const owner = new Map<number, number>();
  for (const mention of mentions) {
    const first = byStart.get(mention.start);
    const last = byEnd.get(mention.end);
    if (first === undefined || last === undefined || byFirst.has(first)) continue;
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
): ChosenPlace | null {
  if (!NOUN_TRIGGERS.has((tokens[trigger] as WordToken).norm)) return null;
  const owner = places.owner.get(trigger - 1);
  if (owner === undefined) return null;
  const entry = places.byFirst.get(owner);
  if (entry?.mention.kind !== 'city' || !isLocation(entry.mention)) return null;
  if ((tokens[entry.last] as WordToken).possessive || (tokens[owner] as WordToken).joined)
    return null;
  return { place: entry.mention, first: owner, last: entry.last };
}

/** "meeting with Xi in Busan", "visit to Tokyo", "visits Japan": the first location after the trigger behind a locating preposition. */
function placeAfterTrigger(
  tokens: readonly WordToken[],
  places: TokenMentions<PlaceMention>,
  trigger: number,
  windowEnd: number,
): ChosenPlace | null {
  const objectAllowed = PLACE_OBJECT_TRIGGERS.has((tokens[trigger] as WordToken).norm);
  for (let index = trigger + 1; index < windowEnd; index += 1) {
    const entry = places.byFirst.get(index);
    if (!entry || !isLocation(entry.mention) || isHyphenatedModifier(tokens, index, entry.last))
      continue;
    let before = index - 1;
    if ((tokens[before] as WordToken).norm === 'the') before -= 1;
    const preposition = tokens[before] as WordToken;
    if (LOCATING_PREPOSITIONS.has(preposition.norm) || (objectAllowed && before === trigger)) {
      return { place: entry.mention, first: index, last: entry.last };
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

/**
 * "Kicking off in Tokyo on Wednesday, Trump will meet…", "In Seoul, Lee met…": a location in an
 * adverbial that opens the sentence, behind "in" or "at", set off by a comma before the
 * sentence's first trigger.
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
    return comma ? { place: entry.mention, first: index, last: entry.last } : null;
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
  const placesBySentence = bySentence(places);
  const peopleBySentence = bySentence(people.filter((person) => !person.byline));
  const slots: EventSlot[] = [];
  sentences.forEach((sentence, sentenceIndex) => {
    const tokens = sentenceTokens(sentence);
    const triggers: number[] = [];
    tokens.forEach((token, index) => {
      if (token.kind !== 'word' || !EVENT_TRIGGERS.has(token.norm)) return;
      if (isAdjectivalVisiting(tokens, index)) return;
      triggers.push(index);
    });
    if (triggers.length === 0) return;
    const sentencePlaces = mentionsOnTokens(
      tokens,
      sentence,
      placesBySentence.get(sentenceIndex) ?? [],
    );
    const sentencePeople = mentionsOnTokens(
      tokens,
      sentence,
      peopleBySentence.get(sentenceIndex) ?? [],
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
      const chosen =
        attributivePlace(tokens, sentencePlaces, trigger) ??
        placeAfterTrigger(tokens, sentencePlaces, trigger, windowEnd) ??
        placeFromWhereClause(tokens, sentencePlaces, trigger, windowStart) ??
        frontedPlace(tokens, sentencePlaces, trigger, position === 0);
      const participants: string[] = [];
      let first = trigger;
      let last = trigger;
      for (let index = subjectStart; index < windowEnd; index += 1) {
        // Between the previous trigger and this one stand the previous event's participants.
        if (position > 0 && index >= firstTrigger && index < trigger) continue;
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
      const anchors = [chosen?.last, trigger, last > trigger ? last : undefined];
      let date: [number, number] | null = null;
      for (const anchor of anchors) {
        if (anchor === undefined || date) continue;
        date = adjacentDate(tokens, sentencePlaces, anchor, windowEnd);
      }
      if (date) {
        first = Math.min(first, date[0]);
        last = Math.max(last, date[1]);
      }
      const startInSentence = (tokens[first] as WordToken).start;
      const endInSentence = (tokens[last] as WordToken).end;
      slots.push({
        event: EVENT_TRIGGERS.get((tokens[trigger] as WordToken).norm) as EventKind,
        trigger: (tokens[trigger] as WordToken).text,
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
