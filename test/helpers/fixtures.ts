// Loads the project's fixture stories (fixtures/<story>/*.txt + expected.json) for tests.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ArticleInput } from '../../src/index.js';
import { splitSentences } from '../../src/index.js';

const fixturesDir = fileURLToPath(new URL('../../fixtures/', import.meta.url));

/** The articles of one fixture story, sorted by id; ids are file names without `.txt`. */
export function loadStory(story: string): ArticleInput[] {
  return readdirSync(`${fixturesDir}${story}`)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => ({
      id: name.slice(0, -4),
      text: readFileSync(`${fixturesDir}${story}/${name}`, 'utf8'),
    }));
}

/** The story's expected.json, untyped (tests read the fields they need). */
// biome-ignore lint/suspicious/noExplicitAny: fixture JSON is checked by fixtures-wellformed.test.ts
export function loadExpected(story: string): any {
  return JSON.parse(readFileSync(`${fixturesDir}${story}/expected.json`, 'utf8'));
}

/** Index of the one sentence of `text` that contains `snippet` (throws when not exactly one). */
export function sentenceContaining(text: string, snippet: string): number {
  const sentences = splitSentences(text);
  const hits = sentences.flatMap((sentence, index) =>
    sentence.text.includes(snippet) ? [index] : [],
  );
  if (hits.length !== 1) throw new Error(`"${snippet}" is in ${hits.length} sentences`);
  return hits[0]!;
}

/** Names of the fixture stories. */
export function storyNames(): string[] {
  return readdirSync(fixturesDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && entry.name !== 'role-mentions')
    .map((entry) => entry.name)
    .sort();
}
