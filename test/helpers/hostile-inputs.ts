// Hostile inputs built to make a text stage go quadratic (runs, alternations, near-misses), one
// list shared by the unit tests, which run each at a medium size and check what comes out, and by
// fuzz/complexity.ts, which times each at growing sizes and fails a stage whose time grows faster
// than its input. Sizes scale with `scale`: 1 is the unit tests' medium size (~20,000 characters).
import { normalizeAuthorList } from '../../bench/author-list.js';
import { markdownToText } from '../../src/cli/markdown-to-text.js';
import { decodeEntities, measureTags, tagSoupText } from '../../src/cli/tag-soup.js';
import { extractDates } from '../../src/extract/dates.js';
import { extractPeople } from '../../src/extract/people/extract-people.js';
import { resolveSpellingVariants } from '../../src/extract/person-coreference.js';
import { extractQuantities } from '../../src/extract/quantities.js';
import { normalizePersonName } from '../../src/knowledge/person-names.js';
import { sanitizeForTerminal } from '../../src/report/ansi.js';
import { escapeHtml } from '../../src/report/html-escape.js';
import { wrapText } from '../../src/report/terminal.js';
import { normalizeText } from '../../src/text/normalize.js';
import { tokenize } from '../../src/text/tokenize.js';
import { tokenizeWords } from '../../src/text/word-tokens.js';

/** One hostile input for one stage. */
export interface HostileCase {
  /** The stage (function) under test. */
  stage: string;
  /** What the input is made of. */
  name: string;
  /** The input at `scale` (1 = medium, ~20,000 characters). */
  input(scale: number): string;
  /** Runs the stage on the input; returns its result. */
  run(text: string): unknown;
}

const MEDIUM = 20_000;
/** `unit` repeated to about `characters × scale` characters. */
const fill = (unit: string, characters: number, scale: number) =>
  unit.repeat(Math.max(1, Math.round((characters * scale) / unit.length)));
const sentence = (text: string) => [{ text, start: 0, end: text.length }];
const FRIDAY = '2025-10-31';

function cases(
  stage: string,
  run: (text: string) => unknown,
  inputs: Record<string, (scale: number) => string>,
): HostileCase[] {
  return Object.entries(inputs).map(([name, input]) => ({ stage, name, input, run }));
}

