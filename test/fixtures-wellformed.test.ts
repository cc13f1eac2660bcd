// The fixture stories and role-mention cases follow the schema in fixtures/README.md, so the
// evaluation tests that read them can trust every id, date and `contains` anchor.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const FIXTURES_DIR = fileURLToPath(new URL('../fixtures/', import.meta.url));
const ROLE_MENTIONS_FILE = join(FIXTURES_DIR, 'role-mentions', 'cases.json');

/** The brief's floor for the motivating story; every other story needs at least the default. */
const MIN_ALIGNMENT_GROUPS: Record<string, number> = { 'asia-trip-2025': 30 };
const DEFAULT_MIN_ALIGNMENT_GROUPS = 10;
const MIN_ROLE_CASES = 70;
const MIN_DECOY_CASES = 30;
const MIN_JURISDICTIONS = 15;
/** Role-mention cases must span the table's range: 2014 (its first year) to 2026. */
const FIRST_CASE_YEAR = 2014;
const LAST_CASE_YEAR = 2026;

const ARTICLE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const CASE_ID = /^[a-z]+-\d{2}$/;
/** `<iso 3166 alpha-2 or organisation>_<office>`, as in the project's office-holder table. */
const ROLE_ID = /^(?:[a-z]{2}|nato|un|eu|imf|worldbank|wto)_[a-z]+(?:_[a-z]+)*$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const STALE_KINDS = new Set(['stale', 'never-held']);
/** Words that end in a full stop without ending a sentence (checked without the stop). */
const ABBREVIATIONS = new Set([
  'U.S',
  'D.C',
  'U.K',
  'U.N',
  'Mr',
  'Mrs',
  'Ms',
  'Dr',
  'Jr',
  'Sr',
  'St',
]);
/** End of sentence: terminal punctuation, optional closing quote, space, then a capital or opening quote. */
const SENTENCE_BREAK = /([.!?…])["”’)]?\s+["“‘(]?[A-Z0-9]/g;

type Json = unknown;

interface Anchor {
  article: string;
  contains: string;
}

function isObject(value: Json): value is Record<string, Json> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isNonEmptyString(value: Json): value is string {
  return typeof value === 'string' && value.trim().length > 0;
}

function isIsoDate(value: Json): value is string {
  if (typeof value !== 'string') return false;
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  );
}

function countOccurrences(text: string, needle: string): number {
  let count = 0;
  for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 1)) count += 1;
  return count;
}

/** Longest abbreviation worth looking back for; keeps each look-back constant-time. */
const ABBREVIATION_LOOKBACK = 8;

/** Whether `span` crosses a sentence boundary; abbreviations such as "U.S." do not end one. */
function crossesSentenceBoundary(span: string): boolean {
  if (span.includes('\n')) return true;
  for (const match of span.matchAll(SENTENCE_BREAK)) {
    const before = span.slice(Math.max(0, match.index - ABBREVIATION_LOOKBACK), match.index);
    const lastWord = before.split(/\s/).at(-1) ?? '';
    const isAbbreviation =
      match[1] === '.' && (ABBREVIATIONS.has(lastWord) || /^[A-Z]$/.test(lastWord));
    if (!isAbbreviation) return true;
  }
  return false;
}

function readJson(path: string): Json {
  return JSON.parse(readFileSync(path, 'utf8')) as Json;
}

function storyDirectories(): string[] {
  return readdirSync(FIXTURES_DIR)
    .filter((name) => name !== 'role-mentions')
    .filter((name) => statSync(join(FIXTURES_DIR, name)).isDirectory())
    .sort();
}

function readArticles(storyDir: string): Map<string, string> {
  const articles = new Map<string, string>();
  for (const file of readdirSync(storyDir).sort()) {
    if (file.endsWith('.txt')) {
      articles.set(file.slice(0, -'.txt'.length), readFileSync(join(storyDir, file), 'utf8'));
    }
  }
  return articles;
}

/** Checks one `{ article, contains }` anchor and returns where it sits in the article. */
function locateAnchor(
  anchor: Json,
  articles: Map<string, string>,
  where: string,
): { article: string; start: number; end: number } {
  expect(isObject(anchor), `${where} must be an object`).toBe(true);
  const { article, contains } = anchor as unknown as Anchor;
  expect(articles.has(article), `${where}: unknown article ${JSON.stringify(article)}`).toBe(true);
  expect(isNonEmptyString(contains), `${where}: contains must be a non-empty string`).toBe(true);
  const text = articles.get(article) ?? '';
  expect(
    countOccurrences(text, contains),
    `${where}: ${JSON.stringify(contains)} must occur exactly once in ${article}`,
  ).toBe(1);
  expect(
    crossesSentenceBoundary(contains),
    `${where}: ${JSON.stringify(contains)} must lie inside one sentence`,
  ).toBe(false);
  const start = text.indexOf(contains);
  return { article, start, end: start + contains.length };
}

