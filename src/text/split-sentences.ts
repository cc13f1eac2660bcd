// Splits article text into sentence units with offsets into the caller's original string, in one linear pass.
import { CorroborateError, describeType } from '../errors.js';
import {
  classifyTerminatorRun,
  type FollowingWord,
  isEllipsisBoundary,
  isPeriodBoundary,
  isStrongBoundary,
  readFollowingWord,
  readWordBeforePeriod,
} from './split-boundary.js';
import { isCloser, isLineBreak, isTerminator, isWhitespace } from './split-chars.js';
import { isMonthBeforeDate } from './split-dates.js';
import { bulletMarkerLength, continuesOnNextLine } from './split-lines.js';
import { pairQuotations } from './split-quotes.js';
import type { SentenceSpan } from './types.js';
import { detectWrapWidth, isWrappedBreak } from './unwrap-lines.js';

/**
 * Splits news text into sentence units: sentences, and the line-sized units articles are
 * made of (headline, byline, caption, section heading, list item).
 *
 * - Offsets index the caller's string unchanged: `unit.text === text.slice(unit.start, unit.end)`.
 * - Units are trimmed, non-empty, in order and disjoint; every non-whitespace character
 *   belongs to exactly one unit, except list markers (`- `, `• `, `1. `) at a line start.
 * - A line break ends a unit unless the line is hard-wrapped mid-sentence (see
 *   {@link continuesOnNextLine}), or the text is wrapped at a fixed column and the line is
 *   full (see {@link detectWrapWidth}, {@link isWrappedBreak}); a blank line always ends one.
 * - Within a line, `.`, `…`, `?` and `!` followed by whitespace end a sentence unless an
 *   abbreviation, an initial or a lower-case continuation says otherwise.
 * - A quotation (or parenthesis) closed on the same line or hard-wrapped block is never
 *   split, so a multi-sentence quote stays with its attribution (`“A. B,” he said.`) or ends
 *   the sentence it is in (`She said: “A. B.”`); an unbalanced quote protects nothing, so a
 *   quote left open at a line break splits as ordinary text.
 *
 * Runs in time linear in `text.length`, whatever the input.
 *
 * @example
 * ```ts
 * splitSentences('Officials in the U.S. said talks went well. “We are close… We will see,” he said.')
 * // → [{ text: 'Officials in the U.S. said talks went well.', start: 0, end: 43 },
 * //    { text: '“We are close… We will see,” he said.', start: 44, end: 81 }]
 * ```
 * @throws CorroborateError `INVALID_ARTICLE` when `text` is not a string.
 */
export function splitSentences(text: string): SentenceSpan[] {
  if (typeof text !== 'string') {
    throw new CorroborateError(
      'INVALID_ARTICLE',
      `splitSentences expects the article text as a string, but got ${describeType(text)}.`,
      { field: 'text' },
    );
  }
  const units: SentenceSpan[] = [];
  const length = text.length;
  let blockStart = -1;
  let blockEnd = -1;
  let previousLineStart = -1;
  let previousRawStart = -1;
  let previousEnd = -1;
  let lineStart = 0;
  // Text hard-wrapped at a fixed column joins its full lines before splitting (offsets unchanged).
  const wrapWidth = detectWrapWidth(text);
  for (;;) {
    let lineEnd = lineStart;
    while (lineEnd < length && !isLineBreak(text.charCodeAt(lineEnd))) lineEnd++;
    let contentStart = lineStart;
    while (contentStart < lineEnd && isWhitespace(text.charCodeAt(contentStart))) contentStart++;
    let contentEnd = lineEnd;
    while (contentEnd > contentStart && isWhitespace(text.charCodeAt(contentEnd - 1))) contentEnd--;

    if (contentStart === contentEnd) {
      // A blank line ends any paragraph in progress.
      if (blockStart >= 0) splitBlock(text, blockStart, blockEnd, units);
      blockStart = -1;
    } else {
      const marker = bulletMarkerLength(text, contentStart, contentEnd);
      const wrapped =
        wrapWidth !== null &&
        isWrappedBreak(
          text,
          wrapWidth,
          previousRawStart,
          previousLineStart,
          previousEnd,
          lineStart,
          contentStart,
        );
      if (
        blockStart >= 0 &&
        marker === 0 &&
        (wrapped || continuesOnNextLine(text, previousLineStart, blockEnd, contentStart))
      ) {
        blockEnd = contentEnd;
      } else {
        if (blockStart >= 0) splitBlock(text, blockStart, blockEnd, units);
        blockStart = contentStart + marker;
        blockEnd = contentEnd;
      }
      previousLineStart = contentStart;
      previousRawStart = lineStart;
      previousEnd = contentEnd;
    }

    if (lineEnd >= length) break;
    const isCrLf = text.charCodeAt(lineEnd) === 13 && text.charCodeAt(lineEnd + 1) === 10;
    lineStart = lineEnd + (isCrLf ? 2 : 1);
  }
  if (blockStart >= 0) splitBlock(text, blockStart, blockEnd, units);
  return units;
}

