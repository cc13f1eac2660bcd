// The countries and cities a trip is said to include: places after a travel phrase ("stops in",
// "visit to", "head to", "culminates in"), with the lists coordinated after them.
import { assertSentences } from '../text/assert-sentences.js';
import type { SentenceSpan } from '../text/types.js';
import { TokenTrie, tokenizeWords, type WordToken } from '../text/word-tokens.js';
import {
  assertMentions,
  bySentence,
  isPastEventReference,
  mentionsOnTokens,
  type TokenMentions,
} from './event-slots.js';

import type { ItineraryStop, PlaceMention } from './types.js';

/**
 * How a travel phrase reaches its place: `direct` phrases take it next ("visit to Malaysia",
 * "head to Tokyo", "visits Japan"); `leg` phrases describe where a trip starts or ends and may
 * put a few words between ("begins Sunday at the ASEAN Summit in Kuala Lumpur") but only in a
 * sentence that talks about a trip. `listing` phrases name stops only before a list of two or
 * more places, or in a sentence about a trip ("Trump is due in Malaysia, Japan and South Korea"
 * lists a trip; "Elections are due in Japan" does not).
 */
type TravelPhraseKind = 'direct' | 'leg' | 'listing';

/**
 * "travels on to Japan", "flying on to Seoul": a motion verb with "on" before "to" is the same
 * travel phrase as without it.
 */
function onwardPhrases(): string[] {
  const verbs = ['travel', 'travels', 'travelled', 'traveled', 'traveling', 'travelling'];
  verbs.push('fly', 'flies', 'flew', 'flying', 'head', 'heads', 'headed', 'heading');
  verbs.push('go', 'goes', 'went', 'going', 'move', 'moves', 'moved', 'moving');
  return verbs.map((verb) => `${verb} on to`);
}

/**
 * "the trip would take him to Japan", "The five-day trip takes him to Malaysia": the trip as the
 * subject of "take <pronoun> to". A leg phrase, so it counts only in a sentence about a trip:
 * "the case takes them to court" names no stop.
 */
function takesPronounToPhrases(): string[] {
  const phrases: string[] = [];
  for (const verb of ['take', 'takes', 'took', 'taking', 'will take', 'would take']) {
    for (const pronoun of ['him', 'her', 'them', 'the president', 'the leader', 'the delegation']) {
      phrases.push(`${verb} ${pronoun} to`);
    }
  }
  return phrases;
}

const DIRECT_PHRASES = [
  'stop in',
  'stops in',
  'stop at',
  'stops at',
  'stopover in',
  'visit to',
  'visits to',
  'trip to',
  'tour of',
  'tour to',
  'travel to',
  'travels to',
  'traveling to',
  'travelling to',
  'travelled to',
  'traveled to',
  'head to',
  'heads to',
  'heading to',
  'headed to',
  'fly to',
  'flies to',
  'flew to',
  'flying to',
  'arrive in',
  'arrives in',
  'arrived in',
  'arriving in',
  'proceed to',
  'proceeds to',
  'go on to',
  'goes on to',
  'move on to',
  'moves on to',
  'depart for',
  'departs for',
  'leave for',
  'leaves for',
  'continue to',
  'continues to',
  ...onwardPhrases(),
  'touch down in',
  'touches down in',
  'touched down in',
  'first stop is',
  'next stop is',
  'last stop is',
  'final stop is',
  'first stop will be',
  'last stop will be',
  'final stop will be',
  'visit',
  'visits',
  'visiting',
  'visited',
  'includes',
  'include',
  'including',
];

/** Phrases that say where someone will be, which only a list of places (or a trip) makes a trip's stops. */
const LISTING_PHRASES = ['due in'];

/** Fewest places after a `listing` phrase, outside a sentence about a trip, that make them stops. */
export const LISTING_MIN_PLACES = 2;

const LEG_PHRASES = [
  ...takesPronounToPhrases(),
  'opens in',
  'opens',
  'begins in',
  'begin in',
  'begins',
  'starts in',
  'starts',
  'kicks off in',
  'kicking off in',
  'kick off in',
  'culminates in',
  'culminating in',
  'culminate in',
  'ends in',
  'concludes in',
  'wraps up in',
  'final stop in',
  'last stop in',
  'first stop in',
];

