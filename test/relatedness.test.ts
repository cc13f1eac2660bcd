import { describe, expect, it } from 'vitest';
import { analyze } from '../src/index.js';
import { agreementFigure, combinedScore } from '../src/score/agreement-score.js';
import {
  calendarDayConcept,
  calendarDaysBySentence,
  differentEventFactor,
  isNamedConcept,
  isYearConcept,
  MAIN_NAMES_FLOOR,
  mainNamesFactor,
  measureRelatedness,
  namesOnlyCommonNames,
  ON_STORY_CONTENT_SHARE,
  personNameKeys,
  RECURRING_NAME_SENTENCES,
  recurringNamesShare,
  SHORT_ARTICLE_PRIOR,
  towardsTypical,
  UNSHARED_SUBJECT_FLOOR,
} from '../src/score/relatedness.js';
import {
  hasOwnSubject,
  isUnrelated,
  namesTheStory,
  UNRELATED_OWN_SUBJECT_COVERAGE,
  UNRELATED_RELATEDNESS,
  unrelatedReason,
} from '../src/score/unrelated.js';

// Written for these tests: three reports of one flood, one of a wildfire elsewhere.
const FLOOD = [
  'Flood kills 14 in Marrowby\n\nThe river Tell burst its banks in Marrowby on Tuesday, killing 14 people and forcing 3,000 from their homes, Mayor Ada Quinn said. Rescue boats searched the lower town through the night. Quinn said the council would open two shelters at the Marrowby sports hall. The Tell rose four metres in six hours after a week of rain.',
  'Marrowby flood toll rises to 14\n\nMayor Ada Quinn said 14 people had died after the Tell flooded Marrowby. About 3,000 residents left their homes as the river rose four metres. Shelters opened at the Marrowby sports hall, Quinn said. Boats carried rescuers through the lower town.',
  'Deadly flood in Marrowby\n\nFourteen people died when the river Tell flooded Marrowby, Mayor Ada Quinn told reporters. Some 3,000 people were evacuated and the sports hall became a shelter. The river had risen four metres after days of heavy rain, Quinn said.',
];
const WILDFIRE =
  'Wildfire sweeps Halden hills\n\nA wildfire tore through the Halden hills on Saturday, killing 23 people and destroying 400 homes, fire chief Bo Renn said. Crews from Oster and Lund fought the blaze from the air. Renn said strong winds had pushed the fire into the valley of Brask. Residents of Brask were ordered to leave.';
// A short report of the flood: two sentences, both of which the others report.
const SHORT =
  'Marrowby flood kills 14\n\nThe river Tell flooded Marrowby, killing 14 people, Mayor Ada Quinn said.';

const articles = [
  ...FLOOD.map((text, index) => ({ id: `flood-${index + 1}`, text })),
  { id: 'wildfire', text: WILDFIRE },
];

