import { describe, expect, it } from 'vitest';
import {
  isDateConcept,
  isNonCorroboratingUnit,
  MIN_SHARED_CONCEPTS,
  sharedInformativeConcepts,
} from '../src/align/minimum-evidence.js';
import { alignSentences } from '../src/index.js';

const alignedTexts = (a: string, b: string) =>
  alignSentences([
    { id: 'a', text: a },
    { id: 'b', text: b },
  ]).groups.map((group) => group.members.map((member) => member.text));

describe('minimum evidence for an aligned pair', () => {
  it('a one-word fragment does not corroborate a sentence that shares its word', () => {
    expect(
      alignedTexts('Friday.', 'Rescue teams reached the flooded valley on Friday after two days.'),
    ).toEqual([]);
  });

  it('datelines and bylines do not corroborate each other', () => {
    expect(
      alignedTexts(
        'Flood hits valley\n\nMay 3, 2013\n\nBy Jane Smith\n\nRivers burst their banks in the north.',
        'Fire sweeps hills\n\nMay 3, 2013\n\nBy Jane Smith\n\nA wildfire forced thousands to flee.',
      ),
    ).toEqual([]);
  });

  it('two short sentences that share who and what still align', () => {
    expect(alignedTexts('Quake kills 22 in Aceh.', 'Aceh quake kills 22.')).toEqual([
      ['Quake kills 22 in Aceh.', 'Aceh quake kills 22.'],
    ]);
  });

  it(`counts shared concepts that are not date parts (at least ${MIN_SHARED_CONCEPTS} needed)`, () => {
    expect(sharedInformativeConcepts(['#:plain:3', 'w:fridai'], ['#:plain:3', 'w:fridai'])).toBe(0);
    expect(
      sharedInformativeConcepts(['#:plain:160', 'w:aceh', 'w:quak'], ['#:plain:160', 'w:aceh']),
    ).toBe(2);
  });

  it('date parts: weekdays, months, days of the month and years — not other figures', () => {
    expect(isDateConcept('w:fridai')).toBe(true);
    expect(isDateConcept('#:plain:2013')).toBe(true);
    expect(isDateConcept('#:plain:3')).toBe(true);
    expect(isDateConcept('#:plain:160')).toBe(false);
    expect(isDateConcept('#:percent:3')).toBe(false);
    expect(isDateConcept('w:aceh')).toBe(false);
  });

  it('reads no unit longer than MAX_BYLINE_LENGTH as a byline (bounded work on hostile input)', () => {
    expect(isNonCorroboratingUnit(`By Ann, ${'Writer '.repeat(20_000)}x`)).toBe(false);
    expect(isNonCorroboratingUnit(`By ${'Aa '.repeat(20_000)}x`)).toBe(false);
  });

  it('recognises bylines, datelines and photo credits, and not sentences that look like them', () => {
    for (const unit of [
      'By Jane Smith',
      'By JANE SMITH, Associated Press Writer',
      'May 03, 2013',
      'THURSDAY, MAY 2, 2013',
      'Posted: Fri., May. 3, 2013 10:04 am',
      '05/03/2013',
      'Photo: Rescuers search the rubble.',
      '(AP Photo/Heri Juanda)',
    ]) {
      expect(isNonCorroboratingUnit(unit), unit).toBe(true);
    }
    for (const unit of [
      'By Friday, the fires were out.',
      'By the numbers',
      'Fire kills 12',
      'March 3 was the day the quake struck.',
      'Photographs of the site were released.',
    ]) {
      expect(isNonCorroboratingUnit(unit), unit).toBe(false);
    }
  });
});
