// Everything sentence comparison needs, computed once per sentence: content stems and their
// order, the lower-cased text (for character grams), capitalised names and normalised figures. Cheap by design: one
// tokenizer pass plus one pass over the tokens.

import { CorroborateError, describeType } from '../errors.js';
import { type BigramProfile, bigramProfile } from '../text/bigrams.js';
import {
  ATTACHED_SCALE_EXPONENTS,
  CURRENCY_CODES,
  CURRENCY_SYMBOLS,
  CURRENCY_WORDS,
  DOLLAR_PREFIXES,
  SCALE_EXPONENTS,
} from '../text/money-words.js';
import { normalizeText } from '../text/normalize.js';
import { SMALL_NUMBER_WORDS } from '../text/number-words.js';
import { stem } from '../text/stem.js';
import { isStopword } from '../text/stopwords.js';
import { type Token, tokenize } from '../text/tokenize.js';

/** What a figure measures, as far as its wording tells. */
export type NumberUnit = 'percent' | 'money' | 'plain';

/** A figure mentioned in a sentence, normalised so differently written amounts compare equal. */
export interface NumberMention {
  /** The figure as written, with its currency and scale ("$550 billion", "27.5%"). */
  text: string;
  /** Offset of `text` in the profiled sentence. */
  start: number;
  /** Offset one past the end of `text`. */
  end: number;
  /** The value with its scale applied: "$550 billion" and "550bn dollars" → 550000000000. */
  value: number;
  /** What the figure is: a percentage, a sum of money, or a plain number. */
  unit: NumberUnit;
  /** ISO 4217 code for money when the wording names one ("$" → "USD", "euros" → "EUR"). */
  currency?: string;
}

/** A capitalised name (person, place, organisation) mentioned in a sentence. */
export interface NameMention {
  /** The name as written, without a possessive `'s` ("Xi Jinping"). */
  text: string;
  /**
   * Matching key: lower case, no diacritics, hyphens as spaces, single spaces
   * ("Lee Jae-myung" → "lee jae myung").
   */
  key: string;
  /** Offset of `text` in the profiled sentence. */
  start: number;
  /** Offset one past the end of `text`. */
  end: number;
  /**
   * Set on a lone capitalised word where English capitalises anyway ("Trump said…" at the
   * start of a sentence): it may be a name or an ordinary word ("Officials said…").
   * Comparison counts it only when the other sentence names it too.
   */
  uncertain?: true;
}

/**
 * Precomputed comparison material for one sentence. A cache, built by {@link profileSentence}
 * and compared with `compareProfiles`; plain data.
 */
export interface SentenceProfile {
  /** The sentence as given. */
  text: string;
  /**
   * Distinct content terms, sorted: stems of non-stopwords plus each figure's normalised value
   * ("$550 billion" → "550000000000"). What an inverted index of sentences should key on.
   */
  terms: string[];
  /** `termCounts[i]` is how often `terms[i]` occurs. */
  termCounts: number[];
  /**
   * Distinct stopwords, sorted. Too common to index, but they carry structure ("to"/"from",
   * "he"/"they") that helps tell a paraphrase from a related sentence, so overlap counts them
   * at a low weight.
   */
  functionTerms: string[];
  /** `functionTermCounts[i]` is how often `functionTerms[i]` occurs. */
  functionTermCounts: number[];
  /**
   * The sentence normalised (`normalizeText`) and lower-cased: what character bigrams (Dice)
   * and 4-grams (cosine) are read from, when two profiles are compared.
   */
  lower: string;
  /**
   * Capitalised names in order of appearance; a lone capital at a sentence-initial position
   * is included but marked `uncertain`.
   */
  names: NameMention[];
  /** Figures in order of appearance. */
  numbers: NumberMention[];
  /**
   * Every term in reading order, content and stopwords alike (a figure as its value, once):
   * what word n-grams and runs of unmatched words are read from.
   */
  sequence: string[];
  /** `sequenceIsContent[i]` is true when `sequence[i]` is a content term (not a stopword). */
  sequenceIsContent: boolean[];
  /**
   * Distinct terms of `sequence`, sorted (code-unit order): `terms` and `functionTerms` merged.
   * Two profiles' vocabularies merge in one pass, so comparing them needs no hash map.
   */
  vocabulary: string[];
  /** `vocabularyCounts[i]` is how often `vocabulary[i]` occurs in `sequence`. */
  vocabularyCounts: number[];
  /** How many of those occurrences are content terms (the rest are stopwords). */
  vocabularyContentCounts: number[];
  /** `sequenceIds[i]` is the index of `sequence[i]` in `vocabulary`. */
  sequenceIds: number[];
}

