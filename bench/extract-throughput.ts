// Extraction throughput on ~1 MB of news text, next to a plain compromise parse of the same text.
//
//   npx tsx bench/extract-throughput.ts            # synthetic news, deterministic (seeded)
//   npx tsx bench/extract-throughput.ts <folder>   # every .txt file in <folder>, one article each,
//                                                  # repeated until the corpus reaches 1 MB
//
// Prints a markdown table. Target: the whole extract stage under 5 s per MB.

import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { compromiseUsage } from '../src/extract/compromise-adapter.js';
import { extractEventSlots } from '../src/extract/event-slots.js';
import { extractItinerary } from '../src/extract/itinerary.js';
import { extractPeople } from '../src/extract/people/extract-people.js';
import { extractPlaces } from '../src/extract/places.js';
import { extractRoleMentions } from '../src/extract/role-mentions.js';
import { officeHolders } from '../src/knowledge/office-holders.js';
import { splitSentences } from '../src/text/split-sentences.js';
import type { SentenceSpan } from '../src/text/types.js';
import { mulberry32 } from './synthetic-corpus.js';

const TARGET_BYTES = 1024 * 1024;
const ARTICLE_BYTES = 5_000;
const SEED = 20251024;

/** [title, full name, surname, how an appositive names the role] */
const LEADERS = [
  ['German Chancellor', 'Friedrich Merz', 'Merz', 'the German chancellor'],
  ['Japanese Prime Minister', 'Sanae Takaichi', 'Takaichi', "Japan's prime minister"],
  ['South Korean President', 'Lee Jae Myung', 'Lee', "South Korea's president"],
  ['Chinese President', 'Xi Jinping', 'Xi', "China's president"],
  ['Malaysian Prime Minister', 'Anwar Ibrahim', 'Anwar', "Malaysia's prime minister"],
  ['Philippine President', 'Ferdinand Marcos Jr.', 'Marcos', 'the Philippine president'],
  ['NATO Secretary General', 'Mark Rutte', 'Rutte', "NATO's secretary general"],
  ['Treasury Secretary', 'Scott Bessent', 'Bessent', 'the US treasury secretary'],
  ['French President', 'Emmanuel Macron', 'Macron', 'the French president'],
  ['Ukrainian President', 'Volodymyr Zelenskyy', 'Zelenskyy', "Ukraine's president"],
  ['Russian Foreign Minister', 'Sergey Lavrov', 'Lavrov', "Russia's foreign minister"],
  ['Indian Prime Minister', 'Narendra Modi', 'Modi', "India's prime minister"],
] as const;
const ANALYSTS = [
  'Mira Rapp-Hooper',
  'Jane Whitfield',
  'Tomás Ortega',
  'Nguyen Van Minh',
  'Aiko Tanaka',
  'Kwame Mensah',
];
const CITIES = [
  'Busan',
  'Tokyo',
  'Kuala Lumpur',
  'Manila',
  'Seoul',
  'Beijing',
  'Jakarta',
  'Hanoi',
  'Geneva',
  'Brussels',
];
const COUNTRIES = [
  'Malaysia',
  'Japan',
  'South Korea',
  'the Philippines',
  'Vietnam',
  'Indonesia',
  'Thailand',
  'India',
  'Germany',
  'France',
];
const CAPITALS = ['Washington', 'Beijing', 'Tokyo', 'Seoul', 'Moscow', 'Brussels'];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const MONTHS = ['January', 'March', 'May', 'July', 'September', 'October', 'November'];
const TOPICS = [
  'tariffs',
  'critical minerals',
  'semiconductor exports',
  'soybean purchases',
  'rare earths',
  'shipping lanes',
];
const ORGANISATIONS = [
  'Brookings Institution',
  'Council on Foreign Relations',
  'Lowy Institute',
  'Asia Society',
];
/** Names given alone, with no full form in the article: only compromise's lexicon can vouch for them. */
const LONE_NAMES = ['Putin', 'Obama', 'Merkel', 'Erdogan', 'Netanyahu', 'Albanese'];
const COMPANIES = ['Toyota', 'Honda', 'Samsung', 'Huawei', 'Boeing', 'Nvidia'];

