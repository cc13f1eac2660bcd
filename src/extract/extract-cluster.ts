// Runs every extractor over the articles of one cluster, with person keys resolved cluster-wide.
import type { RoleRecord } from '../knowledge/types.js';
import { Work } from '../progress.js';
import type { SentenceSpan } from '../text/types.js';
import type { DateMention } from './date-types.js';
import { extractDates } from './dates.js';
import { eventSlotsIn } from './event-slots.js';
import type { TokenizedSentences } from './gazetteer.js';
import { itineraryIn } from './itinerary.js';
import { namesIn } from './people/extract-people.js';
import { resolvePersonKeys } from './person-coreference.js';
import { placesIn } from './places.js';
import { roleMentionsIn } from './role-mentions.js';
import type {
  EventSlot,
  ItineraryStop,
  PersonMention,
  PlaceMention,
  RoleMention,
} from './types.js';

/** Everything the extract stage found in one article. */
export interface ArticleExtraction {
  people: PersonMention[];
  /**
   * Named things: capitalised names the people rules found that the article writes as a team,
   * a place or a company ("the Indianapolis Colts", "Aceh province", "Fort Smith"), keyed as
   * people are (short forms and spellings resolved across the cluster). They become `t:`
   * concepts, so they still tell one event from another of its kind.
   */
  things: PersonMention[];
  roleMentions: RoleMention[];
  places: PlaceMention[];
  eventSlots: EventSlot[];
  itinerary: ItineraryStop[];
  /** Dates as the text alone fixes them (no reference date yet). */
  statedDates: DateMention[];
}

/**
 * Extracts people, named things, role mentions, places, event slots, itinerary stops and dates
 * from each article (sentences per article, in the cluster's article order). Short names are resolved
 * across the cluster first ("President Xi" in one article, "Xi Jinping" in another), so role
 * mentions and event participants carry cluster-wide person keys. Every extractor reads the
 * tokens and gazetteer matches of `tokenizedByArticle` (one entry per article, as
 * `tokenizeSentences` returns them), and the dates are the ones the prepare stage read from
 * the same tokens (`statedDatesByArticle`, see `statedDatesIn`): nothing here tokenizes a
 * sentence again.
 */
export function extractCluster(
  sentencesByArticle: readonly (readonly SentenceSpan[])[],
  tokenizedByArticle: readonly TokenizedSentences[],
  statedDatesByArticle: readonly DateMention[][],
  roles: readonly RoleRecord[],
  work: Work = Work.none,
): ArticleExtraction[] {
  // The caller's `extract` stage: two passes over the articles, each half of it.
  const passes = 2 * sentencesByArticle.length;
  const names = sentencesByArticle.map((sentences, index) => {
    work.tickShare(index, passes);
    return namesIn(sentences, tokenizedByArticle[index]!);
  });
  const { people: peopleByArticle, things: thingsByArticle } = clusterNames(names);
  return sentencesByArticle.map((sentences, index) => {
    work.tickShare(sentencesByArticle.length + index, passes);
    const tokenized = tokenizedByArticle[index]!;
    const people = peopleByArticle[index]!;
    const places = placesIn(sentences, tokenized);
    return {
      people,
      things: thingsByArticle[index]!,
      roleMentions: roleMentionsIn(sentences, tokenized, roles, people),
      places,
      eventSlots: eventSlotsIn(sentences, tokenized.tokens, places, people),
      itinerary: itineraryIn(sentences, tokenized.tokens, places),
      statedDates: statedDatesByArticle[index]!,
    };
  });
}

/**
 * Share of the articles naming a (cluster-wide) key that must write it as a named thing for
 * it to be a thing in every article: at least half. One name is one concept across the
 * cluster: on the ECB+ dev trials (bench/eval-real.ts, P@1 at k = 4 / 6) deciding per article,
 * with people and things resolved apart, split shared names into `n:` and `t:` (seed 7 0.91 /
 * 0.90 → 0.90 / 0.87, seed 3 0.85 / 0.89 → 0.83 / 0.89); decided here, every figure is as
 * before the things were set apart (bench/BENCHMARKS.md "Person names on ECB+").
 */
export const CLUSTER_THING_SHARE = 0.5;

/**
 * People and named things of each article with cluster-wide keys: both resolved together
 * (`resolvePersonKeys`: "Colts" in one article, "Indianapolis Colts" in another, as when both
 * were read as people), then a key is a thing in every article when at least
 * {@link CLUSTER_THING_SHARE} of the articles naming it write it as one. A title ("Sgt.
 * Smith") keeps its mention a person; bylines stay people.
 */
export function clusterNames(
  names: readonly { people: readonly PersonMention[]; things: readonly PersonMention[] }[],
): { people: PersonMention[][]; things: PersonMention[][] } {
  const { mentionsByArticle } = resolvePersonKeys(
    names.map((found) => [...found.people, ...found.things]),
  );
  const asThing = new Map<string, number>();
  const asPerson = new Map<string, number>();
  mentionsByArticle.forEach((mentions, index) => {
    const peopleCount = names[index]!.people.length;
    const thingKeys = new Set(mentions.slice(peopleCount).map((mention) => mention.key));
    const personKeys = new Set(
      mentions
        .slice(0, peopleCount)
        .filter((mention) => !mention.byline && !thingKeys.has(mention.key))
        .map((mention) => mention.key),
    );
    for (const key of thingKeys) asThing.set(key, (asThing.get(key) ?? 0) + 1);
    for (const key of personKeys) asPerson.set(key, (asPerson.get(key) ?? 0) + 1);
  });
  const isThing = (mention: PersonMention): boolean => {
    if (mention.byline || mention.source === 'title') return false;
    const things = asThing.get(mention.key) ?? 0;
    return (
      things > 0 && things >= CLUSTER_THING_SHARE * (things + (asPerson.get(mention.key) ?? 0))
    );
  };
  const byPosition = (a: PersonMention, b: PersonMention): number =>
    a.start - b.start || a.end - b.end;
  return {
    people: mentionsByArticle.map((mentions) =>
      mentions.filter((mention) => !isThing(mention)).sort(byPosition),
    ),
    things: mentionsByArticle.map((mentions) => mentions.filter(isThing).sort(byPosition)),
  };
}

/** Dates resolved against an article's reference date (weekdays, "October 30" without a year). */
export function resolveDates(
  sentences: readonly SentenceSpan[],
  referenceDate: string | null,
): DateMention[] {
  return referenceDate === null
    ? extractDates(sentences)
    : extractDates(sentences, { referenceDate });
}
