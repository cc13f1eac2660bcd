// Finding date expressions in a sentence's tokens: ISO and numeric dates, day-month and month-day,
// weekdays, relative days ("yesterday", "two weeks ago"), bare months and years. One bounded look per token.
import { isRealDate } from '../../input/parse-date.js';
import { isPlainYear, MONTH_ABBREVIATIONS, MONTH_NAMES, WEEKDAYS } from '../../text/calendar.js';
import { SMALL_NUMBER_WORDS } from '../../text/number-words.js';
import type { Token } from '../../text/tokenize.js';
import type { DateKind } from '../date-types.js';
import { isHistoryMarked } from './tense.js';

/** Words after a weekday that narrow it to a part of the day: kept in the mention's text. */
const PARTS_OF_DAY: ReadonlySet<string> = new Set([
  'morning',
  'afternoon',
  'evening',
  'night',
  'overnight',
]);

/** Calendar units a relative expression counts in. */
export type CalendarUnit = 'day' | 'week' | 'weekend' | 'month' | 'year';

const CALENDAR_UNITS: ReadonlyMap<string, CalendarUnit> = new Map([
  ['day', 'day'],
  ['days', 'day'],
  ['week', 'week'],
  ['weeks', 'week'],
  ['weekend', 'weekend'],
  ['month', 'month'],
  ['months', 'month'],
  ['year', 'year'],
  ['years', 'year'],
]);

/** Prepositions after which both a year and a lone month name are dates ("in 1989", "since May"). */
const TIME_PREPOSITIONS = [
  'in',
  'since',
  'by',
  'until',
  'till',
  'from',
  'through',
  'to',
  'before',
  'after',
  'during',
  'of',
];

/** Words after which a four-digit number outside the plain window is still read as a year. */
const YEAR_CONTEXT_WORDS: ReadonlySet<string> = new Set([
  ...TIME_PREPOSITIONS,
  'around',
  'circa',
  'year',
]);

/** Words after which a capitalised month name standing alone is a date ("in July", "since May"). */
const MONTH_CONTEXT_WORDS: ReadonlySet<string> = new Set([
  ...TIME_PREPOSITIONS,
  'early',
  'late',
  'mid',
  'last',
  'next',
  'this',
  'that',
]);

/** Words that stop a number from being a year: it is a percentage, a sum or a scaled figure. */
const NON_YEAR_FOLLOWERS: ReadonlySet<string> = new Set([
  'percent',
  'per',
  'pct',
  'billion',
  'million',
  'trillion',
  'thousand',
  'bn',
  'mn',
  'tn',
  'dollars',
  'euros',
  'pounds',
  'yen',
  'yuan',
  'won',
]);

/**
 * A date found in one sentence's tokens before it is resolved against a reference date.
 * Internal to the extract stage (the quantity extractor reads it to skip dates' numbers).
 */
export interface RawDate {
  kind: DateKind;
  /** Token range [first, last) in the sentence. */
  first: number;
  last: number;
  year?: number;
  month?: number;
  day?: number;
  /** Day of the week for a weekday mention (0 = Sunday). */
  weekday?: number;
  /** "next", "last", "this" before a weekday or month. */
  modifier?: 'next' | 'last' | 'this';
  /** For relative mentions: the unit and signed offset ("two weeks ago" → week, -2). */
  relative?: { unit: CalendarUnit; offset: number };
  /** A numeric date whose day and month order cannot be told ("03/04/2025"). */
  ambiguous?: boolean;
}

/**
 * Cheap pre-check: a sentence without a digit, a month, a weekday or a relative-date word holds
 * no date, so it is not tokenised. Alternatives are fixed strings, so the test is linear.
 */
const DATE_HINT =
  /\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|day|night|week|month|year|ago|tomorrow/i;

export function mayContainDate(text: string): boolean {
  return DATE_HINT.test(text);
}

/** End offset of a token's text, before a possessive "'s" ("Wednesday's" → "Wednesday"). */
export function tokenTextEnd(token: Token): number {
  return token.possessive === true ? token.end - 2 : token.end;
}

/** Whether two tokens touch (no space between them). */
function touching(left: Token | undefined, right: Token | undefined): boolean {
  return left !== undefined && right !== undefined && left.end === right.start;
}

function isPunct(token: Token | undefined, char: string): boolean {
  return token !== undefined && token.kind === 'punct' && token.text === char;
}

