import { describe, expect, it } from 'vitest';
import {
  innerDescriptorEnd,
  isLeadingDescriptor,
  pluralTeamNorms,
} from '../src/extract/people/descriptors.js';
import { tokenizeWords } from '../src/text/word-tokens.js';
import { candidate, names } from './helpers/people.js';

describe('leading descriptors (isLeadingDescriptor)', () => {
  it('cuts an occupation opening the sentence off the name', () => {
    expect(names('Actress Jane Roe entered a clinic on Friday.')).toEqual(['Jane Roe']);
    expect(names('Quarterback Tom Fielder was injured.', 'Fielder will miss the game.')).toEqual([
      'Tom Fielder',
      'Fielder',
    ]);
  });

  it('cuts a "-man" demonym and a sentence-initial word the article writes in lower case', () => {
    expect(names('Englishman Rob Tarrant died on the mountain.')).toEqual(['Rob Tarrant']);
    expect(
      names('Fired Kim Oster spoke to reporters.', 'The club fired its coach on Monday.'),
    ).toEqual(['Kim Oster']);
  });

  it('leaves a given name the article never writes in lower case, or writes so elsewhere mid-sentence', () => {
    expect(names('Grace Oster spoke to reporters.', 'Her sister said nothing.')).toEqual([
      'Grace Oster',
    ]);
    const { tokens, range } = candidate('They met Grace Oster today.', 2, 3);
    expect(isLeadingDescriptor(tokens, range, new Set(['grace']))).toBe(false);
  });

  it('leaves a hyphenated first name whole', () => {
    expect(names('Jean-Paul Roe spoke.')).toEqual(['Jean-Paul Roe']);
  });

  it('cuts a member of a team the article names in the plural ("Hawk Jane Roe")', () => {
    expect(
      names(
        'The Hawks lost again.',
        'Police arrested Hawk Jane Roe on Sunday.',
        'Roe was released.',
      ),
    ).toEqual(['Jane Roe', 'Roe']);
    expect(names('Fans cheered the Hawks.', 'Hawks Jane Roe scored twice.')).toEqual(['Jane Roe']);
  });

  it('does not cut a given name because of an unrelated plural, nor a two-word name', () => {
    const { tokens, range } = candidate('They met Hawk Roe today.', 2, 3);
    expect(isLeadingDescriptor(tokens, range, new Set(), new Set(['hawks']))).toBe(false);
    expect(names('The Owls lost again.', 'Police arrested Hawk Jane Roe on Sunday.')).toEqual([
      'Hawk Jane Roe',
    ]);
  });

  it('reads an age before a name as an age ("Sixteen-year-old Jane Roe")', () => {
    expect(names('Sixteen-year-old Jane Roe was shot.')).toEqual(['Jane Roe']);
  });
});

describe('descriptor nouns inside a name (innerDescriptorEnd)', () => {
  it('starts the name after a descriptor noun that two name words follow', () => {
    expect(names('State Highway Patrol Officer Dana Kell said the driver fled.')).toEqual([
      'Dana Kell',
    ]);
    const { tokens, range } = candidate('Highway Patrol Officer Dana Kell said.', 0, 4);
    expect(innerDescriptorEnd(tokens, range)).toBe(2);
  });

  it('keeps a name with one word after the noun, and a name with no descriptor', () => {
    const one = candidate('Jane Star Roe said.', 0, 2);
    expect(innerDescriptorEnd(one.tokens, one.range)).toBe(-1);
    expect(names('Mary Ann Pilotto spoke.')).toEqual(['Mary Ann Pilotto']);
  });
});

describe('a dash typed as a hyphen (HYPHEN_ADJECTIVE_TAILS)', () => {
  it('ends a name before a function word joined by a hyphen', () => {
    expect(names('They honoured Jane Roe-the league’s top scorer-and Tom Fielder.')).toEqual([
      'Jane Roe',
      'Tom Fielder',
    ]);
  });

  it('keeps hyphenated given names ("Jae-in") and "Mar-a-Lago" whole', () => {
    expect(names('Yoon Suk-yeol met Jean-Paul Roe and Moon Jae-in at Mar-a-Lago.')).toEqual([
      'Yoon Suk-yeol',
      'Jean-Paul Roe',
      'Moon Jae-in',
    ]);
  });
});

describe('pluralTeamNorms', () => {
  it('collects plural capitalised words after "the", not "the Congress" or a possessive', () => {
    const tokens = [
      tokenizeWords('The Hawks beat the Owls and the Congress met.'),
      tokenizeWords("He joined the Eagles' camp."),
    ];
    expect([...pluralTeamNorms(tokens)].sort()).toEqual(['hawks', 'owls']);
  });
});

describe('headline names prose vouches for (acceptVouchedHeadingNames)', () => {
  it('accepts a headline name whose surname the prose uses alone as a name', () => {
    expect(
      names(
        'Tom Fennick Named New Host Of Quiz Show',
        'The network said FENNICK would start in May.',
        'In an interview with the network Fennick admitted he was a fan.',
      ),
    ).toContain('Tom Fennick');
  });

  it('does not accept a headline whose words the article writes in lower case', () => {
    const found = names(
      'Police Arrest Fennick After Chase',
      'The police said the arrest followed a chase.',
      'After the chase the officers held Fennick overnight.',
    );
    expect(found).not.toContain('Police Arrest Fennick');
    expect(found).not.toContain('Arrest Fennick');
  });

  it('does not join two teams a headline names ("Hawks Beat Owls")', () => {
    const found = names(
      'Hawks Beat Owls',
      'On Sunday the visiting Hawks beat them.',
      'It was the third loss for the host Owls this season.',
    );
    expect(found).not.toContain('Hawks Beat Owls');
  });
});
