// Figures an article states (percentages, sums of money, counts, durations), normalised so
// "$550 billion" and "550bn dollars" compare equal, with the noun phrase each one quantifies.
// Token-based: one pass over each sentence's tokens; every look-around is bounded.
import { CorroborateError, describeType } from '../errors.js';
import { assertSentences } from '../text/assert-sentences.js';
import {
  ATTACHED_SCALE_EXPONENTS,
  CURRENCY_CODES,
  CURRENCY_SYMBOLS,
  CURRENCY_WORDS,
  type CurrencyCode,
  DOLLAR_PREFIXES,
  SCALE_EXPONENTS,
} from '../text/money-words.js';
import { stem } from '../text/stem.js';
import { isStopword } from '../text/stopwords.js';
import { type Token, tokenize } from '../text/tokenize.js';
import type { SentenceSpan } from '../text/types.js';
import { isPlainDigits, SMALL_NUMBER_WORDS, scanDates, tenseCueOf } from './dates.js';

/**
 * What a figure measures.
 * - `percent`: "6.7%", "155 percent", "27.5 per cent".
 * - `percentage-point`: "2 percentage points", "25 basis points" (0.25).
 * - `money`: a sum with a currency ("$550 billion", "€1.2 billion", "550bn dollars").
 * - `count`: how many of something ("53,000 personnel", "two leaders").
 * - `duration`: a length of time ("five-day visit" → 5 days); see {@link QuantityMention.timeUnit}.
 */
export type QuantityUnit = 'percent' | 'percentage-point' | 'money' | 'count' | 'duration';

export type { CurrencyCode } from '../text/money-words.js';

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

/** Number words beyond the small ones: multipliers of what comes before them. */
const MULTIPLIER_WORDS: ReadonlyMap<string, number> = new Map([
  ['dozen', 12],
  ['hundred', 100],
  ['thousand', 1e3],
  ['million', 1e6],
  ['billion', 1e9],
  ['trillion', 1e12],
]);

/** Nationality words before "dollars" that name a dollar other than the US one. */
const DOLLAR_NATIONALITIES: ReadonlyMap<string, CurrencyCode> = new Map([
  ['us', 'USD'],
  ['american', 'USD'],
  ['australian', 'AUD'],
  ['canadian', 'CAD'],
  ['singapore', 'SGD'],
  ['singaporean', 'SGD'],
  ['taiwan', 'TWD'],
  ['taiwanese', 'TWD'],
  ['zealand', 'NZD'],
  ['kong', 'HKD'],
]);

const TIME_UNITS: ReadonlyMap<string, TimeUnit> = new Map([
  ['minute', 'minute'],
  ['minutes', 'minute'],
  ['hour', 'hour'],
  ['hours', 'hour'],
  ['day', 'day'],
  ['days', 'day'],
  ['week', 'week'],
  ['weeks', 'week'],
  ['month', 'month'],
  ['months', 'month'],
  ['year', 'year'],
  ['years', 'year'],
]);

/** Qualifiers before a figure, longest first, with the side of the figure the truth lies on. */
const QUALIFIERS: readonly { words: readonly string[]; bound: 'lower' | 'upper' | null }[] = [
  { words: ['as', 'high', 'as'], bound: 'upper' },
  { words: ['as', 'much', 'as'], bound: 'upper' },
  { words: ['as', 'many', 'as'], bound: 'upper' },
  { words: ['no', 'more', 'than'], bound: 'upper' },
  { words: ['no', 'fewer', 'than'], bound: 'lower' },
  { words: ['no', 'less', 'than'], bound: 'lower' },
  { words: ['in', 'excess', 'of'], bound: 'lower' },
  { words: ['more', 'than'], bound: 'lower' },
  { words: ['less', 'than'], bound: 'upper' },
  { words: ['fewer', 'than'], bound: 'upper' },
  { words: ['up', 'to'], bound: 'upper' },
  { words: ['at', 'least'], bound: 'lower' },
  { words: ['at', 'most'], bound: 'upper' },
  { words: ['upwards', 'of'], bound: 'lower' },
  { words: ['close', 'to'], bound: null },
  { words: ['an', 'estimated'], bound: null },
  { words: ['about'], bound: null },
  { words: ['around'], bound: null },
  { words: ['roughly'], bound: null },
  { words: ['approximately'], bound: null },
  { words: ['approx'], bound: null },
  { words: ['some'], bound: null },
  { words: ['estimated'], bound: null },
  { words: ['circa'], bound: null },
  { words: ['nearly'], bound: 'upper' },
  { words: ['almost'], bound: 'upper' },
  { words: ['under'], bound: 'upper' },
  { words: ['below'], bound: 'upper' },
  { words: ['over'], bound: 'lower' },
  { words: ['above'], bound: 'lower' },
  { words: ['beyond'], bound: 'lower' },
  { words: ['exceeding'], bound: 'lower' },
];

/**
 * Lower-case words before a number that make it a label, not a figure: "article 5",
 * "flight 370", "resolution 2231", "No. 10".
 */
const LABEL_NOUNS: ReadonlySet<string> = new Set([
  'article',
  'articles',
  'section',
  'chapter',
  'clause',
  'resolution',
  'paragraph',
  'page',
  'pages',
  'no',
  'nos',
  'number',
  'flight',
  'route',
  'room',
  'item',
  'rule',
  'amendment',
  'phase',
  'level',
  'category',
  'version',
  'model',
  'gate',
  'platform',
  'terminal',
  'seat',
  'row',
  'episode',
  'season',
  'volume',
  'vol',
  'part',
  'figure',
  'table',
  'step',
  'code',
  'title',
  'game',
  'stage',
]);

/** Words after a number that make it a time of day ("8 p.m.", "10 o'clock", "9 GMT"). */
const CLOCK_WORDS: ReadonlySet<string> = new Set([
  'am',
  'pm',
  "o'clock",
  'oclock',
  'gmt',
  'utc',
  'est',
  'edt',
  'bst',
  'cet',
  'jst',
  'kst',
]);

/** Words that end a subject noun phrase or cannot be its head though not stopwords. */
const NON_SUBJECT_WORDS: ReadonlySet<string> = new Set([
  'according',
  'ago',
  'times',
  'fold',
  'percent',
  'per',
  'cent',
  'points',
  'point',
  'said',
  'says',
  'say',
  'told',
  'compared',
  'respectively',
  'alone',
  'last',
  'next',
  'year',
  'years',
  'month',
  'months',
  'week',
  'weeks',
  'day',
  'days',
  'versus',
  'vs',
  'following',
  'lower',
  'higher',
  'late',
  'early',
  'earlier',
  'later',
  'full',
  'ahead',
  'behind',
]);

/** Adverbs that may sit between a sum and what it buys ("$350 billion upfront in …"). */
const SKIPPABLE_AFTER_FIGURE: ReadonlySet<string> = new Set([
  'upfront',
  'annually',
  'apiece',
  'overall',
  'total',
  'each',
  'yearly',
]);

/**
 * Words between a figure and the noun phrase before it that say how they relate, not what is
 * counted ("tariffs … to as high as 155%", "trade surging 26%", "aid totaling $61 billion").
 */
const LINK_WORDS: ReadonlySet<string> = new Set([
  'to',
  'at',
  'by',
  'of',
  'as',
  'high',
  'low',
  'much',
  'many',
  'than',
  'more',
  'less',
  'fewer',
  'about',
  'around',
  'nearly',
  'almost',
  'over',
  'under',
  'up',
  'beyond',
  'worth',
  'reach',
  'reached',
  'reaches',
  'hit',
  'hits',
  'stood',
  'stands',
  'rose',
  'fell',
  'grew',
  'was',
  'were',
  'is',
  'are',
  'be',
  'been',
  'from',
  'some',
  'an',
  'roughly',
  'approximately',
  'estimated',
  'just',
  'least',
  'most',
  'already',
  'now',
  'still',
]);

