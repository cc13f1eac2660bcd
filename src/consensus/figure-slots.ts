// What each figure of a sentence measures — a duration, an amount of one currency, a count of
// one thing, a percentage, a year — so aligned sentences compare like with like rather than
// one number per sentence.
import type { NumberMention } from '../align/sentence-profile.js';
import { scanDates } from '../extract/dates/scan.js';
import { type QuantityMention, sentenceQuantities, type TimeUnit } from '../extract/quantities.js';
import { stem } from '../text/stem.js';
import { tokenize } from '../text/tokenize.js';

/** A figure with the slot it fills and the value compared within that slot. */
export interface SlottedFigure {
  /**
   * What the figure measures: `percent`, `percentage-point`, `money:USD`, `duration`,
   * `count:troop` (a count of what its noun's stem says), `count:?` (a count of nothing
   * named), `year` (a year on its own, not part of a full date).
   */
  slot: string;
  /** The compared value: durations in days, years as the year, the rest as normalised. */
  value: number;
  /** The figure as written ("12 years", "$5 million", "2038"). */
  text: string;
  /** Offsets in the sentence. */
  start: number;
  end: number;
}

/** A slot in words, for labels: `money:USD` → "money, USD"; `count:troop` → "count of troop". */
export function describeSlot(slot: string): string {
  const [kind, detail] = slot.split(':');
  if (detail === undefined || detail === '?') return kind!;
  return kind === 'money' ? `money, ${detail}` : `${kind} of ${detail}`;
}

/** Days per unit of time, so "two years" and "24 months" fill one slot with one value. */
export const DAYS_PER_TIME_UNIT: Readonly<Record<TimeUnit, number>> = {
  minute: 1 / 1440,
  hour: 1 / 24,
  day: 1,
  week: 7,
  month: 365.25 / 12,
  year: 365.25,
};

// Words that end the head noun phrase a count quantifies: "tariffs on Chinese imports" counts tariffs.
const PHRASE_BREAK =
  /\s(?:of|on|in|for|from|to|at|with|by|against|into|over|under|about|across|per|who|which|that)\b.*$/;

/**
 * The slot of a figure the quantity extractor found: percentages and percentage points by
 * themselves, money per currency, durations together (their value in days), counts per the
 * stem of the noun they count ("53,000 US troops" → `count:troop`; "tariffs on imports" →
 * `count:tariff`), so "12 ships" is never compared with "53,000 troops".
 */
export function quantitySlot(quantity: QuantityMention): string {
  switch (quantity.unit) {
    case 'money':
      return `money:${quantity.currency ?? '?'}`;
    case 'count': {
      const head = quantity.subject.replace(PHRASE_BREAK, '').trim().split(/\s+/).pop() ?? '';
      return `count:${head === '' ? '?' : stem(head)}`;
    }
    default:
      return quantity.unit;
  }
}

/** The compared value of a quantity: durations in days, anything else as extracted. */
export function quantityValue(quantity: QuantityMention): number {
  if (quantity.unit === 'duration' && quantity.timeUnit !== undefined) {
    return quantity.value * DAYS_PER_TIME_UNIT[quantity.timeUnit];
  }
  return quantity.value;
}

/**
 * The figures of one sentence with their slots: each of the sentence's `numbers` (its profile's
 * figures) takes the slot of the quantity or year mention it lies in. A number inside a full or
 * month-day date ("May 19") takes none — dates are compared as dates — and neither does a
 * number that is no figure at all (a label, an ordinal).
 */
export function slotFigures(text: string, numbers: readonly NumberMention[]): SlottedFigure[] {
  if (numbers.length === 0) return [];
  const tokens = tokenize(text);
  const quantities = sentenceQuantities(text, tokens);
  const years: { start: number; end: number; value: number }[] = [];
  for (const date of scanDates(tokens)) {
    if (date.kind !== 'year' || date.year === undefined) continue;
    years.push({
      start: tokens[date.first]!.start,
      end: tokens[date.last - 1]!.end,
      value: date.year,
    });
  }
  const figures: SlottedFigure[] = [];
  // Numbers, quantities and years are all in text order: one merge pass, linear in the sentence.
  let q = 0;
  let y = 0;
  for (const number of numbers) {
    while (q < quantities.length && quantities[q]!.end <= number.start) q++;
    while (y < years.length && years[y]!.end <= number.start) y++;
    const quantity = quantities[q];
    if (quantity !== undefined && quantity.start < number.end) {
      figures.push({
        slot: quantitySlot(quantity),
        value: quantityValue(quantity),
        text: quantity.text,
        start: quantity.start,
        end: quantity.end,
      });
      continue;
    }
    const year = years[y];
    if (year !== undefined && year.start < number.end) {
      figures.push({
        slot: 'year',
        value: year.value,
        text: text.slice(year.start, year.end),
        start: year.start,
        end: year.end,
      });
    }
  }
  // One figure per quantity: a range or change ("from 27.5% to 15%") holds two of the numbers.
  return figures.filter(
    (figure, i) =>
      i === 0 || figures[i - 1]!.start !== figure.start || figures[i - 1]!.slot !== figure.slot,
  );
}
