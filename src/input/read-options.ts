// The one reader of every options object: checks it is a plain object and that every key is
// known, so a misspelt key in JavaScript ({ algoritm: 'crh' }) fails loudly instead of being
// silently ignored.
import { CorroborateError, describeType } from '../errors.js';
import type { Progress } from '../progress.js';

/** Longest unknown key quoted in a message; longer keys are cut (the message stays short). */
const MAX_QUOTED_KEY_LENGTH = 40;

/**
 * Checks `options` and returns it as a record. `undefined` is `{}`; anything but a plain
 * object (null, an array, a primitive) is `INVALID_OPTION`, and so is any own key not in
 * `validKeys`, whose message names the nearest valid key.
 *
 * @param where - How the message names the object, e.g. `options` or `options.alignment`.
 * @param caller - The public function whose options these are, e.g. `analyze`.
 */
export function readOptions(
  options: unknown,
  validKeys: readonly string[],
  where: string,
  caller: string,
): Record<string, unknown> {
  if (options === undefined) return {};
  if (options === null || typeof options !== 'object' || Array.isArray(options)) {
    throw new CorroborateError(
      'INVALID_OPTION',
      `${caller}: ${where} must be an object with the keys ${validKeys.join(', ')}, but it is ${describeType(options)}.`,
      { field: where, expected: 'object', received: describeType(options), valid: [...validKeys] },
    );
  }
  for (const key of Object.keys(options)) {
    if (validKeys.includes(key)) continue;
    const suggestion = nearestKey(key, validKeys);
    const shown =
      key.length > MAX_QUOTED_KEY_LENGTH ? `${key.slice(0, MAX_QUOTED_KEY_LENGTH)}…` : key;
    throw new CorroborateError(
      'INVALID_OPTION',
      `${caller}: ${where}.${shown} is not an option${suggestion === undefined ? '' : `; did you mean ${where}.${suggestion}?`} Valid keys: ${validKeys.join(', ')}.`,
      {
        field: `${where}.${shown}`,
        suggestion: suggestion ?? null,
        valid: [...validKeys],
      },
    );
  }
  return options as Record<string, unknown>;
}

/**
 * The valid key nearest to `key` by case-insensitive edit distance (ties: the first in
 * `validKeys`), or undefined when there are none. Only the first {@link MAX_QUOTED_KEY_LENGTH}
 * characters count, so a huge key costs no more than a short one.
 */
export function nearestKey(key: string, validKeys: readonly string[]): string | undefined {
  const probe = key.slice(0, MAX_QUOTED_KEY_LENGTH).toLowerCase();
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const candidate of validKeys) {
    const distance = editDistance(probe, candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

/** Levenshtein distance with adjacent transpositions (optimal string alignment). */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const columns = b.length + 1;
  const table: number[] = new Array(rows * columns).fill(0);
  for (let i = 0; i < rows; i++) table[i * columns] = i;
  for (let j = 0; j < columns; j++) table[j] = j;
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < columns; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(
        (table[(i - 1) * columns + j] as number) + 1,
        (table[i * columns + j - 1] as number) + 1,
        (table[(i - 1) * columns + j - 1] as number) + cost,
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, (table[(i - 2) * columns + j - 2] as number) + 1);
      }
      table[i * columns + j] = value;
    }
  }
  return table[rows * columns - 1] as number;
}

/**
 * Reads `onProgress` and `signal` off an options record (see `ProgressOptions`): `onProgress`
 * must be a function and `signal` an `AbortSignal`, else `INVALID_OPTION` naming the field.
 */
export function readProgressOptions(
  record: Record<string, unknown>,
  caller: string,
): { onProgress: ((progress: Progress) => void) | undefined; signal: AbortSignal | undefined } {
  const { onProgress, signal } = record;
  if (onProgress !== undefined && typeof onProgress !== 'function') {
    throw new CorroborateError(
      'INVALID_OPTION',
      `${caller}: options.onProgress must be a function ({ stage, done, total }) => void, but it is ${describeType(onProgress)}.`,
      { field: 'options.onProgress', expected: 'function', received: describeType(onProgress) },
    );
  }
  if (signal !== undefined && !(signal instanceof AbortSignal)) {
    throw new CorroborateError(
      'INVALID_OPTION',
      `${caller}: options.signal must be an AbortSignal (new AbortController().signal), but it is ${describeType(signal)}.`,
      { field: 'options.signal', expected: 'AbortSignal', received: describeType(signal) },
    );
  }
  return {
    onProgress: onProgress as ((progress: Progress) => void) | undefined,
    signal: signal as AbortSignal | undefined,
  };
}
