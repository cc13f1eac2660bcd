/**
 * Stable machine-readable codes carried by every {@link CorroborateError}.
 * Codes never change meaning between releases; new ones may be added.
 */
export type CorroborateErrorCode =
  /** The articles argument is not an array. */
  | 'INVALID_ARTICLES'
  /** The articles array is empty where at least one article is needed. */
  | 'NO_ARTICLES'
  /** One article is not an object or has a field of the wrong type. */
  | 'INVALID_ARTICLE'
  /** Two articles share an `id`. */
  | 'DUPLICATE_ID'
  /** A date (`asOf`, `publishedAt`, a knowledge record date) is not a real calendar date. */
  | 'INVALID_DATE'
  /** An option has the wrong type or an out-of-range value. */
  | 'INVALID_OPTION'
  /** A knowledge-base record is malformed or contradicts another. */
  | 'INVALID_KNOWLEDGE'
  /** A truth-discovery claim is malformed. */
  | 'INVALID_CLAIM'
  /** Serialized state (a corpus JSON) is malformed or from an unsupported version. */
  | 'INVALID_STATE'
  /** An input exceeds a documented limit (articles per call, bytes per article). */
  | 'LIMIT_EXCEEDED'
  /** The CLI could not read or parse an input file. */
  | 'INVALID_FILE';

/**
 * The one error type corroborate throws for bad input. `code` is stable and
 * safe to branch on; `message` says what to fix; `details` names the offending
 * value's location (article index, id, field, record) where there is one.
 *
 * @example
 * ```ts
 * try { analyze(articles) } catch (error) {
 *   if (error instanceof CorroborateError && error.code === 'DUPLICATE_ID') …
 * }
 * ```
 */
export class CorroborateError extends Error {
  /** Stable machine-readable reason. */
  readonly code: CorroborateErrorCode;
  /** Where the problem is: article index, id, field, record number. Plain JSON. */
  readonly details: Readonly<Record<string, unknown>>;

  constructor(code: CorroborateErrorCode, message: string, details: Record<string, unknown> = {}) {
    super(message);
    this.name = 'CorroborateError';
    this.code = code;
    this.details = Object.freeze({ ...details });
  }
}

/** A short, safe description of a value's type for error messages (never the value itself). */
export function describeType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  const type = typeof value;
  if (type === 'object') return 'an object';
  if (type === 'undefined') return 'undefined';
  return `a ${type}`;
}
