// Word tokens and a token-trie matcher: the gazetteer, the role lexicon and the people, event
// and itinerary extractors match phrases token by token, in time linear in the text, with no
// regular expression per entry.
//
// Word tokens are a view of a sentence's `tokenize` tokens (the library's one tokenizer), not
// a second scan of its characters: {@link wordTokens} cuts each token into pieces and puts
// them together the way the matchers read a sentence:
// - hyphens: "Rapp-Hooper" (one `tokenize` word) is two word tokens, the second `joined`;
//   "well - known" with spaces keeps its hyphen as punctuation;
// - dots: "Mr.", "Sen." and a single capital "J." keep their dot (`tokenize` gives "Mr" + "."),
//   and so does an initialism that starts inside a word ("anti-U.S."); "Ms" without a dot is
//   a plain word;
// - numbers: a number token is digits only, so "$US2.8" is "$" "US2" "." "8", "27.5%" is
//   "27.5" "%", "30th" is "30" "th" and "1990s" is "1990" "s"; digits that a dot or a comma
//   separates are one number ("53,000", and "1,00,000", which `tokenize` reads as two);
// - folding: `norm` drops diacritics and dots ("Élysée" → "elysee") for the gazetteer and the
//   lexicons (`tokenize` keeps them and applies NFKC);
// - possessives: a word or number before `'s`, or a plural before `s'`, is `possessive`,
//   "It's" included (`tokenize` reads that one as a contraction).
import { dropInvisibles } from './normalize.js';
import { type Token, tokenize } from './tokenize.js';

/** One token of a sentence. Offsets are relative to the sentence text. */
export interface WordToken {
  /** As written, without a possessive `'s` and without a joining hyphen. */
  text: string;
  /** Words: lower case, diacritics and dots removed, curly apostrophes straightened ("U.S." → "us"). Numbers and punctuation: as written. */
  norm: string;
  /** Offset of the first character within the sentence. */
  start: number;
  /** Offset one past the last character within the sentence (before any possessive). */
  end: number;
  kind: 'word' | 'number' | 'punct';
  /** The first character is an upper-case letter. */
  capitalised: boolean;
  /** Two or more letters, all upper case ("NATO", "U.S."). */
  allCaps: boolean;
  /** Followed by `'s` / `’s`, or a plural possessive `s'`. */
  possessive: boolean;
  /** Attached to the previous token by a hyphen with no space ("Rapp-Hooper", "ex-President"). */
  joined: boolean;
}

/** Abbreviations whose trailing dot belongs to the word ("Mr.", "Jr."), not to the sentence. */
const DOTTED_ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'jr',
  'sr',
  'st',
  'gen',
  'sen',
  'rep',
  'gov',
  'lt',
  'col',
  'prof',
  'rev',
  'pres',
  'adm',
  'sgt',
  'capt',
  'maj',
  'hon',
  'mt',
  'ft',
  'sec',
  'amb',
  'no',
  'oct',
  'nov',
  'dec',
  'jan',
  'feb',
  'mar',
  'apr',
  'aug',
  'sept',
  'sep',
]);

const COMBINING_MARKS = /\p{M}/gu;
/** Written as digits and separators only: a number `tokenize` read from its digits ("53,000", not "１２"). */
const DIGITS_AND_SEPARATORS = /^[0-9][0-9.,]*$/;

function isDigitCode(code: number): boolean {
  return code >= 48 && code <= 57;
}

function isApostrophe(char: string | undefined): boolean {
  return char === "'" || char === '’';
}

function isJoiningHyphen(char: string | undefined): boolean {
  return char === '-' || char === '‐' || char === '‑';
}

/**
 * Lower case, no diacritics, no dots, straight apostrophes, no invisible characters (a soft
 * hyphen inside "Ge\u00ADneva" is part of the word, as `tokenize` reads it): the form every
 * matcher compares.
 */
