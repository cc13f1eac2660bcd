// How much of each article the other independent sources also report: a soft figure from the
// concepts of its sentences and the people, places, figures, years and dates it names (and, 0.15
// of it, the share of its sentences the alignment matched), relative to the cluster's typical
// article, with short articles (little evidence either way) drawn towards the typical one, and
// lowered when the names the article keeps returning to are ones the others do not name, or
// when it names none of those the others keep returning to.

import { isDateConcept, isNonCorroboratingUnit } from '../align/minimum-evidence.js';
import type { DateMention } from '../extract/date-types.js';
import { isPlainYear, MONTH_NAMES } from '../text/calendar.js';
import { median } from './robust-z.js';

/** One article as relatedness reads it: its sentences' concepts (sorted keys, see `factConcepts`). */
export interface RelatednessInput {
  id: string;
  sentences: readonly { text: string; concepts: readonly string[] }[];
  /** Sentences the alignment grouped with another independent source's (0 when unknown). */
  alignedSentences?: number;
  /**
   * The dates the article states (`ArticleExtraction.statedDates`): those written with a month
   * and a day ("December 14", "Dec. 14, 2008", "14 December") become named concepts of their
   * sentences ({@link calendarDayConcept}).
   */
  statedDates?: readonly Pick<DateMention, 'kind' | 'month' | 'day' | 'sentenceIndex'>[];
}

/** What {@link measureRelatedness} finds for one article. */
export interface ArticleRelatedness {
  /**
   * The article's raw overlap with the other independent sources (0..1), divided by the
   * median raw overlap of the cluster's independent sources: 1 is a typical article, 0.3 one
   * whose content the others report a third as much. 1 when there is no other source or the
   * article has no content to compare (only punctuation, bylines, datelines).
   */
  relatedness: number;
  /**
   * {@link ArticleRelatedness.relatedness} before the {@link differentEventFactor}: how much of
   * the article the others report, relative to the typical article, whatever it keeps naming.
   * The `unrelated` rule reads it (an article most of whose content nobody else reports).
   */
  coverage: number;
  /** Share (0..1) of the article's content weight — its sentences' concepts, weighted by rarity — that another independent source also states. */
  contentShared: number;
  /** Sentences most of whose content (by weight) another independent source states, and how many sentences were measured. */
  sentencesShared: number;
  sentencesMeasured: number;
  /** People, places and figures the article names that another independent source names too, and how many it names. */
  namedShared: number;
  named: number;
  /** The named things no other independent source names, rarest first (at most {@link UNSHARED_SHOWN}): what it is about instead. */
  unsharedNames: string[];
  /**
   * The story's core names as this article sees them: people, places, figures, years and dates that
   * most other independent sources name (see {@link CORE_SOURCE_SHARE}), and how many of them
   * the article names. A report of the same story names most of them, even one that gets
   * them wrong; a report of a sibling event shares the kind of event, not its particulars.
   */
  coreNames: number;
  coreNamesShared: number;
  /**
   * What the article is about, by its own emphasis: the people, places, figures, years and dates it
   * names in at least {@link RECURRING_NAME_SENTENCES} of its sentences, and the share (0..1)
   * of their mentions the other independent sources name too (see {@link recurringNamesShare};
   * 1 when it repeats no name). A report of another event of the same kind may retell the
   * first one as background, but the names it keeps returning to are its own.
   */
  recurringNames: number;
  recurringNamesShared: number;
  /**
   * The story's main names as this article sees them: people, places, figures, years and dates that
   * at least {@link CORE_SOURCE_SHARE} of the other independent sources (and two) each name in
   * two or more of their sentences — what the others are about — and how many of them the
   * article names (see {@link mainNamesFactor}).
   */
  mainNames: number;
  mainNamesNamed: number;
}

/**
 * Share of the other independent sources that must name a person, place, figure or year (and
 * at least two of them) for it to be one of the story's core names
 * ({@link ArticleRelatedness.coreNames}): half — what most reports of the story name.
 */
export const CORE_SOURCE_SHARE = 0.5;

/** Named things listed in {@link ArticleRelatedness.unsharedNames}. */
export const UNSHARED_SHOWN = 5;

/**
 * A sentence counts as shared when at least this share of its content weight is stated by
 * another independent source (the count a person reads in the `unrelated` reason).
 */
export const SENTENCE_SHARED_SHARE = 0.5;

