// Runs of capitalised words in a sentence, classified word by word, and the names the title
// patterns and capitalised-sequence rules accept from them.
import type { TrieMatch, WordToken } from '../../text/word-tokens.js';
import { isKnownGivenName } from '../compromise-adapter.js';
import type { GazetteerEntry } from '../gazetteer.js';
import type { PersonSource } from '../types.js';
import { bylineNames, photoCreditNames } from './bylines.js';
import {
  COMMON_CAPITALISED_WORDS,
  countWords,
  isAbbreviationInName,
  isDateWord,
  isHeadingLine,
  isNameWordToken,
  isSyntaxCapitalised,
  MAX_NAME_WORDS,
} from './lexicon.js';
import { TITLE_WORDS } from './title-words.js';
import {
  CAPITALISED_NON_NAMES,
  HYPHEN_ADJECTIVE_TAILS,
  NAME_PARTICLES,
  NAME_SUFFIXES,
  NEWS_OUTLETS,
  ORGANISATION_WORDS,
  RUN_CONNECTORS,
  TITLE_QUALIFIERS,
} from './word-lists.js';

/** How a token reads inside a run of capitalised words. */
export type RunClass =
  | 'name'
  | 'initial'
  | 'suffix'
  | 'particle'
  | 'connector'
  | 'title'
  | 'qualifier'
  | 'place'
  | 'organisation'
  | 'acronym'
  | 'date'
  | 'common';

/** A run of capitalised tokens (with particles and connectors between them) in one sentence. */
interface Run {
  /** Token indices, in order. */
  indices: number[];
}

/** A person name found in one sentence: token range and how it was found. */
export interface NameCandidate {
  sentenceIndex: number;
  first: number;
  last: number;
  source: PersonSource;
  byline: boolean;
}

/** A capitalised word (or hyphen compound) no rule has explained yet. */
export interface PendingWord {
  sentenceIndex: number;
  first: number;
  last: number;
  /**
   * Only a name known from elsewhere in the article may claim it, never compromise's guess: in a
   * heading line, or an organisation word that may be a surname ("President Park" after "Park Geun-hye").
   */
  knownOnly: boolean;
}

/** "J." or "J.D.": one to three capitals, each with its dot. */
const INITIALS = /^(?:\p{Lu}\.){1,3}$/u;

function isInitialToken(token: WordToken): boolean {
  return token.kind === 'word' && token.text.length <= 6 && INITIALS.test(token.text);
}

/** Token indices covered by a gazetteer place (names and demonyms). */
function placeTokenMask(
  tokens: readonly WordToken[],
  matches: readonly TrieMatch<GazetteerEntry>[],
): Uint8Array {
  // Most sentences name no place: share one empty mask (every index reads as undefined, not 1).
  if (matches.length === 0) return NO_PLACES;
  const mask = new Uint8Array(tokens.length);
  for (const match of matches) mask.fill(1, match.start, match.end);
  return mask;
}

/** An empty token mask: reading any index gives undefined, never 1. */
const NO_PLACES = new Uint8Array(0);

/** Most lower-case particles in a row inside a name ("Ursula von der Leyen", "Maria de la Cruz"). */
export const MAX_NAME_PARTICLES = 3;

function isUnjoinedNameWord(token: WordToken | undefined): boolean {
  return token !== undefined && isNameWordToken(token) && !token.joined;
}

/**
 * Whether the particles starting at `index` ("von der", "bin", "de la") lead, within
 * {@link MAX_NAME_PARTICLES}, to a capitalised name word: "Ursula von der Leyen" is one name,
 * "Leyen von der" and "the bin of" are not.
 */
function particlesReachName(tokens: readonly WordToken[], index: number): boolean {
  for (let cursor = index; cursor < index + MAX_NAME_PARTICLES; cursor += 1) {
    const token = tokens[cursor];
    if (token === undefined || token.kind !== 'word' || !NAME_PARTICLES.has(token.text))
      return false;
    if (isUnjoinedNameWord(tokens[cursor + 1])) return true;
  }
  return false;
}

/** Builds the runs of capitalised tokens in a sentence. Linear: each token is looked at a bounded number of times. */
function buildRuns(tokens: readonly WordToken[]): Run[] {
  const runs: Run[] = [];
  let current: number[] = [];
  const close = (): void => {
    if (current.length > 0) runs.push({ indices: current });
    current = [];
  };
  for (let index = 0; index < tokens.length; index += 1) {
    const token = tokens[index] as WordToken;
    const previous =
      current.length > 0 ? (tokens[current[current.length - 1] as number] as WordToken) : undefined;
    if (previous?.possessive) close();
    if (isNameWordToken(token)) {
      current.push(index);
      continue;
    }
    if (token.kind === 'word' && token.joined && current.length > 0) {
      // "Suk-yeol" continues a name; "Biden-era" ends it.
      if (HYPHEN_ADJECTIVE_TAILS.has(token.norm)) {
        close();
        continue;
      }
      current.push(index);
      continue;
    }
    const bridges =
      token.kind === 'word' &&
      current.length > 0 &&
      ((NAME_PARTICLES.has(token.text) && particlesReachName(tokens, index)) ||
        (RUN_CONNECTORS.has(token.text) && isUnjoinedNameWord(tokens[index + 1])));
    if (bridges) {
      current.push(index);
      continue;
    }
    close();
  }
  close();
  return runs;
}

