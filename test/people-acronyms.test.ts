import { describe, expect, it } from 'vitest';
import { tokenizeSentences } from '../src/extract/gazetteer.js';
import { isStandaloneAcronym } from '../src/extract/people/acronyms.js';
import { namesIn } from '../src/extract/people/extract-people.js';
import {
  ACRONYM_MAX_LETTERS,
  ACRONYM_MIN_LETTERS,
  acronymKeyMap,
  isAcronymName,
  keyInitials,
  resolvePersonKeys,
} from '../src/extract/person-coreference.js';
import type { PersonMention } from '../src/extract/types.js';
import { tokenizeWords } from '../src/text/word-tokens.js';
import { article } from './helpers/article.js';

describe('acronyms as named things (isStandaloneAcronym, acronymKeyMap)', () => {
  function thingsOf(...sentences: string[]): string[] {
    const { sentences: spans } = article(...sentences);
    return namesIn(spans, tokenizeSentences(spans)).things.map((thing) => thing.name);
  }

  it('reads a company written in capitals as a thing', () => {
    expect(thingsOf('Shares of QXR rose after the deal.', 'QXR will buy a rival.')).toEqual([
      'QXR',
      'QXR',
    ]);
  });

  it('leaves out places, short capitals, numerals, emphasis and capitals inside a name', () => {
    expect(thingsOf('The US and the UK met in the USA.')).toEqual([]);
    expect(thingsOf('Henry VIII won by KO.')).toEqual([]);
    expect(thingsOf('He did NOT agree, and did not sign.')).toEqual([]);
    const tokens = tokenizeWords('The WBA Champion spoke.');
    expect(isStandaloneAcronym(tokens, 1, new Set())).toBe(false);
    expect(isStandaloneAcronym(tokenizeWords('Then WBA spoke.'), 1, new Set([1]))).toBe(false);
  });

  it('keys a name whose initials spell an acronym of the cluster by the acronym', () => {
    expect(keyInitials('quantum xray research')).toBe('qxr');
    expect(keyInitials('bank of new york')).toBe('bny');
    const map = acronymKeyMap(['quantum xray research', 'jane roe'], new Set(['qxr']));
    expect([...map]).toEqual([['quantum xray research', 'qxr']]);
    const { mentionsByArticle } = resolvePersonKeys([
      [mention('Quantum Xray Research', 'quantum xray research')],
      [mention('QXR', 'qxr')],
    ]);
    expect(mentionsByArticle.map((mentions) => mentions.map((found) => found.key))).toEqual([
      ['qxr'],
      ['qxr'],
    ]);
  });

  it('does not spell two-letter acronyms, nor names no source writes as an acronym', () => {
    expect(keyInitials('united services')).toBe('');
    expect(acronymKeyMap(['united services'], new Set(['us'])).size).toBe(0);
    const { mentionsByArticle } = resolvePersonKeys([
      [mention('Jane Anne Doe', 'jane anne doe')],
      [mention('Jad', 'jad')],
    ]);
    expect(mentionsByArticle[0]?.[0]?.key).toBe('jane anne doe');
  });
});

describe('acronym length bounds (isAcronymName)', () => {
  it('accepts exactly ACRONYM_MIN_LETTERS to ACRONYM_MAX_LETTERS capitals', () => {
    expect(isAcronymName('A'.repeat(ACRONYM_MIN_LETTERS))).toBe(true);
    expect(isAcronymName('A'.repeat(ACRONYM_MAX_LETTERS))).toBe(true);
    expect(isAcronymName('A'.repeat(ACRONYM_MIN_LETTERS - 1))).toBe(false);
    expect(isAcronymName('A'.repeat(ACRONYM_MAX_LETTERS + 1))).toBe(false);
    expect(isAcronymName('AmD')).toBe(false);
  });
});

describe('acronyms inside a shouted name', () => {
  it('are not things on their own', () => {
    const tokens = tokenizeWords('They met at the BORGO EGNAZIA resort.');
    expect(isStandaloneAcronym(tokens, 4, new Set())).toBe(false);
    expect(isStandaloneAcronym(tokenizeWords('They met at the QXR resort.'), 4, new Set())).toBe(
      true,
    );
  });
});

function mention(name: string, key: string): PersonMention {
  return {
    name,
    key,
    sentenceIndex: 0,
    start: 0,
    end: name.length,
    source: 'pattern',
    byline: false,
  };
}
