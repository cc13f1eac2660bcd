// Dates an article states (full dates, month-days, weekdays, relative days, months, years),
// resolved against the article's reference date, with whether each is quoted, past or future.
// Token-based: one linear pass over each sentence's tokens, no date regular expressions.
import {
  addDays,
  daysBetween,
  type IsoDate,
  isRealDate,
  parseIsoDate,
} from '../input/parse-date.js';
import { readOptions } from '../input/read-options.js';
import { assertSentences } from '../text/assert-sentences.js';
import { isPlainYear, MONTH_ABBREVIATIONS, MONTH_NAMES, WEEKDAYS } from '../text/calendar.js';
import { SMALL_NUMBER_WORDS } from '../text/number-words.js';
import { type Token, tokenize } from '../text/tokenize.js';
import type { SentenceSpan } from '../text/types.js';
import type {
  DateKind,
  DateMention,
  DatePeriod,
  DateResolution,
  ExtractDatesOptions,
} from './date-types.js';

/** Words after a weekday that narrow it to a part of the day: kept in the mention's text. */
const PARTS_OF_DAY: ReadonlySet<string> = new Set([
  'morning',
  'afternoon',
  'evening',
  'night',
  'overnight',
]);

/** Small number words (from the shared table), re-exported for the quantity extractor. */
export { SMALL_NUMBER_WORDS };

/** Calendar units a relative expression counts in. */
type CalendarUnit = 'day' | 'week' | 'weekend' | 'month' | 'year';

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

/** Tense-neutral words that mark a date as background history ("since 2019", "back in 2023"). */
const HISTORY_MARKERS: ReadonlySet<string> = new Set(['since']);
/** Two-word history markers, as "first second" ("back in", "as early as" is checked as "early as"). */
const HISTORY_BIGRAMS: ReadonlySet<string> = new Set(['back in', 'early as', 'back to']);

/** Words that place a clause after the article's own time (scheduling, intention, "will"). */
const FUTURE_CUES: ReadonlySet<string> = new Set([
  'will',
  'shall',
  'upcoming',
  'forthcoming',
  'planned',
  'plans',
  'plan',
  'planning',
  'scheduled',
  'slated',
  'expected',
  'expects',
  'anticipated',
  'intends',
  'intend',
  'aims',
  'aim',
  'hopes',
  'hope',
  'expect',
  'prepares',
  'preparing',
  'next',
  'later',
  'tomorrow',
  'coming',
  'ahead',
]);

/** Words that are future cues only before "to": "set to", "due to", "going to", "poised to". */
const FUTURE_BEFORE_TO: ReadonlySet<string> = new Set(['set', 'due', 'going', 'poised']);

/** Words that place a clause before the article's own time: past auxiliaries and irregular pasts. */
const PAST_CUES: ReadonlySet<string> = new Set([
  'was',
  'were',
  'had',
  'did',
  'ago',
  'last',
  'earlier',
  'previously',
  'yesterday',
  'since',
  'said',
  'told',
  'met',
  'went',
  'came',
  'made',
  'took',
  'gave',
  'left',
  'flew',
  'spoke',
  'held',
  'began',
  'became',
  'saw',
  'sent',
  'brought',
  'thought',
  'felt',
  'kept',
  'wrote',
  'sold',
  'bought',
  'paid',
  'led',
  'rose',
  'fell',
  'grew',
  'struck',
]);

/** Words ending in "-ed" that are not past-tense verbs (nouns, present verbs, common adjectives). */
const ED_NOT_PAST: ReadonlySet<string> = new Set([
  'hundred',
  'need',
  'speed',
  'seed',
  'feed',
  'proceed',
  'exceed',
  'succeed',
  'indeed',
  'embed',
  'united',
  'based',
  'limited',
  'related',
  'detailed',
  'advanced',
  'armed',
  'interested',
  'concerned',
  'supposed',
  'alleged',
  'beloved',
  'sacred',
]);

