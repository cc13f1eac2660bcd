import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CorroborateError } from '../src/errors.js';
import type { DateMention } from '../src/extract/date-types.js';
import { extractDates } from '../src/extract/dates.js';
import {
  chooseReferenceDate,
  clusterReferenceDate,
  MAX_DAYS_AFTER_AS_OF,
  MIN_STATED_YEAR,
} from '../src/extract/reference-date.js';
import { splitSentences } from '../src/text/split-sentences.js';

/** Date mentions of an article, extracted without a reference date (as the rules expect). */
function datesOf(text: string): DateMention[] {
  return extractDates(splitSentences(text));
}

const CAPTION_ARTICLE = [
  'Trump Heads to Asia Seeking Trade Deal',
  'U.S. President Donald Trump departs for Asia from the South Lawn of the White House in Washington, D.C., U.S., October 24, 2025. REUTERS/Kylie Cooper',
  'Trump embarked on the trip on Friday night. A planned meeting with Xi is set for Thursday.',
].join('\n\n');

describe('chooseReferenceDate: the rules in order', () => {
  it('takes publishedAt first', () => {
    const result = chooseReferenceDate({ publishedAt: '2025-10-25' }, datesOf(CAPTION_ARTICLE), {
      clusterDate: '2025-10-20',
      asOf: '2026-01-01',
    });
    expect(result).toEqual({
      date: '2025-10-25',
      rule: 'published-at',
      reason: "published on 2025-10-25 (the article's publishedAt).",
    });
  });

  it('takes the date a photo caption states, naming it and its sentence', () => {
    const result = chooseReferenceDate({}, datesOf(CAPTION_ARTICLE), { clusterDate: '2025-10-20' });
    expect(result).toEqual({
      date: '2025-10-24',
      rule: 'stated-in-text',
      reason: 'stated in the text: “October 24, 2025” (sentence 2).',
    });
  });

  it('falls back to the cluster date, then asOf, then none', () => {
    const undated = datesOf('Trump will meet Xi on Thursday. The talks began in 2019.');
    const cluster = chooseReferenceDate({}, undated, {
      clusterDate: '2025-10-24',
      asOf: '2026-01-01',
    });
    expect(cluster).toMatchObject({ date: '2025-10-24', rule: 'cluster-consensus' });
    expect(cluster.reason).toMatch(/consensus date is 2025-10-24/);
    const asOf = chooseReferenceDate({}, undated, { clusterDate: null, asOf: '2026-01-01' });
    expect(asOf).toMatchObject({ date: '2026-01-01', rule: 'as-of' });
    expect(asOf.reason).toMatch(/options\.asOf, 2026-01-01/);
    const none = chooseReferenceDate({}, undated);
    expect(none).toMatchObject({ date: null, rule: 'none' });
    expect(none.reason).toMatch(/staleness cannot be judged/);
  });
});

