// What a sentence is about, as concepts that survive rewording across outlets: content stems
// folded into synonym classes, the countries places and demonyms point to, places, figures and
// organisations. Each word counts once: a place word becomes its country (and place), a figure
// its figure concept, never also a plain word, so one mention does not outweigh the rest.

import { type GazetteerEntry, matchGazetteer } from '../extract/gazetteer.js';
import { isCapitalMetonym } from '../extract/places.js';
import { smoothedIdf } from '../text/idf.js';
import { stem } from '../text/stem.js';
import { type TrieMatch, tokenizeWords, type WordToken } from '../text/word-tokens.js';
import type { SentenceContent } from './sentence-profile.js';

/**
 * Words that news copy uses interchangeably for one idea. Each line is one class, written as
 * plain words and stemmed on load (so a class can never miss its own members' stems); the
 * first word's stem names it. Kept to wording that swaps freely in reporting of one event
 * (from rewriting the fixture stories in several house styles); words with a second common
 * sense stay out ("run", "hold").
 */
const SYNONYM_CLASSES = `
meet talk sit-down summit encounter session
trip tour visit journey travel voyage leg
tariff duty levy
said say tell told state add note
pledge promise commit vow
invest investment
sign ink
ceasefire truce
peace
accord agreement deal pact
leader head
president
discuss address
expect due set schedule plan slate
arrive land reach
depart leave
confirm
threaten warn threat
raise lift hike increase boost
cut lower reduce
sideline margin
`;

/**
 * Multi-word phrases and acronyms that name one concept: `concept | phrase; phrase; …`,
 * phrases in folded form (lower case, no dots). Organisations appear both spelled out and as
 * acronyms in news copy; a few verb phrases are single ideas ("sit down" = meet).
 */
const PHRASE_CONCEPTS = `
w:meet | sit down; sit-down; face to face; face-to-face; get together
w:arriv | touch down; fly in
w:depart | set off; set out
o:asean | asean; association of southeast asian nations
o:apec | apec; asia-pacific economic cooperation; asia pacific economic cooperation
o:g7 | g7; group of seven; g-7
o:g20 | g20; group of 20; group of twenty; g-20
o:nato | nato; north atlantic treaty organization; north atlantic treaty organisation
o:un | un; united nations
o:eu | eu; european union
o:imf | imf; international monetary fund
o:wto | wto; world trade organization; world trade organisation
o:ecb | ecb; european central bank
o:fed | federal reserve; the fed
o:dmz | dmz; demilitarized zone; demilitarised zone
`;

interface PhraseNode {
  concept?: string;
  next: Map<string, PhraseNode>;
}

let phraseTrie: PhraseNode | undefined;

function phrases(): PhraseNode {
  if (phraseTrie) return phraseTrie;
  const root: PhraseNode = { next: new Map() };
  for (const line of PHRASE_CONCEPTS.split('\n')) {
    const [concept, list] = line.split('|').map((part) => part.trim());
    if (!concept || !list) continue;
    for (const phrase of list.split(';')) {
      let node = root;
      for (const word of tokenizeWords(phrase.trim()).map((token) => token.norm)) {
        let child = node.next.get(word);
        if (!child) {
          child = { next: new Map() };
          node.next.set(word, child);
        }
        node = child;
      }
      node.concept = concept;
    }
  }
  phraseTrie = root;
  return root;
}

/** Concepts named by multi-word phrases and acronyms in a token sequence (longest match). */
export function phraseConcepts(tokens: readonly PhraseToken[]): string[] {
  const root = phrases();
  const found: string[] = [];
  for (let start = 0; start < tokens.length; start++) {
    let node: PhraseNode | undefined = root;
    let concept: string | undefined;
    for (let index = start; index < tokens.length && node; index++) {
      node = node.next.get(tokens[index]!.norm);
      if (node?.concept && (index > start || writtenAsAcronym(tokens[start]!)))
        concept = node.concept;
    }
    if (concept) found.push(concept);
  }
  return found;
}

