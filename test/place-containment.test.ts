// Places inside places: a more specific place agrees with the place that contains it.
import { describe, expect, it } from 'vitest';
import { placesAgree, placeValue } from '../src/consensus/claims.js';
import {
  containmentEntries,
  containsCountries,
  isInsideRegion,
  placeContains,
} from '../src/extract/place-containment.js';
import { extractPlaces } from '../src/extract/places.js';
import { analyze } from '../src/index.js';

const palermo = placeValue('Palermo', 'Italy');
const sicily = placeValue('Sicily', 'Italy');

describe('placeContains', () => {
  it('puts cities in their regions and coastal countries in their seas', () => {
    expect(placeContains('Sicily', 'Palermo')).toBe(true);
    expect(placeContains('Indian Ocean', 'Indonesia')).toBe(true);
    expect(placeContains('Palermo', 'Sicily')).toBe(false);
    // Must not fire: a city of another region, a country on another ocean.
    expect(placeContains('Sicily', 'Bari')).toBe(false);
    expect(placeContains('Indian Ocean', 'Brazil')).toBe(false);
  });

  it('tells seas and world regions from the regions inside one country', () => {
    expect(containsCountries('Indian Ocean')).toBe(true);
    expect(containsCountries('Sicily')).toBe(false);
    expect(isInsideRegion('Palermo')).toBe(true);
    expect(isInsideRegion('Busan')).toBe(false);
  });

  it('names only places the gazetteer knows, by their canonical names', () => {
    const canonical = (name: string) =>
      extractPlaces([{ text: `They met in ${name}.`, start: 0, end: name.length + 13 }]).map(
        (place) => place.name,
      );
    for (const [container, members] of containmentEntries()) {
      expect(canonical(container), container).toContain(container);
      for (const member of members) expect(canonical(member), member).toContain(member);
    }
  });
});

describe('placesAgree with containment', () => {
  it('agrees a city with its region and a country with the ocean it borders', () => {
    expect(placesAgree(sicily, palermo)).toBe(true);
    expect(placesAgree(palermo, sicily)).toBe(true);
    expect(placesAgree('Indian Ocean', 'Indonesia')).toBe(true);
    expect(placesAgree('Indonesia', 'Indian Ocean')).toBe(true);
  });

  it('must not agree two different cities, or a city with another region', () => {
    expect(placesAgree(palermo, placeValue('Rome', 'Italy'))).toBe(false);
    expect(placesAgree(placeValue('Busan', 'South Korea'), placeValue('Beijing', 'China'))).toBe(
      false,
    );
    expect(placesAgree(sicily, placeValue('Bari', 'Italy'))).toBe(false);
    expect(placesAgree('Indian Ocean', placeValue('Jakarta', 'Indonesia'))).toBe(false);
  });
});

describe('place claims in analyze', () => {
  const placeContradictions = (texts: string[]) =>
    analyze(
      texts.map((text, i) => ({ id: `a${i}`, text })),
      { asOf: '2025-06-01' },
    ).articles.flatMap((report) =>
      report.contradictions
        .filter((c) => c.kind === 'event-place')
        .map((c) => [report.id, c.value, c.consensus]),
    );

  it('does not contradict "in Sicily" with "in Palermo"', () => {
    expect(
      placeContradictions([
        'Leaders of the Group of Seven met in Palermo on Thursday to discuss migration. The talks ended late.',
        'Leaders of the Group of Seven met in Sicily on Thursday to discuss migration. The talks ended late at night.',
        'The Group of Seven leaders met in Palermo on Thursday for migration talks. Talks ended late.',
      ]),
    ).toEqual([]);
  });

  it('must still contradict two different cities', () => {
    // Both the event's place and the aligned sentence's place are contradicted, only in a1.
    expect(
      placeContradictions([
        'Leaders of the Group of Seven met in Palermo on Thursday to discuss migration. The talks ended late.',
        'Leaders of the Group of Seven met in Rome on Thursday to discuss migration. The talks ended late at night.',
        'The Group of Seven leaders met in Palermo on Thursday for migration talks. Talks ended late.',
        'G7 leaders met in Palermo on Thursday to talk about migration. The talks ran late.',
      ]).map((row) => row.slice(0, 2).join(': ')),
    ).toEqual(['a1: Rome, Italy', 'a1: Rome, Italy']);
  });
});
