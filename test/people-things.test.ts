import { describe, expect, it } from 'vitest';
import { applyClaimConcepts } from '../src/align/claim-concepts.js';
import { synonymClass } from '../src/align/fact-concepts.js';
import { profileContent } from '../src/align/sentence-profile.js';
import { clusterNames } from '../src/extract/extract-cluster.js';
import { tokenizeSentences } from '../src/extract/gazetteer.js';
import { extractPeople, namesIn } from '../src/extract/people/extract-people.js';
import {
  hasThingContext,
  isGeographicShape,
  opensWithTitle,
} from '../src/extract/people/things.js';
import type { PersonMention } from '../src/extract/types.js';
import { isNamedConcept, personNameKeys } from '../src/score/relatedness.js';
import { tokenizeWords } from '../src/text/word-tokens.js';
import { article } from './helpers/article.js';

function people(...sentences: string[]): string[] {
  return extractPeople(article(...sentences).sentences).map((mention) => mention.name);
}

function things(...sentences: string[]): string[] {
  const { sentences: spans } = article(...sentences);
  return namesIn(spans, tokenizeSentences(spans)).things.map((mention) => mention.name);
}

/** Index of the first token of `word` in the tokens of `text`. */
function at(
  text: string,
  word: string,
): { tokens: ReturnType<typeof tokenizeWords>; index: number } {
  const tokens = tokenizeWords(text);
  return { tokens, index: tokens.findIndex((token) => token.text === word) };
}

describe('hasThingContext', () => {
  it('fires after "the", "in" or "off", and before a lower-case place noun', () => {
    const team = at('They beat the Marlow Otters on Sunday.', 'Marlow');
    expect(hasThingContext(team.tokens, team.index, team.index + 1)).toBe(true);
    const sea = at('The ship sank off Banda Vessa.', 'Banda');
    expect(hasThingContext(sea.tokens, sea.index, sea.index + 1)).toBe(true);
    const province = at('Floods hit Vessa province again.', 'Vessa');
    expect(hasThingContext(province.tokens, province.index, province.index)).toBe(true);
  });

  it('does not fire on a person in a sentence, nor before a capitalised Province', () => {
    const person = at('Sam Colt said the team would win.', 'Sam');
    expect(hasThingContext(person.tokens, person.index, person.index + 1)).toBe(false);
    const titled = at('Officials told Sgt. Dana Smith to wait.', 'Dana');
    expect(hasThingContext(titled.tokens, titled.index, titled.index + 1)).toBe(false);
    const named = at('Dana Vessa Province officials spoke.', 'Dana');
    expect(hasThingContext(named.tokens, named.index, named.index + 1)).toBe(false);
  });

  it('does not fire on a person\'s possessive after "in" nor a person\'s era after "the"', () => {
    const film = at("He was seen in Dana Pell's new film.", 'Dana');
    expect(hasThingContext(film.tokens, film.index, film.index + 1)).toBe(false);
    const era = at('It began under the Dana Pell administration.', 'Dana');
    expect(hasThingContext(era.tokens, era.index, era.index + 1)).toBe(false);
    const team = at('He joined the Marlow Otters defense.', 'Marlow');
    expect(hasThingContext(team.tokens, team.index, team.index + 1)).toBe(true);
  });
});

describe('opensWithTitle', () => {
  it('fires on a clerical or abbreviated title opening the name', () => {
    const rev = at('Said the Rev. Dana Pell on Sunday.', 'Rev.');
    expect(opensWithTitle(rev.tokens, rev.index)).toBe(true);
    const gov = at('Said Gov. Dana Pell on Sunday.', 'Gov.');
    expect(opensWithTitle(gov.tokens, gov.index)).toBe(true);
  });

  it('does not fire on a given name', () => {
    const name = at('Said Dana Pell on Sunday.', 'Dana');
    expect(opensWithTitle(name.tokens, name.index)).toBe(false);
  });
});

describe('isGeographicShape', () => {
  it('fires on "Fort …", "Mount …", "… Beach"', () => {
    expect(isGeographicShape(['fort', 'smith'])).toBe(true);
    expect(isGeographicShape(['mt', 'cook'])).toBe(true);
    expect(isGeographicShape(['newport', 'beach'])).toBe(true);
  });

  it('does not fire on a one-word surname or a name merely containing such a word', () => {
    expect(isGeographicShape(['fort'])).toBe(false);
    expect(isGeographicShape(['dana', 'beachley'])).toBe(false);
    expect(isGeographicShape(['rick', 'fort', 'miller'])).toBe(false);
  });
});

