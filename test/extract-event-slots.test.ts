import { describe, expect, it } from 'vitest';
import { CorroborateError } from '../src/errors.js';
import {
  extractEventSlots,
  isHyphenatedModifier,
  isLocatingPreposition,
  isPastEventReference,
  phrasalTriggerAt,
  possessiveDateBefore,
  settlementPhraseStart,
} from '../src/extract/event-slots.js';
import {
  extractItinerary,
  isItineraryColon,
  itineraryPredicateEnd,
} from '../src/extract/itinerary.js';
import { extractPeople } from '../src/extract/people/extract-people.js';
import { extractPlaces } from '../src/extract/places.js';
import type { EventSlot } from '../src/extract/types.js';
import { tokenizeWords } from '../src/text/word-tokens.js';
import { article } from './helpers/article.js';

function slots(...sentences: string[]): EventSlot[] {
  const { sentences: spans } = article(...sentences);
  return extractEventSlots(spans, extractPlaces(spans), extractPeople(spans));
}

/** Each slot as "event @ place (date) with participants". */
function summary(...sentences: string[]): string[] {
  return slots(...sentences).map((slot) => {
    const place = slot.place ? ` @ ${slot.place.name}` : '';
    const date = slot.dateText ? ` (${slot.dateText})` : '';
    return `${slot.event}${place}${date} with ${slot.participants.join(', ') || 'nobody'}`;
  });
}

function stops(...sentences: string[]): string[] {
  const { sentences: spans } = article(...sentences);
  return extractItinerary(spans, extractPlaces(spans)).map((stop) => stop.place);
}

