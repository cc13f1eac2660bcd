import { describe, expect, it } from 'vitest';
import { extractPeople } from '../src/extract/people/extract-people.js';
import { isSurnameAfterGivenName, type RunClass } from '../src/extract/people/runs.js';
import {
  isSpellingVariant,
  isWordwiseVariant,
  resolveSpellingVariants,
} from '../src/extract/person-coreference.js';
import { tokenizeWords } from '../src/text/word-tokens.js';
import { article } from './helpers/article.js';

function names(...sentences: string[]): string[] {
  return extractPeople(article(...sentences).sentences).map((mention) => mention.name);
}

describe('a place after a given name is a surname (isSurnameAfterGivenName)', () => {
  it('reads a given name plus a country as one person', () => {
    expect(names('Fired coaches Eddie Jordan and Sam Cole spoke.')).toEqual([
      'Eddie Jordan',
      'Sam Cole',
    ]);
  });

  it('keeps the place after "of", after a verb, and after a word that is no listed given name', () => {
    expect(names('The Prime Minister of Jordan spoke.')).toEqual([]);
    expect(names('Eddie Cole visited Jordan in May.')).toEqual(['Eddie Cole']);
    const tokens = tokenizeWords('Then Qwerty Jordan spoke.');
    const classes: RunClass[] = ['name', 'place'];
    const places = new Uint8Array(tokens.length);
    places[2] = 1;
    expect(isSurnameAfterGivenName(tokens, [1, 2], classes, 1, places, () => false)).toBe(false);
    expect(isSurnameAfterGivenName(tokens, [1, 2], classes, 1, places, () => true)).toBe(true);
  });

  it('does not take the first word of a longer place', () => {
    const tokens = tokenizeWords('Then Eddie New York spoke.');
    const places = new Uint8Array(tokens.length);
    places[2] = 1;
    places[3] = 1;
    const classes: RunClass[] = ['name', 'place', 'place'];
    expect(isSurnameAfterGivenName(tokens, [1, 2, 3], classes, 1, places, () => true)).toBe(false);
  });
});

describe('transliterations that differ in every word (isWordwiseVariant)', () => {
  it('merges one leader spelled three ways across articles', () => {
    const map = resolveSpellingVariants([
      ['kurbanguly berdymukhamedov'],
      ['gurbanguly berdimuhamedov'],
      ['gurbanguly berdymukhamedov'],
      ['gurbanguli berdymukhamedov'],
      ['gurbanguli berdymukhamedov'],
    ]);
    expect(map.get('kurbanguly berdymukhamedov')).toBe('gurbanguli berdymukhamedov');
    expect(map.get('gurbanguly berdimuhamedov')).toBe('gurbanguli berdymukhamedov');
    expect(
      isWordwiseVariant(['kurbanguly', 'berdymukhamedov'], ['gurbanguli', 'berdymukhamedov']),
    ).toBe(true);
  });

  it('keeps apart two people who share a surname, and names of different lengths', () => {
    expect(isSpellingVariant('john smith', 'joan smith')).toBe(false);
    expect(isSpellingVariant('maria garcia', 'mario garcia')).toBe(false);
    expect(isSpellingVariant('george bush', 'laura bush')).toBe(false);
    expect(isWordwiseVariant(['jon', 'owen'], ['jon', 'lee', 'owen'])).toBe(false);
    expect(resolveSpellingVariants([['john smith'], ['joan smith']]).size).toBe(0);
  });
});