/** Prepositions that may join two nouns inside one subject ("tariffs on Chinese imports", "aid to Ukraine"). */
const SUBJECT_PREPOSITIONS: ReadonlySet<string> = new Set(['on', 'of', 'for', 'in', 'to']);

/** Most words a subject noun phrase takes on either side of its preposition. */
const MAX_SUBJECT_WORDS = 3;
/** Most link words skipped between a figure and the noun phrase before it (see {@link LINK_WORDS}). */
const MAX_LINK_WORDS = 5;
/**
 * Integers written with this many digits or more and no thousands separators are
 * identifiers (phone numbers, case numbers, serials): news writes "10,000,000", not "10000000".
 */
const IDENTIFIER_MIN_DIGITS = 7;

/** A number read from the tokens, before its unit is known. */
interface ParsedNumber {
  value: number;
  /** Place value of the last digit or number word written (before scale). */
  precision: number;
  /** Tokens [first, last) of the number with its currency, sign and scale. */
  first: number;
  last: number;
  /** Token of the first digit or number word ("2.8" in "US$ 2.8 trillion", "a" in "a dozen"). */
  numberFirst: number;
  /** Scale word as written ("billion", "bn"), if any. */
  scale: string | null;
  /** What the scale multiplied the written number by (1 without a scale). */
  multiplier: number;
  /** Currency from a symbol glued to the number or written just before it. */
  currency?: CurrencyCode;
  /** Written with a `%` sign. */
  percent: boolean;
  /** The rest of a hyphenated compound after the number ("day" in "five-day", "strong" in "53,000-strong"). */
  compound?: string;
}

/** A figure with its unit, before ranges, changes and subjects are attached. */
interface Figure extends ParsedNumber {
  unit: QuantityUnit | null;
  timeUnit?: TimeUnit;
  approximate: boolean;
  bound?: 'lower' | 'upper';
  /** First token of the qualifier before the figure ("as high as"), or `first`. */
  qualifierFirst: number;
}

/**
 * Finds the figures each sentence states: percentages, sums of money (with scale and currency),
 * counts with what they count, and durations. Years, dates, times of day, labels ("Article 5",
 * "Air Force One", "Group of 20"), identifiers (phone numbers, "COVID-19", "G7"), ordinals and
 * the pronoun "one" are not figures. Ranges ("10% to 40%") and changes ("from 27.5% to 15%")
 * come back as one mention. Results are in text order.
 *
 * @throws CorroborateError `INVALID_ARTICLE` when `sentences` is not an array of sentence spans.
 */
export function extractQuantities(sentences: readonly SentenceSpan[]): QuantityMention[] {
  assertSentences(sentences, 'extractQuantities');
  const mentions: QuantityMention[] = [];
  sentences.forEach((sentence, sentenceIndex) => {
    if (!mayContainQuantity(sentence.text)) return;
    const tokens = tokenize(sentence.text);
    for (const mention of quantitiesInSentence(tokens, sentence, sentenceIndex)) {
      mentions.push(mention);
    }
  });
  return mentions;
}

/**
 * Cheap pre-check: a sentence without a digit and without a number word holds no figure.
 * The alternatives are fixed strings, so the test is linear.
 */
const QUANTITY_HINT =
  /\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|dozen|hundred|thousand|million|billion|trillion/i;

function mayContainQuantity(text: string): boolean {
  return QUANTITY_HINT.test(text);
}

function quantitiesInSentence(
  tokens: readonly Token[],
  sentence: SentenceSpan,
  sentenceIndex: number,
): QuantityMention[] {
  const used = new Uint8Array(tokens.length);
  for (const date of scanDates(tokens)) {
    if (date.kind !== 'weekday') used.fill(1, date.first, date.last);
  }
  markDigitChains(tokens, used);
  markScores(tokens, used);
  const mentions: QuantityMention[] = [];
  // The previous figure in the sentence, so "trade surging 26% to $240 billion" can share a subject.
  let previous: { first: number; last: number; subject: string[] } | null = null;
  let index = 0;
  while (index < tokens.length) {
    if (used[index] === 1) {
      index++;
      continue;
    }
    const figure = figureAt(tokens, index, used);
    if (figure === null) {
      index++;
      continue;
    }
    const combined = combineRangeOrChange(tokens, figure, used);
    const unit = combined.figure.unit;
    const forward = forwardSubject(tokens, combined.last, combined.figure);
    let subject = forward;
    if (subject.length === 0) {
      subject = backwardSubject(tokens, combined.subjectSearchStart, previous);
    }
    if (unit === null) {
      // A bare number is a count only when it says what it counts.
      if (subject.length === 0) {
        index = combined.last;
        continue;
      }
    }
    used.fill(1, combined.figure.qualifierFirst, combined.last);
    mentions.push(toMention(tokens, sentence, sentenceIndex, combined, subject));
    previous = { first: combined.figure.qualifierFirst, last: combined.last, subject };
    index = combined.last;
  }
  return mentions;
}

/** The figure starting at token `index`: a number with its sign, currency, scale, qualifier and unit. */
function figureAt(tokens: readonly Token[], index: number, used: Uint8Array): Figure | null {
  const parsed = numberAt(tokens, index);
  if (parsed === null) return null;
  if (isNotAFigure(tokens, parsed)) return null;
  for (let cursor = parsed.first; cursor < parsed.last; cursor++) {
    if (used[cursor] === 1) return null;
  }
  return withUnit(tokens, parsed);
}

/** Reads digits or number words at `index` (with a glued or preceding currency and a scale). */
function numberAt(tokens: readonly Token[], index: number): ParsedNumber | null {
  const token = tokens[index] as Token;
  if (token.kind === 'number') return digitsAt(tokens, index);
  if (token.kind === 'word') return numberWordsAt(tokens, index);
  return null;
}

/** "53,000", "$2.8", "27.5%", followed by an optional scale ("billion", glued "bn"/"m"). */
function digitsAt(tokens: readonly Token[], index: number): ParsedNumber | null {
  const token = tokens[index] as Token;
  if (token.ordinal === true || token.value === undefined || !Number.isFinite(token.value)) {
    return null;
  }
  const parsed: ParsedNumber = {
    value: token.value,
    precision: writtenPrecision(token.norm),
    first: index,
    last: index + 1,
    numberFirst: index,
    scale: null,
    multiplier: 1,
    percent: token.percent === true,
  };
  const currency = currencyBefore(tokens, index);
  if (currency !== null) {
    parsed.currency = currency.code;
    parsed.first = currency.first;
  }
  if (isNegativeSign(tokens, index)) {
    parsed.value = -parsed.value;
    parsed.first = Math.min(parsed.first, index - 1);
  }
  if (!parsed.percent) applyScale(tokens, parsed);
  applyCompound(tokens, parsed);
  return parsed;
}

/** Place value of the last digit of a plain decimal: "550" → 1, "2.8" → 0.1, "27.55" → 0.01. */
function writtenPrecision(norm: string): number {
  const dot = norm.indexOf('.');
  return dot < 0 ? 1 : 10 ** -(norm.length - dot - 1);
}

