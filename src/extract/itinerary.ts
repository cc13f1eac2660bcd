// The countries and cities a trip is said to include: places after a travel phrase ("stops in",
// "visit to", "head to", "culminates in"), with the lists coordinated after them.
import type { SentenceSpan } from '../text/types.js';
import {
  assertMentions,
  bySentence,
  isPastEventReference,
  mentionsOnTokens,
  type TokenMentions,
} from './event-slots.js';
import { sentenceTokens, TokenTrie, tokenizeWords, type WordToken } from './gazetteer.js';
import { assertSentences } from './people.js';
import type { ItineraryStop, PlaceMention } from './types.js';

/**
 * How a travel phrase reaches its place: `direct` phrases take it next ("visit to Malaysia",
 * "head to Tokyo", "visits Japan"); `leg` phrases describe where a trip starts or ends and may
 * put a few words between ("begins Sunday at the ASEAN Summit in Kuala Lumpur") but only in a
 * sentence that talks about a trip.
 */
type TravelPhraseKind = 'direct' | 'leg';

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
  'visit',
  'visits',
  'visiting',
  'visited',
  'includes',
  'include',
  'including',
];

const LEG_PHRASES = [
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

/** Phrases that list places only when a trip is their subject ("Five-day Asia trip includes Malaysia, Japan…"). */
const TRIP_SUBJECT_PHRASES: ReadonlySet<string> = new Set(['includes', 'include', 'including']);

/** Most words between a `leg` phrase and the "in <place>" it leads to ("Sunday at the ASEAN Summit" is 5). */
export const LEG_GAP_TOKENS = 8;

/** Words that chain places into one list ("Malaysia, Japan, and South Korea", "Japan and then South Korea"). */
const LIST_SEPARATORS: ReadonlySet<string> = new Set([',', 'and', 'then', 'before', '&']);

/** Most separator tokens between two listed places (", and then" is three). */
const MAX_SEPARATOR_TOKENS = 3;

let travelPhrases: TokenTrie<{ kind: TravelPhraseKind; phrase: string }> | undefined;

function getTravelPhrases(): TokenTrie<{ kind: TravelPhraseKind; phrase: string }> {
  if (!travelPhrases) {
    const trie = new TokenTrie<{ kind: TravelPhraseKind; phrase: string }>();
    for (const phrase of DIRECT_PHRASES) {
      const tokens = tokenizeWords(phrase);
      trie.insert(
        tokens,
        { kind: 'direct', phrase },
        tokens.map(() => 'any'),
      );
    }
    for (const phrase of LEG_PHRASES) {
      const tokens = tokenizeWords(phrase);
      trie.insert(
        tokens,
        { kind: 'leg', phrase },
        tokens.map(() => 'any'),
      );
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
const CLOSING_SEPARATORS: ReadonlySet<string> = new Set(['and', 'then', '&', 'before']);

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

/**
 * Finds the stops of a trip: the country or city after a travel phrase ("stops in Malaysia,
 * Japan, and South Korea", "The five-day visit to Malaysia…", "Trump will head to Tokyo",
 * "The tour culminates in Manila", "begins Sunday at the ASEAN Summit in Kuala Lumpur") and every
 * place coordinated after it. Phrases that describe a leg ("begins", "culminates in") count only
 * in a sentence about a trip (or right after one). Regions, metonyms and appositives are not
 * stops; a place without a travel phrase is not a stop ("exports from Vietnam", "plants in
 * Malaysia"); a trip the sentence dates elsewhere ("his last visit to Japan") is skipped.
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
  const trie = getTravelPhrases();
  const placesBySentence = bySentence(places.filter(isStopOrAppositive));
  const stops: ItineraryStop[] = [];
  let previousTokens: readonly WordToken[] | undefined;
  sentences.forEach((sentence, sentenceIndex) => {
    const tokens = sentenceTokens(sentence);
    const sentencePlaces = placesBySentence.get(sentenceIndex);
    const tripContext = mentionsTrip(tokens) || mentionsTrip(previousTokens);
    previousTokens = tokens;
    if (!sentencePlaces) return;
    const onTokens = mentionsOnTokens(tokens, sentence, sentencePlaces);
    const seen = new Set<number>();
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
      let found = placeAt(onTokens, tokens, match.end);
      if (!found && value.kind === 'leg') found = placeAfterGap(onTokens, tokens, match.end);
      const trigger = sentence.text.slice(
        (tokens[match.start] as WordToken).start,
        (tokens[match.end - 1] as WordToken).end,
      );
      // Items joined by commas alone wait for a closing "and": "Malaysia, Japan, and South Korea"
      // is a list, "Malaysia, the US president's focus" is not.
      let pending: ItineraryStop[] = [];
      let current: { mention: PlaceMention; first: number; last: number } | null = found;
      let closing = true;
      while (current) {
        const place = current.mention;
        if (isStopPlace(place) && !seen.has(current.first)) {
          seen.add(current.first);
          pending.push({
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
        if (closing) {
          stops.push(...pending);
          pending = [];
        }
        const step = nextListItem(tokens, onTokens, current.last);
        if (!step) break;
        const entry = onTokens.byFirst.get(step.index) as { mention: PlaceMention; last: number };
        current = { mention: entry.mention, first: step.index, last: entry.last };
        closing = step.closing;
        index = Math.max(index, entry.last + 1);
      }
    }
  });
  return stops;
}

/** Places the list reader needs to see: stops, and appositives it must step over. */
function isStopOrAppositive(place: PlaceMention): boolean {
  return place.form === 'name' && !place.metonym;
}
