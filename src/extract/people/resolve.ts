// Words no rule could settle: short forms of names found elsewhere in the article, sentence-case
// words, compromise's lexicon, and venue names that are not people.
import type { WordToken } from '../../text/word-tokens.js';
import { isKnownPersonName } from '../compromise-adapter.js';
import { personNameKey } from '../person-coreference.js';
import {
  COMMON_CAPITALISED_WORDS,
  isSyntaxCapitalised,
  looksLikeCommonWord,
  MAX_NAME_WORDS,
} from './lexicon.js';
import type { NameCandidate, PendingWord } from './runs.js';
import { NAME_SUFFIXES, VENUE_HEAD_FOLLOWERS, VENUE_NOUNS } from './word-lists.js';

/** The words of a token range, a hyphen compound being one word: "Mira Rapp-Hooper" → ["mira", "rapp hooper"]. */
export function rangeWords(tokens: readonly WordToken[], first: number, last: number): string[] {
  const words: string[] = [];
  for (let index = first; index <= last; index += 1) {
    const token = tokens[index] as WordToken;
    const norm = personNameKey(token.norm);
    if (token.joined && index > first && words.length > 0) words[words.length - 1] += ` ${norm}`;
    else words.push(norm);
  }
  return words;
}

/** First and last words (suffixes aside) of the names found so far: the short forms a later bare word may be. */
function knownNameParts(names: readonly (readonly string[])[]): Set<string> {
  const parts = new Set<string>();
  for (const words of names) {
    const core = words.filter((word) => !NAME_SUFFIXES.has(word));
    if (core.length === 0) continue;
    parts.add(core[0] as string);
    parts.add(core[core.length - 1] as string);
  }
  return parts;
}

/**
 * A word capitalised only by its position that the article also writes in lower case
 * ("Exports from the region…" next to "exports") is an ordinary word, not a name.
 */
export function isSentenceCaseWord(
  tokens: readonly WordToken[],
  word: PendingWord,
  lowerCaseVocabulary: ReadonlySet<string>,
): boolean {
  if (word.first !== word.last || !isSyntaxCapitalised(tokens, word.first)) return false;
  const token = tokens[word.first] as WordToken;
  return lowerCaseVocabulary.has(token.norm) || looksLikeCommonWord(token);
}

/**
 * The last token of the longest known full name (two words or more) that starts at `first` and
 * ends by `limit`, or -1: in the headline "German Chancellor Olaf Scholz Visits Beijing", "Olaf
 * Scholz" is a name the article gives elsewhere, "Visits" is not part of it.
 */
function knownNameAt(
  tokens: readonly WordToken[],
  first: number,
  limit: number,
  knownKeys: ReadonlySet<string>,
): number {
  let found = -1;
  let key = personNameKey((tokens[first] as WordToken).norm);
  for (let index = first + 1; index <= limit && index < first + MAX_NAME_WORDS; index += 1) {
    const token = tokens[index] as WordToken;
    // A hyphen compound of two names ("Trump-Xi") names two people.
    if (token.joined) break;
    key += ` ${personNameKey(token.norm)}`;
    if (knownKeys.has(key)) found = index;
  }
  return found;
}

/**
 * Resolves pending words against names found elsewhere in the article: a whole segment that is
 * a known name, a word that is the first or last word of a known name ("Takaichi", "Rapp-Hooper"),
 * or each part of a hyphen compound of known words ("Trump-Xi"). Returns what is left.
 */
export function resolveFromKnownNames(
  pendingWords: readonly PendingWord[],
  tokensBySentence: readonly (readonly WordToken[])[],
  knownNames: readonly (readonly string[])[],
  accepted: NameCandidate[],
): PendingWord[] {
  const knownKeys = new Set(knownNames.map((words) => words.join(' ')));
  const parts = knownNameParts(knownNames);
  const firstWords = new Set(
    knownNames.filter((words) => words.length > 1).map((words) => words[0] as string),
  );
  const unresolved: PendingWord[] = [];
  for (const word of pendingWords) {
    const tokens = tokensBySentence[word.sentenceIndex] as readonly WordToken[];
    const words = rangeWords(tokens, word.first, word.last);
    if (knownKeys.has(words.join(' ')) || (words.length === 1 && parts.has(words[0] as string))) {
      accepted.push({ ...word, source: 'pattern', byline: false });
      continue;
    }
    let matchedAny = false;
    for (let index = word.first; index <= word.last; index += 1) {
      const norm = personNameKey((tokens[index] as WordToken).norm);
      const full = firstWords.has(norm) ? knownNameAt(tokens, index, word.last, knownKeys) : -1;
      if (full > index || (norm.length > 1 && parts.has(norm))) {
        accepted.push({
          sentenceIndex: word.sentenceIndex,
          first: index,
          last: Math.max(full, index),
          source: 'pattern',
          byline: false,
        });
        matchedAny = true;
        index = Math.max(full, index);
      }
    }
    if (!matchedAny && !word.knownOnly) unresolved.push(word);
  }
  return unresolved;
}