export function foldWord(text: string): string {
  let folded = text.toLowerCase();
  // Only non-ASCII text can carry diacritics; the ASCII fast path skips normalisation.
  for (let index = 0; index < folded.length; index += 1) {
    if (folded.charCodeAt(index) > 127) {
      folded = dropInvisibles(folded.normalize('NFKD').replace(COMBINING_MARKS, '')).replace(
        /’/g,
        "'",
      );
      break;
    }
  }
  return folded.includes('.') ? folded.split('.').join('') : folded;
}

function isUpperCaseLetter(char: string): boolean {
  return char !== char.toLowerCase() && char === char.toUpperCase();
}

/** Case counts of the word {@link scanCase} last looked at (module scratch: no object per token). */
let scannedLetters = 0;
let scannedUpper = 0;
/** The word is ASCII, without dots and without capitals: its folded form is itself. */
let scannedPlainLower = false;
/** The word is ASCII without dots: lower-casing folds it. */
let scannedPlainAscii = false;

/** Counts letters and upper-case letters of a word in one pass and notes whether folding it can be skipped. */
function scanCase(text: string): void {
  let letters = 0;
  let upper = 0;
  let ascii = true;
  let dot = false;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code < 128) {
      if (code >= 65 && code <= 90) {
        letters += 1;
        upper += 1;
      } else if (code >= 97 && code <= 122) letters += 1;
      else if (code === 46) dot = true;
      continue;
    }
    ascii = false;
    const char = text[index] as string;
    if (char.toLowerCase() !== char.toUpperCase()) {
      letters += 1;
      if (isUpperCaseLetter(char)) upper += 1;
    }
  }
  scannedLetters = letters;
  scannedUpper = upper;
  scannedPlainAscii = ascii && !dot;
  scannedPlainLower = scannedPlainAscii && upper === 0;
}

function makeToken(
  text: string,
  start: number,
  end: number,
  kind: WordToken['kind'],
  joined: boolean,
): WordToken {
  const isWord = kind === 'word';
  if (!isWord) {
    return {
      text,
      norm: text,
      start,
      end,
      kind,
      capitalised: false,
      allCaps: false,
      possessive: false,
      joined,
    };
  }
  scanCase(text);
  const first = text.charCodeAt(0);
  const capitalised =
    first < 128 ? first >= 65 && first <= 90 : isUpperCaseLetter(text[0] as string);
  // Most words are plain lower-case ASCII: their folded form is the text itself.
  const norm = scannedPlainLower ? text : scannedPlainAscii ? text.toLowerCase() : foldWord(text);
  return {
    text,
    norm,
    start,
    end,
    kind,
    capitalised,
    allCaps: scannedLetters >= 2 && scannedUpper === scannedLetters,
    possessive: false,
    joined,
  };
}

/**
 * A part of a `tokenize` token as {@link wordTokens} puts word tokens together: a word, a run
 * of digits, or one punctuation mark. Offsets are relative to the sentence.
 */
interface Piece {
  text: string;
  start: number;
  end: number;
  kind: WordToken['kind'];
  /** A dotted initialism `tokenize` read whole ("U.S."). */
  initialism: boolean;
}

function addPiece(
  pieces: Piece[],
  text: string,
  start: number,
  kind: WordToken['kind'],
  initialism = false,
): void {
  pieces.push({ text, start, end: start + text.length, kind, initialism });
}

/** The pieces of one `tokenize` token, appended to `pieces`. */
function addPiecesOf(token: Token, pieces: Piece[]): void {
  if (token.kind === 'punct' || token.kind === 'symbol') {
    addPiece(pieces, token.text, token.start, 'punct');
  } else if (token.initialism) {
    addPiece(pieces, token.text, token.start, 'word', true);
  } else if (
    token.kind === 'number' &&
    (token.currency !== undefined ||
      token.percent ||
      token.ordinal ||
      DIGITS_AND_SEPARATORS.test(token.text))
  ) {
    addNumberPieces(token, pieces);
  } else {
    addWordPieces(token, pieces);
  }
}

