// What a word or a line is, for the people extractor and the extractors that share its rules:
// titles, date words, headings, sentence-initial capitals, abbreviations inside names.
import { MONTH_ABBREVIATIONS, MONTH_NAMES, WEEKDAYS } from '../../text/calendar.js';
import type { WordToken } from '../../text/word-tokens.js';
import { TITLE_WORDS } from './title-words.js';
import {
  ABBREVIATED_TITLES,
  CLAUSE_OPENERS,
  COMMON_WORD_ENDINGS,
  DATE_PREPOSITIONS,
  MONTHS_THAT_ARE_NAMES,
  RUN_CONNECTORS,
  SENTENCE_ENDINGS,
  TITLE_QUALIFIERS,
} from './word-lists.js';

/** Longest name accepted, in words ("Mohammed bin Salman Al Saud" is 5): longer runs are headings or organisations. */
export const MAX_NAME_WORDS = 6;

/**
 * Share of content words that must be capitalised for a line to read as a heading. Chosen on
 * headlines and section headings ("Key Takeaways", "Trump Urges China to Join US …"), which
 * capitalise all of them, against prose sentences full of names, which stay below ~70%.
 */
export const HEADING_CAPITALISED_SHARE = 0.8;

/** Whether a folded word is a title or a word that only qualifies one ("Prime", "Foreign", "Press"). */
export function isTitleOrQualifier(norm: string): boolean {
  return TITLE_WORDS.has(norm) || TITLE_QUALIFIERS.has(norm);
}

/**
 * Words that are capitalised only because they start a sentence, a quotation or a clause.
 * Checked only in those positions, so "Rose" or "Will" inside a sentence can still be names.
 */
export const COMMON_CAPITALISED_WORDS: ReadonlySet<string> = new Set(
  (
    'a an the this that these those it its he she they we i you his her their our my your ' +
    'in on at to of for from by with without within about above across after against along amid ' +
    'among around as before behind below beneath beside besides between beyond but despite down ' +
    'during except following inside into like near off onto out outside over past per since than ' +
    'through throughout toward towards under underneath unlike until up upon via and or nor so yet ' +
    'also although though however meanwhile moreover nevertheless nonetheless notably still ' +
    'instead indeed thus therefore hence then now today yesterday tomorrow tonight here there ' +
    'when where while whether which who whom whose what why how if unless once because ' +
    'all any both each either every few many more most much neither no none not nothing other ' +
    'others several some such another one two three four five six seven eight nine ten first ' +
    'second third last next new old key major main top senior recent current former latest ' +
    'officials official analysts analyst critics experts sources leaders reporters investors ' +
    'diplomats lawmakers residents observers markets shares stocks prices talks trade tariffs ' +
    'exports imports both sides people many most speaking asked according already even only just ' +
    'again always never often sometimes perhaps maybe yes okay ok please thank thanks dear ' +
    'is are was were be been being has have had do does did will would shall should can could ' +
    'may might must let source sources ' +
    'photo image video watch read listen share updated published breaking exclusive analysis ' +
    'opinion editorial background context summary overview update live later earlier afterward ' +
    'afterwards finally separately similarly additionally ultimately overall elsewhere together ' +
    'recently currently previously initially eventually meanwhile regardless'
  )
    .split(/\s+/)
    .filter((word) => word !== ''),
);

/** Whether token `index` opens a sentence, a quotation or a clause, so its capital says nothing. */
export function isSyntaxCapitalised(tokens: readonly WordToken[], index: number): boolean {
  for (let cursor = index - 1; cursor >= 0; cursor -= 1) {
    const token = tokens[cursor] as WordToken;
    // "… Hun Sen. He met Xi": the dot of a name-final abbreviation ended the sentence.
    if (token.kind !== 'punct')
      return (
        cursor === index - 1 && token.text.endsWith('.') && isAbbreviationInName(tokens, cursor)
      );
    if (CLAUSE_OPENERS.has(token.text)) return true;
    if (token.text !== ',') return false;
  }
  return true;
}

/**
 * A heading or headline: no closing punctuation and (nearly) every content word capitalised.
 * In such lines capitals say nothing about names ("Key Takeaways", "Direct Appeal to China").
 */
