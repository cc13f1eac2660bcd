// A stale verdict on a date the article borrowed from its cluster is withheld when the person's
// term misses that date by less than BORROWED_DATE_MARGIN_DAYS (knowledge/stale-figures.ts).
import { describe, expect, it } from 'vitest';
import type { ReferenceDate } from '../src/analysis.js';
import { extractRoleMentions } from '../src/extract/role-mentions.js';
import { officeHolders } from '../src/index.js';
import {
  BORROWED_DATE_MARGIN_DAYS,
  checkRoleMentions,
  isNearBorrowedDate,
} from '../src/knowledge/stale-figures.js';
import { splitSentences } from '../src/text/split-sentences.js';

function check(text: string, referenceDate: ReferenceDate) {
  const sentences = splitSentences(text);
  const mentions = extractRoleMentions(sentences, officeHolders.roles);
  return checkRoleMentions(text, sentences, mentions, officeHolders, referenceDate);
}

const borrowed = (date: string): ReferenceDate => ({
  date,
  rule: 'cluster-consensus',
  reason: 'test: the cluster date',
});
const stated = (date: string): ReferenceDate => ({
  date,
  rule: 'stated-in-text',
  reason: 'test: a date the article states',
});

// Olaf Scholz's term as German Chancellor ended on 2025-05-06.
const SCHOLZ = 'German Chancellor Olaf Scholz spoke to reporters in Berlin.';

describe('isNearBorrowedDate', () => {
  it('withholds a stale figure whose term ended just before a borrowed date (the ECB+ Kempthorne case)', () => {
    // 43 days after the end of the term, as Kempthorne on the 2009-03-04 an undated article borrowed.
    const { staleFigures, checked } = check(SCHOLZ, borrowed('2025-06-18'));
    expect(staleFigures).toEqual([]);
    expect(checked[0]!.verdict).toMatchObject({
      status: 'unchecked',
      reason: 'near-borrowed-date',
      roleId: 'de_chancellor',
    });
  });

  it('still flags a term that ended long before the borrowed date (the stale seed article)', () => {
    // 171 days, as Scholz in the seed article judged on 2025-10-24.
    const { staleFigures } = check(SCHOLZ, borrowed('2025-10-24'));
    expect(staleFigures.map((figure) => figure.person)).toEqual(['Olaf Scholz']);
  });

  it('never doubts a date the article states itself, however close', () => {
    const { staleFigures } = check(SCHOLZ, stated('2025-06-18'));
    expect(staleFigures.map((figure) => figure.person)).toEqual(['Olaf Scholz']);
  });

  it('draws the line at the margin', () => {
    // A day after the handover the 14-day grace already holds: not stale, so nothing to withhold.
    const { checked } = check(SCHOLZ, borrowed('2025-05-07'));
    expect(checked[0]!.verdict.status).toBe('confirmed');
    expect(isNearBorrowedDate(checked[0]!.verdict, borrowed('2025-05-07'))).toBe(false);
    const atMargin = check(SCHOLZ, borrowed('2025-08-04')).staleFigures; // 90 days on
    const inside = check(SCHOLZ, borrowed('2025-08-03')).staleFigures; // 89 days on
    expect(BORROWED_DATE_MARGIN_DAYS).toBe(90);
    expect(atMargin).toHaveLength(1);
    expect(inside).toEqual([]);
  });

  it('does not touch a person who never held the office', () => {
    const text = 'German Chancellor Barack Obama spoke to reporters in Berlin.';
    const { staleFigures } = check(text, borrowed('2025-06-18'));
    expect(staleFigures.map((figure) => figure.kind)).toEqual(['never-held']);
  });
});
