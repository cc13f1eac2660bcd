// Line-level decisions of the sentence splitter: list bullets, and hard-wrapped lines that continue a sentence.
import { MONTH_ABBREVIATIONS, NUMBER_ABBREVIATIONS, TITLE_ABBREVIATIONS } from './abbreviations.js';
import { isAmbiguousAbbreviation, readWordBeforePeriod } from './split-boundary.js';
import { classifyCharAt, isWhitespace } from './split-chars.js';

/**
 * Most digits in a numbered-list marker (`1.`, `12)`, `100.`). Lists in articles stay well
 * under 1000 items, while a four-digit number at a line start is a year (`2025. Then…`).
 */
export const MAX_LIST_NUMBER_DIGITS = 3;

/** Symbols that mark an unnumbered list item at the start of a line when a space follows. */
function isBulletSymbol(code: number): boolean {
  return (
    code === 45 || // -
    code === 42 || // *
    code === 43 || // +
    code === 0x2022 || // •
    code === 0x25e6 || // ◦
    code === 0x25aa || // ▪
    code === 0x2023 || // ‣
    code === 0x2013 // –
  );
}

/**
 * Length of a list marker and the spaces after it at the start of a trimmed line
 * (`- `, `• `, `* `, `1. `, `2) `), or 0 when the line is not a list item. The marker needs a
 * space and then text that is not another bullet symbol, so `-5%`, `*Note`, `- - -` and a
 * lone `-` stay ordinary text. `contentStart`/`contentEnd` bound the trimmed line.
 */
export function bulletMarkerLength(text: string, contentStart: number, contentEnd: number): number {
  let markerEnd = contentStart;
  const first = text.charCodeAt(contentStart);
  if (isBulletSymbol(first)) {
    markerEnd = contentStart + 1;
  } else {
    while (
      markerEnd < contentEnd &&
      markerEnd - contentStart < MAX_LIST_NUMBER_DIGITS + 1 &&
      isAsciiDigit(text.charCodeAt(markerEnd))
    ) {
      markerEnd++;
    }
    const digits = markerEnd - contentStart;
    if (digits === 0 || digits > MAX_LIST_NUMBER_DIGITS) return 0;
    const punctuation = text.charCodeAt(markerEnd);
    if (punctuation !== 46 && punctuation !== 41) return 0;
    markerEnd++;
  }
  let itemStart = markerEnd;
  while (itemStart < contentEnd && isWhitespace(text.charCodeAt(itemStart))) itemStart++;
  if (itemStart === markerEnd || itemStart >= contentEnd) return 0;
  if (isBulletSymbol(text.charCodeAt(itemStart))) return 0;
  return itemStart - contentStart;
}

function isAsciiDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/**
 * True when a line break inside running text is a hard wrap, not a unit end. Lines are units
 * of their own (headlines, captions, bylines) unless the sentence visibly continues: the
 * previous line ends with a title (`Dr.`), a month or number abbreviation before a numeral
 * (`Sept.⏎2`, `No.⏎1`), or it ends mid-sentence (a lower-case letter, `,`,
 * `;`, a dash, or an abbreviation like `U.S.`) and the next line starts with a lower-case letter.
 * `previousStart`/`previousEnd` bound the previous trimmed line; `nextStart` is the next line's first character.
 */
export function continuesOnNextLine(
  text: string,
  previousStart: number,
  previousEnd: number,
  nextStart: number,
): boolean {
  const last = text.charCodeAt(previousEnd - 1);
  const word = last === 46 ? readWordBeforePeriod(text, previousEnd - 1, previousStart) : '';
  if (TITLE_ABBREVIATIONS.has(word)) return true;
  const next = classifyCharAt(text, nextStart);
  // "Sept.⏎2", "No.⏎1": the same rule as within a line, where they never end a sentence.
  if (next === 'digit' && (MONTH_ABBREVIATIONS.has(word) || NUMBER_ABBREVIATIONS.has(word)))
    return true;
  if (next !== 'lower') return false;
  if (word !== '') return isAmbiguousAbbreviation(word);
  return endsMidSentence(text, previousEnd - 1);
}

/** The character a line ends with leaves the sentence open: a lower-case letter, `,`, `;` or a dash. */
function endsMidSentence(text: string, lastIndex: number): boolean {
  const code = text.charCodeAt(lastIndex);
  if (code === 44 || code === 59 || code === 45 || code === 0x2013 || code === 0x2014) return true;
  return classifyCharAt(text, lastIndex) === 'lower';
}
