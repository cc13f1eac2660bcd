// Word, number, punctuation and symbol tokens with exact offsets into the caller's text.
// One sticky regular expression scans the text once; each alternative is unambiguous
// (a joiner is never a word character), so the scan is linear on any input.
import { CorroborateError, describeType } from '../errors.js';
import { normalizeText } from './normalize.js';

/** What a token is. */
export type TokenKind = 'word' | 'number' | 'punct' | 'symbol';

/** One token. `text === input.slice(start, end)` always holds. */
export interface Token {
  /** The token exactly as it stands in the input. */
  text: string;
  /**
   * Lower-case normalised form used for matching: NFKC, straight apostrophes, ASCII hyphens,
   * no invisible characters; possessive `'s` removed ("Trump’s" → "trump"); initialisms without
   * dots ("U.S." → "us"); numbers as plain decimals ("$53,000" → "53000", "30th" → "30").
   */
  norm: string;
  /** Offset of the first character in the input (UTF-16 code units). */
  start: number;
  /** Offset one past the last character. */
  end: number;
  kind: TokenKind;
  /** Set on a word that ended in a possessive `'s` ("Xi’s"); `norm` is the owner ("xi"). */
  possessive?: true;
  /** Set on a dotted initialism ("U.S.", "p.m."); `norm` drops the dots. */
  initialism?: true;
  /** Numeric value of a number token ("53,000" → 53000, "27.5%" → 27.5). */
  value?: number;
  /** Currency symbol written before a number ("$2.8" → "$"). */
  currency?: string;
  /**
   * Country letters written between a `$` and its digits, lower case: "$US2.8" → "us",
   * "$A5" → "a" (Australian press style; "US$2.8" keeps "US" as its own word token).
   */
  currencyCountry?: string;
  /** Set on a number written with a trailing `%`. */
  percent?: true;
  /** Set on a number written as an ordinal ("30th", "1st"). */
  ordinal?: true;
}

/** Letters, marks, digits and the invisible characters that may sit inside a word. */
const WORD_BODY = '[\\p{L}\\p{M}\\p{N}\\u00AD\\u200B-\\u200D\\u2060]*';
/** Characters that join two word parts when a letter or digit follows: apostrophes, hyphens. */
const WORD_JOINER = "['\\u2019\\u2018\\u02BC\\-\\u2010\\u2011]";
/** Letter or digit: what may not touch a number for it to stand alone. */
const LETTER_OR_DIGIT = '[\\p{L}\\p{N}]';
/** Scale suffixes written straight after digits ("550bn", "$5m"): split off as their own word. */
const ATTACHED_SCALE = '(?:[kKmMbB]|[mMbBtT][nN]|[tT][rR][nN])';
/**
 * A currency symbol before a number, or a `$` with the capital letters that say which dollar
 * ("$US2.8 billion", "$A5m", "$NZ3"): up to three capitals, only right after the `$` and right
 * before a digit, so words are never taken for them.
 */
const CURRENCY_BEFORE = '(?:\\$[A-Z]{1,3}(?=\\d)|\\p{Sc})?';
/** Ordinal suffixes ("1st", "30th"). */
const ORDINAL_SUFFIX = '(?:[sS][tT]|[nN][dD]|[rR][dD]|[tT][hH])';

/**
 * One token per match, by alternative: 1 dotted initialism, 2 number (optional currency
 * symbol, thousands separators only in groups of exactly three, decimals, then `%`, an
 * ordinal suffix, or a lookahead for an attached scale), 3 word, 4 whitespace, 5 anything else
 * (one code point with its combining marks, emoji modifiers and ZWJ continuations).
 */
const TOKEN_PATTERN = new RegExp(
  [
    '(\\p{L}\\.(?:\\p{L}\\.)+)',
    `(${CURRENCY_BEFORE}(?:\\d{1,3}(?:,\\d{3}(?!\\d))+|\\d+)(?:\\.\\d+)?` +
      `(?:%|${ORDINAL_SUFFIX}(?!${LETTER_OR_DIGIT})|(?=${ATTACHED_SCALE}(?!${LETTER_OR_DIGIT}))|(?!${LETTER_OR_DIGIT})))`,
    `([\\p{L}\\p{N}]${WORD_BODY}(?:${WORD_JOINER}[\\p{L}\\p{N}]${WORD_BODY})*)`,
    '(\\s+)',
    '([^](?:[\\p{M}\\uFE0F\\u{1F3FB}-\\u{1F3FF}]|\\u200D[^\\s])*)',
  ].join('|'),
  'uy',
);

/**
 * The token pattern reads at most this many characters past a window's start (plus
 * {@link TOKENIZE_OVERLAP}): one match's backtracking stack then stays far below V8's limit, which
 * a single 8-million-character "word" ("a-a-a-…") overflowed with a RangeError.
 */
const TOKENIZE_WINDOW = 1 << 16;
/** Room past the window for the token that starts inside it; longer "words" are cut. */
const TOKENIZE_OVERLAP = 1 << 12;

/** Words whose `'s` is "is"/"has"/"us", not a possessive. */
const S_CONTRACTIONS: ReadonlySet<string> = new Set([
  'it',
  'he',
  'she',
  'that',
  'there',
  'here',
  'what',
  'who',
  'where',
  'how',
  'let',
]);

const PUNCTUATION = /^\p{P}/u;
const CURRENCY_PREFIX = /^\p{Sc}/u;
const PLAIN_DECIMAL = /^\d+(?:\.\d+)?$/;
const DOLLAR_COUNTRY_LETTERS = /^[A-Z]+/;

