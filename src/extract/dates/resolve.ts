// Resolving a found date expression against the reference date: the calendar day or period it
// names, with whether the year was stated or inferred (nearest month-day, past or future by tense).
import { addDays, daysBetween, type IsoDate, isRealDate } from '../../input/parse-date.js';
import type { Token } from '../../text/tokenize.js';
import type { DatePeriod, DateResolution } from '../date-types.js';
import type { CalendarUnit, RawDate } from './scan.js';
import { type Direction, isHistoryMarked, nearestTenseCue } from './tense.js';

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

export function resolveDate(raw: RawDate, context: ResolveContext): ResolvedDate {
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
