import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CorroborateError } from '../src/errors.js';
import type { DateMention } from '../src/extract/date-types.js';
import { bareMonthYear, nearestMonthDay, weekdayOffset } from '../src/extract/dates/resolve.js';
import { isYearAt } from '../src/extract/dates/scan.js';
import { MAX_TENSE_CUE_DISTANCE, tenseCueOf } from '../src/extract/dates/tense.js';
import { extractDates, statedDatesIn } from '../src/extract/dates.js';
import { isPlainYear } from '../src/text/calendar.js';
import { splitSentences } from '../src/text/split-sentences.js';
import { tokenize } from '../src/text/tokenize.js';
import { hostileCases } from './helpers/hostile-inputs.js';

/** Dates of a text split into sentences, checking every mention's offsets against the text. */
function datesOf(text: string, referenceDate?: string): DateMention[] {
  const sentences = splitSentences(text);
  const mentions = extractDates(sentences, referenceDate === undefined ? {} : { referenceDate });
  for (const mention of mentions) {
    expect(text.slice(mention.start, mention.end)).toBe(mention.text);
  }
  return mentions;
}

/** The only mention of a text (fails when there is not exactly one). */
function onlyDate(text: string, referenceDate?: string): DateMention {
  const mentions = datesOf(text, referenceDate);
  expect(mentions.map((mention) => mention.text)).toHaveLength(1);
  return mentions[0] as DateMention;
}

// 2025-10-24 is a Friday; 2025-10-26 a Sunday.
const FRIDAY = '2025-10-24';
const SUNDAY = '2025-10-26';

describe('statedDatesIn (the prepare stage passes its tokens)', () => {
  it('finds what extractDates finds without a reference date, from the given tokens', () => {
    const sentences = splitSentences(
      'On Oct. 30, 2025, Trump met Xi. He left on Friday. Talks resume in July 2026.',
    );
    const tokens = sentences.map((sentence) => tokenize(sentence.text));
    expect(statedDatesIn(sentences, tokens)).toEqual(extractDates(sentences));
    expect(statedDatesIn(sentences, tokens).length).toBeGreaterThan(2);
    // It reads the tokens it is given, not the text again: no tokens, no dates.
    expect(
      statedDatesIn(
        sentences,
        sentences.map(() => []),
      ),
    ).toEqual([]);
  });
});

describe('full dates', () => {
  it.each([
    ['The summit opened on October 24, 2025, in Busan.', 'October 24, 2025', '2025-10-24'],
    ['Talks resumed on Oct. 30, 2025.', 'Oct. 30, 2025', '2025-10-30'],
    ['Filed 30 Oct 2025 from Seoul.', '30 Oct 2025', '2025-10-30'],
    ['Signed on the 30th of October 2025.', '30th of October 2025', '2025-10-30'],
    ['Data as of 2025-10-30 show a rise.', '2025-10-30', '2025-10-30'],
    ['Posted 30/10/2025 by the ministry.', '30/10/2025', '2025-10-30'],
    ['Posted 10/30/2025 by the ministry.', '10/30/2025', '2025-10-30'],
    ['Sunday, 26 October 2025: leaders arrive.', 'Sunday, 26 October 2025', '2025-10-26'],
  ])('reads %j', (text, written, value) => {
    const mention = onlyDate(text);
    expect(mention).toMatchObject({ text: written, kind: 'full', value, resolvedBy: 'explicit' });
    expect(mention.period).toEqual({ start: value, end: value });
  });

  it('reads the date of a photo caption with a credit after it', () => {
    const text =
      'U.S. President Donald Trump departs for Asia from the White House in Washington, D.C., U.S., October 24, 2025. REUTERS/Kylie Cooper';
    const mention = onlyDate(text);
    expect(mention).toMatchObject({
      text: 'October 24, 2025',
      value: '2025-10-24',
      sentenceIndex: 0,
      quoted: false,
      past: false,
      future: false,
    });
  });

  it('leaves a day/month order it cannot tell unresolved instead of guessing', () => {
    const mention = onlyDate('Posted 03/04/2025 by the ministry.');
    expect(mention).toMatchObject({
      kind: 'full',
      value: null,
      year: 2025,
      resolvedBy: 'unresolved',
    });
    expect(mention.month).toBeUndefined();
    expect(mention.day).toBeUndefined();
  });

  it('reads equal day and month in either order', () => {
    expect(onlyDate('Posted 05/05/2025 by the ministry.').value).toBe('2025-05-05');
  });

  it('rejects dates that do not exist', () => {
    expect(datesOf('It was due 2025-02-30 at noon.').filter((d) => d.kind === 'full')).toEqual([]);
    expect(datesOf('Sent 31/02/2025 by post.').filter((d) => d.kind === 'full')).toEqual([]);
    const february = datesOf('They met on February 30, 2025.');
    expect(february.map((d) => d.kind)).toEqual(['year']);
  });

  it('is not fooled by fractions, scores or number chains', () => {
    expect(datesOf('The line is open 24/7 and the score was 3-2.')).toEqual([]);
  });
});