/**
 * Weight of named things (people, places, figures) against the other concepts in a source's
 * overlap with an article. Names are what tell two events of one kind apart (two earthquakes
 * share "magnitude", "killed", "rescuers"; not the town or the toll). Re-swept in session 7,
 * after the people extractor stopped reading products and descriptions as people and began
 * keying acronyms: the per-source overlaps of every trial of the seven draws of
 * bench/BENCHMARKS.md (sibling-event and `--other-story` trials) dumped once, the combination
 * recomputed offline; mean P@1 over k = 4 and 6, sibling / other story, with
 * {@link ALIGNED_WEIGHT} 0.15: 0.35 → 0.900 / 0.995, 0.45 → 0.910 / 0.995, 0.5 → 0.910 /
 * 0.995, 0.55 → 0.910 / 0.994, 0.6 → 0.908 / 0.994, 0.65 → 0.907 / 0.994; the earlier 0.75
 * with 0.25 → 0.901 / 0.990. 0.5, the middle of the plateau (measured by `npm run eval`: see
 * bench/BENCHMARKS.md). Before those extraction fixes 0.75 was best (--quick, P@1 at k = 4 /
 * 6: 0.25 → 0.63 / 0.57, 0.5 → 0.76 / 0.69, 0.75 → 0.76 / 0.71, 0.9 → 0.74 / 0.69).
 */
export const NAMED_WEIGHT = 0.5;

/**
 * Weight of the share of its sentences the alignment matched with another independent
 * source's, against the soft overlap with the nearest sources. Session 7 re-sweep (as for
 * {@link NAMED_WEIGHT}, which is 0.5 here; mean P@1, sibling / other story): 0 → 0.893 /
 * 0.994, 0.1 → 0.904 / 0.994, 0.15 → 0.910 / 0.995, 0.2 → 0.905 / 0.994, 0.25 → 0.901 /
 * 0.994, 0.35 → 0.893 / 0.993. (Earlier, --quick: 0 → 0.76 / 0.72, 0.25 → 0.76 / 0.74, 0.5 →
 * 0.74 / 0.69.)
 */
export const ALIGNED_WEIGHT = 0.15;

/**
 * Whether a concept names a person, a named thing (`t:`: a team, place or company the people
 * extractor set apart, which counts here as it did when it was read as a person), a place, a
 * figure, a year or a calendar day written with its month ({@link calendarDayConcept}; not a
 * weekday, month or day of the month alone). A year is the most particular thing two events of one kind differ in (the
 * 2008 election and the 2013 one, the rule and its reversal a year later): on the ECB+ dev
 * trials (bench/eval-real.ts, P@1 of relatedness at k = 4 / 6, seed 12) counting years as named
 * things gave 0.82 / 0.74 → 0.82 / 0.76, and with the other changes of this step 0.84 / 0.82 →
 * 0.86 / 0.87 (seed 7: 0.85 / 0.85 → 0.87 / 0.90).
 */
export function isNamedConcept(concept: string): boolean {
  if (
    concept.startsWith('n:') ||
    concept.startsWith('t:') ||
    concept.startsWith('d:') ||
    concept.startsWith('c:') ||
    concept.startsWith('p:')
  )
    return true;
  return concept.startsWith('#:') && (!isDateConcept(concept) || isYearConcept(concept));
}

const YEAR = /^#:plain:(\d{4})$/;

/**
 * The concept of a calendar day written with its month ("December 14" → `d:12-14`), whatever
 * year goes with it: a named thing, like a year ({@link isNamedConcept}). Two reports of one
 * event give the same date for it ("the vote on Dec. 14"), a report of another event of the same
 * kind its own ("the December 15 election"); a weekday or a day number alone is shared by chance.
 * On the ECB+ dev trials (bench/eval-real.ts, P@1 at k = 4 / 6, summed over the seven draws of
 * bench/BENCHMARKS.md): 6.227 / 6.215 → 6.251 / 6.279 (weekdays as named things instead: seed
 * 12 0.929 / 0.913 → 0.893 / 0.881).
 */
export function calendarDayConcept(month: number, day: number): string {
  return `d:${month}-${day}`;
}

/** Whether a concept is a year written as a plain number in the plain-year window, 1900–2099 ("#:plain:2013"; `isPlainYear`). */
export function isYearConcept(concept: string): boolean {
  const match = YEAR.exec(concept);
  if (!match) return false;
  return isPlainYear(Number(match[1]));
}

/**
 * Sentences of an article that must name a person, place, figure or year for it to be one of
 * the article's recurring names ({@link ArticleRelatedness.recurringNames}): two — named once,
 * a name is a detail; named again, it is what the article is about.
 */
