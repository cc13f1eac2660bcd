// Dates an article states (full dates, month-days, weekdays, relative days, months, years),
// resolved against the article's reference date, with whether each is quoted, past or future.
// Token-based: one linear pass over each sentence's tokens, no date regular expressions.
import { parseIsoDate } from '../input/parse-date.js';
import { readOptions } from '../input/read-options.js';
import { assertSentences } from '../text/assert-sentences.js';
import { type Token, tokenize } from '../text/tokenize.js';
import type { SentenceSpan } from '../text/types.js';
import type { DateMention, ExtractDatesOptions } from './date-types.js';
import { resolveDate } from './dates/resolve.js';
import {
  mayContainDate,
  type RawDate,
  scanDates,
  setsTheScene,
  statedYear,
  tokenTextEnd,
} from './dates/scan.js';
import { quotedTokens, tenseCues } from './dates/tense.js';

/**
 * Finds the dates each sentence states and resolves what it can.
 *
 * - Full dates ("October 24, 2025", "Oct. 30, 2025", "30 Oct 2025", "2025-10-30",
 *   "30/10/2025") resolve from the text alone. Numeric day/month/year dates are read day
 *   first when the first number is over 12, month first when the second is; when both are 12
 *   or less and differ ("03/04/2025") the mention is kept with `value: null` and
 *   `resolvedBy: 'unresolved'`: a silently wrong month could shift the reference date and
 *   make a correct figure look stale, while an unresolved one only falls back to other rules.
 * - A month-day without a year ("October 30") takes the year of a full date or year written in
 *   the same sentence; otherwise, with a reference date, the year that puts it nearest to it.
 * - Weekdays resolve forwards in a future clause, backwards in a past clause, and otherwise to
 *   the nearest such day (within ±3 days) — see `weekdayOffset` in `dates/resolve.ts`.
 * - Relative expressions ("yesterday", "next week", "two days ago") and bare months ("In July")
 *   resolve against the reference date; without one they are `unresolved`.
 *
 * Results are in text order (sentence, then offset). Offsets index the article text.
 *
 * @throws CorroborateError `INVALID_ARTICLE` when `sentences` is not an array of sentence spans;
 * `INVALID_DATE` when `options.referenceDate` is not a real `YYYY-MM-DD` date;
 * `INVALID_OPTION` when `options` is not an object.
 */
export function extractDates(
  sentences: readonly SentenceSpan[],
  options: ExtractDatesOptions = {},
): DateMention[] {
  assertSentences(sentences, 'extractDates');
  const { referenceDate } = readOptions(
    options,
    ['referenceDate'],
    'options',
    'extractDates',
  ) as ExtractDatesOptions;
  const reference =
    referenceDate === undefined ? null : parseIsoDate(referenceDate, 'options.referenceDate');
  return datesIn(sentences, reference, (sentence) => tokenize(sentence.text));
}

/**
 * {@link extractDates} without a reference date, on sentences the prepare stage has tokenized
 * already: `tokensBySentence[i]` are `tokenize(sentences[i].text)`.
 */
export function statedDatesIn(
  sentences: readonly SentenceSpan[],
  tokensBySentence: readonly (readonly Token[])[],
): DateMention[] {
  return datesIn(sentences, null, (_, index) => tokensBySentence[index] as readonly Token[]);
}

/** The dates of each sentence that may hold one, from the tokens `tokensOf` gives for it. */
function datesIn(
  sentences: readonly SentenceSpan[],
  reference: ReturnType<typeof parseIsoDate> | null,
  tokensOf: (sentence: SentenceSpan, index: number) => readonly Token[],
): DateMention[] {
  const mentions: DateMention[] = [];
  sentences.forEach((sentence, sentenceIndex) => {
    if (!mayContainDate(sentence.text)) return;
    const tokens = tokensOf(sentence, sentenceIndex);
    const raws = scanDates(tokens);
    if (raws.length === 0) return;
    const quoted = quotedTokens(tokens, sentence.text);
    const cues = tenseCues(tokens);
    const sentenceYear = statedYear(tokens, raws);
    const resolved = raws.map((raw) => resolveDate(raw, { tokens, cues, reference, sentenceYear }));
    const pastYear = resolved.some(
      (entry, index) => entry.past && setsTheScene(tokens, raws[index] as RawDate),
    );
    resolved.forEach((entry, index) => {
      const raw = raws[index] as RawDate;
      const firstToken = tokens[raw.first] as Token;
      const lastToken = tokens[raw.last - 1] as Token;
      const end = tokenTextEnd(lastToken);
      // A day in a sentence whose scene is set in a past year ("In 2023 alone, on March 3, …") is history too.
      const past = entry.past || (pastYear && (raw.kind === 'full' || raw.kind === 'month-day'));
      const mention: DateMention = {
        text: sentence.text.slice(firstToken.start, end),
        kind: raw.kind,
        value: entry.value,
        period: entry.period,
        resolvedBy: entry.resolvedBy,
        quoted: quoted[raw.first] === 1,
        past,
        future: entry.future && !past,
        sentenceIndex,
        start: sentence.start + firstToken.start,
        end: sentence.start + end,
      };
      if (entry.year !== undefined) mention.year = entry.year;
      if (entry.month !== undefined) mention.month = entry.month;
      const day = entry.value === null ? raw.day : Number(entry.value.slice(8, 10));
      if (day !== undefined && !raw.ambiguous) mention.day = day;
      mentions.push(mention);
    });
  });
  return mentions;
}
