// The small named rules of the consensus and scoring stages, each with the case that motivated
// it and a case where it must not fire.
import { describe, expect, it } from 'vitest';
import { itineraryClaims } from '../src/consensus/build-claims.js';
import { datesAgree, figuresAgree, placesAgree, placeValue } from '../src/consensus/claims.js';
import {
  findCopyClusters,
  independenceWeights,
  isCopyPair,
} from '../src/consensus/copy-clusters.js';
import { isLocativePlace } from '../src/consensus/sentence-slots.js';
import type { ItineraryStop, PlaceMention } from '../src/extract/types.js';
import { agreementScore } from '../src/score/agreement-score.js';
import { isOutlier } from '../src/score/outlier-rule.js';
import { lowZJudge, median, robustLowZ } from '../src/score/robust-z.js';

describe('value agreement', () => {
  it('a city agrees with its own country, not with another city or country', () => {
    const busan = placeValue('Busan', 'South Korea');
    expect(placesAgree(busan, 'South Korea')).toBe(true);
    expect(placesAgree('South Korea', busan)).toBe(true);
    expect(placesAgree(busan, placeValue('Beijing', 'China'))).toBe(false);
    expect(placesAgree(busan, 'China')).toBe(false);
    expect(placesAgree(busan, placeValue('Seoul', 'South Korea'))).toBe(false);
  });

  it('figures agree within rounding, not beyond', () => {
    expect(figuresAgree(550e9, 549.8e9)).toBe(true);
    expect(figuresAgree(50e9, 60e9)).toBe(false);
    expect(figuresAgree(155, 100)).toBe(false);
  });

  it('a month-day agrees with the full date of the same day, not with another day', () => {
    expect(datesAgree('--06-13', '2024-06-13')).toBe(true);
    expect(datesAgree('2024-06-13', '2024-06-15')).toBe(false);
    expect(datesAgree('--06-13', '--06-15')).toBe(false);
  });
});

describe('copy clusters', () => {
  const counts = new Map([
    ['wire-a', 10],
    ['wire-b', 11],
    ['own', 9],
    ['short-a', 2],
    ['short-b', 2],
  ]);
  const pairs = (a: string, b: string, n: number, score: number) =>
    Array.from({ length: n }, () => ({ a, b, score }));

  it('joins republished wire copy into one cluster that votes once', () => {
    const clusters = findCopyClusters(
      [...pairs('wire-a', 'wire-b', 8, 0.97), ...pairs('wire-a', 'own', 3, 0.6)],
      counts,
    );
    expect(clusters.map((cluster) => cluster.ids)).toEqual([['wire-a', 'wire-b']]);
    const weights = independenceWeights(['wire-a', 'wire-b', 'own'], clusters);
    expect(weights.get('wire-a')! + weights.get('wire-b')!).toBeCloseTo(1);
    expect(weights.get('own')).toBe(1);
  });

  it('does not call reworded coverage or two shared quotes copying', () => {
    expect(findCopyClusters(pairs('wire-a', 'own', 9, 0.7), counts)).toEqual([]);
    expect(isCopyPair(2 / 9, 2, 9)).toBe(false);
  });

  it('needs three copied sentences, or all of a shorter article', () => {
    expect(isCopyPair(1, 2, 2)).toBe(true);
    expect(isCopyPair(2 / 3, 2, 3)).toBe(false);
    expect(isCopyPair(0.6, 3, 5)).toBe(true);
  });
});

describe('locative places', () => {
  const text = 'Japan has pledged $550 billion. The meeting will be held in South Korea.';
  const place = (
    name: string,
    start: number,
    kind: PlaceMention['kind'] = 'country',
  ): PlaceMention => ({
    name,
    text: name,
    kind,
    country: name,
    capital: false,
    form: 'name',
    metonym: false,
    appositive: false,
    sentenceIndex: 0,
    start,
    end: start + name.length,
  });

  it('reads a country after "in" as where something happens', () => {
    expect(isLocativePlace(place('South Korea', text.indexOf('South Korea')), text)).toBe(true);
  });

  it('does not read a country that is a party to the sentence as a location', () => {
    expect(isLocativePlace(place('Japan', 0), text)).toBe(false);
    expect(
      isLocativePlace(
        { ...place('Beijing', 0, 'city'), metonym: true },
        'Beijing has yet to confirm.',
      ),
    ).toBe(false);
  });
});