function classifyRunToken(
  tokens: readonly WordToken[],
  index: number,
  places: Uint8Array,
): RunClass {
  const token = tokens[index] as WordToken;
  if (places[index] === 1) return 'place';
  if (!token.capitalised && !token.allCaps) {
    // A hyphenated lower-case part continues the name ("Suk-yeol", "Jan-di"), particle or not.
    if (token.joined) return 'name';
    if (NAME_PARTICLES.has(token.text) && !RUN_CONNECTORS.has(token.text)) return 'particle';
    if (RUN_CONNECTORS.has(token.text)) return 'connector';
    return 'name';
  }
  if (
    NAME_SUFFIXES.has(token.norm) &&
    (token.norm === 'jr' || token.norm === 'sr' || token.allCaps)
  ) {
    return 'suffix';
  }
  if (isInitialToken(token)) return 'initial';
  if (TITLE_WORDS.has(token.norm)) return 'title';
  if (TITLE_QUALIFIERS.has(token.norm)) return 'qualifier';
  if (isDateWord(tokens, index)) return 'date';
  if (ORGANISATION_WORDS.has(token.norm) || NEWS_OUTLETS.has(token.norm)) return 'organisation';
  if (token.allCaps) return 'acronym';
  if (token.norm === 'i' || CAPITALISED_NON_NAMES.has(token.norm)) return 'common';
  if (COMMON_CAPITALISED_WORDS.has(token.norm) && isSyntaxCapitalised(tokens, index)) {
    return 'common';
  }
  return 'name';
}

/**
 * Organisation words claim the capitalised words before them: "Brookings Institution",
 * "White House", "Micron Technology" are organisations, not a person called Brookings. They do
 * not reach back across "and", which joins two phrases: in "Ursula von der Leyen and Council
 * President Charles Michel" the council does not claim Leyen.
 */
function absorbIntoOrganisations(
  tokens: readonly WordToken[],
  indices: readonly number[],
  classes: RunClass[],
): void {
  for (let index = 0; index < classes.length; index += 1) {
    if (classes[index] !== 'organisation') continue;
    for (
      let back = index - 1;
      back >= 0 && (classes[back] === 'name' || classes[back] === 'connector');
      back -= 1
    ) {
      if ((tokens[indices[back] as number] as WordToken).norm === 'and') break;
      classes[back] = 'organisation';
    }
  }
}

/** Whether the particle classes from `position` on end in a name class ("von der Leyen"). */
function particlesEndInName(classes: readonly RunClass[], position: number): boolean {
  let cursor = position;
  while (classes[cursor] === 'particle' && cursor < position + MAX_NAME_PARTICLES) cursor += 1;
  return classes[cursor] === 'name';
}

/**
 * Whether an organisation word opens a personal name as its surname: "President Park Geun-hye",
 * "Park Geun-hye said". A name word must follow it, and either a title stands before it or the
 * given name after it is hyphenated (a Korean given name), so "Central Park Zoo", "Bank Negara"
 * and "House Speaker Mike Johnson" keep their organisation word.
 */
function isSurnameBeforeGivenName(
  tokens: readonly WordToken[],
  indices: readonly number[],
  classes: readonly RunClass[],
  position: number,
): boolean {
  const index = indices[position] as number;
  const token = tokens[index] as WordToken;
  if (classes[position] !== 'organisation' || !ORGANISATION_WORDS.has(token.norm)) return false;
  if (token.possessive || classes[position + 1] !== 'name') return false;
  if (indices[position + 1] !== index + 1 || (tokens[index + 1] as WordToken).joined) return false;
  if (position > 0 && classes[position - 1] === 'name') return false;
  return hasTitleBefore(classes, position) || tokens[index + 2]?.joined === true;
}

/**
 * An organisation word with no name word on either side in its run, right after a title or on
 * its own ("President Park said", "Park said"): a surname only if the article names someone so
 * elsewhere, so it waits for the known-name pass and is never put to compromise.
 */
function isLoneOrganisationWord(
  tokens: readonly WordToken[],
  indices: readonly number[],
  classes: readonly RunClass[],
  position: number,
): boolean {
  const token = tokens[indices[position] as number] as WordToken;
  if (classes[position] !== 'organisation' || !ORGANISATION_WORDS.has(token.norm)) return false;
  const next = classes[position + 1];
  if (next !== undefined && next !== 'date' && next !== 'common') return false;
  return position === 0 || hasTitleBefore(classes, position);
}

/**
 * Whether a one-word place right after a given name is that person's surname: "Eddie Jordan",
 * "Sam Houston", "Jack London". The word before must be a plain capitalised name word, right
 * next to it, that compromise lists as a given name (`isGivenName`), and the place must be one
 * word with no other place word after it. "Prime Minister of Jordan", "Eddie visited Jordan"
 * and "Hasim Jordan" (not a listed given name) keep the place.
 */
