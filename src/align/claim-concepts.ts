// Concepts from what the extract stage found, so that sentences making the same claim align
// even when worded apart: "talks with South Korean President Yoon" and "will meet South
// Korean President Lee" both speak about the holder of one office.
import { bySentence } from '../extract/event-slots.js';
import type { ArticleExtraction } from '../extract/extract-cluster.js';
import type { PersonMention } from '../extract/types.js';
import { synonymClass } from './fact-concepts.js';
import { profileContent, type SentenceContent } from './sentence-profile.js';

// A sentence naming this many stops states the trip's itinerary (not a single visit).
const ITINERARY_MIN_STOPS = 2;

/**
 * Claim concepts per sentence of one article: the office of each role mention with a certain
 * role (`r:<roleId>`), each participant of an event slot (`e:<person key>`), and `i:itinerary`
 * for a sentence that lists the trip's stops.
 */
export function claimConcepts(extraction: ArticleExtraction, sentenceCount: number): string[][] {
  const bySentence: Set<string>[] = Array.from({ length: sentenceCount }, () => new Set<string>());
  for (const mention of extraction.roleMentions) {
    if (mention.roleId !== null) bySentence[mention.sentenceIndex]?.add(`r:${mention.roleId}`);
  }
  for (const slot of extraction.eventSlots) {
    for (const participant of slot.participants)
      bySentence[slot.sentenceIndex]?.add(`e:${participant}`);
  }
  const stops = new Map<number, Set<string>>();
  for (const stop of extraction.itinerary) {
    const set = stops.get(stop.sentenceIndex) ?? new Set<string>();
    set.add(stop.countryCode);
    stops.set(stop.sentenceIndex, set);
  }
  for (const [sentenceIndex, countries] of stops) {
    if (countries.size >= ITINERARY_MIN_STOPS) bySentence[sentenceIndex]?.add('i:itinerary');
  }
  return bySentence.map((set) => [...set].sort());
}

/**
 * The people one sentence names, as concepts: each person becomes `n:<person key>` (in
 * `analyze` and `alignSentences` the cluster-wide key, so "Xi", "President Xi" and "Xi Jinping"
 * are one concept; a `Corpus` maps keys when it compares, see {@link remapPersonConcepts}),
 * and the words of their names stop counting as plain words (`w:` concepts to drop). Each word
 * counts once, as for places: without this "Kim Jong Un" weighed three words and a concept,
 * and outweighed the rest of any sentence that named him in full. A name word the sentence
 * also uses outside the names ("Said" the surname, "said" the verb) stays a word. Named things
 * (`ArticleExtraction.things`) are read the same way and become `t:<key>` ("the Indianapolis
 * Colts" → `t:indianapolis colts`).
 */
export function personConcepts(
  content: SentenceContent,
  people: readonly Pick<PersonMention, 'name' | 'key'>[],
  nameTerms: NameTermCache = new Map(),
  things: readonly Pick<PersonMention, 'name' | 'key'>[] = [],
): { add: string[]; drop: Set<string> } {
  const add = new Set<string>();
  const inNames = new Map<string, number>();
  const named = [
    ...people.map((person) => ({ person, concept: `n:${person.key}` })),
    ...things.map((thing) => ({ person: thing, concept: `t:${thing.key}` })),
  ];
  for (const { person, concept } of named) {
    add.add(concept);
    let name = nameTerms.get(person.name);
    if (!name) {
      name = profileContent(person.name);
      nameTerms.set(person.name, name);
    }
    const { terms, termCounts } = name;
    terms.forEach((term, index) => {
      inNames.set(term, (inNames.get(term) ?? 0) + termCounts[index]!);
    });
  }
  const drop = new Set<string>();
  const keep = new Set<string>();
  content.terms.forEach((term, index) => {
    const concept = `w:${synonymClass(term)}`;
    if ((inNames.get(term) ?? 0) >= content.termCounts[index]!) drop.add(concept);
    else keep.add(concept);
  });
  for (const concept of keep) drop.delete(concept);
  return { add: [...add].sort(), drop };
}

/** Names already read by {@link personConcepts}, by name as written (one per cluster). */
export type NameTermCache = Map<string, Pick<SentenceContent, 'terms' | 'termCounts'>>;

/**
 * Adds one article's claim concepts ({@link claimConcepts}), person concepts and named-thing
 * concepts ({@link personConcepts}: `n:` for people, `t:` for things) to its sentences'
 * concept lists, in place; byline people are not claims and stay out.
 */
export function applyClaimConcepts(
  sentences: readonly { concepts: string[]; profile: SentenceContent }[],
  extraction: ArticleExtraction,
  nameTerms: NameTermCache = new Map(),
): void {
  const claims = claimConcepts(extraction, sentences.length);
  const peopleBySentence = bySentence(extraction.people.filter((person) => !person.byline));
  const thingsBySentence = bySentence(extraction.things);
  sentences.forEach((sentence, index) => {
    const people = peopleBySentence.get(index) ?? [];
    const things = thingsBySentence.get(index) ?? [];
    if (people.length === 0 && things.length === 0) {
      sentence.concepts = mergeConcepts(sentence.concepts, claims[index]!);
      return;
    }
    const { add, drop } = personConcepts(sentence.profile, people, nameTerms, things);
    sentence.concepts = mergeConcepts(
      sentence.concepts.filter((concept) => !drop.has(concept)),
      mergeConcepts(claims[index]!, add),
    );
  });
}

/**
 * Person concepts (`n:` people, `e:` event participants) with their keys mapped through
 * `keyMap` (key → resolved key; keys without an entry stay), sorted and without repeats.
 * Returns `concepts` itself when no key changes. A `Corpus` extracts each article on its own
 * and uses this to compare sentences in the corpus-wide key space ("Biden" in one article,
 * "Joe Biden" in another), as `analyze` resolves names across a whole cluster.
 */
export function remapPersonConcepts(
  concepts: readonly string[],
  keyMap: ReadonlyMap<string, string>,
): readonly string[] {
  if (keyMap.size === 0) return concepts;
  let changed = false;
  const mapped = concepts.map((concept) => {
    if (!(concept.startsWith('n:') || concept.startsWith('e:'))) return concept;
    const resolved = keyMap.get(concept.slice(2));
    if (resolved === undefined) return concept;
    changed = true;
    return `${concept.slice(0, 2)}${resolved}`;
  });
  return changed ? [...new Set(mapped)].sort() : concepts;
}

/** Merges two sorted concept lists into one sorted list without repeats. */
export function mergeConcepts(a: readonly string[], b: readonly string[]): string[] {
  if (b.length === 0) return [...a];
  return [...new Set([...a, ...b])].sort();
}
