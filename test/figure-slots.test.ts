// Figures compared by what they measure: durations with durations, money per currency, counts per noun, years apart.
import { describe, expect, it } from 'vitest';
import { profileSentence } from '../src/align/sentence-profile.js';
import { describeSlot, slotFigures } from '../src/consensus/figure-slots.js';
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
