// Person-name extraction on real wire copy: the names `extractPeople` finds in the ECB+ dev texts
// against the human participants the corpus annotates by proper name. Prints markdown for
// bench/BENCHMARKS.md ("Person names on ECB+").
//
//   npx tsx bench/person-names.ts [path/to/ecb-plus-dev] [--examples]
//
// The default path is ../shared/data/ecb-plus-dev next to the repository. Each article is split
// and extracted whole (`splitSentences` + `extractPeople`, as `analyze` does per article: short
// forms resolve against the article's full names); only mentions inside the sentences listed in
// ECBplus_coreference_sentences.csv are scored, because only those are annotated.
//
// Gold: HUMAN_PART_PER markables of those sentences that are proper names (`goldName`): every
// word of the markable starts with a capital (a possessive "'s" and a leading honorific such as
// "Mr" or "Gov." are cut off), and a one-word markable that opens its sentence counts only when
// the same word is also written capitalised inside a sentence of the document ("Police said …",
// "Witnesses …" and "He …" are not names; "Bush said …" is when "President Bush" occurs too).
// Descriptors ("the officer", "Arkansas woman", "12th Doctor") are not gold.
//
// Recall: the share of gold names with an extracted mention overlapping them whose key equals the
// gold name's key (exact span) or whose last word equals the gold name's last word (head word).
// Precision: ECB+ annotates only event participants, so an extracted name that overlaps no
// markable at all is not judged (counted apart as "unannotated"); among the rest, a mention is
// right when it matches a gold name (exact / head word as above) and wrong otherwise (it overlaps
// a place, an organisation, an action, or a person described rather than named).
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractPeople } from '../src/extract/people/extract-people.js';
import { personNameKey } from '../src/extract/person-coreference.js';
import { splitSentences } from '../src/text/split-sentences.js';
import { type EcbDocument, readEcbPlus, TOKEN_ELEMENT, unescapeXml } from './ecb-plus.js';

const CAPITALISED = /^\p{Lu}/u;
const MARKABLE = /<([A-Z_]+) m_id="(\d+)"\s*>([\s\S]*?)<\/\1>/g;
const ANCHOR = /<token_anchor t_id="(\d+)"\/>/g;

/**
 * Honorifics cut from the front of a gold markable ("Mr Ging" → "Ging", "Gov. Sarah Palin" →
 * "Sarah Palin"): ECB+ spans are mostly the bare name, and the extractor returns names without
 * their title. A bench-local list, independent of the extractor's title words.
 */
const GOLD_HONORIFICS = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'gov', 'sen', 'rep', 'sir']);

interface Span {
  start: number;
  end: number;
}

interface GoldName extends Span {
  name: string;
  key: string;
  head: string;
}

interface TokenAt extends Span {
  id: string;
  sentence: number;
  text: string;
  initial: boolean;
  /** In a title-case line (a headline), where capitals say nothing. */
  heading: boolean;
}

/** Places every token of the document's kept sentences in its detokenised text. */
function locateTokens(xml: string, document: EcbDocument): Map<string, TokenAt> {
  const bySentence = new Map<number, { id: string; text: string }[]>();
  for (const match of xml.matchAll(TOKEN_ELEMENT)) {
    const sentence = Number(match[2]);
    const list = bySentence.get(sentence) ?? [];
    list.push({ id: match[1]!, text: unescapeXml(match[3]!) });
    bySentence.set(sentence, list);
  }
  const located = new Map<string, TokenAt>();
  for (const [sentence, [start, end]] of document.sentences) {
    let cursor = start;
    let first = true;
    for (const token of bySentence.get(sentence) ?? []) {
      while (cursor < end && /\s/.test(document.text[cursor]!)) cursor += 1;
      let at = document.text.startsWith(token.text, cursor) ? cursor : -1;
      let length = token.text.length;
      if (at < 0 && ['``', "''", '"'].includes(token.text)) {
        at = cursor;
        length = 1;
      }
      if (at < 0) {
        at = document.text.indexOf(token.text, cursor);
        if (at < 0 || at >= end) continue;
      }
      const isWord = /\p{L}/u.test(token.text);
      located.set(token.id, {
        id: token.id,
        sentence,
        text: token.text,
        start: at,
        end: at + length,
        initial: first && isWord,
        heading: false,
      });
      if (isWord) first = false;
      cursor = at + length;
    }
    const words = [...located.values()].filter(
      (token) => token.sentence === sentence && /\p{L}/u.test(token.text) && token.text.length > 3,
    );
    const capitals = words.filter((token) => CAPITALISED.test(token.text)).length;
    if (words.length >= 2 && capitals / words.length >= HEADING_SHARE) {
      for (const token of words) token.heading = true;
      for (const token of located.values()) if (token.sentence === sentence) token.heading = true;
    }
  }
  return located;
}