/** Builds one synthetic news article of about {@link ARTICLE_BYTES} characters. */
function syntheticArticle(random: () => number): string {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const number = (low: number, high: number) => Math.floor(low + random() * (high - low));
  const [title, name, surname] = pick(LEADERS);
  const [title2, name2, surname2, appositive2] = pick(LEADERS);
  const lines: string[] = [
    `${surname} and ${surname2} Weigh Deal Amid Tensions Over ${pick(TOPICS).replace(/^./, (c) => c.toUpperCase())}`,
    `By ${pick(ANALYSTS)}, Asia correspondent`,
    `${title} ${name} will meet ${title2} ${name2} in ${pick(CITIES)} on ${pick(WEEKDAYS)}, officials said.`,
  ];
  const templates: Array<() => string> = [
    () =>
      `${surname} said on ${pick(WEEKDAYS)} that ${pick(COUNTRIES)} would buy ${number(2, 90)} million tons of grain.`,
    () =>
      `${name2}, ${appositive2}, met ${surname} in ${pick(CITIES)} on ${pick(MONTHS)} ${number(1, 28)}.`,
    () =>
      `The ${number(2, 9)}-day visit to ${pick(COUNTRIES)}, ${pick(COUNTRIES)}, and ${pick(COUNTRIES)} marks ${surname}'s longest tour since ${number(2010, 2024)}.`,
    () => `${pick(CAPITALS)} and ${pick(CAPITALS)} remain divided over ${pick(TOPICS)}.`,
    () =>
      `Analysts at the ${pick(ORGANISATIONS)} said exports rose ${number(2, 40)}.${number(0, 9)}% to $${number(10, 900)} billion in ${pick(MONTHS)}.`,
    () => `“We are close, but nothing is agreed,” ${surname} told reporters aboard Air Force One.`,
    () =>
      `The talks with ${title2} ${name2} in ${pick(CITIES)} ended without a deal, said ${pick(ANALYSTS)}, a visiting fellow.`,
    () =>
      `${pick(CAPITALS)} has yet to confirm the ${pick(CITIES)} summit planned for later this week.`,
    () =>
      `His predecessor, ${pick(ANALYSTS)}, had warned of ${pick(TOPICS)} as early as ${number(2015, 2023)}.`,
    () =>
      `Former ${title} ${pick(ANALYSTS)} called the plan “a step in the right direction” on ${pick(WEEKDAYS)}.`,
    () =>
      `Shares of Micron Technology, which operates plants in ${pick(COUNTRIES)}, fell ${number(1, 9)}%.`,
    () =>
      `The trip begins in ${pick(CITIES)} and culminates in ${pick(CITIES)} after stops in ${pick(COUNTRIES)} and ${pick(COUNTRIES)}.`,
    () => `Key Takeaways`,
    () => `Officials said they expected ${pick(LONE_NAMES)} to join the call on ${pick(WEEKDAYS)}.`,
    () =>
      `Shares of ${pick(COMPANIES)} and ${pick(COMPANIES)} fell ${number(1, 9)}% in early trading.`,
    () =>
      `Officials in ${pick(CAPITALS)} expect ${surname2} to raise ${pick(TOPICS)} and the ${number(2, 30)} billion dollar investment pledge.`,
  ];
  let text = lines.join('\n');
  while (text.length < ARTICLE_BYTES) text += `\n${pick(templates)()}`;
  return text;
}

function loadArticles(folder: string | undefined): string[] {
  if (!folder) {
    const random = mulberry32(SEED);
    const articles: string[] = [];
    let size = 0;
    while (size < TARGET_BYTES) {
      const article = syntheticArticle(random);
      articles.push(article);
      size += article.length;
    }
    return articles;
  }
  const files = readdirSync(folder)
    .filter((file) => file.endsWith('.txt'))
    .sort();
  if (files.length === 0) throw new Error(`No .txt files in ${folder}`);
  const texts = files.map((file) => readFileSync(join(folder, file), 'utf8'));
  const articles: string[] = [];
  let size = 0;
  for (let index = 0; size < TARGET_BYTES; index += 1) {
    const text = texts[index % texts.length] as string;
    articles.push(text);
    size += text.length;
  }
  return articles;
}

interface Timings {
  people: number;
  places: number;
  roles: number;
  events: number;
  itinerary: number;
}