/** Words before an "-ed" word that make it an adjective ("a planned meeting", "the limited talks"). */
const ADJECTIVE_MAKERS: ReadonlySet<string> = new Set([
  'a',
  'an',
  'the',
  'this',
  'that',
  'these',
  'those',
  'his',
  'her',
  'its',
  'their',
  'our',
  'my',
  'your',
  'very',
  'highly',
  'more',
  'most',
  'less',
  'least',
  'well',
  'newly',
  'much',
]);

/**
 * Furthest a tense cue may stand from a date, in word tokens. Chosen so that the scheduling
 * word at the head of a long noun phrase still reaches the date at its end ("a planned meeting
 * with Chinese President Xi Jinping in Busan, South Korea, on Thursday": 12 words), while a
 * verb in another clause of a long sentence usually does not.
 */
export const MAX_TENSE_CUE_DISTANCE = 15;

/** Direction of time a clause points in, relative to the article's own time. */
type Direction = 'past' | 'future' | null;

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
 * Finds the dates each sentence states and resolves what it can.
 *
 * - Full dates ("October 24, 2025", "Oct. 30, 2025", "30 Oct 2025", "2025-10-30",
 *   "30/10/2025") resolve from the text alone. Numeric day/month/year dates are read day
 *   first when the first number is over 12, month first when the second is; when both are 12
 *   or less and differ ("03/04/2025") the mention is kept with `value: null` and
 *   `resolvedBy: 'unresolved'`: a silently wrong month could shift the reference date and
 *   make a correct figure look stale, while an unresolved one only falls back to other rules.
 * - A month-day without a year ("October 30") takes the year of a full date or year written in
 *   the same sentence; otherwise, with a reference date, the year that puts it nearest to it.
 * - Weekdays resolve forwards in a future clause, backwards in a past clause, and otherwise to
 *   the nearest such day (within ±3 days) — see {@link weekdayOffset}.
 * - Relative expressions ("yesterday", "next week", "two days ago") and bare months ("In July")
 *   resolve against the reference date; without one they are `unresolved`.
 *
 * Results are in text order (sentence, then offset). Offsets index the article text.
 *
 * @throws CorroborateError `INVALID_ARTICLE` when `sentences` is not an array of sentence spans;
 * `INVALID_DATE` when `options.referenceDate` is not a real `YYYY-MM-DD` date;
 * `INVALID_OPTION` when `options` is not an object.
 */
export function extractDates(
  sentences: readonly SentenceSpan[],
  options: ExtractDatesOptions = {},
): DateMention[] {
  assertSentences(sentences, 'extractDates');
  const { referenceDate } = readOptions(
    options,
    ['referenceDate'],
    'options',
    'extractDates',
  ) as ExtractDatesOptions;
  const reference =
    referenceDate === undefined ? null : parseIsoDate(referenceDate, 'options.referenceDate');
  const mentions: DateMention[] = [];
  sentences.forEach((sentence, sentenceIndex) => {
    if (!mayContainDate(sentence.text)) return;
    const tokens = tokenize(sentence.text);
    const raws = scanDates(tokens);
    if (raws.length === 0) return;
    const quoted = quotedTokens(tokens, sentence.text);
    const cues = tenseCues(tokens);
    const sentenceYear = statedYear(tokens, raws);
    const resolved = raws.map((raw) => resolveDate(raw, { tokens, cues, reference, sentenceYear }));
    const pastYear = resolved.some(
      (entry, index) => entry.past && setsTheScene(tokens, raws[index] as RawDate),
    );
    resolved.forEach((entry, index) => {
      const raw = raws[index] as RawDate;
      const firstToken = tokens[raw.first] as Token;
      const lastToken = tokens[raw.last - 1] as Token;
      const end = tokenTextEnd(lastToken);
      // A day in a sentence whose scene is set in a past year ("In 2023 alone, on March 3, …") is history too.
      const past = entry.past || (pastYear && (raw.kind === 'full' || raw.kind === 'month-day'));
      const mention: DateMention = {
        text: sentence.text.slice(firstToken.start, end),
        kind: raw.kind,
        value: entry.value,
        period: entry.period,
        resolvedBy: entry.resolvedBy,
        quoted: quoted[raw.first] === 1,
        past,
        future: entry.future && !past,
        sentenceIndex,
        start: sentence.start + firstToken.start,
        end: sentence.start + end,
      };
      if (entry.year !== undefined) mention.year = entry.year;
      if (entry.month !== undefined) mention.month = entry.month;
      const day = entry.value === null ? raw.day : Number(entry.value.slice(8, 10));
      if (day !== undefined && !raw.ambiguous) mention.day = day;
      mentions.push(mention);
    });
  });
  return mentions;
}

