// Role mentions on the ECB+ dev texts: how many title + name mentions resolve to a role of the
// office table, whether any stale / never-held / not-yet flag fires, and `checkRoles` throughput.
// Prints markdown for bench/BENCHMARKS.md.
//
//   npx tsx bench/ecb-roles.ts [path/to/ecb-plus-dev] [--limit N]
//
// The default path is ../shared/data/ecb-plus-dev next to the repository. The texts carry no
// publication date: each is judged on the dates it states itself (or not at all).
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkRoles } from '../src/api/find-stale-figures.js';
import { extractPeople } from '../src/extract/people/extract-people.js';
import { extractRoleMentions } from '../src/extract/role-mentions.js';
import { officeHolders } from '../src/knowledge/office-holders.js';
import { splitSentences } from '../src/text/split-sentences.js';
import { readEcbPlus } from './ecb-plus.js';

/**
 * Title words of a national or international office standing right before a name: the
 * denominator of the resolved share. Honorifics (Mr, Dr), sub-national (governor, mayor,
 * senator) and military ranks are left out: the table has no role for them by design.
 */
const OFFICE_TITLE_WORDS = new Set([
  'president',
  'minister',
  'premier',
  'chancellor',
  'secretary',
  'king',
  'queen',
  'emir',
  'sultan',
  'taoiseach',
  'treasurer',
  'pm',
]);

/** Timed passes over all texts; the median is reported (odd, so it is a real sample). */
const TIMED_RUNS = 3;

function main(): void {
  const args = process.argv.slice(2);
  const limitAt = args.indexOf('--limit');
  const limit = limitAt >= 0 ? Number(args[limitAt + 1]) : Number.POSITIVE_INFINITY;
  const positional = args.filter(
    (arg, index) => !arg.startsWith('--') && args[index - 1] !== '--limit',
  );
  const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  const root = positional[0] ?? resolve(repo, '../shared/data/ecb-plus-dev');
  // One ECB+ reader for every bench (bench/ecb-plus.ts): same detokenising as the eval.
  const documents = readEcbPlus(root).slice(0, limit);
  const files = documents.map((document) => `${document.topic}/${document.id}.xml`);
  const texts = documents.map((document) => document.text);

  let titled = 0;
  let resolved = 0;
  const unresolvedTitles = new Map<string, number>();
  for (const text of texts) {
    const sentences = splitSentences(text);
    const people = extractPeople(sentences);
    const mentions = extractRoleMentions(sentences, officeHolders.roles, { people });
    const bound = new Set(mentions.map((mention) => mention.personStart));
    for (const person of people) {
      if (person.source !== 'title') continue;
      const before = text.slice(Math.max(0, person.start - 40), person.start).trimEnd();
      const word = /([A-Za-z]+)\.?$/.exec(before)?.[1]?.toLowerCase();
      if (word === undefined || !OFFICE_TITLE_WORDS.has(word)) continue;
      titled += 1;
      if (bound.has(person.start)) resolved += 1;
      else {
        const phrase = before.split(/\s+/).slice(-3).join(' ');
        unresolvedTitles.set(phrase, (unresolvedTitles.get(phrase) ?? 0) + 1);
      }
    }
  }

  const flags: string[] = [];
  const statuses = new Map<string, number>();
  checkRoles({ id: 'warm-up', text: texts[0] ?? 'Nothing.' });
  const runs: number[] = [];
  for (let run = 0; run < TIMED_RUNS; run += 1) {
    const started = performance.now();
    for (const [index, text] of texts.entries()) checkRoles({ id: files[index]!, text });
    runs.push(performance.now() - started);
  }
  const elapsed = [...runs].sort((a, b) => a - b)[Math.floor(TIMED_RUNS / 2)]!;
  texts.forEach((text, index) => {
    const report = checkRoles({ id: files[index]!, text });
    for (const mention of report.mentions) {
      const key = mention.status === 'unchecked' ? `unchecked:${mention.reason}` : mention.status;
      statuses.set(key, (statuses.get(key) ?? 0) + 1);
    }
    for (const figure of report.staleFigures) {
      flags.push(
        `${files[index]!.split('/').slice(-2).join('/')} ${figure.kind} "${figure.mention}" on ${figure.referenceDate}`,
      );
    }
  });
  const characters = texts.reduce((sum, text) => sum + text.length, 0);

  const lines = [
    `ECB+ dev: ${texts.length} texts, ${characters.toLocaleString('en')} characters; table: ${officeHolders.roles.length} roles (Node ${process.version}).`,
    '',
    '| measure | value |',
    '| --- | ---: |',
    `| title + name mentions (office titles) | ${titled} |`,
    `| … bound to a role of the table | ${resolved} (${((100 * resolved) / Math.max(1, titled)).toFixed(1)}%) |`,
    `| stale / never-held / not-yet flags | ${flags.length} |`,
    `| \`checkRoles\` on all texts (warm, median of ${TIMED_RUNS} passes) | ${elapsed.toFixed(0)} ms (${((characters / elapsed) * 1000).toLocaleString('en', { maximumFractionDigits: 0 })} chars/s) |`,
    '',
    `Verdicts: ${[...statuses.entries()]
      .sort()
      .map(([key, count]) => `${key} ${count}`)
      .join(', ')}.`,
  ];
  if (flags.length > 0) lines.push('', 'Flags:', ...flags.map((flag) => `- ${flag}`));
  if (process.argv.includes('--unresolved')) {
    lines.push(
      '',
      'Unresolved title phrases:',
      ...[...unresolvedTitles.entries()]
        .sort((a, b) => b[1] - a[1])
        .map(([phrase, count]) => `- ${count} × ${phrase}`),
    );
  }
  process.stdout.write(`${lines.join('\n')}\n`);
}

main();