/** A scale word after the number: "billion", "bn", or a glued single letter ("$3m"). */
function applyScale(tokens: readonly Token[], parsed: ParsedNumber): void {
  const next = tokens[parsed.last];
  if (next === undefined || next.kind !== 'word') return;
  const numberToken = tokens[parsed.last - 1] as Token;
  const glued = numberToken.end === next.start;
  const exponent =
    SCALE_EXPONENTS.get(next.norm) ?? (glued ? ATTACHED_SCALE_EXPONENTS.get(next.norm) : undefined);
  if (exponent === undefined) return;
  const multiplier = 10 ** exponent;
  parsed.value *= multiplier;
  parsed.precision *= multiplier;
  parsed.multiplier = multiplier;
  parsed.scale = next.text;
  parsed.last += 1;
}

/** "53,000-strong", "5-day": a hyphen glued between the number and a word. */
function applyCompound(tokens: readonly Token[], parsed: ParsedNumber): void {
  const hyphen = tokens[parsed.last];
  const word = tokens[parsed.last + 1];
  const before = tokens[parsed.last - 1] as Token;
  if (hyphen === undefined || word === undefined || word.kind !== 'word') return;
  if (!isHyphen(hyphen) || before.end !== hyphen.start || hyphen.end !== word.start) return;
  parsed.compound = word.norm;
  parsed.last += 2;
}

function isHyphen(token: Token): boolean {
  return token.kind === 'punct' && (token.text === '-' || token.text === '‐' || token.text === '‑');
}

/** Dashes that join the two ends of a range ("10-15%", "10–15%"). */
function isRangeDash(token: Token | undefined): boolean {
  return (
    token !== undefined &&
    token.kind === 'punct' &&
    (token.text === '-' || token.text === '–' || token.text === '‑' || token.text === '‐')
  );
}

/**
 * A minus sign glued to the number with space before it ("growth of -0.5%", "−2%"), so the
 * dash of a range ("10-15") is never read as one.
 */
function isNegativeSign(tokens: readonly Token[], index: number): boolean {
  const sign = tokens[index - 1];
  const number = tokens[index] as Token;
  if (sign === undefined || sign.kind !== 'punct') return false;
  if (sign.text !== '-' && sign.text !== '−') return false;
  if (sign.end !== number.start) return false;
  const before = tokens[index - 2];
  return before === undefined || (before.end < sign.start && before.kind !== 'number');
}

/**
 * Currency written just before the number: glued to it ("$550", "US$2.8", "HK$10"), as a
 * separate sign ("US$ 2.8"), or as a code ("USD 5 billion").
 */
function currencyBefore(
  tokens: readonly Token[],
  index: number,
): { code: CurrencyCode; first: number } | null {
  const token = tokens[index] as Token;
  let symbol = token.currency;
  let first = index;
  if (symbol === undefined) {
    const previous = tokens[index - 1];
    if (
      previous !== undefined &&
      previous.kind === 'symbol' &&
      CURRENCY_SYMBOLS.has(previous.text)
    ) {
      symbol = previous.text;
      first = index - 1;
    } else if (
      previous !== undefined &&
      previous.kind === 'word' &&
      CURRENCY_CODES.has(previous.norm)
    ) {
      return { code: previous.norm.toUpperCase() as CurrencyCode, first: index - 1 };
    } else {
      return null;
    }
  }
  const code = CURRENCY_SYMBOLS.get(symbol);
  if (code === undefined) return null;
  if (symbol !== '$') return { code, first };
  const prefix = tokens[first - 1];
  const symbolStart = first === index ? token.start : (tokens[first] as Token).start;
  if (prefix !== undefined && prefix.kind === 'word' && prefix.end === symbolStart) {
    const dollar = DOLLAR_PREFIXES.get(prefix.norm);
    if (dollar !== undefined) return { code: dollar, first: first - 1 };
  }
  return { code, first };
}

/**
 * Number words: "two", "twenty-five", "three hundred", "a dozen", "1.5 million" is digits.
 * "five-day" reads 5 with the compound "day". Returns null for "one" used as a pronoun.
 */
function numberWordsAt(tokens: readonly Token[], index: number): ParsedNumber | null {
  const start = tokens[index] as Token;
  let cursor = index;
  let total = 0;
  let current = 0;
  let seen = false;
  let previousWasTens = false;
  let precision = 1;
  let lastWasMultiplier = false;
  let compound: string | undefined;
  if (start.norm === 'a' || start.norm === 'an') {
    const next = tokens[index + 1];
    if (next === undefined || !MULTIPLIER_WORDS.has(next.norm)) return null;
    current = 1;
    seen = true;
    cursor++;
  }
  while (cursor < tokens.length) {
    const token = tokens[cursor] as Token;
    if (token.kind !== 'word') break;
    const parts = token.norm.split('-');
    let consumed = 0;
    for (const part of parts) {
      const small = SMALL_NUMBER_WORDS.get(part);
      const multiplier = MULTIPLIER_WORDS.get(part);
      if (small !== undefined) {
        // "twenty five" continues a number; "five two" does not.
        if (seen && !lastWasMultiplier && !(previousWasTens && small < 10)) break;
        current += small;
        previousWasTens = small >= 20 && small % 10 === 0;
        lastWasMultiplier = false;
        precision = 1;
      } else if (multiplier !== undefined && (seen || multiplier >= 100)) {
        if (multiplier === 12 || multiplier === 100) {
          current = (current === 0 ? 1 : current) * multiplier;
        } else {
          total += (current === 0 ? 1 : current) * multiplier;
          current = 0;
        }
        precision = multiplier;
        previousWasTens = false;
        lastWasMultiplier = true;
      } else {
        break;
      }
      seen = true;
      consumed++;
    }
    if (consumed === 0) break;
    cursor++;
    if (consumed < parts.length) {
      // "five-day": the number ends inside the word; the rest is a compound.
      compound = parts.slice(consumed).join('-');
      break;
    }
    // "two hundred and fifty".
    if (
      tokens[cursor]?.norm === 'and' &&
      lastWasMultiplier &&
      SMALL_NUMBER_WORDS.has(tokens[cursor + 1]?.norm ?? '')
    ) {
      cursor++;
    }
  }
  if (!seen || cursor === index) return null;
  const value = total + current;
  if (value === 0) return null;
  const parsed: ParsedNumber = {
    value,
    precision,
    first: index,
    last: cursor,
    numberFirst: index,
    scale: null,
    multiplier: 1,
    percent: false,
  };
  if (compound !== undefined) parsed.compound = compound;
  else applyCompound(tokens, parsed);
  const currency = currencyBefore(tokens, index);
  if (currency !== null) {
    parsed.currency = currency.code;
    parsed.first = currency.first;
  }
  return parsed;
}

/**
 * Rules that keep numbers that are not figures out, each named for what it recognises.
 * The date scan has already removed years and dates.
 */
function isNotAFigure(tokens: readonly Token[], parsed: ParsedNumber): boolean {
  return (
    isPronounOne(tokens, parsed) ||
    isAge(tokens, parsed) ||
    isMultiplier(tokens, parsed) ||
    isClockTime(tokens, parsed) ||
    isIdentifierNumber(tokens, parsed) ||
    isLabelNumber(tokens, parsed) ||
    isNameNumberWord(tokens, parsed)
  );
}

/** "one of the", "no one", "one day": "one" alone is a pronoun or determiner, not a count of one. */
function isPronounOne(tokens: readonly Token[], parsed: ParsedNumber): boolean {
  const token = tokens[parsed.last - 1] as Token;
  return (
    parsed.value === 1 &&
    parsed.scale === null &&
    parsed.compound === undefined &&
    parsed.currency === undefined &&
    token.kind === 'word'
  );
}