function isCapitalised(token: Token): boolean {
  const first = token.text.charAt(0);
  return first !== first.toLowerCase();
}

/** Whether `text` is non-empty and only ASCII digits. */
function allDigits(text: string): boolean {
  if (text.length === 0) return false;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code < 48 || code > 57) return false;
  }
  return true;
}

/** A plain run of ASCII digits (no separators, sign, currency, percent or ordinal suffix). */
export function isPlainDigits(
  token: Token | undefined,
  minLength: number,
  maxLength: number,
): boolean {
  if (token === undefined || token.kind !== 'number') return false;
  const length = token.text.length;
  return length >= minLength && length <= maxLength && allDigits(token.text);
}

/** A day of the month: 1–31 written with one or two digits, or as an ordinal ("30th"). */
function dayValue(token: Token | undefined): number | null {
  if (token === undefined || token.kind !== 'number') return null;
  const digits = token.ordinal === true ? token.text.slice(0, -2) : token.text;
  if (digits.length < 1 || digits.length > 2 || !allDigits(digits)) return null;
  const value = Number(digits);
  return value >= 1 && value <= 31 ? value : null;
}

/** Month of a capitalised month name or abbreviation at `index`, and the tokens it spans. */
function monthAt(tokens: readonly Token[], index: number): { month: number; next: number } | null {
  const token = tokens[index];
  if (token === undefined || token.kind !== 'word' || !isCapitalised(token)) return null;
  const full = MONTH_NAMES.get(token.norm);
  if (full !== undefined) {
    return { month: full, next: index + 1 };
  }
  const abbreviated = MONTH_ABBREVIATIONS.get(token.norm);
  if (abbreviated === undefined) return null;
  // "Oct." keeps its dot as a separate token.
  const dotted = isPunct(tokens[index + 1], '.') && touching(token, tokens[index + 1]);
  return { month: abbreviated, next: dotted ? index + 2 : index + 1 };
}

/** Whether the month name at `index` is an abbreviation ("Oct"), which needs a day or year with it. */
function isAbbreviatedMonth(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index];
  return token !== undefined && MONTH_ABBREVIATIONS.has(token.norm);
}

/** The most days `month` can have (29 for February, whatever the year). */
function maxDaysIn(month: number): number {
  return month === 2 ? 29 : new Date(Date.UTC(2001, month, 0)).getUTCDate();
}

/**
 * Whether the four-digit number at `index` is a year. Inside {@link PLAIN_YEAR_MIN}–
 * {@link PLAIN_YEAR_MAX} it is, unless a percent, scale or currency word follows ("2025
 * percent"); outside it only after a year word ("in 1453"). Shared with the quantity extractor
 * so that a year is never also a count.
 */
export function isYearAt(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index];
  if (!isPlainDigits(token, 4, 4)) return false;
  const value = Number((token as Token).text);
  if (value < 1000 || value > 2999) return false;
  const next = tokens[index + 1];
  if (next !== undefined && next.kind === 'word' && NON_YEAR_FOLLOWERS.has(next.norm)) return false;
  if (isPlainYear(value)) return true;
  const previous = tokens[index - 1];
  return previous !== undefined && YEAR_CONTEXT_WORDS.has(previous.norm);
}

/** A year after an optional comma, starting at `index`: its value and the next token index. */
function yearAfter(tokens: readonly Token[], index: number): { year: number; next: number } | null {
  let cursor = index;
  if (isPunct(tokens[cursor], ',')) cursor++;
  if (!isPlainDigits(tokens[cursor], 4, 4)) return null;
  const year = Number((tokens[cursor] as Token).text);
  if (year < 1000 || year > 2999) return null;
  // "October 24, 2025-style" never happens; but "2025-26" is a season, not a year.
  if (isPunct(tokens[cursor + 1], '-') && tokens[cursor + 2]?.kind === 'number') return null;
  return { year, next: cursor + 1 };
}

/**
 * Every date expression in one sentence's tokens, left to right, each token used at most once.
 * Exported for the quantity extractor, which must not read a date's numbers as figures.
 */
export function scanDates(tokens: readonly Token[]): RawDate[] {
  const found: RawDate[] = [];
  let index = 0;
  while (index < tokens.length) {
    const raw = dateAt(tokens, index);
    if (raw === null) {
      index++;
      continue;
    }
    found.push(raw);
    index = raw.last;
  }
  return found;
}