/** Most words of a headline name that prose vouches for ({@link acceptVouchedHeadingNames}): given name(s) and surname. */
export const MAX_VOUCHED_HEADING_WORDS = 3;

/**
 * A name in a headline ("Jane Roe Named New Host") that the article's prose confirms by using
 * its last word alone as a name inside a sentence ("… said the BBC. Roe admitted …" is not
 * enough; "the network's Roe admitted", "from Roe's turn" are): accepted from the headline's
 * first word up to that word, when it has two to {@link MAX_VOUCHED_HEADING_WORDS} words and
 * none of the words before it is one the article also writes in lower case ("Police Arrest
 * Roe": "arrest" and "police" occur in lower case, so nothing is accepted). The headline
 * otherwise waits for names the article gives in full. Returns the pending words left.
 */
export function acceptVouchedHeadingNames(
  pendingWords: readonly PendingWord[],
  tokensBySentence: readonly (readonly WordToken[])[],
  accepted: NameCandidate[],
): PendingWord[] {
  const vouched = new Set<string>();
  const asked = new Set<string>();
  for (const word of pendingWords) {
    const tokens = tokensBySentence[word.sentenceIndex] as readonly WordToken[];
    if (word.knownOnly) {
      for (let index = word.first; index < word.last; index += 1)
        asked.add((tokens[index] as WordToken).norm);
    } else if (word.first === word.last && !isSyntaxCapitalised(tokens, word.first)) {
      vouched.add(personNameKey((tokens[word.first] as WordToken).norm));
    }
  }
  if (vouched.size === 0) return [...pendingWords];
  const lowerCase = lowerCaseVocabulary(tokensBySentence, asked);
  const left: PendingWord[] = [];
  for (const word of pendingWords) {
    const tokens = tokensBySentence[word.sentenceIndex] as readonly WordToken[];
    const end = word.knownOnly ? vouchedNameEnd(tokens, word, vouched, lowerCase) : -1;
    if (end < 0) {
      left.push(word);
      continue;
    }
    accepted.push({
      sentenceIndex: word.sentenceIndex,
      first: word.first,
      last: end,
      source: 'pattern',
      byline: false,
    });
  }
  return left;
}

/** The last token of the vouched name opening a headline segment, or -1 ({@link acceptVouchedHeadingNames}). */
function vouchedNameEnd(
  tokens: readonly WordToken[],
  word: PendingWord,
  vouched: ReadonlySet<string>,
  lowerCase: ReadonlySet<string>,
): number {
  const opener = tokens[word.first] as WordToken;
  // The name opens the headline, and its first word is not itself used alone as a name ("Hawks
  // Beat Owls" names two teams) or a common word.
  if (word.first !== 0 || vouched.has(personNameKey(opener.norm))) return -1;
  if (COMMON_CAPITALISED_WORDS.has(opener.norm)) return -1;
  for (let end = word.first + 1; end <= word.last; end += 1) {
    const token = tokens[end] as WordToken;
    if (token.joined || countWordsIn(tokens, word.first, end) > MAX_VOUCHED_HEADING_WORDS)
      return -1;
    if (lowerCase.has((tokens[end - 1] as WordToken).norm)) return -1;
    if (vouched.has(personNameKey(token.norm)) && tokens[end + 1]?.joined !== true) return end;
  }
  return -1;
}

function countWordsIn(tokens: readonly WordToken[], first: number, last: number): number {
  let words = 0;
  for (let index = first; index <= last; index += 1)
    if (index === first || !(tokens[index] as WordToken).joined) words += 1;
  return words;
}

/**
 * Asks compromise's people lexicon about the words no rule explained, each distinct word once
 * per article; the answer holds for every occurrence ("Putin" is listed, "Boeing" is not).
 */
export function resolveWithCompromise(
  unresolved: readonly PendingWord[],
  tokensBySentence: readonly (readonly WordToken[])[],
  accepted: NameCandidate[],
): void {
  const answers = new Map<string, boolean>();
  for (const word of unresolved) {
    // Only single words: a hyphen compound nobody explained ("Mar-a-Lago") is not a listed name.
    if (word.first !== word.last) continue;
    const text = (tokensBySentence[word.sentenceIndex] as readonly WordToken[])[word.first]
      ?.text as string;
    let known = answers.get(text);
    if (known === undefined) {
      known = isKnownPersonName(text);
      answers.set(text, known);
    }
    if (known) accepted.push({ ...word, source: 'lexicon', byline: false });
  }
}

