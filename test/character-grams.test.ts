import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  characterFourgrams,
  characterGramSimilarity,
  sortedCosine,
} from '../src/align/character-grams.js';
import { bigramProfile, diceCoefficient } from '../src/text/bigrams.js';

/** The sorted-array definitions the hashed counts must reproduce to the bit. */
const reference = (a: string, b: string) => ({
  dice: diceCoefficient(bigramProfile(a), bigramProfile(b)),
  cosine: sortedCosine(characterFourgrams(a), characterFourgrams(b)),
});

// Text with the whitespace and repeats that make the two readings differ if either is wrong.
const gramText = fc
  .array(
    fc.constantFrom(
      'a',
      'b',
      'ab',
      ' ',
      '  ',
      '\t',
      '\n',
      '\u00a0',
      '\u2028',
      'é',
      '\u{1F600}',
      '.',
    ),
    {
      maxLength: 40,
    },
  )
  .map((parts) => parts.join(''));

describe('characterGramSimilarity', () => {
  it('equals Dice over sorted bigrams and cosine over sorted 4-grams, on random text', () => {
    fc.assert(
      fc.property(gramText, gramText, (a, b) => {
        expect(characterGramSimilarity(a, b)).toEqual(reference(a, b));
      }),
      { seed: 14, numRuns: 500 },
    );
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), fc.string({ maxLength: 60 }), (a, b) => {
        expect(characterGramSimilarity(a, b)).toEqual(reference(a, b));
      }),
      { seed: 15, numRuns: 300 },
    );
  });

  it('gives the same answer for a pair whatever was compared before it (the table is reused)', () => {
    const first = characterGramSimilarity('exports rose in october', 'exports fell in october');
    characterGramSimilarity('a b c d e f g', 'h i j k l m n');
    expect(characterGramSimilarity('exports rose in october', 'exports fell in october')).toEqual(
      first,
    );
  });

  it('compares pairs too long for the table through sorted arrays, with the same result', () => {
    const long = 'the talks in busan lasted nearly two hours '.repeat(60);
    const other = 'the talks in busan lasted almost two hours '.repeat(55);
    expect(characterGramSimilarity(long, other)).toEqual(reference(long, other));
  });

  it('scores short texts as Dice does: equal single characters 1, empty texts 1, else 0', () => {
    expect(characterGramSimilarity('a', ' a ').dice).toBe(1);
    expect(characterGramSimilarity('', '  ').dice).toBe(1);
    expect(characterGramSimilarity('a', 'b').dice).toBe(0);
    expect(characterGramSimilarity('a', 'ab').dice).toBe(0);
  });
});