/**
 * "a 79-year-old man", "79 years old": an age describes a person; two articles giving
 * different ages are not disagreeing about a figure of the story.
 */
function isAge(tokens: readonly Token[], parsed: ParsedNumber): boolean {
  if (parsed.compound !== undefined) {
    return parsed.compound.endsWith('-old') || parsed.compound === 'year-old';
  }
  const unit = tokens[parsed.last];
  return (
    unit !== undefined &&
    TIME_UNITS.get(unit.norm) === 'year' &&
    tokens[parsed.last + 1]?.norm === 'old'
  );
}

/**
 * "six times", "a threefold rise", "a 10-fold increase": a ratio between two figures, not a
 * figure of its own; reading "six times" as a count of six would compare it with counts.
 */
function isMultiplier(tokens: readonly Token[], parsed: ParsedNumber): boolean {
  if (parsed.compound === 'fold') return true;
  const next = tokens[parsed.last];
  return next !== undefined && (next.norm === 'times' || next.norm === 'fold');
}

/** "8 p.m.", "10 o'clock", "8:30", "8.30pm": times of day, not figures. */
function isClockTime(tokens: readonly Token[], parsed: ParsedNumber): boolean {
  const next = tokens[parsed.last];
  const number = tokens[parsed.last - 1] as Token;
  if (next === undefined) return isAfterColon(tokens, parsed.first);
  if (next.kind === 'word' && CLOCK_WORDS.has(next.norm)) return true;
  // "8:30" or "8.30pm": a colon or dot glued between digits.
  if ((next.text === ':' || next.text === '.') && next.start === number.end) {
    const after = tokens[parsed.last + 1];
    if (after !== undefined && after.start === next.end && /^\d/.test(after.text)) return true;
  }
  return isAfterColon(tokens, parsed.first);
}

/** The "30" of "8:30": the minutes of a time. */
function isAfterColon(tokens: readonly Token[], first: number): boolean {
  const colon = tokens[first - 1];
  const hour = tokens[first - 2];
  const number = tokens[first] as Token;
  return (
    colon !== undefined &&
    hour !== undefined &&
    (colon.text === ':' || colon.text === '.') &&
    colon.start === hour.end &&
    colon.end === number.start &&
    hour.kind === 'number'
  );
}

/**
 * Phone numbers, serials and codes: a leading zero ("0123"), seven or more digits with no
 * separators, a glued "+", or bare numbers separated only by spaces ("202 555 0123"). Chains
 * of digit groups ("555-0123", "24/7") are removed beforehand by {@link markDigitChains}.
 */
function isIdentifierNumber(tokens: readonly Token[], parsed: ParsedNumber): boolean {
  const index = parsed.numberFirst;
  const token = tokens[index] as Token;
  if (token.kind !== 'number') return false;
  const text = token.norm;
  if (text.length > 1 && text.startsWith('0') && !text.startsWith('0.')) return true;
  if (isPlainDigits(token, IDENTIFIER_MIN_DIGITS, Number.POSITIVE_INFINITY)) return true;
  const before = tokens[index - 1];
  if (before !== undefined && before.text === '+' && before.end === token.start) return true;
  const previous = tokens[index - 1];
  const next = tokens[index + 1];
  const bareNext =
    next !== undefined && next.kind === 'number' && next.currency === undefined && !next.percent;
  const barePrevious =
    previous !== undefined && previous.kind === 'number' && previous.currency === undefined;
  return token.currency === undefined && token.percent !== true && (bareNext || barePrevious);
}

/**
 * Marks digit groups glued by "/" ("24/7", "1/2"), three or more glued by "-" ("1-800-555"),
 * and two hyphenated groups with seven digits or more ("555-0123") as used: identifiers and
 * fractions, not a range like "10-15". One pass over the sentence, each chain walked once.
 */
function markDigitChains(tokens: readonly Token[], used: Uint8Array): void {
  let index = 0;
  while (index < tokens.length) {
    if (tokens[index]?.kind !== 'number') {
      index++;
      continue;
    }
    let groups = 1;
    let digits = (tokens[index] as Token).norm.length;
    let slash = false;
    let cursor = index;
    while (isChainLink(tokens, cursor, cursor + 1, cursor + 2)) {
      if ((tokens[cursor + 1] as Token).text === '/') slash = true;
      groups++;
      digits += (tokens[cursor + 2] as Token).norm.length;
      cursor += 2;
    }
    if (groups > 1 && (slash || groups >= 3 || digits >= IDENTIFIER_MIN_DIGITS)) {
      used.fill(1, index, cursor + 1);
    }
    index = cursor + 1;
  }
}

/**
 * Marks match scores and vote tallies as used: two small whole numbers joined by a dash, the
 * first not smaller ("beat Ghana 2–1", "3-2", "1-1"). Ranges are written low to high ("2-3%").
 */
function markScores(tokens: readonly Token[], used: Uint8Array): void {
  for (let index = 0; index + 2 < tokens.length; index++) {
    const first = tokens[index] as Token;
    const dash = tokens[index + 1] as Token;
    const second = tokens[index + 2] as Token;
    if (!isPlainDigits(first, 1, 2) || !isPlainDigits(second, 1, 2) || !isRangeDash(dash)) continue;
    if (first.end !== dash.start || dash.end !== second.start) continue;
    if (second.percent === true || tokens[index + 3]?.text === '%') continue;
    if (Number(first.text) >= Number(second.text)) used.fill(1, index, index + 3);
  }
}

function isChainLink(
  tokens: readonly Token[],
  left: number,
  middle: number,
  right: number,
): boolean {
  const a = tokens[left];
  const separator = tokens[middle];
  const b = tokens[right];
  return (
    a !== undefined &&
    separator !== undefined &&
    b !== undefined &&
    a.kind === 'number' &&
    b.kind === 'number' &&
    (separator.text === '-' || separator.text === '/') &&
    a.end === separator.start &&
    separator.end === b.start
  );
}

/**
 * A bare number that names something: after a capitalised word inside a name ("Air Force
 * One", "Boeing 737", "Group of 20"), or after a label noun ("article 5", "No. 10").
 * Sums and percentages are never labels.
 */
function isLabelNumber(tokens: readonly Token[], parsed: ParsedNumber): boolean {
  if (parsed.currency !== undefined || parsed.percent) return false;
  let previousIndex = parsed.first - 1;
  // "No. 10": skip the abbreviation's dot.
  if (tokens[previousIndex]?.text === '.') previousIndex--;
  const previous = tokens[previousIndex];
  if (previous === undefined || previous.kind !== 'word') return false;
  if (LABEL_NOUNS.has(previous.norm)) return true;
  if (previous.norm === 'of') {
    // "the Group of 20"; but not "Inflation of 2-3%", capitalised only as the first word.
    const owner = tokens[previousIndex - 1];
    return (
      owner !== undefined &&
      owner.kind === 'word' &&
      isCapitalisedWord(owner) &&
      previousIndex - 1 > 0
    );
  }
  // A capitalised word at the start of the sentence is just capitalised ("About 500 troops").
  const beforePrevious = tokens[previousIndex - 1];
  return (
    isCapitalisedWord(previous) && beforePrevious !== undefined && beforePrevious.kind === 'word'
  );
}

/** "Air Force One", "Group of Seven", "Formula One": a capitalised number word inside a sentence is a name. */
function isNameNumberWord(tokens: readonly Token[], parsed: ParsedNumber): boolean {
  const token = tokens[parsed.numberFirst] as Token;
  if (token.kind !== 'word' || !isCapitalisedWord(token)) return false;
  const previous = tokens[parsed.numberFirst - 1];
  return previous !== undefined && (previous.kind === 'word' || previous.text === ',');
}