/** Every hostile case, grouped by stage. */
export const HOSTILE_CASES: readonly HostileCase[] = [
  ...cases('tokenize', tokenize, {
    'thousands groups': (s) => fill('1,000', MEDIUM, s),
    'hyphen runs': (s) => fill('a-', MEDIUM, s),
    'apostrophe runs': (s) => fill("x'", MEDIUM, s),
    initialisms: (s) => fill('U.S.', MEDIUM, s),
    'one long number': (s) => `${fill('9', MEDIUM, s)}x`,
    'currency with stops': (s) => fill('$1.', MEDIUM, s),
    'joined emoji': (s) => fill('\u{1F468}\u200D', MEDIUM, s),
    'combining accents': (s) => fill('e\u0301', MEDIUM, s),
  }),
  ...cases('tokenizeWords', tokenizeWords, {
    'apostrophes, hyphens and initials': (s) =>
      `${fill("a'", MEDIUM / 3, s)}${fill('-', MEDIUM / 3, s)}${fill('A.', MEDIUM / 3, s)}`,
  }),
  ...cases('normalizeText', normalizeText, {
    'quotes, joiners, spaces and accents': (s) => fill('\u2019\u200B\u00A0e\u0301', MEDIUM, s),
  }),
  ...cases('normalizePersonName', normalizePersonName, {
    apostrophes: (s) => fill("'", MEDIUM, s),
    'hyphen-stop-space': (s) => fill('-. ', MEDIUM, s),
    'one letter': (s) => fill('a', MEDIUM, s),
    'hyphenated possessive': (s) => `${fill('a-', MEDIUM, s)}'s`,
    'spaced letters': (s) => fill('a ', MEDIUM, s),
  }),
  ...cases('extractQuantities', (text) => extractQuantities(sentence(text)), {
    'spaced digits': (s) => fill('1 ', MEDIUM, s),
    'currency signs': (s) => fill('$', MEDIUM, s),
    'chained changes': (s) => fill('from 1% to 2% to ', MEDIUM, s),
    'number words': (s) => fill('one two three ', MEDIUM, s),
    'hyphenated digits': (s) => fill('-1', MEDIUM, s),
    'thousands groups': (s) => `1${fill(',000', MEDIUM, s)}`,
    scales: (s) => fill('5 billion billion ', MEDIUM, s),
    qualifiers: (s) => fill('as high as more than up to ', MEDIUM, s),
    'link words before a figure': (s) => `${fill('to ', MEDIUM, s)}5%`,
    'nouns after a figure': (s) => `5 ${fill('troops ', MEDIUM, s)}`,
    slashes: (s) => fill('1/', MEDIUM, s),
  }),
  ...cases('extractDates', (text) => extractDates(sentence(text), { referenceDate: FRIDAY }), {
    'month names': (s) => fill('October ', MEDIUM, s),
    slashes: (s) => fill('1/', MEDIUM, s),
    'hyphenated years': (s) => fill('2025-', MEDIUM, s),
    modifiers: (s) => fill('next last this ', MEDIUM, s),
    'weekdays with commas': (s) => fill('Friday, ', MEDIUM, s),
    'day-month pairs': (s) => fill('30 October ', MEDIUM, s),
    digits: (s) => fill('9', MEDIUM, s),
    quotes: (s) => fill('“"', MEDIUM, s),
  }),
  ...cases('extractPeople', (text) => extractPeople(sentence(text)), {
    'alternating capitalised and lower-case words': (s) =>
      Array.from(
        { length: Math.round(1_000 * s) },
        (_, index) => `Alpha${index % 50} beta${index % 7}`,
      ).join(' '),
  }),
  ...cases('resolveSpellingVariants', (text) => resolveSpellingVariants([text.split('\n')]), {
    'names sharing a first word': (s) =>
      Array.from({ length: Math.round(1_000 * s) }, (_, i) => `kim name${i.toString(36)}x`).join(
        '\n',
      ),
  }),
  ...cases('tagSoupText', tagSoupText, {
    'unclosed tag starts': (s) => fill('<a', MEDIUM, s),
    'empty inline elements': (s) => fill('<i> </i>', MEDIUM, s),
    'angle brackets in a script': (s) => `<script>${fill('<', MEDIUM, s)}`,
  }),
  ...cases('measureTags', measureTags, { 'unclosed tag starts': (s) => fill('<a', MEDIUM, s) }),
  ...cases('decodeEntities', decodeEntities, {
    'unfinished references': (s) => fill('&#1', MEDIUM, s),
  }),
  ...cases('markdownToText', markdownToText, {
    'lines built to make a regex backtrack': (s) =>
      [
        `#${fill(' ', MEDIUM / 4, s)}x`,
        `a${fill(' \t', MEDIUM / 4, s)}b`,
        fill('[', MEDIUM / 4, s),
        fill('[a](', MEDIUM / 4, s),
        fill('<a ', MEDIUM / 4, s),
        fill('*_', MEDIUM / 4, s),
        `> ${fill('> ', MEDIUM / 4, s)}`,
      ].join('\n'),
  }),
  ...cases('escapeHtml', escapeHtml, {
    'lone surrogates and brackets': (s) => fill('\uD800<', MEDIUM, s),
  }),
  ...cases('sanitizeForTerminal', sanitizeForTerminal, {
    'a long word and escape characters': (s) =>
      `${fill('a', MEDIUM / 2, s)}${fill(' \u001b', MEDIUM / 2, s)}`,
  }),
  ...cases('wrapText', (text) => wrapText(text, 80), {
    'a long word and escape characters': (s) =>
      `${fill('a', MEDIUM / 2, s)}${fill(' \u001b', MEDIUM / 2, s)}`,
  }),
  ...cases('normalizeAuthorList', normalizeAuthorList, {
    'open parentheses then letters': (s) =>
      `${fill('(', MEDIUM / 2, s)}${fill('a', MEDIUM / 2, s)}`,
    'unfinished references': (s) => fill('&#', MEDIUM, s),
    'empty list items': (s) => fill('and, ', MEDIUM, s),
    'initials then a comma, twice': (s) => `${fill('A. ', MEDIUM / 2, s)},`.repeat(2),
  }),
];

/** The cases of one stage. */
export function hostileCases(stage: string): HostileCase[] {
  const found = HOSTILE_CASES.filter((hostile) => hostile.stage === stage);
  if (found.length === 0) throw new Error(`no hostile cases for ${stage}`);
  return found;
}