/** The longest date expression starting at token `index`, or null. */
function dateAt(tokens: readonly Token[], index: number): RawDate | null {
  const token = tokens[index] as Token;
  if (token.kind === 'number') {
    return (
      isoDateAt(tokens, index) ??
      numericDateAt(tokens, index) ??
      dayMonthAt(tokens, index) ??
      bareYearAt(tokens, index) ??
      agoAt(tokens, index)
    );
  }
  if (token.kind !== 'word') return null;
  const weekday = WEEKDAYS.get(token.norm);
  if (weekday !== undefined && isCapitalised(token)) {
    return weekdayDateAt(tokens, index, weekday);
  }
  return (
    monthFirstAt(tokens, index) ??
    modifiedWeekdayAt(tokens, index) ??
    relativeAt(tokens, index) ??
    agoAt(tokens, index)
  );
}

/** Whether each token ends where the next starts (no space anywhere in the run). */
function allTouching(tokens: readonly (Token | undefined)[]): boolean {
  for (let index = 1; index < tokens.length; index++) {
    if (!touching(tokens[index - 1], tokens[index])) return false;
  }
  return true;
}

/** "2025-10-30": year, month and day joined by hyphens with no spaces. */
function isoDateAt(tokens: readonly Token[], index: number): RawDate | null {
  const [year, dash1, month, dash2, day] = tokens.slice(index, index + 5);
  if (!isPlainDigits(year, 4, 4) || !isPlainDigits(month, 1, 2) || !isPlainDigits(day, 1, 2)) {
    return null;
  }
  if (!isPunct(dash1, '-') || !isPunct(dash2, '-')) return null;
  if (!allTouching([year, dash1, month, dash2, day])) return null;
  const values = [Number(year?.text), Number(month?.text), Number(day?.text)] as const;
  if (!isRealDate(values[0], values[1], values[2])) return null;
  return {
    kind: 'full',
    first: index,
    last: index + 5,
    year: values[0],
    month: values[1],
    day: values[2],
  };
}

/**
 * "30/10/2025" or "10/30/2025": day and month in whichever order the numbers allow (a part
 * over 12 is the day); "03/04/2025" is ambiguous and stays unresolved.
 */
function numericDateAt(tokens: readonly Token[], index: number): RawDate | null {
  const [first, slash1, second, slash2, year] = tokens.slice(index, index + 5);
  if (!isPlainDigits(first, 1, 2) || !isPlainDigits(second, 1, 2) || !isPlainDigits(year, 4, 4)) {
    return null;
  }
  if (!isPunct(slash1, '/') || !isPunct(slash2, '/')) return null;
  if (!allTouching([first, slash1, second, slash2, year])) return null;
  const a = Number(first?.text);
  const b = Number(second?.text);
  const y = Number(year?.text);
  const base = { kind: 'full' as const, first: index, last: index + 5, year: y };
  const dayFirst = a > 12 && isRealDate(y, b, a);
  const monthFirst = b > 12 && isRealDate(y, a, b);
  if (dayFirst) return { ...base, month: b, day: a };
  if (monthFirst) return { ...base, month: a, day: b };
  if (a === b && isRealDate(y, a, b)) return { ...base, month: a, day: b };
  if (a <= 12 && b <= 12 && a >= 1 && b >= 1) return { ...base, ambiguous: true };
  return null;
}

/** "30 October", "30th of October 2025", "30 Oct 2025". */
function dayMonthAt(tokens: readonly Token[], index: number): RawDate | null {
  const dayToken = tokens[index];
  const day = dayValue(dayToken);
  if (day === null) return null;
  let cursor = index + 1;
  // "30th of October": "of" only after an ordinal, so "Group of 20 October…" cannot start one.
  if (dayToken?.ordinal === true && tokens[cursor]?.norm === 'of') cursor++;
  const month = monthAt(tokens, cursor);
  if (month === null || day > maxDaysIn(month.month)) return null;
  return dayAndMonth(tokens, index, month.next, month.month, day);
}

/**
 * A day and month read from token `first` up to token `end`: a full date when a real year
 * follows ("30 October 2025", "October 30, 2025"), else a month-day ("30 October").
 */
function dayAndMonth(
  tokens: readonly Token[],
  first: number,
  end: number,
  month: number,
  day: number,
): RawDate {
  const year = yearAfter(tokens, end);
  if (year !== null && isRealDate(year.year, month, day)) {
    return { kind: 'full', first, last: year.next, year: year.year, month, day };
  }
  return { kind: 'month-day', first, last: end, month, day };
}