export const RECURRING_NAME_SENTENCES = 2;

/**
 * The floor of {@link differentEventFactor}: an article none of whose recurring names another
 * source names keeps half its relatedness. On the ECB+ dev trials (bench/eval-real.ts, P@1 at
 * k = 4 / 6, seed 12, with person names matched by {@link personNameKeys}): 1 (no factor) →
 * 0.85 / 0.87, 0.6 → 0.92 / 0.89, 0.5 → 0.92 / 0.89, 0.4 → 0.91 / 0.87, 0.3 → 0.91 / 0.87;
 * 0.5, the rounder of the tie (see bench/BENCHMARKS.md for seeds 7 and 3 and the held-out
 * draws).
 */
export const UNSHARED_SUBJECT_FLOOR = 0.5;

/**
 * Share (0..1) of an article's recurring-name mentions the other independent sources name:
 * each name named in at least {@link RECURRING_NAME_SENTENCES} of its sentences counts as
 * often as it is named, and counts as shared in proportion to the share of the other sources
 * naming it, fully from {@link CORE_SOURCE_SHARE} of them. Null when no name recurs (nothing
 * says what the article is about). `sentencesNaming` maps each name to the number of the
 * article's sentences naming it; `reportedBy` gives the share of the other sources naming it.
 */
export function recurringNamesShare(
  sentencesNaming: ReadonlyMap<string, number>,
  reportedBy: (concept: string) => number,
): number | null {
  let total = 0;
  let shared = 0;
  for (const [concept, sentences] of sentencesNaming) {
    if (sentences < RECURRING_NAME_SENTENCES) continue;
    total += sentences;
    shared += sentences * Math.min(1, reportedBy(concept) / CORE_SOURCE_SHARE);
  }
  return total === 0 ? null : shared / total;
}

/**
 * The different-event signal: what an article keeps naming, weighed by whether the others name
 * it. A report of a sibling event (a second arrest, a second climber's death, another title
 * fight of the same champion) often retells the first event as background, which earns it
 * overlap with every source; but its own protagonist, place and figures recur in it and no
 * other source names them. A same-event article's recurring names are the story's. Multiplies
 * relatedness by {@link UNSHARED_SUBJECT_FLOOR} + (1 − floor) × the share; 1 when no name recurs.
 */
export function differentEventFactor(recurringShare: number | null): number {
  if (recurringShare === null) return 1;
  return UNSHARED_SUBJECT_FLOOR + (1 - UNSHARED_SUBJECT_FLOOR) * recurringShare;
}

/**
 * The floor of {@link mainNamesFactor}: an article that names none of the story's main names
 * keeps 0.8 of its relatedness. On the ECB+ dev trials (bench/eval-real.ts, P@1 at k = 4 / 6,
 * seed 12, with {@link differentEventFactor}): 1 (no factor) → 0.92 / 0.89, 0.9 → 0.92 /
 * 0.91, 0.8 → 0.92 / 0.91, 0.7 → 0.90 / 0.93, 0.6 → 0.89 / 0.93; 0.8, the middle of the
 * plateau (see bench/BENCHMARKS.md for seeds 7 and 3 and the held-out draws).
 */
export const MAIN_NAMES_FLOOR = 0.8;

/**
 * The other side of {@link differentEventFactor}: whether an article names what the others
 * keep returning to. A terse or roundabout report of the event (a one-line brief, a roundup
 * with one paragraph on it) still names the story's protagonist; a report of a sibling event
 * names its own. Multiplies relatedness by {@link MAIN_NAMES_FLOOR} + (1 − floor) × the share
 * of the story's main names it names; 1 when the story has none.
 */
export function mainNamesFactor(mainNamesNamed: number, mainNames: number): number {
  if (mainNames <= 0) return 1;
  return MAIN_NAMES_FLOOR + (1 - MAIN_NAMES_FLOOR) * Math.min(1, mainNamesNamed / mainNames);
}

/**
 * One key per person across a cluster's person concepts (`n:`), so that sources naming one
 * person differently share the name: a name of two or more words is keyed by its last word and
 * its first word's initial ("n:maurice cheeks" and "n:mo cheeks" → "n:cheeks|m"); a one-word
 * name takes the key of the only longer name ending in it ("n:cheeks" → "n:cheeks|m"), and
 * keeps its own when there is none or several ("n:bush" next to George and Laura Bush). Named
 * things (`t:`) are keyed the same way among themselves ("t:indianapolis colts" and "t:colts" →
 * "t:colts|i"), as they were while the extractor read them as people. Other concepts are not in
 * the map. On the ECB+ dev trials (P@1 at k = 4 / 6, seed 12, with
 * {@link differentEventFactor}): whole names 0.91 / 0.87, these keys 0.92 / 0.89 (the last
 * word alone 0.93 / 0.90, but it would join relatives and namesakes: George and Laura Bush).
 */