interface Located {
  article: string;
  start: number;
  end: number;
}

/** Whether two anchors in the same article fall in one sentence (overlapping or no boundary between). */
function shareSentence(text: string, a: Located, b: Located): boolean {
  if (a.article !== b.article) return false;
  const [first, second] = a.start <= b.start ? [a, b] : [b, a];
  if (first.end > second.start) return true;
  return !crossesSentenceBoundary(text.slice(first.start, second.end));
}

describe.each(storyDirectories())('fixture story %s', (story) => {
  const storyDir = join(FIXTURES_DIR, story);
  const articles = readArticles(storyDir);
  const expected = readJson(join(storyDir, 'expected.json')) as Record<string, Json>;

  it('has a one-line story, a reference date and display names for exactly its article files', () => {
    expect(isObject(expected)).toBe(true);
    expect(isNonEmptyString(expected.story)).toBe(true);
    expect(String(expected.story)).not.toContain('\n');
    expect(isIsoDate(expected.asOf), `asOf ${String(expected.asOf)}`).toBe(true);
    expect(isObject(expected.articles)).toBe(true);
    const listed = Object.keys(expected.articles as object).sort();
    expect(listed).toEqual([...articles.keys()]);
    for (const [id, meta] of Object.entries(expected.articles as Record<string, Json>)) {
      expect(id).toMatch(ARTICLE_ID);
      expect(isObject(meta) && isNonEmptyString(meta.source), `${id}.source`).toBe(true);
    }
  });

  it('has articles whose first line is a headline and whose text is non-trivial', () => {
    expect(articles.size).toBeGreaterThanOrEqual(2);
    for (const [id, text] of articles) {
      const [headline = ''] = text.split('\n');
      expect(headline.trim().length, `${id} headline`).toBeGreaterThan(0);
      expect(text.length, `${id} length`).toBeGreaterThan(300);
      expect(text, `${id} must not use Windows line endings`).not.toContain('\r');
    }
  });

  it('labels enough alignment groups, each anchored once per article inside one sentence', () => {
    const groups = expected.alignment;
    expect(Array.isArray(groups)).toBe(true);
    const minimum = MIN_ALIGNMENT_GROUPS[story] ?? DEFAULT_MIN_ALIGNMENT_GROUPS;
    expect((groups as Json[]).length).toBeGreaterThanOrEqual(minimum);
    const labels = new Set<string>();
    for (const [index, group] of (groups as Json[]).entries()) {
      const where = `alignment[${index}]`;
      expect(isObject(group), where).toBe(true);
      const { label, members, conflict, note } = group as Record<string, Json>;
      expect(isNonEmptyString(label), `${where}.label`).toBe(true);
      expect(labels.has(String(label)), `${where}: duplicate label ${String(label)}`).toBe(false);
      labels.add(String(label));
      expect(conflict === undefined || typeof conflict === 'boolean', `${where}.conflict`).toBe(
        true,
      );
      expect(note === undefined || isNonEmptyString(note), `${where}.note`).toBe(true);
      expect(Array.isArray(members) && members.length >= 2, `${where}: two members`).toBe(true);
      const seen = new Set<string>();
      for (const [m, member] of (members as Json[]).entries()) {
        const main = locateAnchor(member, articles, `${where}.members[${m}]`);
        const { article } = main;
        expect(seen.has(article), `${where}: ${article} appears twice`).toBe(false);
        seen.add(article);
        // `or`: other sentences of the same article that state the same thing (a headline or
        // takeaway repeating the lead), each in a sentence of its own.
        const alternatives = (member as Record<string, Json>).or;
        if (alternatives === undefined) continue;
        expect(Array.isArray(alternatives), `${where}.members[${m}].or must be a list`).toBe(true);
        for (const [a, contains] of (alternatives as Json[]).entries()) {
          const alternative = locateAnchor(
            { article, contains },
            articles,
            `${where}.members[${m}].or[${a}]`,
          );
          expect(
            shareSentence(articles.get(article) ?? '', main, alternative),
            `${where}.members[${m}].or[${a}] must be another sentence than the anchor`,
          ).toBe(false);
        }
      }
    }
  });

  it('never puts one sentence in two alignment groups', () => {
    const anchors = (expected.alignment as Json[]).flatMap((group, index) =>
      ((group as Record<string, Json>).members as Json[]).flatMap((member) => {
        const { article, contains, or } = member as Record<string, Json>;
        return [contains, ...(Array.isArray(or) ? or : [])].map((anchor) => ({
          group: index,
          ...locateAnchor({ article, contains: anchor }, articles, `alignment[${index}]`),
        }));
      }),
    );
    for (const a of anchors) {
      for (const b of anchors) {
        if (a.group >= b.group) continue;
        expect(
          shareSentence(articles.get(a.article) ?? '', a, b),
          `groups ${a.group} and ${b.group} share a sentence in ${a.article}`,
        ).toBe(false);
      }
    }
  });

  it('anchors every must-not-align pair in two different articles, never inside one group', () => {
    const groups = (expected.alignment as Json[]).map((group, index) =>
      ((group as Record<string, Json>).members as Json[]).map((member) =>
        locateAnchor(member, articles, `alignment[${index}]`),
      ),
    );
    const inGroup = (group: Located[], anchor: Located): boolean =>
      group.some((member) => shareSentence(articles.get(anchor.article) ?? '', member, anchor));
    const pairs = expected.mustNotAlign ?? [];
    expect(Array.isArray(pairs)).toBe(true);
    for (const [index, pair] of (pairs as Json[]).entries()) {
      const where = `mustNotAlign[${index}]`;
      expect(isObject(pair) && isNonEmptyString(pair.why), `${where}.why`).toBe(true);
      const members = (pair as Record<string, Json>).members;
      expect(Array.isArray(members) && members.length === 2, `${where}: two members`).toBe(true);
      const [a, b] = (members as Json[]).map((member, m) =>
        locateAnchor(member, articles, `${where}.members[${m}]`),
      );
      expect(a?.article, `${where}: members must come from different articles`).not.toBe(
        b?.article,
      );
      if (!a || !b) continue;
      for (const [g, group] of groups.entries()) {
        expect(inGroup(group, a) && inGroup(group, b), `${where} is aligned by group ${g}`).toBe(
          false,
        );
      }
    }
  });

  it('states each fact slot with values quoted from the articles', () => {
    const facts = expected.facts ?? [];
    expect(Array.isArray(facts)).toBe(true);
    for (const [index, fact] of (facts as Json[]).entries()) {
      const where = `facts[${index}]`;
      expect(isObject(fact), where).toBe(true);
      const { slot, truth, stated, wrong } = fact as Record<string, Json>;
      expect(isNonEmptyString(slot) && isNonEmptyString(truth), `${where} slot/truth`).toBe(true);
      expect(isObject(stated), `${where}.stated`).toBe(true);
      for (const [id, value] of Object.entries(stated as Record<string, Json>)) {
        expect(isNonEmptyString(value), `${where}.stated.${id}`).toBe(true);
        expect(articles.get(id) ?? '', `${where}: ${id} must contain ${String(value)}`).toContain(
          String(value),
        );
      }
      expect(Array.isArray(wrong), `${where}.wrong`).toBe(true);
      for (const id of wrong as Json[]) {
        expect(Object.keys(stated as object), `${where}.wrong`).toContain(id);
      }
    }
  });

  it('lists stale figures for every article, with role ids, dates and evidence', () => {
    const stale = expected.staleFigures;
    expect(isObject(stale)).toBe(true);
    expect(Object.keys(stale as object).sort()).toEqual([...articles.keys()]);
    for (const [id, figures] of Object.entries(stale as Record<string, Json>)) {
      expect(Array.isArray(figures), `staleFigures.${id}`).toBe(true);
      for (const [index, figure] of (figures as Json[]).entries()) {
        const where = `staleFigures.${id}[${index}]`;
        expect(isObject(figure), where).toBe(true);
        const { person, roleId, kind, heldUntil, holderOnDate, contains } = figure as Record<
          string,
          Json
        >;
        expect(isNonEmptyString(person), `${where}.person`).toBe(true);
        expect(String(roleId)).toMatch(ROLE_ID);
        expect(STALE_KINDS.has(String(kind)), `${where}.kind`).toBe(true);
        if (kind === 'stale') {
          expect(isIsoDate(heldUntil), `${where}.heldUntil`).toBe(true);
          expect(String(heldUntil) < String(expected.asOf), `${where}: ended before asOf`).toBe(
            true,
          );
        }
        expect(isNonEmptyString(holderOnDate) && holderOnDate !== person, where).toBe(true);
        if (contains !== undefined) {
          locateAnchor({ article: id, contains }, articles, where);
          const surname = String(person).split(' ').at(-1) ?? '';
          expect(String(contains), `${where}: contains names the person`).toContain(surname);
        }
      }
    }
  });

  it('names outliers that exist, with mentions found in their text', () => {
    expect(Array.isArray(expected.outliers)).toBe(true);
    for (const outlier of expected.outliers as Json[]) {
      expect(isObject(outlier)).toBe(true);
      const { id, mentions } = outlier as Record<string, Json>;
      expect(articles.has(String(id)), `outlier ${String(id)}`).toBe(true);
      expect(Array.isArray(mentions) && mentions.length > 0).toBe(true);
      for (const mention of mentions as Json[]) {
        expect(articles.get(String(id)), `outlier ${String(id)}`).toContain(String(mention));
      }
    }
  });

  it('pairs copies of existing, distinct articles', () => {
    expect(Array.isArray(expected.copies)).toBe(true);
    for (const pair of expected.copies as Json[]) {
      expect(Array.isArray(pair) && pair.length === 2).toBe(true);
      const [a, b] = pair as string[];
      expect(articles.has(String(a)) && articles.has(String(b)) && a !== b).toBe(true);
    }
  });
});