function isCapitalisedWord(token: Token): boolean {
  const first = token.text.charAt(0);
  return first !== first.toLowerCase();
}

/** Attaches the unit (percent, percentage points, money, duration, or none yet) and the qualifier. */
function withUnit(tokens: readonly Token[], parsed: ParsedNumber): Figure {
  const figure: Figure = {
    ...parsed,
    unit: null,
    approximate: false,
    qualifierFirst: parsed.first,
  };
  applyQualifier(tokens, figure);
  if (parsed.percent) {
    figure.unit = 'percent';
    if (isPercentagePointsAfter(tokens, figure.last)) {
      figure.unit = 'percentage-point';
      figure.last += 1;
    }
    return figure;
  }
  if (applyPercentWords(tokens, figure)) return figure;
  if (figure.compound !== undefined) {
    const timeUnit = TIME_UNITS.get(figure.compound);
    if (timeUnit !== undefined) {
      figure.unit = 'duration';
      figure.timeUnit = timeUnit;
    }
    return figure;
  }
  if (applyCurrencyAfter(tokens, figure)) return figure;
  if (figure.currency !== undefined) {
    figure.unit = 'money';
    return figure;
  }
  const next = tokens[figure.last];
  const timeUnit = next === undefined ? undefined : TIME_UNITS.get(next.norm);
  if (timeUnit !== undefined) {
    figure.unit = 'duration';
    figure.timeUnit = timeUnit;
    figure.last += 1;
  }
  return figure;
}

/** "percent", "pct", "per cent", a spaced "%", "percentage points", "basis points". */
function applyPercentWords(tokens: readonly Token[], figure: Figure): boolean {
  const next = tokens[figure.last];
  if (next === undefined) return false;
  let end = -1;
  if (next.norm === 'percent' || next.norm === 'pct' || next.text === '%') end = figure.last + 1;
  else if (next.norm === 'per' && tokens[figure.last + 1]?.norm === 'cent') end = figure.last + 2;
  if (end >= 0) {
    figure.unit = 'percent';
    figure.last = end;
    if (isPercentagePointsAfter(tokens, end)) {
      figure.unit = 'percentage-point';
      figure.last = end + 1;
    }
    return true;
  }
  if (next.norm === 'percentage' && isPointsWord(tokens[figure.last + 1])) {
    figure.unit = 'percentage-point';
    figure.last += 2;
    return true;
  }
  if (next.norm === 'percentage-point' || next.norm === 'percentage-points') {
    figure.unit = 'percentage-point';
    figure.last += 1;
    return true;
  }
  if (next.norm === 'basis' && isPointsWord(tokens[figure.last + 1])) {
    // A basis point is a hundredth of a percentage point.
    figure.unit = 'percentage-point';
    figure.value /= 100;
    figure.precision /= 100;
    figure.last += 2;
    return true;
  }
  return false;
}

function isPointsWord(token: Token | undefined): boolean {
  return token !== undefined && (token.norm === 'points' || token.norm === 'point');
}

/** "5% points" is rare; "5 percentage points" is handled by {@link applyPercentWords}. */
function isPercentagePointsAfter(tokens: readonly Token[], index: number): boolean {
  return isPointsWord(tokens[index]) && tokens[index]?.norm === 'points';
}

/** "550bn dollars", "2.8 trillion US dollars", "5 billion EUR", "3 trillion won". */
function applyCurrencyAfter(tokens: readonly Token[], figure: Figure): boolean {
  let cursor = figure.last;
  let nationality: CurrencyCode | undefined;
  const first = tokens[cursor];
  if (first === undefined || first.kind !== 'word') return false;
  if (CURRENCY_CODES.has(first.norm) && isAllCaps(first)) {
    figure.currency = first.norm.toUpperCase() as CurrencyCode;
    figure.unit = 'money';
    figure.last = cursor + 1;
    return true;
  }
  // One or two nationality words may stand before "dollars": "US", "Hong Kong", "New Zealand".
  for (let step = 0; step < 2; step++) {
    const token = tokens[cursor];
    if (token === undefined || token.kind !== 'word') return false;
    if (CURRENCY_WORDS.has(token.norm)) break;
    if (!isCapitalisedWord(token)) return false;
    nationality = DOLLAR_NATIONALITIES.get(token.norm) ?? nationality;
    cursor++;
  }
  const word = tokens[cursor];
  if (word === undefined) return false;
  const code = CURRENCY_WORDS.get(word.norm);
  if (code === undefined) return false;
  // "won" is a verb far more often than a currency: only after a scale word or "Korean".
  if (word.norm === 'won' && figure.scale === null && cursor === figure.last) return false;
  figure.currency = code === 'USD' && nationality !== undefined ? nationality : code;
  figure.unit = 'money';
  figure.last = cursor + 1;
  return true;
}

/** "US", "U.S.", "EU": two or more letters, all capitals. */
function isInitialism(token: Token): boolean {
  return token.initialism === true || (token.text.length >= 2 && isAllCaps(token));
}

function isAllCaps(token: Token): boolean {
  return token.text === token.text.toUpperCase();
}

/** A qualifier right before the figure ("as high as 155%", "more than $300 billion", "about 50%"). */
function applyQualifier(tokens: readonly Token[], figure: Figure): void {
  for (const qualifier of QUALIFIERS) {
    const length = qualifier.words.length;
    const first = figure.first - length;
    if (first < 0) continue;
    let matches = true;
    for (let offset = 0; offset < length && matches; offset++) {
      matches = tokens[first + offset]?.norm === qualifier.words[offset];
    }
    if (!matches) continue;
    figure.approximate = true;
    if (qualifier.bound !== null) figure.bound = qualifier.bound;
    figure.qualifierFirst = first;
    return;
  }
}

/** A figure combined with a second one into a range or a change, and where to look for its subject. */
interface CombinedFigure {
  figure: Figure;
  /** Token after the whole expression. */
  last: number;
  /** Token before which the backward subject search starts (before "from", "between", qualifiers). */
  subjectSearchStart: number;
  /** Tokens [textFirst, last) are the written text (without "from"/"between" and the first qualifier). */
  textFirst: number;
  change?: { from: number; to: number };
  range?: [number, number];
}

/** Index after a qualifier phrase starting at `index` ("to as much as 40%"), or `index` itself. */
function skipQualifier(tokens: readonly Token[], index: number): number {
  for (const qualifier of QUALIFIERS) {
    const length = qualifier.words.length;
    let matches = true;
    for (let offset = 0; offset < length && matches; offset++) {
      matches = tokens[index + offset]?.norm === qualifier.words[offset];
    }
    if (matches) return index + length;
  }
  return index;
}

/**
 * "from 27.5% to 15%" and "to 15% from 27.5%" (changes); "10% to 40%", "between 10 and 15
 * percent", "2-3%", "ranging from 10% to 40%" (ranges). The two ends must share a unit; a bare
 * first end borrows the second's unit, scale and currency ("10-15 billion dollars").
 */