/**
 * Splits one block (a trimmed line, or hard-wrapped lines joined) at sentence ends and appends
 * the units to `units`. Each terminator run is examined once and every look-around is bounded,
 * so the block costs time linear in its length.
 */
function splitBlock(text: string, start: number, end: number, units: SentenceSpan[]): void {
  const quotations = pairQuotations(text, start, end);
  let nextQuotation = 0;
  // Offset of the furthest closing mark of any quotation opened so far.
  let protectedUntil = -1;
  let unitStart = start;
  let index = start;
  while (index < end) {
    if (!isTerminator(text.charCodeAt(index))) {
      index++;
      continue;
    }
    const runStart = index;
    let runEnd = index + 1;
    while (runEnd < end && isTerminator(text.charCodeAt(runEnd))) runEnd++;
    let unitEnd = runEnd;
    while (unitEnd < end && isCloser(text.charCodeAt(unitEnd))) unitEnd++;
    index = unitEnd;
    // A sentence end needs whitespace after it: `U.S.-China`, `2.8`, `example.com/a` are no ends.
    if (unitEnd >= end || !isWhitespace(text.charCodeAt(unitEnd))) continue;

    for (; nextQuotation < quotations.length; nextQuotation++) {
      const quotation = quotations[nextQuotation]!;
      if (quotation.open >= runStart) break;
      if (quotation.close > protectedUntil) protectedUntil = quotation.close;
    }
    // Inside a quotation unless its closing mark was taken in with the terminator (`…there.”`).
    if (protectedUntil >= unitEnd) continue;

    let nextStart = unitEnd + 1;
    while (isWhitespace(text.charCodeAt(nextStart))) nextStart++;
    if (!endsSentence(text, start, runStart, runEnd, readFollowingWord(text, nextStart, end))) {
      continue;
    }
    if (isMonthBeforeDate(text, start, runStart, runEnd, nextStart, end)) continue;
    units.push({ text: text.slice(unitStart, unitEnd), start: unitStart, end: unitEnd });
    unitStart = nextStart;
    index = nextStart;
  }
  if (unitStart < end) units.push({ text: text.slice(unitStart, end), start: unitStart, end });
}

/** Applies the rule for the kind of terminator run at `text[runStart, runEnd)`. */
function endsSentence(
  text: string,
  blockStart: number,
  runStart: number,
  runEnd: number,
  next: FollowingWord,
): boolean {
  switch (classifyTerminatorRun(text, runStart, runEnd)) {
    case 'strong':
      return isStrongBoundary(next);
    case 'ellipsis':
      return isEllipsisBoundary(next);
    case 'period':
      return isPeriodBoundary(readWordBeforePeriod(text, runStart, blockStart), next);
  }
}