describe('role-mention cases', () => {
  const cases = readJson(ROLE_MENTIONS_FILE) as Json[];

  it('has enough cases with unique ids, real dates and known-looking role ids', () => {
    expect(Array.isArray(cases)).toBe(true);
    expect(cases.length).toBeGreaterThanOrEqual(MIN_ROLE_CASES);
    const ids = new Set<string>();
    for (const entry of cases) {
      expect(isObject(entry)).toBe(true);
      const { id, text, asOf, roles, expected, note } = entry as Record<string, Json>;
      const where = `case ${String(id)}`;
      expect(String(id)).toMatch(CASE_ID);
      expect(ids.has(String(id)), `${where} duplicated`).toBe(false);
      ids.add(String(id));
      expect(isNonEmptyString(text), `${where}.text`).toBe(true);
      expect(isIsoDate(asOf), `${where}.asOf`).toBe(true);
      expect(isNonEmptyString(note), `${where}.note`).toBe(true);
      expect(Array.isArray(roles), `${where}.roles`).toBe(true);
      for (const role of roles as Json[]) expect(String(role)).toMatch(ROLE_ID);
      expect(Array.isArray(expected), `${where}.expected`).toBe(true);
    }
  });

  it('flags only people named in the text, in roles the text names, with a holder on the date', () => {
    for (const entry of cases as Record<string, Json>[]) {
      const where = `case ${String(entry.id)}`;
      for (const flag of entry.expected as Record<string, Json>[]) {
        const { person, roleId, kind, heldUntil, holderOnDate } = flag;
        expect(isNonEmptyString(person), `${where}.person`).toBe(true);
        const nameParts = String(person)
          .split(/[\s-]+/)
          .filter((part) => part.length >= 3);
        expect(
          nameParts.some((part) => String(entry.text).includes(part)),
          `${where}: text names ${String(person)}`,
        ).toBe(true);
        expect(entry.roles as Json[], `${where}: roles lists ${String(roleId)}`).toContain(roleId);
        expect(STALE_KINDS.has(String(kind)), `${where}.kind`).toBe(true);
        if (kind === 'stale') {
          expect(isIsoDate(heldUntil), `${where}.heldUntil`).toBe(true);
          expect(String(heldUntil) < String(entry.asOf), `${where}: ended before asOf`).toBe(true);
        } else {
          expect(heldUntil, `${where}: never-held has no heldUntil`).toBeUndefined();
        }
        expect(isNonEmptyString(holderOnDate) && holderOnDate !== person, where).toBe(true);
      }
    }
  });

  it('covers decoys, many jurisdictions and the years 2014 to 2026', () => {
    const decoys = cases.filter(
      (entry) => ((entry as Record<string, Json[]>).expected ?? []).length === 0,
    );
    expect(decoys.length).toBeGreaterThanOrEqual(MIN_DECOY_CASES);
    const jurisdictions = new Set(
      cases.flatMap((entry) =>
        ((entry as Record<string, Json[]>).roles ?? []).map((role) => String(role).split('_')[0]),
      ),
    );
    expect(jurisdictions.size).toBeGreaterThanOrEqual(MIN_JURISDICTIONS);
    const years = new Set(
      cases.map((entry) => Number(String((entry as Record<string, Json>).asOf).slice(0, 4))),
    );
    for (let year = FIRST_CASE_YEAR; year <= LAST_CASE_YEAR; year += 1) {
      expect(years.has(year), `a case dated ${year}`).toBe(true);
    }
  });
});

describe('sentence-boundary helper used by these checks', () => {
  it('finds a boundary between two sentences', () => {
    expect(crossesSentenceBoundary('He left. She stayed')).toBe(true);
    expect(crossesSentenceBoundary('“It’s on my list. I’m going')).toBe(true);
  });

  it('does not treat abbreviations or initials as boundaries', () => {
    expect(crossesSentenceBoundary('U.S. President Donald Trump')).toBe(false);
    expect(crossesSentenceBoundary('Washington, D.C. Officials')).toBe(false);
    expect(crossesSentenceBoundary('Ferdinand Marcos Jr. Has')).toBe(false);
    expect(crossesSentenceBoundary('John F. Kennedy')).toBe(false);
  });

  it('handles long runs of punctuation and spaces', () => {
    const adversarial = `${'A. '.repeat(50_000)}x`;
    crossesSentenceBoundary(adversarial);
  });
});