/** What {@link phraseConcepts} reads of a token (a `WordToken` has it all). */
export interface PhraseToken {
  norm: string;
  text?: string;
  allCaps?: boolean;
}

// One-word phrases this short are acronyms that collide with names and words: "Un" in
// "Kim Jong Un" is not the UN, "Eu" in a name is not the EU.
const SHORT_ACRONYM_LENGTH = 3;

/**
 * Whether a one-word phrase is written as the acronym it would stand for: acronyms of up to
 * three letters must be in capitals ("UN", "U.N.", "EU"); longer ones may also be written in
 * title case, as some house styles do ("Nato", "Asean"). Tokens without case information
 * (plain `{ norm }` objects) are taken as written.
 */
export function writtenAsAcronym(token: PhraseToken): boolean {
  if (token.norm.length > SHORT_ACRONYM_LENGTH) return true;
  if (token.allCaps !== undefined) return token.allCaps || /\d/.test(token.norm);
  return token.text === undefined || token.text === token.text.toUpperCase();
}

let synonyms: Map<string, string> | undefined;

/** The synonym class of a stem (the stem of its class's first word), or the stem itself. */
export function synonymClass(term: string): string {
  if (!synonyms) {
    synonyms = new Map();
    for (const line of SYNONYM_CLASSES.split('\n')) {
      const words = line.trim().split(/\s+/).filter(Boolean);
      if (words.length === 0) continue;
      const head = stem(words[0]!);
      for (const word of words) if (!synonyms.has(stem(word))) synonyms.set(stem(word), head);
    }
  }
  return synonyms.get(term) ?? term;
}

/**
 * Distinct concept keys of a sentence (see the file comment): `w:` content stems in synonym
 * classes, `c:` countries, `p:` places more specific than a country, `#:` figures, and the
 * phrase concepts of {@link phraseConcepts} (`o:` organisations, `w:` verb phrases).
 * `tokens` and `matches` are the sentence's word tokens and gazetteer matches, when the
 * caller already has them.
 */
export function factConcepts(
  profile: SentenceContent,
  tokens: readonly WordToken[] = tokenizeWords(profile.text),
  matches: readonly TrieMatch<GazetteerEntry>[] = matchGazetteer(tokens),
): string[] {
  const concepts = new Set<string>();
  const places = placeConcepts(tokens, matches);
  for (const concept of places.concepts) concepts.add(concept);
  const figures = new Set(profile.numbers.map((number) => String(number.value)));
  for (const term of profile.terms) {
    if (places.stems.has(term) || figures.has(term)) continue;
    concepts.add(`w:${synonymClass(term)}`);
  }
  for (const concept of phraseConcepts(tokens)) concepts.add(concept);
  for (const number of profile.numbers) concepts.add(`#:${number.unit}:${number.value}`);
  return [...concepts].sort();
}

/**
 * The places a sentence names, as concepts: every place with a country gives that country
 * ("Japanese", "Japan's", "Tokyo" and "Japan" all point at Japan), and a place more specific
 * than a country also itself (`p:tokyo`) — unless it is a capital standing for its government
 * ("Beijing has not confirmed the meeting" = China; see `isCapitalMetonym`). `stems` are the
 * stems of the words those places cover, which then count as places only, not also as words.
 */
export function placeConcepts(
  tokens: readonly WordToken[],
  matches: readonly TrieMatch<GazetteerEntry>[] = matchGazetteer(tokens),
): {
  concepts: string[];
  stems: Set<string>;
} {
  const concepts: string[] = [];
  const stems = new Set<string>();
  matches.forEach((match, position) => {
    const entry = match.values[0];
    if (!entry?.countryCode) return;
    concepts.push(`c:${entry.countryCode}`);
    if (
      entry.kind !== 'country' &&
      entry.form === 'name' &&
      !isCapitalMetonym(tokens, matches, position)
    )
      concepts.push(`p:${entry.name.toLowerCase()}`);
    for (let index = match.start; index < match.end; index++) stems.add(stem(tokens[index]!.norm));
  });
  return { concepts, stems };
}

