// The single dates and locations sentences state, for comparison inside aligned groups.
import type { DateMention } from '../extract/date-types.js';
import type { PlaceMention } from '../extract/types.js';
import type { SentenceDate, SentencePlace } from './build-claims.js';
import { placeValue } from './claims.js';

/**
 * Days a sentence names: full dates, and month-day dates (resolved against the reference
 * date when there is one, else compared by month and day as `--MM-DD`). Weekdays and
 * relative dates are left out: resolving "on Friday" a week off would invent a contradiction.
 */
export function sentenceDates(dates: readonly DateMention[]): Map<number, SentenceDate[]> {
  const bySentence = new Map<number, SentenceDate[]>();
  for (const date of dates) {
    if (date.kind !== 'full' && date.kind !== 'month-day') continue;
    if (date.value === null) continue;
    const value =
      date.kind === 'full' || date.resolvedBy === 'explicit'
        ? date.value
        : `--${date.value.slice(5)}`;
    const list = bySentence.get(date.sentenceIndex) ?? [];
    list.push({ value, text: date.text, start: date.start, end: date.end });
    bySentence.set(date.sentenceIndex, list);
  }
  return bySentence;
}

// Cities and regions name where something happens; a country does only after a locative
// preposition ("in South Korea"), since "Japan has pledged…" names a party, not a place.
const LOCATIVE_BEFORE = /\b(?:in|at|to|into|inside|near)\s+(?:the\s+)?$/i;

/** Whether a place mention says where something happens (see {@link LOCATIVE_BEFORE}). */
export function isLocativePlace(place: PlaceMention, articleText: string): boolean {
  if (place.metonym || place.appositive || place.form !== 'name') return false;
  if (place.kind !== 'country') return true;
  return LOCATIVE_BEFORE.test(articleText.slice(Math.max(0, place.start - 16), place.start));
}

/**
 * Locations sentences name (see {@link isLocativePlace}), per sentence. A sentence that names
 * any other place as well ("stops in Malaysia, Japan and South Korea", "China's help with
 * Russia") gets none: which of its places is the location of the fact is guesswork.
 */
export function sentencePlaces(
  places: readonly PlaceMention[],
  articleText: string,
): Map<number, SentencePlace[]> {
  const named = new Map<number, Set<string>>();
  const locative = new Map<number, SentencePlace[]>();
  for (const place of places) {
    if (place.metonym || place.appositive || place.form !== 'name') continue;
    const value = placeValue(place.name, place.country);
    const set = named.get(place.sentenceIndex) ?? new Set<string>();
    set.add(value);
    named.set(place.sentenceIndex, set);
    if (!isLocativePlace(place, articleText)) continue;
    const list = locative.get(place.sentenceIndex) ?? [];
    if (!list.some((item) => item.value === value))
      list.push({ value, text: place.text, start: place.start, end: place.end });
    locative.set(place.sentenceIndex, list);
  }
  const bySentence = new Map<number, SentencePlace[]>();
  for (const [sentenceIndex, list] of locative) {
    if (named.get(sentenceIndex)!.size === list.length) bySentence.set(sentenceIndex, list);
  }
  return bySentence;
}