export function personNameKeys(concepts: Iterable<string>): Map<string, string> {
  const keys = new Map<string, string>();
  const single = new Set<string>();
  const longerKeys = new Map<string, Set<string>>();
  for (const concept of concepts) {
    if (!(concept.startsWith('n:') || concept.startsWith('t:')) || keys.has(concept)) continue;
    const kind = concept.slice(0, 2);
    const words = concept.slice(2).split(' ').filter(Boolean);
    if (words.length < 2) {
      single.add(concept);
      continue;
    }
    const last = `${kind}${words[words.length - 1]!}`;
    const key = `${last}|${words[0]![0]}`;
    keys.set(concept, key);
    const set = longerKeys.get(last);
    if (set) set.add(key);
    else longerKeys.set(last, new Set([key]));
  }
  for (const concept of single) {
    const candidates = longerKeys.get(concept);
    keys.set(concept, candidates?.size === 1 ? [...candidates][0]! : concept);
  }
  return keys;
}

/**
 * Measures every article's {@link ArticleRelatedness}. `unitOf` maps an article id to its
 * independent source (its copy cluster's first id, else itself): concepts an article shares
 * only with its own copies do not count. Concepts are weighted by inverse sentence frequency
 * over the cluster, date parts left out; bylines, datelines and photo credits are not
 * content. Linear in the total number of concepts.
 */
