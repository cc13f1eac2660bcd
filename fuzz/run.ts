// Seeded fuzzer for corroborate's public entry points and the CLI's readers.
//
//   npx tsx fuzz/run.ts [--runs N] [--seed S] [--time-limit-s T] [--quick] [--replay I]
//
// Input i is generated from (seed, i) alone, so any input can be rebuilt: `--replay I` runs one
// and prints it. Mutations of realistic text (synthetic coverage from bench/synthetic-corpus.ts
// and hand-written seeds): byte flips, truncation, splicing, random Unicode, quote and bracket
// storms, huge numbers, impossible dates, duplicate ids, wrong types. Targets: analyze (small
// clusters), findStaleFigures/checkRoles, alignSentences, detectLanguage, the corpus's score
// (when src/corpus.ts exists), and the CLI's readers (in memory and through temp files).
//
// Outcomes: ok; expected (a CorroborateError with a code); BUG (any other exception, a broken
// invariant, or a mutated input); timeout (BUG: no progress for INPUT_TIMEOUT_MS). Inputs run
// in a child process that the parent kills on a timeout and restarts after the stuck input.
// Writes fuzz/out/summary.json and one reproducer per distinct bug to fuzz/out/bugs/, and exits
// 1 when any bug was found.
import { type ChildProcess, fork } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { generateCorpus, mulberry32 } from '../bench/synthetic-corpus.js';
import type { Analysis } from '../src/analysis.js';
import { analyze } from '../src/analyze.js';
import { alignSentences } from '../src/api/align-sentences.js';
import { checkRoles, findStaleFigures } from '../src/api/find-stale-figures.js';
import { decodeText } from '../src/cli/decode-text.js';
import { htmlToArticle } from '../src/cli/html-to-text.js';
import { markdownToText } from '../src/cli/markdown-to-text.js';
import { readInputs } from '../src/cli/read-inputs.js';
import { CorroborateError } from '../src/errors.js';
import { detectLanguage } from '../src/input/detect-language.js';

const HERE = fileURLToPath(new URL('.', import.meta.url));
const OUT = path.join(HERE, 'out');
/** A single input may take this long before it counts as a hang (the largest take ~1 s). */
const INPUT_TIMEOUT_MS = 15_000;
/** Longest generated text: large enough for storms, small enough for ~1,000 inputs a second. */
const MAX_TEXT = 12_000;
/** Attempts spent shrinking one bug's input to a smaller reproducer. */
const SHRINK_ATTEMPTS = 300;

// ---------------------------------------------------------------------------------------------
// Seeds and mutations

