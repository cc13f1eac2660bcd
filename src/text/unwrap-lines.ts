// Hard-wrapped text (wire archives, e-mail, plain-text exports break lines at a fixed column):
// detect the column, and tell a wrap from a real line end, so the splitter joins wrapped lines.
import { isLineBreak, isWhitespace } from './split-chars.js';

/**
 * Fewest lines inside paragraphs (a non-blank line followed by another non-blank line) from
 * which a wrap column is estimated. Below it a text is a headline, a byline and a few
 * paragraph lines, and lengths say nothing.
 */
export const MIN_WRAPPED_LINES = 6;

/**
 * Narrowest and widest wrap columns recognised. Wrappers use 60–80 columns (72 for e-mail,
 * 69–70 in the wire archives measured for issue 12); a "column" under 30 is a list of short
 * lines, and past 160 lines are paragraphs that were never wrapped.
 */
export const MIN_WRAP_WIDTH = 30;
export const MAX_WRAP_WIDTH = 160;

/**
 * How far below the column a full wrapped line may end: the next word did not fit, so the gap
 * is at most the length of a long word. 15 covers English words up to 14 letters; the band
 * also absorbs an estimate one or two columns short of the true width.
 */
export const WRAP_BAND = 15;

/**
 * Share of the lines inside paragraphs that must end within {@link WRAP_BAND} of the column
 * for a text to count as wrapped. On wrapped news 85–95% do (the rest end a paragraph early or
 * hold a long URL); on unwrapped text with one paragraph per line, lengths spread over
 * hundreds of columns and 0–30% land in any 15-column band.
 */
export const MIN_FULL_LINE_SHARE = 0.6;

/** The longest line length counted exactly; longer lines can never be wrapped lines. */
const LENGTH_CAP = MAX_WRAP_WIDTH + 1;

/**
 * The column `text` is hard-wrapped at, or null when it is not wrapped: most lines inside
 * paragraphs end within {@link WRAP_BAND} columns below one column. The column is the
 * 90th percentile of those lines' lengths (leading indentation included, trailing spaces
 * not), robust to the odd overlong line. One pass over the text plus a histogram.
 */
export function detectWrapWidth(text: string): number | null {
  const histogram = new Uint32Array(LENGTH_CAP + 1);
  let inner = 0;
  let previousLength = -1;
  let lineStart = 0;
  const length = text.length;
  for (;;) {
    let lineEnd = lineStart;
    while (lineEnd < length && !isLineBreak(text.charCodeAt(lineEnd))) lineEnd++;
    let contentEnd = lineEnd;
    while (contentEnd > lineStart && isWhitespace(text.charCodeAt(contentEnd - 1))) contentEnd--;
    const lineLength = contentEnd - lineStart;
    if (lineLength > 0 && previousLength > 0) {
      histogram[Math.min(previousLength, LENGTH_CAP)]!++;
      inner++;
    }
    previousLength = lineLength;
    if (lineEnd >= length) break;
    const isCrLf = text.charCodeAt(lineEnd) === 13 && text.charCodeAt(lineEnd + 1) === 10;
    lineStart = lineEnd + (isCrLf ? 2 : 1);
  }
  if (inner < MIN_WRAPPED_LINES) return null;
  let seen = 0;
  let width = 0;
  const rank = Math.ceil(inner * 0.9);
  for (let column = 0; column <= LENGTH_CAP; column++) {
    seen += histogram[column]!;
    if (seen >= rank) {
      width = column;
      break;
    }
  }
  if (width < MIN_WRAP_WIDTH || width > MAX_WRAP_WIDTH) return null;
  let full = 0;
  for (let column = width - WRAP_BAND; column <= width + 2; column++) full += histogram[column]!;
  return full >= inner * MIN_FULL_LINE_SHARE ? width : null;
}

/**
 * True when the break after a line of a text wrapped at `width` is a wrap, not the end of a
 * paragraph or a unit: the line is full — its next line's first word would not have fitted
 * after it — and the next line is not indented deeper (an indented line opens a paragraph).
 * A short line (a headline, a paragraph's last line) keeps its break.
 * `lineStart`/`lineEnd` bound the line (indentation included, trailing spaces not);
 * `nextLineStart`/`nextContentStart` are the next line's first character and first non-space.
 */
export function isWrappedBreak(
  text: string,
  width: number,
  lineStart: number,
  contentStart: number,
  lineEnd: number,
  nextLineStart: number,
  nextContentStart: number,
): boolean {
  if (nextContentStart - nextLineStart > contentStart - lineStart) return false;
  let wordEnd = nextContentStart;
  while (wordEnd < text.length && !isWhitespace(text.charCodeAt(wordEnd))) wordEnd++;
  const nextWord = wordEnd - nextContentStart;
  return lineEnd - lineStart + 1 + nextWord > width;
}