/**
 * Profiles one sentence for comparison: content stems, the lower-cased text, names and figures.
 *
 * @throws {CorroborateError} `INVALID_ARTICLE` when `text` is not a string.
 */
export function profileSentence(text: string): SentenceProfile {
  const { tokens, numbers, consumed, tables, sequence, sequenceIsContent } = readContent(text);
  return {
    text,
    terms: tables.terms,
    termCounts: tables.termCounts,
    functionTerms: tables.functionTerms,
    functionTermCounts: tables.functionTermCounts,
    lower: normalizeText(text).toLowerCase(),
    names: extractNames(text, tokens, consumed),
    numbers,
    sequence,
    sequenceIsContent,
    vocabulary: tables.vocabulary,
    vocabularyCounts: tables.vocabularyCounts,
    vocabularyContentCounts: tables.vocabularyContentCounts,
    sequenceIds: tables.sequenceIds,
  };
}

/** The part of a {@link SentenceProfile} that says what a sentence is about: its content terms and figures. */
export type SentenceContent = Pick<SentenceProfile, 'text' | 'terms' | 'termCounts' | 'numbers'>;

/**
 * {@link profileSentence} without the lower-cased text, names and stopwords: what alignment reads, at a
 * fraction of the cost. The fields it has are equal to the full profile's. `tokens`, when the
 * caller has them, are `tokenize(text)`: the prepare stage tokenizes each sentence once.
 *
 * @throws {CorroborateError} `INVALID_ARTICLE` when `text` is not a string.
 */
export function profileContent(text: string, tokens?: readonly Token[]): SentenceContent {
  const { numbers, tables } = readContent(text, tokens);
  return { text, terms: tables.terms, termCounts: tables.termCounts, numbers };
}

/** The character bigrams of a sentence, as `compareSentences` reads them (from the profile's `lower`). */
export function sentenceBigrams(text: string): BigramProfile {
  return bigramProfile(normalizeText(text).toLowerCase());
}

/** `tokens`, when given, are `tokenize(text)` (the prepare stage tokenizes each sentence once). */
function readContent(text: string, given?: readonly Token[]) {
  if (typeof text !== 'string') {
    throw new CorroborateError(
      'INVALID_ARTICLE',
      `profileSentence expects the sentence as a string, got ${describeType(text)}.`,
      { received: describeType(text) },
    );
  }
  const tokens = given ?? tokenize(text);
  const { numbers, consumed, figureAt } = extractNumbers(text, tokens);
  const terms = new TermCollector();
  collectTerms(tokens, consumed, figureAt, hasLowerCase(text), terms);
  return {
    tokens,
    numbers,
    consumed,
    tables: terms.tables(),
    sequence: terms.sequence,
    sequenceIsContent: terms.sequenceIsContent,
  };
}

/** The sorted term tables of a sentence (see the {@link SentenceProfile} fields of the same names). */
interface TermTables {
  terms: string[];
  termCounts: number[];
  functionTerms: string[];
  functionTermCounts: number[];
  vocabulary: string[];
  vocabularyCounts: number[];
  vocabularyContentCounts: number[];
  sequenceIds: number[];
}

/** Longest list of distinct terms ordered by insertion sort; longer ones go to `Array.prototype.sort`. */
const INSERTION_SORT_MAX = 32;

/**
 * Terms of a sentence as they are read, in order, each numbered on first sight (one map
 * lookup per term), so the sorted tables come from one sort of the distinct terms.
 */
class TermCollector {
  readonly sequence: string[] = [];
  readonly sequenceIsContent: boolean[] = [];
  /** `localIds[i]` numbers `sequence[i]` by first appearance. */
  private readonly localIds: number[] = [];
  private readonly distinct: string[] = [];
  private readonly contentCounts: number[] = [];
  private readonly functionCounts: number[] = [];
  private readonly ids = new Map<string, number>();

  addContent(term: string): void {
    this.add(term, true);
  }

  addStopword(term: string): void {
    this.add(term, false);
  }

