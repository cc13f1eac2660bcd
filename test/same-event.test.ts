import { describe, expect, it } from 'vitest';
import type { Alignment, AlignmentGroup, PreparedSentence } from '../src/align/types.js';
import type { ReferenceDate, StaleFigure } from '../src/analysis.js';
import {
  clusterReferenceDates,
  disputedBorrowedDates,
  SOURCES_AGAINST_BORROWED_DATE,
} from '../src/consensus/reference-dates.js';
import {
  pairKey,
  SAME_EVENT_STATEMENTS,
  sameEventGroups,
  sharedStatements,
} from '../src/consensus/same-event.js';
import { extractDates } from '../src/extract/dates.js';
import type { NormalizedArticle } from '../src/input/validate-articles.js';
import { splitSentences } from '../src/text/split-sentences.js';

/** An aligned group holding the given articles' sentence 0 (only ids matter here). */
function group(id: string, articleIds: readonly string[]): AlignmentGroup {
  return {
    id,
    members: articleIds.map((articleId) => ({
      articleId,
      sentenceIndex: 0,
      text: '',
      start: 0,
      end: 0,
    })),
    pairs: articleIds.slice(1).map((_, index) => ({ a: index, b: index + 1, score: 1 })),
    score: 1,
  };
}

/** An alignment in which each listed pair of articles shares `count` statements. */
function alignmentOf(pairs: readonly [string, string, number][]): Alignment {
  const groups: AlignmentGroup[] = [];
  for (const [a, b, count] of pairs)
    for (let i = 0; i < count; i++) groups.push(group(`g${groups.length + 1}`, [a, b]));
  return {
    groups,
    unaligned: [],
    stats: { articles: 0, sentences: 0, candidatePairs: 0, comparedPairs: 0 },
  };
}

describe('sharedStatements', () => {
  it('counts the aligned groups each pair of independent sources shares; copies count as their source', () => {
    const alignment: Alignment = {
      ...alignmentOf([]),
      groups: [group('g1', ['a', 'b', 'c']), group('g2', ['a', 'b']), group('g3', ['a', 'a2'])],
    };
    const unitOf = (id: string) => (id === 'a2' ? 'a' : id);
    const shared = sharedStatements(alignment, unitOf);
    expect(shared.get(pairKey('a', 'b'))).toBe(2);
    expect(shared.get(pairKey('b', 'c'))).toBe(1);
    expect(shared.get(pairKey('a', 'c'))).toBe(1);
    // An article and its own copy share no statement between independent sources.
    expect(shared.has(pairKey('a', 'a2'))).toBe(false);
    expect(pairKey('b', 'a')).toBe(pairKey('a', 'b'));
  });
});

describe('sameEventGroups', () => {
  it(`joins sources sharing ${SAME_EVENT_STATEMENTS}+ statements, through chains`, () => {
    const shared = sharedStatements(
      alignmentOf([
        ['a', 'b', SAME_EVENT_STATEMENTS],
        ['b', 'c', SAME_EVENT_STATEMENTS + 2],
      ]),
      (id) => id,
    );
    const groups = sameEventGroups(['c', 'b', 'a', 'd'], shared);
    expect(groups.get('a')).toBe('a');
    expect(groups.get('b')).toBe('a');
    expect(groups.get('c')).toBe('a');
    expect(groups.get('d')).toBe('d');
  });

  it(`must not join sources that share fewer than ${SAME_EVENT_STATEMENTS} statements`, () => {
    const shared = sharedStatements(
      alignmentOf([['a', 'b', SAME_EVENT_STATEMENTS - 1]]),
      (id) => id,
    );
    const groups = sameEventGroups(['a', 'b'], shared);
    expect(groups.get('a')).not.toBe(groups.get('b'));
  });
});

// Written for these tests: three undated reports of one ruling and a dated report of its
// reversal a year later (the ECB+ pattern that gave false stale figures).
const RULING = [
  'The administration issued a rule on Thursday that lets agencies skip reviews. Critics said the rule weakens protections. The secretary defended the change.',
  'A new rule lets agencies skip reviews, the administration said on Thursday. The secretary defended it. Critics called it a weakening.',
  'Agencies may now skip reviews under a rule issued on Thursday. Critics object. The secretary said the rule was sound.',
];
const REVERSAL =
  'WASHINGTON, March 3, 2009 — The new administration reversed the rule that let agencies skip reviews. The reversal was welcomed by critics.';

