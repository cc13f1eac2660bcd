// The documented input ceilings (src/input/limits.ts) are enforced with LIMIT_EXCEEDED by every
// public entry that takes articles, before any expensive work, and values at the limit pass.
import { describe, expect, it } from 'vitest';
import { analyze } from '../src/analyze.js';
import { alignSentences } from '../src/api/align-sentences.js';
import { checkRoles, findStaleFigures } from '../src/api/find-stale-figures.js';
import {
  type ArticleInput,
  CorroborateError,
  MAX_ARTICLE_LENGTH,
  MAX_ARTICLES,
} from '../src/index.js';
import { MAX_FIELD_LENGTH } from '../src/input/limits.js';

function errorOf(action: () => unknown): CorroborateError | 'no error' {
  try {
    action();
  } catch (error) {
    if (error instanceof CorroborateError) return error;
    throw error;
  }
  return 'no error';
}

const LIST_ENTRIES: Record<string, (articles: ArticleInput[]) => unknown> = {
  analyze: (articles) => analyze(articles),
  alignSentences: (articles) => alignSentences(articles),
};
const ONE_ARTICLE_ENTRIES: Record<string, (article: ArticleInput) => unknown> = {
  ...LIST_ENTRIES,
  analyze: (article) => analyze([article]),
  alignSentences: (article) => alignSentences([article]),
  findStaleFigures: (article) => findStaleFigures(article, { asOf: '2025-10-27' }),
  checkRoles: (article) => checkRoles(article, { asOf: '2025-10-27' }),
};

describe(`at most MAX_ARTICLES (${MAX_ARTICLES}) articles per call`, () => {
  for (const [name, entry] of Object.entries(LIST_ENTRIES)) {
    it(`${name} refuses ${MAX_ARTICLES + 1} articles with LIMIT_EXCEEDED before reading them`, () => {
      // One shared object: the count must be refused before ids are checked for duplicates.
      const articles = new Array<ArticleInput>(MAX_ARTICLES + 1).fill({ id: 'same', text: 'x' });
      const error = errorOf(() => entry(articles));
      expect(error).not.toBe('no error');
      expect((error as CorroborateError).code).toBe('LIMIT_EXCEEDED');
      expect((error as CorroborateError).message).toContain(String(MAX_ARTICLES));
    });
  }
});

describe(`at most MAX_ARTICLE_LENGTH (${MAX_ARTICLE_LENGTH}) characters per article`, () => {
  const tooLong = 'a'.repeat(MAX_ARTICLE_LENGTH + 1);
  for (const [name, entry] of Object.entries(ONE_ARTICLE_ENTRIES)) {
    it(`${name} refuses a text one character over the limit with LIMIT_EXCEEDED naming the field`, () => {
      const error = errorOf(() => entry({ id: 'long', text: tooLong }));
      expect(error).not.toBe('no error');
      expect((error as CorroborateError).code).toBe('LIMIT_EXCEEDED');
      expect((error as CorroborateError).details).toMatchObject({ field: 'text', id: 'long' });
    });
  }
});

describe(`at most MAX_FIELD_LENGTH (${MAX_FIELD_LENGTH}) characters per id, source, title and url`, () => {
  for (const field of ['id', 'source', 'title', 'url'] as const) {
    for (const [name, entry] of Object.entries(ONE_ARTICLE_ENTRIES)) {
      it(`${name} refuses a ${field} one character over, and accepts one at the limit`, () => {
        const article = (length: number): ArticleInput => ({
          id: 'field',
          text: 'Merz met Macron in Berlin.',
          [field]: 'f'.repeat(length),
        });
        const over = errorOf(() => entry(article(MAX_FIELD_LENGTH + 1)));
        expect(over).not.toBe('no error');
        expect((over as CorroborateError).code).toBe('LIMIT_EXCEEDED');
        expect((over as CorroborateError).details).toMatchObject({ field });
        expect(errorOf(() => entry(article(MAX_FIELD_LENGTH)))).toBe('no error');
      });
    }
  }
});