/** Inverse document frequency of concepts over a collection of sentences. */
export interface ConceptWeights {
  weight(concept: string): number;
  /** Sentences of the collection that have the concept. */
  frequency(concept: string): number;
}

/** Smoothed IDF, `ln((N + 1) / (df + 1)) + 1`, over the concept sets of a collection. */
export function buildConceptWeights(conceptSets: readonly (readonly string[])[]): ConceptWeights {
  const frequency = new Map<string, number>();
  for (const concepts of conceptSets)
    for (const concept of concepts) frequency.set(concept, (frequency.get(concept) ?? 0) + 1);
  const count = conceptSets.length;
  // Computed once per concept: comparisons look weights up millions of times.
  const weights = new Map<string, number>();
  for (const [concept, df] of frequency) weights.set(concept, smoothedIdf(count, df));
  const unseen = smoothedIdf(count, 0);
  return {
    weight(concept: string): number {
      return weights.get(concept) ?? unseen;
    },
    frequency(concept: string): number {
      return frequency.get(concept) ?? 0;
    },
  };
}

/**
 * How far two sentences state the same fact: the weighted Dice coefficient of their concept
 * sets, 2·w(shared) / (w(a) + w(b)), with IDF weights, so shared rare concepts (a name, a
 * place, a figure) count most and common ones ("Trump", "said") little.
 */
export function factScore(
  a: readonly string[],
  b: readonly string[],
  weights: ConceptWeights,
): number {
  let shared = 0;
  let totalA = 0;
  let totalB = 0;
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const x = a[i];
    const y = b[j];
    if (x !== undefined && (y === undefined || x < y)) {
      totalA += weights.weight(x);
      i++;
    } else if (y !== undefined && (x === undefined || y < x)) {
      totalB += weights.weight(y);
      j++;
    } else {
      const w = weights.weight(x!);
      shared += w;
      totalA += w;
      totalB += w;
      i++;
      j++;
    }
  }
  return totalA + totalB === 0 ? 0 : (2 * shared) / (totalA + totalB);
}

/** Concepts of many sentences as integer ids, with one weight per id: the aligner's hot path. */
export interface EncodedConcepts {
  /** Per sentence, its concept ids in ascending order (the order of the concept strings). */
  ids: Int32Array[];
  /** Weight of each concept id. */
  weights: Float64Array;
}

/**
 * Encodes sentences' concept lists as sorted integer ids. Ids follow the code-unit order of
 * the concept strings, so {@link factScoreEncoded} adds the same weights in the same order as
 * {@link factScore} and returns the same value.
 */
export function encodeConcepts(
  conceptSets: readonly (readonly string[])[],
  weights: ConceptWeights,
): EncodedConcepts {
  const distinct = [...new Set(conceptSets.flat())].sort((x, y) => (x < y ? -1 : x > y ? 1 : 0));
  const idOf = new Map(distinct.map((concept, id) => [concept, id]));
  const table = new Float64Array(distinct.length);
  distinct.forEach((concept, id) => {
    table[id] = weights.weight(concept);
  });
  return {
    ids: conceptSets.map((concepts) => Int32Array.from(concepts, (concept) => idOf.get(concept)!)),
    weights: table,
  };
}

/** {@link factScore} over encoded concepts. */
export function factScoreEncoded(a: Int32Array, b: Int32Array, weights: Float64Array): number {
  let shared = 0;
  let totalA = 0;
  let totalB = 0;
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (j >= b.length || (i < a.length && a[i]! < b[j]!)) {
      totalA += weights[a[i]!]!;
      i++;
    } else if (i >= a.length || b[j]! < a[i]!) {
      totalB += weights[b[j]!]!;
      j++;
    } else {
      const w = weights[a[i]!]!;
      shared += w;
      totalA += w;
      totalB += w;
      i++;
      j++;
    }
  }
  return totalA + totalB === 0 ? 0 : (2 * shared) / (totalA + totalB);
}