const HAND_SEEDS = [
  'German Chancellor Olaf Scholz met President Joe Biden in Berlin on Monday, October 27, 2025.',
  'Prime Minister Sanae Takaichi hosted Trump in Tokyo; they signed a $550 billion deal.',
  '“It’s on my list. I’m going to ask… We’ll see what happens,” Trump said on Air Force One.',
  'Former NATO Secretary General Jens Stoltenberg, now Norway’s finance minister, spoke on Oct. 28.',
  'The U.S. and China agreed at 11 a.m. in Busan to cut tariffs from 57% to 47%, officials said.',
  'By Jane Doe | Reuters\nSEOUL, Oct 29 (Reuters) - South Korean President Lee Jae Myung said...',
  '- Malaysia\n- Japan\n- South Korea\n\n1. Trump arrives. 2. Xi meets Trump.',
  'Then-President Yoon Suk Yeol and the late Shinzo Abe; acting President Han Duck-soo.',
];
const UNICODE_POOL = [
  '\u0000',
  '\u0007',
  '\u001b[31m',
  '\u200b',
  '\u200d',
  '\u202e',
  '\u2066',
  '\u2028',
  '\ufeff',
  '\ufffd',
  '\ud800',
  '\udc00',
  '\u0301',
  '\u0301\u0301\u0301',
  'é',
  'ß',
  'İ',
  'ǅ',
  'ж',
  '中文',
  'العربية',
  'עברית',
  '😀',
  '👨‍👩‍👧‍👦',
  '🇺🇸',
  '👍🏽',
  '\r\n',
  '\r',
  '\t',
  '\u00a0',
  '…',
  '—',
  '«',
  '»',
  '‘',
  '’',
  '“',
  '”',
];
const STORM_UNITS = [
  '"',
  "'",
  '“',
  '”',
  '(',
  ')',
  '[',
  ']',
  '{',
  '«',
  '. ',
  '...',
  '!',
  '?',
  '\n',
  '- ',
  '* ',
  '<',
  '&',
];
const HUGE_NUMBERS = [
  '9'.repeat(400),
  '1e308',
  '-0',
  'NaN',
  'Infinity',
  '$99,999,999,999,999,999 trillion',
  '1,2,3,4,5,6,7',
  '0.000000000000000000001%',
  '12,34,567',
  '3.14.15',
  '10 million billion',
  '2^53+1 9007199254740993',
];
const WEIRD_DATES = [
  'February 30, 2025',
  '2025-02-30',
  '2025-13-45',
  'on 31/02/2025',
  'yesterday',
  'tomorrow',
  '0001-01-01',
  '9999-12-31',
  'September 13, 275760',
  'in the year 275760',
  '99999999999999 days ago',
  'last Blursday',
  'Oct. 32',
  'on Monday, October 27, 2024',
  'in 1066',
  '-000001-01-01',
  '2025-10-30T25:61:00Z',
];
const VALID_DATE_VALUES: unknown[] = [
  '2025-10-29',
  '2025-10-30',
  '2023-05-01',
  '2019-01-01',
  '0001-01-01',
  '9999-12-31',
  '2025-10-31T08:00:00Z',
  new Date(Date.UTC(2025, 9, 29)),
];
const INVALID_DATE_VALUES: unknown[] = [
  '2025-02-30',
  '2025-13-45',
  'yesterday',
  '',
  12345,
  null,
  {},
  [],
  true,
  new Date(Number.NaN),
  new Date(8.64e15),
];
/** Share of dates that are invalid: enough to test refusals, few enough that most inputs get deep. */
const INVALID_DATE_SHARE = 0.1;
const WRONG_VALUES: unknown[] = [
  undefined,
  null,
  0,
  -1,
  Number.NaN,
  '',
  [],
  {},
  () => 0,
  Symbol('x'),
  10n,
  new String('x'),
];

type Rng = () => number;
const int = (rng: Rng, below: number) => Math.floor(rng() * below);
const pick = <T>(rng: Rng, items: readonly T[]): T => items[int(rng, items.length)]!;

let corpusTexts: string[] | null = null;
function seeds(): string[] {
  corpusTexts ??= generateCorpus({ articles: 24, seed: 11 }).map((article) => article.text);
  return [...corpusTexts, ...HAND_SEEDS];
}

function seedText(rng: Rng): string {
  const text = pick(rng, seeds());
  if (text.length <= 2_000 || rng() < 0.2) return text;
  const start = int(rng, text.length - 1_500);
  return text.slice(start, start + 300 + int(rng, 1_200));
}

/** One random mutation of `text`. */
function mutate(rng: Rng, text: string): string {
  const at = int(rng, text.length + 1);
  switch (int(rng, 12)) {
    case 0: {
      if (text.length === 0) return text;
      const index = int(rng, text.length);
      return (
        text.slice(0, index) +
        String.fromCharCode(text.charCodeAt(index) ^ (1 << int(rng, 16))) +
        text.slice(index + 1)
      );
    }
    case 1:
      return text.slice(0, at);
    case 2: {
      const other = seedText(rng);
      const from = int(rng, other.length + 1);
      return text.slice(0, at) + other.slice(from, from + int(rng, 400)) + text.slice(at);
    }
    case 3:
      return text.slice(0, at) + pick(rng, UNICODE_POOL) + text.slice(at);
    case 4:
      return (
        text.slice(0, at) + pick(rng, STORM_UNITS).repeat(1 + int(rng, 3_000)) + text.slice(at)
      );
    case 5:
      return text.slice(0, at) + ` ${pick(rng, HUGE_NUMBERS)} ` + text.slice(at);
    case 6:
      return text.slice(0, at) + ` ${pick(rng, WEIRD_DATES)} ` + text.slice(at);
    case 7: {
      const from = int(rng, text.length + 1);
      const piece = text.slice(from, from + 1 + int(rng, 200));
      return text.slice(0, at) + piece.repeat(1 + int(rng, 20)) + text.slice(at);
    }
    case 8:
      return text.replace(/\s+/g, rng() < 0.5 ? '' : '\n');
    case 9:
      return rng() < 0.5 ? text.toUpperCase() : text.toLowerCase();
    case 10: {
      let noise = '';
      for (let index = 0; index < 1 + int(rng, 60); index++)
        noise += String.fromCharCode(int(rng, 0x10000));
      return text.slice(0, at) + noise + text.slice(at);
    }
    default:
      return text.slice(0, at) + text.slice(at + int(rng, 200));
  }
}

