// The one canonical order of names and values, so every result is the same whatever order claims arrive in.

/** A claimed value: a label (categorical) or a finite number. */
export type TruthValue = string | number;

/** Orders strings by UTF-16 code units (locale-independent, so results never depend on the machine). */
export function compareCodeUnits(a: string, b: string): number {
  if (a < b) return -1;
  return a > b ? 1 : 0;
}

/** Orders values: numbers before strings, numbers ascending, strings by code units. */
export function compareValues(a: TruthValue, b: TruthValue): number {
  if (typeof a === 'number') {
    if (typeof b === 'number') return a - b;
    return -1;
  }
  if (typeof b === 'number') return 1;
  return compareCodeUnits(a, b);
}

/** A key that tells `1` from `"1"`: numbers and strings are different values. */
export function valueKey(value: TruthValue): string {
  return typeof value === 'number' ? `n:${value}` : `s:${value}`;
}
