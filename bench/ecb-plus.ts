// Reads the ECB+ corpus (Cybulska & Vossen, LREC 2014) as plain articles: token XML detokenised
// into text with each ECB sentence's span, and the cross-document event coreference that gives
// a gold sentence alignment. Bench-only: nothing from the data enters the repository.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** One ECB+ document as an article, with where each annotated sentence sits in its text. */
export interface EcbDocument {
  /** File name without `.xml`: `1_10ecbplus`. */
  id: string;
  /** Topic number (the folder): `1`. */
  topic: string;
  /** `ecb`: the topic's first event; `ecbplus`: its sibling event. */
  kind: 'ecb' | 'ecbplus';
  /** Detokenised text (sentence 0, the source URL, dropped from `ecbplus` files). */
  text: string;
  /** ECB sentence number → [start, end) in `text`. */
  sentences: Map<number, [number, number]>;
  /** ECB sentence number → ids of the cross-document event instances (ACT…/NEG…) it mentions. */
  events: Map<number, Set<string>>;
  /** ECB sentence numbers listed in ECBplus_coreference_sentences.csv (the annotated ones). */
  annotated: Set<number>;
}

interface Token {
  id: string;
  sentence: number;
  text: string;
}

/** One `<token>` element of an ECB+ file: its id, sentence number and text. */
export const TOKEN_ELEMENT = /<token t_id="(\d+)" sentence="(\d+)" number="\d+">([^<]*)<\/token>/g;
const MARKABLE = /<([A-Z_]+) m_id="(\d+)"\s*>([\s\S]*?)<\/\1>/g;
const ANCHOR = /<token_anchor t_id="(\d+)"\/>/g;
const CROSS_DOC =
  /<CROSS_DOC_COREF r_id="\d+" note="([A-Z]+\d+)"\s*>([\s\S]*?)<\/CROSS_DOC_COREF>/g;
const SOURCE = /<source m_id="(\d+)"\s*\/>/g;

const XML_ENTITIES: Record<string, string> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&apos;': "'",
};

/** The five predefined XML entities of ECB+'s token text, unescaped. */
export function unescapeXml(text: string): string {
  return text.replace(/&(?:amp|lt|gt|quot|apos);/g, (entity) => XML_ENTITIES[entity] ?? entity);
}

// Tokens written against the previous token, and tokens the next one is written against.
const NO_SPACE_BEFORE = new Set([
  '.',
  ',',
  ':',
  ';',
  '!',
  '?',
  ')',
  ']',
  '}',
  '%',
  "'s",
  "n't",
  "'m",
  "'re",
  "'ve",
  "'ll",
  "'d",
  '”',
  '’',
  "''",
  '...',
]);
const NO_SPACE_AFTER = new Set(['(', '[', '{', '$', '“', '‘', '``', '#']);
const JOINERS = new Set(['-', '/', '_']);

/** Joins one sentence's tokens the way the words were written ("U.S. 's" → "U.S.'s", "( 160 kph )" → "(160 kph)"). */
export function detokenize(tokens: readonly string[]): string {
  let out = '';
  let quoteOpen = false;
  let glueNext = true;
  tokens.forEach((raw, index) => {
    let token = raw;
    let glue = glueNext;
    glueNext = false;
    if (token === '``') token = '“';
    else if (token === "''") token = '”';
    if (token === '"') {
      token = quoteOpen ? '”' : '“';
      quoteOpen = !quoteOpen;
    }
    if (NO_SPACE_BEFORE.has(raw) || token === '”') glue = true;
    const previous = tokens[index - 1];
    const next = tokens[index + 1];
    if (JOINERS.has(token) && previous !== undefined && next !== undefined) {
      if (/\w$/.test(previous) && /^\w/.test(next)) {
        glue = true;
        glueNext = true;
      }
    }
    if (NO_SPACE_AFTER.has(raw) || token === '“') glueNext = true;
    out += (glue || out === '' ? '' : ' ') + token;
  });
  return out;
}