/** Share of a line's longer words written capitalised for it to read as a headline. */
const HEADING_SHARE = 0.8;

/**
 * A HUMAN_PART_PER markable as a gold proper name, or null for a pronoun or a description: see
 * the header. `midSentenceCapitals` holds the words the document writes capitalised inside a
 * sentence.
 */
function goldName(
  tokens: readonly TokenAt[],
  text: string,
  midSentenceCapitals: ReadonlySet<string>,
): GoldName | null {
  let words = tokens.filter((token) => token.text !== "'s" && token.text !== '’s');
  while (
    words.length > 1 &&
    GOLD_HONORIFICS.has(words[0]!.text.toLowerCase().replace(/\.$/, '').replace(/\..*$/, ''))
  ) {
    // "Gov.Sarah" is one token in the corpus: keep what follows the dot.
    const dot = words[0]!.text.indexOf('.');
    if (dot >= 0 && dot < words[0]!.text.length - 1) {
      const rest = words[0]!;
      words = [
        { ...rest, start: rest.start + dot + 1, text: rest.text.slice(dot + 1) },
        ...words.slice(1),
      ];
      break;
    }
    words = words.slice(1);
  }
  const content = words.filter((token) => /[\p{L}\p{N}]/u.test(token.text));
  if (content.length === 0) return null;
  if (!content.every((token) => CAPITALISED.test(token.text))) return null;
  // In a headline, or a lone word opening its sentence, a capital proves nothing: the words must
  // also be written capitalised inside a prose sentence of the document.
  const unproven =
    content.some((token) => token.heading) || (content.length === 1 && content[0]!.initial);
  if (
    unproven &&
    !content.every((token) =>
      midSentenceCapitals.has(token.text.charAt(0) + token.text.slice(1).toLowerCase()),
    )
  )
    return null;
  const start = words[0]!.start;
  let end = words[words.length - 1]!.end;
  const raw = text.slice(start, end);
  const name = raw.replace(/['’]s$/, '');
  end = start + name.length;
  const key = personNameKey(name);
  const head =
    key
      .split(' ')
      .filter((word) => !['jr', 'sr', 'ii', 'iii'].includes(word))
      .pop() ?? '';
  return { start, end, name, key, head };
}

function headWord(key: string): string {
  return (
    key
      .split(' ')
      .filter((word) => !['jr', 'sr', 'ii', 'iii'].includes(word))
      .pop() ?? ''
  );
}

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

interface Tally {
  gold: number;
  goldExact: number;
  goldHead: number;
  extracted: number;
  unannotated: number;
  judged: number;
  rightExact: number;
  rightHead: number;
}

function main(): void {
  const args = process.argv.slice(2);
  const examples = args.includes('--examples');
  const positional = args.filter((arg) => !arg.startsWith('--'));
  const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  const root = positional[0] ?? resolve(repo, '../shared/data/ecb-plus-dev');
  const documents = readEcbPlus(root);
  const tally: Tally = {
    gold: 0,
    goldExact: 0,
    goldHead: 0,
    extracted: 0,
    unannotated: 0,
    judged: 0,
    rightExact: 0,
    rightHead: 0,
  };
  const missed = new Map<string, number>();
  const wrong = new Map<string, number>();
  const partial = new Map<string, number>();
  const started = performance.now();
  let extractMs = 0;
  for (const document of documents) {
    const xml = readFileSync(join(root, document.topic, `${document.id}.xml`), 'utf8');
    const tokens = locateTokens(xml, document);
    const midSentenceCapitals = new Set<string>();
    for (const token of tokens.values()) {
      if (!token.initial && !token.heading && CAPITALISED.test(token.text))
        midSentenceCapitals.add(token.text.charAt(0) + token.text.slice(1).toLowerCase());
    }
    const markablesEnd = xml.indexOf('</Markables>');
    const gold: GoldName[] = [];
    const annotatedSpans: Span[] = [];
    for (const match of xml
      .slice(0, markablesEnd < 0 ? xml.length : markablesEnd)
      .matchAll(MARKABLE)) {
      const anchored = [...match[3]!.matchAll(ANCHOR)]
        .map((anchor) => tokens.get(anchor[1]!))
        .filter((token): token is TokenAt => token !== undefined)
        .sort((a, b) => a.start - b.start);
      if (anchored.length === 0) continue;
      if (!document.annotated.has(anchored[0]!.sentence)) continue;
      annotatedSpans.push({ start: anchored[0]!.start, end: anchored[anchored.length - 1]!.end });
      if (match[1] !== 'HUMAN_PART_PER') continue;
      const name = goldName(anchored, document.text, midSentenceCapitals);
      if (name) gold.push(name);
    }
    const inAnnotated = (span: Span): boolean =>
      [...document.annotated].some((sentence) => {
        const range = document.sentences.get(sentence);
        return range !== undefined && span.start >= range[0] && span.end <= range[1];
      });
    const extractStarted = performance.now();
    const people = extractPeople(splitSentences(document.text)).filter(
      (person) => !person.byline && inAnnotated(person),
    );
    extractMs += performance.now() - extractStarted;
    for (const name of gold) {
      tally.gold += 1;
      const near = people.filter((person) => overlaps(person, name));
      const exact = near.some((person) => personNameKey(person.name) === name.key);
      const head = near.some((person) => headWord(personNameKey(person.name)) === name.head);
      if (exact) tally.goldExact += 1;
      if (head) tally.goldHead += 1;
      if (!head) {
        const label =
          near.length > 0 ? `${name.name} ← ${near.map((p) => p.name).join(' | ')}` : name.name;
        (near.length > 0 ? partial : missed).set(
          label,
          ((near.length > 0 ? partial : missed).get(label) ?? 0) + 1,
        );
      } else if (!exact) {
        const label = `${name.name} ← ${near.map((p) => p.name).join(' | ')}`;
        partial.set(label, (partial.get(label) ?? 0) + 1);
      }
    }
    for (const person of people) {
      tally.extracted += 1;
      if (!annotatedSpans.some((span) => overlaps(span, person))) {
        tally.unannotated += 1;
        continue;
      }
      tally.judged += 1;
      const key = personNameKey(person.name);
      const near = gold.filter((name) => overlaps(person, name));
      if (near.some((name) => name.key === key)) tally.rightExact += 1;
      if (near.some((name) => name.head === headWord(key))) tally.rightHead += 1;
      else wrong.set(person.name, (wrong.get(person.name) ?? 0) + 1);
    }
  }
  const share = (part: number, whole: number): string => (part / Math.max(1, whole)).toFixed(2);
  const lines = [
    `ECB+ dev: ${documents.length} texts, ${tally.gold} gold person names in the annotated sentences; ${tally.extracted} names extracted there (${tally.unannotated} overlap no markable: not judged). Extraction ${extractMs.toFixed(0)} ms, whole run ${(performance.now() - started).toFixed(0)} ms (Node ${process.version}).`,
    '',
    '| match | precision | recall |',
    '| --- | ---: | ---: |',
    `| exact span (same key) | ${share(tally.rightExact, tally.judged)} (${tally.rightExact} of ${tally.judged}) | ${share(tally.goldExact, tally.gold)} (${tally.goldExact} of ${tally.gold}) |`,
    `| head word (same last word) | ${share(tally.rightHead, tally.judged)} (${tally.rightHead} of ${tally.judged}) | ${share(tally.goldHead, tally.gold)} (${tally.goldHead} of ${tally.gold}) |`,
  ];
  if (examples) {
    const top = (map: Map<string, number>, count: number): string[] =>
      [...map.entries()]
        .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
        .slice(0, count)
        .map(([label, times]) => `- ${times} × ${label}`);
    lines.push('', 'Missed (no mention with the head word):', ...top(missed, 60));
    lines.push('', 'Found with another span (gold ← extracted):', ...top(partial, 60));
    lines.push('', 'Wrong (judged, no gold name with the head word):', ...top(wrong, 60));
  }
  process.stdout.write(`${lines.join('\n')}\n`);
}

main();
