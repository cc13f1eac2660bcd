// The source ledger: track records across stories, a Beta reliability with a credible interval,
// syndicated copies credited once, decay, order-free recording and a versioned JSON form.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type Analysis,
  analyze,
  Corpus,
  CorroborateError,
  createCorpus,
  createSourceLedger,
  SourceLedger,
  type StoryRecord,
  sourceKey,
} from '../src/index.js';
import { betaCdf, betaQuantile } from '../src/ledger/beta.js';
import { loadStory } from './helpers/fixtures.js';

/** A minimal analysis: one report per article with the given counts and flags. */
function story(
  articles: {
    id: string;
    source?: string;
    corroborated?: number;
    contradicted?: number;
    stale?: number;
    flags?: string[];
  }[],
  options: { date?: string; copies?: string[][] } = {},
): Analysis {
  return {
    version: 1,
    referenceDate: { date: options.date ?? '2025-10-27', rule: 'cluster', reason: '' },
    copies: (options.copies ?? []).map((ids) => ({ ids, similarity: 0.9 })),
    articles: articles.map((article) => ({
      id: article.id,
      source: article.source ?? null,
      title: null,
      score: 0.5,
      trust: 1,
      counts: {
        corroborated: article.corroborated ?? 0,
        contradicted: article.contradicted ?? 0,
        uncorroborated: 1,
        unchecked: 0,
      },
      referenceDate: { date: options.date ?? '2025-10-27', rule: 'cluster', reason: '' },
      sentences: 3,
      staleFigures: Array.from({ length: article.stale ?? 0 }, () => ({})),
      roleConflicts: [],
      contradictions: [],
      flags: article.flags ?? [],
      copies: [],
    })),
  } as unknown as Analysis;
}

describe('Beta distribution', () => {
  it('gives the regularised incomplete beta for known cases', () => {
    expect(betaCdf(0.5, 2, 3)).toBeCloseTo(11 / 16, 12);
    expect(betaCdf(0.3, 1, 1)).toBeCloseTo(0.3, 12);
    expect(betaCdf(0.9, 5, 1)).toBeCloseTo(0.9 ** 5, 12);
  });

  it('inverts the CDF', () => {
    for (const [p, a, b] of [
      [0.05, 2, 3],
      [0.5, 10, 1],
      [0.95, 0.5, 0.5],
      [0.3, 200, 3],
    ] as const) {
      expect(betaCdf(betaQuantile(p, a, b), a, b)).toBeCloseTo(p, 8);
    }
  });
});

describe('sourceKey', () => {
  it('keys by source, else the URL host without www., else the article id', () => {
    expect(sourceKey({ id: 'a', source: ' The  Herald ' })).toBe('the herald');
    expect(sourceKey({ id: 'a', url: 'https://www.Example.com/news/1' })).toBe('example.com');
    expect(sourceKey({ id: 'a', url: 'not a url' })).toBe('id:a');
    expect(sourceKey({ id: 'a', source: '  ', url: 'https://news.example.org/x' })).toBe(
      'news.example.org',
    );
  });
});

