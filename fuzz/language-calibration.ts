// Measures detectLanguage on real text in many languages: the figures its thresholds were chosen on.
//
//   npx tsx fuzz/language-calibration.ts [seeds-dir]
//
// English news: the fixture stories, 40 synthetic articles and the seed articles (default
// ../shared/seeds, skipped when absent). Other languages: TypeScript's translated compiler
// messages (node_modules/typescript/lib/<locale>/, human translations; their English keys are
// the English side) cut into 300-word samples. (Translated READMEs were tried and dropped: their
// first 50,000 characters are mostly HTML badges and URLs, which says nothing about the prose.)
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateCorpus } from '../bench/synthetic-corpus.js';
import { detectLanguage, type LanguageDetection } from '../src/input/detect-language.js';

const repo = fileURLToPath(new URL('..', import.meta.url));
const seedsDir = process.argv[2] ?? path.join(repo, '../shared/seeds');
/** Words per sample cut from a long translated text: a short news article. */
const SAMPLE_WORDS = 300;

interface Sample {
  group: string;
  expected: string;
  text: string;
}

const samples: Sample[] = [];

for (const story of readdirSync(path.join(repo, 'fixtures'), { withFileTypes: true })) {
  if (!story.isDirectory()) continue;
  const dir = path.join(repo, 'fixtures', story.name);
  for (const file of readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .sort()) {
    samples.push({
      group: 'en fixtures',
      expected: 'en',
      text: readFileSync(path.join(dir, file), 'utf8'),
    });
  }
}
for (const article of generateCorpus({ articles: 40, seed: 7 })) {
  samples.push({ group: 'en synthetic', expected: 'en', text: article.text });
}
if (existsSync(seedsDir)) {
  for (const file of readdirSync(seedsDir)
    .filter((name) => name.endsWith('.txt'))
    .sort()) {
    samples.push({
      group: 'en seeds',
      expected: 'en',
      text: readFileSync(path.join(seedsDir, file), 'utf8'),
    });
  }
}

const tsLib = path.join(repo, 'node_modules/typescript/lib');
const LOCALES: Record<string, string> = {
  de: 'de',
  es: 'es',
  fr: 'fr',
  it: 'it',
  pl: 'pl',
  'pt-br': 'pt',
  cs: 'unknown',
  tr: 'unknown',
  ru: 'non-latin',
  ja: 'non-latin',
  ko: 'non-latin',
  'zh-cn': 'non-latin',
};
let englishKeys: string[] = [];
for (const [locale, expected] of Object.entries(LOCALES)) {
  const file = path.join(tsLib, locale, 'diagnosticMessages.generated.json');
  if (!existsSync(file)) continue;
  const messages = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
  const keys = Object.keys(messages).sort();
  if (englishKeys.length === 0) {
    // "A_0_modifier_cannot_be_used_with_an_import_declaration_1079" → English words.
    englishKeys = keys.map((key) => key.replace(/_\d+$/, '').replaceAll('_', ' '));
  }
  for (const text of chunk(keys.map((key) => messages[key] ?? ''))) {
    samples.push({ group: `${locale} typescript messages`, expected, text });
  }
}
for (const text of chunk(englishKeys))
  samples.push({ group: 'en typescript messages', expected: 'en', text });

/** Consecutive items joined into samples of about SAMPLE_WORDS words (at most 12 per source). */
function chunk(items: readonly string[]): string[] {
  const out: string[] = [];
  let current: string[] = [];
  let words = 0;
  for (const item of items) {
    current.push(item);
    words += item.split(/\s+/).length;
    if (words >= SAMPLE_WORDS) {
      out.push(current.join(' '));
      current = [];
      words = 0;
      if (out.length === 12) break;
    }
  }
  return out;
}

interface GroupFigures {
  samples: number;
  right: number;
  verdicts: Map<string, number>;
  english: [number, number];
  own: [number, number];
  bestForeignOnEnglish: number;
  latin: [number, number];
}

const groups = new Map<string, GroupFigures>();
const wrong: string[] = [];
for (const sample of samples) {
  const result: LanguageDetection = detectLanguage(sample.text);
  const figures = groups.get(sample.group) ?? {
    samples: 0,
    right: 0,
    verdicts: new Map<string, number>(),
    english: [1, 0] as [number, number],
    own: [1, 0] as [number, number],
    bestForeignOnEnglish: 0,
    latin: [1, 0] as [number, number],
  };
  figures.samples++;
  if (result.language === sample.expected) figures.right++;
  else
    wrong.push(
      `${sample.group}: expected ${sample.expected}, got ${result.language} — ${result.reason}`,
    );
  const verdict = `${result.language}${result.analysable ? '' : ' (not analysable)'}`;
  figures.verdicts.set(verdict, (figures.verdicts.get(verdict) ?? 0) + 1);
  figures.latin = [
    Math.min(figures.latin[0], result.latinShare),
    Math.max(figures.latin[1], result.latinShare),
  ];
  const shares = result.stopwordShares;
  figures.english = [
    Math.min(figures.english[0], shares.en),
    Math.max(figures.english[1], shares.en),
  ];
  const own = shares[sample.expected as keyof typeof shares];
  if (own !== undefined)
    figures.own = [Math.min(figures.own[0], own), Math.max(figures.own[1], own)];
  if (sample.expected === 'en') {
    const foreign = Object.entries(shares).filter(([language]) => language !== 'en');
    figures.bestForeignOnEnglish = Math.max(
      figures.bestForeignOnEnglish,
      ...foreign.map(([, share]) => share),
    );
  }
  groups.set(sample.group, figures);
}

const range = ([low, high]: [number, number]) =>
  low > high ? '—' : `${low.toFixed(2)}–${high.toFixed(2)}`;
process.stdout.write(
  '| group | samples | right | verdicts | Latin share | English share | own-language share | best foreign share |\n',
);
process.stdout.write('| --- | ---: | ---: | --- | --- | --- | --- | --- |\n');
for (const [group, figures] of [...groups].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
  const verdicts = [...figures.verdicts]
    .map(([verdict, count]) => `${verdict} ×${count}`)
    .join(', ');
  const foreign = group.startsWith('en') ? figures.bestForeignOnEnglish.toFixed(2) : '';
  process.stdout.write(
    `| ${group} | ${figures.samples} | ${figures.right} | ${verdicts} | ${range(figures.latin)} | ${range(figures.english)} | ${range(figures.own)} | ${foreign} |\n`,
  );
}
for (const line of wrong) process.stdout.write(`wrong: ${line}\n`);
