import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { profileSentence } from '../src/align/sentence-profile.js';
import { CorroborateError } from '../src/errors.js';
import {
  APPROXIMATE_RELATIVE_TOLERANCE,
  BOUND_REACH,
  EXACT_RELATIVE_TOLERANCE,
  extractQuantities,
  type QuantityMention,
  quantitiesAgree,
  sentenceQuantities,
} from '../src/extract/quantities.js';
import { splitSentences } from '../src/text/split-sentences.js';
import { tokenize } from '../src/text/tokenize.js';
import { hostileCases } from './helpers/hostile-inputs.js';

/** Figures of a text split into sentences, checking every mention's offsets against the text. */
function quantitiesOf(text: string): QuantityMention[] {
  const mentions = extractQuantities(splitSentences(text));
  for (const mention of mentions) {
    expect(text.slice(mention.start, mention.end)).toBe(mention.text);
  }
  return mentions;
}

/** The only figure of a text (fails when there is not exactly one). */
function onlyQuantity(text: string): QuantityMention {
  const mentions = quantitiesOf(text);
  expect(mentions.map((mention) => mention.text)).toHaveLength(1);
  return mentions[0] as QuantityMention;
}

/** The written texts of every figure found. */
function textsOf(text: string): string[] {
  return quantitiesOf(text).map((mention) => mention.text);
}

describe('sentenceQuantities (one sentence, from tokens the caller has)', () => {
  it('finds what extractQuantities finds on that sentence alone', () => {
    const text = 'Trade rose 26% to $240 billion, and 12,000 troops left after two weeks.';
    const found = sentenceQuantities(text, tokenize(text));
    expect(found).toEqual(extractQuantities([{ text, start: 0, end: text.length }]));
    expect(found.length).toBeGreaterThan(2);
    expect(sentenceQuantities('No figure here.', tokenize('No figure here.'))).toEqual([]);
  });
});

describe('percentages', () => {
  it.each([
    ['Debt reached 6.7% of GDP.', '6.7%', 6.7],
    ['Tariffs could reach 155 percent.', '155 percent', 155],
    ['The duty was 27.5 per cent.', '27.5 per cent', 27.5],
    ['The duty was 27.5 % last year.', '27.5 %', 27.5],
    ['Output shrank 3 pct.', '3 pct', 3],
    ['Growth of -0.5% was recorded.', '-0.5%', -0.5],
  ])('reads %j', (text, written, value) => {
    expect(onlyQuantity(text)).toMatchObject({ text: written, value, unit: 'percent' });
  });

  it('reads percentage points and basis points as percentage points', () => {
    expect(onlyQuantity('Support fell 2 percentage points.')).toMatchObject({
      unit: 'percentage-point',
      value: 2,
    });
    expect(onlyQuantity('The bank raised rates by 25 basis points.')).toMatchObject({
      unit: 'percentage-point',
      value: 0.25,
    });
  });

  it('does not read a range dash as a minus sign', () => {
    expect(onlyQuantity('Inflation could fall by 2-3%.')).toMatchObject({
      range: [2, 3],
      value: 2,
    });
  });
});

