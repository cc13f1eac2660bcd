// Small helpers for tests of hostile input: which error code an action throws, frozen inputs.
import { CorroborateError } from '../../src/errors.js';

/** The `CorroborateError` code `action` throws, or 'no error'; any other error is rethrown. */
export function codeOf(action: () => unknown): string {
  try {
    action();
  } catch (error) {
    if (error instanceof CorroborateError) return error.code;
    throw error;
  }
  return 'no error';
}

/** The `CorroborateError` `run` throws (any other error is rethrown); fails when it throws none. */
export function thrown(run: () => unknown): CorroborateError {
  try {
    run();
  } catch (error) {
    if (CorroborateError.is(error)) return error;
    throw error;
  }
  throw new Error('expected a CorroborateError');
}

/** Freezes a value and everything reachable from it (own string and symbol keys). */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Reflect.ownKeys(value))
      deepFreeze((value as Record<PropertyKey, unknown>)[key]);
  }
  return value;
}
