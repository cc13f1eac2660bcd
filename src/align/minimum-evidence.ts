// The least two sentences must share before they count as stating the same thing: one word
// ("Friday."), a dateline, a byline or a photo credit corroborates nothing.
import { isPlainYear, MONTH_NAMES, WEEKDAYS } from '../text/calendar.js';
import { stem } from '../text/stem.js';

/**
 * Informative concepts two sentences must share to align. On the ECB+ dev trials (issue 12)
 * the pairs that shared one concept were one-word fragments ("Friday." with any sentence
 * naming Friday, Dice 0.45) and datelines (two "May 3, 2013" lines, Dice 1.0): 0 of them
 * shared an annotated event. Two is the least that makes a statement: who and what, what and where.
 */
export const MIN_SHARED_CONCEPTS = 2;

/** Weekday and month words (from the one calendar list) and relative days, as stemmed word concepts. */
const DATE_WORDS = new Set(
  [...WEEKDAYS.keys(), ...MONTH_NAMES.keys(), 'today', 'yesterday', 'tomorrow'].map(
    (word) => `w:${stem(word)}`,
  ),
);

const PLAIN_NUMBER = /^#:plain:(\d+)$/;

/**
 * True for a concept that is part of a date rather than of what happened: a weekday or
 * month word, a day of the month (1–31) or a year (`isPlainYear`: 1900–2099) written as a plain number.
 * Two reports of different events on the same day share these and nothing else.
 */
export function isDateConcept(concept: string): boolean {
  if (DATE_WORDS.has(concept)) return true;
  const match = PLAIN_NUMBER.exec(concept);
  if (!match) return false;
  const value = Number(match[1]);
  return (value >= 1 && value <= 31) || isPlainYear(value);
}

/**
 * How many concepts two sorted concept lists share that are not date parts
 * ({@link isDateConcept}). One merge pass.
 */
export function sharedInformativeConcepts(a: readonly string[], b: readonly string[]): number {
  let shared = 0;
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a[i]!;
    const y = b[j]!;
    if (x < y) i++;
    else if (y < x) j++;
    else {
      if (!isDateConcept(x)) shared++;
      i++;
      j++;
    }
  }
  return shared;
}

/**
 * Longest byline or dateline recognised: "By Jane Smith and Bo Chen, Associated Press Writers"
 * is 51 characters and "Posted: Thursday, September 14, 2013 10:04 am EDT" 49; 120 leaves
 * room for three authors, and caps the regular expressions' backtracking on hostile input.
 */
export const MAX_BYLINE_LENGTH = 120;

// "By Jane Smith", "By JANE SMITH, Associated Press Writer", "Reporting by Ann Lee and Bo Chen":
// capitalised words (and name particles), lists of them separated by commas or slashes.
const BYLINE =
  /^(?:(?:Reporting|Written|Compiled|Edited|Posted)\s+by|By|BY)\s+\p{Lu}[\p{L}.'’-]*(?:\s+(?:\p{Lu}[\p{L}.'’-]*|and|of|de|van|von|da|al|el))*(?:\s*[,|/]\s*\p{Lu}[\p{L}.'’-]*(?:\s+(?:\p{Lu}[\p{L}.'’-]*|and|of|de|van|von|da|al|el))*)*$/u;
// "Photo: …", "Image: …", "Caption: …", "FILE PHOTO: …", "Pictured: …", "(AP Photo/…)", "REUTERS/Name".
const CAPTION =
  /^(?:\(?(?:file\s+)?(?:photo|image|picture|caption|pictured|credit|graphic)s?\s*[:/]|\(?(?:AP|AFP|Reuters|Getty Images|EPA)\s+(?:photo|images?)\b|\(?(?:REUTERS|AFP|AP|EPA)\/)/iu;
// A line that is a date and little else: "May 03, 2013", "Posted: Fri., May. 3, 2013 10:04 am", "05/03/2013".
const DATE_LINE =
  /^(?:(?:posted|published|updated|last updated|date)\s*(?::\s*)?(?:on\s+)?)?(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?)(?:,?\s+\d{4})?(?:[\s,|-]+\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s+\p{Lu}{2,4})?)?\.?$|^\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}$/iu;

/**
 * True for a unit that corroborates nothing whatever it shares: a byline, a dateline (a line
 * that is only a date) or a photo caption label or credit. Articles about different events
 * share these ("By Staff Reporter", "Friday, May 3, 2013") as readily as articles about one.
 */
export function isNonCorroboratingUnit(text: string): boolean {
  const trimmed = text.trim();
  if (CAPTION.test(trimmed)) return true;
  // Bylines and datelines are short; the bound also keeps the patterns linear on any input.
  if (trimmed.length > MAX_BYLINE_LENGTH) return false;
  return BYLINE.test(trimmed) || DATE_LINE.test(trimmed);
}
