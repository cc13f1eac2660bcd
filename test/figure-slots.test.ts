// Figures compared by what they measure: durations with durations, money per currency, counts per noun, years apart.
import { describe, expect, it } from 'vitest';
import { profileSentence } from '../src/align/sentence-profile.js';
import {
  boundAccountsFor,
  describeSlot,
  differentNames,
  figureContext,
  leadingName,
  type SlottedFigure,
  sharesContext,
  slotFigures,
} from '../src/consensus/figure-slots.js';
import { analyze } from '../src/index.js';

const slotsOf = (text: string) =>
  slotFigures(text, profileSentence(text).numbers).map((f) => [f.slot, f.value, f.text]);

describe('slotFigures', () => {
  it('puts a duration and a year of one sentence in different slots, and skips a date', () => {
    expect(
      slotsOf('The lease was extended by 12 years, until 2038, officials said on May 19.'),
    ).toEqual([
      ['duration', 12 * 365.25, '12 years'],
      ['year', 2038, '2038'],
    ]);
  });

  it('measures durations in days so two years and 24 months are one value', () => {
    expect(slotsOf('The ban lasts two years.')[0]![1]).toBe(
      slotsOf('The ban lasts 24 months.')[0]![1],
    );
  });

  it('keeps money per currency, percentages and counts of different things apart', () => {
    expect(slotsOf('Profits rose 5 percent to $5 million.').map((f) => f[0])).toEqual([
      'percent',
      'money:USD',
    ]);
    expect(slotsOf('About 53,000 US troops and 12 ships took part.').map((f) => f[0])).toEqual([
      'count:troop',
      'count:ship',
    ]);
    expect(slotsOf('The council imposed 30 tariffs on Chinese imports.').map((f) => f[0])).toEqual([
      'count:tariff',
    ]);
  });

  it('describes slots in words', () => {
    expect(describeSlot('money:USD')).toBe('money, USD');
    expect(describeSlot('count:troop')).toBe('count of troop');
    expect(describeSlot('count:?')).toBe('count');
    expect(describeSlot('duration')).toBe('duration');
    expect(describeSlot('count:goal@total')).toBe('count of goal, a total');
    expect(describeSlot('count:goal@part')).toBe('count of goal, a part');
  });
});

describe('years that end or open a span', () => {
  const slotOf = (text: string) => slotsOf(text).map((f) => [f[0], f[1]]);

  it('does not take either end of a span of years as the year of an event', () => {
    expect(slotOf('She ran the lab (2001-2009) before she retired.')).toEqual([]);
    expect(slotOf('She ran the lab from 2001 to 2009.')).toEqual([]);
  });

  it('must keep years that stand alone, even two in one sentence', () => {
    expect(slotOf('She joined in 2001 and left in 2009.')).toEqual([
      ['year', 2001],
      ['year', 2009],
    ]);
    expect(slotOf('She moved from Lyon to Porto in 2009.')).toEqual([['year', 2009]]);
  });
});

describe('figure scope: a part or a total fills its own slot', () => {
  const slotOf = (text: string) => slotsOf(text).map((f) => f[0]);

  it('marks a count after "first", "last", "final" as a part', () => {
    expect(slotOf('She made her first 12 shots before tiring.')).toEqual(['count:shot@part']);
    expect(slotOf('He will sit out the final three races.')).toEqual(['count:race@part']);
    // Must not fire: an ordinal elsewhere in the sentence is no part word for the figure.
    expect(slotOf('In the first half she made 12 shots.')).toEqual(['count:shot']);
  });

  it('marks a figure near a season, career or nationwide phrase as a total', () => {
    expect(slotOf('She has scored 31 goals so far.')).toEqual(['count:goal@total']);
    expect(slotOf('He has 14 wins this season.')).toEqual(['count:win@total']);
    expect(slotOf('Across the country at least 90 people were hurt.')).toEqual([
      'count:peopl@total',
    ]);
    expect(slotOf('She scored 40 goals in 12 matches.')).toEqual([
      'count:goal@total',
      'count:match',
    ]);
  });

  it('must not mark a figure whose total phrase lies in another clause, or "this year"', () => {
    // The season phrase belongs to the clause after "as".
    expect(slotOf('She scored 3 goals as the club took its tenth win this season.')).toEqual([
      'count:goal',
    ]);
    expect(slotOf('The country pledged $2 billion in aid this year.')).toEqual(['money:USD']);
    // "in 2008" is a year, not several occasions.
    expect(slotOf('The storm killed 40 people in 2008.')).toEqual(['count:peopl', 'year']);
  });
});

describe('leading names', () => {
  it('reads the acting name a sentence opens with', () => {
    expect(leadingName('Maria Lopez finished with 18 points.')).toEqual(['maria', 'lopez']);
    expect(leadingName('Okafor finished with 12 points.')).toEqual(['okafor']);
    expect(differentNames(['maria', 'lopez'], ['okafor'])).toBe(true);
  });

  it('must not read a source, a pronoun, a determiner or an aside as the actor', () => {
    expect(leadingName('Okafor said the storm killed 12 people.')).toEqual([]);
    expect(leadingName('He finished with 12 points.')).toEqual([]);
    expect(leadingName('The Rovers scored 3 goals.')).toEqual([]);
    expect(leadingName('Okafor, the captain, scored 3 goals.')).toEqual([]);
    // A capitalised common noun is no name: "Rescuers" and "Police" are not two actors.
    expect(leadingName('Rescuers pulled 12 bodies from the mud.')).toEqual([]);
    expect(leadingName('Police found 15 bodies.')).toEqual([]);
    expect(leadingName('Officials counted 15 bodies.')).toEqual([]);
  });

  it('must not part one actor named twice, or a country and its leader', () => {
    expect(differentNames(['maria', 'lopez'], ['lopez'])).toBe(false);
    expect(differentNames(['japan'], ['japanese', 'minister'])).toBe(false);
    expect(differentNames([], ['okafor'])).toBe(false);
  });
});

