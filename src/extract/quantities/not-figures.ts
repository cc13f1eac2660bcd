// Numbers that are not figures: ages, times of day, multipliers, identifiers, labels ("Article 5",
// "Air Force One"), sports scores, digit chains and number words inside names.
import type { Token } from '../../text/tokenize.js';
import { isPlainDigits } from '../dates/scan.js';
import { isCapitalisedWord, isRangeDash, type ParsedNumber, TIME_UNITS } from './numbers.js';

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

/**
 * Integers written with this many digits or more and no thousands separators are
 * identifiers (phone numbers, case numbers, serials): news writes "10,000,000", not "10000000".
 */
const IDENTIFIER_MIN_DIGITS = 7;

/**
 * Rules that keep numbers that are not figures out, each named for what it recognises.
 * The date scan has already removed years and dates.
 */
export function isNotAFigure(tokens: readonly Token[], parsed: ParsedNumber): boolean {
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
export function markDigitChains(tokens: readonly Token[], used: Uint8Array): void {
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
export function markScores(tokens: readonly Token[], used: Uint8Array): void {
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