/**
 * Splits `text` into word, number, punctuation and symbol tokens with offsets into `text`.
 * Whitespace and invisible characters produce no token. Words keep internal apostrophes and
 * hyphens ("don't", "Jae-myung"); "Trump’s" is one word with norm "trump" and `possessive`;
 * "U.S." is one word with norm "us"; "$2.8", "53,000", "27.5%" and "30th" are single numbers.
 * Never throws on strings (lone surrogates, RTL text, emoji, combining marks are all tokens).
 *
 * @throws {CorroborateError} `INVALID_ARTICLE` when `text` is not a string.
 */
export function tokenize(text: string): Token[] {
  if (typeof text !== 'string') {
    throw new CorroborateError(
      'INVALID_ARTICLE',
      `tokenize expects a string of text, got ${describeType(text)}.`,
      { received: describeType(text) },
    );
  }
  const tokens: Token[] = [];
  const pattern = TOKEN_PATTERN;
  // The pattern runs on windows of the text: a regex's backtracking stack grows with the length
  // of one match, and a single "word" of millions of characters ("a-a-a-…") overflows it.
  let base = 0;
  let window = text.length <= TOKENIZE_WINDOW + TOKENIZE_OVERLAP ? text : '';
  let index = 0;
  while (index < text.length) {
    // ASCII spaces and line breaks make no token (the pattern's whitespace alternative would
    // match and drop them): skipped without a regex call, about half of all matches.
    const code = text.charCodeAt(index);
    if (code === 32 || code === 10 || code === 13 || code === 9) {
      index++;
      continue;
    }
    if (window === '' || index - base >= TOKENIZE_WINDOW) {
      base = index;
      window = text.slice(base, base + TOKENIZE_WINDOW + TOKENIZE_OVERLAP);
    }
    pattern.lastIndex = index - base;
    const match = pattern.exec(window);
    // Alternative 5 matches any code point, so a match always exists; guard anyway.
    if (match === null) break;
    const start = index;
    const end = start + match[0].length;
    // A match that reaches the end of a window that is not the text's end may be cut short:
    // read it again from a window that starts with it, unless it already fills a whole window
    // (a "word" longer than TOKENIZE_OVERLAP characters is cut there).
    if (end - base === window.length && end < text.length && start > base) {
      window = '';
      continue;
    }
    index = end;
    if (match[1] !== undefined) tokens.push(initialismToken(match[1], start, end));
    else if (match[2] !== undefined) tokens.push(numberToken(match[2], start, end));
    else if (match[3] !== undefined) tokens.push(wordToken(match[3], start, end));
    else if (match[5] !== undefined) {
      const token = otherToken(match[5], start, end);
      if (token !== undefined) tokens.push(token);
    }
  }
  return tokens;
}

/** "U.S." → norm "us". */
function initialismToken(raw: string, start: number, end: number): Token {
  const norm = normalizeText(raw).replace(/\./g, '').toLowerCase();
  return { text: raw, norm, start, end, kind: 'word', initialism: true };
}

/** "$53,000" → norm "53000", value 53000, currency "$". */
function numberToken(raw: string, start: number, end: number): Token {
  let body = raw;
  let currency: string | undefined;
  let currencyCountry: string | undefined;
  if (CURRENCY_PREFIX.test(body)) {
    // Currency symbols are single BMP code points.
    currency = body.charAt(0);
    body = body.slice(1);
    const country = DOLLAR_COUNTRY_LETTERS.exec(body)?.[0];
    if (country !== undefined) {
      currencyCountry = country.toLowerCase();
      body = body.slice(country.length);
    }
  }
  let percent = false;
  let ordinal = false;
  if (body.endsWith('%')) {
    percent = true;
    body = body.slice(0, -1);
  } else if (/[a-zA-Z]$/.test(body)) {
    ordinal = true;
    body = body.slice(0, -2);
  }
  const norm = body.replace(/,/g, '');
  const token: Token = { text: raw, norm, start, end, kind: 'number', value: Number(norm) };
  if (currency !== undefined) token.currency = currency;
  if (currencyCountry !== undefined) token.currencyCountry = currencyCountry;
  if (percent) token.percent = true;
  if (ordinal) token.ordinal = true;
  return token;
}

/** Words; a trailing possessive `'s` moves into the `possessive` flag. */
function wordToken(raw: string, start: number, end: number): Token {
  const norm = normalizeText(raw).toLowerCase();
  const owner = possessiveOwner(norm);
  if (owner !== undefined)
    return { text: raw, norm: owner, start, end, kind: 'word', possessive: true };
  // Fullwidth or other compatibility digits normalise to ASCII: they are numbers after all.
  if (PLAIN_DECIMAL.test(norm)) {
    return { text: raw, norm, start, end, kind: 'number', value: Number(norm) };
  }
  return { text: raw, norm, start, end, kind: 'word' };
}

/**
 * The owner in a possessive ("trump's" → "trump"), or undefined when the word has no `'s`
 * or the `'s` is a contraction ("it's" = it is, "let's" = let us).
 */
export function possessiveOwner(norm: string): string | undefined {
  if (norm.length < 3 || !norm.endsWith("'s")) return undefined;
  const owner = norm.slice(0, -2);
  return S_CONTRACTIONS.has(owner) ? undefined : owner;
}

/** Punctuation or symbol; invisible characters alone make no token. */
function otherToken(raw: string, start: number, end: number): Token | undefined {
  const norm = normalizeText(raw).toLowerCase();
  if (norm.length === 0) return undefined;
  const kind: TokenKind = PUNCTUATION.test(norm) ? 'punct' : 'symbol';
  return { text: raw, norm, start, end, kind };
}