describe('SourceLedger', () => {
  it('estimates a lower reliability for the source of the stale fixture article', () => {
    const articles = loadStory('asia-trip-2025').map((article) => ({
      ...article,
      source: `${article.id} news`,
    }));
    const ledger = createSourceLedger();
    const record = ledger.record(analyze(articles, { asOf: '2025-10-27' }), { story: 'asia' });
    expect(record.sources.map((entry) => entry.source)).toEqual(
      articles.map((article) => `${article.id} news`).sort(),
    );
    const stale = ledger.reliability('global-dispatch news')!;
    expect(stale.staleFigures).toBeGreaterThanOrEqual(4);
    for (const other of ledger.sources().filter((source) => source !== 'global-dispatch news'))
      expect(ledger.reliability(other)!.reliability).toBeGreaterThan(stale.reliability);
  });

  it('does not rank a source seen twice above one seen two hundred times with the same record', () => {
    const ledger = createSourceLedger();
    for (let index = 0; index < 200; index++) {
      const articles = [{ id: `s${index}`, source: 'steady', corroborated: 5 }];
      if (index < 2) articles.push({ id: `n${index}`, source: 'newcomer', corroborated: 5 });
      ledger.record(story(articles), { story: `story-${index}` });
    }
    const [first, second] = ledger.rank();
    expect(first!.source).toBe('steady');
    expect(second!.source).toBe('newcomer');
    expect(second!.reliability).toBeLessThan(first!.reliability);
    expect(second!.interval[1] - second!.interval[0]).toBeGreaterThan(
      (first!.interval[1] - first!.interval[0]) * 5,
    );
  });

  it('credits a syndicated story once, shared by the outlets that republished it', () => {
    const ledger = createSourceLedger();
    const record = ledger.record(
      story(
        [
          { id: 'wire', source: 'Wire', contradicted: 2 },
          { id: 'copy-1', source: 'Paper One', contradicted: 2 },
          { id: 'copy-2', source: 'Paper Two', contradicted: 2 },
          { id: 'own', source: 'Own', corroborated: 4 },
        ],
        { copies: [['copy-1', 'copy-2', 'wire']] },
      ),
    );
    const units = Object.fromEntries(record.sources.map((entry) => [entry.source, entry.units]));
    expect(units).toEqual({ own: 1, 'paper one': 1 / 3, 'paper two': 1 / 3, wire: 1 / 3 });
  });

  it('counts an unrelated article but takes no evidence from it; a plain one gives evidence', () => {
    const ledger = createSourceLedger();
    ledger.record(
      story([
        { id: 'a', source: 'Elsewhere', contradicted: 3, flags: ['unrelated'] },
        { id: 'b', source: 'Here', contradicted: 3 },
      ]),
    );
    expect(ledger.reliability('Elsewhere')).toMatchObject({
      unrelated: 1,
      evidence: 0,
      reliability: 0.5,
    });
    expect(ledger.reliability('Here')).toMatchObject({ unrelated: 0, evidence: 1 });
    expect(ledger.reliability('Here')!.reliability).toBeLessThan(0.5);
  });

  it('keys per-source story records as record() does, so any spelling finds them', () => {
    const ledger = createSourceLedger();
    const entry = {
      source: ' Daily  Planet ',
      articles: 1,
      units: 1,
      agreeingUnits: 1,
      corroborated: 2,
      contradicted: 0,
      uncorroborated: 0,
      staleFigures: 0,
      unrelated: 0,
    };
    ledger.recordStory({ story: 'one', date: null, sources: [entry] });
    expect(ledger.sources()).toEqual(['daily planet']);
    expect(ledger.reliability('DAILY PLANET')!.stories).toBe(1);
  });

  it('replaces a story recorded again under the same key', () => {
    const ledger = createSourceLedger();
    const once = story([{ id: 'a', source: 'A', corroborated: 2 }]);
    ledger.record(once, { story: 'x' });
    ledger.record(once, { story: 'x' });
    expect(ledger.size).toBe(1);
    expect(ledger.reliability('A')!.stories).toBe(1);
  });

  it('halves a story one half-life older than the newest', () => {
    const ledger = createSourceLedger({ halfLifeDays: 30 });
    ledger.record(story([{ id: 'a', source: 'A', contradicted: 1 }], { date: '2025-01-01' }), {
      story: 'old',
    });
    ledger.record(story([{ id: 'b', source: 'A', corroborated: 1 }], { date: '2025-01-31' }), {
      story: 'new',
    });
    const estimate = ledger.reliability('A')!;
    expect(estimate.evidence).toBeCloseTo(1.5, 6);
    // Beta(1 + 1, 1 + 0.5): the recent agreement outweighs the old disagreement.
    expect(estimate.reliability).toBeCloseTo(2 / 3.5, 6);
    expect(estimate.history.map((point) => point.story)).toEqual(['old', 'new']);
  });

  it('gives each story of a source its estimate, interval and evidence at that point', () => {
    const ledger = createSourceLedger({ halfLifeDays: 30 });
    ledger.record(story([{ id: 'a', source: 'A', contradicted: 1 }], { date: '2025-01-01' }), {
      story: 'old',
    });
    ledger.record(story([{ id: 'b', source: 'A', corroborated: 1 }], { date: '2025-01-31' }), {
      story: 'new',
    });
    ledger.record(story([{ id: 'c', source: 'B', corroborated: 1 }], { date: '2025-01-31' }), {
      story: 'other',
    });
    const history = ledger.history('  a ');
    expect(history.map(({ story, date }) => [story, date])).toEqual([
      ['old', '2025-01-01'],
      ['new', '2025-01-31'],
    ]);
    // After 'old': Beta(1, 2); after 'new' (old halved): Beta(2, 1.5), as reliability() says.
    expect(history[0]!.reliability).toBeCloseTo(1 / 3, 6);
    expect(history[0]!.evidence).toBeCloseTo(1, 6);
    expect(history[0]!.interval[0]).toBeCloseTo(betaQuantile(0.05, 1, 2), 6);
    expect(history[0]!.interval[1]).toBeCloseTo(betaQuantile(0.95, 1, 2), 6);
    const last = history[1]!;
    const now = ledger.reliability('A')!;
    expect([last.reliability, last.interval, last.evidence]).toEqual([
      now.reliability,
      now.interval,
      now.evidence,
    ]);
    expect(ledger.history('nobody')).toEqual([]);
    expect(ledger.history('A', { last: 1 })).toEqual([last]);
    expect(ledger.history('A', { last: 0 })).toEqual([]);
    expect(ledger.history('A', { last: 5 })).toEqual(history);
    expect(() => ledger.history('A', { last: -1 })).toThrow(/options.last must be/);
    expect(() => ledger.history('A', { lats: 1 } as never)).toThrow(CorroborateError);
  });

  it('gives the same ledger whatever order the stories are recorded in (property)', () => {
    const stories = Array.from({ length: 12 }, (_, index) =>
      story(
        [
          { id: `a${index}`, source: 'A', corroborated: index % 3, contradicted: index % 2 },
          { id: `b${index}`, source: 'B', corroborated: 2, contradicted: index % 4 === 0 ? 1 : 0 },
          { id: `c${index}`, url: 'https://c.example.com/x', corroborated: 1 } as never,
        ],
        { date: `2025-0${1 + (index % 9)}-1${index % 10}` },
      ),
    );
    const expected = JSON.stringify(fill(createSourceLedger(), stories).toJSON());
    fc.assert(
      fc.property(fc.shuffledSubarray(stories, { minLength: 12, maxLength: 12 }), (order) => {
        expect(JSON.stringify(fill(createSourceLedger(), order).toJSON())).toBe(expected);
        const decayed = fill(createSourceLedger({ halfLifeDays: 45 }), order);
        expect(JSON.stringify(decayed.rank())).toBe(
          JSON.stringify(fill(createSourceLedger({ halfLifeDays: 45 }), stories).rank()),
        );
      }),
      { numRuns: 50 },
    );
  });

  it('round-trips through JSON exactly', () => {
    const ledger = fill(createSourceLedger({ halfLifeDays: 90, credibleMass: 0.95 }), [
      story([{ id: 'a', source: 'A', corroborated: 3, contradicted: 1 }], { date: '2025-02-01' }),
      story([{ id: 'b', source: 'B', corroborated: 1, stale: 1, contradicted: 1 }]),
    ]);
    const text = JSON.stringify(ledger);
    const restored = SourceLedger.fromJSON(text);
    expect(JSON.stringify(restored)).toBe(text);
    expect(restored.rank()).toEqual(ledger.rank());
    expect(SourceLedger.fromJSON(JSON.parse(text)).options).toEqual(ledger.options);
  });

  it('refuses bad, foreign and newer-version ledger JSON with INVALID_STATE', () => {
    const good = createSourceLedger().toJSON();
    const codeOf = (value: unknown) => {
      try {
        SourceLedger.fromJSON(value);
        return 'ok';
      } catch (error) {
        return error instanceof CorroborateError ? error.code : 'other';
      }
    };
    expect(codeOf('{not json')).toBe('INVALID_STATE');
    expect(codeOf({ format: 'corroborate-corpus', version: 1 })).toBe('INVALID_STATE');
    expect(codeOf({ ...good, version: 99 })).toBe('INVALID_STATE');
    expect(codeOf({ ...good, stories: [{ story: 'x', date: 'June', sources: [] }] })).toBe(
      'INVALID_STATE',
    );
    const negative: StoryRecord = {
      story: 'x',
      date: null,
      sources: [
        {
          source: 'a',
          articles: 1,
          units: 1,
          agreeingUnits: 2,
          corroborated: 0,
          contradicted: 0,
          uncorroborated: 0,
          staleFigures: 0,
          unrelated: 0,
        },
      ],
    };
    expect(codeOf({ ...good, stories: [negative] })).toBe('INVALID_STATE');
    expect(codeOf({ ...good, options: { ...good.options, halfLifeDays: -1 } })).toBe(
      'INVALID_STATE',
    );
    expect(() =>
      SourceLedger.fromJSON({ ...good, options: { ...good.options, credibleMass: 2 } }),
    ).toThrow(/^source ledger options.credibleMass must be/);
    expect(codeOf(good)).toBe('ok');
  });

  it('gives a reliable source more starting trust than an unreliable one, and none to a stranger', () => {
    const ledger = createSourceLedger();
    for (let index = 0; index < 40; index++) {
      ledger.record(
        story([
          { id: `r${index}`, source: 'Reliable', corroborated: 5 },
          {
            id: `u${index}`,
            source: 'Unreliable',
            corroborated: 1,
            contradicted: index % 2 ? 4 : 3,
          },
          { id: `m${index}`, source: 'Middling', corroborated: 3, contradicted: 2 },
        ]),
        { story: `s${index}` },
      );
    }
    const priors = ledger.priors(['Reliable', 'Unreliable', 'Middling', 'Stranger'], 'voting');
    expect(Object.keys(priors).sort()).toEqual(['Middling', 'Reliable', 'Unreliable']);
    expect(priors.Reliable!).toBeGreaterThan(priors.Middling!);
    expect(priors.Middling!).toBeGreaterThan(priors.Unreliable!);
    expect(priors.Unreliable!).toBeGreaterThan(0);
    const probabilities = ledger.priors(['Reliable', 'Unreliable'], 'truthfinder');
    expect(probabilities.Reliable!).toBeLessThan(1);
    expect(probabilities.Reliable!).toBeGreaterThan(probabilities.Unreliable!);
  });

  it('gives sources with the same record the starting trust of an average source, 1', () => {
    const ledger = createSourceLedger();
    for (let index = 0; index < 40; index++) {
      ledger.record(
        story([
          { id: `a${index}`, source: 'A', corroborated: 3, contradicted: index % 3 === 0 ? 1 : 0 },
          { id: `b${index}`, source: 'B', corroborated: 3, contradicted: index % 3 === 1 ? 1 : 0 },
          { id: `c${index}`, source: 'C', corroborated: 3, contradicted: index % 3 === 2 ? 1 : 0 },
        ]),
        { story: `s${index}` },
      );
    }
    const priors = ledger.priors(['A', 'B', 'C'], 'crh');
    expect(new Set(Object.values(priors))).toEqual(new Set([1]));
  });

  it('refuses bad options and a value that is not an analysis', () => {
    expect(() => createSourceLedger({ halfLifeDays: -1 })).toThrow(CorroborateError);
    expect(() => createSourceLedger({ halfLife: 30 } as never)).toThrow(
      /options\.halfLife is not an option; did you mean options\.halfLifeDays\?/,
    );
    expect(() => createSourceLedger().record({ articles: 'no' } as never)).toThrow(
      CorroborateError,
    );
  });
});