/** Most adjectives between "a" and the venue noun in an appositive ("a five-star seaside resort" has two). */
export const VENUE_DESCRIPTION_GAP = 3;

/** Whether a venue noun at `index` heads its phrase: nothing, punctuation or a preposition follows it. */
function isVenueHead(tokens: readonly WordToken[], index: number): boolean {
  const token = tokens[index];
  if (token === undefined || token.kind !== 'word' || token.capitalised) return false;
  if (!VENUE_NOUNS.has(token.norm)) return false;
  const next = tokens[index + 1];
  return next === undefined || next.kind === 'punct' || VENUE_HEAD_FOLLOWERS.has(next.norm);
}

/**
 * A capitalised sequence the sentence calls a venue: before a venue noun ("the Borgo Egnazia
 * luxury resort, which…") or described as one after a comma ("Borgo Egnazia, a luxury resort in
 * southern Italy"). "Donald Trump, the hotel magnate" is a person: there the venue noun does
 * not head its phrase.
 */
export function isVenueName(tokens: readonly WordToken[], first: number, last: number): boolean {
  if (first > 0 && tokens[first - 1]?.possessive) return false;
  const next = tokens[last + 1];
  if (isVenueHead(tokens, last + 1)) return true;
  if (next?.kind === 'word' && !next.capitalised && isVenueHead(tokens, last + 2)) return true;
  if (next?.text !== ',' || !['a', 'an', 'the'].includes(tokens[last + 2]?.norm ?? ''))
    return false;
  for (let index = last + 3; index <= last + 3 + VENUE_DESCRIPTION_GAP; index += 1) {
    const token = tokens[index];
    if (token === undefined || token.kind !== 'word' || token.capitalised) return false;
    if (isVenueHead(tokens, index)) return true;
    if (VENUE_HEAD_FOLLOWERS.has(token.norm)) return false;
  }
  return false;
}

/** The person key of a candidate's words. */
export function candidateKey(
  tokensBySentence: readonly (readonly WordToken[])[],
  candidate: NameCandidate,
): string {
  const tokens = tokensBySentence[candidate.sentenceIndex] as readonly WordToken[];
  return rangeWords(tokens, candidate.first, candidate.last).join(' ');
}

/**
 * Keys of the names the article calls a venue anywhere ({@link isVenueName}): every mention of
 * them that no title vouches for is a place, not a person ("Borgo Egnazia" in a later sentence too).
 */
export function venueNameKeys(
  candidates: readonly NameCandidate[],
  tokensBySentence: readonly (readonly WordToken[])[],
): Set<string> {
  const keys = new Set<string>();
  for (const candidate of candidates) {
    if (candidate.source === 'title' || candidate.byline) continue;
    const tokens = tokensBySentence[candidate.sentenceIndex] as readonly WordToken[];
    if (isVenueName(tokens, candidate.first, candidate.last))
      keys.add(candidateKey(tokensBySentence, candidate));
  }
  return keys;
}

/** Folded forms of the single pending words that open a sentence or clause: the only ones {@link isSentenceCaseWord} asks about. */
export function sentenceOpenerNorms(
  words: readonly PendingWord[],
  tokensBySentence: readonly (readonly WordToken[])[],
): Set<string> {
  const norms = new Set<string>();
  for (const word of words) {
    if (word.first !== word.last) continue;
    const tokens = tokensBySentence[word.sentenceIndex] as readonly WordToken[];
    if (isSyntaxCapitalised(tokens, word.first)) norms.add((tokens[word.first] as WordToken).norm);
  }
  return norms;
}

/**
 * The words among `wanted` that the article writes in lower case somewhere: evidence that their
 * capitalised form is ordinary. Only the wanted words are collected, so an article with none
 * costs no scan at all.
 */
export function lowerCaseVocabulary(
  tokensBySentence: readonly (readonly WordToken[])[],
  wanted: ReadonlySet<string>,
): Set<string> {
  const vocabulary = new Set<string>();
  if (wanted.size === 0) return vocabulary;
  for (const tokens of tokensBySentence) {
    for (const token of tokens) {
      if (token.kind === 'word' && !token.capitalised && !token.allCaps && wanted.has(token.norm))
        vocabulary.add(token.norm);
    }
  }
  return vocabulary;
}