function combineRangeOrChange(
  tokens: readonly Token[],
  figure: Figure,
  used: Uint8Array,
): CombinedFigure {
  const single: CombinedFigure = {
    figure,
    last: figure.last,
    subjectSearchStart: figure.qualifierFirst,
    textFirst: figure.first,
  };
  const joiner = tokens[figure.last];
  if (joiner === undefined) return single;
  const before = tokens[figure.qualifierFirst - 1];
  const isTo = joiner.norm === 'to';
  const isAnd = joiner.norm === 'and' && before?.norm === 'between';
  const isDash = isRangeDash(joiner);
  const isReverseChange = joiner.norm === 'from' && before?.norm === 'to';
  if (!isTo && !isAnd && !isDash && !isReverseChange) return single;
  const secondStart = skipQualifier(tokens, figure.last + 1);
  if (secondStart >= tokens.length || used[secondStart] === 1) return single;
  const second = figureAt(tokens, secondStart, used);
  if (second === null || second.first !== secondStart) return single;
  const ends = unifyEnds(figure, second);
  if (ends === null) return single;
  const [first, last] = ends;
  const combined: CombinedFigure = {
    figure: {
      ...last,
      approximate: first.approximate || last.approximate,
      qualifierFirst: figure.qualifierFirst,
      precision: Math.min(first.precision, last.precision),
    },
    last: second.last,
    subjectSearchStart: figure.qualifierFirst,
    textFirst: figure.first,
  };
  if (first.bound !== undefined) combined.figure.bound = first.bound;
  else delete combined.figure.bound;
  const ranging = isRangingWord(tokens[figure.qualifierFirst - 2]);
  if (isReverseChange) {
    // "to 15% from 27.5%": the figure written first is the new value.
    combined.change = { from: last.value, to: first.value };
    combined.figure.value = first.value;
    combined.subjectSearchStart = figure.qualifierFirst - 1;
    return combined;
  }
  if (isTo && before?.norm === 'from' && !ranging) {
    combined.change = { from: first.value, to: last.value };
    combined.subjectSearchStart = figure.qualifierFirst - 1;
    return combined;
  }
  const low = Math.min(first.value, last.value);
  const high = Math.max(first.value, last.value);
  combined.range = [low, high];
  combined.figure.value = low;
  if (isAnd || before?.norm === 'from') {
    combined.subjectSearchStart = figure.qualifierFirst - (ranging ? 2 : 1);
  }
  return combined;
}

function isRangingWord(token: Token | undefined): boolean {
  return (
    token !== undefined &&
    (token.norm === 'ranging' || token.norm === 'range' || token.norm === 'ranges')
  );
}

/**
 * The two ends of a range or change with one unit: a bare end borrows the other's unit,
 * currency and time unit, and a bare first end the second's scale ("10-15 billion"). Null when
 * the units differ ("26% to $240 billion" is two figures).
 */
function unifyEnds(first: Figure, second: Figure): [Figure, Figure] | null {
  if (first.unit !== null && second.unit !== null && first.unit !== second.unit) return null;
  if (
    first.currency !== undefined &&
    second.currency !== undefined &&
    first.currency !== second.currency
  ) {
    return null;
  }
  if (
    first.timeUnit !== undefined &&
    second.timeUnit !== undefined &&
    first.timeUnit !== second.timeUnit
  ) {
    return null;
  }
  const a: Figure = { ...first };
  const b: Figure = { ...second };
  if (a.unit === null && b.unit !== null) {
    a.unit = b.unit;
    if (b.timeUnit !== undefined) a.timeUnit = b.timeUnit;
  }
  if (b.unit === null && a.unit !== null) {
    b.unit = a.unit;
    if (a.timeUnit !== undefined) b.timeUnit = a.timeUnit;
  }
  if (a.currency === undefined && b.currency !== undefined) a.currency = b.currency;
  if (b.currency === undefined && a.currency !== undefined) b.currency = a.currency;
  if (a.scale === null && b.scale !== null && a.multiplier === 1) {
    a.value *= b.multiplier;
    a.precision *= b.multiplier;
    a.multiplier = b.multiplier;
  }
  return [a, b];
}

/** Determiners and possessives skipped between "of"/"in" and the noun phrase ("6.7% of its GDP"). */
const SUBJECT_DETERMINERS: ReadonlySet<string> = new Set([
  'the',
  'a',
  'an',
  'its',
  'their',
  'his',
  'her',
  'our',
  'this',
  'that',
  'these',
  'those',
  'all',
]);

/**
 * The noun phrase after a figure: "53,000 US troops", "$550 billion in planned investments",
 * "$100 billion worth of Russian energy", "6.7% of GDP", "a five-day visit". It ends at a
 * function word, punctuation, a verb form, or after a plural head noun ("two leaders met").
 * "in" introduces a subject only for money and only when a lower-case word follows, so "$550
 * billion in the US" does not make "us" the subject.
 */
function forwardSubject(tokens: readonly Token[], index: number, figure: Figure): string[] {
  let cursor = index;
  for (let step = 0; step < 2 && SKIPPABLE_AFTER_FIGURE.has(tokens[cursor]?.norm ?? ''); step++) {
    cursor++;
  }
  const words: string[] = [];
  if (figure.compound !== undefined && figure.unit !== 'duration' && figure.compound !== 'strong') {
    // "a five-nation tour": the compound names what is counted.
    words.push(figure.compound);
  }
  const lead = tokens[cursor];
  let afterPreposition = false;
  let inPlace = false;
  if (words.length === 0 && lead !== undefined) {
    if (lead.norm === 'worth') {
      cursor++;
      if (tokens[cursor]?.norm === 'of') cursor++;
      afterPreposition = true;
    } else if (lead.norm === 'of' || (lead.norm === 'in' && figure.unit === 'money')) {
      inPlace = lead.norm === 'in';
      cursor++;
      afterPreposition = true;
    }
    if (afterPreposition) {
      for (let step = 0; step < 2 && SUBJECT_DETERMINERS.has(tokens[cursor]?.norm ?? ''); step++) {
        cursor++;
      }
      if (inPlace && isPlaceName(tokens, cursor)) return [];
    }
  }
  let joined = false;
  let pendingConjunction: string | null = null;
  while (words.length < MAX_SUBJECT_WORDS + 1) {
    const token = tokens[cursor];
    if (!joined && words.length > 0 && isJoinedNoun(tokens, cursor, 1)) {
      // "refining and processing plants": one "and"/"or" between two nouns stays in the phrase.
      joined = true;
      pendingConjunction = (token as Token).norm;
      cursor++;
      continue;
    }
    if (token === undefined || !isSubjectWord(token)) break;
    // A phrase's first word, or the first after "and": "-ed"/"-ing" may be adjectives
    // ("planned investments", "and processing plants"); later ones end the phrase.
    const opening = words.length === 0 || pendingConjunction !== null;
    const verb = opening
      ? isFiniteVerb(tokens, cursor)
      : isVerbForm(token, tokens[cursor - 1], tokens[cursor + 1]);
    if (verb) break;
    if (pendingConjunction !== null) {
      words.push(pendingConjunction);
      pendingConjunction = null;
    }
    words.push(token.norm);
    cursor++;
    if (isPluralHead(token)) break;
  }
  return words;
}

/**
 * "in the US", "in Japan": after "in", a run of capitalised words that no lower-case noun
 * follows is a place, not what a sum is for ("in Russian central bank assets" is a subject).
 */
function isPlaceName(tokens: readonly Token[], index: number): boolean {
  let cursor = index;
  while (cursor < tokens.length && cursor - index < MAX_SUBJECT_WORDS) {
    const token = tokens[cursor] as Token;
    if (token.kind !== 'word' || !isCapitalisedWord(token)) break;
    cursor++;
  }
  if (cursor === index) return tokens[index] === undefined;
  const next = tokens[cursor];
  return next === undefined || !isSubjectWord(next);
}