/** Nouns that make a sentence (or the one before it) about a trip. */
const TRIP_NOUNS: ReadonlySet<string> = new Set([
  'trip',
  'tour',
  'visit',
  'itinerary',
  'journey',
  'swing',
  'travel',
  'travels',
  'stop',
  'stops',
  'leg',
  'mission',
]);

/**
 * Nouns for a trip's plan that a list of places can be "on" ("Malaysia, Japan and South Korea are
 * on the five-day schedule") or that a colon can open ("the stops on Trump's itinerary: Malaysia,
 * Japan…"). "agenda" is not one: "China and Russia are on the agenda" lists topics.
 */
const ITINERARY_NOUNS: ReadonlySet<string> = new Set([
  'itinerary',
  'schedule',
  'route',
  'trip',
  'tour',
  'journey',
  'stops',
  'stop',
  'destinations',
]);

/** Verbs that link a subject list of places to "on the <itinerary noun>" ("are on", "remain on"). */
const LINKING_VERBS: ReadonlySet<string> = new Set([
  'are',
  'is',
  'were',
  'was',
  'remain',
  'remains',
]);

/** Adverbs allowed between the linking verb and "on" ("are also on the itinerary"). */
const LINKING_ADVERBS: ReadonlySet<string> = new Set(['also', 'still', 'now', 'all', 'both']);

/** Most words between "on" and the itinerary noun ("on the five-day Asia schedule" has three). */
export const ITINERARY_NOUN_GAP = 4;

/** Most tokens between an itinerary noun and the colon that opens its list ("itinerary so far:"). */
export const COLON_LOOKBACK_TOKENS = 3;

/** Phrases that list places only when a trip is their subject ("Five-day Asia trip includes Malaysia, Japan…"). */
const TRIP_SUBJECT_PHRASES: ReadonlySet<string> = new Set(['includes', 'include', 'including']);

/** Most words between a `leg` phrase and the "in <place>" it leads to ("Sunday at the ASEAN Summit" is 5). */
export const LEG_GAP_TOKENS = 8;

/** Words that chain places into one list ("Malaysia, Japan, and South Korea", "Japan and finally South Korea"). */
const LIST_SEPARATORS: ReadonlySet<string> = new Set([
  ',',
  'and',
  'then',
  'before',
  'finally',
  'lastly',
  '&',
]);

/** Most separator tokens between two listed places (", and then" is three). */
const MAX_SEPARATOR_TOKENS = 3;

let travelPhrases: TokenTrie<{ kind: TravelPhraseKind; phrase: string }> | undefined;

function getTravelPhrases(): TokenTrie<{ kind: TravelPhraseKind; phrase: string }> {
  if (!travelPhrases) {
    const trie = new TokenTrie<{ kind: TravelPhraseKind; phrase: string }>();
    const lists: [TravelPhraseKind, readonly string[]][] = [
      ['direct', DIRECT_PHRASES],
      ['leg', LEG_PHRASES],
      ['listing', LISTING_PHRASES],
    ];
    for (const [kind, phrases] of lists) {
      for (const phrase of phrases) {
        const tokens = tokenizeWords(phrase);
        trie.insert(
          tokens,
          { kind, phrase },
          tokens.map(() => 'any'),
        );
      }
    }
    travelPhrases = trie;
  }
  return travelPhrases;
}

function mentionsTrip(tokens: readonly WordToken[] | undefined): boolean {
  return tokens?.some((token) => token.kind === 'word' && TRIP_NOUNS.has(token.norm)) ?? false;
}

/** A country or city that can be a stop: not a region, not a capital standing for its government, not an appositive. */
function isStopPlace(place: PlaceMention): boolean {
  return (
    place.kind !== 'region' &&
    !place.metonym &&
    !place.appositive &&
    place.form === 'name' &&
    place.country !== undefined
  );
}