export function measureRelatedness(
  articles: readonly RelatednessInput[],
  unitOf: (id: string) => string,
): Map<string, ArticleRelatedness> {
  const measured = articles.map((article) => {
    const days = calendarDaysBySentence(article.statedDates ?? []);
    return article.sentences.map((sentence, index) =>
      isNonCorroboratingUnit(sentence.text)
        ? []
        : [
            ...sentence.concepts.filter(
              (concept) => !isDateConcept(concept) || isYearConcept(concept),
            ),
            ...(days.get(index) ?? []),
          ],
    );
  });
  // One key per person across the cluster; the fullest name shows a key in the reasons.
  const personKeys = personNameKeys(measured.flat(2));
  const shownName = new Map<string, string>();
  for (const [name, key] of personKeys) {
    const shown = shownName.get(key);
    if (!shown || name.length > shown.length || (name.length === shown.length && name < shown))
      shownName.set(key, name);
  }
  const sentenceConcepts = measured.map((sentences) =>
    sentences.map((concepts) => [
      ...new Set(concepts.map((concept) => personKeys.get(concept) ?? concept)),
    ]),
  );
  // Per concept: the sentences naming it (for the weight) and the independent units naming it.
  const frequency = new Map<string, number>();
  const unitsNaming = new Map<string, Set<string>>();
  const allUnits = new Set<string>();
  let sentenceCount = 0;
  articles.forEach((article, index) => {
    const unit = unitOf(article.id);
    if (sentenceConcepts[index]!.some((concepts) => concepts.length > 0)) allUnits.add(unit);
    for (const concepts of sentenceConcepts[index]!) {
      sentenceCount++;
      for (const concept of concepts) {
        frequency.set(concept, (frequency.get(concept) ?? 0) + 1);
        const set = unitsNaming.get(concept);
        if (set) set.add(unit);
        else unitsNaming.set(concept, new Set([unit]));
      }
    }
  });
  const weight = (concept: string) =>
    Math.log((sentenceCount + 1) / ((frequency.get(concept) ?? 0) + 1)) + 1;
  const others = Math.max(1, allUnits.size - 1);
  // Share of the other independent units that state the concept: the mean, over the other
  // sources, of "does this one report it" — so an article is related when each other source
  // reports much of it, not when the union of many sources happens to cover its words.
  const reportedBy = (concept: string, unit: string) => {
    const set = unitsNaming.get(concept)!;
    return (set.size - (set.has(unit) ? 1 : 0)) / others;
  };
  const sharedBeyond = (concept: string, unit: string) => reportedBy(concept, unit) > 0;
  const articleConcepts = sentenceConcepts.map((sentences) => new Set(sentences.flat()));
  // A concept every source states (the story's own vocabulary) tells no source apart.
  const tellsApart = (concept: string) =>
    !(allUnits.size >= 3 && unitsNaming.get(concept)!.size >= allUnits.size);
  const unitWeights = sourceWeights(articles, articleConcepts, unitOf, tellsApart, weight);
  // The core names: named by at least CORE_SOURCE_SHARE of the other sources (and two). Counted
  // once for the cluster; an article's own mention does not count towards its own core, so a
  // name at exactly the bar is core only for the articles that do not name it.
  const coreBar = Math.max(2, CORE_SOURCE_SHARE * (allUnits.size - 1));
  let atBar = 0;
  for (const [concept, units] of unitsNaming)
    if (isNamedConcept(concept) && units.size >= coreBar) atBar++;
  const core = (namedList: readonly string[]) => {
    let ownAtBarOnly = 0;
    let coreNamesShared = 0;
    for (const concept of namedList) {
      const size = unitsNaming.get(concept)!.size;
      if (size - 1 >= coreBar) coreNamesShared++;
      else if (size >= coreBar) ownAtBarOnly++;
    }
    return { coreNames: atBar - ownAtBarOnly, coreNamesShared };
  };
  // Each article's named things with the number of its sentences naming them, and the main
  // names: those at least CORE_SOURCE_SHARE of the other sources (and two) name in two or more
  // sentences; like the core, an article's own recurrence does not count towards its own.
  const namedCounts = sentenceConcepts.map((sentences) => {
    const counts = new Map<string, number>();
    for (const concepts of sentences)
      for (const concept of concepts)
        if (isNamedConcept(concept)) counts.set(concept, (counts.get(concept) ?? 0) + 1);
    return counts;
  });
  const recurringIn = new Map<string, Set<string>>();
  articles.forEach((article, index) => {
    const unit = unitOf(article.id);
    for (const [concept, sentences] of namedCounts[index]!) {
      if (sentences < RECURRING_NAME_SENTENCES) continue;
      const set = recurringIn.get(concept);
      if (set) set.add(unit);
      else recurringIn.set(concept, new Set([unit]));
    }
  });
  let mainAtBar = 0;
  for (const units of recurringIn.values()) if (units.size >= coreBar) mainAtBar++;
  const main = (named: ReadonlyMap<string, number>, unit: string) => {
    let ownAtBarOnly = 0;
    let mainNamesNamed = 0;
    for (const concept of named.keys()) {
      const units = recurringIn.get(concept);
      if (!units) continue;
      if (units.size - (units.has(unit) ? 1 : 0) >= coreBar) mainNamesNamed++;
      else if (units.size >= coreBar) ownAtBarOnly++;
    }
    return { mainNames: mainAtBar - ownAtBarOnly, mainNamesNamed };
  };

  const raw = new Map<
    string,
    Omit<ArticleRelatedness, 'relatedness' | 'coverage'> & { overlap: number; factor: number }
  >();
  articles.forEach((article, index) => {
    const unit = unitOf(article.id);
    let total = 0;
    let shared = 0;
    let sentencesShared = 0;
    let sentencesMeasured = 0;
    const named = namedCounts[index]!;
    for (const concepts of sentenceConcepts[index]!) {
      if (concepts.length === 0) continue;
      let sentenceTotal = 0;
      let sentenceShared = 0;
      for (const concept of concepts) {
        const w = weight(concept);
        sentenceTotal += w;
        if (sharedBeyond(concept, unit)) sentenceShared += w;
      }
      total += sentenceTotal;
      shared += sentenceShared;
      sentencesMeasured++;
      if (sentenceShared >= SENTENCE_SHARED_SHARE * sentenceTotal) sentencesShared++;
    }
    const namedList = [...named.keys()];
    const namedShared = namedList.filter((concept) => sharedBeyond(concept, unit)).length;
    const contentShared = total === 0 ? 0 : shared / total;
    const nearest = nearestSourcesOverlap(articleConcepts[index]!, new Set(namedList), unit, {
      unitsNaming,
      weight,
      tellsApart,
      unitWeights,
      otherSources: allUnits.size - (allUnits.has(unit) ? 1 : 0),
    });
    const alignedShare =
      sentencesMeasured === 0
        ? 0
        : Math.min(1, (article.alignedSentences ?? 0) / sentencesMeasured);
    const overlap = (1 - ALIGNED_WEIGHT) * nearest + ALIGNED_WEIGHT * alignedShare;
    const unsharedNames = namedList
      .filter((concept) => !sharedBeyond(concept, unit))
      .sort((x, y) => weight(y) - weight(x) || (x < y ? -1 : x > y ? 1 : 0))
      .slice(0, UNSHARED_SHOWN)
      .map((concept) => displayConcept(shownName.get(concept) ?? concept));
    const recurringShare = recurringNamesShare(named, (concept) => reportedBy(concept, unit));
    const mainNames = main(named, unit);
    raw.set(article.id, {
      overlap,
      contentShared: round(contentShared),
      sentencesShared,
      sentencesMeasured,
      namedShared,
      named: namedList.length,
      unsharedNames,
      ...core(namedList),
      recurringNames: namedList.filter((concept) => named.get(concept)! >= RECURRING_NAME_SENTENCES)
        .length,
      recurringNamesShared: round(recurringShare ?? 1),
      ...mainNames,
      factor:
        differentEventFactor(recurringShare) *
        mainNamesFactor(mainNames.mainNamesNamed, mainNames.mainNames),
    });
  });

  // The typical article: the median overlap over independent sources (a copy cluster counts
  // once, with its members' mean), articles with no content left out.
  const byUnit = new Map<string, number[]>();
  for (const article of articles) {
    const entry = raw.get(article.id)!;
    if (entry.sentencesMeasured === 0) continue;
    const unit = unitOf(article.id);
    const list = byUnit.get(unit);
    if (list) list.push(entry.overlap);
    else byUnit.set(unit, [entry.overlap]);
  }
  const units = [...byUnit.keys()].sort();
  const typical = median(
    units.map((unit) => {
      const list = byUnit.get(unit)!;
      return list.reduce((sum, value) => sum + value, 0) / list.length;
    }),
  );
  const result = new Map<string, ArticleRelatedness>();
  for (const article of articles) {
    const { overlap, factor, ...entry } = raw.get(article.id)!;
    // No other source, or no content of its own (only punctuation, bylines, datelines): there
    // is nothing to relate, and a 0 would only drag the cluster's score statistics down.
    const unmeasured = units.length < 2 || !(typical > 0) || entry.sentencesMeasured === 0;
    const coverage = unmeasured
      ? 1
      : towardsTypical(overlap / typical, entry.sentencesMeasured, entry.contentShared);
    const relatedness = unmeasured ? 1 : round(coverage * factor);
    result.set(article.id, { relatedness, coverage: round(coverage), ...entry });
  }
  return result;
}