function fuzzText(rng: Rng): string {
  let text = rng() < 0.05 ? '' : seedText(rng);
  const rounds = int(rng, 5);
  for (let round = 0; round < rounds; round++) text = mutate(rng, text);
  return text.length > MAX_TEXT ? text.slice(0, MAX_TEXT) : text;
}

/** An article, sometimes with a wrong-typed or weird field. */
function fuzzArticle(rng: Rng, id: unknown): unknown {
  const article: Record<string, unknown> = { id, text: fuzzText(rng) };
  if (rng() < 0.3) article.publishedAt = fuzzDate(rng);
  if (rng() < 0.2)
    article.source = rng() < 0.8 ? fuzzText(rng).slice(0, 40) : pick(rng, WRONG_VALUES);
  if (rng() < 0.1) article.title = fuzzText(rng).slice(0, 80);
  if (rng() < 0.03) article.text = pick(rng, WRONG_VALUES);
  if (rng() < 0.02) return pick(rng, WRONG_VALUES);
  return article;
}

function fuzzDate(rng: Rng): unknown {
  return pick(rng, rng() < INVALID_DATE_SHARE ? INVALID_DATE_VALUES : VALID_DATE_VALUES);
}

const ID_POOL = [
  'a',
  'b',
  'c',
  '__proto__',
  'constructor',
  'toString',
  'hasOwnProperty',
  'é',
  '\u0000',
  'a b',
];
function fuzzId(rng: Rng, index: number): unknown {
  const roll = rng();
  if (roll < 0.01) return pick(rng, [...WRONG_VALUES, '', ' ']);
  if (roll < 0.1) return pick(rng, ID_POOL);
  return `id${index}${rng() < 0.1 ? pick(rng, UNICODE_POOL) : ''}`;
}

// ---------------------------------------------------------------------------------------------
// Targets

type Target =
  | 'analyze'
  | 'stale-figures'
  | 'align'
  | 'detect-language'
  | 'corpus-score'
  | 'readers'
  | 'read-file'
  | 'generator';

interface FuzzInput {
  target: Target;
  /** Arguments, as plain data where possible (Dates and functions survive only in memory). */
  args: unknown[];
}

const WEIGHTS: [Target, number][] = [
  ['analyze', 25],
  ['stale-figures', 20],
  ['align', 10],
  ['detect-language', 10],
  ['corpus-score', 5],
  ['readers', 20],
  ['read-file', 10],
];

function chooseTarget(rng: Rng, corpusAvailable: boolean): Target {
  const weights = WEIGHTS.filter(([target]) => corpusAvailable || target !== 'corpus-score');
  let roll = rng() * weights.reduce((sum, [, weight]) => sum + weight, 0);
  for (const [target, weight] of weights) {
    roll -= weight;
    if (roll < 0) return target;
  }
  return weights[0]![0];
}

function fuzzOptions(rng: Rng): unknown {
  const roll = rng();
  if (roll < 0.5) return undefined;
  if (roll < 0.55) return pick(rng, WRONG_VALUES);
  const options: Record<string, unknown> = {};
  if (rng() < 0.7) options.asOf = fuzzDate(rng);
  if (rng() < 0.1)
    options.algorithm = pick(rng, ['voting', 'crh', 'truthfinder', 'catd', 'nope', '__proto__']);
  if (rng() < 0.1)
    options.alignment = { threshold: pick(rng, [0.1, 0.5, 1, 0, -1, Number.NaN, 2]) };
  if (rng() < 0.05)
    options.alignment = { maxCandidatesPerSentence: pick(rng, [1, 2, 24, 1000, 0, 1.5, 1e12]) };
  return options;
}