  private add(term: string, content: boolean): void {
    let id = this.ids.get(term);
    if (id === undefined) {
      id = this.distinct.length;
      this.ids.set(term, id);
      this.distinct.push(term);
      this.contentCounts.push(0);
      this.functionCounts.push(0);
    }
    if (content) this.contentCounts[id]!++;
    else this.functionCounts[id]!++;
    this.sequence.push(term);
    this.sequenceIsContent.push(content);
    this.localIds.push(id);
  }

  /**
   * The distinct terms sorted (code-unit order, as `Array.prototype.sort` orders strings):
   * content terms, stopwords, and both together, with counts, and each sequence position's
   * index in the combined list. A string read both ways ("US" the acronym, "us" the pronoun)
   * is one vocabulary entry.
   */
  tables(): TermTables {
    const distinct = this.distinct;
    const order: number[] = [];
    for (let id = 0; id < distinct.length; id++) order.push(id);
    // Most comparisons are settled by the first two code units, compared as one number.
    const prefixes = distinct.map(prefixKey);
    const before = (p: number, q: number) =>
      prefixes[p]! < prefixes[q]! || (prefixes[p] === prefixes[q] && distinct[p]! < distinct[q]!);
    if (order.length > INSERTION_SORT_MAX) {
      order.sort((p, q) => (p === q ? 0 : before(p, q) ? -1 : 1));
    } else {
      for (let index = 1; index < order.length; index++) {
        const id = order[index]!;
        let k = index;
        while (k > 0 && before(id, order[k - 1]!)) {
          order[k] = order[k - 1]!;
          k--;
        }
        order[k] = id;
      }
    }
    const tables: TermTables = {
      terms: [],
      termCounts: [],
      functionTerms: [],
      functionTermCounts: [],
      vocabulary: [],
      vocabularyCounts: [],
      vocabularyContentCounts: [],
      sequenceIds: [],
    };
    const rank = new Array<number>(order.length);
    order.forEach((id, index) => {
      const term = distinct[id]!;
      const content = this.contentCounts[id]!;
      const stopword = this.functionCounts[id]!;
      rank[id] = index;
      tables.vocabulary.push(term);
      tables.vocabularyCounts.push(content + stopword);
      tables.vocabularyContentCounts.push(content);
      if (content > 0) {
        tables.terms.push(term);
        tables.termCounts.push(content);
      }
      if (stopword > 0) {
        tables.functionTerms.push(term);
        tables.functionTermCounts.push(stopword);
      }
    });
    tables.sequenceIds = this.localIds.map((id) => rank[id]!);
    return tables;
  }
}

/**
 * A number ordered as the string's first two code units are (an absent unit before any
 * present one), so `prefixKey(x) < prefixKey(y)` implies `x < y` and unequal strings with
 * equal keys need a full comparison.
 */
function prefixKey(term: string): number {
  const first = term.length > 0 ? term.charCodeAt(0) + 1 : 0;
  const second = term.length > 1 ? term.charCodeAt(1) + 1 : 0;
  return first * 0x20000 + second;
}

// ---------------------------------------------------------------------------------------------
// Content terms

const LOWER_CASE_LETTER = /\p{Ll}/u;
const CAPITALISED = /^[\p{Lu}\p{Lt}]/u;

/** True when a word starts with an upper- or title-case letter; ASCII is decided without the regex. */
function isCapitalised(word: string): boolean {
  const code = word.charCodeAt(0);
  if (code < 0x80) return code >= 0x41 && code <= 0x5a;
  return CAPITALISED.test(word);
}
const ALL_CAPS = /^[\p{Lu}\p{N}]+$/u;
const ALPHABETIC_PARTS = /^[a-z]+(?:-[a-z]+)+$/;

/** True when a word starts with a-z: most words, and never an acronym (a cheap test before the regex). */
function startsWithAsciiLowerCase(word: string): boolean {
  const code = word.charCodeAt(0);
  return code >= 0x61 && code <= 0x7a;
}

/** True when the text has any lower-case letter (so all-caps words in it are acronyms). */
function hasLowerCase(text: string): boolean {
  return LOWER_CASE_LETTER.test(text);
}

/**
 * Longest all-caps word read as an acronym. In the lower-case sentences of MSRP train and
 * STS-B train, all-caps words of 2–5 letters are nearly all acronyms (US, NATO, FBI, ASEAN:
 * 2,774 of 2,839), while of the 62 with 6 or more letters most are emphasis or a shouted
 * heading (REQUIREMENTS, CAUTION, PRESIDENT, BOSTON) and the acronyms among them (NASCAR,
 * NASDAQ, UNICEF) stem to themselves anyway.
 */