describe('sums of money', () => {
  it.each([
    ['Japan will invest $550 billion in the US.', '$550 billion', 550e9, 'USD', 'billion'],
    ['Japan will invest 550bn dollars in the US.', '550bn dollars', 550e9, 'USD', 'bn'],
    ['The fund holds $10bn in cash.', '$10bn', 10e9, 'USD', 'bn'],
    ['The war cost US$ 2.8 trillion in output.', 'US$ 2.8 trillion', 2.8e12, 'USD', 'trillion'],
    ['The war cost US$2.8 trillion in output.', 'US$2.8 trillion', 2.8e12, 'USD', 'trillion'],
    ['An EU fund adds €1.2 billion.', '€1.2 billion', 1.2e9, 'EUR', 'billion'],
    ['US aid totalled $61 billion.', '$61 billion', 61e9, 'USD', 'billion'],
    ['The club paid £3m for him.', '£3m', 3e6, 'GBP', 'm'],
    ['Hong Kong spent HK$5 billion.', 'HK$5 billion', 5e9, 'HKD', 'billion'],
    ['Canberra spent A$ 3bn.', 'A$ 3bn', 3e9, 'AUD', 'bn'],
    ['The plan costs USD 5 billion.', 'USD 5 billion', 5e9, 'USD', 'billion'],
    ['The plan costs 5 billion EUR.', '5 billion EUR', 5e9, 'EUR', 'billion'],
    [
      'Seoul pledged 2 trillion South Korean won.',
      '2 trillion South Korean won',
      2e12,
      'KRW',
      'trillion',
    ],
    ['It raised 2.8 trillion US dollars.', '2.8 trillion US dollars', 2.8e12, 'USD', 'trillion'],
    [
      'It raised 3 billion Australian dollars.',
      '3 billion Australian dollars',
      3e9,
      'AUD',
      'billion',
    ],
    ['Tokyo set aside ¥2 trillion.', '¥2 trillion', 2e12, 'JPY', 'trillion'],
  ])('reads %j', (text, written, value, currency, scale) => {
    expect(onlyQuantity(text)).toMatchObject({
      text: written,
      value,
      unit: 'money',
      currency,
      scale,
    });
  });

  it('normalises "$550 billion" and "550bn dollars" to equal figures that agree', () => {
    const a = onlyQuantity('Japan will invest $550 billion.');
    const b = onlyQuantity('Japan will invest 550bn dollars.');
    expect(a.value).toBe(b.value);
    expect(a.precision).toBe(b.precision);
    expect(quantitiesAgree(a, b)).toBe(true);
  });

  it('does not read "won" the verb as a currency, nor a spaced letter as a scale', () => {
    expect(onlyQuantity('The party won 5 seats.')).toMatchObject({ unit: 'count', value: 5 });
    expect(onlyQuantity('The fee was $5 m, officials said.')).toMatchObject({
      value: 5,
      scale: null,
    });
    expect(onlyQuantity('The fee was $5m, officials said.')).toMatchObject({
      value: 5e6,
      scale: 'm',
    });
  });

  it('reads money words and dollar prefixes from the table the sentence profile also uses', () => {
    const quantity = onlyQuantity('Beijing will spend 50bn rmb on chips.');
    expect(quantity).toMatchObject({ unit: 'money', currency: 'CNY', value: 50e9 });
    const taiwan = onlyQuantity('The order is worth NT$3 billion.');
    expect(taiwan).toMatchObject({ currency: 'TWD', value: 3e9 });
    const profiled = profileSentence('The order is worth NT$3 billion.').numbers[0];
    expect(profiled).toMatchObject({ unit: 'money', currency: 'TWD', value: 3e9 });
    // A plain "$" is still the US dollar in both.
    expect(profileSentence('It costs $3 billion.').numbers[0]?.currency).toBe('USD');
  });

  it('records the precision of the last written digit', () => {
    expect(onlyQuantity('It cost $2.8 trillion.').precision).toBeCloseTo(1e11);
    expect(onlyQuantity('Some 53,000 personnel serve.').precision).toBe(1);
  });
});