/**
 * A number's pieces: its currency symbol as punctuation, the country letters of a dollar with
 * the digits they touch as a word ("$US2.8" → "$" "US2" "." "8"), the digits and separators as
 * a number, then "%" as punctuation or an ordinal suffix as a word ("30th" → "30" "th").
 */
function addNumberPieces(token: Token, pieces: Piece[]): void {
  const { text, start } = token;
  const bodyEnd = text.length - (token.percent ? 1 : token.ordinal ? 2 : 0);
  let cursor = 0;
  if (token.currency !== undefined) {
    addPiece(pieces, token.currency, start, 'punct');
    cursor = token.currency.length;
    if (token.currencyCountry !== undefined) {
      let digits = cursor + token.currencyCountry.length;
      while (isDigitCode(text.charCodeAt(digits))) digits += 1;
      addPiece(pieces, text.slice(cursor, digits), start + cursor, 'word');
      cursor = digits;
      if (cursor < bodyEnd) {
        addPiece(pieces, text.charAt(cursor), start + cursor, 'punct');
        cursor += 1;
      }
    }
  }
  if (cursor < bodyEnd) addPiece(pieces, text.slice(cursor, bodyEnd), start + cursor, 'number');
  if (bodyEnd < text.length) {
    addPiece(pieces, text.slice(bodyEnd), start + bodyEnd, token.percent ? 'punct' : 'word');
  }
}

/**
 * Characters inside a `tokenize` word that are pieces of their own: joining hyphens (the word
 * after one is `joined`) and the left single quote, which `tokenize` takes for an apostrophe.
 */
const WORD_SPLIT = /[-\u2010\u2011\u2018]/;

function splitsWord(code: number): boolean {
  return code === 45 || code === 0x2010 || code === 0x2011 || code === 0x2018;
}

/** A word's pieces: its hyphen-separated parts (see {@link addPartPieces}) and the hyphens between them. */
function addWordPieces(token: Token, pieces: Piece[]): void {
  const { text, start } = token;
  let partStart = 0;
  // Most words have no hyphen: one native search instead of a loop over their characters.
  if (WORD_SPLIT.test(text)) {
    for (let index = 0; index < text.length; index += 1) {
      if (!splitsWord(text.charCodeAt(index))) continue;
      addPartPieces(text, partStart, index, start, pieces);
      addPiece(pieces, text.charAt(index), start + index, 'punct');
      partStart = index + 1;
    }
  }
  addPartPieces(text, partStart, text.length, start, pieces);
}

/**
 * The pieces of one part of a word: leading digits as a number ("1990s" → "1990" "s"), then
 * the rest as a word, with a possessive `'s` as an apostrophe and an "s" ("Xi's" → "Xi" "'" "s").
 */
function addPartPieces(text: string, from: number, to: number, base: number, pieces: Piece[]) {
  let cursor = from;
  while (cursor < to && isDigitCode(text.charCodeAt(cursor))) cursor += 1;
  if (cursor > from) addPiece(pieces, text.slice(from, cursor), base + from, 'number');
  if (cursor === to) return;
  const last = text[to - 1];
  if (to - cursor > 2 && (last === 's' || last === 'S') && isApostrophe(text[to - 2])) {
    addPiece(pieces, text.slice(cursor, to - 2), base + cursor, 'word');
    addPiece(pieces, text.charAt(to - 2), base + to - 2, 'punct');
    addPiece(pieces, last, base + to - 1, 'word');
  } else {
    addPiece(pieces, text.slice(cursor, to), base + cursor, 'word');
  }
}

/** `pieces[index]` starts where the piece before it ends (no space between). */
function touches(pieces: readonly Piece[], index: number): boolean {
  const piece = pieces[index];
  return piece !== undefined && piece.start === (pieces[index - 1] as Piece).end;
}

