// Runs every extractor over the articles of one cluster, with person keys resolved cluster-wide.
import type { RoleRecord } from '../knowledge/types.js';
import { Work } from '../progress.js';
import type { SentenceSpan } from '../text/types.js';
import type { DateMention } from './date-types.js';
import { extractDates } from './dates.js';
import { eventSlotsIn } from './event-slots.js';
import type { TokenizedSentences } from './gazetteer.js';
import { itineraryIn } from './itinerary.js';
import { peopleIn } from './people/extract-people.js';
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
  roleMentions: RoleMention[];
  places: PlaceMention[];
  eventSlots: EventSlot[];
  itinerary: ItineraryStop[];
  /** Dates as the text alone fixes them (no reference date yet). */
  statedDates: DateMention[];
}

/**
 * Extracts people, role mentions, places, event slots, itinerary stops and dates from each
 * article (sentences per article, in the cluster's article order). Short names are resolved
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
  const rawPeople = sentencesByArticle.map((sentences, index) => {
    work.tickShare(index, passes);
    return peopleIn(sentences, tokenizedByArticle[index]!);
  });
  const { mentionsByArticle } = resolvePersonKeys(rawPeople);
  return sentencesByArticle.map((sentences, index) => {
    work.tickShare(sentencesByArticle.length + index, passes);
    const tokenized = tokenizedByArticle[index]!;
    const people = mentionsByArticle[index]!;
    const places = placesIn(sentences, tokenized);
    return {
      people,
      roleMentions: roleMentionsIn(sentences, tokenized, roles, people),
      places,
      eventSlots: eventSlotsIn(sentences, tokenized.tokens, places, people),
      itinerary: itineraryIn(sentences, tokenized.tokens, places),
      statedDates: statedDatesByArticle[index]!,
    };
  });
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