describe('month-day dates', () => {
  it('reads "Friday, October 24" as one mention, unresolved without a reference date', () => {
    const mention = onlyDate(
      'Speaking to reporters aboard Air Force One on Friday, October 24, Trump made his position clear.',
    );
    expect(mention).toMatchObject({
      text: 'Friday, October 24',
      kind: 'month-day',
      value: null,
      month: 10,
      day: 24,
      resolvedBy: 'unresolved',
    });
  });

  it('takes the year nearest the reference date', () => {
    const mention = onlyDate('Xi meets Trump in South Korea on October 30.', FRIDAY);
    expect(mention).toMatchObject({
      text: 'October 30',
      value: '2025-10-30',
      resolvedBy: 'reference-date',
      future: true,
    });
    expect(onlyDate('They met on December 30.', '2026-01-03').value).toBe('2025-12-30');
  });

  it('takes the year the same sentence states', () => {
    const [day, year] = datesOf('The October 30 meeting is the centrepiece of the 2025 trip.');
    expect(day).toMatchObject({ text: 'October 30', value: '2025-10-30', resolvedBy: 'explicit' });
    expect(year).toMatchObject({ kind: 'year', year: 2025 });
  });

  it('does not take a history year from the same sentence', () => {
    const [day] = datesOf('The October 30 meeting, the first since 2019, is planned in Busan.');
    expect(day).toMatchObject({ text: 'October 30', value: null, resolvedBy: 'unresolved' });
  });

  it('reads "Oct. 30", "30th October" and "30 Oct"', () => {
    expect(onlyDate('They meet on Oct. 30 in Busan.')).toMatchObject({ text: 'Oct. 30', day: 30 });
    expect(onlyDate('They meet on 30th October in Busan.')).toMatchObject({ text: '30th October' });
    expect(onlyDate('They meet on 30 Oct in Busan.')).toMatchObject({ text: '30 Oct', month: 10 });
  });

  it('needs a capitalised month: the verb "march" and modal "may" are not dates', () => {
    expect(datesOf('Protesters march 30 blocks; he may 5 times refuse.')).toEqual([]);
  });
});

