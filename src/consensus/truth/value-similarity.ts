// How much one claimed value supports another, for TruthFinder's implication term.
import type { TruthValue } from './value-order.js';

/**
 * Similarity of two distinct values in [0, 1]. TruthFinder turns it into an
 * implication `similarity − baseSimilarity`: above the base a value supports
 * the other, below it the two conflict.
 */
export type ValueSimilarity = (a: TruthValue, b: TruthValue) => number;

/**
 * Relative closeness of two numbers: 1 − |a − b| / max(|a|, |b|), floored at 0.
 * Why: news figures are mostly amounts counted from zero (crowds, casualties,
 * dollars), where 1,000 and 1,010 are near-agreement and 1,000 and 400 are not,
 * whatever the unit; with the default base of 0.5, numbers within a factor of
 * two support each other and numbers further apart conflict. It suits interval
 * scales such as °C poorly (20 and 35 count as close): pass a `valueSimilarity`
 * for those.
 */
export function numericCloseness(a: number, b: number): number {
  const scale = Math.max(Math.abs(a), Math.abs(b));
  if (scale === 0) return 1;
  return Math.max(0, 1 - Math.abs(a - b) / scale);
}

/**
 * TruthFinder's default similarity: {@link numericCloseness} for two numbers;
 * 0 for anything else, because two different labels (or a label and a number)
 * say different things.
 */
export function defaultValueSimilarity(a: TruthValue, b: TruthValue): number {
  if (typeof a === 'number' && typeof b === 'number') return numericCloseness(a, b);
  return 0;
}
