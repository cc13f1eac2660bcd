/**
 * One sentence (or sentence-like unit: headline, caption, byline, list item)
 * of an article. `text === original.slice(start, end)` always holds.
 */
export interface SentenceSpan {
  /** The sentence exactly as it stands in the original text (trimmed of surrounding whitespace). */
  text: string;
  /** Offset of the first character in the caller's original string (UTF-16 code units). */
  start: number;
  /** Offset one past the last character. */
  end: number;
}