// A sentence ending without terminal punctuation (a headline, a dateline, a byline) stood on a
// line of its own; one that ends with it continued the paragraph.
const ENDS_SENTENCE = /[.!?]["”’)]*$/;

/** Parses one ECB+ XML file. `annotated` are its sentence numbers from the CSV. */
export function parseEcbDocument(
  xml: string,
  id: string,
  topic: string,
  annotated: Set<number>,
): EcbDocument {
  const kind = id.endsWith('ecbplus') ? 'ecbplus' : 'ecb';
  const tokens: Token[] = [];
  for (const match of xml.matchAll(TOKEN_ELEMENT)) {
    tokens.push({ id: match[1]!, sentence: Number(match[2]), text: unescapeXml(match[3]!) });
  }
  const bySentence = new Map<number, string[]>();
  const sentenceOfToken = new Map<string, number>();
  for (const token of tokens) {
    if (kind === 'ecbplus' && token.sentence === 0) continue;
    sentenceOfToken.set(token.id, token.sentence);
    const list = bySentence.get(token.sentence) ?? [];
    list.push(token.text);
    bySentence.set(token.sentence, list);
  }
  let text = '';
  const sentences = new Map<number, [number, number]>();
  const numbers = [...bySentence.keys()].sort((a, b) => a - b);
  for (const number of numbers) {
    const sentence = detokenize(bySentence.get(number)!);
    if (text !== '') text += ENDS_SENTENCE.test(text) ? ' ' : '\n\n';
    sentences.set(number, [text.length, text.length + sentence.length]);
    text += sentence;
  }
  const markableTokens = new Map<string, string[]>();
  const markablesEnd = xml.indexOf('</Markables>');
  for (const match of xml
    .slice(0, markablesEnd < 0 ? xml.length : markablesEnd)
    .matchAll(MARKABLE)) {
    const anchors = [...match[3]!.matchAll(ANCHOR)].map((anchor) => anchor[1]!);
    if (anchors.length > 0) markableTokens.set(match[2]!, anchors);
  }
  const events = new Map<number, Set<string>>();
  for (const match of xml.matchAll(CROSS_DOC)) {
    const instance = match[1]!;
    if (!instance.startsWith('ACT') && !instance.startsWith('NEG')) continue;
    for (const source of match[2]!.matchAll(SOURCE)) {
      for (const tokenId of markableTokens.get(source[1]!) ?? []) {
        const sentence = sentenceOfToken.get(tokenId);
        if (sentence === undefined) continue;
        const set = events.get(sentence) ?? new Set<string>();
        set.add(instance);
        events.set(sentence, set);
      }
    }
  }
  return { id, topic, kind, text, sentences, events, annotated };
}

/** Every document of an ECB+ folder (topic folders of `N_Mecb.xml` / `N_Mecbplus.xml`), sorted by id. */
export function readEcbPlus(root: string): EcbDocument[] {
  const annotated = new Map<string, Set<number>>();
  const csv = readFileSync(join(root, 'ECBplus_coreference_sentences.csv'), 'utf8');
  for (const line of csv.split(/\r?\n/).slice(1)) {
    const [topic, file, sentence] = line.split(',');
    if (!topic || !file || sentence === undefined) continue;
    const id = `${topic}_${file}`;
    const set = annotated.get(id) ?? new Set<number>();
    set.add(Number(sentence));
    annotated.set(id, set);
  }
  const documents: EcbDocument[] = [];
  for (const topic of readdirSync(root, { withFileTypes: true })) {
    if (!topic.isDirectory()) continue;
    for (const file of readdirSync(join(root, topic.name))) {
      if (!file.endsWith('.xml')) continue;
      const id = file.slice(0, -'.xml'.length);
      const xml = readFileSync(join(root, topic.name, file), 'utf8');
      documents.push(parseEcbDocument(xml, id, topic.name, annotated.get(id) ?? new Set()));
    }
  }
  return documents.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
