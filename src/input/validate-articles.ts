// The entry gate of the pipeline: every public function that takes articles runs them through here.
import { CorroborateError, describeType } from '../errors.js';
import { MAX_ARTICLE_LENGTH, MAX_ARTICLES, MAX_FIELD_LENGTH } from './limits.js';
import { type IsoDate, parseIsoDate } from './parse-date.js';

/**
 * One news article as the caller supplies it.
 *
 * @example
 * ```ts
 * const article: ArticleInput = { id: 'reuters-1', text: 'Trump heads to Asia…', source: 'Reuters' };
 * ```
 */
export interface ArticleInput {
  /** Unique, non-empty identifier; every result refers to the article by it. */
  id: string;
  /** The article body. Empty text is valid and yields no sentences. */
  text: string;
  /** Outlet or author the article came from; used to label it in reports. */
  source?: string;
  /** Headline. Not part of `text`: it is aligned only if you include it there. */
  title?: string;
  /** Where the article was found. Reported, never fetched. */
  url?: string;
  /**
   * Publication date (ISO 8601 string or `Date`). The article's reference date for
   * judging who held an office; when absent, the date is inferred.
   */
  publishedAt?: string | Date;
}

/** An article after validation: a fresh object, never the caller's. */
export interface NormalizedArticle {
  id: string;
  text: string;
  source: string | undefined;
  title: string | undefined;
  url: string | undefined;
  /** `publishedAt` as `YYYY-MM-DD`, when given. */
  publishedAt: IsoDate | undefined;
  /** Position in the caller's array (for error messages only; results never depend on it). */
  inputIndex: number;
}

/**
 * Checks and copies one article. Throws `INVALID_ARTICLE` naming the article
 * and the field to fix; `LIMIT_EXCEEDED` beyond the documented limits.
 */
export function validateArticle(value: unknown, inputIndex = 0): NormalizedArticle {
  const where = `articles[${inputIndex}]`;
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new CorroborateError(
      'INVALID_ARTICLE',
      `${where} must be an object like { id: "a1", text: "…" }, but it is ${describeType(value)}.`,
      { index: inputIndex },
    );
  }
  const record = value as Record<string, unknown>;
  const id = record.id;
  if (typeof id !== 'string' || id.trim() === '') {
    throw new CorroborateError(
      'INVALID_ARTICLE',
      `${where}.id must be a non-empty string, but it is ${typeof id === 'string' ? 'empty' : describeType(id)}.`,
      { index: inputIndex, field: 'id' },
    );
  }
  const label = `${where} (id ${JSON.stringify(truncate(id))})`;
  if (id.length > MAX_FIELD_LENGTH) {
    throw new CorroborateError(
      'LIMIT_EXCEEDED',
      `${where}.id is ${id.length} characters long; ids may be at most ${MAX_FIELD_LENGTH}.`,
      { index: inputIndex, field: 'id' },
    );
  }
  const text = record.text;
  if (typeof text !== 'string') {
    throw new CorroborateError(
      'INVALID_ARTICLE',
      `${label}.text must be a string, but it is ${describeType(text)}.`,
      { index: inputIndex, id, field: 'text' },
    );
  }
  if (text.length > MAX_ARTICLE_LENGTH) {
    throw new CorroborateError(
      'LIMIT_EXCEEDED',
      `${label}.text is ${text.length} characters long; the limit is ${MAX_ARTICLE_LENGTH}. Split the article or trim it.`,
      { index: inputIndex, id, field: 'text' },
    );
  }
  const source = optionalString(record, 'source', label, inputIndex, id);
  const title = optionalString(record, 'title', label, inputIndex, id);
  const url = optionalString(record, 'url', label, inputIndex, id);
  let publishedAt: IsoDate | undefined;
  if (record.publishedAt !== undefined && record.publishedAt !== null) {
    publishedAt = parseIsoDate(record.publishedAt, `${label}.publishedAt`, {
      index: inputIndex,
      id,
      field: 'publishedAt',
    });
  }
  return { id, text, source, title, url, publishedAt, inputIndex };
}

/**
 * Validates an article list: an array, non-empty unless `allowEmpty`, each
 * article valid, ids unique. Returns fresh objects sorted by id so that every
 * later stage is independent of the caller's order.
 */
export function validateArticles(
  value: unknown,
  { allowEmpty = false }: { allowEmpty?: boolean } = {},
): NormalizedArticle[] {
  if (!Array.isArray(value)) {
    throw new CorroborateError(
      'INVALID_ARTICLES',
      `articles must be an array of { id, text } objects, but it is ${describeType(value)}.`,
      { field: 'articles', expected: 'array', received: describeType(value) },
    );
  }
  if (value.length === 0 && !allowEmpty) {
    throw new CorroborateError('NO_ARTICLES', 'articles is empty; pass at least one article.', {
      field: 'articles',
      received: 0,
    });
  }
  if (value.length > MAX_ARTICLES) {
    throw new CorroborateError(
      'LIMIT_EXCEEDED',
      `articles has ${value.length} entries; one call accepts at most ${MAX_ARTICLES}.`,
      { field: 'articles', limit: MAX_ARTICLES, received: value.length },
    );
  }
  const seen = new Map<string, number>();
  const articles: NormalizedArticle[] = [];
  for (let index = 0; index < value.length; index++) {
    const article = validateArticle(value[index], index);
    const earlier = seen.get(article.id);
    if (earlier !== undefined) {
      throw new CorroborateError(
        'DUPLICATE_ID',
        `articles[${earlier}] and articles[${index}] share the id ${JSON.stringify(truncate(article.id))}; ids must be unique.`,
        { id: article.id, indexes: [earlier, index] },
      );
    }
    seen.set(article.id, index);
    articles.push(article);
  }
  return articles.sort((a, b) => compareIds(a.id, b.id));
}

/** Code-unit order: stable across locales, unlike `localeCompare`. */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function optionalString(
  record: Record<string, unknown>,
  field: string,
  label: string,
  index: number,
  id: string,
): string | undefined {
  const value = record[field];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') {
    throw new CorroborateError(
      'INVALID_ARTICLE',
      `${label}.${field} must be a string when given, but it is ${describeType(value)}.`,
      { index, id, field },
    );
  }
  if (value.length > MAX_FIELD_LENGTH) {
    throw new CorroborateError(
      'LIMIT_EXCEEDED',
      `${label}.${field} is ${value.length} characters long; the limit is ${MAX_FIELD_LENGTH}.`,
      { index, id, field },
    );
  }
  return value;
}

function truncate(value: string): string {
  return value.length > 60 ? `${value.slice(0, 60)}…` : value;
}
