// The figure at a token (a number that is a figure, with its unit), combined with a second one into
// a range ("10% to 40%") or a change ("from 27.5% to 15%"). Every look-around is bounded.
import type { Token } from '../../text/tokenize.js';
import { isNotAFigure } from './not-figures.js';
import { type Figure, isRangeDash, numberAt, QUALIFIERS, withUnit } from './numbers.js';

/** The figure starting at token `index`: a number with its sign, currency, scale, qualifier and unit. */
export function figureAt(tokens: readonly Token[], index: number, used: Uint8Array): Figure | null {
  const parsed = numberAt(tokens, index);
  if (parsed === null) return null;
  if (isNotAFigure(tokens, parsed)) return null;
  for (let cursor = parsed.first; cursor < parsed.last; cursor++) {
    if (used[cursor] === 1) return null;
  }
  return withUnit(tokens, parsed);
}

/** A figure combined with a second one into a range or a change, and where to look for its subject. */
export interface CombinedFigure {
  figure: Figure;
  /** Token after the whole expression. */
  last: number;
  /** Token before which the backward subject search starts (before "from", "between", qualifiers). */
  subjectSearchStart: number;
  /** Tokens [textFirst, last) are the written text (without "from"/"between" and the first qualifier). */
  textFirst: number;
  change?: { from: number; to: number };
  range?: [number, number];
}

/** Index after a qualifier phrase starting at `index` ("to as much as 40%"), or `index` itself. */
function skipQualifier(tokens: readonly Token[], index: number): number {
  for (const qualifier of QUALIFIERS) {
    const length = qualifier.words.length;
    let matches = true;
    for (let offset = 0; offset < length && matches; offset++) {
      matches = tokens[index + offset]?.norm === qualifier.words[offset];
    }
    if (matches) return index + length;
  }
  return index;
}

/**
 * "from 27.5% to 15%" and "to 15% from 27.5%" (changes); "10% to 40%", "between 10 and 15
 * percent", "2-3%", "ranging from 10% to 40%" (ranges). The two ends must share a unit; a bare
 * first end borrows the second's unit, scale and currency ("10-15 billion dollars").
 */
export function combineRangeOrChange(
  tokens: readonly Token[],
  figure: Figure,
  used: Uint8Array,
): CombinedFigure {
  const single: CombinedFigure = {
    figure,
    last: figure.last,
    subjectSearchStart: figure.qualifierFirst,
    textFirst: figure.first,
  };
  const joiner = tokens[figure.last];
  if (joiner === undefined) return single;
  const before = tokens[figure.qualifierFirst - 1];
  const isTo = joiner.norm === 'to';
  const isAnd = joiner.norm === 'and' && before?.norm === 'between';
  const isDash = isRangeDash(joiner);
  const isReverseChange = joiner.norm === 'from' && before?.norm === 'to';
  if (!isTo && !isAnd && !isDash && !isReverseChange) return single;
  const secondStart = skipQualifier(tokens, figure.last + 1);
  if (secondStart >= tokens.length || used[secondStart] === 1) return single;
  const second = figureAt(tokens, secondStart, used);
  if (second === null || second.first !== secondStart) return single;
  const ends = unifyEnds(figure, second);
  if (ends === null) return single;
  const [first, last] = ends;
  const combined: CombinedFigure = {
    figure: {
      ...last,
      approximate: first.approximate || last.approximate,
      qualifierFirst: figure.qualifierFirst,
      precision: Math.min(first.precision, last.precision),
    },
    last: second.last,
    subjectSearchStart: figure.qualifierFirst,
    textFirst: figure.first,
  };
  if (first.bound !== undefined) combined.figure.bound = first.bound;
  else delete combined.figure.bound;
  const ranging = isRangingWord(tokens[figure.qualifierFirst - 2]);
  if (isReverseChange) {
    // "to 15% from 27.5%": the figure written first is the new value.
    combined.change = { from: last.value, to: first.value };
    combined.figure.value = first.value;
    combined.subjectSearchStart = figure.qualifierFirst - 1;
    return combined;
  }
  if (isTo && before?.norm === 'from' && !ranging) {
    combined.change = { from: first.value, to: last.value };
    combined.subjectSearchStart = figure.qualifierFirst - 1;
    return combined;
  }
  const low = Math.min(first.value, last.value);
  const high = Math.max(first.value, last.value);
  combined.range = [low, high];
  combined.figure.value = low;
  if (isAnd || before?.norm === 'from') {
    combined.subjectSearchStart = figure.qualifierFirst - (ranging ? 2 : 1);
  }
  return combined;
}

function isRangingWord(token: Token | undefined): boolean {
  return (
    token !== undefined &&
    (token.norm === 'ranging' || token.norm === 'range' || token.norm === 'ranges')
  );
}

/**
 * The two ends of a range or change with one unit: a bare end borrows the other's unit,
 * currency and time unit, and a bare first end the second's scale ("10-15 billion"). Null when
 * the units differ ("26% to $240 billion" is two figures).
 */
function unifyEnds(first: Figure, second: Figure): [Figure, Figure] | null {
  if (first.unit !== null && second.unit !== null && first.unit !== second.unit) return null;
  if (
    first.currency !== undefined &&
    second.currency !== undefined &&
    first.currency !== second.currency
  ) {
    return null;
  }
  if (
    first.timeUnit !== undefined &&
    second.timeUnit !== undefined &&
    first.timeUnit !== second.timeUnit
  ) {
    return null;
  }
  const a: Figure = { ...first };
  const b: Figure = { ...second };
  if (a.unit === null && b.unit !== null) {
    a.unit = b.unit;
    if (b.timeUnit !== undefined) a.timeUnit = b.timeUnit;
  }
  if (b.unit === null && a.unit !== null) {
    b.unit = a.unit;
    if (a.timeUnit !== undefined) b.timeUnit = a.timeUnit;
  }
  if (a.currency === undefined && b.currency !== undefined) a.currency = b.currency;
  if (b.currency === undefined && a.currency !== undefined) b.currency = a.currency;
  if (a.scale === null && b.scale !== null && a.multiplier === 1) {
    a.value *= b.multiplier;
    a.precision *= b.multiplier;
    a.multiplier = b.multiplier;
  }
  return [a, b];
}