export const ACRONYM_MAX_LENGTH = 5;

/**
 * An acronym ("US", "U.S.", "NATO") is content even when its lower-case form is a stopword
 * ("us"), and is not stemmed. A longer word in capitals inside a normal sentence
 * ("the REQUIREMENTS were strict") is emphasis, an ordinary word; in an all-caps sentence
 * nothing can be told apart, so nothing counts as one.
 */
export function isAcronym(token: Token, sentenceHasLowerCase: boolean): boolean {
  if (token.initialism) return true;
  return (
    sentenceHasLowerCase &&
    token.text.length >= 2 &&
    token.text.length <= ACRONYM_MAX_LENGTH &&
    !startsWithAsciiLowerCase(token.text) &&
    ALL_CAPS.test(token.text)
  );
}

/**
 * Negated contractions ("didn't", "can't") and "cannot" all become the term "not", so
 * "did not meet" and "didn't meet" agree and both differ from "met".
 */
export function negationTerm(norm: string): string | undefined {
  return norm.endsWith("n't") || norm === 'cannot' ? 'not' : undefined;
}

/** Terms of one word token: hyphenated plain words count part by part ("asia-pacific"). */
function wordTerms(token: Token, sentenceHasLowerCase: boolean, terms: TermCollector): void {
  const negation = negationTerm(token.norm);
  if (negation !== undefined) terms.addContent(negation);
  else if (isAcronym(token, sentenceHasLowerCase)) terms.addContent(token.norm);
  else if (token.norm.includes('-') && ALPHABETIC_PARTS.test(token.norm)) {
    for (const part of token.norm.split('-')) {
      if (isStopword(part)) terms.addStopword(part);
      else terms.addContent(stem(part));
    }
  } else if (isStopword(token.norm)) terms.addStopword(token.norm);
  else terms.addContent(stem(token.norm));
}

/**
 * Collects the terms of every token in reading order: a figure as its value (at its number
 * token), every word not folded into a figure as a content term or a stopword.
 */
function collectTerms(
  tokens: readonly Token[],
  consumed: readonly boolean[],
  figureAt: readonly (NumberMention | undefined)[],
  sentenceHasLowerCase: boolean,
  terms: TermCollector,
): void {
  tokens.forEach((token, index) => {
    const figure = figureAt[index];
    if (figure !== undefined) terms.addContent(String(figure.value));
    else if (token.kind === 'word' && consumed[index] !== true) {
      wordTerms(token, sentenceHasLowerCase, terms);
    }
  });
}

// ---------------------------------------------------------------------------------------------
// Figures

/** Currency symbols, names and ISO codes → ISO 4217 codes. `$` and `¥` take the commonest reading. */
const CURRENCIES: ReadonlyMap<string, string> = new Map<string, string>([
  ...CURRENCY_SYMBOLS,
  ...CURRENCY_WORDS,
  ...[...CURRENCY_CODES].map((code): [string, string] => [code, code.toUpperCase()]),
]);

/**
 * Where a figure's currency starts and which it is, for a `$` at `dollarIndex`: a country
 * prefix attached to the `$` ("US$", "HK$") names the dollar; a bare `$` is USD.
 */
function dollarCurrency(tokens: readonly Token[], dollarIndex: number): [number, string] {
  const dollar = tokens[dollarIndex]!;
  const prefix = tokens[dollarIndex - 1];
  if (prefix !== undefined && prefix.kind === 'word' && prefix.end === dollar.start) {
    const code = DOLLAR_PREFIXES.get(prefix.norm);
    if (code !== undefined) return [dollarIndex - 1, code];
  }
  return [dollarIndex, 'USD'];
}

/**
 * The dollar named by country letters written after a detached `$` ("$US 5 million" → USD,
 * "$A 3m" → AUD): `countryIndex` is the letters' token, glued to the `$` before it.
 * Undefined for anything else, so a "$" before an ordinary word names nothing.
 */
export function dollarAfterSign(
  tokens: readonly Token[],
  countryIndex: number,
): string | undefined {
  const country = tokens[countryIndex];
  const sign = tokens[countryIndex - 1];
  if (country === undefined || sign === undefined || country.kind !== 'word') return undefined;
  if (
    sign.norm !== '$' ||
    sign.end !== country.start ||
    country.text !== country.text.toUpperCase()
  ) {
    return undefined;
  }
  return DOLLAR_PREFIXES.get(country.norm);
}