describe('weekdays', () => {
  it('resolves a weekday in a future clause forwards', () => {
    const mention = onlyDate(
      'The centerpiece is a planned meeting with Chinese President Xi Jinping in Busan, South Korea, on Thursday.',
      SUNDAY,
    );
    expect(mention).toMatchObject({
      text: 'Thursday',
      kind: 'weekday',
      value: '2025-10-30',
      future: true,
    });
  });

  it('resolves a weekday in a past clause backwards', () => {
    const mention = onlyDate(
      'Trump embarked on a high-stakes trip to Asia on Friday night.',
      SUNDAY,
    );
    expect(mention).toMatchObject({
      text: 'Friday night',
      value: FRIDAY,
      past: true,
      future: false,
    });
  });

  it('resolves the same weekday both ways depending on tense', () => {
    const ahead = onlyDate('Trump will meet Xi on Thursday.', FRIDAY);
    const behind = onlyDate('Trump met Xi on Thursday.', FRIDAY);
    expect(ahead.value).toBe('2025-10-30');
    expect(behind.value).toBe('2025-10-23');
  });

  it('resolves a weekday with no tense cue to the nearest such day', () => {
    expect(onlyDate('The ASEAN summit on Sunday draws leaders.', FRIDAY).value).toBe(SUNDAY);
    expect(onlyDate('The ASEAN summit on Thursday draws leaders.', FRIDAY).value).toBe(
      '2025-10-23',
    );
  });

  it('reads "next", "last", "this" and "this past" before a weekday', () => {
    expect(onlyDate('Talks resume next Tuesday.', FRIDAY)).toMatchObject({
      text: 'next Tuesday',
      value: '2025-10-28',
    });
    expect(onlyDate('Talks ended last Monday.', FRIDAY)).toMatchObject({
      text: 'last Monday',
      value: '2025-10-20',
      past: true,
    });
    expect(onlyDate('Talks end this Friday.', FRIDAY).value).toBe(FRIDAY);
    expect(onlyDate('Talks ended this past Friday.', FRIDAY).value).toBe('2025-10-17');
  });

  it('keeps the part of the day and drops a possessive', () => {
    expect(onlyDate('The tour culminates in Manila on Thursday evening.').text).toBe(
      'Thursday evening',
    );
    expect(onlyDate('By the end of Wednesday’s summit, a deal is hoped for.').text).toBe(
      'Wednesday',
    );
  });

  it('does not read plurals or lower-case words as weekdays', () => {
    expect(datesOf('Markets close on Fridays; friday is lower case here.')).toEqual([]);
  });

  it('is unresolved without a reference date but keeps the tense', () => {
    expect(onlyDate('Trump will meet Xi on Thursday.')).toMatchObject({
      value: null,
      resolvedBy: 'unresolved',
      future: true,
    });
  });
});

describe('weekdayOffset', () => {
  const THURSDAY = 4;
  const FRIDAY_NUMBER = 5;
  it('looks forward in a future clause and backward in a past one, including the same day', () => {
    expect(weekdayOffset(FRIDAY_NUMBER, THURSDAY, undefined, 'future')).toBe(6);
    expect(weekdayOffset(FRIDAY_NUMBER, THURSDAY, undefined, 'past')).toBe(-1);
    expect(weekdayOffset(FRIDAY_NUMBER, FRIDAY_NUMBER, undefined, 'future')).toBe(0);
    expect(weekdayOffset(FRIDAY_NUMBER, FRIDAY_NUMBER, undefined, 'past')).toBe(0);
  });

  it('never goes more than three days away without a cue', () => {
    for (let reference = 0; reference < 7; reference++) {
      for (let weekday = 0; weekday < 7; weekday++) {
        const offset = weekdayOffset(reference, weekday, undefined, null);
        expect(Math.abs(offset)).toBeLessThanOrEqual(3);
        expect((((reference + offset) % 7) + 7) % 7).toBe(weekday);
      }
    }
  });

  it('steps strictly forward for "next" and strictly back for "last"', () => {
    expect(weekdayOffset(FRIDAY_NUMBER, FRIDAY_NUMBER, 'next', null)).toBe(7);
    expect(weekdayOffset(FRIDAY_NUMBER, FRIDAY_NUMBER, 'last', null)).toBe(-7);
  });
});