/** The input of iteration `index`: a pure function of (seed, index). */
export function generateInput(seed: number, index: number, corpusAvailable: boolean): FuzzInput {
  const rng = mulberry32((Math.imul(seed, 0x9e3779b1) ^ Math.imul(index + 1, 0x85ebca6b)) >>> 0);
  const target = chooseTarget(rng, corpusAvailable);
  switch (target) {
    case 'analyze':
    case 'align':
    case 'corpus-score': {
      const count = 1 + int(rng, 4);
      const articles = Array.from({ length: count }, (_, article) =>
        fuzzArticle(rng, fuzzId(rng, article)),
      );
      if (rng() < 0.05 && articles.length > 1) articles.push(articles[0]);
      return {
        target,
        args: [rng() < 0.01 ? pick(rng, WRONG_VALUES) : articles, fuzzOptions(rng)],
      };
    }
    case 'stale-figures':
      return { target, args: [fuzzArticle(rng, fuzzId(rng, 0)), fuzzOptions(rng)] };
    case 'detect-language':
      return { target, args: [rng() < 0.02 ? pick(rng, WRONG_VALUES) : fuzzText(rng)] };
    case 'readers': {
      const kind = pick(rng, ['html', 'markdown', 'bytes']);
      if (kind === 'bytes') {
        const bytes = Array.from({ length: int(rng, 400) }, () => int(rng, 256));
        return {
          target,
          args: [
            kind,
            bytes,
            rng() < 0.5
              ? undefined
              : pick(rng, ['utf-8', 'shift_jis', 'utf-16le', 'x-bogus', 'windows-1252']),
          ],
        };
      }
      return { target, args: [kind, wrapMarkup(rng, kind, fuzzText(rng))] };
    }
    default: {
      const extension = pick(rng, ['.txt', '.md', '.html', '.json', '.jsonl']);
      return { target, args: [extension, fileContent(rng, extension)] };
    }
  }
}

function wrapMarkup(rng: Rng, kind: string, text: string): string {
  if (kind === 'markdown') {
    const front =
      rng() < 0.4 ? `---\ntitle: ${text.slice(0, 30)}\ndate: ${pick(rng, WEIRD_DATES)}\n---\n` : '';
    return `${front}# ${text.slice(0, 40)}\n\n${text}`;
  }
  const depth = rng() < 0.2 ? int(rng, 6_000) : int(rng, 20);
  const tag = pick(rng, ['div', 'p', 'b', 'span', 'table', 'li', 'script', 'a href="']);
  const meta =
    rng() < 0.3
      ? `<meta property="article:published_time" content="${pick(rng, WEIRD_DATES)}">`
      : '';
  return `<html><head>${meta}<title>${text.slice(0, 30)}</title></head><body>${`<${tag}>`.repeat(depth)}${text}</body></html>`;
}

function fileContent(rng: Rng, extension: string): string {
  if (extension === '.html') return wrapMarkup(rng, 'html', fuzzText(rng));
  if (extension === '.md') return wrapMarkup(rng, 'markdown', fuzzText(rng));
  if (extension === '.txt') return fuzzText(rng);
  const records = Array.from({ length: 1 + int(rng, 3) }, (_, index) => {
    const article = fuzzArticle(rng, rng() < 0.3 ? undefined : fuzzId(rng, index));
    return typeof article === 'function' ||
      typeof article === 'symbol' ||
      typeof article === 'bigint'
      ? null
      : article;
  });
  const json = (value: unknown) => JSON.stringify(value, replacer) ?? 'null';
  let content =
    extension === '.json'
      ? json(records.length === 1 ? records[0] : records)
      : records.map(json).join('\n');
  if (rng() < 0.3) content = mutate(rng, content);
  return content;
}

// ---------------------------------------------------------------------------------------------
// Running one input and judging the outcome

type Outcome =
  | { kind: 'ok' }
  | { kind: 'expected'; code: string }
  | { kind: 'bug'; error: string; stack: string };

let scratch: string | null = null;
let corpusModule: {
  createCorpus: (articles?: unknown, options?: unknown) => { score: (article: unknown) => unknown };
} | null = null;

function invariant(condition: boolean, message: string): void {
  if (!condition) throw new Error(`invariant broken: ${message}`);
}