function fill(ledger: SourceLedger, stories: readonly Analysis[]): SourceLedger {
  for (const analysis of stories) ledger.record(analysis);
  return ledger;
}

describe('analyze with a source ledger', () => {
  const articles = loadStory('asia-trip-2025').map((article) => ({
    ...article,
    source: `${article.id} news`,
  }));

  it('gives the same analysis with an empty ledger, each article saying it had no prior', () => {
    const plain = analyze(articles, { asOf: '2025-10-27' });
    const withLedger = analyze(articles, { asOf: '2025-10-27', ledger: createSourceLedger() });
    expect(withLedger.articles.map((report) => report.prior)).toEqual(
      articles.map((article) => ({ source: `${article.id} news`, trust: null, reliability: null })),
    );
    const withoutPriors = {
      ...withLedger,
      articles: withLedger.articles.map(({ prior: _prior, ...report }) => report),
    };
    expect(JSON.stringify(withoutPriors)).toBe(JSON.stringify(plain));
  });

  it('starts truth discovery from the track records and reports the prior each article used', () => {
    const ledger = createSourceLedger();
    for (let index = 0; index < 20; index++) {
      ledger.record(
        story([
          { id: `a${index}`, source: 'metro-wire news', corroborated: 6 },
          { id: `b${index}`, source: 'global-dispatch news', corroborated: 1, contradicted: 5 },
          { id: `c${index}`, source: 'harbor-ledger news', corroborated: 4, contradicted: 1 },
        ]),
        { story: `past-${index}` },
      );
    }
    const analysis = analyze(articles, { asOf: '2025-10-27', algorithm: 'voting', ledger });
    const prior = (id: string) => analysis.articles.find((report) => report.id === id)!.prior!;
    expect(prior('metro-wire').trust!).toBeGreaterThan(prior('harbor-ledger').trust!);
    expect(prior('harbor-ledger').trust!).toBeGreaterThan(prior('global-dispatch').trust!);
    expect(prior('capital-tribune')).toEqual({
      source: 'capital-tribune news',
      trust: null,
      reliability: null,
    });
    expect(analysis.outliers.map((outlier) => outlier.id)).toEqual(['global-dispatch']);
  });

  it('refuses a ledger that is not one', () => {
    expect(() => analyze(articles, { ledger: { priors: () => ({}) } as never })).toThrow(
      /options.ledger must be a source ledger/,
    );
    expect(() => createCorpus(articles, { ledger: {} as never })).toThrow(CorroborateError);
  });
});

