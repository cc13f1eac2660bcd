// The extract stage end to end on the fixture story: each article's itinerary, where it puts the
// Xi meeting, and the stale role mentions of the one stale article, as a careful reader sees them.
import { describe, expect, it } from 'vitest';
import type { ArticleExtraction } from '../src/extract/extract-cluster.js';
import { validateArticles } from '../src/input/validate-articles.js';
import { officeHolders } from '../src/knowledge/office-holders.js';
import { extractArticles } from '../src/pipeline/prepare.js';
import { loadExpected, loadStory } from './helpers/fixtures.js';

const STORY = 'asia-trip-2025';

/** Extracts every article of the story as analyze() does: validated, split, one cluster. */
function extractStory(order: 'forward' | 'backward' = 'forward'): Map<string, ArticleExtraction> {
  // validateArticles sorts by id; reverse after it so the cluster really sees another order.
  const sorted = validateArticles(loadStory(STORY));
  const articles = order === 'forward' ? sorted : [...sorted].reverse();
  const extracted = extractArticles(articles, officeHolders);
  return new Map(extracted.map((entry) => [entry.article.id, entry.extraction]));
}

const byArticle = extractStory();

function article(id: string): ArticleExtraction {
  const found = byArticle.get(id);
  if (!found) throw new Error(`no article ${id}`);
  return found;
}

/** The countries an article's itinerary visits, as sorted ISO codes. */
function itineraryCountries(id: string): string[] {
  return [...new Set(article(id).itinerary.map((stop) => stop.countryCode))].sort();
}

/** Where an article puts its meetings with Xi Jinping: the places of the slots he takes part in. */
function xiMeetingPlaces(id: string): string[] {
  return [
    ...new Set(
      article(id)
        .eventSlots.filter((slot) => slot.participants.includes('xi jinping') && slot.place)
        .map((slot) => slot.place!.name),
    ),
  ].sort();
}

describe(`extract stage on fixtures/${STORY}`, () => {
  it('reads Malaysia, Japan and South Korea as the itinerary of the four current articles', () => {
    for (const id of ['capital-tribune', 'harbor-ledger', 'metro-wire', 'world-service-review']) {
      expect({ id, countries: itineraryCountries(id) }).toEqual({
        id,
        countries: ['JP', 'KR', 'MY'],
      });
    }
  });

  it('reads Japan, South Korea and the Philippines (and its headline Beijing) in the stale article', () => {
    // "the trip would take him to Japan, South Korea and the Philippines"; its section heading
    // "The Asia Tour: Tokyo, Seoul, Manila and Beijing" adds China, which the article also states.
    expect(itineraryCountries('global-dispatch')).toEqual(['CN', 'JP', 'KR', 'PH']);
    const stated = article('global-dispatch').itinerary.filter(
      (stop) => stop.trigger === 'would take him to',
    );
    expect(stated.map((stop) => stop.place)).toEqual(['Japan', 'South Korea', 'Philippines']);
  });

  it('puts the Xi meeting in Busan or South Korea in the current articles and in Beijing in the stale one', () => {
    expect(xiMeetingPlaces('capital-tribune')).toEqual(['South Korea']);
    expect(xiMeetingPlaces('metro-wire')).toEqual(['Busan']);
    expect(xiMeetingPlaces('world-service-review')).toEqual(['South Korea']);
    // harbor-ledger mentions "a possible sit-down" with Xi but never says where.
    expect(xiMeetingPlaces('harbor-ledger')).toEqual([]);
    expect(xiMeetingPlaces('global-dispatch')).toEqual(['Beijing']);
    const busan = article('metro-wire').eventSlots.find((slot) => slot.place?.name === 'Busan');
    expect(busan).toMatchObject({ event: 'meeting', dateText: 'Thursday' });
    expect(busan?.place?.countryCode).toBe('KR');
  });

  it('finds the four stale role mentions of global-dispatch, present tense, on the expected text', () => {
    const expected = loadExpected(STORY).staleFigures['global-dispatch'] as Array<{
      person: string;
      roleId: string;
      contains: string;
    }>;
    const text = loadStory(STORY).find((entry) => entry.id === 'global-dispatch')!.text;
    const mentions = article('global-dispatch').roleMentions;
    expect(expected).toHaveLength(4);
    for (const figure of expected) {
      const mention = mentions.find(
        (candidate) => candidate.roleId === figure.roleId && candidate.person === figure.person,
      );
      expect(mention, `${figure.person} as ${figure.roleId}`).toBeDefined();
      expect(mention?.modifier).toBeNull();
      expect(text.slice(mention!.start, mention!.end)).toBe(figure.contains);
    }
  });

  it('names none of those four people in any current article', () => {
    const stale = new Set(['olaf scholz', 'jens stoltenberg', 'yoon suk yeol', 'fumio kishida']);
    for (const [id, extraction] of byArticle) {
      if (id === 'global-dispatch') continue;
      expect(extraction.roleMentions.filter((mention) => stale.has(mention.personKey))).toEqual([]);
    }
  });

  it('gives each current holder one person key in every article that names them', () => {
    for (const id of ['capital-tribune', 'harbor-ledger', 'metro-wire', 'world-service-review']) {
      const holders = article(id)
        .roleMentions.filter((mention) => mention.roleId === 'kr_president')
        .map((mention) => mention.personKey);
      expect(new Set(holders)).toEqual(new Set(['lee jae myung']));
    }
  });

  it('does not depend on the order of the articles', () => {
    const backward = extractStory('backward');
    for (const [id, extraction] of byArticle) {
      expect(backward.get(id)).toEqual(extraction);
    }
  });
});
