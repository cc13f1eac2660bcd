// The one check of the sentences argument that every extractor takes.
import { CorroborateError, describeType } from '../errors.js';
import type { SentenceSpan } from './types.js';

/**
 * Validates the sentences argument every extractor takes: an array of `{ text, start, end }`
 * spans with integer offsets, `start >= 0` and `end - start === text.length`, as
 * `splitSentences` returns them. The one rule for every extractor.
 *
 * @throws {CorroborateError} `INVALID_ARTICLE`, naming `fn` and the first bad entry.
 */
export function assertSentences(
  sentences: unknown,
  fn: string,
): asserts sentences is SentenceSpan[] {
  if (!Array.isArray(sentences)) {
    throw new CorroborateError(
      'INVALID_ARTICLE',
      `${fn}: sentences must be an array of { text, start, end } spans (as splitSentences returns them), but it is ${describeType(sentences)}.`,
      { field: 'sentences' },
    );
  }
  sentences.forEach((sentence: unknown, index) => {
    const record = sentence as Partial<SentenceSpan> | null;
    const valid =
      record !== null &&
      typeof record === 'object' &&
      typeof record.text === 'string' &&
      Number.isInteger(record.start) &&
      Number.isInteger(record.end) &&
      (record.start as number) >= 0 &&
      (record.end as number) - (record.start as number) === record.text.length;
    if (!valid) {
      throw new CorroborateError(
        'INVALID_ARTICLE',
        `${fn}: sentences[${index}] must be { text, start, end } with integer offsets and end - start === text.length, as the sentence splitter returns.`,
        { field: 'sentences', index },
      );
    }
  });
}