/**
 * Other sources whose overlap with an article is averaged: its nearest ones. Two: an article
 * is related when two other independent sources report much of it. On the ECB+ dev trials
 * (--quick, names weighted 0.75) 1, 2 and 3 gave P@1 0.71 / 0.71, 0.76 / 0.71 and 0.74 / 0.67;
 * the mean over all other sources and the union of what they report both did worse.
 */
export const NEAREST_SOURCES = 2;

/**
 * Concepts stated by more independent sources than this are skipped when sources are
 * compared pairwise: they are in nearly every source (weight near the floor), and scanning
 * them would make the comparison quadratic in the number of sources.
 */
export const MAX_SOURCES_PER_CONCEPT = 64;

/**
 * Sentences' worth of evidence a measured relatedness counts against a prior of "typical" (1):
 * relatedness = (n × measured + {@link SHORT_ARTICLE_PRIOR} × 1) / (n + {@link SHORT_ARTICLE_PRIOR}),
 * n the article's measured sentences. One or two sentences say little either way (a one-line
 * report shares its two names with the others or not by chance), so a short article is drawn
 * towards the typical one and a long one keeps its figure. On the ECB+ dev trials (P@1 of
 * relatedness at k = 4 / 6, seed 12, with years and the geometric mean): prior 0 → 0.81 /
 * 0.82, 1 → 0.82 / 0.87, 2 → 0.86 / 0.87, 3 → 0.86 / 0.87, 4 → 0.87 / 0.87; seed 7: 2 → 0.87 /
 * 0.90, 3 → 0.88 / 0.90. 2 is the smallest of the plateau.
 */
export const SHORT_ARTICLE_PRIOR = 2;

/**
 * Share of its content weight another independent source states (any other source, concepts
 * every source states included: {@link ArticleRelatedness.contentShared}) from which a short
 * article is drawn all the way towards the typical one ({@link towardsTypical}). A one-line
 * report of the story shares a third or more of its words with the others (ECB+ dev, same-event
 * articles of one to three sentences: 0.31–0.98), a one-line report of another story a fifth or
 * less (0.00–0.26). On the ECB+ dev trials, mean P@1 at k = 4 / 6 over the seven draws of
 * bench/BENCHMARKS.md, sibling event / another story (`--other-story`): always drawn to 1
 * 0.889 / 0.896, 0.968 / 0.956; from 0.2 0.888 / 0.896, 0.988 / 0.971; 0.3 0.887 / 0.897,
 * 0.988 / 0.982; 0.4 0.883 / 0.895, 0.992 / 0.991; 0.5 0.876 / 0.888, 0.994 / 0.995.
 */
