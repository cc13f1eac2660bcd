// The gazetteer: countries, cities and regions with their aliases and demonyms, matched on word
// tokens with a token trie; and the prepared tokens and matches of an article's sentences.
import { type Token, tokenize } from '../text/tokenize.js';
import type { SentenceSpan } from '../text/types.js';
import {
  TokenTrie,
  type TrieMatch,
  tokenizeWords,
  type WordToken,
  wordTokens,
} from '../text/word-tokens.js';
import { CITIES, COUNTRIES, REGIONS } from './gazetteer-data.js';
import type { PlaceKind } from './types.js';

/** One gazetteer entry: a place and how it was named. */
export interface GazetteerEntry {
  /** Canonical name. */
  name: string;
  kind: PlaceKind;
  country?: string;
  countryCode?: string;
  capital: boolean;
  form: 'name' | 'adjective';
}

interface Gazetteer {
  trie: TokenTrie<GazetteerEntry>;
  countryNames: Map<string, string>;
  /** Each country's capital city entry, by ISO code. */
  capitals: Map<string, GazetteerEntry>;
}

let gazetteer: Gazetteer | undefined;

function splitList(value: string | undefined): string[] {
  if (!value) return [];
  return value
    .split(';')
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

/** Parses the compact tables of gazetteer-data.ts into a trie, once. */
function buildGazetteer(): Gazetteer {
  const trie = new TokenTrie<GazetteerEntry>();
  const countryNames = new Map<string, string>();
  const capitals = new Map<string, GazetteerEntry>();
  const seen = new Set<string>();
  const add = (alias: string, entry: GazetteerEntry): void => {
    const tokens = tokenizeWords(alias);
    const key = tokens.map((token) => token.norm).join(' ');
    // First entry wins: countries are listed before cities, cities before regions.
    if (seen.has(key)) return;
    seen.add(key);
    trie.insert(tokens, entry);
  };
  for (const line of COUNTRIES.split('\n')) {
    if (line.trim() === '') continue;
    const [code = '', names, adjectives] = line.split('|');
    const aliases = splitList(names);
    const name = aliases[0] ?? code;
    countryNames.set(code, name);
    const base = { name, country: name, countryCode: code, capital: false };
    for (const alias of aliases) add(alias, { ...base, kind: 'country', form: 'name' });
    for (const adjective of splitList(adjectives)) {
      add(adjective, { ...base, kind: 'country', form: 'adjective' });
    }
  }
  for (const line of CITIES.split('\n')) {
    if (line.trim() === '') continue;
    const [code = '', cities] = line.split('|');
    const country = countryNames.get(code);
    for (const group of splitList(cities)) {
      const capital = group.startsWith('*');
      const aliases = group.replace(/^\*/, '').split('=');
      const name = aliases[0] ?? '';
      const entry: GazetteerEntry = {
        name,
        kind: 'city',
        capital,
        form: 'name',
        ...(country ? { country, countryCode: code } : {}),
      };
      if (capital && country && !capitals.has(code)) capitals.set(code, entry);
      for (const alias of aliases) add(alias, entry);
    }
  }
  for (const line of REGIONS.split('\n')) {
    if (line.trim() === '') continue;
    const [code = '', names, adjectives] = line.split('|');
    const country = code ? countryNames.get(code) : undefined;
    const located = country ? { country, countryCode: code } : {};
    splitList(names).forEach((group, index) => {
      const aliases = group.split('=');
      const base = { name: aliases[0] ?? '', kind: 'region' as const, capital: false, ...located };
      for (const alias of aliases) add(alias, { ...base, form: 'name' });
      // Demonyms name the line's first region ("Asian" → Asia).
      if (index > 0) return;
      for (const adjective of splitList(adjectives)) add(adjective, { ...base, form: 'adjective' });
    });
  }
  return { trie, countryNames, capitals };
}

function getGazetteer(): Gazetteer {
  gazetteer ??= buildGazetteer();
  return gazetteer;
}

/** Canonical country name for an ISO 3166-1 alpha-2 code ("KR" → "South Korea"), if known. */
export function countryNameOf(code: string): string | undefined {
  return getGazetteer().countryNames.get(code);
}

/** The capital city of a country by ISO 3166-1 alpha-2 code ("LT" → Vilnius), if the gazetteer lists one. */
export function capitalOf(code: string): GazetteerEntry | undefined {
  return getGazetteer().capitals.get(code);
}

/** Every gazetteer match (names and demonyms) in a token list, longest first, left to right. */
export function matchGazetteer(tokens: readonly WordToken[]): TrieMatch<GazetteerEntry>[] {
  return getGazetteer().trie.matchAll(tokens);
}

/**
 * The word tokens and gazetteer matches of an article's sentences, one entry per sentence:
 * computed once (by the prepare stage, or by a public extractor called on its own) and read
 * by every extractor, so no extractor tokenizes a sentence again.
 */
export interface TokenizedSentences {
  /** Word tokens of each sentence (see `wordTokens`, a view of its `tokenize` tokens), offsets relative to the sentence. */
  tokens: WordToken[][];
  /** Gazetteer matches of each sentence's tokens (see {@link matchGazetteer}). */
  places: TrieMatch<GazetteerEntry>[][];
}

/** Tokenizes every sentence once, reads its word tokens and matches the gazetteer on them. */
export function tokenizeSentences(sentences: readonly SentenceSpan[]): TokenizedSentences {
  return readWordTokens(sentences.map((sentence) => tokenize(sentence.text)));
}

/**
 * {@link tokenizeSentences} for a caller that has each sentence's `tokenize` tokens already
 * (the prepare stage, which also profiles and dates the sentences from them).
 */
export function readWordTokens(
  tokensBySentence: readonly (readonly Token[])[],
): TokenizedSentences {
  const tokens = tokensBySentence.map((sentenceTokens) => wordTokens(sentenceTokens));
  return { tokens, places: tokens.map((words) => matchGazetteer(words)) };
}
