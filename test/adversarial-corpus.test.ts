// Hostile input to the incremental corpus: ids with NUL and prototype names, any insertion
// order, add/remove round trips, serialised state that is not a corpus, frozen input, limits.
import { describe, expect, it } from 'vitest';
import { Corpus, createCorpus } from '../src/corpus.js';
import { type ArticleInput, MAX_ARTICLES } from '../src/index.js';
import { codeOf, deepFreeze } from './helpers/guards.js';

const AS_OF = '2025-10-27';
// Written for these tests: three agreeing reports and one stale one.
const ARTICLES: ArticleInput[] = [
  {
    id: 'north',
    text: 'German Chancellor Friedrich Merz met French President Emmanuel Macron in Berlin on Monday. The two leaders discussed energy prices for three hours.',
  },
  {
    id: 'south',
    text: 'Chancellor Friedrich Merz hosted Emmanuel Macron in Berlin on Monday. They spoke about energy prices for three hours.',
  },
  {
    id: 'east',
    text: 'Friedrich Merz, the German chancellor, welcomed President Emmanuel Macron to Berlin on Monday. Energy prices dominated three hours of talks.',
  },
];
const NEW: ArticleInput = {
  id: 'new',
  text: 'German Chancellor Olaf Scholz met French President Emmanuel Macron in Paris on Monday. The two leaders discussed energy prices for three hours.',
};

describe('corpus ids', () => {
  // BUG (corpus.ts, #match): sentence references are `${id}\u0000${index}` and are split on the
  // first NUL, so an id containing NUL (valid input: any non-empty string) resolves to the wrong
  // article and score() throws a bare TypeError. Found by `npx tsx fuzz/run.ts --seed 3`.
  it('scores against an article whose id contains a NUL character', () => {
    const text = 'Trump met Xi Jinping in Busan on Thursday for talks on tariffs.';
    const corpus = createCorpus([
      { id: 'x\u0000y', text },
      { id: 'z', text: 'Markets rose.' },
    ]);
    const result = corpus.score({ id: 'b', text });
    expect(result.supportingArticles).toContain('x\u0000y');
  });

  it('keeps prototype-named ids apart and pollutes no prototype', () => {
    const ids = ['__proto__', 'constructor', 'toString'];
    const corpus = createCorpus(
      ARTICLES.map((article, index) => ({ ...article, id: ids[index]! })),
      { asOf: AS_OF },
    );
    expect(corpus.ids()).toEqual([...ids].sort());
    expect(corpus.has('__proto__')).toBe(true);
    expect(corpus.has('hasOwnProperty')).toBe(false);
    const result = corpus.score(NEW);
    expect(result.staleFigures.map((figure) => figure.person)).toEqual(['Olaf Scholz']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('corpus order and round trips', () => {
  it('scores the same whatever order the articles were added in', () => {
    const forward = createCorpus(ARTICLES, { asOf: AS_OF });
    const backward = createCorpus([...ARTICLES].reverse(), { asOf: AS_OF });
    const oneByOne = createCorpus([], { asOf: AS_OF });
    for (const article of [ARTICLES[1]!, ARTICLES[2]!, ARTICLES[0]!]) oneByOne.add(article);
    expect(backward.score(NEW)).toEqual(forward.score(NEW));
    expect(oneByOne.score(NEW)).toEqual(forward.score(NEW));
  });

  it('adding then removing an article leaves every score as it was', () => {
    const corpus = createCorpus(ARTICLES, { asOf: AS_OF });
    const before = corpus.score(NEW);
    corpus.add({
      id: 'extra',
      text: 'Merz and Macron met in Berlin on Monday to talk about energy.',
    });
    expect(corpus.remove('extra')).toBe(true);
    expect(corpus.score(NEW)).toEqual(before);
    expect(corpus.remove('extra')).toBe(false);
  });

  it('survives toJSON / fromJSON (object and text) with the same scores', () => {
    const corpus = createCorpus(ARTICLES, { asOf: AS_OF });
    const json = corpus.toJSON();
    expect(Corpus.fromJSON(json).score(NEW)).toEqual(corpus.score(NEW));
    expect(Corpus.fromJSON(JSON.stringify(json)).score(NEW)).toEqual(corpus.score(NEW));
  });

  it('accepts deeply frozen articles and options and never mutates them', () => {
    const articles = structuredClone(ARTICLES);
    const options = { asOf: AS_OF };
    const snapshot = structuredClone({ articles, options, NEW });
    const frozen = deepFreeze({ articles, options, article: structuredClone(NEW) });
    const corpus = createCorpus(frozen.articles, frozen.options);
    corpus.score(frozen.article);
    corpus.add(frozen.article);
    expect({ articles, options, NEW }).toEqual(snapshot);
  });
});

describe('corpus state that is not a corpus', () => {
  const STATES: Record<string, unknown> = {
    null: null,
    number: 5,
    'empty object': {},
    'wrong format': { format: 'other', version: 1, articles: [] },
    'version 0': { format: 'corroborate-corpus', version: 0, articles: [] },
    'future version': { format: 'corroborate-corpus', version: 99, articles: [] },
    'version as text': { format: 'corroborate-corpus', version: '1', articles: [] },
    'articles not an array': { format: 'corroborate-corpus', version: 1, articles: {} },
    'invalid JSON text': '{"format": "corroborate-corpus", ',
    'JSON text of an array': '[]',
  };
  for (const [name, state] of Object.entries(STATES)) {
    it(`refuses ${name} with INVALID_STATE`, () => {
      expect(codeOf(() => Corpus.fromJSON(state))).toBe('INVALID_STATE');
    });
  }

  it('refuses bad articles and options inside a state with a CorroborateError', () => {
    const base = { format: 'corroborate-corpus', version: 1 };
    expect(codeOf(() => Corpus.fromJSON({ ...base, articles: [{ id: 5, text: 'x' }] }))).not.toBe(
      'no error',
    );
    expect(
      codeOf(() => Corpus.fromJSON({ ...base, articles: [], options: { asOf: '2025-02-30' } })),
    ).not.toBe('no error');
    expect(
      codeOf(() =>
        Corpus.fromJSON(
          JSON.parse(
            '{"format":"corroborate-corpus","version":1,"articles":[],"options":{"__proto__":{"polluted":1}}}',
          ),
        ),
      ),
    ).toBe('no error');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('corpus limits', () => {
  it('refuses more than MAX_ARTICLES articles up front, like analyze', () => {
    // One shared object: a corpus that reads before counting reports DUPLICATE_ID instead.
    const articles = new Array<ArticleInput>(MAX_ARTICLES + 1).fill({ id: 'same', text: 'x' });
    expect(codeOf(() => createCorpus(articles))).toBe('LIMIT_EXCEEDED');
  });

  it('refuses an oversized article in add and score with LIMIT_EXCEEDED', () => {
    const corpus = createCorpus(ARTICLES);
    const huge = { id: 'huge', text: 'a'.repeat(16 * 1024 * 1024 + 1) };
    expect(codeOf(() => corpus.add(huge))).toBe('LIMIT_EXCEEDED');
    expect(codeOf(() => corpus.score(huge))).toBe('LIMIT_EXCEEDED');
    expect(corpus.size).toBe(3);
  });
});
