// Month and weekday names and the window of plain years: the one list every stage reads
// (the splitter's "Oct." abbreviations, the date extractor, the people extractor's date words).

/** Full month names, lower case, by month number (1–12). */
export const MONTH_NAMES: ReadonlyMap<string, number> = new Map([
  ['january', 1],
  ['february', 2],
  ['march', 3],
  ['april', 4],
  ['may', 5],
  ['june', 6],
  ['july', 7],
  ['august', 8],
  ['september', 9],
  ['october', 10],
  ['november', 11],
  ['december', 12],
]);

/** The month abbreviations news text uses, lower case without the dot, by month number. */
export const MONTH_ABBREVIATIONS: ReadonlyMap<string, number> = new Map([
  ['jan', 1],
  ['feb', 2],
  ['mar', 3],
  ['apr', 4],
  ['jun', 6],
  ['jul', 7],
  ['aug', 8],
  ['sep', 9],
  ['sept', 9],
  ['oct', 10],
  ['nov', 11],
  ['dec', 12],
]);

/** Weekday names, lower case → JavaScript day number (0 = Sunday), as `Date.getUTCDay` counts. */
export const WEEKDAYS: ReadonlyMap<string, number> = new Map([
  ['sunday', 0],
  ['monday', 1],
  ['tuesday', 2],
  ['wednesday', 3],
  ['thursday', 4],
  ['friday', 5],
  ['saturday', 6],
]);

/**
 * Years written on their own are accepted without context in this window: news about the
 * present cites years from the last century and the next few decades; a four-digit number
 * outside it ("1500 troops") is a year only after a year preposition ("in 1453").
 */
export const PLAIN_YEAR_MIN = 1900;
/** Upper end of {@link PLAIN_YEAR_MIN}'s window. */
export const PLAIN_YEAR_MAX = 2099;

/** Whether a number is a year in the plain-year window ({@link PLAIN_YEAR_MIN}–{@link PLAIN_YEAR_MAX}). */
export function isPlainYear(value: number): boolean {
  return value >= PLAIN_YEAR_MIN && value <= PLAIN_YEAR_MAX;
}