/** `pieces[index]` touches the piece before it and starts with a letter or digit. */
function touchingWord(pieces: readonly Piece[], index: number): boolean {
  return touches(pieces, index) && (pieces[index] as Piece).kind !== 'punct';
}

/** `pieces[index]` touches the piece before it and is the punctuation mark `mark`. */
function touchingMark(pieces: readonly Piece[], index: number, mark: string): boolean {
  return touches(pieces, index) && (pieces[index] as Piece).text === mark;
}

/**
 * The last piece of a number that starts at `index`: digits that a dot or a comma separates
 * are one number ("1,00,000", "2.8.3"), and `tokenize` may have read them as several.
 */
function numberEnd(pieces: readonly Piece[], index: number): number {
  let last = index;
  while (
    (touchingMark(pieces, last + 1, '.') || touchingMark(pieces, last + 1, ',')) &&
    touchingWord(pieces, last + 2) &&
    (pieces[last + 2] as Piece).kind === 'number'
  ) {
    last += 2;
  }
  return last;
}

/**
 * The last piece of an initialism that starts at `index` but that `tokenize` could not read
 * whole because it starts inside a word ("anti-U.S." → "anti-U" "." "S" "."): single letters
 * each followed by a dot, at least two of them; -1 when there is none.
 */
function initialismEnd(pieces: readonly Piece[], index: number): number {
  let cursor = index;
  let letters = 0;
  while (
    (cursor === index || touches(pieces, cursor)) &&
    (pieces[cursor] as Piece | undefined)?.kind === 'word' &&
    (pieces[cursor] as Piece).text.length === 1 &&
    touchingMark(pieces, cursor + 1, '.')
  ) {
    letters += 1;
    cursor += 2;
    // "anti-U.S.A.": `tokenize` read "S.A." whole after the first letter.
    if (touches(pieces, cursor) && (pieces[cursor] as Piece).initialism) return cursor;
  }
  return letters >= 2 ? cursor - 1 : -1;
}

/** A word (ending at piece `last`) keeps the dot after it: a single capital ("J.") or an abbreviation ("Mr."). */
function takesAbbreviationDot(pieces: readonly Piece[], last: number, word: string): boolean {
  if (!touchingMark(pieces, last + 1, '.')) return false;
  return (word.length === 1 && isUpperCaseLetter(word)) || DOTTED_ABBREVIATIONS.has(foldWord(word));
}

/**
 * How many pieces after a word or number `text` ending at piece `index - 1` are its possessive:
 * 2 for `'s` ("Xi's", "It's", "1990's"), 1 for the apostrophe of a plural ("leaders'"), else 0.
 */
function possessivePieces(pieces: readonly Piece[], index: number, text: string): number {
  if (!touches(pieces, index) || !isApostrophe((pieces[index] as Piece).text)) return 0;
  if (touchingWord(pieces, index + 1)) {
    const after = (pieces[index + 1] as Piece).text;
    return (after === 's' || after === 'S') && !touchingWord(pieces, index + 2) ? 2 : 0;
  }
  return text.endsWith('s') || text.endsWith('S') ? 1 : 0;
}

/** The piece at `index` is a hyphen between the word before it and a word or number after it. */
function joinsNext(pieces: readonly Piece[], index: number): boolean {
  return (
    touches(pieces, index) &&
    isJoiningHyphen((pieces[index] as Piece).text) &&
    touchingWord(pieces, index + 1)
  );
}

/**
 * The last piece of a word that starts at piece `index`: a word runs on over the letters and
 * digits that touch it, which `tokenize` cuts off a dollar's country letters before a scale
 * ("$A5m" → "A5" "m", read "A5m").
 */
function wordEnd(pieces: readonly Piece[], index: number): number {
  let last = index;
  while (touchingWord(pieces, last + 1) && !(pieces[last + 1] as Piece).initialism) last += 1;
  return last;
}

