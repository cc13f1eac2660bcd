// Decides whether a run of terminators (`.`, `...`, `?!`) followed by whitespace ends a sentence.
import {
  AMBIGUOUS_ABBREVIATIONS,
  MONTH_ABBREVIATIONS,
  NUMBER_ABBREVIATIONS,
  SENTENCE_STARTERS,
  TITLE_ABBREVIATIONS,
} from './abbreviations.js';
import {
  type CharClass,
  classifyCharAt,
  isContinuationMark,
  isLetterAt,
  isOpener,
  isStrongTerminator,
} from './split-chars.js';

/**
 * Longest word (in code units) read back before a period to look it up as an abbreviation.
 * The longest listed entry is `Messrs.` (7) and real initialisms stay under 12 (`U.S.A.`,
 * `Ph.D.`); 16 leaves room and keeps every decision O(1), so the whole scan stays linear.
 */
export const MAX_ABBREVIATION_LENGTH = 16;

/**
 * Longest next word read to compare against {@link SENTENCE_STARTERS}: the longest starter,
 * `Furthermore`, has 11 letters; anything longer is not a starter.
 */
export const MAX_STARTER_LENGTH = 12;

/**
 * Opening quotes/brackets skipped before the next word (`“‘(We…`): three covers real
 * nesting; the cap keeps the look-ahead O(1) on runs like `((((((`.
 */
export const MAX_OPENERS_SKIPPED = 3;

/** How a run of terminator characters reads: one period, an ellipsis, or `?`/`!` (alone or mixed). */
export type TerminatorKind = 'period' | 'ellipsis' | 'strong';

/** Classifies the terminator run `text[start, end)`. */
export function classifyTerminatorRun(text: string, start: number, end: number): TerminatorKind {
  let sawEllipsis = end - start > 1;
  for (let index = start; index < end; index++) {
    const code = text.charCodeAt(index);
    if (isStrongTerminator(code)) return 'strong';
    if (code === 0x2026) sawEllipsis = true;
  }
  return sawEllipsis ? 'ellipsis' : 'period';
}

/** What follows a candidate sentence end: the class of its first character and, if capitalised, the word. */
export interface FollowingWord {
  /** Class of the first character after whitespace and opening quotes; `continuation` for `,;:)”…`. */
  kind: CharClass | 'continuation' | 'end';
  /** The capitalised word (letters only, at most {@link MAX_STARTER_LENGTH}); empty otherwise. */
  word: string;
  /** True when the word is one letter directly followed by `.`: an initial (`J. K. Rowling`), not a word. */
  isInitial: boolean;
}

/** Reads the word that starts at `index` (the first non-whitespace character after a terminator). */
export function readFollowingWord(text: string, index: number, limit: number): FollowingWord {
  let position = index;
  let skipped = 0;
  while (position < limit && skipped < MAX_OPENERS_SKIPPED && isOpener(text.charCodeAt(position))) {
    position++;
    skipped++;
  }
  if (position >= limit) return { kind: 'end', word: '', isInitial: false };
  if (isContinuationMark(text.charCodeAt(position))) {
    return { kind: 'continuation', word: '', isInitial: false };
  }
  const kind = classifyCharAt(text, position);
  if (kind !== 'upper') return { kind, word: '', isInitial: false };
  let wordEnd = position;
  while (wordEnd < limit && wordEnd - position <= MAX_STARTER_LENGTH && isLetterAt(text, wordEnd)) {
    wordEnd++;
  }
  const word = text.slice(position, wordEnd);
  const isInitial = wordEnd - position === 1 && text.charCodeAt(wordEnd) === 46;
  return { kind, word, isInitial };
}

/**
 * The word a period closes, final period included (`Mr.`, `U.S.`, `e.g.`), read back over
 * letters and inner periods from `periodIndex`; empty when the period follows a digit, a
 * symbol or a word longer than {@link MAX_ABBREVIATION_LENGTH}.
 */
export function readWordBeforePeriod(
  text: string,
  periodIndex: number,
  lowerBound: number,
): string {
  let start = periodIndex;
  while (start > lowerBound) {
    const previous = start - 1;
    if (text.charCodeAt(previous) !== 46 && !isLetterAt(text, previous)) break;
    start = previous;
    if (periodIndex - start > MAX_ABBREVIATION_LENGTH) return '';
  }
  if (start === periodIndex) return '';
  return text.slice(start, periodIndex + 1);
}

/**
 * True for initialisms and initials written with periods: `U.S.`, `J.D.`, `a.m.`, `R.`
 * (every segment is one letter). Recognised by shape because no list can hold them all.
 */
export function isInitialism(word: string): boolean {
  if (word.length < 2 || word.length % 2 !== 0) return false;
  for (let index = 0; index < word.length; index += 2) {
    if (!isLetterAt(word, index) || word.charCodeAt(index + 1) !== 46) return false;
  }
  return true;
}

/** True when the word after an ambiguous abbreviation opens a new sentence (`U.S. He…`, not `U.S. Treasury`). */
export function isSentenceStarter(next: FollowingWord): boolean {
  return next.kind === 'upper' && !next.isInitial && SENTENCE_STARTERS.has(next.word);
}

/**
 * Whether a single period after `word` (see {@link readWordBeforePeriod}) ends the sentence,
 * given what follows. Titles never end one; `No.`/`Oct.` do not before a numeral; ambiguous
 * abbreviations and initialisms end one only before a {@link SENTENCE_STARTERS} word; any other
 * word ends one unless a lower-case word or continuing punctuation follows.
 */
export function isPeriodBoundary(word: string, next: FollowingWord): boolean {
  if (next.kind === 'lower' || next.kind === 'continuation') return false;
  if (TITLE_ABBREVIATIONS.has(word)) return false;
  const beforeNumeral = next.kind === 'digit';
  if (beforeNumeral && (NUMBER_ABBREVIATIONS.has(word) || MONTH_ABBREVIATIONS.has(word))) {
    return false;
  }
  if (isAmbiguousAbbreviation(word)) return isSentenceStarter(next);
  return true;
}

/** Abbreviations after which a sentence may or may not end: listed ones, months, initialisms. */
export function isAmbiguousAbbreviation(word: string): boolean {
  return AMBIGUOUS_ABBREVIATIONS.has(word) || MONTH_ABBREVIATIONS.has(word) || isInitialism(word);
}

/**
 * Whether an ellipsis ends the sentence: only before a capitalised word (`stalled... Then`);
 * before lower case, digits or symbols it marks an omission or a pause inside one.
 */
export function isEllipsisBoundary(next: FollowingWord): boolean {
  return next.kind === 'upper';
}

/**
 * Whether `?`/`!` ends the sentence: always, unless the sentence visibly continues with a
 * lower-case word or punctuation (`“Why?” she asked`, `Yahoo! shares`).
 */
export function isStrongBoundary(next: FollowingWord): boolean {
  return next.kind !== 'lower' && next.kind !== 'continuation';
}