describe('itinerary claims', () => {
  const input = {
    articleId: 'a',
    text: 'The trip takes him to Malaysia, Japan and South Korea. He will head to Tokyo.',
    sentences: [
      { text: 'The trip takes him to Malaysia, Japan and South Korea.', start: 0, end: 54 },
      { text: 'He will head to Tokyo.', start: 55, end: 77 },
    ],
  };
  const stop = (
    country: string,
    code: string,
    sentenceIndex: number,
    start: number,
  ): ItineraryStop => ({
    place: country,
    kind: 'country',
    country,
    countryCode: code,
    trigger: 'takes him to',
    sentenceIndex,
    start,
    end: start + country.length,
  });
  const all = [
    { code: 'JP', name: 'Japan' },
    { code: 'KR', name: 'South Korea' },
    { code: 'MY', name: 'Malaysia' },
    { code: 'PH', name: 'Philippines' },
  ];

  it('a list sentence speaks to the countries it leaves out', () => {
    const claims = itineraryClaims(
      input,
      [stop('Malaysia', 'MY', 0, 22), stop('Japan', 'JP', 0, 32), stop('South Korea', 'KR', 0, 42)],
      all,
    );
    expect(claims.find((claim) => claim.object === 'itinerary:PH')?.value).toBe('not included');
    expect(claims.find((claim) => claim.object === 'itinerary:JP')?.value).toBe('included');
  });

  it('stops scattered over sentences say nothing about omissions', () => {
    const claims = itineraryClaims(input, [stop('Japan', 'JP', 1, 71)], all);
    expect(claims.map((claim) => claim.value)).toEqual(['included']);
  });
});

describe('scores and the outlier rule', () => {
  it('a contradiction weighs three corroborations; unchecked statements do not count', () => {
    expect(
      agreementScore({ corroborated: 0, contradicted: 0, uncorroborated: 9, unchecked: 9 }),
    ).toBe(0.5);
    expect(
      agreementScore({ corroborated: 30, contradicted: 0, uncorroborated: 0, unchecked: 0 }),
    ).toBeGreaterThan(0.95);
    expect(
      agreementScore({ corroborated: 3, contradicted: 1, uncorroborated: 0, unchecked: 0 }),
    ).toBe(0.5);
  });

  it('measures distance below the median in robust units, with a floor on the spread', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 2, 3])).toBe(2.5);
    const z = robustLowZ([0.95, 0.96, 0.97, 0.2]);
    expect(z[3]).toBeGreaterThan(3.5);
    expect(z[0]).toBeLessThan(1);
    // Judging against a population does not let the judged score move its median.
    expect(lowZJudge([0.95, 0.96, 0.97])(0.2)).toBeGreaterThan(3.5);
  });

  it('needs hard evidence: a low score alone never makes an outlier', () => {
    expect(isOutlier(9, 0)).toBe(false);
    expect(isOutlier(4, 1)).toBe(true);
    expect(isOutlier(1, 1)).toBe(false);
    expect(isOutlier(0.5, 3)).toBe(true);
  });
});

describe('verbatim sentence pairs', () => {
  it('pairs articles that repeat a sentence word for word, however many do', async () => {
    const { verbatimSentencePairs } = await import('../src/consensus/copy-clusters.js');
    const line = 'Leaders agreed on a fifty billion dollar loan for Ukraine on Thursday.';
    const pairs = verbatimSentencePairs([
      { id: 'a', sentences: [{ text: line }] },
      { id: 'b', sentences: [{ text: `  ${line.toUpperCase()} ` }] },
      { id: 'c', sentences: [{ text: 'Something else entirely was said by someone.' }] },
    ]);
    expect(pairs).toEqual([{ a: 'a', b: 'b', score: 1 }]);
  });

  it('ignores short lines and boilerplate, and pairs each sharer with a few neighbours only', async () => {
    const { verbatimSentencePairs, VERBATIM_NEIGHBOURS } = await import(
      '../src/consensus/copy-clusters.js'
    );
    expect(
      verbatimSentencePairs([
        { id: 'a', sentences: [{ text: 'Source: Reuters' }] },
        { id: 'b', sentences: [{ text: 'Source: Reuters' }] },
      ]),
    ).toEqual([]);
    const credit = 'Reporting by Jane Roe in Seoul; Editing by John Doe.';
    expect(
      verbatimSentencePairs([
        { id: 'a', sentences: [{ text: credit }] },
        { id: 'b', sentences: [{ text: credit }] },
      ]),
    ).toEqual([]);
    const line = 'Leaders agreed on a fifty billion dollar loan for Ukraine on Thursday.';
    const many = Array.from({ length: 100 }, (_, index) => ({
      id: `n${String(index).padStart(3, '0')}`,
      sentences: [{ text: line }],
    }));
    const pairs = verbatimSentencePairs(many);
    expect(pairs.length).toBeLessThanOrEqual(100 * VERBATIM_NEIGHBOURS);
    expect(pairs[0]).toEqual({ a: 'n000', b: 'n001', score: 1 });
  });
});