/** The first stop place at or after `index`, skipping "the". */
function placeAt(
  places: TokenMentions<PlaceMention>,
  tokens: readonly WordToken[],
  index: number,
): { mention: PlaceMention; first: number; last: number } | null {
  let cursor = index;
  if (tokens[cursor]?.norm === 'the') cursor += 1;
  const entry = places.byFirst.get(cursor);
  return entry ? { mention: entry.mention, first: cursor, last: entry.last } : null;
}

/** For a `leg` phrase: the first "in <place>" within {@link LEG_GAP_TOKENS}, not crossing a clause break. */
function placeAfterGap(
  places: TokenMentions<PlaceMention>,
  tokens: readonly WordToken[],
  from: number,
) {
  for (let index = from; index < tokens.length && index <= from + LEG_GAP_TOKENS; index += 1) {
    const token = tokens[index] as WordToken;
    if (token.kind === 'punct' && token.text !== '-') return null;
    if (token.norm === 'in') {
      const found = placeAt(places, tokens, index + 1);
      if (found) return found;
    }
  }
  return null;
}

/** A listed place hyphenated or possessive ("US-China", "Japan's") modifies what follows: not a further stop. */
function isAttributiveUse(tokens: readonly WordToken[], first: number, last: number): boolean {
  return (
    (tokens[last] as WordToken).possessive ||
    (tokens[first] as WordToken).joined ||
    tokens[last + 1]?.joined === true
  );
}

/** Separators that close a list ("…, and South Korea", "and then"): a list needs one before its last item. */
const CLOSING_SEPARATORS: ReadonlySet<string> = new Set([
  'and',
  'then',
  '&',
  'before',
  'finally',
  'lastly',
]);

/** The next list item after a place: its first token and whether a closing separator led to it. */
interface ListStep {
  index: number;
  closing: boolean;
}

/** Skips list separators after a place; returns the next item or null when the list ends. */
function nextListItem(
  tokens: readonly WordToken[],
  places: TokenMentions<PlaceMention>,
  after: number,
): ListStep | null {
  let cursor = after + 1;
  while (cursor < tokens.length) {
    let separators = 0;
    let closing = false;
    while (
      cursor < tokens.length &&
      LIST_SEPARATORS.has((tokens[cursor] as WordToken).norm) &&
      separators < MAX_SEPARATOR_TOKENS
    ) {
      if (CLOSING_SEPARATORS.has((tokens[cursor] as WordToken).norm)) closing = true;
      cursor += 1;
      separators += 1;
    }
    if (separators === 0) return null;
    if ((tokens[cursor] as WordToken | undefined)?.norm === 'the') cursor += 1;
    const entry = places.byFirst.get(cursor);
    if (!entry || isAttributiveUse(tokens, cursor, entry.last)) return null;
    // An appositive country ("Kuala Lumpur, Malaysia, and Tokyo") continues the list without being a stop.
    if (!entry.mention.appositive) return { index: cursor, closing };
    cursor = entry.last + 1;
  }
  return null;
}

/** A place in a sentence, with its token range. */
interface ListedPlace {
  mention: PlaceMention;
  first: number;
  last: number;
}

/** A list of places read from its first item. */
interface PlaceList {
  /** Items a closing separator confirmed ("Malaysia, Japan, and South Korea"), stops or not. */
  confirmed: ListedPlace[];
  /** The list's last item, confirmed or not. */
  last: ListedPlace;
  /** Every item after the first was confirmed by a closing separator. */
  closed: boolean;
}

/**
 * Reads the list of places that starts with `first`. Items joined by commas alone wait for a
 * closing "and": "Malaysia, Japan, and South Korea" is a list, "Malaysia, the US president's
 * focus" is not. The first item always counts.
 */
function readPlaceList(
  tokens: readonly WordToken[],
  places: TokenMentions<PlaceMention>,
  first: ListedPlace,
): PlaceList {
  const confirmed: ListedPlace[] = [first];
  let pending: ListedPlace[] = [];
  let last = first;
  for (;;) {
    const step = nextListItem(tokens, places, last.last);
    if (!step) break;
    const entry = places.byFirst.get(step.index) as { mention: PlaceMention; last: number };
    last = { mention: entry.mention, first: step.index, last: entry.last };
    pending.push(last);
    if (step.closing) {
      confirmed.push(...pending);
      pending = [];
    }
  }
  return { confirmed, last, closed: pending.length === 0 };
}