describe('relatedness and the unrelated outlier', () => {
  it('an article about another event has the lowest relatedness and is flagged unrelated, with its own reason', () => {
    const analysis = analyze(articles);
    const byId = new Map(analysis.articles.map((report) => [report.id, report]));
    const wildfire = byId.get('wildfire')!;
    expect(wildfire.relatedness).toBeLessThan(UNRELATED_RELATEDNESS);
    expect(wildfire.flags).toContain('unrelated');
    for (const id of ['flood-1', 'flood-2', 'flood-3']) {
      expect(byId.get(id)!.relatedness).toBeGreaterThan(wildfire.relatedness);
      expect(byId.get(id)!.flags).not.toContain('unrelated');
      expect(byId.get(id)!.score).toBeGreaterThan(wildfire.score);
    }
    expect(analysis.outliers.map((outlier) => outlier.id)).toEqual(['wildfire']);
    const [reason] = analysis.outliers[0]!.reasons;
    expect(reason!.kind).toBe('unrelated');
    expect(reason!.evidence).toEqual([]);
    expect(reason!.message).toMatch(
      /of its \d+ sentences and \d+ of the \d+ people, places, figures, years and dates/,
    );
    expect(reason!.message).toMatch(/brask|halden|renn/i);
    // No disagreement of the wildfire article counts against it or anyone else.
    for (const report of analysis.articles) {
      for (const contradiction of report.contradictions) {
        if (report.id === 'wildfire') expect(contradiction.strength).toBe('different-event');
        else expect(contradiction.supportingSources).not.toContain('wildfire');
      }
    }
    expect(wildfire.counts.contradicted).toBe(wildfire.staleFigures.length);
  });

  it('must not fire on a short correct article: it stays related and scores above a long unrelated one', () => {
    const analysis = analyze([...articles, { id: 'short', text: SHORT }]);
    const short = analysis.articles.find((report) => report.id === 'short')!;
    const wildfire = analysis.articles.find((report) => report.id === 'wildfire')!;
    expect(short.flags).not.toContain('unrelated');
    expect(short.agreement).toBe(1);
    expect(short.score).toBeGreaterThan(wildfire.score);
    expect(analysis.outliers.map((outlier) => outlier.id)).toEqual(['wildfire']);
  });

  it('an unrelated article does not vote on the cluster date', () => {
    const dated = WILDFIRE.replace('\n\nA wildfire', '\n\nMarch 3, 2011\n\nA wildfire');
    const analysis = analyze([...articles.slice(0, 3), { id: 'wildfire', text: dated }]);
    const wildfire = analysis.articles.find((report) => report.id === 'wildfire')!;
    expect(wildfire.flags).toContain('unrelated');
    expect(wildfire.referenceDate.date).toBe('2011-03-03');
    expect(analysis.referenceDate.date).toBeNull();
    for (const report of analysis.articles.filter((r) => r.id !== 'wildfire'))
      expect(report.referenceDate.rule).toBe('none');
  });

  it('must not fire on a cluster of one event', () => {
    const analysis = analyze(FLOOD.map((text, index) => ({ id: `f${index}`, text })));
    expect(analysis.outliers).toEqual([]);
    for (const report of analysis.articles) expect(report.flags).not.toContain('unrelated');
  });

  it('is relative to the typical article, and 1 when no other source exists', () => {
    const sentences = (text: string) =>
      text.split('. ').map((sentence) => ({
        text: sentence,
        concepts: [
          ...new Set(
            sentence
              .toLowerCase()
              .split(/\W+/)
              .filter(Boolean)
              .map((w) => `w:${w}`),
          ),
        ].sort(),
      }));
    const one = measureRelatedness([{ id: 'a', sentences: sentences(FLOOD[0]!) }], (id) => id);
    expect(one.get('a')!.relatedness).toBe(1);
    // Copies of one article count as one source: sharing only with a copy is sharing with nobody.
    const copies = measureRelatedness(
      [
        { id: 'a', sentences: sentences(WILDFIRE) },
        { id: 'a-copy', sentences: sentences(WILDFIRE) },
        { id: 'b', sentences: sentences(FLOOD[0]!) },
        { id: 'c', sentences: sentences(FLOOD[1]!) },
      ],
      (id) => (id === 'a-copy' ? 'a' : id),
    );
    expect(copies.get('a')!.relatedness).toBeLessThan(copies.get('b')!.relatedness);
  });

  it("isUnrelated needs a low coverage and few of the story's core names", () => {
    const base = {
      relatedness: 0.2,
      coverage: 0.2,
      contentShared: 0.1,
      sentencesShared: 1,
      sentencesMeasured: 10,
      namedShared: 0,
      named: 6,
      unsharedNames: ['brask'],
      coreNames: 10,
      coreNamesShared: 1,
      recurringNames: 2,
      recurringNamesShared: 0,
      mainNames: 2,
      mainNamesNamed: 0,
    };
    expect(isUnrelated(base)).toBe(true);
    expect(isUnrelated({ ...base, coverage: 0.9 })).toBe(false);
    // Relatedness lowered by what the article keeps naming is not "unrelated" on its own.
    expect(isUnrelated({ ...base, relatedness: 0.3, coverage: 0.9 })).toBe(false);
    expect(isUnrelated({ ...base, sentencesMeasured: 0, sentencesShared: 0 })).toBe(false);
    expect(unrelatedReason(base).message).toMatch(/1 of its 10 sentences and 0 of the 6/);
    expect(unrelatedReason(base).message).toMatch(/names 1 of the 10 that most other sources name/);
  });

  it('flags an article whose recurring names are its own though the others report more of it (hasOwnSubject)', () => {
    // A report of another arrest that retells this one: coverage 0.7, above the 0.6 bar, but
    // the names it keeps returning to are its own (10 % of their mentions named by others).
    const sibling = {
      relatedness: 0.4,
      coverage: 0.7,
      contentShared: 0.4,
      sentencesShared: 4,
      sentencesMeasured: 12,
      namedShared: 3,
      named: 9,
      unsharedNames: ['jamal wills'],
      coreNames: 6,
      coreNamesShared: 1,
      recurringNames: 2,
      recurringNamesShared: 0.1,
      mainNames: 1,
      mainNamesNamed: 0,
    };
    expect(hasOwnSubject(sibling)).toBe(true);
    expect(isUnrelated(sibling)).toBe(true);
    expect(unrelatedReason(sibling).message).toMatch(
      /names it keeps returning to \(2\), the others name 10 % of the mentions/,
    );
    // Must not fire on a report of the story whose repeated names the others name, on one that
    // repeats no name, on one the others report as much of as the typical article, nor on one
    // that names the story's core names.
    expect(isUnrelated({ ...sibling, recurringNamesShared: 0.8 })).toBe(false);
    expect(isUnrelated({ ...sibling, recurringNames: 0, recurringNamesShared: 1 })).toBe(false);
    expect(isUnrelated({ ...sibling, coverage: UNRELATED_OWN_SUBJECT_COVERAGE })).toBe(false);
    expect(isUnrelated({ ...sibling, coreNamesShared: 4 })).toBe(false);
  });

  it('must not fire on a report of the story that names its core names, however little else it shares', () => {
    // The stale seed article's figures: coverage 0.34, 13 of the 25 core names.
    const stale = {
      relatedness: 0.34,
      coverage: 0.34,
      contentShared: 0.49,
      sentencesShared: 37,
      sentencesMeasured: 79,
      namedShared: 14,
      named: 62,
      unsharedNames: [],
      coreNames: 25,
      coreNamesShared: 13,
      recurringNames: 8,
      recurringNamesShared: 0.8,
      mainNames: 4,
      mainNamesNamed: 4,
    };
    expect(namesTheStory(stale)).toBe(true);
    expect(isUnrelated(stale)).toBe(false);
    // With no core names there is nothing to tell a sibling event by: not flagged.
    expect(isUnrelated({ ...stale, coreNames: 0, coreNamesShared: 0 })).toBe(false);
    expect(isUnrelated({ ...stale, coreNamesShared: 3 })).toBe(true);
  });

  it("counts the core names most other sources name, not the article's own mention", () => {
    const sentence = (concepts: string[]) => ({ text: 'x', concepts: [...concepts].sort() });
    const result = measureRelatedness(
      [
        { id: 'a', sentences: [sentence(['n:quinn', 'p:marrowby', 'w:flood'])] },
        { id: 'b', sentences: [sentence(['n:quinn', 'p:marrowby', 'w:rain'])] },
        { id: 'c', sentences: [sentence(['n:quinn', 'p:tell', 'w:river'])] },
        { id: 'd', sentences: [sentence(['n:renn', 'p:halden', 'w:fire'])] },
      ],
      (id) => id,
    );
    // Three other sources: a core name is named by two of them (half, and at least two).
    expect(result.get('d')).toMatchObject({ coreNames: 2, coreNamesShared: 0 });
    // Marrowby is named by a, b: core for c and d, not for a (only b besides it).
    expect(result.get('a')).toMatchObject({ coreNames: 1, coreNamesShared: 1 });
    expect(result.get('c')).toMatchObject({ coreNames: 2, coreNamesShared: 1 });
  });
});