export const ON_STORY_CONTENT_SHARE = 0.3;

/**
 * A measured relatedness drawn towards the typical article (1) by {@link SHORT_ARTICLE_PRIOR},
 * by how few sentences back it, and only as far as the article is on the story:
 * `(n × measured + prior × min(1, contentShared / ON_STORY_CONTENT_SHARE)) / (n + prior)`.
 * One sentence that shares its words with the others stays near typical whatever its nearest
 * sources share; one sentence from another story that shares almost nothing is not lifted
 * to two thirds of typical by its brevity. `contentShared` defaults to 1 (drawn all the way).
 */
export function towardsTypical(measured: number, sentences: number, contentShared = 1): number {
  if (sentences <= 0) return 1;
  const priorMean = Math.min(1, Math.max(0, contentShared) / ON_STORY_CONTENT_SHARE);
  return (
    (sentences * measured + SHORT_ARTICLE_PRIOR * priorMean) / (sentences + SHORT_ARTICLE_PRIOR)
  );
}

/** Each independent source's content and named weight over the concepts that tell sources apart. */
function sourceWeights(
  articles: readonly RelatednessInput[],
  articleConcepts: readonly ReadonlySet<string>[],
  unitOf: (id: string) => string,
  tellsApart: (concept: string) => boolean,
  weight: (concept: string) => number,
): Map<string, { content: number; named: number }> {
  const conceptsOf = new Map<string, Set<string>>();
  articles.forEach((article, index) => {
    const unit = unitOf(article.id);
    const set = conceptsOf.get(unit) ?? new Set<string>();
    for (const concept of articleConcepts[index]!) set.add(concept);
    conceptsOf.set(unit, set);
  });
  const result = new Map<string, { content: number; named: number }>();
  for (const [unit, concepts] of conceptsOf) {
    let content = 0;
    let named = 0;
    for (const concept of concepts) {
      if (!tellsApart(concept)) continue;
      const w = weight(concept);
      content += w;
      if (isNamedConcept(concept)) named += w;
    }
    result.set(unit, { content, named });
  }
  return result;
}

/**
 * Whether an article names people, places, figures, years or dates and every one of them is a name
 * every independent source names (`tellsApart` false): the story's protagonist and nothing
 * else, as in a one-line brief ("little-known actor X will take over the title role"). Such
 * names tell no source apart and are left out of the pairwise overlap; without this the
 * article would be judged on its few plain words alone, as if it named nothing, and fall below
 * a report of another event that names the protagonist as background. When it holds, each
 * source counts as sharing all of its names ({@link nearestSourcesOverlap}). False for an
 * article that names nothing, or names anything some source does not name. On the ECB+ dev
 * trials (bench/eval-real.ts, P@1 at k = 4 / 6): seed 12 0.92 / 0.90 → 0.93 / 0.91, seed 7
 * 0.91 / 0.90 → 0.91 / 0.90, seed 3 0.85 / 0.89 → 0.87 / 0.88 (see bench/BENCHMARKS.md,
 * "Remaining misses (session 6)").
 */
export function namesOnlyCommonNames(
  named: Iterable<string>,
  tellsApart: (concept: string) => boolean,
): boolean {
  let any = false;
  for (const concept of named) {
    if (tellsApart(concept)) return false;
    any = true;
  }
  return any;
}

/** What {@link nearestSourcesOverlap} reads about the cluster. */
interface ClusterConcepts {
  unitsNaming: ReadonlyMap<string, ReadonlySet<string>>;
  weight: (concept: string) => number;
  tellsApart: (concept: string) => boolean;
  unitWeights: ReadonlyMap<string, { content: number; named: number }>;
  otherSources: number;
}