/**
 * "Malaysia, Japan and South Korea are on the five-day schedule": the index one past the phrase
 * that puts a subject list of places on a trip's plan, starting right after the list, or -1.
 * "exports from Vietnam, Indonesia and Thailand are on the rise" and "China and Russia are on the
 * agenda" put nothing on an itinerary.
 */
export function itineraryPredicateEnd(tokens: readonly WordToken[], from: number): number {
  let cursor = from;
  if (!LINKING_VERBS.has(tokens[cursor]?.norm ?? '')) return -1;
  cursor += 1;
  while (LINKING_ADVERBS.has(tokens[cursor]?.norm ?? '')) cursor += 1;
  if (tokens[cursor]?.norm !== 'on') return -1;
  for (let index = cursor + 1; index <= cursor + ITINERARY_NOUN_GAP + 1; index += 1) {
    const token = tokens[index];
    if (token === undefined || (token.kind === 'punct' && token.text !== '-')) return -1;
    if (token.kind === 'word' && ITINERARY_NOUNS.has(token.norm)) return index + 1;
  }
  return -1;
}

/**
 * "laid out the stops on Trump's itinerary: Malaysia, Japan and South Korea", "The Asia Tour:
 * Tokyo, Seoul, Manila and Beijing": whether an itinerary noun stands within
 * {@link COLON_LOOKBACK_TOKENS} before the colon at `colon`, so the list after it is the stops.
 */
export function isItineraryColon(tokens: readonly WordToken[], colon: number): boolean {
  if (tokens[colon]?.text !== ':') return false;
  for (let back = colon - 1; back >= 0 && back >= colon - COLON_LOOKBACK_TOKENS; back -= 1) {
    const token = tokens[back] as WordToken;
    if (token.kind === 'punct') return false;
    if (ITINERARY_NOUNS.has(token.norm)) return true;
  }
  return false;
}

/**
 * Finds the stops of a trip: the country or city after a travel phrase ("stops in Malaysia,
 * Japan, and South Korea", "The five-day visit to Malaysia…", "Trump will head to Tokyo",
 * "The tour culminates in Manila", "begins Sunday at the ASEAN Summit in Kuala Lumpur", "the
 * trip would take him to Japan") and every place coordinated after it; a list of places that is
 * the subject of "are on the <itinerary noun>" ("Malaysia, Japan and South Korea are on the
 * five-day schedule"); a list after a colon that an itinerary noun opens ("the stops on Trump's
 * itinerary: Malaysia, Japan and South Korea"). Phrases that describe a leg ("begins",
 * "culminates in", "takes him to") count only in a sentence about a trip (or right after one).
 * Regions, metonyms and appositives are not stops; a place without a travel phrase is not a stop
 * ("exports from Vietnam", "plants in Malaysia"); a trip the sentence dates elsewhere ("his last
 * visit to Japan") is skipped.
 *
 * @example
 * ```ts
 * extractItinerary(sentences, extractPlaces(sentences))
 * // "The trip includes stops in Malaysia, Japan and South Korea." → three stops
 * ```
 */
export function extractItinerary(
  sentences: readonly SentenceSpan[],
  places: readonly PlaceMention[],
): ItineraryStop[] {
  assertSentences(sentences, 'extractItinerary');
  assertMentions(places, 'places', 'extractItinerary');
  const tokens = sentences.map((sentence) => tokenizeWords(sentence.text));
  return itineraryIn(sentences, tokens, places);
}

