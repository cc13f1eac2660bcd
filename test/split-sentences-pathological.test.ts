// Adversarial and oversized inputs: the splitter must stay linear, never drop text and never truncate a unit.
// No wall-time assertions here (timings live in bench/split-sentences.ts); the generous timeout only
// catches a quadratic regression, which would take minutes on these sizes.
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../src/text/split-sentences.js';
import type { SentenceSpan } from '../src/text/types.js';

const WHITESPACE = /\s/u;
const LINE_BREAK = /[\n\r\v\f\u2028\u2029]/u;
const BULLET_MARKER = /^(?:[-*+\u2022\u25e6\u25aa\u2023\u2013]|[0-9]{1,3}[.)])$/;

/**
 * The first broken promise of the SentenceSpan contract, or null. Linear in the input (no
 * regular expression runs over more than one character or one short marker).
 */
function contractViolation(input: string, units: readonly SentenceSpan[]): string | null {
  let previousEnd = 0;
  for (const [position, unit] of units.entries()) {
    if (unit.end <= unit.start) return `unit ${position} is empty`;
    if (unit.start < previousEnd) return `unit ${position} overlaps the previous one`;
    if (unit.text !== input.slice(unit.start, unit.end)) return `unit ${position} is not a slice`;
    if (WHITESPACE.test(unit.text[0]!) || WHITESPACE.test(unit.text[unit.text.length - 1]!)) {
      return `unit ${position} is not trimmed`;
    }
    const gapProblem = gapViolation(input, previousEnd, unit.start);
    if (gapProblem !== null) return `before unit ${position}: ${gapProblem}`;
    previousEnd = unit.end;
  }
  return gapViolation(input, previousEnd, input.length);
}

function gapViolation(input: string, from: number, to: number): string | null {
  let visible = '';
  let visibleStart = -1;
  for (let index = from; index < to; index++) {
    if (WHITESPACE.test(input[index]!)) continue;
    if (visibleStart < 0) visibleStart = index;
    visible += input[index];
    if (visible.length > 4) return `dropped text at ${visibleStart}`;
  }
  if (visible === '') return null;
  if (!BULLET_MARKER.test(visible)) return `dropped ${JSON.stringify(visible)} at ${visibleStart}`;
  let lineStart = visibleStart;
  while (lineStart > 0 && WHITESPACE.test(input[lineStart - 1]!)) {
    if (LINE_BREAK.test(input[lineStart - 1]!)) return null;
    lineStart--;
  }
  return lineStart === 0 ? null : `dropped ${JSON.stringify(visible)} inside a line`;
}

function splitChecked(input: string): SentenceSpan[] {
  const units = splitSentences(input);
  expect(contractViolation(input, units)).toBeNull();
  return units;
}

/** Paragraphs written for these tests in the styles of news copy, with their unit counts (by hand). */
const NEWS_PARAGRAPHS: ReadonlyArray<readonly [string, number]> = [
  ['Leaders Meet for Talks on Trade #N', 1],
  ['By Ana Ruiz, Asia correspondent', 1],
  [
    'U.S. President Jane Roe met Mr. Kato at 10 a.m. on Oct. 30 in Osaka. The talks, the #Nth this year, covered a $2.8 trillion trade gap and a 6.7% tariff. “It is on my list. We will see… We are close,” she said.',
    3,
  ],
  [
    'Key points\n- Tariffs cut by 27.5%\n- Exports up 3.5bn yen\n1. A review in Jan. 2026\n2. A summit in the U.K. later',
    5,
  ],
  [
    'The delegation flew back to the U.S. He said Acme Corp. and Globex Inc. had signed. Officials from the U.S. Treasury agreed? Nobody knows! Details are at https://example.org/trade/#N.html today.',
    5,
  ],
  [
    'Analysts at the firm wrote that the deal, which covers\nsemiconductors and soybeans, was signed after a long\nnight of talks. Sen. Walsh and Lt. Gen. Ruiz were present (it was their first visit.) Source: Reuters',
    3,
  ],
];

/** About `targetLength` characters of news-like text, paragraphs separated by blank lines. */
function newsArticle(targetLength: number): { text: string; unitCount: number } {
  const parts: string[] = [];
  let length = 0;
  let unitCount = 0;
  for (let count = 0; length < targetLength; count++) {
    const [template, units] = NEWS_PARAGRAPHS[count % NEWS_PARAGRAPHS.length]!;
    const paragraph = template.replaceAll('#N', String(count));
    parts.push(paragraph);
    length += paragraph.length + 2;
    unitCount += units;
  }
  return { text: parts.join('\n\n'), unitCount };
}