function checkAnalysis(
  analysis: Analysis,
  articles: readonly { id: string; text: string }[],
): void {
  JSON.stringify(analysis);
  const texts = new Map(articles.map((article) => [article.id, article.text]));
  for (const report of analysis.articles) {
    invariant(
      Number.isFinite(report.score) && report.score >= 0 && report.score <= 1,
      `score ${report.score} of ${report.id}`,
    );
    for (const figure of report.staleFigures) {
      invariant(
        texts.get(report.id)?.slice(figure.start, figure.end) === figure.mention,
        `stale-figure span of ${report.id}`,
      );
    }
  }
  for (const fact of analysis.facts) {
    for (const member of fact.members) {
      invariant(
        texts.get(member.articleId)?.slice(member.start, member.end) === member.text,
        `fact member span of ${member.articleId}`,
      );
    }
  }
}

async function runInput(input: FuzzInput): Promise<void> {
  const [first, second, third] = input.args;
  const before = safeClone(input.args);
  switch (input.target) {
    case 'analyze': {
      const analysis = analyze(first as never, second as never);
      checkAnalysis(analysis, first as { id: string; text: string }[]);
      break;
    }
    case 'align': {
      const alignment = alignSentences(first as never, second as never);
      JSON.stringify(alignment);
      break;
    }
    case 'corpus-score': {
      const articles = first as unknown[];
      const corpus = corpusModule!.createCorpus(
        Array.isArray(articles) ? articles.slice(1) : articles,
        second,
      );
      JSON.stringify(corpus.score(Array.isArray(articles) ? articles[0] : articles));
      break;
    }
    case 'stale-figures': {
      const report = checkRoles(first as never, second as never);
      const text = (first as { text: string }).text;
      for (const mention of report.mentions)
        invariant(text.slice(mention.start, mention.end) === mention.mention, 'role mention span');
      JSON.stringify(findStaleFigures(first as never, second as never));
      break;
    }
    case 'detect-language': {
      const result = detectLanguage(first as string);
      invariant(
        result.confidence >= 0 && result.confidence <= 1,
        `confidence ${result.confidence}`,
      );
      break;
    }
    case 'readers': {
      if (first === 'bytes')
        decodeText(Buffer.from(second as number[]), third as string | undefined);
      else if (first === 'html') JSON.stringify(htmlToArticle(second as string));
      else JSON.stringify(markdownToText(second as string));
      break;
    }
    default: {
      scratch ??= mkdtempSync(path.join(tmpdir(), 'corroborate-fuzz-'));
      const file = path.join(scratch, `input${first as string}`);
      writeFileSync(file, second as string);
      const found = await readInputs([file], {
        cwd: scratch,
        onNote: () => {},
        onWarning: () => {},
      });
      for (const { article } of found)
        invariant(typeof article.text === 'string', 'reader returned a non-string text');
    }
  }
  if (before !== undefined)
    invariant(sameClone(before, safeClone(input.args)), 'the input was mutated');
}

function safeClone(value: unknown): unknown {
  try {
    return structuredClone(value);
  } catch {
    return undefined;
  }
}

function sameClone(a: unknown, b: unknown): boolean {
  try {
    return JSON.stringify(a, replacer) === JSON.stringify(b, replacer);
  } catch {
    return true;
  }
}

function replacer(_key: string, value: unknown): unknown {
  return typeof value === 'bigint' ? `${value}n` : value;
}

/** Input errors: what bad articles, options and files can cause. */
const INPUT_CODES = [
  'INVALID_ARTICLES',
  'NO_ARTICLES',
  'INVALID_ARTICLE',
  'DUPLICATE_ID',
  'INVALID_DATE',
  'INVALID_OPTION',
  'LIMIT_EXCEEDED',
];
/**
 * Codes each target may end with. Anything else (INVALID_CLAIM from analyze, say) means an
 * internal stage rejected what an earlier stage produced: a bug, however typed.
 */
const EXPECTED_CODES: Record<Target, readonly string[]> = {
  analyze: INPUT_CODES,
  align: INPUT_CODES,
  'stale-figures': INPUT_CODES,
  'corpus-score': INPUT_CODES,
  'detect-language': ['INVALID_ARTICLE'],
  readers: [],
  'read-file': ['INVALID_FILE'],
  generator: [],
};