describe('extractEventSlots', () => {
  it('"will meet Xi in Busan": participants, place and its country', () => {
    const found = slots(
      'Chinese President Xi Jinping and President Donald Trump are expected.',
      'Trump will meet Xi in Busan.',
    );
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      event: 'meeting',
      trigger: 'meet',
      participants: ['donald trump', 'xi jinping'],
      place: { name: 'Busan', kind: 'city', country: 'South Korea', countryCode: 'KR' },
      dateText: null,
      sentenceIndex: 1,
    });
  });

  it('"a planned meeting with Chinese President Xi Jinping in Busan, South Korea, on Thursday"', () => {
    const { text, sentences } = article(
      'The centerpiece is a planned meeting with Chinese President Xi Jinping in Busan, South Korea, on Thursday, though Beijing has yet to confirm it.',
    );
    const [slot] = extractEventSlots(sentences, extractPlaces(sentences), extractPeople(sentences));
    expect(slot).toMatchObject({
      event: 'meeting',
      place: { name: 'Busan' },
      dateText: 'on Thursday',
      participants: ['xi jinping'],
    });
    expect(text.slice(slot?.start, slot?.end)).toBe(slot?.evidence);
    expect(slot?.evidence).toBe(
      'meeting with Chinese President Xi Jinping in Busan, South Korea, on Thursday',
    );
  });

  it('places before a noun trigger: "the summit in Beijing", "the upcoming Beijing meeting", "the high-altitude Beijing summit"', () => {
    expect(
      summary(
        'Leaders prepared for the summit in Beijing.',
        'Aides prepared the upcoming Beijing meeting.',
        'Nobody expected much from the high-altitude Beijing summit.',
      ),
    ).toEqual([
      'summit @ Beijing with nobody',
      'meeting @ Beijing with nobody',
      'summit @ Beijing with nobody',
    ]);
  });

  it('"meets Trump in South Korea on October 30" dates the event', () => {
    expect(
      summary(
        'When Chinese leader Xi Jinping meets President Trump in South Korea on October 30, he will push.',
      ),
    ).toEqual(['meeting @ South Korea (on October 30) with xi jinping, trump']);
  });

  it('a fronted place: "Kicking off in Tokyo on Wednesday, Trump will meet…"', () => {
    expect(
      summary(
        'Kicking off in Tokyo on Wednesday, President Trump will meet Japanese Prime Minister Fumio Kishida.',
      ),
    ).toEqual(['meeting @ Tokyo (on Wednesday) with trump, fumio kishida']);
  });

  it('a where-clause: "South Korea, where a meeting with President Xi is planned"', () => {
    expect(
      summary(
        'He will then go to Japan and South Korea, where a meeting with President Xi is planned.',
      ),
    ).toEqual(['meeting @ South Korea with xi']);
  });

  it('bounds each slot by the next trigger: only the talks are in Busan', () => {
    expect(
      summary(
        'President Trump will attend the ASEAN Summit in Kuala Lumpur, meet with Japanese Prime Minister Sanae Takaichi, and hold talks with South Korean President Lee Jae Myung in Busan.',
      ),
    ).toEqual([
      'summit @ Kuala Lumpur with trump',
      'meeting with trump, sanae takaichi',
      'talks @ Busan with trump, lee jae myung',
    ]);
  });

  it('never takes a capital standing for its government as the place', () => {
    expect(summary('Beijing has yet to confirm it will meet the delegation.')).toEqual([]);
    expect(summary('A meeting is planned, though Beijing has yet to confirm it.')).toEqual([]);
  });

  it('skips events the sentence dates elsewhere: "the ASEAN summit in 2017", "since the brutal coup in 2021"', () => {
    expect(
      summary("Exports doubled since President Trump's last visit to the ASEAN summit in 2017."),
    ).toEqual([]);
    expect(summary('Myanmar has haunted every gathering since the brutal coup in 2021.')).toEqual(
      [],
    );
    const tokens = tokenizeWords('the summit in Busan on October 30, 2025');
    expect(isPastEventReference(tokens, 1, tokens.length)).toBe(false);
  });

  it('does not read a country before "talks" as the venue, nor a hyphenated place', () => {
    expect(summary('Why China holds the key to Russia talks.')).toEqual([]);
    const tokens = tokenizeWords('talks on US-China relations');
    expect(isHyphenatedModifier(tokens, 2, 2)).toBe(true);
    expect(summary('He opened talks on a thaw in US-China relations.')).toEqual([]);
  });

  it('does not take "visiting" as an adjective for a visit, nor a place in a relative clause', () => {
    expect(
      summary('Mira Rapp-Hooper, a visiting fellow at the Brookings Institution, spoke.'),
    ).toEqual([]);
    expect(summary('He will meet Sanae Takaichi, who plans investments in the U.S.')).toEqual([
      'meeting with sanae takaichi',
    ]);
  });

  it('"in the South Korean city of Busan": the place behind a descriptive phrase', () => {
    expect(
      summary(
        'The main event is a planned meeting with Chinese President Xi Jinping in the South Korean city of Busan.',
      ),
    ).toEqual(['meeting @ Busan with xi jinping']);
    expect(summary('Xi Jinping visited the port city of Busan.')).toEqual([
      'visit @ Busan with xi jinping',
    ]);
    const tokens = tokenizeWords('in the South Korean city of Busan');
    expect(settlementPhraseStart(tokens, 6)).toBe(1);
  });

  it('does not read "the mayor of Busan" or "the people of Busan" as a place phrase', () => {
    expect(summary('Xi Jinping met the mayor of Busan.')).toEqual(['meeting with xi jinping']);
    expect(settlementPhraseStart(tokenizeWords('the people of Busan'), 3)).toBe(-1);
  });

  it('"sit down with" and "the sit-down with" are meetings, "talk with" is talks', () => {
    expect(summary('Xi Jinping will sit down with Trump in South Korea on October 30.')).toEqual([
      'meeting @ South Korea (on October 30) with xi jinping',
    ]);
    expect(summary('After that comes the sit-down with Xi Jinping in Busan.')).toEqual([
      'meeting @ Busan with xi jinping',
    ]);
    expect(summary('In Busan he will talk with South Korean President Lee Jae Myung.')).toEqual([
      'talks @ Busan with lee jae myung',
    ]);
    const [slot] = slots('Xi Jinping will sit down with Lee Jae Myung.');
    expect(slot?.trigger).toBe('sit down');
  });

  it('does not read "sat down" without "with", or "talk of", as an event', () => {
    expect(summary('Xi Jinping sat down in Busan.')).toEqual([]);
    expect(summary('Talk of a deal with Xi Jinping in Busan grew.')).toEqual([]);
    expect(phrasalTriggerAt(tokenizeWords('he sat down'), 1)).toBeNull();
  });

  it('"host" is a meeting when it hosts a person: "will host Chinese President Xi Jinping in Washington"', () => {
    expect(summary('Trump will host Chinese President Xi Jinping in Washington.')).toEqual([
      'meeting @ Washington with xi jinping',
    ]);
    expect(summary('Giorgia Meloni is hosting the three-day gathering in Italy.')).toEqual([]);
    expect(summary('Donald Trump will host a private dinner in Gyeongju.')).toEqual([]);
  });

  it('does not read "Host" or "the host" before a name as the verb', () => {
    expect(summary('Host Giorgia Meloni, Italy’s prime minister, welcomed them.')).toEqual([]);
    expect(summary('The host, Giorgia Meloni, welcomed them.')).toEqual([]);
  });

  it('reads "to" as a place preposition only right after the trigger: "visit to Tokyo"', () => {
    expect(summary('Xi Jinping paid a visit to Tokyo.')).toEqual(['visit @ Tokyo with xi jinping']);
    expect(summary('Xi Jinping used the summit to unveil new commitments to Ukraine.')).toEqual([
      'summit with xi jinping',
    ]);
    const tokens = tokenizeWords('visit to Tokyo and aid to Kyiv');
    expect(isLocatingPreposition(tokens, 1, 0)).toBe(true);
    expect(isLocatingPreposition(tokens, 5, 0)).toBe(false);
  });

  it('talks in a city: "talks in Geneva"', () => {
    expect(summary('Negotiators held talks in Geneva on Monday.')).toEqual([
      'talks @ Geneva (on Monday) with nobody',
    ]);
  });

  it('dates a noun trigger by a possessive day before it: "Thursday\'s planned meeting"', () => {
    expect(summary('It is Thursday’s planned meeting with Xi Jinping in Busan.')).toEqual([
      'meeting @ Busan (Thursday) with xi jinping',
    ]);
    expect(summary('Thursday’s vote on the meeting with Xi Jinping failed.')).toEqual([
      'meeting with xi jinping',
    ]);
    const tokens = tokenizeWords("Friday's summit");
    expect(possessiveDateBefore(tokens, 1)).toEqual([0, 0]);
  });

  it('a fronted "In <place>" without a comma counts only before a subject pronoun', () => {
    expect(summary('In Tokyo he is due to sit down with Sanae Takaichi.')).toEqual([
      'meeting @ Tokyo with sanae takaichi',
    ]);
    expect(summary('In Tokyo markets fell as Sanae Takaichi met Lee Jae Myung.')).toEqual([
      'meeting with sanae takaichi, lee jae myung',
    ]);
  });

  it('ignores byline people and rejects malformed mentions', () => {
    const { sentences } = article('By Jane Doe, Asia correspondent');
    expect(extractEventSlots(sentences, [], extractPeople(sentences))).toEqual([]);
    expect(() => extractEventSlots(sentences, 'x' as never, [])).toThrow(CorroborateError);
    expect(() => extractEventSlots(sentences, [], [{ start: 1 }] as never)).toThrow(
      /people must be/,
    );
  });

  it('stays linear on thousands of triggers in one sentence', () => {
    const text = 'Trump will meet Xi in Busan and '.repeat(6_000);
    const { sentences } = article(text);
    const found = extractEventSlots(sentences, extractPlaces(sentences), extractPeople(sentences));
    expect(found).toHaveLength(6_000);
  });
});

