// Dumps what the public entry points say about every fixture story to a folder, and compares
// two such folders byte for byte: the check that a refactor left every output unchanged.
//
//   npx tsx scripts/compare-outputs.ts save  [dir]   # write the outputs (default: a temp dir)
//   npx tsx scripts/compare-outputs.ts check [dir]   # write to a fresh temp dir, diff against dir
//
// Per story: analyze() (default options, reversed input order, every truth algorithm,
// asOf), alignSentences(), findStaleFigures() and checkRoles() per article, and a leave-one-out
// Corpus.score() per article. Plus findStaleFigures() on every fixtures/role-mentions case.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  type ArticleInput,
  alignSentences,
  analyze,
  checkRoles,
  createCorpus,
  findRoleConflicts,
  findStaleFigures,
  TRUTH_ALGORITHMS,
} from '../src/index.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const fixtures = join(root, 'fixtures');
const DEFAULT_DIR = join(tmpdir(), 'corroborate-outputs-baseline');
/** The date the fixture stories are judged on when an entry point needs one. */
const AS_OF = '2025-10-26';

function loadStory(story: string): ArticleInput[] {
  return readdirSync(join(fixtures, story))
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => ({
      id: name.slice(0, -4),
      text: readFileSync(join(fixtures, story, name), 'utf8'),
    }));
}

function stories(): string[] {
  return readdirSync(fixtures, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && entry.name !== 'role-mentions')
    .map((entry) => entry.name)
    .sort();
}

const json = (value: unknown) => `${JSON.stringify(value, null, 1)}\n`;

function dump(dir: string): string[] {
  mkdirSync(dir, { recursive: true });
  const files: string[] = [];
  const write = (name: string, value: unknown) => {
    writeFileSync(join(dir, name), json(value));
    files.push(name);
  };
  for (const story of stories()) {
    const articles = loadStory(story);
    write(`${story}.analyze.json`, analyze(articles));
    write(`${story}.analyze-reversed.json`, analyze([...articles].reverse()));
    write(`${story}.analyze-asof.json`, analyze(articles, { asOf: AS_OF }));
    for (const algorithm of TRUTH_ALGORITHMS) {
      if (algorithm === 'crh') continue;
      write(`${story}.analyze-${algorithm}.json`, analyze(articles, { algorithm }));
    }
    write(`${story}.align.json`, alignSentences(articles));
    write(
      `${story}.stale.json`,
      articles.map((article) => ({
        id: article.id,
        stale: findStaleFigures(article, { asOf: AS_OF }),
        roles: checkRoles(article, { asOf: AS_OF }),
      })),
    );
    write(`${story}.role-conflicts.json`, findRoleConflicts(articles));
    write(
      `${story}.corpus-score.json`,
      articles.map((article) =>
        createCorpus(articles.filter((other) => other.id !== article.id)).score(article),
      ),
    );
  }
  const cases = JSON.parse(readFileSync(join(fixtures, 'role-mentions', 'cases.json'), 'utf8')) as {
    id: string;
    text: string;
    asOf: string;
  }[];
  write(
    'role-mentions.json',
    cases.map((entry) => ({
      id: entry.id,
      stale: findStaleFigures({ id: entry.id, text: entry.text }, { asOf: entry.asOf }),
    })),
  );
  return files;
}

const [command = 'check', dirArgument] = process.argv.slice(2);
const baseline = dirArgument ?? DEFAULT_DIR;
if (command === 'save') {
  const files = dump(baseline);
  console.log(`wrote ${files.length} files to ${baseline}`);
} else if (command === 'check') {
  const current = join(tmpdir(), `corroborate-outputs-${process.pid}`);
  const files = dump(current);
  const saved = new Set(readdirSync(baseline));
  let differing = 0;
  for (const name of files) {
    if (!saved.has(name)) {
      console.log(`new: ${name}`);
      differing++;
      continue;
    }
    const before = readFileSync(join(baseline, name), 'utf8');
    const after = readFileSync(join(current, name), 'utf8');
    if (before !== after) {
      console.log(`differs: ${name}  (diff ${join(baseline, name)} ${join(current, name)})`);
      differing++;
    }
  }
  for (const name of saved) if (!files.includes(name)) console.log(`missing: ${name}`);
  console.log(
    differing === 0
      ? `${files.length} outputs byte-identical to ${baseline}`
      : `${differing} of ${files.length} outputs differ`,
  );
  process.exitCode = differing === 0 ? 0 : 1;
} else {
  console.error('usage: tsx scripts/compare-outputs.ts save|check [dir]');
  process.exitCode = 2;
}