describe('counts and durations', () => {
  it.each([
    ['Japan hosts approximately 53,000 personnel.', '53,000', 53_000, 'personnel'],
    ['Casualties passed 500,000 casualties, officials say.', '500,000', 500_000, 'casualties'],
    ['The two leaders are expected to meet.', 'two', 2, 'leaders'],
    ['About 53,000 US troops are stationed there.', '53,000', 53_000, 'us troops'],
    ['About 53,000 U.S. troops are stationed there.', '53,000', 53_000, 'us troops'],
    ['A dozen countries signed.', 'A dozen', 12, 'countries'],
    ['Three hundred and fifty people attended.', 'Three hundred and fifty', 350, 'people'],
    ['Twenty-five ships sailed.', 'Twenty-five', 25, 'ships'],
    ['It shipped 1.5 million barrels.', '1.5 million', 1.5e6, 'barrels'],
    ['It shipped one million barrels.', 'one million', 1e6, 'barrels'],
    ['A 53,000-strong force is based there.', '53,000-strong', 53_000, 'force'],
    ['He began a five-nation tour.', 'five-nation', 5, 'nation tour'],
  ])('reads %j', (text, written, value, subject) => {
    expect(onlyQuantity(text)).toMatchObject({ text: written, value, unit: 'count', subject });
  });

  it('reads "five-day visit" as 5 days of a visit', () => {
    expect(
      onlyQuantity('The five-day visit to Malaysia, Japan and South Korea begins.'),
    ).toMatchObject({
      text: 'five-day',
      value: 5,
      unit: 'duration',
      timeUnit: 'day',
      subject: 'visit',
      subjectStems: ['visit'],
    });
    expect(onlyQuantity('The talks took two weeks of work.')).toMatchObject({
      value: 2,
      timeUnit: 'week',
      subject: 'work',
    });
    expect(onlyQuantity('They adopted a five-year plan.')).toMatchObject({
      value: 5,
      timeUnit: 'year',
      subject: 'plan',
    });
  });

  it('drops a bare number that does not say what it counts', () => {
    expect(quantitiesOf('It ended 3-2. Trump, 79, said so.')).toEqual([]);
  });

  it('reads a share written with hyphens ("8-of-11") as the whole it is out of', () => {
    expect(onlyQuantity('The keeper stopped 8-of-11 penalties in the cup.')).toMatchObject({
      text: '8-of-11',
      value: 11,
      unit: 'count',
      subject: 'penalties',
    });
    // Must not fire: a compound of a number and a word stays a compound.
    expect(onlyQuantity('A 20-strong crew sailed.')).toMatchObject({ value: 20, subject: 'crew' });
  });

  it('adds a remainder in the next smaller unit to a duration', () => {
    expect(onlyQuantity('The goal came with 3 minutes 15 seconds left.')).toMatchObject({
      text: '3 minutes 15 seconds',
      value: 3.25,
      timeUnit: 'minute',
    });
    expect(onlyQuantity('She served three years and six months.')).toMatchObject({
      value: 3.5,
      timeUnit: 'year',
    });
    // Must not fire: a larger unit after, or a remainder that is a whole unit or more.
    expect(textsOf('The vote took 5 minutes 3 hours later.')).not.toContain('5 minutes 3 hours');
    expect(onlyQuantity('The delay was 2 hours, then more.')).toMatchObject({ value: 2 });
    expect(textsOf('It took 5 minutes 75 seconds.')).toContain('5 minutes');
  });

  it('gives a count whose noun is left out the noun of the count before it', () => {
    const [first, second] = quantitiesOf('The club won 6 matches, then lost three straight.');
    expect(first).toMatchObject({ value: 6, subject: 'matches' });
    expect(second).toMatchObject({ value: 3, subject: 'matches' });
    // Must not fire: a noun follows ("two more goals" counts goals, not what came before) …
    expect(quantitiesOf('They won 6 matches and scored two more goals.')[1]).not.toMatchObject({
      subject: 'matches',
    });
    // … or no count comes before it ("straight" is no noun to count).
    expect(quantitiesOf('They had three straight.')).toEqual([]);
  });
});

describe('subjects', () => {
  it('finds the noun phrase before a figure across link words', () => {
    expect(
      onlyQuantity(
        'Trump has warned he could raise tariffs on Chinese imports to as high as 155% from November 1.',
      ).subject,
    ).toBe('tariffs on chinese imports');
    expect(
      onlyQuantity('Exports have driven up global wheat prices by 20% since 2022.').subject,
    ).toBe('global wheat prices');
    expect(
      onlyQuantity(
        'With casualties mounting beyond 500,000 according to UN estimates, talks began.',
      ).subject,
    ).toBe('casualties');
    expect(
      onlyQuantity('Pressure grew, with US aid to Ukraine totaling $61 billion.').subject,
    ).toBe('aid to ukraine');
  });

  it('finds the noun phrase after a figure, through "of", "in" and "worth of"', () => {
    expect(onlyQuantity('Debt reached 6.7% of GDP.').subject).toBe('gdp');
    expect(
      onlyQuantity('Takaichi will reaffirm $550 billion in planned investments.'),
    ).toMatchObject({
      subject: 'planned investments',
      subjectStems: ['plan', 'invest'],
    });
    expect(onlyQuantity('China imported over $100 billion worth of Russian energy.').subject).toBe(
      'russian energy',
    );
    expect(onlyQuantity('Japan offered $550 billion investment to the US.').subject).toBe(
      'investment',
    );
  });

  it('does not take a place after "in" as the subject', () => {
    expect(onlyQuantity('Japan has committed to investing $550 billion in the US.').subject).toBe(
      'investing',
    );
  });

  it('does not take the actor before a verb as the subject', () => {
    expect(onlyQuantity('Japan pledged $550 billion.').subject).toBe('');
  });

  it('shares the subject of the previous figure it is tied to', () => {
    const [growth, total] = quantitiesOf('Bilateral trade surged 26% to $240 billion last year.');
    expect(growth).toMatchObject({ unit: 'percent', subject: 'bilateral trade' });
    expect(total).toMatchObject({ unit: 'money', subject: 'bilateral trade' });
  });

  it('skips a verb after a modal or "to" and finds the noun before it', () => {
    expect(onlyQuantity('Lisbon tram fares are to rise 5% in January.').subject).toBe(
      'lisbon tram fares',
    );
    expect(onlyQuantity('Japan will contribute $9 billion through its agency.').subject).toBe('');
    // A capitalised word after "to" is a noun, so "aid to Ukraine" keeps it.
    expect(onlyQuantity('Aid to Ukraine totaling $61 billion was approved.').subject).toBe(
      'aid to ukraine',
    );
  });

  it('does not open a subject with a verb, but keeps an adjective with its noun', () => {
    expect(onlyQuantity('Of the total, $6 billion comes from Saudi Arabia.').subject).toBe('');
    expect(onlyQuantity('Headline: $48 billion pledged for processing plants').subject).toBe('');
    expect(onlyQuantity('It sent 300 remaining troops home.').subject).toBe('remaining troops');
  });

  it('keeps "and" between two nouns in a subject', () => {
    expect(
      onlyQuantity('The group would invest $48 billion in refining and processing plants.').subject,
    ).toBe('refining and processing plants');
    expect(onlyQuantity('Two leaders and aides met.').subject).toBe('leaders');
    expect(onlyQuantity('Duties on nickel and lithium fell to 10%.').subject).toBe(
      'duties on nickel and lithium',
    );
    expect(onlyQuantity('Exports and imports rose 5%.').subject).toBe('exports and imports');
  });

  it('ends a subject at a verb after the noun', () => {
    expect(onlyQuantity('The five-day diplomatic mission comes amid disputes.').subject).toBe(
      'diplomatic mission',
    );
    expect(onlyQuantity('Some 53,000 personnel stationed in Japan.').subject).toBe('personnel');
  });
});

