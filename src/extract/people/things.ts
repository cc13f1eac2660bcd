// Names the people rules accepted that an article writes as a team, a place or a company: "the
// Colts", "in Richmond Hill", "off Banda Aceh", "Aceh province", "Fort Smith", "Newport Beach".
// They leave the people and become named things (`t:` concepts), which still tell one event
// from another of the same kind.
import type { WordToken } from '../../text/word-tokens.js';
import { candidateKey } from './resolve.js';
import type { NameCandidate } from './runs.js';
import { TITLE_WORDS } from './title-words.js';
import { ABBREVIATED_TITLES } from './word-lists.js';

/**
 * Words before a name that make it a thing, not a person: an article ("the Colts") and the
 * locative prepositions a place takes ("in Richmond Hill", "off Banda Aceh"). "at" and "to" are
 * left out: "said to Smith", "at Smith's home".
 */
const THING_BEFORE = new Set(['the', 'in', 'off']);

/** Lower-case place nouns after a name that make it a place ("Aceh province", "Lee county"). */
const PLACE_NOUNS_AFTER = new Set(['province', 'county', 'district', 'region']);

/**
 * Lower-case nouns after a name that make "the <name>" a person's, not a thing's: "the Obama
 * administration", "the Allen Iverson era".
 */
const PERSON_ERA_NOUNS = new Set([
  'administration',
  'administrations',
  'era',
  'years',
  'presidency',
  'government',
  'regime',
  'campaign',
]);

/** Clerical honorifics the title list does not hold: "the Rev. Larry Kroon". */
const CLERICAL_TITLES = new Set(['rev', 'reverend']);

/** First words of geographic names ("Fort Smith", "Mount Cook", "Mt Cook"). */
const GEOGRAPHIC_FIRST_WORDS = new Set(['fort', 'mount', 'mt']);

/** Last words of geographic names ("Newport Beach", "Fox Glacier"). */
const GEOGRAPHIC_LAST_WORDS = new Set(['beach', 'glacier']);

/**
 * Share of a name's mentions that must stand in a thing's context ({@link hasThingContext}) for
 * the name to be a thing: at least half, "mostly". On ECB+ dev person names
 * (bench/person-names.ts, exact-span precision): 1/3 and 1/2 give 0.78 (587 of 748), 2/3 and
 * every mention 0.77 (587 of 761), recall 0.92 throughout; see bench/BENCHMARKS.md "Person
 * names on ECB+".
 */
export const THING_CONTEXT_SHARE = 0.5;

/**
 * Whether one mention of a name stands where a team, place or company does: after "the", "in"
 * or "off" ("the Indianapolis Colts", "off Banda Aceh"), or before a lower-case place noun
 * ("Aceh province"). Not: "Sam Colt said"; a person's possessive after "in" ("in Brad Pitt's
 * film"); a person's era after "the" ("the Obama administration", "the Allen Iverson era").
 */
export function hasThingContext(
  tokens: readonly WordToken[],
  first: number,
  last: number,
): boolean {
  const after = tokens[last + 1];
  const lowerAfter =
    after !== undefined && after.kind === 'word' && !after.capitalised && !after.allCaps
      ? after.norm
      : '';
  if (PLACE_NOUNS_AFTER.has(lowerAfter)) return true;
  const before = tokens[first - 1];
  if (before?.kind !== 'word' || !THING_BEFORE.has(before.norm)) return false;
  if (before.norm === 'in' && (tokens[last] as WordToken).possessive) return false;
  return !PERSON_ERA_NOUNS.has(lowerAfter);
}

/**
 * Whether a name opens with a title or honorific ("Rev. Larry Kroon", "Gov. Jane Roe"): a
 * person, whatever the words before it.
 */
export function opensWithTitle(tokens: readonly WordToken[], first: number): boolean {
  const norm = (tokens[first] as WordToken).norm;
  return TITLE_WORDS.has(norm) || ABBREVIATED_TITLES.has(norm) || CLERICAL_TITLES.has(norm);
}

/**
 * Whether a name (its folded words) is shaped like a geographic name: "Fort …", "Mount …",
 * "Mt …", "… Beach", "… Glacier", with at least two words ("Fort Smith", not the surname "Fort").
 */
export function isGeographicShape(words: readonly string[]): boolean {
  if (words.length < 2) return false;
  return (
    GEOGRAPHIC_FIRST_WORDS.has(words[0] as string) ||
    GEOGRAPHIC_LAST_WORDS.has(words[words.length - 1] as string)
  );
}

/**
 * Keys of the accepted names that the article writes as things, not people: a name no title
 * vouches for anywhere in the article (found after a title, or opening with one:
 * {@link opensWithTitle}), shaped like a geographic name ({@link isGeographicShape})
 * or written in a thing's context ({@link hasThingContext}) in at least
 * {@link THING_CONTEXT_SHARE} of its mentions. A one-word name that is the first or last word of
 * a longer person name in the article stays a person ("the Obama administration" beside "Barack
 * Obama"); one that is the last word of a thing and of no person is a thing too ("Colts" beside
 * "the Indianapolis Colts"). Bylines are never things.
 */
export function namedThingKeys(
  candidates: readonly NameCandidate[],
  tokensBySentence: readonly (readonly WordToken[])[],
): Set<string> {
  const mentions = new Map<string, { total: number; inContext: number; titled: boolean }>();
  for (const candidate of candidates) {
    if (candidate.byline) continue;
    const key = candidateKey(tokensBySentence, candidate);
    const tokens = tokensBySentence[candidate.sentenceIndex] as readonly WordToken[];
    const entry = mentions.get(key) ?? { total: 0, inContext: 0, titled: false };
    entry.total++;
    if (hasThingContext(tokens, candidate.first, candidate.last)) entry.inContext++;
    if (candidate.source === 'title' || opensWithTitle(tokens, candidate.first))
      entry.titled = true;
    mentions.set(key, entry);
  }
  const things = new Set<string>();
  const longerPeopleWords = new Set<string>();
  for (const [key, entry] of mentions) {
    if (entry.titled) continue;
    const words = key.split(' ');
    if (words.length < 2) continue;
    if (isGeographicShape(words) || entry.inContext >= THING_CONTEXT_SHARE * entry.total)
      things.add(key);
  }
  for (const key of mentions.keys()) {
    const words = key.split(' ');
    if (words.length < 2 || things.has(key)) continue;
    longerPeopleWords.add(words[0] as string);
    longerPeopleWords.add(words[words.length - 1] as string);
  }
  const thingLastWords = new Set([...things].map((key) => key.slice(key.lastIndexOf(' ') + 1)));
  for (const [key, entry] of mentions) {
    if (entry.titled || key.includes(' ') || longerPeopleWords.has(key)) continue;
    if (thingLastWords.has(key) || entry.inContext >= THING_CONTEXT_SHARE * entry.total)
      things.add(key);
  }
  return things;
}
