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
  | 'INVALID_FILE'
  /**
   * The call was cancelled through `options.signal` (an `AbortSignal`); `details.stage` is the
   * stage that was running (`'start'` when the signal was aborted before the call).
   */
  | 'ABORTED'
  /**
   * `analyzeAsync`'s worker thread stopped before it answered (it ran out of memory, was
   * terminated from outside, or failed inside); `details.cause` says what the thread reported,
   * `details.exitCode` how it exited. The same call with the synchronous `analyze` shows
   * whether the input or the thread is at fault.
   */
  | 'WORKER_FAILED';

/**
 * Where the problem is, as plain JSON: `field` (the option key or article field, e.g.
 * `'publishedAt'`, `'options.threshold'`), `index` (article or record index), `id`, `value`
 * (a short safe rendering of the bad value), `expected`, `suggestion` (nearest valid option
 * key), `limit`. Every error carries at least `field` or `index`.
 */
export type CorroborateErrorDetails = Readonly<Record<string, unknown>>;

// A registry-wide symbol, so the ESM build, the CJS build and any second copy of corroborate
// in one process all recognise each other's errors.
const CORROBORATE_ERROR_BRAND = Symbol.for('corroborate.CorroborateError');

/**
 * The one error type corroborate throws for bad input. `code` is stable and
 * safe to branch on; `message` says what to fix; `details` names the offending
 * value's location (article index, id, field, record) where there is one.
 *
 * One identity across builds: the ESM and CJS builds are separate files, so each has its own
 * class object. Errors carry a `Symbol.for('corroborate.CorroborateError')` brand, and both
 * `instanceof CorroborateError` and {@link CorroborateError.is} check the brand, so an error
 * thrown by the CJS build is recognised by code that imported the ESM build and vice versa.
 *
 * @example
 * ```ts
 * try { analyze(articles) } catch (error) {
 *   if (CorroborateError.is(error) && error.code === 'DUPLICATE_ID') …
 * }
 * ```
 */
export class CorroborateError extends Error {
  /** Stable machine-readable reason. */
  readonly code: CorroborateErrorCode;
  /** Where the problem is: article index, id, field, record number. Plain JSON. */
  readonly details: CorroborateErrorDetails;

  /**
   * @param details - Required: where the problem is (`field`, `index`, `id`, …), so a program
   * can point at it without parsing `message`.
   */
  constructor(code: CorroborateErrorCode, message: string, details: Record<string, unknown>) {
    super(message);
    this.name = 'CorroborateError';
    this.code = code;
    this.details = Object.freeze({ ...details });
    Object.defineProperty(this, CORROBORATE_ERROR_BRAND, { value: true });
  }

  /**
   * Whether `value` is a corroborate error from any build or copy of the package (ESM, CJS,
   * a second installed version). Prefer it to `instanceof` in code that may see both builds.
   */
  static is(value: unknown): value is CorroborateError {
    return (
      typeof value === 'object' &&
      value !== null &&
      (value as Record<symbol, unknown>)[CORROBORATE_ERROR_BRAND] === true
    );
  }

  /** `instanceof CorroborateError` checks the shared brand (see {@link CorroborateError.is}). */
  static override [Symbol.hasInstance](value: unknown): boolean {
    return CorroborateError.is(value);
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