/** "October 30", "Oct. 30, 2025", "October 2025", "in July" — anything that starts with a month. */
function monthFirstAt(tokens: readonly Token[], index: number): RawDate | null {
  const month = monthAt(tokens, index);
  if (month === null) return null;
  const dayToken = tokens[month.next];
  const day = dayValue(dayToken);
  if (day !== null && day <= maxDaysIn(month.month)) {
    return dayAndMonth(tokens, index, month.next + 1, month.month, day);
  }
  const year = yearAfter(tokens, month.next);
  if (year !== null) {
    return {
      kind: 'month-year',
      first: index,
      last: year.next,
      year: year.year,
      month: month.month,
    };
  }
  return bareMonthAt(tokens, index, month.month, month.next);
}

/**
 * A month standing alone is a date only after a date preposition or modifier ("in July",
 * "last March"): this keeps "May" the modal verb and "March" the verb out.
 */
function bareMonthAt(
  tokens: readonly Token[],
  index: number,
  month: number,
  next: number,
): RawDate | null {
  if (isAbbreviatedMonth(tokens, index)) return null;
  const previous = tokens[index - 1];
  if (previous === undefined || !MONTH_CONTEXT_WORDS.has(previous.norm)) return null;
  const raw: RawDate = { kind: 'month-year', first: index, last: next, month };
  const modifier = previous.norm;
  if (modifier === 'last' || modifier === 'next' || modifier === 'this') {
    raw.first = index - 1;
    raw.modifier = modifier;
  }
  return raw;
}

/** "Friday", "Friday, October 24", "Thursday evening", "Friday 24 October 2025". */
function weekdayDateAt(tokens: readonly Token[], index: number, weekday: number): RawDate | null {
  const token = tokens[index] as Token;
  // "Wednesday's summit" is a date; a plural ("Fridays") never reaches here (no map entry).
  let cursor = index + 1;
  if (isPunct(tokens[cursor], ',') && token.possessive !== true) cursor++;
  const following = monthFirstAt(tokens, cursor) ?? dayMonthAt(tokens, cursor);
  if (following !== null && (following.kind === 'full' || following.kind === 'month-day')) {
    return { ...following, first: index };
  }
  return withPartOfDay(tokens, { kind: 'weekday', first: index, last: index + 1, weekday });
}

/** "next Tuesday", "last Monday", "this Friday", "this past Friday". */
function modifiedWeekdayAt(tokens: readonly Token[], index: number): RawDate | null {
  const modifier = tokens[index]?.norm;
  if (modifier !== 'next' && modifier !== 'last' && modifier !== 'this' && modifier !== 'coming') {
    return null;
  }
  let cursor = index + 1;
  let kind: 'next' | 'last' | 'this' = modifier === 'coming' ? 'this' : modifier;
  if (modifier === 'this' && tokens[cursor]?.norm === 'past') {
    kind = 'last';
    cursor++;
  }
  const token = tokens[cursor];
  if (token === undefined || token.kind !== 'word' || !isCapitalised(token)) return null;
  const weekday = WEEKDAYS.get(token.norm);
  if (weekday === undefined) return null;
  return withPartOfDay(tokens, {
    kind: 'weekday',
    first: index,
    last: cursor + 1,
    weekday,
    modifier: kind,
  });
}

/** Extends a weekday over a following "morning", "evening", "night". */
function withPartOfDay(tokens: readonly Token[], raw: RawDate): RawDate {
  const next = tokens[raw.last];
  const weekdayToken = tokens[raw.last - 1];
  if (next !== undefined && weekdayToken?.possessive !== true && PARTS_OF_DAY.has(next.norm)) {
    return { ...raw, last: raw.last + 1 };
  }
  return raw;
}