describe('consensus on places', () => {
  const claim = (articleId: string, value: string) => ({
    articleId,
    kind: 'event-place' as const,
    object: 'event-place:org:g7',
    label: 'Place of the G7 summit',
    value,
    display: value,
    evidence: { articleId, sentenceIndex: 0, sentence: '', start: 0, end: 0 },
  });
  const one = (ids: string[]) => new Map(ids.map((id) => [id, 1]));
  /** The consensus on the G7 summit's place, every source weighing 1. */
  const placeConsensus = async (claims: ReturnType<typeof claim>[]) => {
    const { computeConsensus } = await import('../src/consensus/consensus.js');
    const ids = [...new Set(claims.map((item) => item.articleId))];
    return computeConsensus(claims, one(ids), one(ids), new Map()).get('event-place:org:g7')!;
  };

  it('prefers the specific place most sources give over the country everyone agrees with', async () => {
    const apulia = placeValue('Apulia', 'Italy');
    const claims = [
      claim('a', apulia),
      claim('b', apulia),
      claim('c', 'Italy'),
      claim('d', placeValue('Sicily', 'Italy')),
    ];
    expect((await placeConsensus(claims)).value).toBe(apulia);
  });

  it('keeps the country when no specific place has half the weight', async () => {
    const claims = [
      claim('a', placeValue('Apulia', 'Italy')),
      claim('b', 'Italy'),
      claim('c', 'Italy'),
      claim('d', placeValue('Sicily', 'Italy')),
    ];
    expect((await placeConsensus(claims)).value).toBe('Italy');
  });
});

describe('event keys', () => {
  const slot = (participants: string[], evidence: string) => ({
    event: 'summit' as const,
    trigger: 'summit',
    participants,
    place: null,
    dateText: null,
    sentenceIndex: 0,
    start: 0,
    end: evidence.length,
    evidence,
  });

  it('keys a meeting by its non-protagonist participants, else by the organisation named', async () => {
    const { eventKey, sentenceOrganisations } = await import('../src/consensus/build-claims.js');
    const protagonists = new Set(['donald trump']);
    expect(eventKey(slot(['donald trump', 'xi jinping'], 'meet Xi in Busan'), protagonists)).toBe(
      'xi jinping',
    );
    expect(
      eventKey(slot([], 'summit in Sicily'), protagonists, () =>
        sentenceOrganisations('G7 leaders ended a summit in Sicily.'),
      ),
    ).toBe('org:g7');
  });

  it("reads a prepared sentence's organisations from its concepts, the same as from its text", async () => {
    const { eventPlaceClaims, organisationConcepts, sentenceOrganisations } = await import(
      '../src/consensus/build-claims.js'
    );
    const { factConcepts } = await import('../src/align/fact-concepts.js');
    const { profileContent } = await import('../src/align/sentence-profile.js');
    const text = 'G7 leaders and the IMF ended a summit in Sicily.';
    const concepts = factConcepts(profileContent(text));
    expect(organisationConcepts(concepts).sort()).toEqual(sentenceOrganisations(text).sort());
    // With concepts, the text is not read again: concepts that name no organisation give no key.
    const place = { name: 'Sicily', country: 'Italy', countryCode: 'IT' };
    const summit = { ...slot([], text), place } as Parameters<typeof eventPlaceClaims>[1][number];
    const input = (sentenceConcepts: string[]) => ({
      articleId: 'a',
      text,
      sentences: [{ text, start: 0, end: text.length, concepts: sentenceConcepts }],
    });
    const keys = (sentenceConcepts: string[]) =>
      eventPlaceClaims(input(sentenceConcepts), [summit], new Set(), (key) => key).map(
        (claim) => claim.object,
      );
    expect(keys(concepts)).toEqual(['event-place:org:g7+imf']);
    expect(keys(['w:summit'])).toEqual([]);
  });

  it('gives no key when only protagonists take part and no organisation is named', async () => {
    const { eventKey } = await import('../src/consensus/build-claims.js');
    expect(
      eventKey(slot(['donald trump'], 'a summit in Sicily'), new Set(['donald trump'])),
    ).toBeNull();
  });
});