describe('relatedness rules', () => {
  it('keys one person named differently across sources as one name', () => {
    const keys = personNameKeys(['n:maurice cheeks', 'n:mo cheeks', 'n:cheeks', 'p:marrowby']);
    expect(keys.get('n:maurice cheeks')).toBe(keys.get('n:mo cheeks'));
    expect(keys.get('n:cheeks')).toBe(keys.get('n:maurice cheeks'));
    expect(keys.has('p:marrowby')).toBe(false);
  });

  it('must not join two people who share only a family name', () => {
    const keys = personNameKeys(['n:george bush', 'n:laura bush', 'n:bush', 'n:ada quinn']);
    expect(keys.get('n:george bush')).not.toBe(keys.get('n:laura bush'));
    // A bare "Bush" could be either: it stays its own name.
    expect(keys.get('n:bush')).toBe('n:bush');
    expect(keys.get('n:ada quinn')).not.toBe(keys.get('n:george bush'));
    // The same input in another order gives the same keys.
    const reversed = personNameKeys(['n:ada quinn', 'n:bush', 'n:laura bush', 'n:george bush']);
    expect(Object.fromEntries(reversed)).toEqual(Object.fromEntries(keys));
  });

  it('weighs the names an article repeats by how many other sources name them', () => {
    const counts = new Map([
      ['n:ivo brand', 4], // its own protagonist, named by nobody else
      ['p:marrowby', 2], // the first event, named by every other source
      ['n:ada quinn', 1], // named once: a detail, not counted
    ]);
    const reportedBy = (concept: string) => (concept === 'p:marrowby' ? 1 : 0);
    expect(recurringNamesShare(counts, reportedBy)).toBeCloseTo(2 / 6);
    expect(differentEventFactor(2 / 6)).toBeCloseTo(
      UNSHARED_SUBJECT_FLOOR + (1 - UNSHARED_SUBJECT_FLOOR) / 3,
    );
    // A name a quarter of the others name counts half (fully from half of them).
    expect(recurringNamesShare(new Map([['n:ivo brand', 2]]), () => 0.25)).toBeCloseTo(0.5);
    // Must not fire on an article that repeats no name: nothing says what it is about.
    expect(RECURRING_NAME_SENTENCES).toBe(2);
    expect(recurringNamesShare(new Map([['n:ada quinn', 1]]), () => 0)).toBeNull();
    expect(differentEventFactor(null)).toBe(1);
    expect(differentEventFactor(1)).toBe(1);
  });

  it('ranks a report of another event that retells this one as background below the reports of this one', () => {
    const sentence = (concepts: string[]) => ({ text: 'x', concepts: [...concepts].sort() });
    const report = (extra: string[]) => [
      sentence(['n:ada quinn', 'p:marrowby', 'w:flood', '#:plain:14', ...extra]),
      sentence(['n:ada quinn', 'w:shelter', 'w:hall']),
      sentence(['p:marrowby', 'w:river', 'w:rose', 'w:rain']),
      sentence(['w:boat', 'w:rescuer', 'w:night']),
    ];
    // A second flood upstream: its mayor and town recur; the first flood is its background.
    const second = [
      sentence(['n:ivo brand', 'p:oskby', 'w:flood', '#:plain:3']),
      sentence(['n:ivo brand', 'p:oskby', 'w:resid', 'w:home']),
      sentence(['p:marrowby', 'n:ada quinn', '#:plain:14', 'w:flood', 'w:river', 'w:rose']),
      sentence(['n:ivo brand', 'w:boat', 'w:rescuer', 'w:night']),
      sentence(['p:oskby', 'w:shelter', 'w:hall']),
    ];
    const result = measureRelatedness(
      [
        { id: 'a', sentences: report(['w:sport']) },
        { id: 'b', sentences: report(['w:council']) },
        { id: 'c', sentences: report(['w:evacu']) },
        { id: 'second', sentences: second },
      ],
      (id) => id,
    );
    const other = result.get('second')!;
    expect(other.recurringNames).toBe(2);
    expect(other.recurringNamesShared).toBe(0);
    expect(other.relatedness).toBeCloseTo(other.coverage * UNSHARED_SUBJECT_FLOOR, 2);
    for (const id of ['a', 'b', 'c']) {
      // Must not fire on the reports of the event: the names they repeat are the story's.
      const same = result.get(id)!;
      expect(same.recurringNamesShared).toBe(1);
      expect(same.relatedness).toBe(same.coverage);
      expect(same.relatedness).toBeGreaterThan(other.relatedness);
    }
  });

  it('lowers an article that names none of the names the others keep returning to', () => {
    expect(mainNamesFactor(0, 2)).toBe(MAIN_NAMES_FLOOR);
    expect(mainNamesFactor(1, 2)).toBeCloseTo(MAIN_NAMES_FLOOR + (1 - MAIN_NAMES_FLOOR) / 2);
    // Must not fire when the story has no main names, or on an article that names them all.
    expect(mainNamesFactor(0, 0)).toBe(1);
    expect(mainNamesFactor(2, 2)).toBe(1);
    const sentence = (concepts: string[]) => ({ text: 'x', concepts: [...concepts].sort() });
    const report = [
      sentence(['n:ada quinn', 'p:marrowby', 'w:flood', '#:plain:14']),
      sentence(['n:ada quinn', 'p:marrowby', 'w:shelter', 'w:hall']),
      sentence(['w:river', 'w:rose', 'w:rain']),
    ];
    const result = measureRelatedness(
      [
        { id: 'a', sentences: report },
        { id: 'b', sentences: report },
        { id: 'c', sentences: report },
        // A one-line brief of the flood that names its mayor: nothing lowers it.
        { id: 'brief', sentences: [sentence(['n:ada quinn', 'w:flood', 'w:river'])] },
        // A one-line report of a flood elsewhere: it names neither of the story's main names.
        { id: 'elsewhere', sentences: [sentence(['p:oskby', 'w:flood', 'w:river'])] },
      ],
      (id) => id,
    );
    // Ada Quinn and Marrowby recur in a, b and c: the story's main names for every article.
    expect(result.get('brief')).toMatchObject({ mainNames: 2, mainNamesNamed: 1 });
    expect(result.get('elsewhere')).toMatchObject({ mainNames: 2, mainNamesNamed: 0 });
    // For a, the two others carry them: its own recurrence does not count towards its own.
    expect(result.get('a')).toMatchObject({ mainNames: 2, mainNamesNamed: 2 });
    const elsewhere = result.get('elsewhere')!;
    expect(elsewhere.relatedness).toBeCloseTo(elsewhere.coverage * MAIN_NAMES_FLOOR, 2);
    expect(result.get('brief')!.relatedness).toBeGreaterThan(elsewhere.relatedness);
  });

  it('must not lower a report of the event that names many officials once each', () => {
    const sentence = (concepts: string[]) => ({ text: 'x', concepts: [...concepts].sort() });
    const story = [
      sentence(['n:ada quinn', 'p:marrowby', 'w:flood', '#:plain:14']),
      sentence(['n:ada quinn', 'w:shelter', 'w:hall']),
      sentence(['p:marrowby', 'w:river', 'w:rose']),
    ];
    const detailed = [
      ...story,
      ...['abel', 'brook', 'crane', 'dale', 'ennis', 'frost'].map((surname) =>
        sentence([`n:mira ${surname}`, 'w:said']),
      ),
    ];
    const result = measureRelatedness(
      [
        { id: 'a', sentences: story },
        { id: 'b', sentences: story },
        { id: 'c', sentences: story },
        { id: 'detailed', sentences: detailed },
      ],
      (id) => id,
    );
    const entry = result.get('detailed')!;
    expect(entry.recurringNamesShared).toBe(1);
    expect(entry.relatedness).toBe(entry.coverage);
  });

  it('counts a stated year as a named thing: two events of one kind differ in it', () => {
    expect(isYearConcept('#:plain:2013')).toBe(true);
    expect(isNamedConcept('#:plain:2013')).toBe(true);
    // Must not fire on a day of the month, a weekday, or a four-digit figure that is no year.
    for (const concept of ['#:plain:15', 'w:sundai', '#:plain:2500', '#:percent:2013']) {
      expect(isYearConcept(concept)).toBe(false);
    }
    expect(isNamedConcept('#:plain:15')).toBe(false);
  });

  it('a year no other source states lowers an article that is otherwise like the others', () => {
    const sentence = (concepts: string[]) => ({ text: 'x', concepts: [...concepts].sort() });
    const report = (extra: string[]) => [
      sentence(['n:quinn', 'p:marrowby', 'w:flood', ...extra]),
      sentence(['n:quinn', 'w:shelter', 'w:river']),
      sentence(['p:marrowby', 'w:toll', 'w:rose']),
    ];
    const result = measureRelatedness(
      [
        { id: 'a', sentences: report(['#:plain:2008']) },
        { id: 'b', sentences: report(['#:plain:2008']) },
        { id: 'c', sentences: report(['#:plain:2008']) },
        { id: 'other-year', sentences: report(['#:plain:2013']) },
      ],
      (id) => id,
    );
    expect(result.get('other-year')!.relatedness).toBeLessThan(result.get('a')!.relatedness);
    expect(result.get('other-year')!.unsharedNames).toEqual(['2013']);
  });

  it('counts a calendar day written with its month as a named thing: the vote on December 14, not December 15', () => {
    expect(calendarDayConcept(12, 14)).toBe('d:12-14');
    expect(isNamedConcept('d:12-14')).toBe(true);
    const dates = [
      { kind: 'full', month: 12, day: 14, sentenceIndex: 0 },
      { kind: 'month-day', month: 12, day: 14, sentenceIndex: 0 },
      { kind: 'month-day', month: 3, day: 2, sentenceIndex: 2 },
    ] as const;
    expect([...calendarDaysBySentence(dates)]).toEqual([
      [0, ['d:12-14']],
      [2, ['d:3-2']],
    ]);
    // Must not fire on a weekday, a month alone or a year: reports written on different days
    // name the event's weekday differently, and a month or year is shared by chance.
    const coarse = [
      { kind: 'weekday', month: 12, day: 14, sentenceIndex: 0 },
      { kind: 'month-year', month: 12, year: 2008, sentenceIndex: 1 },
      { kind: 'year', year: 2008, sentenceIndex: 1 },
    ] as const;
    expect(calendarDaysBySentence(coarse).size).toBe(0);
  });

  it('a calendar day no other source states lowers an article, and shows in what it names instead', () => {
    const sentence = (concepts: string[]) => ({ text: 'x', concepts: [...concepts].sort() });
    const report = [
      sentence(['n:quinn', 'p:marrowby', 'w:vote']),
      sentence(['n:quinn', 'w:ballot', 'w:turnout']),
      sentence(['p:marrowby', 'w:seat', 'w:parliament']),
    ];
    const onDay = (day: number) => [
      { kind: 'month-day' as const, month: 12, day, sentenceIndex: 0 },
    ];
    const result = measureRelatedness(
      [
        { id: 'a', sentences: report, statedDates: onDay(14) },
        { id: 'b', sentences: report, statedDates: onDay(14) },
        { id: 'c', sentences: report, statedDates: onDay(14) },
        { id: 'other-day', sentences: report, statedDates: onDay(15) },
      ],
      (id) => id,
    );
    expect(result.get('other-day')!.relatedness).toBeLessThan(result.get('a')!.relatedness);
    expect(result.get('other-day')!.unsharedNames).toEqual(['December 15']);
    expect(result.get('a')!.unsharedNames).toEqual([]);
  });

  it('draws a short article towards the typical one, and leaves a long one its figure', () => {
    // One sentence: halfway (with a prior of 2, a third of the way and more) to 1.
    expect(towardsTypical(0.1, 1)).toBeCloseTo(
      (0.1 + SHORT_ARTICLE_PRIOR) / (1 + SHORT_ARTICLE_PRIOR),
    );
    expect(towardsTypical(0.1, 1)).toBeGreaterThan(0.6);
    // Must not fire on a long article: 40 sentences keep it close to what was measured.
    expect(towardsTypical(0.1, 40)).toBeLessThan(0.15);
    expect(towardsTypical(1.5, 40)).toBeGreaterThan(1.45);
    expect(towardsTypical(0.1, 0)).toBe(1);
  });

  it('draws a short article only as far as it is on the story: a one-liner from another story stays low', () => {
    // One sentence sharing 5 % of its words with the others: drawn a sixth of the way, not to 0.7.
    const offStory = towardsTypical(0.02, 1, 0.05);
    expect(offStory).toBeCloseTo(
      (0.02 + (SHORT_ARTICLE_PRIOR * 0.05) / ON_STORY_CONTENT_SHARE) / (1 + SHORT_ARTICLE_PRIOR),
    );
    expect(offStory).toBeLessThan(0.15);
    // Must not fire on a one-line report of the story: it shares a third of its words or more
    // and is drawn all the way, whatever its nearest sources share.
    expect(towardsTypical(0.02, 1, ON_STORY_CONTENT_SHARE)).toBeCloseTo(towardsTypical(0.02, 1));
    expect(towardsTypical(0.02, 1, 0.9)).toBeGreaterThan(0.6);
  });

  it('ranks a one-sentence report of another story below the reports of this one, and flags it unrelated', () => {
    const brief =
      'A tornado flattened three barns near Oster on Saturday, fire chief Bo Renn said.';
    const analysis = analyze([...articles.slice(0, 3), { id: 'tornado', text: brief }]);
    const byId = new Map(analysis.articles.map((report) => [report.id, report]));
    const tornado = byId.get('tornado')!;
    expect(tornado.relatedness).toBeLessThan(UNRELATED_RELATEDNESS);
    expect(tornado.flags).toContain('unrelated');
    for (const id of ['flood-1', 'flood-2', 'flood-3'])
      expect(byId.get(id)!.score).toBeGreaterThan(tornado.score);
    // Must not fire on a one-sentence report of the flood.
    const short = analyze([
      ...articles.slice(0, 3),
      { id: 'short', text: SHORT.split('\n\n')[1]! },
    ]);
    const shortReport = short.articles.find((report) => report.id === 'short')!;
    expect(shortReport.flags).not.toContain('unrelated');
    expect(shortReport.relatedness).toBeGreaterThan(0.6);
  });

  it('does not hold it against a long report of the event that shorter sources cannot cover all of it', () => {
    const sentence = (concepts: string[]) => ({ text: 'x', concepts: [...concepts].sort() });
    const story = [
      sentence(['n:ada quinn', 'p:marrowby', 'w:flood', '#:plain:14']),
      sentence(['n:ada quinn', 'w:shelter', 'w:sport']),
    ];
    const long = [
      ...story,
      ...Array.from({ length: 12 }, (_, index) =>
        sentence([`w:background${index}`, `n:official${index}`, 'p:marrowby']),
      ),
    ];
    const sibling = [
      sentence(['n:bo renn', 'p:halden', 'w:fire', '#:plain:23']),
      sentence(['p:brask', 'w:crew', 'w:shelter']),
      ...Array.from({ length: 6 }, (_, index) => sentence([`w:blaze${index}`, 'p:halden'])),
    ];
    const result = measureRelatedness(
      [
        { id: 'short-1', sentences: story },
        { id: 'short-2', sentences: story },
        { id: 'short-3', sentences: story },
        { id: 'long', sentences: long },
        { id: 'sibling', sentences: sibling },
      ],
      (id) => id,
    );
    // The long report of the same event, quoting officials nobody else quotes, stays above the
    // report of another event (divided by its own weight alone it fell to 0.20, below it).
    expect(result.get('long')!.relatedness).toBeGreaterThan(0.3);
    expect(result.get('sibling')!.relatedness).toBeLessThan(result.get('long')!.relatedness);
  });

  it('counts a brief that names only the names every source names as sharing its names', () => {
    // Invented: three reports of one casting announcement and a one-line brief naming only the
    // actor; a fifth report is of another casting, naming the actor once as background.
    const sentence = (concepts: string[]) => ({ text: 'x', concepts: [...concepts].sort() });
    const report = (index: number) => [
      sentence(['n:tam oduya', 'w:actor', 'w:role', `w:detail${index}`]),
      sentence(['n:tam oduya', `n:producer${index}`, 'w:series', `w:angle${index}`]),
      sentence([`n:producer${index}`, 'p:lindmoor', 'w:announce', `w:fact${index}`]),
    ];
    const brief = [sentence(['n:tam oduya', 'w:actor', 'w:quiet', 'w:little-known'])];
    const sibling = [
      sentence(['n:rhea vance', 'w:actor', 'w:role', 'w:new']),
      sentence(['n:tam oduya', 'n:producer1', 'w:series', 'w:detail1', 'w:angle2']),
      sentence(['n:producer2', 'p:lindmoor', 'w:announce', 'w:fact3']),
    ];
    const result = measureRelatedness(
      [
        ...[1, 2, 3].map((index) => ({ id: `report-${index}`, sentences: report(index) })),
        { id: 'brief', sentences: brief },
        { id: 'sibling', sentences: sibling },
      ],
      (id) => id,
    );
    // The brief is drawn to the typical report (judged on its plain words alone, as if it named
    // nothing, it sat at 0.67): a report of the event, not of another one.
    expect(result.get('brief')!.relatedness).toBeGreaterThan(0.9);
    expect(result.get('brief')!.relatedness).toBeGreaterThan(
      Math.min(...[1, 2, 3].map((index) => result.get(`report-${index}`)!.relatedness)) - 0.1,
    );
  });

  it('namesOnlyCommonNames: only when every name it names is one every source names', () => {
    const everySourceNames = new Set(['n:tam oduya', 'p:lindmoor']);
    const tellsApart = (concept: string) => !everySourceNames.has(concept);
    expect(namesOnlyCommonNames(['n:tam oduya'], tellsApart)).toBe(true);
    expect(namesOnlyCommonNames(['n:tam oduya', 'p:lindmoor'], tellsApart)).toBe(true);
    // Must not fire: it names someone not every source names, or names nothing at all.
    expect(namesOnlyCommonNames(['n:tam oduya', 'n:rhea vance'], tellsApart)).toBe(false);
    expect(namesOnlyCommonNames([], tellsApart)).toBe(false);
  });
});

describe('agreement and score', () => {
  it('agreement is 1 with nothing contradicted, whatever the number of corroborations', () => {
    for (const corroborated of [0, 1, 3, 100]) {
      expect(
        agreementFigure({ corroborated, contradicted: 0, uncorroborated: 5, unchecked: 2 }),
      ).toBe(1);
    }
  });

  it('agreement falls with contradictions', () => {
    const one = agreementFigure({
      corroborated: 5,
      contradicted: 1,
      uncorroborated: 0,
      unchecked: 0,
    });
    const two = agreementFigure({
      corroborated: 5,
      contradicted: 2,
      uncorroborated: 0,
      unchecked: 0,
    });
    expect(one).toBeLessThan(1);
    expect(two).toBeLessThan(one);
  });

  it('score is min(1, relatedness) × agreement', () => {
    expect(combinedScore(1.4, 0.5)).toBe(0.5);
    expect(combinedScore(0.3, 1)).toBe(0.3);
    expect(combinedScore(0.5, 0.5)).toBe(0.25);
  });
});