/** "today", "tonight", "yesterday", "tomorrow", "next week", "earlier this month", "last year". */
function relativeAt(tokens: readonly Token[], index: number): RawDate | null {
  const token = tokens[index] as Token;
  const single = SINGLE_DAY_WORDS.get(token.norm);
  if (single !== undefined) {
    return {
      kind: 'relative',
      first: index,
      last: index + 1,
      relative: { unit: 'day', offset: single },
    };
  }
  let cursor = index;
  if (token.norm === 'earlier' || token.norm === 'later') cursor++;
  const modifier = tokens[cursor]?.norm;
  const offset =
    modifier === 'this' ? 0 : modifier === 'next' ? 1 : modifier === 'last' ? -1 : null;
  if (offset === null) return null;
  // "earlier next week" is not English; only "earlier/later this …" combine.
  if (cursor !== index && offset !== 0) return null;
  const unit = tokens[cursor + 1];
  const calendarUnit = unit === undefined ? undefined : CALENDAR_UNITS.get(unit.norm);
  if (calendarUnit === undefined || calendarUnit === 'day' || unit?.norm.endsWith('s')) return null;
  return {
    kind: 'relative',
    first: index,
    last: cursor + 2,
    relative: { unit: calendarUnit, offset },
  };
}

const SINGLE_DAY_WORDS: ReadonlyMap<string, number> = new Map([
  ['today', 0],
  ['tonight', 0],
  ['yesterday', -1],
  ['tomorrow', 1],
]);

/** "two days ago", "3 weeks ago", "a year ago", and "in two weeks" (forward). */
function agoAt(tokens: readonly Token[], index: number): RawDate | null {
  const token = tokens[index] as Token;
  const leadingIn = token.norm === 'in';
  const countIndex = leadingIn ? index + 1 : index;
  const count = smallCount(tokens[countIndex]);
  if (count === null) return null;
  const unitToken = tokens[countIndex + 1];
  const unit = unitToken === undefined ? undefined : CALENDAR_UNITS.get(unitToken.norm);
  if (unit === undefined || unit === 'weekend') return null;
  if (leadingIn) {
    return {
      kind: 'relative',
      first: index,
      last: countIndex + 2,
      relative: { unit, offset: count },
    };
  }
  if (tokens[countIndex + 2]?.norm !== 'ago') return null;
  return {
    kind: 'relative',
    first: index,
    last: countIndex + 3,
    relative: { unit, offset: -count },
  };
}

/** A small whole count: 1–999 in digits, a number word, or "a"/"an". */
function smallCount(token: Token | undefined): number | null {
  if (token === undefined) return null;
  if (token.norm === 'a' || token.norm === 'an') return 1;
  const word = SMALL_NUMBER_WORDS.get(token.norm);
  if (word !== undefined) return word;
  if (isPlainDigits(token, 1, 3)) return Number(token.text);
  return null;
}

/** A year on its own: "In 2023", "since 2019", "the 2022 invasion". */
function bareYearAt(tokens: readonly Token[], index: number): RawDate | null {
  if (!isYearAt(tokens, index)) return null;
  // "2025-26" names a season, "2025-10" half an ISO date: not a plain year.
  if (isPunct(tokens[index + 1], '-') && touching(tokens[index], tokens[index + 1])) {
    if (tokens[index + 2]?.kind === 'number') return null;
  }
  const previous = tokens[index - 1];
  if (previous !== undefined && previous.currency !== undefined) return null;
  return { kind: 'year', first: index, last: index + 1, year: Number(tokens[index]?.text) };
}

/**
 * The one year the sentence states (in a full date, a month-year or a bare year not introduced
 * by a history marker), which a month-day without a year in the same sentence takes.
 */
export function statedYear(tokens: readonly Token[], raws: readonly RawDate[]): number | undefined {
  const years = new Set<number>();
  for (const raw of raws) {
    // "the October 30 meeting, the first since 2019": a history year belongs to the history.
    if (
      raw.year !== undefined &&
      (raw.kind === 'full' || raw.kind === 'month-year' || raw.kind === 'year') &&
      !isHistoryMarked(tokens, raw.first)
    ) {
      years.add(raw.year);
    }
  }
  // Two different years in one sentence: which one a month-day belongs to is a guess; don't.
  return years.size === 1 ? [...years][0] : undefined;
}

/** Adverbial words before a year or month that make it the time of the whole clause. */
const SCENE_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'during', 'since']);

/**
 * Whether a year or month sets the time of its sentence ("In 2023 alone, …", "since 2019"),
 * so that a day in the same sentence shares its past; an adjectival year ("the 2025 trip")
 * does not.
 */
export function setsTheScene(tokens: readonly Token[], raw: RawDate): boolean {
  if (raw.kind !== 'year' && raw.kind !== 'month-year') return false;
  const previous = tokens[raw.first - 1];
  return (
    previous !== undefined &&
    (SCENE_PREPOSITIONS.has(previous.norm) || isHistoryMarked(tokens, raw.first))
  );
}