function extractAll(split: readonly SentenceSpan[][]): {
  timings: Timings;
  counts: Record<string, number>;
} {
  const timings: Timings = { people: 0, places: 0, roles: 0, events: 0, itinerary: 0 };
  const counts = { people: 0, places: 0, roles: 0, events: 0, stops: 0 };
  const roles = officeHolders.roles;
  for (const sentences of split) {
    let started = performance.now();
    const people = extractPeople(sentences);
    timings.people += performance.now() - started;
    started = performance.now();
    const places = extractPlaces(sentences);
    timings.places += performance.now() - started;
    started = performance.now();
    const mentions = extractRoleMentions(sentences, roles, { people });
    timings.roles += performance.now() - started;
    started = performance.now();
    const slots = extractEventSlots(sentences, places, people);
    timings.events += performance.now() - started;
    started = performance.now();
    const stops = extractItinerary(sentences, places);
    timings.itinerary += performance.now() - started;
    counts.people += people.length;
    counts.places += places.length;
    counts.roles += mentions.length;
    counts.events += slots.length;
    counts.stops += stops.length;
  }
  return { timings, counts };
}

function row(step: string, milliseconds: number, bytes: number, note = ''): string {
  const rate = bytes / 1024 / (milliseconds / 1000);
  return `| ${step} | ${milliseconds.toFixed(0)} | ${rate.toFixed(0)} | ${note} |`;
}

function main(): void {
  const folder = process.argv[2];
  const articles = loadArticles(folder);
  const bytes = articles.reduce((sum, article) => sum + article.length, 0);
  let started = performance.now();
  const split = articles.map((article) => splitSentences(article));
  const splitMs = performance.now() - started;
  const sentenceCount = split.reduce((sum, sentences) => sum + sentences.length, 0);

  // Cold: includes building the gazetteer, the role lexicon and loading compromise on first need.
  const cold = extractAll(split);
  const usage = compromiseUsage();
  // Warm: the same corpus again with every lazy structure built. Fresh sentence objects, so no token cache is reused.
  const warm = extractAll(articles.map((article) => splitSentences(article)));
  const total = (timings: Timings) => Object.values(timings).reduce((sum, value) => sum + value, 0);

  // Import cost in a fresh process: in this one, extraction has already loaded compromise.
  const probe = spawnSync(
    process.execPath,
    [
      '-e',
      "const t = performance.now(); require('compromise'); process.stdout.write(String(performance.now() - t));",
    ],
    { cwd: new URL('..', import.meta.url), encoding: 'utf8' },
  );
  const importMs = Number(probe.stdout);
  const require = createRequire(import.meta.url);
  const nlp = require('compromise') as (text: string) => {
    people(): { out(format: 'array'): string[] };
    places(): { out(format: 'array'): string[] };
  };
  started = performance.now();
  let compromiseFinds = 0;
  for (const article of articles) {
    const doc = nlp(article);
    compromiseFinds += doc.people().out('array').length + doc.places().out('array').length;
  }
  const compromiseMs = performance.now() - started;

  const source = folder ? `${folder} (repeated to 1 MB)` : `synthetic news, seed ${SEED}`;
  const lines = [
    `Corpus: ${source}; ${articles.length} articles, ${(bytes / 1024).toFixed(0)} KB, ${sentenceCount} sentences.`,
    `Node ${process.version}. compromise asked by people extraction: ${usage.calls} look-ups in its people lexicon (${usage.characters} characters, ${((100 * usage.characters) / bytes).toFixed(2)}% of the text).`,
    '',
    '| step | ms | KB/s | note |',
    '| --- | ---: | ---: | --- |',
    row('split sentences (text stage, for reference)', splitMs, bytes),
    row('extractPeople (warm)', warm.timings.people, bytes, `${warm.counts.people} mentions`),
    row('extractPlaces (warm)', warm.timings.places, bytes, `${warm.counts.places} mentions`),
    row(
      'extractRoleMentions (warm, people passed in)',
      warm.timings.roles,
      bytes,
      `${warm.counts.roles} mentions`,
    ),
    row('extractEventSlots (warm)', warm.timings.events, bytes, `${warm.counts.events} slots`),
    row('extractItinerary (warm)', warm.timings.itinerary, bytes, `${warm.counts.stops} stops`),
    row(
      '**extract stage, cold** (first use: gazetteer, lexicon, compromise load)',
      total(cold.timings),
      bytes,
    ),
    row('**extract stage, warm**', total(warm.timings), bytes),
    `| compromise import (CJS build, fresh process) | ${importMs.toFixed(0)} | | paid once, on first need |`,
    row(
      'plain compromise: nlp(text) + .people() + .places()',
      compromiseMs,
      bytes,
      `${compromiseFinds} people + places`,
    ),
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}

main();
