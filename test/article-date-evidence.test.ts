import { describe, expect, it } from 'vitest';
import {
  countStatedDays,
  DATELINE_SENTENCES,
  datingEvidence,
  isDatelineDate,
  latestStatedYear,
} from '../src/extract/article-date-evidence.js';
import { extractDates } from '../src/extract/dates.js';
import { splitSentences } from '../src/text/split-sentences.js';

function judge(text: string) {
  const sentences = splitSentences(text);
  const dates = extractDates(sentences);
  const full = dates.filter((mention) => mention.kind === 'full');
  const context = {
    latestYear: latestStatedYear(dates),
    statedDays: countStatedDays(full),
    units: sentences,
  };
  return full.map((mention) => ({
    text: mention.text,
    evidence: datingEvidence(mention, mention.value!, context),
  }));
}

describe('datingEvidence', () => {
  it('a date at the edge of a lead unit is a dateline', () => {
    expect(judge('ATHENS, Dec. 13, 2008 — Riots broke out again.')).toEqual([
      { text: 'Dec. 13, 2008', evidence: 'dateline' },
    ]);
    expect(judge('Posted on May 3, 2013 by the news desk')[0]!.evidence).toBe('dateline');
  });

  it('a date inside a long lead sentence is the lead’s event date unless a later year is stated', () => {
    const lead =
      'Fresh riots were reported across the country on Saturday December 13 2008 in protest at the killing of a teenager by police.';
    expect(judge(lead)[0]!.evidence).toBe('lead');
    const history =
      'Fresh riots were reported across the country, recalling the unrest of December 13 1998 that toppled a government, in 2008.';
    expect(judge(history)[0]!.evidence).toBe('background');
  });

  it(`a date stated once after the first ${DATELINE_SENTENCES} units is background; twice, it dates the article`, () => {
    const filler = 'Nothing else happened. '.repeat(DATELINE_SENTENCES);
    expect(judge(`${filler}The storm struck on March 3, 2011 near the coast.`)[0]!.evidence).toBe(
      'background',
    );
    const twice = judge(
      `${filler}The storm struck on March 3, 2011 near the coast. By the night of March 3, 2011 it had passed.`,
    );
    expect(twice.map((entry) => entry.evidence)).toEqual(['repeated', 'repeated']);
  });

  it('helpers: dateline position, repetition and the latest year stated', () => {
    const sentences = splitSentences(
      'A headline\n\nLONDON, March 3, 2011 — A storm hit. It was big.',
    );
    const dates = extractDates(sentences);
    expect(isDatelineDate(dates[0]!, sentences)).toBe(true);
    expect(isDatelineDate({ ...dates[0]!, sentenceIndex: DATELINE_SENTENCES })).toBe(false);
    expect(countStatedDays(dates).get('2011-03-03')).toBe(1);
    expect(countStatedDays([dates[0]!, dates[0]!]).get('2011-03-03')).toBe(2);
    expect(
      latestStatedYear(extractDates(splitSentences('In 2019 it began. It will end in 2031.'))),
    ).toBe(2019);
  });
});