/**
 * Third-person verbs and irregular participles that end a noun phrase though they look like
 * nouns ("the five-day mission comes", "assets frozen"): frequent in news, closed list.
 */
const VERB_WORDS: ReadonlySet<string> = new Set([
  'comes',
  'goes',
  'includes',
  'marks',
  'remains',
  'says',
  'shows',
  'begins',
  'ends',
  'faces',
  'means',
  'seems',
  'makes',
  'takes',
  'gives',
  'looks',
  'needs',
  'wants',
  'represents',
  'continues',
  'follows',
  'involves',
  'requires',
  'allows',
  'covers',
  'starts',
  'brings',
  'puts',
  'gets',
  'frozen',
  'taken',
  'given',
  'driven',
  'risen',
  'fallen',
  'grown',
  'shown',
  'known',
  'spent',
  'seen',
  'done',
  'gone',
]);

/** A word that can be part of a subject noun phrase: not a function word, figure or unit word. */
function isSubjectWord(token: Token): boolean {
  if (token.kind !== 'word') return false;
  // "US" and "U.S." are countries, not the pronoun "us".
  if (isStopword(token.norm) && !isInitialism(token)) return false;
  if (NON_SUBJECT_WORDS.has(token.norm)) return false;
  if (LINK_WORDS.has(token.norm) || SCALE_EXPONENTS.has(token.norm)) return false;
  if (SMALL_NUMBER_WORDS.has(token.norm) || MULTIPLIER_WORDS.has(token.norm)) return false;
  // "-ly" adverbs ("currently", "largely") end a noun phrase.
  return !(token.norm.length > 4 && token.norm.endsWith('ly'));
}

/** A verb form that ends a noun phrase: "-ing", "-ed", or a past/future tense cue ("met", "will"). */
function isVerbForm(token: Token, previous: Token | undefined, next: Token | undefined): boolean {
  const word = token.norm;
  if (VERB_WORDS.has(word)) return true;
  if (word.length > 4 && word.endsWith('ing')) return true;
  if (word.length >= 5 && word.endsWith('ed')) return true;
  return tenseCueOf(word, previous?.norm, next?.norm) !== 0;
}

/**
 * A verb that cannot open a noun phrase: a listed verb ("$6 billion comes from …"), an irregular
 * past ("met", "said"), or an "-ed"/"-ing" form with no noun after it ("pledged for");
 * "planned investments" and "remaining troops" are adjectives with their nouns.
 */
function isFiniteVerb(tokens: readonly Token[], index: number): boolean {
  const word = (tokens[index] as Token).norm;
  const next = tokens[index + 1];
  if (VERB_WORDS.has(word)) return true;
  if (word.endsWith('ed') || word.endsWith('ing')) {
    // "planned investments", "refining and processing plants", but not "$48 billion pledged
    // for …": an adjective or gerund needs a noun after it (or is joined to one).
    return !(next !== undefined && isSubjectWord(next)) && !isJoinedNoun(tokens, index + 1, 1);
  }
  // Future cues include nouns ("a five-year plan"); only past forms ("met", "said") are sure verbs.
  return tenseCueOf(word, tokens[index - 1]?.norm, next?.norm) < 0;
}

/** "troops", "leaders", "investments": a plural noun usually ends the noun phrase a count quantifies. */
function isPluralHead(token: Token): boolean {
  const word = token.norm;
  return (
    word.length >= 4 &&
    word.endsWith('s') &&
    !word.endsWith('ss') &&
    !word.endsWith('us') &&
    !word.endsWith('is')
  );
}

/**
 * The noun phrase before a figure, past link words and verbs: "tariffs on Chinese imports to as
 * high as 155%", "global wheat prices by 20%", "casualties mounting beyond 500,000", "aid to
 * Ukraine totaling $61 billion". Reaching the previous figure ("trade surging 26% to $240
 * billion") shares its subject; with no noun phrase, a gerund right before the figure names it
 * ("investing $550 billion"). A proper name before a verb is the actor, not the subject
 * ("Japan pledged $550 billion").
 */
function backwardSubject(
  tokens: readonly Token[],
  start: number,
  previous: { first: number; last: number; subject: string[] } | null,
): string[] {
  let cursor = start - 1;
  let gerund: string | null = null;
  let skippedVerb = false;
  for (let skipped = 0; cursor >= 0 && skipped < MAX_LINK_WORDS; skipped++) {
    const token = tokens[cursor] as Token;
    if (previous !== null && cursor >= previous.first && cursor < previous.last) {
      return previous.subject;
    }
    if (token.kind !== 'word') break;
    if (isBareVerbAfterModal(token, tokens[cursor - 1])) {
      // "Japan will contribute $9 billion", "demand to rise 5%": skip the verb and its helper.
      skippedVerb = true;
      cursor -= 2;
      continue;
    }
    const verb = isVerbForm(token, tokens[cursor - 1], tokens[cursor + 1]);
    if (!LINK_WORDS.has(token.norm) && !verb) break;
    if (verb && gerund === null && token.norm.endsWith('ing')) gerund = token.norm;
    if (verb) skippedVerb = true;
    cursor--;
  }
  const run: string[] = [];
  let joined = false;
  while (cursor >= 0 && run.length < MAX_SUBJECT_WORDS) {
    // "nickel and lithium": one "and"/"or" between two nouns stays in the phrase.
    const conjunction = !joined && run.length > 0 && isJoinedNoun(tokens, cursor, -1);
    const wordIndex = conjunction ? cursor - 1 : cursor;
    const token = tokens[wordIndex];
    if (
      token === undefined ||
      !isSubjectWord(token) ||
      isVerbForm(token, tokens[wordIndex - 1], tokens[wordIndex + 1])
    ) {
      break;
    }
    if (conjunction) {
      run.unshift((tokens[cursor] as Token).norm);
      joined = true;
    }
    run.unshift(token.norm);
    cursor = wordIndex - 1;
  }
  if (run.length === 0) return gerund === null ? [] : [gerund];
  const preposition = tokens[cursor];
  const head = tokens[cursor - 1];
  if (
    preposition !== undefined &&
    head !== undefined &&
    SUBJECT_PREPOSITIONS.has(preposition.norm) &&
    isSubjectWord(head) &&
    !isVerbForm(head, tokens[cursor - 2], preposition)
  ) {
    return [head.norm, preposition.norm, ...run];
  }
  if (skippedVerb && isProperName(tokens, cursor + 1, run.length)) {
    return gerund === null ? [] : [gerund];
  }
  return run;
}

/**
 * Whether the token at `index` is "and"/"or" with a noun-phrase word on the far side
 * (`direction` 1 reads forwards, −1 backwards).
 */
function isJoinedNoun(tokens: readonly Token[], index: number, direction: 1 | -1): boolean {
  const conjunction = tokens[index];
  const beyond = tokens[index + direction];
  return (
    conjunction !== undefined &&
    (conjunction.norm === 'and' || conjunction.norm === 'or') &&
    beyond !== undefined &&
    isSubjectWord(beyond) &&
    !VERB_WORDS.has(beyond.norm) &&
    tenseCueOf(beyond.norm, undefined, undefined) >= 0
  );
}

/** Modal verbs and the infinitive "to": the lower-case word after them is a verb. */
const VERB_HELPERS: ReadonlySet<string> = new Set([
  'will',
  'would',
  'could',
  'can',
  'may',
  'might',
  'must',
  'should',
  'shall',
  'to',
]);