/** Words after a figure that make it hundredths of a dollar ("99 cents" → $0.99). */
const CENT_WORDS: ReadonlySet<string> = new Set(['cent', 'cents']);

/** Words after a figure that make it a percentage. */
const PERCENT_WORDS: ReadonlySet<string> = new Set(['percent', 'pct', 'percentage']);

/** Spelled-out numbers worth comparing ("two", "five-day"); "one" is left out: mostly a pronoun. */
const NUMBER_WORDS: ReadonlyMap<string, number> = new Map([
  ...[...SMALL_NUMBER_WORDS].filter(([word]) => word !== 'one'),
  ['hundred', 100],
  ['dozen', 12],
]);

/** Units of time that make a number-word compound a duration ("five-day", "two-year"). */
const DURATION_WORDS: ReadonlySet<string> = new Set(
  'second minute hour day night week month year decade'.split(' '),
);

/** Units digits that complete a tens word ("twenty-five"). */
const UNIT_WORDS: ReadonlyMap<string, number> = new Map(
  ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'].map((word, i) => [
    word,
    i + 1,
  ]),
);

/**
 * Value of a spelled-out number word ("five" → 5), a tens-units compound ("twenty-five" →
 * 25) or a duration compound ("five-day" → 5), else undefined. Other compounds are idioms,
 * not figures: "two-way trade", "one-sided".
 */
export function spelledNumberValue(norm: string): number | undefined {
  const direct = NUMBER_WORDS.get(norm);
  if (direct !== undefined) return direct;
  const hyphen = norm.indexOf('-');
  if (hyphen <= 0) return undefined;
  const head = NUMBER_WORDS.get(norm.slice(0, hyphen));
  if (head === undefined) return undefined;
  const rest = norm.slice(hyphen + 1);
  const units = UNIT_WORDS.get(rest);
  if (head >= 20 && head % 10 === 0 && units !== undefined) return head + units;
  return DURATION_WORDS.has(rest) ? head : undefined;
}

/** Applies a power-of-ten scale without binary rounding noise ("2.8" and 12 → exactly 2.8e12). */
function scaleValue(norm: string, exponent: number): number {
  return exponent === 0 ? Number(norm) : Number(`${norm}e${exponent}`);
}

/** True when nothing but whitespace separates two tokens. */
function adjacent(text: string, left: Token, right: Token): boolean {
  return text.slice(left.end, right.start).trim() === '';
}

/**
 * Figures with their scale and unit: "$550 billion", "550bn dollars", "US$ 2.8 trillion",
 * "27.5%", "12 per cent", "53,000", "five". Returns the indices of tokens folded into a
 * figure (currency and scale words) so they do not also count as content terms.
 */