export function isHeadingLine(tokens: readonly WordToken[]): boolean {
  const last = tokens[tokens.length - 1];
  if (!last) return false;
  if (last.kind === 'punct' && ['.', '!', '?', '…', '”', '"'].includes(last.text)) return false;
  // "… led by Hun Sen.": the full stop was read into the name's last word.
  if (last.text.endsWith('.') && isAbbreviationInName(tokens, tokens.length - 1)) return false;
  // "President Trump departs. REUTERS/Kylie Cooper": a sentence ends inside, so it is prose with a credit.
  if (tokens.some((token) => token.kind === 'punct' && SENTENCE_ENDINGS.has(token.text)))
    return false;
  let content = 0;
  let capitalised = 0;
  for (const token of tokens) {
    if (token.kind !== 'word' || RUN_CONNECTORS.has(token.norm) || token.norm.length <= 3) {
      if (
        token.kind === 'word' &&
        token.capitalised &&
        token.norm.length > 1 &&
        token.norm.length <= 3
      ) {
        // Short capitalised words ("Key", "Xi", "US") still count as content.
        content += 1;
        capitalised += 1;
      }
      continue;
    }
    content += 1;
    if (token.capitalised || token.allCaps) capitalised += 1;
  }
  return content >= 2 && capitalised / content >= HEADING_CAPITALISED_SHARE;
}

/** Whether a token is a month or weekday here ("May" is a month in "in May" or "May 5", a name otherwise). */
export function isDateWord(tokens: readonly WordToken[], index: number): boolean {
  const token = tokens[index] as WordToken;
  if (WEEKDAYS.has(token.norm)) return true;
  if (!MONTH_NAMES.has(token.norm) && !MONTH_ABBREVIATIONS.has(token.norm)) return false;
  // "Jun" in "Lee Jun-seok" and "Mar" in "Mar-a-Lago" are names; "Jun. 5" and "in Jun" are dates.
  const abbreviated = token.norm.length <= 4 && token.norm !== 'june' && token.norm !== 'july';
  if (abbreviated && token.text.endsWith('.')) return true;
  if (!abbreviated && !MONTHS_THAT_ARE_NAMES.has(token.norm)) return true;
  const next = tokens[index + 1];
  const previous = tokens[index - 1];
  return (
    (next !== undefined && next.kind === 'number') ||
    (previous !== undefined && DATE_PREPOSITIONS.has(previous.norm))
  );
}

/**
 * Whether an abbreviated title standing right after a name word is the name's last word
 * ("Hun Sen", "Amartya Sen"), not a title: a title abbreviation comes before its name ("Sen.
 * Warren", "Sen Warren"), so after one it can only belong to the name. Written with its dot it
 * counts only when the dot ends the sentence ("… led by Hun Sen." or "Hun Sen. He …").
 */
export function isAbbreviationInName(tokens: readonly WordToken[], index: number): boolean {
  const token = tokens[index];
  const previous = tokens[index - 1];
  if (token === undefined || previous === undefined || token.kind !== 'word') return false;
  if (!ABBREVIATED_TITLES.has(token.norm) || !token.capitalised || token.allCaps) return false;
  if (previous.kind !== 'word' || previous.possessive || !previous.capitalised) return false;
  if (!token.text.endsWith('.')) return true;
  const next = tokens[index + 1];
  return (
    next === undefined ||
    next.kind === 'punct' ||
    (next.capitalised && COMMON_CAPITALISED_WORDS.has(next.norm))
  );
}

/** Whether a single word that opens a sentence reads as an ordinary English word ("Securing", "Notably"). */
export function looksLikeCommonWord(token: WordToken): boolean {
  return COMMON_WORD_ENDINGS.some(
    (ending) => token.norm.length > ending.length + 2 && token.norm.endsWith(ending),
  );
}

/** A capitalised or all-capitals word: what a name is made of. */
export function isNameWordToken(token: WordToken): boolean {
  return token.kind === 'word' && (token.capitalised || token.allCaps);
}

/** Groups hyphen-joined tokens of a segment into words: "Mira Rapp-Hooper" has two words. */
export function countWords(tokens: readonly WordToken[], first: number, last: number): number {
  let words = 0;
  for (let index = first; index <= last; index += 1) {
    const token = tokens[index] as WordToken;
    if (!token.joined || index === first) words += 1;
  }
  return words;
}
