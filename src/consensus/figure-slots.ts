// What each figure of a sentence measures — a duration, an amount of one currency, a count of
// one thing, a percentage, a year — so aligned sentences compare like with like rather than
// one number per sentence.
import type { NumberMention } from '../align/sentence-profile.js';
import { scanDates } from '../extract/dates/scan.js';
import { COMMON_CAPITALISED_WORDS } from '../extract/people/lexicon.js';
import { type QuantityMention, sentenceQuantities, type TimeUnit } from '../extract/quantities.js';
import { SMALL_NUMBER_WORDS } from '../text/number-words.js';
import { stem } from '../text/stem.js';
import { isStopword } from '../text/stopwords.js';
import { type Token, tokenize } from '../text/tokenize.js';
import { figuresAgree } from './claims.js';

/** A figure with the slot it fills and the value compared within that slot. */
export interface SlottedFigure {
  /**
   * What the figure measures: `percent`, `percentage-point`, `money:USD`, `duration`,
   * `count:troop` (a count of what its noun's stem says), `count:?` (a count of nothing
   * named), `year` (a year on its own, not part of a full date nor an end of a span of years,
   * {@link isYearSpan}). A figure of a part or a total ({@link figureScope}) has its own slot,
   * the scope after `@`: `count:pass@part` ("his first 17 passes"), `count:peopl@total` ("70
   * people injured across the country").
   */
  slot: string;
  /** The compared value: durations in days, years as the year, the rest as normalised. */
  value: number;
  /** The figure as written ("12 years", "$5 million", "2038"). */
  text: string;
  /** Offsets in the sentence. */
  start: number;
  end: number;
  /**
   * `lower` for "at least 70", "more than three years"; `upper` for "up to", "nearly", "under"
   * (as the quantity extractor reads the qualifier); absent for a plain figure.
   */
  bound?: 'lower' | 'upper';
}

/**
 * A slot in words, for labels: `money:USD` → "money, USD"; `count:troop` → "count of troop";
 * `count:yard@total` → "count of yard, a total".
 */