async function judge(input: FuzzInput): Promise<Outcome> {
  try {
    await runInput(input);
    return { kind: 'ok' };
  } catch (error) {
    if (error instanceof CorroborateError && EXPECTED_CODES[input.target].includes(error.code)) {
      return { kind: 'expected', code: error.code };
    }
    if (error instanceof CorroborateError) {
      return {
        kind: 'bug',
        error: `unexpected CorroborateError ${error.code}: ${error.message}`.slice(0, 500),
        stack: (error.stack ?? '').slice(0, 2_000),
      };
    }
    const failure = error instanceof Error ? error : new Error(String(error));
    return {
      kind: 'bug',
      error: `${failure.name}: ${failure.message}`.slice(0, 500),
      stack: (failure.stack ?? '').slice(0, 2_000),
    };
  }
}

// ---------------------------------------------------------------------------------------------
// Child: runs a range of inputs and reports each to the parent

interface ChildMessage {
  type: 'start' | 'result' | 'finished';
  index?: number;
  outcome?: Outcome;
  target?: Target;
}

async function child(seed: number, from: number, to: number, deadline: number): Promise<void> {
  corpusModule = await loadCorpus();
  const send = (message: ChildMessage) => process.send!(message);
  for (let index = from; index < to && Date.now() < deadline; index++) {
    send({ type: 'start', index });
    let input: FuzzInput;
    try {
      input = generateInput(seed, index, corpusModule !== null);
    } catch (error) {
      // A generator failure is the harness's bug, not the library's: reported, never hidden.
      const outcome: Outcome = {
        kind: 'bug',
        error: `fuzz generator: ${String(error)}`,
        stack: (error as Error).stack ?? '',
      };
      send({ type: 'result', index, outcome, target: 'generator' });
      continue;
    }
    const outcome = await judge(input);
    send({ type: 'result', index, outcome, target: input.target });
  }
  send({ type: 'finished' });
  if (scratch) rmSync(scratch, { recursive: true, force: true });
  process.disconnect?.();
}

async function loadCorpus(): Promise<typeof corpusModule> {
  const file = path.join(HERE, '../src/corpus.ts');
  if (!existsSync(file)) return null;
  const module = (await import(pathToFileURL(file).href)) as Record<string, unknown>;
  return typeof module.createCorpus === 'function'
    ? (module as unknown as NonNullable<typeof corpusModule>)
    : null;
}

// ---------------------------------------------------------------------------------------------
// Parent: schedules children, watches for hangs, shrinks and writes bugs

interface Options {
  runs: number;
  seed: number;
  timeLimitS: number;
  replay: number | null;
}

function parseArgs(argv: readonly string[]): Options {
  const options: Options = { runs: 100_000, seed: 1, timeLimitS: 600, replay: null };
  for (let index = 0; index < argv.length; index++) {
    const flag = argv[index];
    const value = Number(argv[index + 1]);
    if (flag === '--quick') {
      options.runs = 10_000;
      options.timeLimitS = 60;
    } else if (
      flag === '--runs' ||
      flag === '--seed' ||
      flag === '--time-limit-s' ||
      flag === '--replay'
    ) {
      if (!Number.isInteger(value) || value < 0)
        throw new Error(`${flag} needs a non-negative integer`);
      if (flag === '--runs') options.runs = value;
      else if (flag === '--seed') options.seed = value;
      else if (flag === '--time-limit-s') options.timeLimitS = value;
      else options.replay = value;
      index++;
    } else {
      throw new Error(
        `unknown argument ${flag}; use --runs N --seed S --time-limit-s T --quick --replay I`,
      );
    }
  }
  return options;
}

interface BugRecord {
  kind: 'exception' | 'timeout';
  index: number;
  target: Target;
  error: string;
  stack?: string;
  /** The smallest input found that still fails the same way (plain data). */
  input: unknown;
}

function describeInput(input: FuzzInput): unknown {
  return JSON.parse(
    JSON.stringify(input, (_key, value) => {
      if (value instanceof Date)
        return { Date: Number.isNaN(value.getTime()) ? 'Invalid Date' : value.getTime() };
      if (typeof value === 'function') return '[function]';
      if (typeof value === 'symbol' || typeof value === 'bigint') return String(value);
      if (value === undefined) return '[undefined]';
      return value;
    }),
  );
}

