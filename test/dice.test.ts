import { createRequire } from 'node:module';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bigramProfile, compareStringsDice, diceCoefficient } from '../src/text/bigrams.js';

// string-similarity is CommonJS and untyped: load it as the reference oracle.
const require = createRequire(import.meta.url);
const { compareTwoStrings } = require('string-similarity') as {
  compareTwoStrings(first: string, second: string): number;
};

/** Strings that stress the oracle's edge cases: spaces, short, repeated, unicode, surrogates. */
const interestingString = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.string({ unit: fc.constantFrom('a', 'b', ' ', '\t', '\n'), maxLength: 10 }),
  fc.string({ unit: 'grapheme', maxLength: 8 }),
  fc.string({ unit: 'binary', maxLength: 8 }),
  fc.constantFrom('', ' ', 'a', ' a ', 'aa', 'ab', 'ba', '\u00A0', '\u{1F600}', '\uD800'),
);

describe('diceCoefficient', () => {
  it('equals string-similarity compareTwoStrings exactly on random strings (property)', () => {
    fc.assert(
      fc.property(interestingString, interestingString, (a, b) => {
        const expected = compareTwoStrings(a, b);
        const actual = diceCoefficient(bigramProfile(a), bigramProfile(b));
        expect(Math.abs(actual - expected)).toBeLessThanOrEqual(1e-12);
      }),
      { numRuns: 2000 },
    );
  });

  it('equals compareTwoStrings on a string and its own variants (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), fc.nat(30), (a, cut) => {
        for (const b of [a, a.slice(cut), a.replace(/ /g, ''), `${a} ${a}`, a.toUpperCase()]) {
          expect(compareStringsDice(a, b)).toBe(compareTwoStrings(a, b));
        }
      }),
      { numRuns: 500 },
    );
  });

  it('matches the oracle on its documented edge cases', () => {
    const cases: [string, string][] = [
      ['', ''],
      ['a', 'a'],
      ['a', 'b'],
      ['', 'ab'],
      ['a b', 'ab'],
      ['  ', ''],
      ['aaaa', 'aa'],
      ['abca', 'bcab'],
      ['Busan', 'Beijing'],
      ['Xi Jinping', 'Xi  Jinping'],
    ];
    for (const [a, b] of cases) expect(compareStringsDice(a, b)).toBe(compareTwoStrings(a, b));
  });

  it('scores identical strings 1 and strings without a shared bigram 0', () => {
    expect(compareStringsDice('Sanae Takaichi', 'Sanae Takaichi')).toBe(1);
    expect(compareStringsDice('abc', 'xyz')).toBe(0);
  });

  it('is symmetric', () => {
    fc.assert(
      fc.property(interestingString, interestingString, (a, b) => {
        expect(compareStringsDice(a, b)).toBe(compareStringsDice(b, a));
      }),
      { numRuns: 500 },
    );
  });

  it('does not change a profile when comparing it', () => {
    const profile = bigramProfile('Lee Jae Myung');
    const before = Array.from(profile.codes);
    diceCoefficient(profile, bigramProfile('Lee Jae-myung'));
    expect(Array.from(profile.codes)).toEqual(before);
  });
});

describe('bigramProfile', () => {
  it('drops whitespace and keeps one sorted code per bigram', () => {
    const profile = bigramProfile('ab a');
    expect(profile.length).toBe(3);
    expect(profile.codes).toHaveLength(2);
    expect(Array.from(profile.codes)).toEqual([...profile.codes].sort((x, y) => x - y));
  });

  it('keeps a string shorter than two characters for equality checks', () => {
    expect(bigramProfile(' x ').short).toBe('x');
    expect(bigramProfile('xy').short).toBe('');
  });

  it('is linear-time on a long string', () => {
    const text = 'abcdefghij '.repeat(100_000);
    const profile = bigramProfile(text);
    expect(diceCoefficient(profile, profile)).toBe(1);
  });
});