/** The text of pieces `first..last`, which touch one another. */
function piecesText(pieces: readonly Piece[], first: number, last: number): string {
  let text = '';
  for (let index = first; index <= last; index += 1) text += (pieces[index] as Piece).text;
  return text;
}

/**
 * The word tokens of a sentence, as a view of its `tokenize` tokens (see the file comment for
 * how the two differ). A hyphen between two words is not a token: the second word is marked
 * `joined`. A possessive `'s` is not a token: the word is marked `possessive`. Linear in the
 * number of tokens.
 */
export function wordTokens(tokens: readonly Token[]): WordToken[] {
  const pieces: Piece[] = [];
  for (const token of tokens) addPiecesOf(token, pieces);
  const words: WordToken[] = [];
  let joined = false;
  let index = 0;
  while (index < pieces.length) {
    const piece = pieces[index] as Piece;
    if (piece.kind === 'punct') {
      words.push(makeToken(piece.text, piece.start, piece.end, 'punct', false));
      joined = false;
      index += 1;
      continue;
    }
    let last = index;
    let mayTakeDot = false;
    if (piece.kind === 'number') last = numberEnd(pieces, index);
    else if (!piece.initialism) {
      const initialism = initialismEnd(pieces, index);
      mayTakeDot = initialism < 0;
      last = mayTakeDot ? wordEnd(pieces, index) : initialism;
    }
    let text = last === index ? piece.text : piecesText(pieces, index, last);
    if (mayTakeDot && takesAbbreviationDot(pieces, last, text)) {
      last += 1;
      text += '.';
    }
    const token = makeToken(text, piece.start, (pieces[last] as Piece).end, piece.kind, joined);
    joined = false;
    let next = last + 1;
    const possessive = possessivePieces(pieces, next, text);
    if (possessive > 0) {
      token.possessive = true;
      next += possessive;
    } else if (joinsNext(pieces, next)) {
      joined = true;
      next += 1;
    }
    words.push(token);
    index = next;
  }
  return words;
}

/** {@link wordTokens} of `text`, tokenized here: for phrases and lexicon entries (a pipeline stage passes the tokens it has). */
export function tokenizeWords(text: string): WordToken[] {
  return wordTokens(tokenize(text));
}

/** Index of the token that starts at `offset` (relative to the sentence), or -1. Binary search: tokens are in text order. */
export function tokenStartingAt(tokens: readonly WordToken[], offset: number): number {
  let low = 0;
  let high = tokens.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const start = (tokens[middle] as WordToken).start;
    if (start === offset) return middle;
    if (start < offset) low = middle + 1;
    else high = middle - 1;
  }
  return -1;
}

/**
 * Index of the token that ends at `offset` (relative to the sentence), or -1. A word whose last
 * character is a dot also ends one character earlier: a name may stop before it ("Hun Sen.").
 */
export function tokenEndingAt(tokens: readonly WordToken[], offset: number): number {
  let low = 0;
  let high = tokens.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const token = tokens[middle] as WordToken;
    if (token.end === offset) return middle;
    if (token.end - 1 === offset && token.kind === 'word' && token.text.endsWith('.'))
      return middle;
    if (token.end < offset) low = middle + 1;
    else high = middle - 1;
  }
  return -1;
}

/** How the case of a text token must look for a trie step to match. */
export type CaseRule = 'any' | 'capitalised' | 'exact-caps';

interface TrieNode<T> {
  next: Map<string, { rule: CaseRule; node: TrieNode<T> }>;
  values: T[];
}

/** The key a possessive adds after its word, so "People's Republic" is a path of three steps. */
const POSSESSIVE_STEP = "'s";

const RULE_LAXNESS: Record<CaseRule, number> = { any: 0, capitalised: 1, 'exact-caps': 2 };

/** The case rule an entry token imposes: acronyms must match exactly, names must be capitalised. */
export function caseRuleOf(token: WordToken): CaseRule {
  if (token.allCaps) return 'exact-caps';
  if (token.capitalised) return 'capitalised';
  return 'any';
}