/**
 * Mean, over the {@link NEAREST_SOURCES} other independent sources that share most with it,
 * of an article's overlap with a source: (1 − {@link NAMED_WEIGHT}) × the weight of the
 * distinct concepts both state + {@link NAMED_WEIGHT} × the weight of the named things both
 * name, each divided by the geometric mean of the two sides' weights (a cosine over concept
 * sets). The geometric mean, not the article's own weight: a long article is not less related
 * because a shorter source cannot report all of it, and a long article about another event is
 * not related because a short one's few names all appear somewhere in it. On the ECB+ dev
 * trials (P@1 of relatedness at k = 4 / 6, seed 12, short articles drawn to the typical):
 * the article's own weight 0.82 / 0.74, the geometric mean 0.86 / 0.87, the smaller side's
 * 0.82 / 0.83. An article all of whose names are ones every source names counts each source
 * as sharing all of them ({@link namesOnlyCommonNames}). Found through the concepts' source
 * lists, not by comparing every pair of sources.
 */
function nearestSourcesOverlap(
  concepts: ReadonlySet<string>,
  named: ReadonlySet<string>,
  unit: string,
  cluster: ClusterConcepts,
): number {
  const { unitsNaming, weight, tellsApart, unitWeights, otherSources } = cluster;
  const own = unitWeights.get(unit)!;
  const sharedWith = new Map<string, { content: number; named: number }>();
  for (const concept of concepts) {
    if (!tellsApart(concept)) continue;
    const sources = unitsNaming.get(concept)!;
    if (sources.size > MAX_SOURCES_PER_CONCEPT) continue;
    const w = weight(concept);
    const isNamed = named.has(concept);
    for (const other of sources) {
      if (other === unit) continue;
      const entry = sharedWith.get(other) ?? { content: 0, named: 0 };
      entry.content += w;
      if (isNamed) entry.named += w;
      sharedWith.set(other, entry);
    }
  }
  if (own.content === 0) return 0;
  const share = (sharedWeight: number, mine: number, theirs: number) =>
    mine > 0 && theirs > 0 ? sharedWeight / Math.sqrt(mine * theirs) : 0;
  // Names only what every source names: each source shares all of its names.
  const commonOnly = own.named === 0 && namesOnlyCommonNames(named, tellsApart);
  const overlaps = [...sharedWith].map(([other, entry]) => {
    const theirs = unitWeights.get(other)!;
    const content = share(entry.content, own.content, theirs.content);
    if (commonOnly) return (1 - NAMED_WEIGHT) * content + NAMED_WEIGHT;
    return own.named === 0
      ? content
      : (1 - NAMED_WEIGHT) * content + NAMED_WEIGHT * share(entry.named, own.named, theirs.named);
  });
  overlaps.sort((x, y) => y - x);
  const nearest = overlaps.slice(0, NEAREST_SOURCES);
  // Sources that share nothing (other than names every source names) count as zero overlap (or
  // as sharing those names), up to the number of other sources.
  while (nearest.length < Math.min(NEAREST_SOURCES, otherSources))
    nearest.push(commonOnly ? NAMED_WEIGHT : 0);
  return nearest.length === 0 ? 0 : nearest.reduce((sum, value) => sum + value, 0) / nearest.length;
}

/**
 * Each sentence's calendar-day concepts ({@link calendarDayConcept}), by sentence index: the
 * stated dates written with a month and a day (kinds `full` and `month-day`). Not a weekday
 * ("on Sunday", which two reports written on different days resolve differently), a month
 * alone or a year (a year is a number concept already).
 */
export function calendarDaysBySentence(
  dates: readonly Pick<DateMention, 'kind' | 'month' | 'day' | 'sentenceIndex'>[],
): Map<number, string[]> {
  const result = new Map<number, string[]>();
  for (const { kind, month, day, sentenceIndex } of dates) {
    if ((kind !== 'full' && kind !== 'month-day') || month === undefined || day === undefined)
      continue;
    const concept = calendarDayConcept(month, day);
    const list = result.get(sentenceIndex);
    if (!list) result.set(sentenceIndex, [concept]);
    else if (!list.includes(concept)) list.push(concept);
  }
  return result;
}

/** Month names for display, by month number − 1 ("December"). */
const MONTH_DISPLAY = [...MONTH_NAMES.keys()].map((name) => name[0]!.toUpperCase() + name.slice(1));

/** "n:arcade joseph comeaux jr" → "arcade joseph comeaux jr"; "#:percent:3" → "3 percent"; "d:12-14" → "December 14". */
function displayConcept(concept: string): string {
  if (concept.startsWith('d:')) {
    const [month, day] = concept.slice(2).split('-');
    return `${MONTH_DISPLAY[Number(month) - 1]} ${day}`;
  }
  if (concept.startsWith('#:')) {
    const [, unit, value] = concept.split(':');
    return unit === 'plain' ? `${value}` : `${value} ${unit}`;
  }
  return concept.slice(concept.indexOf(':') + 1);
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