describe('changes and ranges', () => {
  it('reads "from 27.5% to 15%" as a change to 15', () => {
    const mention = onlyQuantity('It cuts US duties on Japanese cars from 27.5% to 15%.');
    expect(mention).toMatchObject({
      text: '27.5% to 15%',
      value: 15,
      change: { from: 27.5, to: 15 },
      subject: 'duties on japanese cars',
    });
    expect(mention.range).toBeUndefined();
  });

  it('reads "to 15% from 27.5%" as the same change', () => {
    expect(onlyQuantity('It cuts duties on cars to 15% from 27.5%.')).toMatchObject({
      text: '15% from 27.5%',
      value: 15,
      change: { from: 27.5, to: 15 },
    });
  });

  it.each([
    ['Tariffs ranging from 10% to 40% would hurt.', [10, 40], 'tariffs'],
    ['Tariffs of 10% to 40% would hurt.', [10, 40], 'tariffs'],
    ['Tariffs between 10 and 15 percent would hurt.', [10, 15], 'tariffs'],
    ['Inflation of 2-3% is expected.', [2, 3], 'inflation'],
    ['Costs of $10-15 billion are expected.', [10e9, 15e9], 'costs'],
  ])('reads %j as a range', (text, range, subject) => {
    const mention = onlyQuantity(text);
    expect(mention.range).toEqual(range);
    expect(mention.value).toBe(range[0]);
    expect(mention.subject).toBe(subject);
    expect(mention.change).toBeUndefined();
  });

  it('keeps figures with different units apart', () => {
    expect(textsOf('Trade surged 26% to $240 billion.')).toEqual(['26%', '$240 billion']);
  });
});

describe('qualifiers', () => {
  it.each([
    ['about 50% of voters', true, undefined],
    ['roughly 50% of voters', true, undefined],
    ['nearly 50% of voters', true, 'upper'],
    ['more than 50% of voters', true, 'lower'],
    ['over 50% of voters', true, 'lower'],
    ['up to 50% of voters', true, 'upper'],
    ['as high as 50% of voters', true, 'upper'],
    ['at least 50% of voters', true, 'lower'],
    ['50% of voters', false, undefined],
  ])('reads %j', (phrase, approximate, bound) => {
    const mention = onlyQuantity(`Polls show ${phrase} back him.`);
    expect(mention.approximate).toBe(approximate);
    expect(mention.bound).toBe(bound);
    expect(mention.text).toBe('50%');
  });
});