function satisfies(token: WordToken, rule: CaseRule): boolean {
  if (rule === 'any') return true;
  if (rule === 'exact-caps') return token.allCaps;
  return token.capitalised || token.allCaps;
}

/** A match of a trie entry over tokens `[start, end)`. */
export interface TrieMatch<T> {
  start: number;
  end: number;
  values: readonly T[];
  /** The last matched token is possessive ("Japan's"). */
  possessive: boolean;
}

/**
 * A trie over folded word tokens. Lookups walk at most the longest entry's length from each
 * start, so scanning a sentence is linear in its length for a fixed lexicon.
 */
export class TokenTrie<T> {
  private readonly root: TrieNode<T> = { next: new Map(), values: [] };
  /** Some entry's first token matches in any case; when none does, lower-case tokens start no match. */
  private rootAnyCase = false;

  /**
   * Adds a phrase. `caseRules` gives each token's case rule; by default each is derived from
   * how the phrase is written (see {@link caseRuleOf}).
   */
  insert(phrase: readonly WordToken[], value: T, caseRules?: readonly CaseRule[]): void {
    let node = this.root;
    phrase.forEach((token, index) => {
      const rule = caseRules?.[index] ?? caseRuleOf(token);
      node = this.step(node, token.norm, rule);
      if (token.possessive) node = this.step(node, POSSESSIVE_STEP, 'any');
    });
    if (node !== this.root) node.values.push(value);
  }

  private step(node: TrieNode<T>, key: string, rule: CaseRule): TrieNode<T> {
    if (node === this.root && rule === 'any') this.rootAnyCase = true;
    const existing = node.next.get(key);
    if (existing) {
      // Shared steps keep the laxest rule of the phrases that use them.
      if (RULE_LAXNESS[rule] < RULE_LAXNESS[existing.rule]) existing.rule = rule;
      return existing.node;
    }
    const created: TrieNode<T> = { next: new Map(), values: [] };
    node.next.set(key, { rule, node: created });
    return created;
  }

  /** The folded first words of the entries: a cheap test before a walk. */
  firstWords(): string[] {
    return [...this.root.next.keys()];
  }

  /** The longest entry starting at token `start`, or null. Punctuation never matches. */
  longestMatch(tokens: readonly WordToken[], start: number): TrieMatch<T> | null {
    let node = this.root;
    let best: TrieMatch<T> | null = null;
    for (let index = start; index < tokens.length; index += 1) {
      const token = tokens[index] as WordToken;
      if (token.kind === 'punct') break;
      const edge = node.next.get(token.norm);
      if (!edge || !satisfies(token, edge.rule)) break;
      node = edge.node;
      if (token.possessive) {
        if (node.values.length > 0)
          best = { start, end: index + 1, values: node.values, possessive: true };
        const possessiveEdge = node.next.get(POSSESSIVE_STEP);
        if (!possessiveEdge) break;
        node = possessiveEdge.node;
        continue;
      }
      if (node.values.length > 0)
        best = { start, end: index + 1, values: node.values, possessive: false };
    }
    return best;
  }

  /** Non-overlapping longest matches, scanning left to right. */
  matchAll(tokens: readonly WordToken[]): TrieMatch<T>[] {
    const matches: TrieMatch<T>[] = [];
    let index = 0;
    while (index < tokens.length) {
      const token = tokens[index] as WordToken;
      // Gazetteer entries start with a capital: most tokens of a sentence need no trie walk.
      if (token.kind === 'punct' || (!this.rootAnyCase && !token.capitalised && !token.allCaps)) {
        index += 1;
        continue;
      }
      const match = this.longestMatch(tokens, index);
      if (match) {
        matches.push(match);
        index = match.end;
      } else {
        index += 1;
      }
    }
    return matches;
  }
}
