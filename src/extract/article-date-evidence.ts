// Which stated dates plausibly say when an article was written: a dateline, or a date the body
// keeps coming back to — never a date from a background paragraph about the past.
import type { DateMention } from './date-types.js';

/**
 * Units from the top of an article where a dateline can stand. On the ECB+ dev articles
 * (issue 12) every dateline sat in units 0–4 (headline, "Posted on…", byline, place line,
 * lead); background dates sat further down (units 13–60).
 */
export const DATELINE_SENTENCES = 5;

/**
 * A lead unit's date is its dateline when it starts or ends the unit within this many
 * characters ("WASHINGTON, Jan. 5, 2009 —", "…in Washington, October 24, 2025.", "Posted on
 * May 3, 2013 by staff"). 30 takes a city, a country and an agency name before the date; a
 * date in the middle of a long lead sentence is the event's, which may be years back.
 */
export const DATELINE_EDGE_CHARS = 30;

/** Where a unit (sentence) lies in the article text. */
export interface UnitSpan {
  /** Offset of the unit's first character in the article text. */
  start: number;
  /** Offset one past the unit's last character. */
  end: number;
}

/** Why a stated date does (or does not) date the article. */
export type DatingEvidence = 'dateline' | 'lead' | 'repeated' | 'background';

/**
 * True when `mention` stands where a dateline stands: in one of the first
 * {@link DATELINE_SENTENCES} units and within {@link DATELINE_EDGE_CHARS} of that unit's start
 * or end. Without the units' spans, any date in those units counts.
 */
export function isDatelineDate(mention: DateMention, units?: readonly UnitSpan[]): boolean {
  if (!isLeadDate(mention)) return false;
  const unit = units?.[mention.sentenceIndex];
  if (!unit) return true;
  return (
    mention.start - unit.start <= DATELINE_EDGE_CHARS ||
    unit.end - mention.end <= DATELINE_EDGE_CHARS
  );
}

/** True when `mention` stands in one of the first {@link DATELINE_SENTENCES} units (headline, dateline, lead). */
export function isLeadDate(mention: DateMention): boolean {
  return mention.sentenceIndex < DATELINE_SENTENCES;
}

/**
 * How many times the article states each day as a full date: a report comes back to the day
 * it is about, while a background date is usually stated once. One pass.
 */
export function countStatedDays(statements: readonly DateMention[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const mention of statements) {
    if (mention.value !== null) counts.set(mention.value, (counts.get(mention.value) ?? 0) + 1);
  }
  return counts;
}

/** What {@link datingEvidence} needs about the whole article, computed once per article. */
export interface DatingContext {
  /** {@link latestStatedYear} of the article's mentions. */
  latestYear: number | null;
  /** {@link countStatedDays} of its full-date statements. */
  statedDays: ReadonlyMap<string, number>;
  /** The article's units, when known (see {@link isDatelineDate}). */
  units?: readonly UnitSpan[];
}

/**
 * The latest year the article states outside quotations and forecasts, from any date
 * mention: a year, a month, a full date. An article cannot have been written before it, so a
 * full date of an earlier year in its body is history ("the bombings of Oct. 10, 2002" in a
 * piece that says "in 2008").
 */
export function latestStatedYear(dates: readonly DateMention[]): number | null {
  let latest: number | null = null;
  for (const mention of dates) {
    if (mention.quoted || mention.future || mention.year === undefined) continue;
    if (mention.resolvedBy !== 'explicit') continue;
    if (latest === null || mention.year > latest) latest = mention.year;
  }
  return latest;
}

/**
 * Why the full date `mention` (of day `value`) does or does not date its article: a
 * `dateline`; else, when the article states no later year, a date in the `lead` ("Fresh
 * riots were reported on Saturday December 13 2008…") or one the body states twice
 * (`repeated`); otherwise `background` — a date the article mentions, not the day it was
 * written ("the bombings of Oct. 10, 2002", stated once, far down).
 */
export function datingEvidence(
  mention: DateMention,
  value: string,
  context: DatingContext,
): DatingEvidence {
  if (isDatelineDate(mention, context.units)) return 'dateline';
  if (context.latestYear !== null && context.latestYear > Number(value.slice(0, 4)))
    return 'background';
  if (isLeadDate(mention)) return 'lead';
  if ((context.statedDays.get(value) ?? 0) >= 2) return 'repeated';
  return 'background';
}