/**
 * Cheap pre-check: a sentence without a digit, a month, a weekday or a relative-date word holds
 * no date, so it is not tokenised. Alternatives are fixed strings, so the test is linear.
 */
const DATE_HINT =
  /\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|day|night|week|month|year|ago|tomorrow/i;

function mayContainDate(text: string): boolean {
  return DATE_HINT.test(text);
}

/** End offset of a token's text, before a possessive "'s" ("Wednesday's" → "Wednesday"). */
function tokenTextEnd(token: Token): number {
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
  const year = yearAfter(tokens, month.next);
  if (year !== null && isRealDate(year.year, month.month, day)) {
    return {
      kind: 'full',
      first: index,
      last: year.next,
      year: year.year,
      month: month.month,
      day,
    };
  }
  return { kind: 'month-day', first: index, last: month.next, month: month.month, day };
}

/** "October 30", "Oct. 30, 2025", "October 2025", "in July" — anything that starts with a month. */
function monthFirstAt(tokens: readonly Token[], index: number): RawDate | null {
  const month = monthAt(tokens, index);
  if (month === null) return null;
  const dayToken = tokens[month.next];
  const day = dayValue(dayToken);
  if (day !== null && day <= maxDaysIn(month.month)) {
    const year = yearAfter(tokens, month.next + 1);
    if (year !== null && isRealDate(year.year, month.month, day)) {
      return {
        kind: 'full',
        first: index,
        last: year.next,
        year: year.year,
        month: month.month,
        day,
      };
    }
    return { kind: 'month-day', first: index, last: month.next + 1, month: month.month, day };
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
function statedYear(tokens: readonly Token[], raws: readonly RawDate[]): number | undefined {
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
function setsTheScene(tokens: readonly Token[], raw: RawDate): boolean {
  if (raw.kind !== 'year' && raw.kind !== 'month-year') return false;
  const previous = tokens[raw.first - 1];
  return (
    previous !== undefined &&
    (SCENE_PREPOSITIONS.has(previous.norm) || isHistoryMarked(tokens, raw.first))
  );
}

/** What resolving one raw date yields, before offsets are attached. */
interface ResolvedDate {
  value: IsoDate | null;
  period: DatePeriod | null;
  year?: number;
  month?: number;
  resolvedBy: DateResolution;
  past: boolean;
  future: boolean;
}

interface ResolveContext {
  tokens: readonly Token[];
  cues: Int8Array;
  reference: IsoDate | null;
  sentenceYear: number | undefined;
}

function resolveDate(raw: RawDate, context: ResolveContext): ResolvedDate {
  const direction = nearestTenseCue(context.cues, raw.first, raw.last);
  const history = isHistoryMarked(context.tokens, raw.first);
  switch (raw.kind) {
    case 'full':
      return resolveFull(raw, direction, history);
    case 'month-day':
      return resolveMonthDay(raw, direction, history, context);
    case 'month-year':
    case 'year':
      return resolveYearOrMonth(raw, direction, history, context.reference);
    case 'weekday':
      return resolveWeekday(raw, direction, context.reference);
    case 'relative':
      return resolveRelative(raw, context.reference);
  }
}

function dayPeriod(value: IsoDate): DatePeriod {
  return { start: value, end: value };
}

function isoOf(year: number, month: number, day: number): IsoDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Full dates are fixed by the text; they are past only by a history marker, future by a cue. */
function resolveFull(raw: RawDate, direction: Direction, history: boolean): ResolvedDate {
  if (raw.ambiguous === true || raw.month === undefined || raw.day === undefined) {
    const result: ResolvedDate = {
      value: null,
      period: null,
      resolvedBy: 'unresolved',
      past: history,
      future: false,
    };
    if (raw.year !== undefined) result.year = raw.year;
    return result;
  }
  const value = isoOf(raw.year as number, raw.month, raw.day);
  // News reports are written in the past tense, so only scheduling language says anything
  // about a full date: "will meet on October 30, 2025" is ahead of the article's own time.
  return {
    value,
    period: dayPeriod(value),
    year: raw.year as number,
    month: raw.month,
    resolvedBy: 'explicit',
    past: history,
    future: !history && direction === 'future',
  };
}

/**
 * A month-day takes the year the sentence states; else the year that puts it nearest the
 * reference date (a 12-month ambiguity: news is written about dates close to its own, so the
 * nearest reading is right far more often than the tense of a clause).
 */
function resolveMonthDay(
  raw: RawDate,
  direction: Direction,
  history: boolean,
  context: ResolveContext,
): ResolvedDate {
  const month = raw.month as number;
  const day = raw.day as number;
  if (context.sentenceYear !== undefined && isRealDate(context.sentenceYear, month, day)) {
    return resolveFull({ ...raw, year: context.sentenceYear }, direction, history);
  }
  if (context.reference === null) {
    return {
      value: null,
      period: null,
      month,
      resolvedBy: 'unresolved',
      past: history,
      future: !history && direction === 'future',
    };
  }
  const value = nearestMonthDay(context.reference, month, day);
  if (value === null) {
    return {
      value: null,
      period: null,
      month,
      resolvedBy: 'unresolved',
      past: history,
      future: false,
    };
  }
  const offset = daysBetween(context.reference, value);
  return {
    value,
    period: dayPeriod(value),
    year: Number(value.slice(0, 4)),
    month,
    resolvedBy: 'reference-date',
    past: history || offset < 0,
    future: !history && offset > 0,
  };
}

/** The occurrence of month/day nearest `reference` (ties go to the earlier one), or null if none exists. */
export function nearestMonthDay(reference: IsoDate, month: number, day: number): IsoDate | null {
  const year = Number(reference.slice(0, 4));
  let best: IsoDate | null = null;
  let bestDistance = Number.POSITIVE_INFINITY;
  // 29 February exists only in leap years: look up to four years either way for it.
  const span = month === 2 && day === 29 ? 4 : 1;
  for (let candidate = year - span; candidate <= year + span; candidate++) {
    if (!isRealDate(candidate, month, day)) continue;
    const value = isoOf(candidate, month, day);
    const distance = Math.abs(daysBetween(reference, value));
    if (distance < bestDistance) {
      best = value;
      bestDistance = distance;
    }
  }
  return best;
}

/** Years and months: stated years are explicit; a bare month resolves against the reference date. */
function resolveYearOrMonth(
  raw: RawDate,
  direction: Direction,
  history: boolean,
  reference: IsoDate | null,
): ResolvedDate {
  if (raw.year !== undefined) {
    const period =
      raw.month === undefined
        ? { start: isoOf(raw.year, 1, 1), end: isoOf(raw.year, 12, 31) }
        : monthPeriod(raw.year, raw.month);
    const result: ResolvedDate = {
      value: null,
      period,
      year: raw.year,
      resolvedBy: 'explicit',
      ...pastOrFuture(period, direction, history, reference),
    };
    if (raw.month !== undefined) result.month = raw.month;
    return result;
  }
  const month = raw.month as number;
  if (reference === null) {
    const modifierDirection =
      raw.modifier === 'last' ? 'past' : raw.modifier === 'next' ? 'future' : null;
    const leaning = history ? 'past' : (modifierDirection ?? direction);
    return {
      value: null,
      period: null,
      month,
      resolvedBy: 'unresolved',
      past: leaning === 'past',
      future: leaning === 'future',
    };
  }
  const year = bareMonthYear(reference, month, raw.modifier, history ? 'past' : direction);
  const period = monthPeriod(year, month);
  return {
    value: null,
    period,
    year,
    month,
    resolvedBy: 'reference-date',
    past: period.end < reference,
    future: period.start > reference,
  };
}

/**
 * Past/future of a stated year or month: a history marker makes it past; with a reference
 * date, its position; otherwise the tense of its clause ("In 2023 alone, China imported…").
 */
function pastOrFuture(
  period: DatePeriod,
  direction: Direction,
  history: boolean,
  reference: IsoDate | null,
): { past: boolean; future: boolean } {
  if (history) return { past: true, future: false };
  if (reference !== null) {
    if (period.end < reference) return { past: true, future: false };
    if (period.start > reference) return { past: false, future: true };
  }
  return { past: direction === 'past', future: direction === 'future' };
}

function monthPeriod(year: number, month: number): DatePeriod {
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return { start: isoOf(year, month, 1), end: isoOf(year, month, last) };
}

/**
 * Year of a bare month ("In July") seen from `reference`: "last"/"next" step strictly back or
 * forward from the current month, "this" stays in the reference year, a past or future clause
 * picks the latest occurrence on or before / the first on or after the reference month, and
 * otherwise the occurrence nearest in months (six months either way: the earlier one).
 */
export function bareMonthYear(
  reference: IsoDate,
  month: number,
  modifier: RawDate['modifier'],
  direction: Direction,
): number {
  const year = Number(reference.slice(0, 4));
  const current = Number(reference.slice(5, 7));
  if (modifier === 'this') return year;
  if (modifier === 'last') return month < current ? year : year - 1;
  if (modifier === 'next') return month > current ? year : year + 1;
  if (direction === 'past') return month <= current ? year : year - 1;
  if (direction === 'future') return month >= current ? year : year + 1;
  const difference = month - current;
  if (difference > 6) return year - 1;
  if (difference < -6) return year + 1;
  // Exactly six months apart either way: the earlier occurrence (−6 stays, +6 goes back a year).
  return difference === 6 ? year - 1 : year;
}

/**
 * Days from the reference date to the weekday meant, −7..+7:
 * - "next Tuesday": the first Tuesday strictly after; "last Monday"/"this past Monday": the
 *   last one strictly before; "this Friday"/"coming Friday": the next on or after.
 * - A future clause ("will meet … on Thursday") looks forward 0–6 days, a past clause ("said
 *   on Monday") back 0–6 days: a weekday written on that very day means that day.
 * - No tense cue: the nearest such day, never more than 3 days away (7 is odd, so no ties).
 */
export function weekdayOffset(
  referenceWeekday: number,
  weekday: number,
  modifier: RawDate['modifier'],
  direction: Direction,
): number {
  const ahead = (weekday - referenceWeekday + 7) % 7;
  const behind = (referenceWeekday - weekday + 7) % 7;
  if (modifier === 'next') return ahead === 0 ? 7 : ahead;
  if (modifier === 'last') return behind === 0 ? -7 : -behind;
  if (modifier === 'this') return ahead;
  if (direction === 'future') return ahead;
  // `0 - behind` rather than `-behind`, so that the same day is +0, not −0.
  if (direction === 'past') return 0 - behind;
  return ahead <= 3 ? ahead : 0 - behind;
}

function weekdayOf(date: IsoDate): number {
  return new Date(`${date}T00:00:00Z`).getUTCDay();
}

function resolveWeekday(
  raw: RawDate,
  direction: Direction,
  reference: IsoDate | null,
): ResolvedDate {
  const leaning = raw.modifier === 'last' ? 'past' : raw.modifier === 'next' ? 'future' : direction;
  if (reference === null) {
    return {
      value: null,
      period: null,
      resolvedBy: 'unresolved',
      past: leaning === 'past',
      future: leaning === 'future',
    };
  }
  const offset = weekdayOffset(
    weekdayOf(reference),
    raw.weekday as number,
    raw.modifier,
    direction,
  );
  const value = addDays(reference, offset);
  return {
    value,
    period: dayPeriod(value),
    year: Number(value.slice(0, 4)),
    month: Number(value.slice(5, 7)),
    resolvedBy: 'reference-date',
    past: offset < 0,
    future: offset > 0,
  };
}

/** Relative days and periods: fixed by the reference date, or unresolved without one. */
function resolveRelative(raw: RawDate, reference: IsoDate | null): ResolvedDate {
  const { unit, offset } = raw.relative as { unit: CalendarUnit; offset: number };
  if (reference === null) {
    return {
      value: null,
      period: null,
      resolvedBy: 'unresolved',
      past: offset < 0,
      future: offset > 0,
    };
  }
  const period = relativePeriod(reference, unit, offset);
  const result: ResolvedDate = {
    value: period.start === period.end ? period.start : null,
    period,
    resolvedBy: 'reference-date',
    past: offset < 0,
    future: offset > 0,
  };
  if (period.start.slice(0, 4) === period.end.slice(0, 4)) {
    result.year = Number(period.start.slice(0, 4));
    if (period.start.slice(5, 7) === period.end.slice(5, 7)) {
      result.month = Number(period.start.slice(5, 7));
    }
  }
  return result;
}

/** The period `offset` units from the reference date: a day, an ISO week, a weekend, a month, a year. */
function relativePeriod(reference: IsoDate, unit: CalendarUnit, offset: number): DatePeriod {
  switch (unit) {
    case 'day': {
      const day = addDays(reference, offset);
      return dayPeriod(day);
    }
    case 'week':
    case 'weekend': {
      // ISO weeks start on Monday: getUTCDay counts Sunday as 0, so Sunday is 6 days after Monday.
      const monday = addDays(reference, -((weekdayOf(reference) + 6) % 7) + offset * 7);
      return unit === 'week'
        ? { start: monday, end: addDays(monday, 6) }
        : { start: addDays(monday, 5), end: addDays(monday, 6) };
    }
    case 'month': {
      const year = Number(reference.slice(0, 4));
      const month = Number(reference.slice(5, 7)) - 1 + offset;
      const shiftedYear = year + Math.floor(month / 12);
      const shiftedMonth = ((month % 12) + 12) % 12;
      return monthPeriod(shiftedYear, shiftedMonth + 1);
    }
    case 'year': {
      const year = Number(reference.slice(0, 4)) + offset;
      return { start: isoOf(year, 1, 1), end: isoOf(year, 12, 31) };
    }
  }
}

/** Whether a history marker stands right before the date: "since 2019", "back in 2023", "as early as 2019". */
function isHistoryMarked(tokens: readonly Token[], first: number): boolean {
  const previous = tokens[first - 1];
  if (previous === undefined) return false;
  if (HISTORY_MARKERS.has(previous.norm)) return true;
  const beforePrevious = tokens[first - 2];
  return (
    beforePrevious !== undefined && HISTORY_BIGRAMS.has(`${beforePrevious.norm} ${previous.norm}`)
  );
}

const PAST = -1;
const FUTURE = 1;

/**
 * Tense cue of every token: +1 future ("will", "planned", "set to"), −1 past ("was", "said",
 * an "-ed" verb that no determiner makes an adjective), 0 none.
 */
function tenseCues(tokens: readonly Token[]): Int8Array {
  const cues = new Int8Array(tokens.length);
  tokens.forEach((token, index) => {
    if (token.kind !== 'word') return;
    cues[index] = tenseCueOf(token.norm, tokens[index - 1]?.norm, tokens[index + 1]?.norm);
  });
  return cues;
}

/** Tense cue of one word given its neighbours (see {@link tenseCues}). */
export function tenseCueOf(
  word: string,
  previous: string | undefined,
  next: string | undefined,
): number {
  if (FUTURE_CUES.has(word) || word.endsWith("'ll")) return FUTURE;
  if (FUTURE_BEFORE_TO.has(word) && next === 'to') return FUTURE;
  if (PAST_CUES.has(word)) return PAST;
  if (isPastParticipleVerb(word, previous)) return PAST;
  return 0;
}

/**
 * "embarked", "has warned": an "-ed" word is a past verb unless it is short, a known non-verb
 * ("hundred", "united"), hyphenated ("long-awaited") or follows a determiner that makes it an
 * adjective ("a planned meeting").
 */
function isPastParticipleVerb(word: string, previous: string | undefined): boolean {
  if (word.length < 5 || !word.endsWith('ed') || word.includes('-')) return false;
  if (ED_NOT_PAST.has(word)) return false;
  return previous === undefined || !ADJECTIVE_MAKERS.has(previous);
}

/**
 * The tense cue nearest to tokens [first, last), counting word tokens either way up to
 * {@link MAX_TENSE_CUE_DISTANCE}; equally near cues that disagree cancel out.
 */
function nearestTenseCue(cues: Int8Array, first: number, last: number): Direction {
  let left = first - 1;
  let right = last;
  for (let distance = 1; distance <= MAX_TENSE_CUE_DISTANCE; distance++) {
    const leftCue = left >= 0 ? (cues[left] as number) : 0;
    const rightCue = right < cues.length ? (cues[right] as number) : 0;
    if (leftCue !== 0 || rightCue !== 0) {
      const sum = leftCue + rightCue;
      if (sum === 0) return null;
      return sum > 0 ? 'future' : 'past';
    }
    left--;
    right++;
    if (left < 0 && right >= cues.length) break;
  }
  return null;
}

/** Double quotation marks that open, close, or (straight `"`) do either depending on neighbours. */
const OPENING_QUOTES: ReadonlySet<string> = new Set(['“', '„', '«']);
const CLOSING_QUOTES: ReadonlySet<string> = new Set(['”', '»']);

/**
 * 1 for each token inside double quotation marks. State is per sentence: the sentence
 * splitter keeps a quotation closed on the same line in one unit, and a quote left open at a
 * line break protects nothing. A closing mark with no opener quotes everything before it.
 */
function quotedTokens(tokens: readonly Token[], text: string): Uint8Array {
  const quoted = new Uint8Array(tokens.length);
  let open = false;
  let sawQuote = false;
  tokens.forEach((token, index) => {
    if (token.kind === 'punct') {
      const role = quoteRole(token, text);
      if (role === 'open') {
        open = true;
        sawQuote = true;
        return;
      }
      if (role === 'close') {
        if (!open && !sawQuote) quoted.fill(1, 0, index);
        open = false;
        sawQuote = true;
        return;
      }
    }
    if (open) quoted[index] = 1;
  });
  return quoted;
}

/** Whether a punctuation token opens or closes a quotation (straight quotes by their neighbours). */
function quoteRole(token: Token, text: string): 'open' | 'close' | null {
  if (OPENING_QUOTES.has(token.text)) return 'open';
  if (CLOSING_QUOTES.has(token.text)) return 'close';
  if (token.text !== '"') return null;
  const before = token.start === 0 ? ' ' : text.charAt(token.start - 1);
  const after = text.charAt(token.end);
  const spaceBefore = before === ' ' || before === '(' || before === '[' || before === '\t';
  const spaceAfter = after === '' || after === ' ' || after === '\t';
  return spaceBefore && !spaceAfter ? 'open' : 'close';
}