function extractNumbers(
  text: string,
  tokens: readonly Token[],
): {
  numbers: NumberMention[];
  consumed: boolean[];
  figureAt: (NumberMention | undefined)[];
} {
  const numbers: NumberMention[] = [];
  // Indexed by token: folded into a figure (plain arrays: cheaper than a Set per sentence).
  const consumed: boolean[] = [];
  // Each figure by the index of its number token, where its term stands in reading order.
  const figureAt: (NumberMention | undefined)[] = [];
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!;
    let norm: string;
    if (token.kind === 'number') norm = token.norm;
    else if (token.kind === 'word') {
      const spelled = spelledNumberValue(token.norm);
      if (spelled === undefined) continue;
      norm = String(spelled);
      consumed[index] = true;
    } else continue;

    let first = index;
    let last = index;
    let currency: string | undefined;
    let unit: NumberUnit = token.percent ? 'percent' : 'plain';
    let exponent = 0;

    if (token.currency === '$' && token.currencyCountry !== undefined) {
      currency = DOLLAR_PREFIXES.get(token.currencyCountry) ?? 'USD';
    } else if (token.currency === '$') [first, currency] = dollarCurrency(tokens, index);
    else if (token.currency !== undefined) currency = CURRENCIES.get(token.currency);
    // A currency written before the figure: "$ 5", "US$ 5", "USD 5", "$US 5".
    const before = tokens[index - 1];
    if (currency === undefined && before !== undefined && adjacent(text, before, token)) {
      const code = CURRENCIES.get(before.norm);
      const country = dollarAfterSign(tokens, index - 1);
      if (before.norm === '$') [first, currency] = dollarCurrency(tokens, index - 1);
      else if (country !== undefined) {
        currency = country;
        first = index - 2;
      } else if (code !== undefined && before.norm !== 'won' && before.norm !== 'pound') {
        currency = code;
        first = index - 1;
      }
    }
    for (let k = first; k < index; k++) consumed[k] = true;
    // A scale after the figure: "550 billion", "550bn", "$5m".
    const scaleToken = tokens[last + 1];
    if (
      scaleToken !== undefined &&
      scaleToken.kind === 'word' &&
      adjacent(text, token, scaleToken)
    ) {
      // "5 m", "5m" and "5k" are as often metres or a 5k race: single letters need "$5m".
      const letterOk = scaleToken.start === token.end && currency !== undefined;
      const scale =
        SCALE_EXPONENTS.get(scaleToken.norm) ??
        (letterOk ? ATTACHED_SCALE_EXPONENTS.get(scaleToken.norm) : undefined);
      if (scale !== undefined) {
        exponent = scale;
        last += 1;
        consumed[last] = true;
      }
    }
    // A unit after the figure (and its scale): "dollars", "percent", "per cent", "%".
    const unitToken = tokens[last + 1];
    if (unit === 'plain' && unitToken !== undefined && adjacent(text, tokens[last]!, unitToken)) {
      const code = CURRENCIES.get(unitToken.norm);
      if (code !== undefined && currency === undefined) {
        currency = code;
        last += 1;
        consumed[last] = true;
      } else if (CENT_WORDS.has(unitToken.norm) && currency === undefined) {
        currency = 'USD';
        exponent -= 2;
        last += 1;
        consumed[last] = true;
      } else if (PERCENT_WORDS.has(unitToken.norm) || unitToken.norm === '%') {
        unit = 'percent';
        last += 1;
        consumed[last] = true;
      } else if (unitToken.norm === 'per' && tokens[last + 2]?.norm === 'cent') {
        unit = 'percent';
        consumed[last + 1] = true;
        consumed[last + 2] = true;
        last += 2;
      }
    }
    if (currency !== undefined) unit = 'money';
    const start = tokens[first]!.start;
    const end = tokens[last]!.end;
    const mention: NumberMention = {
      text: text.slice(start, end),
      start,
      end,
      value: scaleValue(norm, exponent),
      unit,
    };
    if (currency !== undefined) mention.currency = currency;
    numbers.push(mention);
    figureAt[index] = mention;
    index = last;
  }
  return { numbers, consumed, figureAt };
}

// ---------------------------------------------------------------------------------------------
// Names

/**
 * Capitalised words that introduce a name rather than belong to it (titles, honorifics,
 * office words). They split a capitalised run and are dropped: "Prime Minister Sanae
 * Takaichi" → "Sanae Takaichi", "Chinese President Xi Jinping" → "Chinese", "Xi Jinping".
 */
const TITLE_WORDS: ReadonlySet<string> = new Set(
  `president vice prime minister chancellor secretary general chair chairman chairwoman
   governor senator sen rep representative mayor king queen prince princess pope mr mrs ms
   dr sir dame lord lady deputy premier ambassador director commissioner speaker emperor
   sheikh judge justice leader chief former acting then late ex`.split(/\s+/),
);

/** Month and weekday names: capitalised, but dates rather than names. */
const CALENDAR_WORDS: ReadonlySet<string> = new Set(
  `january february march april may june july august september october november december
   jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday
   friday saturday sunday`.split(/\s+/),
);

/** Lower-case particles inside personal names ("Ursula von der Leyen", "Mohammed bin Salman"). */
const NAME_PARTICLES: ReadonlySet<string> = new Set(
  'de da di do dos das du del della der den van von bin ibn bint al el la le'.split(' '),
);

