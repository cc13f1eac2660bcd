// The public shape of a figure an article states: what it measures, its value and precision, what it quantifies.
import type { CurrencyCode } from '../../text/money-words.js';

/**
 * What a figure measures.
 * - `percent`: "6.7%", "155 percent", "27.5 per cent".
 * - `percentage-point`: "2 percentage points", "25 basis points" (0.25).
 * - `money`: a sum with a currency ("$550 billion", "€1.2 billion", "550bn dollars").
 * - `count`: how many of something ("53,000 personnel", "two leaders").
 * - `duration`: a length of time ("five-day visit" → 5 days); see {@link QuantityMention.timeUnit}.
 */
export type QuantityUnit = 'percent' | 'percentage-point' | 'money' | 'count' | 'duration';

export type { CurrencyCode } from '../../text/money-words.js';

/** Unit of a duration. */
export type TimeUnit = 'minute' | 'hour' | 'day' | 'week' | 'month' | 'year';

/** One figure stated in an article. */
export interface QuantityMention {
  /**
   * The figure, normalised: scale applied ("$550 billion" → 550e9), percentages as written
   * (6.7 for "6.7%"), basis points as percentage points. For a change, the new value (`change.to`);
   * for a range, its lower end (see `range`).
   */
  value: number;
  /** What the figure measures: percent, percentage points, money, a count or a duration. */
  unit: QuantityUnit;
  /** Currency of a sum of money. A bare `$` is read as US dollars, `¥` as Japanese yen. */
  currency?: CurrencyCode;
  /** Unit of a duration ("five-day" → `day`). */
  timeUnit?: TimeUnit;
  /** The scale word as written ("billion", "bn", "m"), or null when there is none. */
  scale: string | null;
  /**
   * Place value of the last digit written, in the units of `value`: "$2.8 trillion" → 1e11,
   * "53,000" → 1, "27.5%" → 0.1. {@link quantitiesAgree} allows half of it as rounding.
   */
  precision: number;
  /** The figure as written, from the first number or currency sign to the last unit word: "$550 billion", "27.5% to 15%". */
  text: string;
  /**
   * The noun phrase the figure quantifies, lower case and normalised ("us troops", "tariffs on
   * chinese imports", "planned investments"), or "" when the sentence does not say.
   */
  subject: string;
  /** Porter stems of the subject's content words, in order, without repeats ("investments" → "invest"). */
  subjectStems: string[];
  /** "from 27.5% to 15%" (or "to 15% from 27.5%"): the old and the new value. */
  change?: {
    /** The old value, normalised as `value`. */
    from: number;
    /** The new value, normalised as `value` (equal to `value`). */
    to: number;
  };
  /** A qualifier says the figure is not exact: about, roughly, nearly, more than, over, up to, as high as. */
  approximate: boolean;
  /**
   * Which side of the figure the truth lies on: `lower` for "more than", "over", "at least"
   * (the figure is a lower bound), `upper` for "up to", "as high as", "nearly", "less than".
   */
  bound?: 'lower' | 'upper';
  /** "10% to 40%", "between 10 and 15 percent", "2-3%": both ends, low first. */
  range?: [number, number];
  /** Index of the sentence in the array passed to the extractor. */
  sentenceIndex: number;
  /** Offset of the first character of `text` in the article text. */
  start: number;
  /** Offset one past the last character of `text` in the article text. */
  end: number;
}
