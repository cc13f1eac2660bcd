// Bylines and photo credits: the author and photographer names of a news page, which make no claims.
import type { WordToken } from '../../text/word-tokens.js';
import { countWords, isDateWord, isNameWordToken, MAX_NAME_WORDS } from './lexicon.js';
import { TITLE_WORDS } from './title-words.js';
import { ORGANISATION_WORDS } from './word-lists.js';

/** Longest byline line, in word tokens ("By Jane Doe and John Roe, Asia correspondents in Seoul"). */
export const MAX_BYLINE_WORDS = 14;

/**
 * A byline line ("By Jane Doe, Asia correspondent", "Written By Rodney Mbua"): returns the token
 * ranges of the author names, or null when the line is not a byline.
 */
export function bylineNames(tokens: readonly WordToken[]): Array<[number, number]> | null {
  let cursor = 0;
  const first = tokens[0];
  const second = tokens[1];
  if (first?.norm === 'by' && first.capitalised) cursor = 1;
  else if (
    first !== undefined &&
    ['written', 'reporting', 'words', 'report', 'edited'].includes(first.norm) &&
    first.capitalised &&
    second?.norm === 'by'
  ) {
    cursor = 2;
  } else return null;
  let words = 0;
  for (const token of tokens) if (token.kind === 'word') words += 1;
  if (words > MAX_BYLINE_WORDS) return null;
  const names: Array<[number, number]> = [];
  while (cursor < tokens.length) {
    const start = cursor;
    while (cursor < tokens.length && isNameWordToken(tokens[cursor] as WordToken)) {
      const token = tokens[cursor] as WordToken;
      cursor += 1;
      if (token.possessive) break;
    }
    while (cursor < tokens.length && (tokens[cursor] as WordToken).joined) cursor += 1;
    if (!isPlausibleAuthorName(tokens, start, cursor)) return null;
    names.push([start, cursor - 1]);
    const separator = tokens[cursor];
    if (
      separator?.norm === 'and' ||
      (separator?.text === ',' && tokens[cursor + 1]?.norm === 'and')
    ) {
      cursor += separator.norm === 'and' ? 1 : 2;
      continue;
    }
    // What may follow the names: nothing, or a description (", Asia correspondent", "in Seoul", "----").
    if (separator !== undefined && separator.kind === 'word' && separator.norm !== 'in')
      return null;
    break;
  }
  return names.length > 0 ? names : null;
}

/**
 * An author's name in a byline: two to {@link MAX_NAME_WORDS} words, none a date, title or
 * organisation word, so "By Friday, talks had collapsed." is not a byline.
 */
function isPlausibleAuthorName(tokens: readonly WordToken[], start: number, end: number): boolean {
  const words = end > start ? countWords(tokens, start, end - 1) : 0;
  if (words < 2 || words > MAX_NAME_WORDS) return false;
  for (let index = start; index < end; index += 1) {
    const token = tokens[index] as WordToken;
    if (
      isDateWord(tokens, index) ||
      TITLE_WORDS.has(token.norm) ||
      ORGANISATION_WORDS.has(token.norm)
    )
      return false;
  }
  return true;
}

/** A photo credit "REUTERS/Kylie Cooper": the agency in capitals, a slash, then the photographer. */
export function photoCreditNames(tokens: readonly WordToken[]): Array<[number, number]> {
  const names: Array<[number, number]> = [];
  for (let index = 2; index < tokens.length; index += 1) {
    const slash = tokens[index - 1] as WordToken;
    const agency = tokens[index - 2] as WordToken;
    if (slash.text !== '/' || !agency.allCaps || slash.start !== agency.end) continue;
    let end = index;
    while (
      end < tokens.length &&
      isNameWordToken(tokens[end] as WordToken) &&
      end - index < MAX_NAME_WORDS
    )
      end += 1;
    if (end - index >= 2) names.push([index, end - 1]);
  }
  return names;
}