describe('named things are not people', () => {
  it('sets apart a team the article writes after "the", and its short form', () => {
    const text = [
      'The Marlow Otters beat the Kent Herons on Sunday.',
      'The Marlow Otters had lost twice.',
      'Otters fans cheered coach Dana Pell.',
    ];
    expect(people(...text)).not.toContain('Marlow Otters');
    expect(things(...text)).toContain('Marlow Otters');
    expect(people(...text)).toContain('Dana Pell');
  });

  it('keeps a person surnamed like the team: "Sam Colt" written as a person', () => {
    const text = ['Sam Colt said the Colts would win.', 'Sam Colt has coached for years.'];
    expect(people(...text)).toContain('Sam Colt');
    expect(things(...text)).not.toContain('Sam Colt');
  });

  it('sets apart "Fort Smith" but keeps "Sgt. Smith"', () => {
    const text = [
      'A tornado struck Fort Smith on Monday.',
      'Sgt. Dana Smith said three homes were lost.',
    ];
    expect(things(...text)).toContain('Fort Smith');
    expect(people(...text)).toContain('Dana Smith');
    expect(people(...text)).not.toContain('Fort Smith');
  });

  it('sets apart a region written before "province" most times', () => {
    const text = [
      'The quake struck Banda Vessa province at dawn.',
      'Rescuers reached Banda Vessa province by noon.',
      'Governor Ira Kell flew in.',
    ];
    expect(things(...text)).toContain('Banda Vessa');
    expect(people(...text)).toEqual(['Ira Kell']);
  });

  it('keeps a cleric written after "the"', () => {
    const text = ['"We do not know," said the Rev. Dana Pell of the Marrow Church.'];
    expect(things(...text)).toEqual([]);
  });

  it('keeps a short form of a person written after "the" ("the Pell administration")', () => {
    const text = ['Dana Pell took office in May.', 'Critics of the Pell administration protested.'];
    expect(things(...text)).toEqual([]);
  });
});

describe('named-thing concepts', () => {
  const mention = (name: string, key: string, sentenceIndex = 0): PersonMention => ({
    name,
    key,
    sentenceIndex,
    start: 0,
    end: name.length,
    source: 'pattern',
    byline: false,
  });

  it('become t: concepts whose words stop counting as plain words', () => {
    const text = 'The Marlow Otters won.';
    const profile = profileContent(text);
    const words = profile.terms.map((term) => `w:${synonymClass(term)}`);
    const otters = `w:${synonymClass(profile.terms.find((term) => term.startsWith('otter'))!)}`;
    const sentences = [{ concepts: [...words].sort(), profile }];
    applyClaimConcepts(sentences, {
      people: [],
      things: [mention('Marlow Otters', 'marlow otters')],
      roleMentions: [],
      places: [],
      eventSlots: [],
      itinerary: [],
      statedDates: [],
    });
    expect(sentences[0]!.concepts).toContain('t:marlow otters');
    expect(sentences[0]!.concepts).not.toContain(otters);
    expect(sentences[0]!.concepts.length).toBeGreaterThan(1);
    expect(sentences[0]!.concepts).not.toContain('n:marlow otters');
  });

  it('count as named and share a key with their short form, apart from people', () => {
    expect(isNamedConcept('t:marlow otters')).toBe(true);
    expect(isNamedConcept('w:otters')).toBe(false);
    const keys = personNameKeys(['t:marlow otters', 't:otters', 'n:otters']);
    expect(keys.get('t:otters')).toBe(keys.get('t:marlow otters'));
    expect(keys.get('n:otters')).toBe('n:otters');
  });

  it('are decided once per cluster: a name most articles write as a thing is one everywhere', () => {
    const asThing = mention('Marlow Otters', 'marlow otters');
    const asPerson = mention('Marlow Otters', 'marlow otters');
    const person = mention('Dana Pell', 'dana pell');
    const result = clusterNames([
      { people: [person], things: [asThing] },
      { people: [], things: [asThing] },
      { people: [asPerson], things: [] },
    ]);
    expect(result.things.map((list) => list.map((found) => found.key))).toEqual([
      ['marlow otters'],
      ['marlow otters'],
      ['marlow otters'],
    ]);
    expect(result.people[0]!.map((found) => found.key)).toEqual(['dana pell']);
  });

  it('leave a name most articles write as a person with the people', () => {
    const asThing = mention('Dana Pell', 'dana pell');
    const asPerson = mention('Dana Pell', 'dana pell');
    const result = clusterNames([
      { people: [asPerson], things: [] },
      { people: [asPerson], things: [] },
      { people: [], things: [asThing] },
    ]);
    expect(result.things.flat()).toEqual([]);
    expect(result.people.flat()).toHaveLength(3);
  });
});