describe('splitSentences on oversized input', () => {
  it('splits a 5 MB article and keeps every sentence of it', () => {
    const article = newsArticle(5 * 1024 * 1024);
    expect(article.text.length).toBeGreaterThanOrEqual(5 * 1024 * 1024);
    const units = splitChecked(article.text);
    expect(units).toHaveLength(article.unitCount);
    expect(units[2]!.text).toBe(
      'U.S. President Jane Roe met Mr. Kato at 10 a.m. on Oct. 30 in Osaka.',
    );
    expect(units[4]!.text).toBe('“It is on my list. We will see… We are close,” she said.');
  });

  it('keeps a 200,000-character run without a sentence end as one unit', () => {
    const words = 'word '.repeat(40_000).trimEnd();
    expect(splitChecked(words)).toEqual([{ text: words, start: 0, end: words.length }]);
    const unbroken = 'x'.repeat(200_000);
    expect(splitChecked(unbroken)).toEqual([{ text: unbroken, start: 0, end: unbroken.length }]);
  });

  it('keeps 50,000 repetitions of "U.S. " as one unit', () => {
    const input = 'U.S. '.repeat(50_000);
    const units = splitChecked(input);
    expect(units).toHaveLength(1);
    expect(units[0]!.end).toBe(input.length - 1);
  });

  it('handles 50,000 titles and 50,000 sentence-ending initialisms', () => {
    expect(splitChecked('Mr. '.repeat(50_000))).toHaveLength(1);
    expect(splitChecked('in the U.S. He '.repeat(50_000))).toHaveLength(50_001);
  });
});

describe('splitSentences on unbalanced and repeated punctuation', () => {
  it('survives 20,000 unbalanced quotes of every kind', () => {
    for (const quote of ['“', '”', '"', "'", '‘', '’', '«', '»']) {
      expect(splitChecked(quote.repeat(20_000))).toHaveLength(1);
    }
    // Every quote opens and none closes, so nothing is protected and every sentence splits.
    expect(splitChecked('“Yes. '.repeat(20_000))).toHaveLength(20_000);
    expect(splitChecked('"Yes. '.repeat(20_000))).toHaveLength(20_000);
  });

  it('keeps 20,000 balanced quotes unsplit inside and split between', () => {
    expect(splitChecked('“One. Two.” '.repeat(20_000))).toHaveLength(20_000);
    const nested = `“${'‘a. B.’ '.repeat(20_000)}”`;
    expect(splitChecked(nested)).toHaveLength(1);
  });

  it('handles 10,000 repeated ellipses, joined, spaced and before capitals', () => {
    expect(splitChecked('...'.repeat(10_000))).toHaveLength(1);
    expect(splitChecked('... '.repeat(10_000))).toHaveLength(1);
    expect(splitChecked('…'.repeat(10_000))).toHaveLength(1);
    expect(splitChecked('Wait... '.repeat(10_000))).toHaveLength(10_000);
  });

  it('keeps a string of 1,000,000 periods as one unit', () => {
    const periods = '.'.repeat(1_000_000);
    expect(splitChecked(periods)).toEqual([{ text: periods, start: 0, end: periods.length }]);
    expect(splitChecked('. '.repeat(500_000))).toHaveLength(1);
    expect(splitChecked('?'.repeat(1_000_000))).toHaveLength(1);
  });

  it('handles long runs of openers, closers and terminators after a sentence end', () => {
    expect(splitChecked(`End. ${'('.repeat(500_000)}`)).toHaveLength(2);
    expect(splitChecked(`End.${')'.repeat(500_000)} Next`)).toHaveLength(2);
    expect(splitChecked(`${'a.'.repeat(500_000)} Next`)).toHaveLength(2);
    const nested = `${'('.repeat(200_000)}One. Two.${')'.repeat(200_000)} Three.`;
    expect(splitChecked(nested)).toHaveLength(2);
    expect(splitChecked('(Yes. '.repeat(100_000))).toHaveLength(100_000);
  });
});

describe('splitSentences on whitespace and line structure', () => {
  it('handles a million spaces, line breaks and CRLFs', () => {
    expect(splitChecked(' '.repeat(1_000_000))).toEqual([]);
    expect(splitChecked('\n'.repeat(1_000_000))).toEqual([]);
    expect(splitChecked(`A${'\r\n'.repeat(500_000)}B`)).toHaveLength(2);
    expect(splitChecked(`End.${' '.repeat(1_000_000)}Next.`)).toHaveLength(2);
  });

  it('handles 100,000 bullet lines and 100,000 hard-wrapped lines', () => {
    expect(splitChecked('- item\n'.repeat(100_000))).toHaveLength(100_000);
    expect(splitChecked('1. item\n'.repeat(100_000))).toHaveLength(100_000);
    const wrapped = 'the talks went on,\n'.repeat(100_000);
    expect(splitChecked(wrapped)).toHaveLength(1);
  });
});