export function describeSlot(slot: string): string {
  const [measure, scope] = slot.split('@');
  const [kind, detail] = measure!.split(':');
  const words =
    detail === undefined || detail === '?'
      ? kind!
      : kind === 'money'
        ? `money, ${detail}`
        : `${kind} of ${detail}`;
  return scope === undefined ? words : `${words}, ${scope === 'part' ? 'a part' : 'a total'}`;
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
export function slotFigures(
  text: string,
  numbers: readonly NumberMention[],
  tokens: readonly Token[] = tokenize(text),
): SlottedFigure[] {
  if (numbers.length === 0) return [];
  const quantities = sentenceQuantities(text, tokens);
  const years: { start: number; end: number; value: number }[] = [];
  for (const date of scanDates(tokens)) {
    if (date.kind !== 'year' || date.year === undefined) continue;
    if (isYearSpan(tokens, date.first, date.last)) continue;
    years.push({
      start: tokens[date.first]!.start,
      end: tokens[date.last - 1]!.end,
      value: date.year,
    });
  }
  const figures: SlottedFigure[] = [];
  // Numbers, quantities, years and tokens are all in text order: one merge pass, linear in the sentence.
  let q = 0;
  let y = 0;
  let t = 0;
  for (const number of numbers) {
    while (q < quantities.length && quantities[q]!.end <= number.start) q++;
    while (y < years.length && years[y]!.end <= number.start) y++;
    const quantity = quantities[q];
    if (quantity !== undefined && quantity.start < number.end) {
      while (t < tokens.length && tokens[t]!.end <= quantity.start) t++;
      let last = t;
      while (last < tokens.length && tokens[last]!.start < quantity.end) last++;
      const scope = figureScope(tokens, t, last);
      const figure: SlottedFigure = {
        slot: scope === null ? quantitySlot(quantity) : `${quantitySlot(quantity)}@${scope}`,
        value: quantityValue(quantity),
        text: quantity.text,
        start: quantity.start,
        end: quantity.end,
      };
      if (quantity.bound !== undefined) figure.bound = quantity.bound;
      figures.push(figure);
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

/**
 * Words right before a count that make it a part of what is counted: "his first 17 passes",
 * "the last three games" (a run of a match or season, not the whole of it).
 */
const PART_WORDS: ReadonlySet<string> = new Set(['first', 'last', 'final', 'opening', 'next']);

/**
 * Phrases that make a figure near them a sum over a period or many places — a season's or a
 * career's total, a nationwide count — not the figure of one game or one incident. Each entry
 * is a sequence of words; `|` separates the words accepted at one position. "This year" is not
 * here: a sum pledged "this year" is one pledge, as often as it is a year's total.
 */
const TOTAL_PHRASES: readonly (readonly string[])[] = [
  ['this', 'season'],
  ['so', 'far'],
  ['in', 'total'],
  ['in', 'all'],
  ['to', 'date'],
  ['all', 'told'],
  ['a', 'total', 'of'],
  ['overall'],
  ['altogether'],
  ['combined'],
  ['cumulative'],
  ['career'],
  ['nationwide'],
  ['countrywide'],
  ['across|throughout', 'the', 'country|nation|region|state|province'],
];

/**
 * {@link TOTAL_PHRASES} read once: each position's accepted words as a set, the phrases listed
 * under every word they may open with, so a token is tested only against the phrases it can open.
 */
const TOTAL_PHRASES_BY_FIRST_WORD: ReadonlyMap<
  string,
  readonly (readonly ReadonlySet<string>[])[]
> = (() => {
  const byFirst = new Map<string, ReadonlySet<string>[][]>();
  for (const phrase of TOTAL_PHRASES) {
    const positions = phrase.map((words) => new Set(words.split('|')));
    for (const word of positions[0]!) {
      const list = byFirst.get(word) ?? [];
      list.push(positions);
      byFirst.set(word, list);
    }
  }
  return byFirst;
})();

/**
 * Words that end the clause a figure belongs to: a total phrase past them qualifies another
 * figure ("29 of 34 passes … as the Colts recorded their sixth win this season").
 */
const CLAUSE_BREAK_WORDS: ReadonlySet<string> = new Set([
  'as',
  'while',
  'when',
  'after',
  'before',
  'because',
  'but',
  'since',
  'although',
  'whereas',
  'including',
]);

/**
 * How far (tokens, each side of the figure) a total phrase may stand. Eight reaches "the riots
 * in cities throughout the country has left at least 70 people injured" (seven tokens between
 * the phrase and the figure), the farthest in the ECB+ dev same-event disagreements
 * (`bench/same-event-contradictions.ts`).
 */
const TOTAL_WINDOW = 8;

/**
 * Whether the figure on tokens [first, last) is a part (`part`: {@link PART_WORDS} right before
 * it) or a total (`total`: a {@link TOTAL_PHRASES} phrase within {@link TOTAL_WINDOW} tokens, in
 * its clause) of what its slot measures, or neither (null). A part or a total fills its own
 * slot: a season's 605 yards do not contradict a game's 101, nor 70 injured nationwide the two
 * of one attack, nor "his first 17 passes" the 34 of the game.
 */
export function figureScope(
  tokens: readonly Token[],
  first: number,
  last: number,
): 'part' | 'total' | null {
  const before = tokens[first - 1];
  if (before !== undefined && PART_WORDS.has(before.norm)) return 'part';
  let from = first;
  while (from > 0 && first - from < TOTAL_WINDOW && !isClauseBreak(tokens[from - 1]!)) from--;
  let to = last;
  while (to < tokens.length && to - last < TOTAL_WINDOW && !isClauseBreak(tokens[to]!)) to++;
  for (let index = from; index < to; index++) {
    if (index >= first && index < last) continue;
    for (const phrase of TOTAL_PHRASES_BY_FIRST_WORD.get(tokens[index]!.norm) ?? []) {
      if (phraseAt(tokens, index, to, phrase)) return 'total';
    }
    if (isOverSeveral(tokens, index, first, last, to)) return 'total';
  }
  return null;
}

/** Prepositions that, before a count of occasions, make a figure a sum over them. */
const OVER_WORDS: ReadonlySet<string> = new Set(['in', 'over', 'across']);

/**
 * "nine touchdowns in 10 games", "30 people killed in three attacks": a preposition of
 * {@link OVER_WORDS} at `index`, then another count (2 or more, not a year: below 1000) of a
 * plural noun — the figure is summed over several games, attacks or days, not the figure of
 * one. The figure's own number (tokens [first, last)) does not count: "played in 10 games".
 */
function isOverSeveral(
  tokens: readonly Token[],
  index: number,
  first: number,
  last: number,
  end: number,
): boolean {
  if (!OVER_WORDS.has(tokens[index]!.norm) || index + 2 >= end) return false;
  if (index + 1 >= first && index + 1 < last) return false;
  const count = tokens[index + 1]!;
  const noun = tokens[index + 2]!;
  const value =
    count.kind === 'number' && count.ordinal !== true
      ? count.value
      : SMALL_NUMBER_WORDS.get(count.norm);
  if (value === undefined || value < 2 || value >= 1000) return false;
  return noun.kind === 'word' && noun.norm.length > 3 && noun.norm.endsWith('s');
}

function isClauseBreak(token: Token): boolean {
  if (token.kind === 'punct') return token.text !== '-' && token.text !== "'";
  return CLAUSE_BREAK_WORDS.has(token.norm);
}

function phraseAt(
  tokens: readonly Token[],
  index: number,
  end: number,
  phrase: readonly ReadonlySet<string>[],
): boolean {
  if (index + phrase.length > end) return false;
  return phrase.every((words, offset) => words.has(tokens[index + offset]!.norm));
}

/**
 * What a figure's sentence says besides its figures: the stems of its content words, leaving
 * out stopwords, numbers, the figures' own words and the nouns its counts count. Two sentences
 * that share none of it ("He has 53 catches for 605 yards" and "He wound up with eight catches
 * for 101 yards") say nothing alike but their units, so their figures need not be about one
 * thing: {@link sharesContext}.
 */
export function figureContext(
  text: string,
  figures: readonly SlottedFigure[],
  tokens: readonly Token[] = tokenize(text),
): Set<string> {
  const counted = new Set<string>();
  for (const figure of figures) {
    const [measure] = figure.slot.split('@');
    if (measure!.startsWith('count:')) counted.add(measure!.slice('count:'.length));
  }
  const context = new Set<string>();
  let f = 0;
  for (const token of tokens) {
    while (f < figures.length && figures[f]!.end <= token.start) f++;
    const figure = figures[f];
    if (figure !== undefined && figure.start < token.end) continue;
    if (token.kind !== 'word' || isStopword(token.norm)) continue;
    const stemmed = stem(token.norm);
    if (!counted.has(stemmed)) context.add(stemmed);
  }
  return context;
}

/**
 * Whether two sentences' {@link figureContext}s share a word: the least that makes two figures
 * of one slot plausibly about one thing. Aligned sentences that share only the units of their
 * figures (two players' yards, two places' casualties) are no evidence against each other.
 */
export function sharesContext(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const word of small) if (large.has(word)) return true;
  return false;
}

/**
 * Whether a bounded figure's bound accounts for every other value of its slot though its value
 * does not ("more than three years" beside 485 years, "at least two" beside "at least 70"):
 * then it states a limit the others keep, which is no evidence either way. False for a plain
 * figure, when every value agrees with it (it corroborates them), or when some value breaks
 * its bound ("at least 30 dead" beside 25 is a contradiction).
 */
export function boundAccountsFor(figure: SlottedFigure, others: readonly number[]): boolean {
  if (figure.bound === undefined) return false;
  let differs = false;
  for (const value of others) {
    if (figuresAgree(value, figure.value)) continue;
    differs = true;
    if (figure.bound === 'lower' ? value < figure.value : value > figure.value) return false;
  }
  return differs;
}

/** Most capitalised words a leading name takes ("Keiwan Ratliff", "Austin Daye"). */
const MAX_NAME_WORDS = 4;

/**
 * Verbs after a leading name that make it a source, not what the figure is about ("Smith said
 * 30 died" and "Lee said 25 died" are two sources on one toll).
 */
const REPORTING_VERBS: ReadonlySet<string> = new Set([
  'said',
  'says',
  'told',
  'added',
  'reported',
  'reports',
  'estimated',
  'estimates',
  'announced',
  'confirmed',
  'stated',
  'wrote',
]);

/**
 * The name a sentence opens with when that name acts: a run of capitalised words at the start
 * followed by a lower-case word that is neither a stopword nor a reporting verb ("Austin Daye
 * finished with 20 points", "Vaughn finished with 16 points"), as lower-case words. Empty when
 * the sentence opens otherwise ("The Saints placed …", "He has …", "Kishida, the prime
 * minister, …") or with a source ("Smith said …").
 */
export function leadingName(text: string, tokens: readonly Token[] = tokenize(text)): string[] {
  const words: string[] = [];
  let index = 0;
  while (index < tokens.length && words.length < MAX_NAME_WORDS) {
    const token = tokens[index]!;
    if (token.kind !== 'word' || token.text[0] === token.text[0]!.toLowerCase()) break;
    if (isStopword(token.norm)) return [];
    words.push(token.norm);
    index++;
  }
  const verb = tokens[index];
  if (words.length === 0 || verb === undefined || verb.kind !== 'word') return [];
  if (words.length === 1 && isCapitalisedCommonNoun(words[0]!)) return [];
  if (verb.text[0] !== verb.text[0]!.toLowerCase()) return [];
  if (isStopword(verb.norm) || REPORTING_VERBS.has(verb.norm)) return [];
  return words;
}

/** Nouns for groups that open sentences with a capital and no "-s" ("Police found …"). */
const GROUP_NOUNS: ReadonlySet<string> = new Set([
  'police',
  'military',
  'army',
  'government',
  'staff',
  'management',
]);

/**
 * Whether one capitalised word opening a sentence is more likely a common noun than a name: a
 * word of {@link COMMON_CAPITALISED_WORDS} or {@link GROUP_NOUNS}, or a plural ("Rescuers
 * pulled …", "Soldiers found …"). A name that ends in "-s" ("Jones") is then no leading name:
 * the rule stays silent, the figures are compared as before.
 */
function isCapitalisedCommonNoun(word: string): boolean {
  if (COMMON_CAPITALISED_WORDS.has(word) || GROUP_NOUNS.has(word)) return true;
  return word.length > 3 && word.endsWith('s') && !word.endsWith('ss');
}

/**
 * Whether two leading names ({@link leadingName}) are of different subjects: both present and
 * no word of one is a word of the other or begins it ("Japan" and "Japanese Prime Minister
 * Kishida" may be one actor; "Daye" and "Vaughn" are two).
 */
export function differentNames(a: readonly string[], b: readonly string[]): boolean {
  if (a.length === 0 || b.length === 0) return false;
  for (const x of a) {
    for (const y of b) if (x.startsWith(y) || y.startsWith(x)) return false;
  }
  return true;
}

/** Dashes that join two years into a span ("1999-2003", "1999–2003"). */
const SPAN_DASHES: ReadonlySet<string> = new Set(['-', '–', '—', '‐', '‑']);

/**
 * Whether the year on tokens [first, last) is one end of a span of years ("(1999-2003)", "from
 * 1999 to 2003"): a span says how long something lasted, not the year of one event, so "in
 * 1999" is not contradicted by the end of "1999-2003".
 */
export function isYearSpan(tokens: readonly Token[], first: number, last: number): boolean {
  const isYear = (token: Token | undefined) =>
    token !== undefined && token.kind === 'number' && /^\d{4}$/.test(token.norm);
  const dashBefore = tokens[first - 1];
  if (dashBefore !== undefined && SPAN_DASHES.has(dashBefore.text) && isYear(tokens[first - 2])) {
    return true;
  }
  const dashAfter = tokens[last];
  if (dashAfter !== undefined && SPAN_DASHES.has(dashAfter.text) && isYear(tokens[last + 1])) {
    return true;
  }
  const spanEnd =
    tokens[first - 1]?.norm === 'to' &&
    isYear(tokens[first - 2]) &&
    tokens[first - 3]?.norm === 'from';
  const spanStart =
    tokens[first - 1]?.norm === 'from' && tokens[last]?.norm === 'to' && isYear(tokens[last + 1]);
  return spanEnd || spanStart;
}
