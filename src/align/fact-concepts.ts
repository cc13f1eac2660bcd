// What a sentence is about, as concepts that survive rewording across outlets: content stems
// folded into synonym classes, the words of names, the countries places and demonyms point to,
// and figures.
import { matchGazetteer, tokenizeWords } from '../extract/gazetteer.js';
import type { SentenceProfile } from './sentence-profile.js';

/**
 * Stems that news copy uses interchangeably for one idea. Each line is one class; the first
 * stem names it. Porter stems, as `profileSentence` produces them. Kept to wording that
 * swaps freely in reporting of one event (from rewriting the fixture stories in several
 * house styles); words with a second common sense stay out ("run", "hold").
 */
const SYNONYM_CLASSES = `
meet meet talk sit-down summit encount session
trip trip tour visit journey travel voyag leg
tariff tariff duti levi
said said sai tell told state add note
pledg pledg promis commit vow
invest invest
sign sign ink
ceasefir ceasefir truce
peac peac
accord accord agreement deal pact
leader leader head
presid presid
discuss discuss address rais
expect expect due set schedul plan slate
arriv arriv land reach
depart depart leav
confirm confirm
threaten threaten warn threat
rais lift hike increas boost
cut cut lower reduc
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
export function phraseConcepts(tokens: readonly { norm: string }[]): string[] {
  const root = phrases();
  const found: string[] = [];
  for (let start = 0; start < tokens.length; start++) {
    let node: PhraseNode | undefined = root;
    let concept: string | undefined;
    for (let index = start; index < tokens.length && node; index++) {
      node = node.next.get(tokens[index]!.norm);
      if (node?.concept) concept = node.concept;
    }
    if (concept) found.push(concept);
  }
  return found;
}

let synonyms: Map<string, string> | undefined;

/** The synonym class of a stem (its first member), or the stem itself. */
export function synonymClass(stem: string): string {
  if (!synonyms) {
    synonyms = new Map();
    for (const line of SYNONYM_CLASSES.split('\n')) {
      const [head, ...members] = line.trim().split(/\s+/);
      if (!head) continue;
      for (const member of members) if (!synonyms.has(member)) synonyms.set(member, head);
    }
  }
  return synonyms.get(stem) ?? stem;
}

/** Distinct concept keys of a sentence (see the file comment). */
export function factConcepts(profile: SentenceProfile): string[] {
  const concepts = new Set<string>();
  for (const term of profile.terms) concepts.add(`w:${synonymClass(term)}`);
  for (const name of profile.names) {
    for (const word of name.key.split(' ')) if (word.length > 1) concepts.add(`n:${word}`);
  }
  const tokens = tokenizeWords(profile.text);
  for (const concept of phraseConcepts(tokens)) concepts.add(concept);
  // "Japanese", "Japan's", "Tokyo" and "Japan" all point at one country.
  for (const match of matchGazetteer(tokens)) {
    const entry = match.values[0];
    if (entry?.countryCode) concepts.add(`c:${entry.countryCode}`);
    if (entry && entry.kind !== 'country' && entry.form === 'name')
      concepts.add(`p:${entry.name.toLowerCase()}`);
  }
  for (const number of profile.numbers) concepts.add(`#:${number.unit}:${number.value}`);
  return [...concepts].sort();
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
  for (const [concept, df] of frequency) weights.set(concept, Math.log((count + 1) / (df + 1)) + 1);
  const unseen = Math.log(count + 1) + 1;
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