describe('relative dates', () => {
  it.each([
    ['The statement came yesterday.', 'yesterday', '2025-10-23', '2025-10-23'],
    ['The summit opens tomorrow.', 'tomorrow', '2025-10-25', '2025-10-25'],
    ['Leaders meet today.', 'today', FRIDAY, FRIDAY],
    ['Leaders meet next week.', 'next week', '2025-10-27', '2025-11-02'],
    ['Leaders met last month.', 'last month', '2025-09-01', '2025-09-30'],
    ['Exports fell this year.', 'this year', '2025-01-01', '2025-12-31'],
    ['Exports fell earlier this week.', 'earlier this week', '2025-10-20', '2025-10-26'],
    ['The deal was struck two days ago.', 'two days ago', '2025-10-22', '2025-10-22'],
    ['The deal was struck a week ago.', 'a week ago', '2025-10-13', '2025-10-19'],
    ['The deal takes effect in 3 days.', 'in 3 days', '2025-10-27', '2025-10-27'],
    ['They rest this weekend.', 'this weekend', '2025-10-25', '2025-10-26'],
  ])('resolves %j', (text, written, start, end) => {
    const mention = onlyDate(text, FRIDAY);
    expect(mention).toMatchObject({
      text: written,
      kind: 'relative',
      resolvedBy: 'reference-date',
    });
    expect(mention.period).toEqual({ start, end });
    expect(mention.value).toBe(start === end ? start : null);
  });

  it('marks backward expressions past and forward ones future, even unresolved', () => {
    expect(onlyDate('Leaders met last year.')).toMatchObject({
      past: true,
      future: false,
      value: null,
    });
    expect(onlyDate('Leaders meet next week.')).toMatchObject({ past: false, future: true });
    expect(onlyDate('Leaders meet this week.')).toMatchObject({ past: false, future: false });
  });

  it('does not read "last weeks" or "next day" as relative dates', () => {
    expect(datesOf('In the last weeks of talks, the next day brought news.')).toEqual([]);
  });
});

describe('years and months', () => {
  it('reads bare years and marks history years past', () => {
    const [since] = datesOf('It is the first meeting since 2019.');
    expect(since).toMatchObject({ text: '2019', kind: 'year', year: 2019, past: true });
    const [invasion] = datesOf('Xi has backed Russia since the 2022 invasion of Ukraine.');
    expect(invasion).toMatchObject({ text: '2022', kind: 'year' });
  });

  it('marks "In 2023 alone, China imported …" past from its tense, without a reference date', () => {
    const mention = onlyDate('In 2023 alone, China imported over $100 billion of Russian energy.');
    expect(mention).toMatchObject({ text: '2023', past: true, resolvedBy: 'explicit' });
    expect(mention.period).toEqual({ start: '2023-01-01', end: '2023-12-31' });
  });

  it('places years before and after the reference year', () => {
    expect(onlyDate('In 2023 the plant opens.', FRIDAY)).toMatchObject({ past: true });
    expect(onlyDate('In 2026 the plant opens.', FRIDAY)).toMatchObject({
      future: true,
      past: false,
    });
    expect(onlyDate('In 2026, the plant will open.')).toMatchObject({ future: true, past: false });
  });

  it('reads four-digit numbers outside 1900–2099 as years only after a year word', () => {
    expect(onlyDate('The city fell in 1453.').year).toBe(1453);
    expect(datesOf('About 1500 troops and 2025 percent growth.')).toEqual([]);
  });

  it('does not read seasons, ISO fragments or sums as years', () => {
    expect(datesOf('The 2025-26 season starts.')).toEqual([]);
    expect(datesOf('It cost $2025 in fees.')).toEqual([]);
  });

  it('reads months with and without a year', () => {
    expect(onlyDate('Prices rose in August 2024.')).toMatchObject({
      text: 'August 2024',
      kind: 'month-year',
      year: 2024,
      month: 8,
      resolvedBy: 'explicit',
      period: { start: '2024-08-01', end: '2024-08-31' },
    });
    expect(onlyDate('In July, the threat was renewed.')).toMatchObject({
      text: 'July',
      kind: 'month-year',
      resolvedBy: 'unresolved',
    });
    expect(onlyDate('In July, the threat was renewed.', FRIDAY)).toMatchObject({
      year: 2025,
      period: { start: '2025-07-01', end: '2025-07-31' },
      past: true,
    });
  });

  it('resolves a bare month by tense, "last"/"next", or nearness', () => {
    expect(
      onlyDate('He began his second term in January, officials said.', FRIDAY).period?.start,
    ).toBe('2025-01-01');
    expect(onlyDate('Talks resume last March.', FRIDAY).period?.start).toBe('2025-03-01');
    expect(onlyDate('Talks resume next January.', FRIDAY).period?.start).toBe('2026-01-01');
    expect(onlyDate('Talks will resume in January.', FRIDAY).period?.start).toBe('2026-01-01');
  });

  it('needs a preposition before a month standing alone', () => {
    expect(datesOf('Theresa May said June was busy.')).toEqual([]);
  });
});