export function isSurnameAfterGivenName(
  tokens: readonly WordToken[],
  indices: readonly number[],
  classes: readonly RunClass[],
  position: number,
  places: Uint8Array,
  isGivenName: (word: string) => boolean = isKnownGivenName,
): boolean {
  if (classes[position] !== 'place' || position === 0 || classes[position - 1] !== 'name')
    return false;
  const index = indices[position] as number;
  if (indices[position - 1] !== index - 1 || places[index + 1] === 1) return false;
  const token = tokens[index] as WordToken;
  const given = tokens[index - 1] as WordToken;
  if (token.kind !== 'word' || token.joined || token.allCaps || !token.capitalised) return false;
  if (given.kind !== 'word' || given.joined || given.allCaps || given.possessive) return false;
  if (!given.capitalised || tokens[index + 1]?.joined === true) return false;
  return isGivenName(given.text);
}

/** Classes a title may be separated from its name by: "Chancellor of Germany Olaf Scholz", "NATO Secretary General". */
const TITLE_BRIDGE: ReadonlySet<RunClass> = new Set([
  'place',
  'qualifier',
  'acronym',
  'connector',
  'organisation',
  'title',
]);

/** Whether a title stands before run position `position`, across places, qualifiers and acronyms only. */
function hasTitleBefore(classes: readonly RunClass[], position: number): boolean {
  for (let back = position - 1; back >= 0; back -= 1) {
    const kind = classes[back] as RunClass;
    if (kind === 'title') return true;
    if (!TITLE_BRIDGE.has(kind)) return false;
  }
  return false;
}

/** Scans one sentence: names it can accept now, and words it must leave to the second pass. */
export function scanSentence(
  tokens: readonly WordToken[],
  placeMatches: readonly TrieMatch<GazetteerEntry>[],
  sentenceIndex: number,
  accepted: NameCandidate[],
  pending: PendingWord[],
): void {
  const byline = bylineNames(tokens);
  const bylineRanges = [...(byline ?? []), ...photoCreditNames(tokens)];
  // Tokens of a byline or credit; most sentences have none, and share an empty mask.
  const covered = bylineRanges.length > 0 ? new Uint8Array(tokens.length) : NO_PLACES;
  for (const [first, last] of bylineRanges) {
    accepted.push({ sentenceIndex, first, last, source: 'pattern', byline: true });
    covered.fill(1, first, last + 1);
  }
  if (byline) return;
  const heading = isHeadingLine(tokens);
  const places = placeTokenMask(tokens, placeMatches);
  for (const run of buildRuns(tokens)) {
    const indices =
      covered.length > 0 ? run.indices.filter((index) => covered[index] !== 1) : run.indices;
    const classes = indices.map((index) => classifyRunToken(tokens, index, places));
    const loneOrganisationWords: number[] = [];
    for (let position = 0; position < classes.length; position += 1) {
      const index = indices[position] as number;
      if (
        classes[position] === 'title' &&
        position > 0 &&
        classes[position - 1] === 'name' &&
        indices[position - 1] === index - 1 &&
        isAbbreviationInName(tokens, index)
      ) {
        classes[position] = 'name';
      } else if (isSurnameBeforeGivenName(tokens, indices, classes, position)) {
        classes[position] = 'name';
      } else if (isSurnameAfterGivenName(tokens, indices, classes, position, places)) {
        classes[position] = 'name';
      } else if (isLoneOrganisationWord(tokens, indices, classes, position)) {
        loneOrganisationWords.push(index);
      }
    }
    for (const index of loneOrganisationWords)
      pending.push({ sentenceIndex, first: index, last: index, knownOnly: true });
    absorbIntoOrganisations(tokens, indices, classes);
    let position = 0;
    while (position < indices.length) {
      if (classes[position] !== 'name' && classes[position] !== 'initial') {
        position += 1;
        continue;
      }
      const startPosition = position;
      while (
        position < indices.length &&
        (classes[position] === 'name' ||
          classes[position] === 'initial' ||
          (classes[position] === 'particle' && particlesEndInName(classes, position)))
      ) {
        position += 1;
      }
      if (classes[position] === 'suffix') position += 1;
      const first = indices[startPosition] as number;
      const last = indices[position - 1] as number;
      const words = countWords(tokens, first, last);
      const onlyInitials = classes.slice(startPosition, position).every((kind) => kind !== 'name');
      if (onlyInitials || words > MAX_NAME_WORDS) continue;
      // In a heading every word is capitalised, so even after a title ("G7 Leaders Meet in
      // Puglia") only names the article gives elsewhere count.
      if (heading) {
        pending.push({ sentenceIndex, first, last, knownOnly: true });
      } else if (hasTitleBefore(classes, startPosition)) {
        accepted.push({ sentenceIndex, first, last, source: 'title', byline: false });
      } else if (words >= 2) {
        accepted.push({ sentenceIndex, first, last, source: 'pattern', byline: false });
      } else {
        pending.push({ sentenceIndex, first, last, knownOnly: false });
      }
    }
  }
}