/** Deletes chunks of every string in the input while it still fails with the same error name. */
async function shrink(input: FuzzInput, error: string): Promise<FuzzInput> {
  const signature = normalizeError(error);
  let best = input;
  let attempts = 0;
  const stillFails = async (candidate: FuzzInput) => {
    attempts++;
    const outcome = await judge(candidate);
    return outcome.kind === 'bug' && normalizeError(outcome.error) === signature;
  };
  const strings = (value: unknown, at: (string | number)[] = []): (string | number)[][] => {
    if (typeof value === 'string' && value.length > 1) return [at];
    if (Array.isArray(value)) return value.flatMap((item, index) => strings(item, [...at, index]));
    if (value !== null && typeof value === 'object' && !(value instanceof Date)) {
      return Object.entries(value).flatMap(([key, item]) => strings(item, [...at, key]));
    }
    return [];
  };
  const get = (root: unknown, at: (string | number)[]) =>
    at.reduce<unknown>((node, key) => (node as Record<string | number, unknown>)[key], root);
  const set = (root: FuzzInput, at: (string | number)[], value: string): FuzzInput => {
    const copy = structuredCloneLoose(root);
    const parent = at
      .slice(0, -1)
      .reduce<unknown>((node, key) => (node as Record<string | number, unknown>)[key], copy);
    (parent as Record<string | number, unknown>)[at[at.length - 1]!] = value;
    return copy;
  };
  // Only the arguments shrink: the target names the function under test.
  for (const at of strings(best.args, ['args'])) {
    let chunk = Math.ceil(((get(best, at) as string).length ?? 0) / 2);
    while (chunk >= 1 && attempts < SHRINK_ATTEMPTS) {
      const text = get(best, at) as string;
      let shrunk = false;
      for (let start = 0; start < text.length && attempts < SHRINK_ATTEMPTS; start += chunk) {
        const candidate = set(best, at, text.slice(0, start) + text.slice(start + chunk));
        if (await stillFails(candidate)) {
          best = candidate;
          shrunk = true;
          break;
        }
      }
      if (!shrunk) chunk = Math.floor(chunk / 2);
    }
  }
  return best;
}

/** An error message without the numbers in it, so that one bug has one signature. */
function normalizeError(error: string): string {
  return error.replace(/\d+/g, 'N').slice(0, 200);
}

/** structuredClone that keeps functions and symbols by reference (they are never strings to shrink). */
function structuredCloneLoose<T>(value: T): T {
  if (Array.isArray(value)) return value.map((item) => structuredCloneLoose(item)) as T;
  if (
    value !== null &&
    typeof value === 'object' &&
    !(value instanceof Date) &&
    !(value instanceof String)
  ) {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key, structuredCloneLoose(item)]),
    ) as T;
  }
  return value;
}