describe('bareMonthYear', () => {
  it('picks the occurrence by modifier, direction, or nearness in months', () => {
    expect(bareMonthYear(FRIDAY, 10, 'last', null)).toBe(2024);
    expect(bareMonthYear(FRIDAY, 10, 'next', null)).toBe(2026);
    expect(bareMonthYear(FRIDAY, 1, undefined, 'past')).toBe(2025);
    expect(bareMonthYear(FRIDAY, 1, undefined, 'future')).toBe(2026);
    expect(bareMonthYear(FRIDAY, 1, undefined, null)).toBe(2026);
    expect(bareMonthYear(FRIDAY, 6, undefined, null)).toBe(2025);
    // April is six months from October either way: the earlier one.
    expect(bareMonthYear(FRIDAY, 4, undefined, null)).toBe(2025);
    expect(bareMonthYear('2025-01-15', 7, undefined, null)).toBe(2024);
  });
});

describe('nearestMonthDay', () => {
  it('crosses the year boundary either way', () => {
    expect(nearestMonthDay('2026-01-03', 12, 30)).toBe('2025-12-30');
    expect(nearestMonthDay('2025-12-30', 1, 2)).toBe('2026-01-02');
  });
  it('finds the nearest 29 February', () => {
    expect(nearestMonthDay('2025-10-24', 2, 29)).toBe('2024-02-29');
  });
});

describe('tense cues', () => {
  it('reads scheduling words as future and past verbs as past', () => {
    expect(tenseCueOf('will', undefined, undefined)).toBe(1);
    expect(tenseCueOf('set', 'is', 'to')).toBe(1);
    expect(tenseCueOf('embarked', 'trump', 'on')).toBe(-1);
    expect(tenseCueOf('said', undefined, undefined)).toBe(-1);
  });
  it('does not read adjectives, nouns or "set" without "to" as cues', () => {
    expect(tenseCueOf('limited', 'the', 'talks')).toBe(0);
    expect(tenseCueOf('signed', 'a', 'agreement')).toBe(0);
    expect(tenseCueOf('hundred', 'a', 'troops')).toBe(0);
    expect(tenseCueOf('set', 'a', 'of')).toBe(0);
    expect(tenseCueOf('long-awaited', 'the', 'meeting')).toBe(0);
  });
  it('ignores cues further away than the limit', () => {
    const filler = Array.from({ length: MAX_TENSE_CUE_DISTANCE + 2 }, () => 'and').join(' ');
    expect(onlyDate(`Trump met ${filler} on Thursday.`, FRIDAY).value).toBe('2025-10-23');
    expect(onlyDate(`Trump will ${filler} meet on Thursday.`, FRIDAY).value).toBe('2025-10-23');
  });
});

describe('quotation marks', () => {
  it('marks dates inside curly and straight quotes', () => {
    const [inside, outside] = datesOf('“We will meet on Friday,” he said on Monday.');
    expect(inside).toMatchObject({ text: 'Friday', quoted: true });
    expect(outside).toMatchObject({ text: 'Monday', quoted: false });
    const [straight, after] = datesOf('He said "we meet on Friday" and left on Monday.');
    expect(straight).toMatchObject({ text: 'Friday', quoted: true });
    expect(after).toMatchObject({ text: 'Monday', quoted: false });
  });

  it('quotes what comes before a closing mark with no opener', () => {
    const mentions = extractDates([
      { text: 'we meet on Friday,” he said on Monday.', start: 0, end: 38 },
    ]);
    expect(mentions.map((mention) => [mention.text, mention.quoted])).toEqual([
      ['Friday', true],
      ['Monday', false],
    ]);
  });

  it('does not carry an open quote into the next sentence', () => {
    const text = '“We meet on Friday. Then Saturday.\nOfficials left on Monday.';
    const mentions = datesOf(text);
    expect(mentions.find((mention) => mention.text === 'Monday')?.quoted).toBe(false);
  });
});