function cluster(texts: readonly string[]) {
  const articles: NormalizedArticle[] = texts.map((text, index) => ({
    id: `a${index + 1}`,
    text,
    source: undefined,
    title: undefined,
    url: undefined,
    publishedAt: undefined,
    inputIndex: index,
  }));
  const spans = texts.map((text) => splitSentences(text));
  return {
    articles,
    prepared: spans as unknown as PreparedSentence[][],
    dates: spans.map((sentences) => extractDates(sentences)),
  };
}

describe('clusterReferenceDates: an undated article borrows only from its own event', () => {
  const { articles, prepared, dates } = cluster([...RULING, REVERSAL]);
  const ruling: [string, string, number][] = [
    ['a1', 'a2', 3],
    ['a2', 'a3', 3],
  ];
  /** The cluster's reference dates with these aligned pairs (source, source, shared statements). */
  const judge = (pairs: readonly [string, string, number][], asOf: string | null = null) =>
    clusterReferenceDates(
      articles,
      prepared,
      dates,
      new Map(),
      new Set(),
      asOf,
      alignmentOf(pairs),
    );

  it('gives no date to undated articles whose only dated neighbour reports another event', () => {
    const result = judge([...ruling, ['a1', 'a4', 2], ['a2', 'a4', 2]]);
    expect(result.articles[3]).toMatchObject({ date: '2009-03-03', rule: 'stated-in-text' });
    for (const index of [0, 1, 2]) {
      expect(result.articles[index]).toMatchObject({ date: null, rule: 'none' });
      expect(result.articles[index]!.reason).toMatch(
        /cluster's date \(2009-03-03\) is not borrowed/,
      );
    }
    // The cluster's own date is still reported.
    expect(result.cluster.date).toBe('2009-03-03');
  });

  it('must not withhold the date from articles joined to the dated one, directly or through others', () => {
    const result = judge([...ruling, ['a3', 'a4', 3]]);
    for (const index of [0, 1, 2])
      expect(result.articles[index]).toMatchObject({
        date: '2009-03-03',
        rule: 'cluster-consensus',
      });
  });

  it('falls back to asOf with the reason when the date is not borrowed', () => {
    const result = judge(ruling, '2010-01-01');
    expect(result.articles[0]).toMatchObject({ date: '2010-01-01', rule: 'as-of' });
    expect(result.articles[0]!.reason).toMatch(/not borrowed/);
  });
});

describe('disputedBorrowedDates', () => {
  const borrowed: ReferenceDate = {
    date: '2009-03-03',
    rule: 'cluster-consensus',
    reason: 'the other articles’ consensus date is 2009-03-03.',
  };
  const own: ReferenceDate = { date: '2009-03-03', rule: 'stated-in-text', reason: 'stated' };
  const figure = (person: string, roleId: string) =>
    ({ person, roleId, role: `office ${roleId}` }) as StaleFigure;
  const secretary = figure('Ann Example', 'us_interior');

  it(`withdraws a borrowed date that ${SOURCES_AGAINST_BORROWED_DATE} sources' office holder agrees against`, () => {
    const withdrawn = disputedBorrowedDates(
      ['a', 'b', 'c'],
      [borrowed, borrowed, own],
      [[secretary], [secretary], []],
      (id) => id,
    );
    expect([...withdrawn.keys()]).toEqual([0, 1]);
    expect(withdrawn.get(0)).toMatch(/2009-03-03\) is not borrowed: on it 2 independent sources/);
    expect(withdrawn.get(0)).toMatch(/Ann Example as office us_interior/);
  });

  it('must not fire on one source alone, on copies of one source, or on a date the article states', () => {
    const one = disputedBorrowedDates(
      ['a', 'b'],
      [borrowed, borrowed],
      [[secretary], []],
      (id) => id,
    );
    expect(one.size).toBe(0);
    // Two copies of one article are one source.
    const copies = disputedBorrowedDates(
      ['a', 'a-copy'],
      [borrowed, borrowed],
      [[secretary], [secretary]],
      () => 'a',
    );
    expect(copies.size).toBe(0);
    // A source that states its own date is judged on it, whatever the others say.
    const stated = disputedBorrowedDates(
      ['a', 'b'],
      [own, borrowed],
      [[secretary], [secretary]],
      (id) => id,
    );
    expect(stated.size).toBe(0);
    // Different people in one office do not agree with each other.
    const different = disputedBorrowedDates(
      ['a', 'b'],
      [borrowed, borrowed],
      [[secretary], [figure('Bo Other', 'us_interior')]],
      (id) => id,
    );
    expect(different.size).toBe(0);
  });
});
