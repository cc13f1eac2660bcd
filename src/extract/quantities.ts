// Figures an article states (percentages, sums of money, counts, durations), normalised so
// "$550 billion" and "550bn dollars" compare equal, with the noun phrase each one quantifies.
// Token-based: one pass over each sentence's tokens; every look-around is bounded.
import { assertSentences } from '../text/assert-sentences.js';
import { stem } from '../text/stem.js';
import { isStopword } from '../text/stopwords.js';
import { type Token, tokenize } from '../text/tokenize.js';
import type { SentenceSpan } from '../text/types.js';
import { scanDates } from './dates/scan.js';
import { markDigitChains, markScores } from './quantities/not-figures.js';
import { type CombinedFigure, combineRangeOrChange, figureAt } from './quantities/read-figure.js';
import { backwardSubject, elidedSubject, forwardSubject } from './quantities/subjects.js';
import type { QuantityMention } from './quantities/types.js';

export {
  APPROXIMATE_RELATIVE_TOLERANCE,
  BOUND_REACH,
  EXACT_RELATIVE_TOLERANCE,
  quantitiesAgree,
} from './quantities/agreement.js';
export type {
  CurrencyCode,
  QuantityMention,
  QuantityUnit,
  TimeUnit,
} from './quantities/types.js';

/**
 * Finds the figures each sentence states: percentages, sums of money (with scale and currency),
 * counts with what they count, and durations. Years, dates, times of day, labels ("Article 5",
 * "Air Force One", "Group of 20"), identifiers (phone numbers, "COVID-19", "G7"), ordinals and
 * the pronoun "one" are not figures. Ranges ("10% to 40%") and changes ("from 27.5% to 15%")
 * come back as one mention. "29-of-34 passes" counts 34 passes, as "29 of 34 passes" does; "4
 * minutes 48 seconds" is one duration of 4.8 minutes; a count whose noun is left out ("played
 * 10 games, then missed four straight") counts what the count before it counts. Results are
 * in text order.
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
 * {@link extractQuantities} of one sentence on its own (offsets relative to it), from the
 * `tokenize` tokens the caller already has for it.
 */
export function sentenceQuantities(text: string, tokens: readonly Token[]): QuantityMention[] {
  if (!mayContainQuantity(text)) return [];
  return quantitiesInSentence(tokens, { text, start: 0, end: text.length }, 0);
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
    if (subject.length === 0) subject = elidedSubject(tokens, combined.last, previous);
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
export function subjectStems(subject: readonly string[]): string[] {
  const stems: string[] = [];
  for (const word of subject) {
    if (isStopword(word)) continue;
    const stemmed = stem(word);
    if (!stems.includes(stemmed)) stems.push(stemmed);
  }
  return stems;
}