/** Punctuation after which the next word is capitalised for grammar, not because it is a name. */
const CLAUSE_OPENERS = /^["'([:;-]$/;

/** Fewest non-stopword words for a sentence to be judged a Title Case headline. */
const TITLE_CASE_MIN_WORDS = 2;

/**
 * A headline in Title Case ("Trump Seeks China’s Help With Russia") capitalises every word,
 * so capitals say nothing about names: true when at least {@link TITLE_CASE_MIN_WORDS}
 * non-stopword words are all capitalised. Body sentences always have a lower-case verb or noun.
 */
export function looksTitleCased(tokens: readonly Token[]): boolean {
  let capitalised = 0;
  for (const token of tokens) {
    if (token.kind !== 'word' || isStopword(token.norm)) continue;
    if (!isCapitalised(token.text)) return false;
    capitalised++;
  }
  return capitalised >= TITLE_CASE_MIN_WORDS;
}

/**
 * Whether a word can be part of a name: capitalised, not a title or month, and not a
 * stopword unless it is an acronym ("U.S.", "US" are names; "The", "I" are not).
 */
function isNameWord(token: Token, sentenceHasLowerCase: boolean): boolean {
  return (
    token.kind === 'word' &&
    isCapitalised(token.text) &&
    (!isStopword(token.norm) || isAcronym(token, sentenceHasLowerCase)) &&
    !TITLE_WORDS.has(token.norm) &&
    !CALENDAR_WORDS.has(token.norm)
  );
}

/** Most name particles in a row inside one name ("von der" in "Ursula von der Leyen"). */
const MAX_PARTICLES_IN_A_ROW = 2;

/** Index of the name word after a run of 1–2 particles starting at `index`, or -1. */
function afterParticles(tokens: readonly Token[], index: number, lowerCase: boolean): number {
  let next = index;
  while (next < tokens.length && next - index < MAX_PARTICLES_IN_A_ROW) {
    if (!NAME_PARTICLES.has(tokens[next]!.text)) break;
    next++;
  }
  if (next === index) return -1;
  const word = tokens[next];
  return word !== undefined && isNameWord(word, lowerCase) ? next : -1;
}

/**
 * True when the token at `index` stands where English capitalises any word: the first word of
 * the sentence, or the first word after an opening quote, bracket, colon or dash.
 */
export function atTrivialCapitalPosition(tokens: readonly Token[], index: number): boolean {
  for (let k = index - 1; k >= 0; k--) {
    const token = tokens[k]!;
    if (token.kind === 'word' || token.kind === 'number') return false;
    if (token.kind === 'punct' && CLAUSE_OPENERS.test(token.norm)) return true;
  }
  return true;
}

/**
 * Printable ASCII words other than hyphens, separated by single spaces: already a name key
 * (NFD changes nothing, there is no mark, hyphen or extra space to remove).
 */
const PLAIN_ASCII_KEY = /^[\x21-\x2c\x2e-\x7e]+(?: [\x21-\x2c\x2e-\x7e]+)*$/;

/** Matching key for a name: lower case, diacritics stripped, hyphens as spaces. */
export function nameKey(words: readonly string[]): string {
  const joined = words.join(' ');
  if (PLAIN_ASCII_KEY.test(joined)) return joined;
  return joined
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/-/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Runs of capitalised words, split at titles, stopwords, months and words folded into a
 * figure, joined across name particles. A one-word run at a trivial capital position ("Officials said", "Trump said")
 * is kept but marked `uncertain`; a longer one ("Xi Jinping said") is a name. Title Case
 * headlines yield no names.
 */
function extractNames(
  text: string,
  tokens: readonly Token[],
  consumed: readonly boolean[],
): NameMention[] {
  if (looksTitleCased(tokens)) return [];
  const lowerCase = hasLowerCase(text);
  const names: NameMention[] = [];
  let index = 0;
  while (index < tokens.length) {
    // A word folded into a figure ("US" in "US$2.8 billion") names the currency, not a place.
    if (consumed[index] === true || !isNameWord(tokens[index]!, lowerCase)) {
      index++;
      continue;
    }
    const first = index;
    let last = index;
    while (last + 1 < tokens.length && !tokens[last]!.possessive) {
      if (consumed[last + 1] !== true && isNameWord(tokens[last + 1]!, lowerCase)) {
        last += 1;
        continue;
      }
      const joined = afterParticles(tokens, last + 1, lowerCase);
      if (joined === -1) break;
      last = joined;
    }
    index = last + 1;
    const words = tokens.slice(first, last + 1).map((token) => token.norm);
    const end = tokens[last]!.possessive ? tokens[last]!.end - 2 : tokens[last]!.end;
    const start = tokens[first]!.start;
    const name: NameMention = { text: text.slice(start, end), key: nameKey(words), start, end };
    if (first === last && atTrivialCapitalPosition(tokens, first)) name.uncertain = true;
    names.push(name);
  }
  return names;
}