describe('chooseReferenceDate: which stated dates count', () => {
  it('takes the latest full date, ties to the first written', () => {
    const text =
      'Talks opened on October 20, 2025. They resumed on October 24, 2025. October 24, 2025 was busy.';
    const result = chooseReferenceDate({}, datesOf(text));
    expect(result.date).toBe('2025-10-24');
    expect(result.reason).toMatch(/\(sentence 2\)/);
  });

  it('ignores quoted dates', () => {
    const text =
      'The minister said: “On November 3, 2025 we will sign.” The visit began October 24, 2025.';
    expect(chooseReferenceDate({}, datesOf(text)).date).toBe('2025-10-24');
  });

  it('ignores dates in history: "In 2023 alone, …" and "since …"', () => {
    const text =
      'In 2023 alone, on March 3, 2023, China imported over $100 billion. Tariffs have risen since October 1, 2024.';
    const mentions = datesOf(text);
    expect(mentions.filter((mention) => mention.kind === 'full')).toHaveLength(2);
    expect(chooseReferenceDate({}, mentions, { asOf: '2026-01-01' }).rule).toBe('as-of');
  });

  it('prefers a date the text does not look ahead to, else the earliest one it does', () => {
    const mixed =
      'Trump will meet Xi on October 30, 2025. The trip began on October 24, 2025, officials said.';
    expect(chooseReferenceDate({}, datesOf(mixed)).date).toBe('2025-10-24');
    const ahead =
      'Trump will meet Xi on October 30, 2025. Tariffs are scheduled to rise on November 1, 2025.';
    const result = chooseReferenceDate({}, datesOf(ahead));
    expect(result).toMatchObject({ date: '2025-10-30', rule: 'stated-in-text' });
    expect(result.reason).toMatch(/as upcoming/);
  });

  it('counts a month-day whose year the same sentence states, not one without a year', () => {
    const withYear = datesOf('The October 24 departure opened the 2025 Asia trip.');
    expect(chooseReferenceDate({}, withYear).date).toBe('2025-10-24');
    const withoutYear = datesOf(
      'Speaking aboard Air Force One on Friday, October 24, Trump spoke.',
    );
    expect(chooseReferenceDate({}, withoutYear).rule).toBe('none');
  });

  it('never uses a date resolved from a reference date as evidence for one', () => {
    const resolved = extractDates(splitSentences('Xi meets Trump on October 30.'), {
      referenceDate: '2025-10-24',
    });
    expect(resolved[0]?.value).toBe('2025-10-30');
    expect(chooseReferenceDate({}, resolved).rule).toBe('none');
  });

  it(`ignores dates before ${MIN_STATED_YEAR} and far after asOf, and says so`, () => {
    const text = 'The treaty of March 3, 1878 is cited. A deadline falls on January 1, 2031.';
    const result = chooseReferenceDate({}, datesOf(text), { asOf: '2025-10-24' });
    expect(result).toMatchObject({ date: '2025-10-24', rule: 'as-of' });
    expect(result.reason).toMatch(/“March 3, 1878” \(before 1900\)/);
    expect(result.reason).toMatch(/“January 1, 2031” \(more than 30 days after asOf 2025-10-24\)/);
  });

  it(`keeps a date up to ${MAX_DAYS_AFTER_AS_OF} days after asOf`, () => {
    const text = 'The visit began on November 20, 2025.';
    expect(chooseReferenceDate({}, datesOf(text), { asOf: '2025-10-24' }).date).toBe('2025-11-20');
    expect(chooseReferenceDate({}, datesOf(text), { asOf: '2025-10-20' }).rule).toBe('as-of');
  });

  it('does not depend on the order of the mentions', () => {
    const mentions = datesOf(
      'Talks opened on October 20, 2025. They resumed on October 24, 2025. Then October 22, 2025.',
    );
    const expected = chooseReferenceDate({}, mentions);
    fc.assert(
      fc.property(fc.shuffledSubarray(mentions, { minLength: mentions.length }), (shuffled) => {
        expect(chooseReferenceDate({}, shuffled)).toEqual(expected);
      }),
    );
  });
});