describe('what is not a figure', () => {
  it.each([
    ['years', 'It was the first meeting since 2019, in 2025 and during 2024.'],
    ['dates', 'They meet on October 30 and on 30 Oct and on 2025-10-30.'],
    ['times', 'The dinner starts at 8 p.m. and talks at 8:30 and 9 GMT and 8.30pm.'],
    ['Group of 20', 'Leaders of the Group of 20 met.'],
    ['Group of Seven', 'Leaders of the Group of Seven met.'],
    ['article numbers', 'Under Article 5 of the treaty and article 5 and No. 10, allies act.'],
    ['phone numbers', 'Call 555-0123 or +1 202 555 0123 or (202) 555-0199.'],
    ['Air Force One', 'He flew on Air Force One.'],
    ['COVID-19 and G7', 'COVID-19 rules eased before the G7 and the G20.'],
    ['model numbers', 'It bought Boeing 737 jets.'],
    ['ordinals', 'It is his 2nd visit and the 30th summit.'],
    ['the pronoun "one"', 'One of the leaders said one day it would end; no one knew.'],
    ['ages', 'A 79-year-old man, 79 years old, spoke.'],
    ['identifiers', 'Case 0123 and code 10000000 and the 24/7 line.'],
    ['match scores', 'Ghana beat Côte d’Ivoire 2–1 after a 1-1 draw.'],
    ['multipliers', 'Demand will rise six times over, a 10-fold increase.'],
  ])('ignores %s', (_name, text) => {
    expect(textsOf(text)).toEqual([]);
  });

  it('still reads figures next to what it ignores', () => {
    expect(textsOf('About 500 troops flew on Air Force One in 2019.')).toEqual(['500']);
    expect(textsOf('Japan’s $550 billion pledge was made in Tokyo.')).toEqual(['$550 billion']);
    expect(textsOf('The 10-15% range and 53,000 troops.')).toEqual(['10-15%', '53,000']);
    expect(textsOf('The one-day visit and one million people.')).toEqual([
      'one-day',
      'one million',
    ]);
    expect(textsOf('At 8 pm, 8 people left.')).toEqual(['8']);
    expect(textsOf('It takes 1-2 days and costs 2-3%.')).toEqual(['1-2 days', '2-3%']);
    expect(textsOf('Six ships sailed.')).toEqual(['Six']);
  });
});

