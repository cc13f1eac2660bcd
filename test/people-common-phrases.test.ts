import { describe, expect, it } from 'vitest';
import { tokenizeSentences } from '../src/extract/gazetteer.js';
import {
  endsInCommonNoun,
  isCommonNounPhrase,
  isDescriptionPhrase,
  nounForms,
} from '../src/extract/people/common-phrases.js';
import { namesIn } from '../src/extract/people/extract-people.js';
import type { NameCandidate } from '../src/extract/people/runs.js';
import { article } from './helpers/article.js';
import { candidate, names } from './helpers/people.js';

describe('common-noun phrases read as names (isCommonNounPhrase)', () => {
  it('drops a product name whose last word the article writes in lower case', () => {
    expect(
      names(
        'The fix ships through Phone Backup and Cloud Updates tonight.',
        'Users who turned off updates or backups must install it by hand.',
      ),
    ).toEqual([]);
  });

  it('drops a title phrase ending in a describing noun', () => {
    expect(names('He beat the Four Belt Champion in the third round.')).toEqual([]);
    const { tokens, range } = candidate('He beat the Four Belt Champion today.', 3, 5);
    expect(endsInCommonNoun(tokens, range, new Set())).toBe(true);
  });

  it('keeps a person whose surname is also a common word, when a listed given name stands first', () => {
    expect(names('Neil Young played two sets.', 'The young fans stayed late.')).toEqual([
      'Neil Young',
    ]);
    expect(
      names('It was Tony Weeks who stopped the bout.', 'The fight had been planned for weeks.'),
    ).toEqual(['Tony Weeks']);
  });

  it('keeps a name ending in a word the article never writes in lower case, or in a function word', () => {
    expect(names('Dana Kellerby spoke on Friday.')).toEqual(['Dana Kellerby']);
    const { tokens, range } = candidate('Fans of Doctor Who cheered.', 2, 3);
    expect(endsInCommonNoun(tokens, range, new Set(['who']))).toBe(false);
  });

  it('never drops a name a title vouches for', () => {
    const { tokens, range } = candidate('Governor Rusty Update spoke.', 1, 2);
    const titled: NameCandidate = { ...range, source: 'title' };
    expect(isCommonNounPhrase(tokens, titled, new Set(['update']), () => false)).toBe(false);
    expect(isCommonNounPhrase(tokens, range, new Set(['update']), () => false)).toBe(true);
  });

  it('matches the singular and plural of the last word', () => {
    expect(nounForms('update')).toEqual(['update', 'updates']);
    expect(nounForms('updates')).toEqual(['updates', 'updatess', 'update']);
    expect(nounForms('glass')).toEqual(['glass', 'glasss']);
  });
});

describe('common-noun phrases become named things', () => {
  it('returns the phrases it takes out of the people', () => {
    const { sentences: spans } = article(
      'The fix ships through Cloud Updates tonight.',
      'Users who turned off updates must install it by hand.',
    );
    const found = namesIn(spans, tokenizeSentences(spans));
    expect(found.people).toEqual([]);
    expect(found.things.map((thing) => thing.key)).toEqual(['cloud updates']);
  });
});

describe('titles among the common-noun phrases (isDescriptionPhrase)', () => {
  it('keeps a title out of both people and things', () => {
    const { sentences: spans } = article('He beat the Four Belt Champion in the third round.');
    const found = namesIn(spans, tokenizeSentences(spans));
    expect(found.people).toEqual([]);
    expect(found.things).toEqual([]);
    const { tokens, range } = candidate('He beat the Four Belt Champion today.', 3, 5);
    expect(isDescriptionPhrase(tokens, range)).toBe(true);
  });

  it('does not take a product or service for a title', () => {
    const { tokens, range } = candidate('It ships through Cloud Updates tonight.', 3, 4);
    expect(isDescriptionPhrase(tokens, range)).toBe(false);
  });
});
