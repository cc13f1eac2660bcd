// Concepts from what the extract stage found, so that sentences making the same claim align
// even when worded apart: "talks with South Korean President Yoon" and "will meet South
// Korean President Lee" both speak about the holder of one office.
import type { ArticleExtraction } from '../extract/extract-cluster.js';

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

/** Merges two sorted concept lists into one sorted list without repeats. */
export function mergeConcepts(a: readonly string[], b: readonly string[]): string[] {
  if (b.length === 0) return [...a];
  return [...new Set([...a, ...b])].sort();
}