describe('claims inside aligned groups', () => {
  const group = {
    id: 'g1',
    score: 0.6,
    pairs: [],
    members: [
      { articleId: 'a', sentenceIndex: 0, text: 'A', start: 0, end: 1 },
      { articleId: 'b', sentenceIndex: 0, text: 'B', start: 0, end: 1 },
      { articleId: 'c', sentenceIndex: 0, text: 'C', start: 0, end: 1 },
    ],
  };
  const inputs = new Map(
    ['a', 'b', 'c'].map((id) => [
      id,
      { articleId: id, text: 'X', sentences: [{ text: 'X', start: 0, end: 1 }] },
    ]),
  );

  // Figure claims read each member's sentence (what a figure measures) and its profile's numbers.
  const figureInputs = (texts: Record<string, string>) =>
    new Map(
      Object.entries(texts).map(([id, text]) => [
        id,
        { articleId: id, text, sentences: [{ text, start: 0, end: text.length }] },
      ]),
    );

  it('compares the one figure of each kind that every member gives', async () => {
    const { figureClaims } = await import('../src/consensus/build-claims.js');
    const { profileSentence } = await import('../src/align/sentence-profile.js');
    const texts: Record<string, string> = {
      a: 'The fund holds $50 billion.',
      b: 'The fund holds $50 billion.',
      c: 'The fund holds $60 billion.',
    };
    const claims = figureClaims(
      group,
      0,
      figureInputs(texts),
      (id) => profileSentence(texts[id]!).numbers,
    );
    expect(claims.map((claim) => [claim.articleId, claim.value])).toEqual([
      ['a', 50e9],
      ['b', 50e9],
      ['c', 60e9],
    ]);
  });

  it('makes no figure claim when a member gives two figures of one kind, or one is infinite', async () => {
    const { figureClaims } = await import('../src/consensus/build-claims.js');
    const { profileSentence } = await import('../src/align/sentence-profile.js');
    const two: Record<string, string> = {
      a: 'The fund holds $50 billion and lends $10 billion.',
      b: 'The fund holds $50 billion.',
      c: 'The fund holds $60 billion.',
    };
    expect(
      figureClaims(group, 0, figureInputs(two), (id) => profileSentence(two[id]!).numbers),
    ).toEqual([]);
    const huge: Record<string, string> = {
      a: `The fund holds $${'9'.repeat(400)} billion.`,
      b: 'The fund holds $50 billion.',
      c: 'The fund says nothing.',
    };
    expect(
      figureClaims(group, 0, figureInputs(huge), (id) => profileSentence(huge[id]!).numbers).map(
        (claim) => claim.value,
      ),
    ).toEqual([]);
  });

  it('compares single places and dates, and skips sentences that name two', async () => {
    const { groupSlotClaims } = await import('../src/consensus/build-claims.js');
    const place = (value: string) => [{ value, text: value, start: 0, end: 1 }];
    const one = {
      a: place('Apulia › Italy'),
      b: place('Apulia › Italy'),
      c: place('Sicily › Italy'),
    } as Record<string, ReturnType<typeof place>>;
    const claims = groupSlotClaims(
      group,
      0,
      inputs,
      () => [],
      (id) => one[id]!,
    );
    expect(claims.map((claim) => claim.value)).toEqual([
      'Apulia › Italy',
      'Apulia › Italy',
      'Sicily › Italy',
    ]);
    const two: Record<string, ReturnType<typeof place>> = {
      ...one,
      a: [...place('Tokyo › Japan'), ...place('Busan › South Korea')],
    };
    expect(
      groupSlotClaims(
        group,
        0,
        inputs,
        () => [],
        (id) => two[id]!,
      ),
    ).toEqual([]);
  });
});

describe('sentence dates for comparison', () => {
  const mention = (kind: string, value: string | null, resolvedBy: string) =>
    ({
      text: 'x',
      kind,
      value,
      period: null,
      resolvedBy,
      quoted: false,
      past: false,
      future: false,
      sentenceIndex: 0,
      start: 0,
      end: 1,
    }) as never;

  it('keeps full dates and reads month-days without a stated year as --MM-DD', async () => {
    const { sentenceDates } = await import('../src/consensus/sentence-slots.js');
    const dates = sentenceDates([
      mention('full', '2024-06-13', 'explicit'),
      mention('month-day', '2000-06-15', 'reference-date'),
    ]);
    expect(dates.get(0)!.map((date) => date.value)).toEqual(['2024-06-13', '--06-15']);
  });

  it('leaves out weekdays and relative dates, which a week off would turn into contradictions', async () => {
    const { sentenceDates } = await import('../src/consensus/sentence-slots.js');
    const dates = sentenceDates([
      mention('weekday', '2025-10-31', 'reference-date'),
      mention('relative', '2025-10-29', 'reference-date'),
    ]);
    expect(dates.size).toBe(0);
  });
});

describe('protagonists', () => {
  const slot = (participants: string[]) => ({
    event: 'meeting' as const,
    trigger: 'meet',
    participants,
    place: null,
    dateText: null,
    sentenceIndex: 0,
    start: 0,
    end: 1,
    evidence: 'meet',
  });

  it('are the people in at least half of the event slots', async () => {
    const { findProtagonists } = await import('../src/consensus/build-claims.js');
    const found = findProtagonists([
      [slot(['trump', 'xi']), slot(['trump', 'takaichi'])],
      [slot(['trump', 'lee'])],
    ]);
    expect([...found]).toEqual(['trump']);
  });

  it('are nobody when a cluster has a single event slot', async () => {
    const { findProtagonists } = await import('../src/consensus/build-claims.js');
    expect(findProtagonists([[slot(['xi'])]]).size).toBe(0);
  });
});