describe('extractItinerary', () => {
  it('reads the lists after travel phrases', () => {
    expect(stops('The itinerary includes stops in Malaysia, Japan, and South Korea.')).toEqual([
      'Malaysia',
      'Japan',
      'South Korea',
    ]);
    expect(
      stops('The five-day visit to Malaysia, Japan, and South Korea marks his longest tour.'),
    ).toEqual(['Malaysia', 'Japan', 'South Korea']);
    expect(
      stops(
        'It has stops in Japan, South Korea, and the Philippines before culminating in the Xi meeting.',
      ),
    ).toEqual(['Japan', 'South Korea', 'Philippines']);
    expect(stops('He will proceed to Japan and then South Korea.')).toEqual([
      'Japan',
      'South Korea',
    ]);
  });

  it('reads single destinations: "head to Tokyo", "culminates in Manila", "begins … in Kuala Lumpur"', () => {
    expect(stops('Trump will head to Tokyo.')).toEqual(['Tokyo']);
    expect(stops('The tour culminates in Manila.')).toEqual(['Manila']);
    expect(
      stops("The president's Asia trip begins Sunday at the ASEAN Summit in Kuala Lumpur."),
    ).toEqual(['Kuala Lumpur']);
  });

  it('gives each stop its country, the phrase that introduced it, and offsets', () => {
    const { text, sentences } = article(
      'Talks stalled.',
      'His itinerary begins in Kuala Lumpur, Malaysia, and ends in Busan.',
    );
    const found = extractItinerary(sentences, extractPlaces(sentences));
    expect(found.map((stop) => [stop.place, stop.kind, stop.country, stop.trigger])).toEqual([
      ['Kuala Lumpur', 'city', 'Malaysia', 'begins in'],
      ['Busan', 'city', 'South Korea', 'ends in'],
    ]);
    expect(text.slice(found[0]?.start, found[0]?.end)).toBe('Kuala Lumpur');
  });

  it('reads a list of places that is the subject of "are on the <itinerary noun>"', () => {
    expect(stops('- Malaysia, Japan and South Korea are on the five-day schedule')).toEqual([
      'Malaysia',
      'Japan',
      'South Korea',
    ]);
    expect(stops('Japan and South Korea are also on the itinerary.')).toEqual([
      'Japan',
      'South Korea',
    ]);
    const tokens = tokenizeWords('Japan is on the Asia schedule');
    expect(itineraryPredicateEnd(tokens, 1)).toBe(6);
  });

  it('does not read a subject list that is on the rise or on the agenda', () => {
    expect(stops('Exports from Vietnam, Indonesia and Thailand are on the rise.')).toEqual([]);
    expect(stops('China and Russia are on the agenda.')).toEqual([]);
    expect(stops('Vietnam, Japan are on the schedule.')).toEqual([]);
  });

  it('reads "the trip takes him to …" in a sentence about a trip', () => {
    expect(stops('The five-day trip takes him to Malaysia, Japan and South Korea.')).toEqual([
      'Malaysia',
      'Japan',
      'South Korea',
    ]);
    expect(
      stops(
        'Trump said the trip would take him to Japan, South Korea and the Philippines, with the Xi meeting as the finale.',
      ),
    ).toEqual(['Japan', 'South Korea', 'Philippines']);
    expect(stops('The lawsuit takes them to Tokyo.')).toEqual([]);
  });

  it('reads the list after a colon that an itinerary noun opens', () => {
    expect(
      stops(
        'White House Press Secretary Karoline Leavitt laid out the stops on Trump’s itinerary: Malaysia, Japan and South Korea.',
      ),
    ).toEqual(['Malaysia', 'Japan', 'South Korea']);
    expect(stops('The Asia Tour: Tokyo, Seoul and Manila')).toEqual(['Tokyo', 'Seoul', 'Manila']);
    expect(isItineraryColon(tokenizeWords('his route so far: Japan'), 4)).toBe(true);
  });

  it('does not read a colon list that no itinerary noun opens', () => {
    expect(stops('Exports fell in three markets: Japan, South Korea and Vietnam.')).toEqual([]);
    expect(stops('Key Takeaways: Japan and Korea disagree.')).toEqual([]);
  });

  it('reads "first stop is", "travels on to … and finally …", "touch down in"', () => {
    expect(
      stops(
        'Trump’s first stop is Kuala Lumpur, Malaysia, for the summit.',
        'After that he travels on to Japan and finally South Korea.',
      ),
    ).toEqual(['Kuala Lumpur', 'Japan', 'South Korea']);
    expect(stops('Trump is due to touch down in Malaysia on Sunday.')).toEqual(['Malaysia']);
  });

  it('reads "due in" before a list of places, or in a sentence about a trip', () => {
    expect(stops('Trump is due in Malaysia, Japan and South Korea, hoping for new deals.')).toEqual(
      ['Malaysia', 'Japan', 'South Korea'],
    );
    expect(stops('On the five-day trip he is due in Tokyo on Monday.')).toEqual(['Tokyo']);
  });

  it('does not read "due in" before one place outside a trip, or before a date', () => {
    expect(stops('Elections are due in Japan next year.')).toEqual([]);
    expect(stops('A ruling is due in November.')).toEqual([]);
  });

  it('does not read places without a travel phrase', () => {
    expect(stops('Tariffs hit exports from Vietnam, Indonesia, Singapore and Thailand.')).toEqual(
      [],
    );
    expect(stops('Micron Technology, which operates plants in Malaysia, gained.')).toEqual([]);
  });

  it('ends a comma list that is not closed by "and": "…Malaysia, the US president\'s focus"', () => {
    expect(stops("During his visit to Malaysia, the US president's focus is a ceremony.")).toEqual([
      'Malaysia',
    ]);
  });

  it('needs a trip in the sentence (or the one before) for leg phrases such as "begins in"', () => {
    expect(stops('The hearing begins in Washington.')).toEqual([]);
    expect(stops('His Asia tour is long.', 'It begins in Tokyo.')).toEqual(['Tokyo']);
  });

  it('skips regions, metonyms and trips dated elsewhere', () => {
    expect(stops('He embarked on a trip to Asia.')).toEqual([]);
    expect(stops('Since his last visit to Japan, little changed.')).toEqual([]);
    expect(stops('He visited Japan in 2019.')).toEqual([]);
  });

  it('stays linear on a long subject list, many itinerary colons and many settlement phrases', () => {
    const cases = [
      `${'Japan, '.repeat(20_000)}and Malaysia are on the schedule.`,
      'itinerary: Japan, '.repeat(10_000),
      'visit to the city of the city of Busan '.repeat(5_000),
      'host host Japan sit down with sit-down '.repeat(5_000),
    ];
    for (const text of cases) {
      const { sentences } = article(text);
      const places = extractPlaces(sentences);
      extractItinerary(sentences, places);
      extractEventSlots(sentences, places, extractPeople(sentences));
    }
    expect(stops(`${'Japan, '.repeat(2_000)}and Malaysia are on the schedule.`)).toHaveLength(
      2_001,
    );
  });

  it('stays linear on a long list of places', () => {
    const text = `His trip includes stops in ${'Japan, '.repeat(20_000)}and Malaysia.`;
    const { sentences } = article(text);
    const found = extractItinerary(sentences, extractPlaces(sentences));
    expect(found).toHaveLength(20_001);
  });
});