describe('history and propagation', () => {
  it('makes a full date past when the sentence sets a past year', () => {
    const mention = datesOf('In 2023 alone, on March 3, 2023, China imported more oil.').find(
      (date) => date.kind === 'full',
    );
    expect(mention).toMatchObject({ value: '2023-03-03', past: true });
  });

  it('does not spread the past of an adjectival year to a day', () => {
    const [day] = datesOf('The October 24 departure opened the 2025 Asia trip.');
    expect(day).toMatchObject({ value: '2025-10-24', past: false });
  });

  it('does not make a full date past because news is written in the past tense', () => {
    expect(onlyDate('Trump said on October 24, 2025 that talks went well.').past).toBe(false);
  });

  it('marks a full date in a scheduling clause future', () => {
    expect(onlyDate('Trump will meet Xi on October 30, 2025.').future).toBe(true);
  });

  it('marks a full date after a history marker past', () => {
    expect(onlyDate('Tariffs have risen since October 1, 2019.').past).toBe(true);
  });
});

describe('isYearAt', () => {
  it('reads a plain four-digit year and not a sum or a count with a unit', () => {
    expect(isYearAt(tokenize('in 2019'), 1)).toBe(true);
    expect(isYearAt(tokenize('in 1453'), 1)).toBe(true);
    expect(isYearAt(tokenize('2025 percent'), 0)).toBe(false);
    expect(isYearAt(tokenize('1500 troops'), 0)).toBe(false);
    expect(isYearAt(tokenize('2,025 troops'), 0)).toBe(false);
  });
});

describe('offsets, order and input', () => {
  it('gives offsets into the article text across sentences', () => {
    const text = 'Headline on Monday\n\nTrump met Xi on October 30. He left on Friday.';
    const mentions = datesOf(text, FRIDAY);
    expect(mentions.map((mention) => [mention.text, mention.sentenceIndex])).toEqual([
      ['Monday', 0],
      ['October 30', 1],
      ['Friday', 2],
    ]);
  });

  it('does not mutate its input and gives equal results on a second call', () => {
    const sentences = Object.freeze(
      splitSentences('Trump will meet Xi on Thursday, October 30, 2025.').map((s) =>
        Object.freeze(s),
      ),
    );
    const first = extractDates(sentences, { referenceDate: FRIDAY });
    expect(extractDates(sentences, { referenceDate: FRIDAY })).toEqual(first);
  });

  it('rejects bad input with a CorroborateError', () => {
    expect(() => extractDates('text' as never)).toThrow(CorroborateError);
    expect(() => extractDates('text' as never)).toThrow(/sentences must be an array of/);
    expect(() => extractDates([{ text: 1 }] as never)).toThrow(/sentences\[0\]/);
    try {
      extractDates([], { referenceDate: 'yesterday' });
      expect.unreachable();
    } catch (error) {
      expect((error as CorroborateError).code).toBe('INVALID_DATE');
    }
    try {
      extractDates([], 'soon' as never);
      expect.unreachable();
    } catch (error) {
      expect((error as CorroborateError).code).toBe('INVALID_OPTION');
    }
  });

  it('returns only well-formed mentions on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), fc.boolean(), (text, withReference) => {
        const sentences = [{ text, start: 0, end: text.length }];
        const mentions = extractDates(sentences, withReference ? { referenceDate: FRIDAY } : {});
        for (const mention of mentions) {
          expect(text.slice(mention.start, mention.end)).toBe(mention.text);
          if (mention.value !== null) expect(mention.value).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('adversarial input', () => {
  for (const hostile of hostileCases('extractDates')) {
    it(`reads ${hostile.name} into well-formed mentions (medium size; fuzz/complexity.ts times the growth)`, () => {
      const text = hostile.input(1);
      const mentions = extractDates([{ text, start: 0, end: text.length }], {
        referenceDate: FRIDAY,
      });
      for (const mention of mentions) {
        if (text.slice(mention.start, mention.end) !== mention.text)
          expect.fail(`${JSON.stringify(mention.text)} at ${mention.start} does not slice back`);
        if (mention.value !== null) expect(mention.value).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      }
    });
  }
});

describe('the plain-year window (one for every extractor)', () => {
  it('takes 1900 to 2099 as years and nothing outside', () => {
    expect([1900, 2025, 2099].map(isPlainYear)).toEqual([true, true, true]);
    expect([1899, 2100, 1500].map(isPlainYear)).toEqual([false, false, false]);
  });
});
