// The data model of date extraction: plain, serialisable records that point back into the article.
import type { IsoDate } from '../input/parse-date.js';

/**
 * Which textual shape a date mention has.
 * - `full`: day, month and year are all written ("October 24, 2025", "30 Oct 2025", "2025-10-30", "30/10/2025").
 * - `month-day`: a day and month without a year ("October 30", "Oct. 30", "30th of October").
 * - `month-year`: a month with or without a year ("In July", "in August 2024", "October 2025").
 * - `weekday`: a day of the week ("on Friday", "Thursday evening", "next Tuesday", "last Monday").
 * - `relative`: a day or period named relative to the article's own date ("yesterday", "next week", "two days ago").
 * - `year`: a year on its own ("In 2023", "since 2019", "the 2022 invasion").
 */
export type DateKind = 'full' | 'month-day' | 'month-year' | 'weekday' | 'relative' | 'year';

/**
 * How a mention's calendar value was fixed.
 * - `explicit`: the text alone fixes it (a full date, a year, a month-day whose year the same sentence states).
 * - `reference-date`: the reference date passed in was needed (a weekday, "yesterday", "October 30" without a year).
 * - `unresolved`: it could not be fixed: no reference date was given, or the text is ambiguous ("03/04/2025").
 */
export type DateResolution = 'explicit' | 'reference-date' | 'unresolved';

/** A span of calendar days, both ends included. */
export interface DatePeriod {
  /** First day of the span. */
  start: IsoDate;
  /** Last day of the span (equal to `start` for a single day). */
  end: IsoDate;
}

/** One date or date-like expression in an article. */
export interface DateMention {
  /** The words as written: "Friday, October 24", "Oct. 30", "last year". */
  text: string;
  /** Which textual shape the mention has (full date, month-day, weekday…). */
  kind: DateKind;
  /**
   * The calendar day the mention names, when it names one day and it could be resolved
   * (full dates always; month-day, weekday and day-relative mentions with a reference date).
   * Null for spans (a month, a year, "next week") and for what could not be resolved.
   */
  value: IsoDate | null;
  /**
   * The days the mention covers, when resolved: one day (`start === end`) for a day, the
   * month for "In July", the ISO week (Monday to Sunday) for "next week", the year for "In 2023".
   */
  period: DatePeriod | null;
  /** The year, when written or resolved. */
  year?: number;
  /** The month (1–12), when written or resolved. */
  month?: number;
  /** The day of the month (1–31), when written or resolved ("October 30" → 30 even without a year). */
  day?: number;
  /** How `value` and `period` were fixed: by the text alone, the reference date, or not at all. */
  resolvedBy: DateResolution;
  /** The mention stands inside quotation marks (someone else's words, not the reporter's). */
  quoted: boolean;
  /**
   * The mention is set before the article's own time: a history marker introduces it ("since
   * 2019", "back in 2023"), it counts backwards ("last year", "two days ago", "yesterday"),
   * it was resolved backwards from the reference date ("said on Monday"), or it is a year or
   * month named in a past-tense clause or before the reference date's year ("In 2023 alone,
   * China imported…").
   */
  past: boolean;
  /**
   * The mention is set after the article's own time: it counts forwards ("next week",
   * "tomorrow"), it was resolved forwards ("will meet on Thursday"), or scheduling language
   * is its nearest tense cue ("a planned meeting … on October 30, 2025").
   */
  future: boolean;
  /** Index of the sentence in the array passed to the extractor. */
  sentenceIndex: number;
  /** Offset of the first character in the article text. */
  start: number;
  /** Offset one past the last character in the article text. */
  end: number;
}

/** Options of {@link extractDates}. */
export interface ExtractDatesOptions {
  /**
   * The article's reference date (see `chooseReferenceDate`), used to resolve weekdays,
   * relative dates, month-day dates without a year and bare months. Without it those
   * mentions are returned with `resolvedBy: 'unresolved'`.
   */
  referenceDate?: IsoDate;
}
