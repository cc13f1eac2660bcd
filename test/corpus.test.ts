// The incremental corpus: score a new article without adding it, add/remove, JSON round trip.
import { describe, expect, it } from 'vitest';
import { Corpus, createCorpus, splitSentences } from '../src/index.js';
import { loadStory } from './helpers/fixtures.js';

const asia = loadStory('asia-trip-2025');
const staleId = 'global-dispatch';
const stale = asia.find((article) => article.id === staleId)!;
const consistent = asia.filter((article) => article.id !== staleId);

describe('Corpus.score', () => {
  const corpus = createCorpus(consistent, { asOf: '2025-10-26' });

  it('reports the stale article’s figures, contradictions and the articles against it', () => {
    const result = corpus.score(stale);
    expect(result.staleFigures.map((figure) => figure.person).sort()).toEqual([
      'Fumio Kishida',
      'Jens Stoltenberg',
      'Olaf Scholz',
      'Yoon Suk Yeol',
    ]);
    expect(result.contradictions.length).toBeGreaterThan(0);
    expect(result.contradictingArticles.length).toBeGreaterThanOrEqual(2);
    expect(result.score).toBeLessThan(corpus.score(consistent[0]!).score);
  });

  it('finds support and no contradiction for a consistent article', () => {
    const [first, ...rest] = consistent;
    const others = createCorpus(rest, { asOf: '2025-10-26' });
    const result = others.score(first!);
    expect(result.staleFigures).toEqual([]);
    expect(result.contradictions).toEqual([]);
    expect(result.supportingArticles.length).toBeGreaterThanOrEqual(2);
    // Every sentence of the scored article is accounted for, in order.
    expect(result.matches.map((match) => match.text)).toEqual(
      splitSentences(first!.text).map((sentence) => sentence.text),
    );
  });

  it('does not add the scored article', () => {
    const before = corpus.ids();
    corpus.score(stale);
    expect(corpus.ids()).toEqual(before);
  });
});

describe('Corpus person names', () => {
  // A corpus extracts each article on its own, so "President Biden" in one article is not
  // resolved to "Joe Biden" at extraction; scoring resolves names across the corpus and the
  // new article first, as analyze resolves them across a cluster.
  const full = {
    id: 'full',
    text: 'Leaders meet in Apulia. U.S. President Joe Biden inked the pact with Ukraine on Thursday.',
  };
  const short = {
    id: 'short',
    text: 'Leaders meet in Apulia. President Biden signed the agreement with Ukraine on Thursday.',
  };
  const spelledOut = {
    id: 'short',
    text: 'Leaders meet in Apulia. President Joe Biden signed the agreement with Ukraine on Thursday.',
  };
  const scoreOf = (corpus: Corpus, article: typeof full) =>
    corpus.score(article).matches.find((match) => match.text.includes('Biden'))!.matches[0]!.score;

  it('compares a surname-only sentence as if it named the person in full', () => {
    expect(scoreOf(new Corpus([full]), short)).toBe(scoreOf(new Corpus([full]), spelledOut));
  });

  it('keeps two people who share a surname apart', () => {
    const other = {
      id: 'other',
      text: 'Leaders meet in Apulia. President Hunter Biden signed the agreement with Ukraine on Thursday.',
    };
    expect(scoreOf(new Corpus([other]), spelledOut)).toBeLessThan(
      scoreOf(new Corpus([spelledOut]), { ...spelledOut, id: 'again' }),
    );
    // With two Bidens in the corpus, "President Biden" fits neither alone and stays unresolved.
    const both = new Corpus([full, other]);
    expect(scoreOf(both, short)).toBeLessThan(scoreOf(new Corpus([full]), short));
  });
});

describe('Corpus state', () => {
  it('adds and removes articles, refusing a taken id', () => {
    const corpus = createCorpus();
    corpus.add(asia[0]!).add(asia[1]!);
    expect(corpus.size).toBe(2);
    expect(() => corpus.add(asia[0]!)).toThrow(expect.objectContaining({ code: 'DUPLICATE_ID' }));
    expect(corpus.remove(asia[0]!.id)).toBe(true);
    expect(corpus.remove(asia[0]!.id)).toBe(false);
    expect(corpus.ids()).toEqual([asia[1]!.id]);
  });

  it('gives the same score after remove and re-add (no stale index entries)', () => {
    const corpus = createCorpus(consistent);
    const before = corpus.score(stale);
    corpus.remove(consistent[0]!.id);
    corpus.add(consistent[0]!);
    expect(corpus.score(stale)).toEqual(before);
  });

  it('round-trips through JSON to an identical analysis', () => {
    const corpus = createCorpus(asia, { asOf: '2025-10-26' });
    const restored = Corpus.fromJSON(JSON.parse(JSON.stringify(corpus)));
    expect(restored.ids()).toEqual(corpus.ids());
    expect(restored.analyze()).toEqual(corpus.analyze());
  });

  it('refuses a future format version and foreign JSON with INVALID_STATE', () => {
    const json = createCorpus(asia.slice(0, 1)).toJSON();
    expect(() => Corpus.fromJSON({ ...json, version: 99 })).toThrow(
      expect.objectContaining({
        code: 'INVALID_STATE',
        message: expect.stringMatching(/newer corroborate/),
      }),
    );
    expect(() => Corpus.fromJSON({ hello: 'world' })).toThrow(
      expect.objectContaining({ code: 'INVALID_STATE' }),
    );
    expect(() => Corpus.fromJSON('{not json')).toThrow(
      expect.objectContaining({ code: 'INVALID_STATE' }),
    );
  });

  it('refuses to analyse an empty corpus', () => {
    expect(() => createCorpus().analyze()).toThrow(
      expect.objectContaining({ code: 'NO_ARTICLES' }),
    );
  });
});
