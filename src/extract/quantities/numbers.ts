// A number read from a sentence's tokens (digits or number words) with its sign, currency and
// scale, then its unit (percent, percentage points, money, duration) and qualifier ("about", "more than").
import {
  ATTACHED_SCALE_EXPONENTS,
  CURRENCY_CODES,
  CURRENCY_SYMBOLS,
  CURRENCY_WORDS,
  type CurrencyCode,
  DOLLAR_PREFIXES,
  SCALE_EXPONENTS,
} from '../../text/money-words.js';
import { SMALL_NUMBER_WORDS } from '../../text/number-words.js';
import type { Token } from '../../text/tokenize.js';
import type { QuantityUnit, TimeUnit } from './types.js';

/** Number words beyond the small ones: multipliers of what comes before them. */
export const MULTIPLIER_WORDS: ReadonlyMap<string, number> = new Map([
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

export const TIME_UNITS: ReadonlyMap<string, TimeUnit> = new Map([
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
export const QUALIFIERS: readonly { words: readonly string[]; bound: 'lower' | 'upper' | null }[] =
  [
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

/** A number read from the tokens, before its unit is known. */
export interface ParsedNumber {
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
export interface Figure extends ParsedNumber {
  unit: QuantityUnit | null;
  timeUnit?: TimeUnit;
  approximate: boolean;
  bound?: 'lower' | 'upper';
  /** First token of the qualifier before the figure ("as high as"), or `first`. */
  qualifierFirst: number;
}

/** Reads digits or number words at `index` (with a glued or preceding currency and a scale). */
export function numberAt(tokens: readonly Token[], index: number): ParsedNumber | null {
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

/**
 * "53,000-strong", "5-day": a hyphen glued between the number and a word. "29-of-34" is no
 * compound but a share written with hyphens ({@link outOfTotal}).
 */
function applyCompound(tokens: readonly Token[], parsed: ParsedNumber): void {
  const hyphen = tokens[parsed.last];
  const word = tokens[parsed.last + 1];
  const before = tokens[parsed.last - 1] as Token;
  if (hyphen === undefined || word === undefined || word.kind !== 'word') return;
  if (!isHyphen(hyphen) || before.end !== hyphen.start || hyphen.end !== word.start) return;
  const total = outOfTotal(word.norm);
  if (total !== null) {
    // "completed 29-of-34 passes" reads as "29 of 34 passes": what is counted numbers 34.
    parsed.value = total;
    parsed.precision = 1;
    parsed.last += 2;
    return;
  }
  parsed.compound = word.norm;
  parsed.last += 2;
}

/** The whole of a hyphenated share's second half: "of-34" (from "29-of-34") → 34, else null. */
export function outOfTotal(word: string): number | null {
  const match = /^of-(\d{1,9})$/.exec(word);
  return match === null ? null : Number(match[1]);
}

function isHyphen(token: Token): boolean {
  return token.kind === 'punct' && (token.text === '-' || token.text === '‐' || token.text === '‑');
}

/** Dashes that join the two ends of a range ("10-15%", "10–15%"). */
export function isRangeDash(token: Token | undefined): boolean {
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

export function isCapitalisedWord(token: Token): boolean {
  const first = token.text.charAt(0);
  return first !== first.toLowerCase();
}

/** Attaches the unit (percent, percentage points, money, duration, or none yet) and the qualifier. */
export function withUnit(tokens: readonly Token[], parsed: ParsedNumber): Figure {
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
    applyDurationRemainder(tokens, figure);
  }
  return figure;
}

/**
 * The next smaller unit of time and how many of it make one of the larger, so "4 minutes 48
 * seconds" is 4.8 minutes and "two years and six months" 2.5 years.
 */
const SMALLER_TIME_UNIT: ReadonlyMap<TimeUnit, { words: ReadonlySet<string>; per: number }> =
  new Map([
    ['minute', { words: new Set(['second', 'seconds']), per: 60 }],
    ['hour', { words: new Set(['minute', 'minutes']), per: 60 }],
    ['day', { words: new Set(['hour', 'hours']), per: 24 }],
    ['week', { words: new Set(['day', 'days']), per: 7 }],
    ['year', { words: new Set(['month', 'months']), per: 12 }],
  ]);

/**
 * A remainder in the next smaller unit right after a duration ("4 minutes 48 seconds", "two
 * years and six months"): added to the value, so the duration is not cut at its first unit and
 * the remainder is not left behind as a count of seconds.
 */
function applyDurationRemainder(tokens: readonly Token[], figure: Figure): void {
  const smaller =
    figure.timeUnit === undefined ? undefined : SMALLER_TIME_UNIT.get(figure.timeUnit);
  if (smaller === undefined) return;
  let cursor = figure.last;
  if (tokens[cursor]?.norm === 'and') cursor++;
  const remainder = tokens[cursor];
  if (remainder === undefined) return;
  const parsed = numberAt(tokens, cursor);
  if (parsed === null || parsed.first !== cursor || parsed.compound !== undefined) return;
  if (parsed.currency !== undefined || parsed.percent || parsed.multiplier !== 1) return;
  const unit = tokens[parsed.last];
  if (unit === undefined || !smaller.words.has(unit.norm)) return;
  if (parsed.value >= smaller.per) return;
  figure.value += parsed.value / smaller.per;
  figure.precision = Math.min(figure.precision, parsed.precision / smaller.per);
  figure.last = parsed.last + 1;
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
export function isInitialism(token: Token): boolean {
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
