// Runs every extractor over the articles of one cluster, with person keys resolved cluster-wide.
import type { RoleRecord } from '../knowledge/types.js';
import type { SentenceSpan } from '../text/types.js';
import type { DateMention } from './date-types.js';
import { extractDates } from './dates.js';
import { extractEventSlots } from './event-slots.js';
import { extractItinerary } from './itinerary.js';
import { extractPeople } from './people.js';
import { resolvePersonKeys } from './person-coreference.js';
import { extractPlaces } from './places.js';
import { extractRoleMentions } from './role-mentions.js';
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
 * mentions and event participants carry cluster-wide person keys.
 */
export function extractCluster(
  sentencesByArticle: readonly (readonly SentenceSpan[])[],
  roles: readonly RoleRecord[],
): ArticleExtraction[] {
  const rawPeople = sentencesByArticle.map((sentences) => extractPeople(sentences));
  const { mentionsByArticle } = resolvePersonKeys(rawPeople);
  return sentencesByArticle.map((sentences, index) => {
    const people = mentionsByArticle[index]!;
    const places = extractPlaces(sentences);
    return {
      people,
      roleMentions: extractRoleMentions(sentences, roles, { people }),
      places,
      eventSlots: extractEventSlots(sentences, places, people),
      itinerary: extractItinerary(sentences, places),
      statedDates: extractDates(sentences),
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
