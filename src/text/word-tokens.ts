// Word tokens and a token-trie matcher: the gazetteer and the role lexicon both match phrases
// token by token, in time linear in the text, with no regular expression per entry.
//
// A second tokenizer beside `text/tokenize.ts` (issue 11 asks for one). They are not merged
// yet because they segment and fold differently, and each extractor's rules were tuned on its
// own segmentation; replacing one by the other changes fixture outputs. Where they differ:
// - hyphens: "Rapp-Hooper" is one `tokenize` word, two words here (the second `joined`);
// - dots: "Mr." and "Sen." keep their dot here (a dotted abbreviation), `tokenize` gives
//   "Mr" + "."; both read "U.S." as one word "us";
// - numbers: `tokenize` reads "$US2.8", "27.5%", "30th" and "53,000" as one number with a
//   value (thousands only in groups of three: "1,00,000" is two numbers); here they are
//   "$" "US2" "." "8", "27.5" "%", "30" "th", and "53,000" or "1,00,000" one number token
//   each, with no value;
// - folding: `norm` here drops diacritics and dots ("Élysée" → "elysee") for the gazetteer and
//   lexicons; `tokenize` keeps them ("élysée") and applies NFKC;
// - possessives: both take "Xi's" as possessive "xi"; "It's" is a contraction for `tokenize`,
//   a possessive "it" here.
// A merge would tokenize once (as `tokenize`) and give the trie matchers a view that splits
// hyphenated words, re-attaches abbreviation dots and folds diacritics, checked byte for byte
// with scripts/compare-outputs.ts.

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

const LETTER_OR_DIGIT = /[\p{L}\p{M}\p{N}]/u;
const COMBINING_MARKS = /\p{M}/gu;

/** Length in UTF-16 units of the letter, mark or digit at `index`, or 0 if there is none. */
function wordCharLength(text: string, index: number): number {
  const code = text.charCodeAt(index);
  if (Number.isNaN(code)) return 0;
  if (code < 128) {
    return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122)
      ? 1
      : 0;
  }
  if (code >= 0xd800 && code <= 0xdbff) {
    const pair = text.slice(index, index + 2);
    return LETTER_OR_DIGIT.test(pair) ? 2 : 0;
  }
  return LETTER_OR_DIGIT.test(text[index] as string) ? 1 : 0;
}

function isLetterAt(text: string, index: number): boolean {
  const length = wordCharLength(text, index);
  if (length === 0) return false;
  const code = text.charCodeAt(index);
  return !(code >= 48 && code <= 57);
}

function isDigitCode(code: number): boolean {
  return code >= 48 && code <= 57;
}

function isApostrophe(char: string | undefined): boolean {
  return char === "'" || char === '’';
}

function isJoiningHyphen(char: string | undefined): boolean {
  return char === '-' || char === '‐' || char === '‑';
}

/** Lower case, no diacritics, no dots, straight apostrophes: the form every matcher compares. */
export function foldWord(text: string): string {
  let folded = text.toLowerCase();
  // Only non-ASCII text can carry diacritics; the ASCII fast path skips normalisation.
  for (let index = 0; index < folded.length; index += 1) {
    if (folded.charCodeAt(index) > 127) {
      folded = folded.normalize('NFKD').replace(COMBINING_MARKS, '').replace(/’/g, "'");
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

/** End of an initialism such as "U.S." or "D.C." starting at `index`, or -1 if there is none. */
function initialismEnd(text: string, index: number): number {
  let cursor = index;
  let letters = 0;
  while (
    isLetterAt(text, cursor) &&
    wordCharLength(text, cursor) === 1 &&
    text[cursor + 1] === '.'
  ) {
    letters += 1;
    cursor += 2;
    if (isLetterAt(text, cursor) && wordCharLength(text, cursor + 1) > 0) break;
  }
  return letters >= 2 ? cursor : -1;
}

/**
 * Splits a sentence into word, number and punctuation tokens in one linear pass. A hyphen
 * between two words is not a token: the second word is marked `joined`. A possessive `'s`
 * is not a token: the word is marked `possessive`.
 */
export function tokenizeWords(text: string): WordToken[] {
  const tokens: WordToken[] = [];
  let index = 0;
  let joinNext = false;
  const length = text.length;
  while (index < length) {
    const code = text.charCodeAt(index);
    if (code === 32 || code === 9 || code === 10 || code === 13 || code === 160) {
      index += 1;
      joinNext = false;
      continue;
    }
    const charLength = wordCharLength(text, index);
    if (charLength === 0) {
      const size = code >= 0xd800 && code <= 0xdbff ? 2 : 1;
      tokens.push(makeToken(text.slice(index, index + size), index, index + size, 'punct', false));
      index += size;
      joinNext = false;
      continue;
    }
    const start = index;
    let kind: WordToken['kind'];
    // An initialism needs a dot right after its first letter: most words skip the check.
    const initialism = text.charCodeAt(index + 1) === 46 ? initialismEnd(text, index) : -1;
    if (initialism > 0) {
      index = initialism;
      kind = 'word';
    } else if (isDigitCode(code)) {
      index += 1;
      // A number keeps its internal separators: 2.8, 500,000.
      while (index < length) {
        const next = text.charCodeAt(index);
        if (isDigitCode(next)) index += 1;
        else if ((next === 46 || next === 44) && isDigitCode(text.charCodeAt(index + 1)))
          index += 2;
        else break;
      }
      // Letters right after digits make a word ("G20" is a word, "20s" stays a number + word).
      kind = 'number';
    } else {
      index += charLength;
      while (index < length) {
        const step = wordCharLength(text, index);
        if (step > 0) {
          index += step;
          continue;
        }
        const char = text[index];
        if (isApostrophe(char) && wordCharLength(text, index + 1) > 0) {
          const after = text[index + 1];
          // "Xi's" ends the word here; "O'Brien", "We'll" and "Sana'a" carry on.
          if ((after === 's' || after === 'S') && wordCharLength(text, index + 2) === 0) break;
          index += 1;
          continue;
        }
        break;
      }
      kind = 'word';
    }
    let end = index;
    let word = text.slice(start, end);
    if (kind === 'word' && text[index] === '.' && initialism < 0) {
      const folded = foldWord(word);
      const singleCapital = word.length === 1 && isUpperCaseLetter(word);
      if (singleCapital || DOTTED_ABBREVIATIONS.has(folded)) {
        index += 1;
        end = index;
        word = text.slice(start, end);
      }
    }
    const token = makeToken(word, start, end, kind, joinNext);
    joinNext = false;
    const next = text[index];
    if (isApostrophe(next)) {
      const after = text[index + 1];
      if ((after === 's' || after === 'S') && wordCharLength(text, index + 2) === 0) {
        token.possessive = true;
        index += 2;
      } else if (
        (word.endsWith('s') || word.endsWith('S')) &&
        wordCharLength(text, index + 1) === 0
      ) {
        token.possessive = true;
        index += 1;
      }
    } else if (isJoiningHyphen(next) && wordCharLength(text, index + 1) > 0) {
      joinNext = true;
      index += 1;
    }
    tokens.push(token);
  }
  return tokens;
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