describe('chooseReferenceDate: only a date that dates the article', () => {
  const FILLER = [
    'Crowds gathered outside the prison walls.',
    'Relatives of the victims watched from a distance.',
    'The men had refused to ask for clemency.',
    'Their lawyers filed a last appeal that was rejected.',
    'The government said the sentence was carried out lawfully.',
  ];
  const withUnits = (text: string) => ({ dates: datesOf(text), sentences: splitSentences(text) });

  it('does not take a background date stated once far down the article', () => {
    const text = [
      'Three men were executed on Sunday, officials said.',
      ...FILLER,
      'The attacks they carried out on Oct. 10, 2002 killed more than 200 people.',
    ].join(' ');
    const { dates, sentences } = withUnits(text);
    const result = chooseReferenceDate({}, dates, { sentences });
    expect(result).toMatchObject({ date: null, rule: 'none' });
    expect(result.reason).toMatch(/“Oct\. 10, 2002” \(sentence 7: a date in the body/);
    // The cluster's date (from other articles' datelines) is used instead.
    expect(chooseReferenceDate({}, dates, { sentences, clusterDate: '2008-11-09' }).date).toBe(
      '2008-11-09',
    );
  });

  it('does not take a date in the lead when the article states a later year', () => {
    const text =
      'The men convicted over the bombings of Oct. 10, 2002 were executed in 2008 after years of appeals that went nowhere.';
    const { dates, sentences } = withUnits(text);
    expect(chooseReferenceDate({}, dates, { sentences }).rule).toBe('none');
  });

  it('takes a dateline, even when a later date is stated in the body', () => {
    const text = [
      'Executions carried out',
      'JAKARTA, Nov. 9, 2008 — Three men were executed on Sunday, officials said.',
      ...FILLER,
      'A memorial is planned in the city on December 2, 2008, officials said, and another was held on Nov. 20, 2008.',
    ].join('\n\n');
    const { dates, sentences } = withUnits(text);
    expect(chooseReferenceDate({}, dates, { sentences })).toEqual({
      date: '2008-11-09',
      rule: 'stated-in-text',
      reason: 'stated in the text: “Nov. 9, 2008” (sentence 2).',
    });
  });

  it('takes a date the body repeats', () => {
    const text = [
      'Three men were executed, officials said.',
      ...FILLER,
      'The sentence was carried out on November 9, 2008 at a prison island.',
      'Officials confirmed the deaths on November 9, 2008 in a statement.',
    ].join(' ');
    const { dates, sentences } = withUnits(text);
    const result = chooseReferenceDate({}, dates, { sentences });
    expect(result.date).toBe('2008-11-09');
    expect(result.reason).toMatch(/stated more than once/);
  });

  it('does not vote a background date into the cluster date', () => {
    const background = withUnits(
      [
        'Three men were executed on Sunday.',
        ...FILLER,
        'The attacks on Oct. 10, 2002 killed more than 200 people.',
      ].join(' '),
    );
    const dateline = withUnits('JAKARTA, Nov. 9, 2008 — Three men were executed.');
    expect(clusterReferenceDate([background, dateline, background]).date).toBe('2008-11-09');
  });
});

describe('chooseReferenceDate: input', () => {
  it('rejects bad input with a CorroborateError naming the field', () => {
    const codeOf = (run: () => unknown): string => {
      try {
        run();
      } catch (error) {
        expect(error).toBeInstanceOf(CorroborateError);
        return (error as CorroborateError).code;
      }
      return 'no error';
    };
    expect(codeOf(() => chooseReferenceDate(null as never, []))).toBe('INVALID_ARTICLE');
    expect(codeOf(() => chooseReferenceDate({ publishedAt: 'last week' }, []))).toBe(
      'INVALID_DATE',
    );
    expect(codeOf(() => chooseReferenceDate({}, [], { asOf: '2025-13-01' }))).toBe('INVALID_DATE');
    expect(codeOf(() => chooseReferenceDate({}, [], { clusterDate: 'x' }))).toBe('INVALID_DATE');
    expect(codeOf(() => chooseReferenceDate({}, 'dates' as never))).toBe('INVALID_OPTION');
    expect(codeOf(() => chooseReferenceDate({}, [{ kind: 'full' }] as never))).toBe(
      'INVALID_OPTION',
    );
    expect(codeOf(() => chooseReferenceDate({}, [], 5 as never))).toBe('INVALID_OPTION');
  });

  it('does not mutate its input', () => {
    const mentions = Object.freeze(
      datesOf(CAPTION_ARTICLE).map((mention) => Object.freeze(mention)),
    );
    expect(chooseReferenceDate(Object.freeze({}), mentions).date).toBe('2025-10-24');
  });
});

describe('clusterReferenceDate', () => {
  const dated = (date: string) => ({ dates: datesOf(`The trip began on ${date}.`) });

  it('takes the median of the articles’ own dates', () => {
    const result = clusterReferenceDate([
      dated('October 24, 2025'),
      dated('October 25, 2025'),
      { publishedAt: '2025-10-26', dates: [] },
    ]);
    expect(result).toEqual({
      date: '2025-10-25',
      rule: 'cluster-consensus',
      reason: 'median of the dates of 3 articles: 2025-10-24, 2025-10-25, 2025-10-26 → 2025-10-25.',
    });
  });

  it('takes the lower middle date of an even count', () => {
    const result = clusterReferenceDate([
      dated('October 24, 2025'),
      dated('October 30, 2025'),
      dated('October 20, 2025'),
      dated('November 2, 2025'),
    ]);
    expect(result.date).toBe('2025-10-24');
  });

  it('gives month-day dates the year of the other articles', () => {
    const result = clusterReferenceDate([
      dated('October 24, 2025'),
      { dates: datesOf('Xi meets Trump in South Korea on October 30.') },
      { dates: datesOf('Xi meets Trump in South Korea on October 30.') },
    ]);
    expect(result.date).toBe('2025-10-30');
    expect(result.reason).toMatch(/2 of them a month-day with the year taken from the others/);
  });

  it('does not depend on the order of the articles', () => {
    const articles = [
      dated('October 24, 2025'),
      dated('October 30, 2025'),
      dated('October 20, 2025'),
      { dates: datesOf('They meet on October 28.') },
      { publishedAt: '2025-10-22', dates: [] },
    ];
    const expected = clusterReferenceDate(articles);
    fc.assert(
      fc.property(fc.shuffledSubarray(articles, { minLength: articles.length }), (shuffled) => {
        expect(clusterReferenceDate(shuffled).date).toBe(expected.date);
      }),
    );
  });

  it('has no date when no article has one', () => {
    const result = clusterReferenceDate([
      { dates: datesOf('They met on Thursday.') },
      { dates: [] },
    ]);
    expect(result).toMatchObject({ date: null, rule: 'none' });
    expect(clusterReferenceDate([]).rule).toBe('none');
  });

  it('ignores stated dates far after asOf', () => {
    const result = clusterReferenceDate([dated('October 24, 2025'), dated('January 1, 2031')], {
      asOf: '2025-11-01',
    });
    expect(result.date).toBe('2025-10-24');
  });

  it('rejects bad input with a CorroborateError', () => {
    expect(() => clusterReferenceDate('x' as never)).toThrow(CorroborateError);
    expect(() => clusterReferenceDate([null] as never)).toThrow(/articles\[0\]/);
    expect(() => clusterReferenceDate([{ dates: 'x' }] as never)).toThrow(/articles\[0\]\.dates/);
    expect(() => clusterReferenceDate([{ publishedAt: 'soon', dates: [] }])).toThrow(
      /articles\[0\]\.publishedAt/,
    );
  });
});