/** {@link extractItinerary} on sentences the prepare stage has tokenized already. */
export function itineraryIn(
  sentences: readonly SentenceSpan[],
  tokensBySentence: readonly WordToken[][],
  places: readonly PlaceMention[],
): ItineraryStop[] {
  const trie = getTravelPhrases();
  const placesBySentence = bySentence(places.filter(isStopOrAppositive));
  const stops: ItineraryStop[] = [];
  sentences.forEach((sentence, sentenceIndex) => {
    const tokens = tokensBySentence[sentenceIndex] as WordToken[];
    const sentencePlaces = placesBySentence.get(sentenceIndex);
    if (!sentencePlaces) return;
    // Only sentences with places ask whether they (or the one before) are about a trip.
    const tripContext = mentionsTrip(tokens) || mentionsTrip(tokensBySentence[sentenceIndex - 1]);
    const onTokens = mentionsOnTokens(tokens, sentence, sentencePlaces);
    const found: ItineraryStop[] = [];
    const seen = new Set<number>();
    /** Adds the confirmed stops of a list; returns the token index after the list's last item. */
    const addList = (list: PlaceList, firstToken: number, lastToken: number): number => {
      const trigger = sentence.text.slice(
        (tokens[firstToken] as WordToken).start,
        (tokens[lastToken] as WordToken).end,
      );
      for (const item of list.confirmed) {
        const place = item.mention;
        if (!isStopPlace(place) || seen.has(item.first)) continue;
        seen.add(item.first);
        found.push({
          place: place.name,
          kind: place.kind as 'country' | 'city',
          country: place.country as string,
          countryCode: place.countryCode as string,
          trigger,
          sentenceIndex,
          start: place.start,
          end: place.end,
        });
      }
      return list.last.last + 1;
    };
    let index = 0;
    while (index < tokens.length) {
      const match = trie.longestMatch(tokens, index);
      if (!match) {
        index += 1;
        continue;
      }
      const value = match.values[0] as { kind: TravelPhraseKind; phrase: string };
      index = match.end;
      if (value.kind === 'leg' && !tripContext) continue;
      if (
        TRIP_SUBJECT_PHRASES.has(value.phrase) &&
        !mentionsTrip(tokens.slice(Math.max(0, match.start - 6), match.start))
      )
        continue;
      if (
        isPastEventReference(
          tokens,
          match.start,
          Math.min(tokens.length, match.end + LEG_GAP_TOKENS + 6),
        )
      )
        continue;
      let first = placeAt(onTokens, tokens, match.end);
      if (!first && value.kind === 'leg') first = placeAfterGap(onTokens, tokens, match.end);
      if (!first) continue;
      const list = readPlaceList(tokens, onTokens, first);
      if (value.kind === 'listing' && !tripContext && !listsSeveralPlaces(list)) continue;
      index = Math.max(index, addList(list, match.start, match.end - 1));
    }
    // Lists that are the subject of "are on the schedule", and lists after "itinerary:".
    let listedUpTo = 0;
    for (let start = 0; start < tokens.length; start += 1) {
      if (isItineraryColon(tokens, start)) {
        const first = placeAt(onTokens, tokens, start + 1);
        if (first && !seen.has(first.first)) {
          const list = readPlaceList(tokens, onTokens, first);
          let opener = start - 1;
          while (opener > 0 && !ITINERARY_NOUNS.has((tokens[opener] as WordToken).norm))
            opener -= 1;
          listedUpTo = addList(list, opener, start - 1);
        }
        continue;
      }
      const entry = onTokens.byFirst.get(start);
      if (!entry || start < listedUpTo || seen.has(start)) continue;
      const list = readPlaceList(tokens, onTokens, {
        mention: entry.mention,
        first: start,
        last: entry.last,
      });
      listedUpTo = list.last.last + 1;
      const predicateEnd = list.closed ? itineraryPredicateEnd(tokens, listedUpTo) : -1;
      if (predicateEnd > 0 && !isPastEventReference(tokens, listedUpTo, predicateEnd)) {
        addList(list, listedUpTo, predicateEnd - 1);
      }
    }
    found.sort((a, b) => a.start - b.start);
    stops.push(...found);
  });
  return stops;
}

/** Whether a list after a `listing` phrase names at least {@link LISTING_MIN_PLACES} stop places. */
function listsSeveralPlaces(list: PlaceList): boolean {
  return list.confirmed.filter((item) => isStopPlace(item.mention)).length >= LISTING_MIN_PLACES;
}

/** Places the list reader needs to see: stops, and appositives it must step over. */
function isStopOrAppositive(place: PlaceMention): boolean {
  return place.form === 'name' && !place.metonym;
}