/**
 * "contribute" in "will contribute $9 billion", "rise" in "fares to rise 5%": a lower-case word
 * after a modal or "to" is a verb, not the noun a figure measures. ("aid to Ukraine" keeps its
 * capitalised noun.)
 */
function isBareVerbAfterModal(token: Token, previous: Token | undefined): boolean {
  return (
    previous !== undefined &&
    VERB_HELPERS.has(previous.norm) &&
    !token.norm.endsWith('ing') &&
    !isCapitalisedWord(token) &&
    !LINK_WORDS.has(token.norm) &&
    !isInitialism(token)
  );
}

/**
 * Whether `count` tokens from `first` are all capitalised: before a verb ("Japan pledged $550
 * billion") such a run is who acts, not what the figure measures.
 */
function isProperName(tokens: readonly Token[], first: number, count: number): boolean {
  for (let index = first; index < first + count; index++) {
    const token = tokens[index];
    if (token === undefined || !isCapitalisedWord(token)) return false;
  }
  return true;
}

/** Builds the public record from a combined figure and its subject. */
function toMention(
  tokens: readonly Token[],
  sentence: SentenceSpan,
  sentenceIndex: number,
  combined: CombinedFigure,
  subject: readonly string[],
): QuantityMention {
  const { figure } = combined;
  const first = tokens[combined.textFirst] as Token;
  const last = tokens[combined.last - 1] as Token;
  const mention: QuantityMention = {
    value: figure.value,
    unit: figure.unit ?? 'count',
    scale: figure.scale,
    precision: figure.precision,
    text: sentence.text.slice(first.start, last.end),
    subject: subject.join(' '),
    subjectStems: subjectStems(subject),
    approximate: figure.approximate,
    sentenceIndex,
    start: sentence.start + first.start,
    end: sentence.start + last.end,
  };
  if (figure.currency !== undefined && mention.unit === 'money') mention.currency = figure.currency;
  if (figure.timeUnit !== undefined && mention.unit === 'duration')
    mention.timeUnit = figure.timeUnit;
  if (figure.bound !== undefined) mention.bound = figure.bound;
  if (combined.change !== undefined) mention.change = combined.change;
  if (combined.range !== undefined) mention.range = combined.range;
  return mention;
}

/** Stems of the content words of a subject, in order, without repeats. */
function subjectStems(subject: readonly string[]): string[] {
  const stems: string[] = [];
  for (const word of subject) {
    if (isStopword(word)) continue;
    const stemmed = stem(word);
    if (!stems.includes(stemmed)) stems.push(stemmed);
  }
  return stems;
}

/**
 * Relative rounding allowed on each side of an exact figure: half a percent, the rounding error
 * of a figure given to three significant digits ("$549.8 billion" written "$550 billion").
 */
export const EXACT_RELATIVE_TOLERANCE = 0.005;
/**
 * Relative spread allowed around a figure written with "about", "roughly", "some": 10%, so
 * "about 50%" covers 45–55% ("48%" agrees, "40%" does not). Writers who mean a wider spread
 * say "between".
 */
export const APPROXIMATE_RELATIVE_TOLERANCE = 0.1;
/**
 * How far past a bound the truth may lie and still be described by it: 25%. "More than 50,000"
 * is written for 53,000, not for 80,000 (that would be "nearly 100,000" or "tens of thousands");
 * "up to 155%" covers 155% and a little below, not 100%.
 */
export const BOUND_REACH = 0.25;

/**
 * Whether two figures can state the same fact: same unit (and currency, and time unit), and
 * values equal within rounding. Each figure stands for an interval of values:
 * - exact: ± half its last written digit, at least ±{@link EXACT_RELATIVE_TOLERANCE} relative;
 * - approximate ("about"): ±{@link APPROXIMATE_RELATIVE_TOLERANCE} relative;
 * - a lower bound ("more than X"): X to X·(1 + {@link BOUND_REACH}); an upper bound ("up to X",
 *   "nearly X"): X·(1 − {@link BOUND_REACH}) to X;
 * - a range: its two ends (with rounding).
 * Two figures agree when their intervals overlap, except that two ranges agree only when both
 * ends agree. For changes ("from 27.5% to 15%") the new values are compared, and when both
 * figures are changes, the old values too. What each figure quantifies (its subject) is the
 * caller's to match. Symmetric: `quantitiesAgree(a, b) === quantitiesAgree(b, a)`.
 *
 * @throws CorroborateError `INVALID_CLAIM` when either argument is not a quantity (an object
 * with a finite numeric `value` and a `unit`).
 */
export function quantitiesAgree(a: QuantityMention, b: QuantityMention): boolean {
  assertQuantity(a, 'first');
  assertQuantity(b, 'second');
  if (a.unit !== b.unit) return false;
  if (a.unit === 'money' && a.currency !== b.currency) return false;
  if (a.unit === 'duration' && a.timeUnit !== b.timeUnit) return false;
  if (a.range !== undefined && b.range !== undefined) {
    return (
      overlaps(exactInterval(a.range[0], a.precision), exactInterval(b.range[0], b.precision)) &&
      overlaps(exactInterval(a.range[1], a.precision), exactInterval(b.range[1], b.precision))
    );
  }
  if (!overlaps(valueInterval(a), valueInterval(b))) return false;
  if (a.change !== undefined && b.change !== undefined) {
    return overlaps(
      exactInterval(a.change.from, a.precision),
      exactInterval(b.change.from, b.precision),
    );
  }
  return true;
}

type Interval = readonly [number, number];

/**
 * Strict overlap: a figure stands for the half-open interval of values that round to it, so
 * "$2.8 trillion" and "$2.7 trillion", which only touch at 2.75, do not agree.
 */
function overlaps(a: Interval, b: Interval): boolean {
  return a[0] < b[1] && b[0] < a[1];
}

/** ± half the last written digit, at least ±{@link EXACT_RELATIVE_TOLERANCE} relative. */
function exactInterval(value: number, precision: number): Interval {
  const tolerance = Math.max(precision / 2, Math.abs(value) * EXACT_RELATIVE_TOLERANCE);
  return [value - tolerance, value + tolerance];
}

/** The values a figure is consistent with (see {@link quantitiesAgree}). */
function valueInterval(quantity: QuantityMention): Interval {
  const value = quantity.value;
  const [low, high] = exactInterval(value, quantity.precision);
  const magnitude = Math.abs(value);
  if (quantity.range !== undefined) {
    return [low, exactInterval(quantity.range[1], quantity.precision)[1]];
  }
  if (quantity.bound === 'lower') return [low, Math.max(high, value + magnitude * BOUND_REACH)];
  if (quantity.bound === 'upper') return [Math.min(low, value - magnitude * BOUND_REACH), high];
  if (quantity.approximate) {
    const spread = magnitude * APPROXIMATE_RELATIVE_TOLERANCE;
    return [Math.min(low, value - spread), Math.max(high, value + spread)];
  }
  return [low, high];
}

function assertQuantity(value: unknown, which: string): void {
  const quantity = value as Partial<QuantityMention> | null;
  if (
    quantity === null ||
    typeof quantity !== 'object' ||
    typeof quantity.value !== 'number' ||
    !Number.isFinite(quantity.value) ||
    typeof quantity.unit !== 'string' ||
    typeof quantity.precision !== 'number' ||
    !Number.isFinite(quantity.precision) ||
    quantity.precision <= 0
  ) {
    throw new CorroborateError(
      'INVALID_CLAIM',
      `quantitiesAgree: the ${which} argument must be a quantity from extractQuantities (an object with a finite numeric value, a unit and a positive precision), but got ${describeType(value)}.`,
      { argument: which },
    );
  }
}