describe('figure context and bounds', () => {
  const contextOf = (text: string) =>
    figureContext(text, slotFigures(text, profileSentence(text).numbers));

  it('leaves figures, their units and stopwords out of the context', () => {
    expect([...contextOf('He has 53 catches for 605 yards.')]).toEqual([]);
    expect(
      sharesContext(
        contextOf('He has 53 catches for 605 yards.'),
        contextOf('He ended with eight catches for 101 yards.'),
      ),
    ).toBe(false);
  });

  it('must keep what two reports of one quake share besides the toll', () => {
    expect(
      sharesContext(
        contextOf('The quake killed 30 people in the hills.'),
        contextOf('Officials said 25 people were killed by the quake.'),
      ),
    ).toBe(true);
  });

  const figure = (value: number, bound?: 'lower' | 'upper'): SlottedFigure => ({
    slot: 'count:peopl',
    value,
    text: String(value),
    start: 0,
    end: 1,
    ...(bound === undefined ? {} : { bound }),
  });

  it('lets a bound the others keep stand aside ("at least 2" beside 70)', () => {
    expect(boundAccountsFor(figure(2, 'lower'), [70, 72])).toBe(true);
    expect(boundAccountsFor(figure(100, 'upper'), [70])).toBe(true);
  });

  it('must not excuse a plain figure, an agreeing bound, or a broken bound', () => {
    expect(boundAccountsFor(figure(2), [70])).toBe(false);
    expect(boundAccountsFor(figure(70, 'lower'), [70])).toBe(false);
    expect(boundAccountsFor(figure(30, 'lower'), [25, 40])).toBe(false);
  });
});

describe('figure disputes in aligned sentences', () => {
  const disputes = (texts: string[]) =>
    analyze(
      texts.map((text, i) => ({ id: `a${i}`, text })),
      { asOf: '2025-06-01' },
    ).facts.flatMap((fact) =>
      fact.disputes.map((d) => [
        d.object.split(':').pop(),
        d.consensus,
        d.dissent.map((x) => x.value),
      ]),
    );

  it('reports "12 years, until 2038" against "10 years" although a year sits next to the figure', () => {
    expect(
      disputes([
        'The government extended the port lease by 12 years, until 2038, officials said on May 19. The decision angered local fishermen.',
        'The government extended the port lease by 10 years, officials said. Local fishermen were angered by the decision.',
        'Officials said the government extended the port lease by 10 years. The fishermen of the town were angered by the decision.',
      ]),
    ).toEqual([['duration', '10 years', ['12 years']]]);
  });

  it('does not set one player against another when their sentences share only units', () => {
    // "He has … for 712 yards" (a running total) and "he wound up with … 95 yards" and another
    // player's 95 yards: the three sentences share nothing but catches and yards.
    expect(
      disputes([
        'The Hawks beat the Owls 27-20 on Sunday. He has 61 catches for 712 yards and six touchdowns.',
        'The Hawks beat the Owls 27-20 on Sunday. He wound up with seven catches for 95 yards.',
        'The Hawks beat the Owls 27-20 on Sunday. The tailback rushed for 95 yards.',
      ]),
    ).toEqual([]);
  });

  it('does not set two players against each other when each sentence opens with its own', () => {
    expect(
      disputes([
        'The Rovers beat the Saints 81-70 on Friday night. Maria Lopez finished with 18 points and nine rebounds for the Rovers.',
        'The Rovers beat the Saints 81-70 on Friday night. Okafor finished with 22 points and seven rebounds for the Saints.',
        'The Rovers beat the Saints 81-70 on Friday night. Dimitrova finished with 18 points and seven rebounds off the bench.',
      ]),
    ).toEqual([]);
  });

  it('must still report two death tolls for one quake', () => {
    expect(
      disputes([
        'A strong earthquake shook the northern hill district on Monday, killing 31 people, the relief agency said.',
        'The earthquake that shook the northern hill district on Monday killed 24 people, the relief agency said, as crews searched homes.',
        'Crews dug through rubble after the Monday earthquake in the northern hill district, which killed 24 people according to the relief agency.',
      ]),
    ).toEqual([['peopl', '24', ['31']]]);
  });

  it('must not call two figures that differ by unit a dispute ($5 million vs 5 percent)', () => {
    expect(
      disputes([
        'The company agreed to pay a fine of $5 million over the leak, regulators said.',
        'The company agreed to pay a fine of 5 percent of revenue over the leak, regulators said.',
        'Regulators said the company agreed to pay a fine of 5 percent of revenue over the leak.',
      ]),
    ).toEqual([]);
  });
});
