// Dates written with a period after a full month name ("Fri., May. 3, 2013", common in web
// datelines) are one sentence, though "May." alone can end one ("He left in May. 3 died.").
import { readWordBeforePeriod } from './split-boundary.js';

const MONTH_NAMES: ReadonlySet<string> = new Set([
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
]);

// A day of the month, an optional ordinal suffix and comma, then a four-digit year.
const DAY_AND_YEAR = /^(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?,?\s+\d{4}(?!\d)/;

/** Most characters read after the period: "31st, 2013" and a few spaces. */
const LOOKAHEAD = 16;

/**
 * True when the single period at `text[runStart, runEnd)` follows a full month name and a day
 * and year follow it (`May. 3, 2013`): the period is part of the date, not a sentence end.
 * A month name followed by a number that is not a day and year (`in May. 3 people died`)
 * still ends the sentence. Bounded look-around: constant time.
 */
export function isMonthBeforeDate(
  text: string,
  blockStart: number,
  runStart: number,
  runEnd: number,
  nextStart: number,
  limit: number,
): boolean {
  if (runEnd - runStart !== 1 || text.charCodeAt(runStart) !== 46) return false;
  const word = readWordBeforePeriod(text, runStart, blockStart);
  if (!MONTH_NAMES.has(word.slice(0, -1))) return false;
  return DAY_AND_YEAR.test(text.slice(nextStart, Math.min(limit, nextStart + LOOKAHEAD)));
}