async function parent(options: Options): Promise<number> {
  const started = Date.now();
  const deadline = started + options.timeLimitS * 1000;
  corpusModule = await loadCorpus();
  const counts = { ok: 0, expected: 0, bug: 0, timeout: 0 };
  const codes = new Map<string, number>();
  const perTarget = new Map<string, number>();
  const bugs: BugRecord[] = [];
  const signatures = new Set<string>();
  let next = 0;

  while (next < options.runs && Date.now() < deadline) {
    const from = next;
    const stuck = await new Promise<number | null>((resolve) => {
      const worker: ChildProcess = fork(
        fileURLToPath(import.meta.url),
        ['--child', String(options.seed), String(from), String(options.runs), String(deadline)],
        {
          execArgv: ['--import', 'tsx'],
          stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
        },
      );
      let current: number | null = null;
      let timer: NodeJS.Timeout | undefined;
      const arm = () => {
        clearTimeout(timer);
        timer = setTimeout(() => {
          worker.kill('SIGKILL');
          resolve(current ?? next);
        }, INPUT_TIMEOUT_MS);
      };
      arm();
      worker.on('message', (message: ChildMessage) => {
        arm();
        if (message.type === 'start') {
          current = message.index!;
        } else if (message.type === 'result') {
          next = message.index! + 1;
          current = null;
          const outcome = message.outcome!;
          counts[outcome.kind]++;
          perTarget.set(message.target!, (perTarget.get(message.target!) ?? 0) + 1);
          if (outcome.kind === 'expected')
            codes.set(outcome.code, (codes.get(outcome.code) ?? 0) + 1);
          if (outcome.kind === 'bug') {
            const signature = `${message.target} ${normalizeError(outcome.error)}`;
            if (!signatures.has(signature)) {
              signatures.add(signature);
              bugs.push({
                kind: 'exception',
                index: message.index!,
                target: message.target!,
                error: outcome.error,
                stack: outcome.stack,
                input: null,
              });
            }
          }
          const done = counts.ok + counts.expected + counts.bug + counts.timeout;
          if (done % 5_000 === 0)
            process.stderr.write(
              `fuzz: ${done} inputs, ${counts.bug + counts.timeout} bugs, ${Math.round((Date.now() - started) / 1000)} s\n`,
            );
        } else if (message.type === 'finished') {
          clearTimeout(timer);
          resolve(null);
        }
      });
      worker.on('exit', () => {
        clearTimeout(timer);
        resolve(current);
      });
    });
    if (stuck === null && next === from)
      throw new Error(`fuzz: the child process made no progress at input ${from}`);
    if (stuck !== null) {
      counts.timeout++;
      const input = generateInput(options.seed, stuck, corpusModule !== null);
      bugs.push({
        kind: 'timeout',
        index: stuck,
        target: input.target,
        error: `no result within ${INPUT_TIMEOUT_MS} ms (or the child died)`,
        input: describeInput(input),
      });
      next = stuck + 1;
    }
  }

  for (const bug of bugs) {
    if (bug.kind !== 'exception' || bug.target === 'generator') continue;
    const input = generateInput(options.seed, bug.index, corpusModule !== null);
    bug.input = describeInput(await shrink(input, bug.error));
  }
  const total = counts.ok + counts.expected + counts.bug + counts.timeout;
  const summary = {
    seed: options.seed,
    inputs: total,
    seconds: Math.round((Date.now() - started) / 100) / 10,
    outcomes: counts,
    expectedCodes: Object.fromEntries([...codes].sort(([a], [b]) => (a < b ? -1 : 1))),
    targets: Object.fromEntries([...perTarget].sort(([a], [b]) => (a < b ? -1 : 1))),
    corpusTested: corpusModule !== null,
    distinctBugs: bugs.length,
    bugs: bugs.map(({ kind, index, target, error }) => ({
      kind,
      index,
      target,
      error,
      replay: `npx tsx fuzz/run.ts --seed ${options.seed} --replay ${index}`,
    })),
  };
  rmSync(path.join(OUT, 'bugs'), { recursive: true, force: true });
  mkdirSync(path.join(OUT, 'bugs'), { recursive: true });
  writeFileSync(path.join(OUT, 'summary.json'), `${JSON.stringify(summary, null, 2)}\n`);
  bugs.forEach((bug, number) => {
    writeFileSync(
      path.join(OUT, 'bugs', `${String(number + 1).padStart(3, '0')}-${bug.target}.json`),
      `${JSON.stringify(bug, null, 2)}\n`,
    );
  });
  process.stdout.write(
    `${JSON.stringify({ ...summary, bugs: summary.bugs.slice(0, 20) }, null, 2)}\n`,
  );
  if (total < options.runs)
    process.stdout.write(
      `fuzz: stopped at the time limit after ${total} of ${options.runs} inputs\n`,
    );
  return bugs.length > 0 ? 1 : 0;
}

async function replay(options: Options): Promise<number> {
  corpusModule = await loadCorpus();
  const input = generateInput(options.seed, options.replay!, corpusModule !== null);
  const outcome = await judge(input);
  process.stdout.write(`${JSON.stringify({ input: describeInput(input), outcome }, null, 2)}\n`);
  if (scratch) rmSync(scratch, { recursive: true, force: true });
  return outcome.kind === 'bug' ? 1 : 0;
}

// Run only as a script: importing this file (for generateInput) starts nothing.
const isMain =
  process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
const argv = process.argv.slice(2);
if (!isMain) {
  // imported
} else if (argv[0] === '--child') {
  const [seed, from, to, deadline] = argv.slice(1).map(Number);
  await child(seed!, from!, to!, deadline!);
} else {
  const options = parseArgs(argv);
  process.exitCode = options.replay === null ? await parent(options) : await replay(options);
}