describe('createCorpus with a source ledger', () => {
  const articles = loadStory('asia-trip-2025').map((article) => ({
    ...article,
    source: `${article.id} news`,
  }));
  const arrival = articles.find((article) => article.id === 'metro-wire')!;
  const held = articles.filter((article) => article !== arrival);

  it('scores exactly as without one when the ledger is empty, saying the article had no prior', () => {
    const plain = createCorpus(held, { asOf: '2025-10-27' }).score(arrival);
    const { prior, ...scored } = createCorpus(held, {
      asOf: '2025-10-27',
      ledger: createSourceLedger(),
    }).score(arrival);
    expect(prior).toEqual({ source: 'metro-wire news', trust: null, reliability: null });
    expect(JSON.stringify(scored)).toBe(JSON.stringify(plain));
    expect(plain).not.toHaveProperty('prior');
  });

  it('starts the corpus truth discovery from the track records, read at each score', () => {
    // Every outlet but global-dispatch agreed with the consensus a tenth of the time.
    const ledger = createSourceLedger();
    const corpus = createCorpus(held, { asOf: '2025-10-27', ledger });
    const before = corpus.score(arrival);
    for (let index = 0; index < 30; index++) {
      ledger.record(
        story(
          articles.map((article) => ({
            id: `${article.id}-${index}`,
            source: article.source,
            corroborated: article.id === 'global-dispatch' ? 6 : 1,
            contradicted: article.id === 'global-dispatch' ? 0 : 5,
          })),
        ),
        { story: `past-${index}` },
      );
    }
    const after = corpus.score(arrival);
    expect(after.prior!.trust!).toBeLessThan(1);
    expect(after.prior!.reliability).toBe(ledger.reliability('metro-wire news')!.reliability);
    // The outlet it usually disagrees with now weighs more: fewer of its claims are settled.
    expect(after.counts.corroborated).toBeLessThan(before.counts.corroborated);
    expect(after.counts).not.toEqual(before.counts);
    // The ledger is an option, not state: fromJSON takes it again; analyze() passes it on.
    const restored = Corpus.fromJSON(JSON.stringify(corpus), { ledger });
    expect(restored.score(arrival)).toEqual(after);
    expect(corpus.analyze().articles.every((report) => report.prior !== undefined)).toBe(true);
  });
});