describe('quantitiesAgree', () => {
  const q = (text: string) => onlyQuantity(text);

  it.each([
    ['It pledged $550 billion.', 'It pledged $549.8 billion.', true],
    ['Polls show about 50% back him.', 'Polls show 48% back him.', true],
    ['Polls show about 50% back him.', 'Polls show 40% back him.', false],
    ['Tariffs of 155% loom.', 'Tariffs of 100% loom.', false],
    ['Tariffs of 155% loom.', 'Tariffs of as high as 155% loom.', true],
    ['Tariffs of 100% loom.', 'Tariffs of as high as 155% loom.', false],
    ['It has more than 50,000 troops.', 'It has 53,000 troops.', true],
    ['It has more than 50,000 troops.', 'It has 48,000 troops.', false],
    ['It has more than 50,000 troops.', 'It has 80,000 troops.', false],
    ['Tariffs of 10% to 40% loom.', 'Tariffs of 25% loom.', true],
    ['Tariffs of 10% to 40% loom.', 'Tariffs of 45% loom.', false],
    ['Tariffs of 10% to 40% loom.', 'Tariffs of 10% to 40% loom.', true],
    ['Tariffs of 10% to 40% loom.', 'Tariffs of 10% to 50% loom.', false],
    ['It cut duties from 27.5% to 15%.', 'Duties are 15% now.', true],
    ['It cut duties from 27.5% to 15%.', 'It cut duties from 25% to 15%.', false],
    ['It cut duties from 27.5% to 15%.', 'It cut duties to 15% from 27.5%.', true],
    ['It pledged $550 billion.', 'It pledged €550 billion.', false],
    ['It pledged $550 billion.', 'It pledged 550 billion dollars.', true],
    ['A five-day visit.', 'A five-week visit.', false],
    ['Rates rose 2%.', 'Rates rose 2 percentage points.', false],
    ['It cost $2.8 trillion.', 'It cost $2.75 trillion.', true],
    ['It cost $2.8 trillion.', 'It cost $2.7 trillion.', false],
  ])('%j vs %j → %s, both ways', (left, right, expected) => {
    const a = q(left);
    const b = q(right);
    expect(quantitiesAgree(a, b)).toBe(expected);
    expect(quantitiesAgree(b, a)).toBe(expected);
  });

  it('documents its tolerances as constants', () => {
    expect(EXACT_RELATIVE_TOLERANCE).toBeLessThan(APPROXIMATE_RELATIVE_TOLERANCE);
    expect(BOUND_REACH).toBeGreaterThan(APPROXIMATE_RELATIVE_TOLERANCE);
  });

  it('is symmetric and reflexive on arbitrary figures', () => {
    const quantity = fc.record({
      value: fc.double({ min: -1e12, max: 1e12, noNaN: true }),
      precision: fc.constantFrom(0.01, 0.1, 1, 1e9),
      unit: fc.constantFrom('percent', 'money', 'count'),
      approximate: fc.boolean(),
      bound: fc.constantFrom(undefined, 'lower', 'upper'),
    });
    const build = (raw: {
      value: number;
      precision: number;
      unit: string;
      approximate: boolean;
      bound: string | undefined;
    }): QuantityMention => {
      const mention = {
        value: raw.value,
        unit: raw.unit,
        precision: raw.precision,
        approximate: raw.approximate || raw.bound !== undefined,
        scale: null,
        text: '',
        subject: '',
        subjectStems: [],
        sentenceIndex: 0,
        start: 0,
        end: 0,
      } as QuantityMention;
      if (raw.unit === 'money') mention.currency = 'USD';
      if (raw.bound !== undefined) mention.bound = raw.bound as 'lower' | 'upper';
      return mention;
    };
    fc.assert(
      fc.property(quantity, quantity, (rawA, rawB) => {
        const a = build(rawA);
        const b = build(rawB);
        expect(quantitiesAgree(a, b)).toBe(quantitiesAgree(b, a));
        expect(quantitiesAgree(a, a)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('rejects what is not a quantity', () => {
    const good = q('It pledged $550 billion.');
    expect(() => quantitiesAgree(good, { value: 'x' } as never)).toThrow(CorroborateError);
    try {
      quantitiesAgree(null as never, good);
      expect.unreachable();
    } catch (error) {
      expect((error as CorroborateError).code).toBe('INVALID_CLAIM');
      expect((error as CorroborateError).message).toMatch(/first argument/);
    }
  });
});

describe('offsets, order and input', () => {
  it('gives offsets into the article text and sentence indexes', () => {
    const text = 'Headline: Trade deal\n\nJapan hosts 53,000 personnel. Tariffs fell to 15%.';
    const mentions = quantitiesOf(text);
    expect(mentions.map((mention) => [mention.text, mention.sentenceIndex])).toEqual([
      ['53,000', 1],
      ['15%', 2],
    ]);
  });

  it('does not mutate its input', () => {
    const sentences = Object.freeze(
      splitSentences('Japan hosts 53,000 personnel.').map((sentence) => Object.freeze(sentence)),
    );
    expect(extractQuantities(sentences)).toHaveLength(1);
  });

  it('rejects bad input with a CorroborateError', () => {
    expect(() => extractQuantities(undefined as never)).toThrow(/sentences must be an array of/);
    try {
      extractQuantities([{ text: 'x', start: 'a', end: 1 }] as never);
      expect.unreachable();
    } catch (error) {
      expect((error as CorroborateError).code).toBe('INVALID_ARTICLE');
    }
  });

  it('returns only well-formed mentions on arbitrary text', () => {
    const pieces = fc.constantFrom(
      ' ',
      '$',
      '5',
      '53,000',
      '27.5',
      '%',
      'billion',
      'bn',
      'from',
      'to',
      '-',
      'about',
      'two',
      'hundred',
      'troops',
      'October',
      '2025',
      ',',
      '/',
      ':',
      'One',
      'of',
      'Group',
    );
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        const mentions = extractQuantities([{ text, start: 0, end: text.length }]);
        for (const mention of mentions) {
          expect(text.slice(mention.start, mention.end)).toBe(mention.text);
          expect(Number.isFinite(mention.value)).toBe(true);
          expect(mention.precision).toBeGreaterThan(0);
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('adversarial input', () => {
  for (const hostile of hostileCases('extractQuantities')) {
    it(`reads ${hostile.name} into mentions that slice back to the text (medium size; fuzz/complexity.ts times the growth)`, () => {
      const text = hostile.input(1);
      const mentions = extractQuantities([{ text, start: 0, end: text.length }]);
      for (const mention of mentions) {
        if (text.slice(mention.start, mention.end) !== mention.text)
          expect.fail(`${JSON.stringify(mention.text)} at ${mention.start} does not slice back`);
      }
    });
  }
});
